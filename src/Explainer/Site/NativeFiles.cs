using System.Runtime.InteropServices;

namespace Explainer.Site;

/// <summary>The two file-system calls .NET does not offer: the type of a file (<c>statx</c>) and an atomic exchange of two paths (<c>renameat2</c>).</summary>
/// <remarks>
/// Both are Linux system calls with a fixed kernel ABI (struct statx has the same layout on every architecture).
/// Elsewhere the type falls back to what .NET can tell (folder or not) and the exchange reports that it is unsupported,
/// so callers use their two-rename path.
/// </remarks>
internal static partial class NativeFiles
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const uint RenameExchange = 0x2;
    private const int ENoEnt = 2;
    private const int ENotDir = 20;

    /// <summary>The kind of file at <paramref name="path"/>, following symbolic links when <paramref name="followLinks"/>.</summary>
    /// <exception cref="IOException">The path cannot be examined (other than not existing).</exception>
    public static FileKind Kind(string path, bool followLinks)
    {
        if (!OperatingSystem.IsLinux())
        {
            return ManagedKind(path, followLinks);
        }

        var buffer = new StatxBuffer();
        if (Statx(AtFdCwd, path, followLinks ? 0 : AtSymlinkNoFollow, StatxType, ref buffer) != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            return errno is ENoEnt or ENotDir
                ? FileKind.Missing
                : throw new IOException($"cannot examine {path}: {Marshal.GetPInvokeErrorMessage(errno)}");
        }

        return (buffer.Mode & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0xA000 => FileKind.SymbolicLink,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0x1000 => FileKind.Fifo,
            _ => FileKind.Socket,
        };
    }

    /// <summary>Swaps two existing paths in one atomic step, so that neither is ever missing.</summary>
    /// <returns>False when the system or the file system cannot exchange (the caller falls back to two renames).</returns>
    /// <exception cref="IOException">The exchange is supported but failed.</exception>
    public static bool TryExchange(string first, string second)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            if (RenameAt2(AtFdCwd, first, AtFdCwd, second, RenameExchange) == 0)
            {
                return true;
            }
        }
        catch (EntryPointNotFoundException)
        {
            return false; // a C library older than glibc 2.28
        }

        var errno = Marshal.GetLastPInvokeError();
        const int EInval = 22, ENoSys = 38, ENotSup = 95;
        return errno is EInval or ENoSys or ENotSup
            ? false
            : throw new IOException($"cannot swap {second} for {first}: {Marshal.GetPInvokeErrorMessage(errno)}");
    }

    private static FileKind ManagedKind(string path, bool followLinks)
    {
        var info = new FileInfo(path);
        if (!followLinks && info.LinkTarget is not null)
        {
            return FileKind.SymbolicLink;
        }

        return Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Regular : FileKind.Missing;
    }

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directory, string path, int flags, uint mask, ref StatxBuffer buffer);

    [LibraryImport("libc", EntryPoint = "renameat2", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int RenameAt2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);

    /// <summary>struct statx (256 bytes); only stx_mode, at byte 28, is read.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxBuffer
    {
        [FieldOffset(28)]
        public ushort Mode;
    }
}
