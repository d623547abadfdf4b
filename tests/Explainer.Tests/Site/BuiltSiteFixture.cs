namespace Explainer.Tests.Site;

/// <summary>The whole course (Markdown and HTML, real temml) built once into a temp folder and shared by the site tests.</summary>
public sealed class BuiltSiteFixture : IDisposable
{
    private readonly TempFolder _temp = new();

    public BuiltSiteFixture()
    {
        Folder = _temp.Combine("site");
        Files = Course.Build(Folder);
    }

    /// <summary>Gets the folder the site was built into.</summary>
    public string Folder { get; }

    /// <summary>Gets the files the build reported, relative to <see cref="Folder"/>.</summary>
    public IReadOnlyList<string> Files { get; }

    public string Read(string name) => File.ReadAllText(Path.Combine(Folder, name));

    public void Dispose() => _temp.Dispose();
}
