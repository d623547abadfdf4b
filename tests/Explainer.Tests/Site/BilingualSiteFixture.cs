using Explainer.Strings;

namespace Explainer.Tests.Site;

/// <summary>The whole course built once in English and Chinese (Markdown and HTML, real temml), shared by the language tests.</summary>
public sealed class BilingualSiteFixture : IDisposable
{
    private readonly TempFolder _temp = new();

    public BilingualSiteFixture()
    {
        Folder = _temp.Combine("site");
        Files = Course.Build(Folder, languages: [StringTable.English, StringTable.Chinese]);
    }

    /// <summary>Gets the folder the site was built into.</summary>
    public string Folder { get; }

    /// <summary>Gets the files the build reported, relative to <see cref="Folder"/>.</summary>
    public IReadOnlyList<string> Files { get; }

    public string Read(string name) => File.ReadAllText(System.IO.Path.Combine(Folder, name));

    public void Dispose() => _temp.Dispose();
}
