namespace Explainer.Cli.Serve;

/// <summary>Watches folders for changes that call for a rebuild and calls back once they have settled (debounced).</summary>
/// <remarks>
/// An editor's save is often several events (a temporary file written, renamed over the old one, its attributes set): every
/// relevant event restarts a short quiet period, and the callback runs once at its end. Hidden files and folders (editors'
/// swap files, a build's staging folders) and the course's own <c>site/</c> folder are ignored.
/// </remarks>
internal sealed class ChangeWatcher : IDisposable
{
    /// <summary>How long the folders must be quiet before the callback runs.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(200);

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;
    private readonly Func<string, bool> _relevant;

    /// <summary>Watches <paramref name="folders"/> and their subfolders; <paramref name="changed"/> runs on a pool thread after each settled burst of changes.</summary>
    /// <param name="folders">The folders (full paths).</param>
    /// <param name="relevant">Whether a changed path (full) calls for a rebuild.</param>
    /// <param name="changed">The callback.</param>
    public ChangeWatcher(IEnumerable<string> folders, Func<string, bool> relevant, Action changed)
    {
        _relevant = relevant;
        _timer = new Timer(_ => changed(), null, Timeout.Infinite, Timeout.Infinite);
        foreach (var folder in folders.Distinct(StringComparer.Ordinal))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += OnEvent;
            watcher.Created += OnEvent;
            watcher.Deleted += OnEvent;
            watcher.Renamed += (_, e) =>
            {
                if (_relevant(e.OldFullPath) || _relevant(e.FullPath))
                {
                    Touch();
                }
            };
            watcher.Error += (_, _) => Touch();
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _timer.Dispose();
    }

    private void OnEvent(object sender, FileSystemEventArgs e)
    {
        if (_relevant(e.FullPath))
        {
            Touch();
        }
    }

    private void Touch()
    {
        try
        {
            _timer.Change(Quiet, Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // An event that came in while the watcher was being disposed: there is nothing left to rebuild.
        }
    }
}
