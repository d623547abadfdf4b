using System.Globalization;
using System.Runtime.InteropServices;

namespace Explainer.Site;

/// <summary>Writes an output file (<c>--out FILE</c>) so that a failure or a kill never leaves it half-written, and never replaces what is not a regular file.</summary>
/// <remarks>
/// <para>
/// A regular file (or a new one) is written to a temporary sibling <c>.NAME.PID.tmp</c>, flushed and fsynced, then renamed
/// over the target: a reader, or a kill at any moment, sees the old file whole or the new one whole. A symbolic link is
/// followed: its target is replaced and the link stays a link.
/// </para>
/// <para>
/// A character device (<c>/dev/null</c>, <c>/dev/full</c>) or a named pipe is opened and written in place, as a shell's
/// <c>&gt;</c> would, and every write error (ENOSPC on <c>/dev/full</c>) is reported. A folder, a socket or a block device is
/// refused, and nothing under <c>/proc</c> or <c>/dev/fd</c> is ever renamed over (<c>/dev/stdout</c> is standard output
/// itself, whatever it is). A temporary file whose process is no longer running (it was killed) is removed by the next write beside it.
/// </para>
/// </remarks>
internal static class AtomicFile
{
    /// <summary>Writes <paramref name="path"/> with <paramref name="write"/>.</summary>
    /// <exception cref="IOException">The path cannot be written; the message names it and says why.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new IOException("--out needs a file name; got an empty one");
        }

        var full = Path.GetFullPath(path);
        if (full is "/dev/stdout" or "/dev/fd/1" or "/proc/self/fd/1")
        {
            // Whatever standard output is (a pipe, a terminal, a file opened with >>), write to it, never over it.
            try
            {
                using var stdout = Console.OpenStandardOutput();
                write(stdout);
                stdout.Flush();
                return;
            }
            catch (IOException e)
            {
                throw new IOException($"cannot write {path}: {Reason(e)}", e);
            }
        }

        switch (NativeFiles.Kind(full, followLinks: true))
        {
            case FileKind.Directory:
                throw new IOException($"cannot write {path}: it is a folder; give a file name");
            case FileKind.Socket:
                throw new IOException($"cannot write {path}: it is a socket, not a file");
            case FileKind.BlockDevice:
                throw new IOException($"cannot write {path}: it is a block device (a disk); explainer writes only files, character devices and pipes");
            case FileKind.CharacterDevice or FileKind.Fifo:
                WriteInPlace(path, full, write);
                return;
            default:
                var target = FinalTarget(full);
                if (IsSpecialTree(full) || IsSpecialTree(target))
                {
                    WriteInPlace(path, full, write); // /dev/fd/N and /proc/…/fd/N name open files: write through them
                }
                else
                {
                    Replace(path, target, write);
                }

                return;
        }
    }

    /// <summary>The temporary file a write of <paramref name="target"/> by process <paramref name="processId"/> uses.</summary>
    internal static string TemporaryPath(string target, int processId)
        => Path.Combine(Path.GetDirectoryName(target)!, string.Create(CultureInfo.InvariantCulture, $".{Path.GetFileName(target)}.{processId}.tmp"));

    /// <summary>Whether the path names an already open file (<c>/dev/fd/N</c>, <c>/dev/stdin</c>…, anything in <c>/proc</c>), not a place in a folder.</summary>
    private static bool IsSpecialTree(string path)
        => path.StartsWith("/proc/", StringComparison.Ordinal) || path.StartsWith("/dev/fd/", StringComparison.Ordinal) || path.StartsWith("/dev/std", StringComparison.Ordinal);

    /// <summary>Where a rename must go: the final target of a chain of symbolic links (which may not exist yet), else the path itself.</summary>
    private static string FinalTarget(string full)
    {
        if (NativeFiles.Kind(full, followLinks: false) != FileKind.SymbolicLink)
        {
            return full;
        }

        try
        {
            return File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException e)
        {
            throw new IOException($"cannot write {full}: its symbolic link cannot be followed ({Reason(e)})", e);
        }
    }

    private static void WriteInPlace(string path, string full, Action<Stream> write)
    {
        try
        {
            using var stream = new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 1 << 16);
            write(stream);
            stream.Flush();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"cannot write {path}: {Reason(e)}", e);
        }
    }

    private static void Replace(string path, string target, Action<Stream> write)
    {
        var directory = Path.GetDirectoryName(target) ?? ".";
        if (!Directory.Exists(directory))
        {
            throw new IOException($"cannot write {path}: the folder {directory} does not exist");
        }

        RemoveStaleTemporaries(target);
        var temp = TemporaryPath(target, Environment.ProcessId);
        try
        {
            File.Delete(temp); // left by a killed process that had this process's id
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            var kind = NativeFiles.Kind(target, followLinks: false);
            if (kind is not (FileKind.Regular or FileKind.Missing))
            {
                // Something else appeared at the target while we wrote: never rename over it.
                throw new IOException("something that is not a regular file took its place while explainer wrote it");
            }

            if (kind == FileKind.Regular && !OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temp, File.GetUnixFileMode(target));
            }

            File.Move(temp, target, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"cannot write {path}: {Reason(e)}", e);
        }
        finally
        {
            TryDelete(temp);
        }
    }

    /// <summary>Removes <c>.NAME.PID.tmp</c> files beside <paramref name="target"/> whose process is no longer running.</summary>
    private static void RemoveStaleTemporaries(string target)
    {
        var directory = Path.GetDirectoryName(target)!;
        var prefix = "." + Path.GetFileName(target) + ".";
        IEnumerable<string> candidates;
        try
        {
            candidates = Directory.EnumerateFiles(directory, ".*.tmp").ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return; // an unreadable folder: the write itself will say what is wrong
        }

        foreach (var candidate in candidates)
        {
            var name = Path.GetFileName(candidate);
            if (name.Length > prefix.Length + ".tmp".Length && name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(".tmp", StringComparison.Ordinal)
                && int.TryParse(name.AsSpan(prefix.Length, name.Length - prefix.Length - ".tmp".Length), NumberStyles.None, CultureInfo.InvariantCulture, out var owner)
                && owner != Environment.ProcessId && !IsRunning(owner) && NativeFiles.Kind(candidate, followLinks: false) == FileKind.Regular)
            {
                TryDelete(candidate);
            }
        }
    }

    private static bool IsRunning(int processId)
    {
        if (OperatingSystem.IsLinux())
        {
            return Directory.Exists(string.Create(CultureInfo.InvariantCulture, $"/proc/{processId}"));
        }

        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: a leftover temporary file is removed by a later write.
        }
    }

    /// <summary>Why a write failed, in words, without the temporary file's name that .NET puts in its messages.</summary>
    private static string Reason(Exception e) => e switch
    {
        UnauthorizedAccessException => "permission denied",
        DirectoryNotFoundException or FileNotFoundException => "no file can be created there",
        IOException { HResult: > 0 and < 4096 } io => Marshal.GetPInvokeErrorMessage(io.HResult),
        _ => e.Message,
    };
}
