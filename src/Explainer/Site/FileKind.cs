namespace Explainer.Site;

/// <summary>What a path names, as <c>stat</c> says: the kinds that decide how an output may be written.</summary>
internal enum FileKind
{
    /// <summary>Nothing is there.</summary>
    Missing,

    /// <summary>A regular file: it may be replaced by a rename.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A symbolic link (only when links are not followed).</summary>
    SymbolicLink,

    /// <summary>A character device such as <c>/dev/null</c> or <c>/dev/full</c>: written in place, never replaced.</summary>
    CharacterDevice,

    /// <summary>A block device (a disk): never written.</summary>
    BlockDevice,

    /// <summary>A named pipe: written in place, never replaced.</summary>
    Fifo,

    /// <summary>A Unix socket: never written.</summary>
    Socket,
}
