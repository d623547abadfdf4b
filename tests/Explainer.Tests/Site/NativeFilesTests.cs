using Explainer.Site;

namespace Explainer.Tests.Site;

/// <summary><see cref="NativeFiles"/>: the kind of a path, and the atomic exchange the site swap relies on.</summary>
public sealed class NativeFilesTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Kind_OfEachKindOfPath_IsThatKind()
    {
        File.WriteAllText(_temp.Combine("file"), "x");
        Directory.CreateDirectory(_temp.Combine("folder"));
        File.CreateSymbolicLink(_temp.Combine("link"), "file");

        (NativeFiles.Kind(_temp.Combine("file"), false), NativeFiles.Kind(_temp.Combine("folder"), false), NativeFiles.Kind(_temp.Combine("link"), false),
                NativeFiles.Kind(_temp.Combine("link"), true), NativeFiles.Kind(_temp.Combine("none"), false), NativeFiles.Kind("/dev/null", true))
            .ShouldBe((FileKind.Regular, FileKind.Directory, FileKind.SymbolicLink, FileKind.Regular, FileKind.Missing, FileKind.CharacterDevice));
    }

    [Fact]
    public void Kind_BelowAFile_IsMissing()
    {
        File.WriteAllText(_temp.Combine("file"), "x");

        NativeFiles.Kind(_temp.Combine("file", "below"), false).ShouldBe(FileKind.Missing);
    }

    [Fact]
    public void TryExchange_TwoFolders_SwapsThemInOneStep()
    {
        Directory.CreateDirectory(_temp.Combine("a"));
        Directory.CreateDirectory(_temp.Combine("b"));
        File.WriteAllText(_temp.Combine("a", "from-a"), "");
        File.WriteAllText(_temp.Combine("b", "from-b"), "");

        // The temp folder of this machine (tmpfs, ext4, xfs, btrfs, overlayfs) supports RENAME_EXCHANGE.
        (NativeFiles.TryExchange(_temp.Combine("a"), _temp.Combine("b")), File.Exists(_temp.Combine("a", "from-b")), File.Exists(_temp.Combine("b", "from-a")))
            .ShouldBe((true, true, true));
    }
}
