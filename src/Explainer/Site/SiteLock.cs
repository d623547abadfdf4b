namespace Explainer.Site;

/// <summary>An exclusive lock held while a site is built, so that two builds into one folder never mix their files.</summary>
/// <remarks>
/// The lock is the file <c>.NAME.lock</c> beside the output folder, opened with <see cref="FileShare.None"/> (an advisory
/// <c>flock</c> on Unix, which the system releases when the process dies, even by SIGKILL). The file is never deleted:
/// deleting a lock file lets a waiting process lock the old inode while a third locks a new one.
/// </remarks>
internal sealed class SiteLock : IDisposable
{
    private readonly FileStream _stream;

    private SiteLock(FileStream stream) => _stream = stream;

    /// <summary>The lock file of <paramref name="output"/>.</summary>
    public static string PathOf(string output)
        => Path.Combine(Path.GetDirectoryName(output)!, "." + Path.GetFileName(output) + ".lock");

    /// <summary>Takes the lock of <paramref name="output"/>, or fails at once if another build holds it.</summary>
    /// <exception cref="IOException">Another build holds the lock, or the lock file cannot be created.</exception>
    public static SiteLock Take(string output)
    {
        var path = PathOf(output);
        try
        {
            return new SiteLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException e) when (File.Exists(path))
        {
            throw new IOException($"another explainer build is writing {output} (it holds {path}); wait for it to finish, then build again", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var why = e is UnauthorizedAccessException ? "permission denied" : "no file can be created there";
            throw new IOException($"cannot build into {output}: its lock file {path} cannot be created ({why})", e);
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _stream.Dispose();
}
