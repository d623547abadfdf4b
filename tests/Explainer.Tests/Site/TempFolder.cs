namespace Explainer.Tests.Site;

/// <summary>A fresh folder under the system's temp folder, deleted with everything in it on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("explainer-tests-");

    /// <summary>Gets the folder's full path.</summary>
    public string Path => _root.FullName;

    /// <summary>A path inside the folder (not created).</summary>
    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public void Dispose()
    {
        if (_root.Exists)
        {
            _root.Delete(recursive: true);
        }
    }
}
