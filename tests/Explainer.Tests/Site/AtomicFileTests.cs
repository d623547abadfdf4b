using System.Diagnostics;
using System.Net.Sockets;
using System.Runtime.Versioning;
using System.Text;
using Explainer.Site;

namespace Explainer.Tests.Site;

/// <summary><see cref="AtomicFile"/>, the one writer of every <c>--out FILE</c>: what it replaces, what it writes in place, what it refuses.</summary>
[SupportedOSPlatform("linux")]
public sealed class AtomicFileTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Write_NewFile_WritesItAndLeavesNoTemporaryFile()
    {
        var file = _temp.Combine("out.json");

        AtomicFile.Write(file, Text("new"));

        (File.ReadAllText(file), Directory.GetFileSystemEntries(_temp.Path).Length).ShouldBe(("new", 1));
    }

    [Fact]
    public void Write_OverAFile_KeepsItsPermissions()
    {
        var file = _temp.Combine("out.json");
        File.WriteAllText(file, "old");
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        AtomicFile.Write(file, Text("new"));

        (File.ReadAllText(file), File.GetUnixFileMode(file)).ShouldBe(("new", UnixFileMode.UserRead | UnixFileMode.UserWrite));
    }

    [Fact]
    public void Write_ThroughASymbolicLink_ReplacesTheTargetAndKeepsTheLink()
    {
        var target = _temp.Combine("real.json");
        File.WriteAllText(target, "old");
        var link = _temp.Combine("link.json");
        File.CreateSymbolicLink(link, "real.json");

        AtomicFile.Write(link, Text("new"));

        (File.ReadAllText(target), new FileInfo(link).LinkTarget).ShouldBe(("new", "real.json"));
    }

    [Fact]
    public void Write_ThroughAChainOfLinksIntoAnotherFolder_ReplacesTheFinalTarget()
    {
        Directory.CreateDirectory(_temp.Combine("elsewhere"));
        var target = _temp.Combine("elsewhere", "real.json");
        File.WriteAllText(target, "old");
        File.CreateSymbolicLink(_temp.Combine("middle.json"), target);
        File.CreateSymbolicLink(_temp.Combine("link.json"), "middle.json");

        AtomicFile.Write(_temp.Combine("link.json"), Text("new"));

        (File.ReadAllText(target), NativeFiles.Kind(_temp.Combine("link.json"), followLinks: false), NativeFiles.Kind(_temp.Combine("middle.json"), followLinks: false))
            .ShouldBe(("new", FileKind.SymbolicLink, FileKind.SymbolicLink));
    }

    [Fact]
    public void Write_ThroughADanglingLink_CreatesItsTarget()
    {
        var link = _temp.Combine("link.json");
        File.CreateSymbolicLink(link, "missing.json");

        AtomicFile.Write(link, Text("new"));

        (File.ReadAllText(_temp.Combine("missing.json")), NativeFiles.Kind(link, followLinks: false)).ShouldBe(("new", FileKind.SymbolicLink));
    }

    [Fact]
    public void Write_ToAFolder_ThrowsSayingItIsAFolderAndLeavesItAlone()
    {
        var folder = _temp.Combine("folder");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "keep.txt"), "mine");

        var error = Should.Throw<IOException>(() => AtomicFile.Write(folder, Text("new")));

        (error.Message, File.ReadAllText(Path.Combine(folder, "keep.txt"))).ShouldBe(($"cannot write {folder}: it is a folder; give a file name", "mine"));
    }

    [Fact]
    public void Write_ToASymbolicLinkToAFolder_Throws()
    {
        Directory.CreateDirectory(_temp.Combine("folder"));
        var link = _temp.Combine("link");
        File.CreateSymbolicLink(link, "folder");

        Should.Throw<IOException>(() => AtomicFile.Write(link, Text("new"))).Message.ShouldContain("it is a folder");
        NativeFiles.Kind(link, followLinks: false).ShouldBe(FileKind.SymbolicLink);
    }

    [Fact]
    public void Write_ToASocket_ThrowsAndLeavesTheSocket()
    {
        var path = _temp.Combine("sock");
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));

        var error = Should.Throw<IOException>(() => AtomicFile.Write(path, Text("new")));

        (error.Message, NativeFiles.Kind(path, followLinks: false)).ShouldBe(($"cannot write {path}: it is a socket, not a file", FileKind.Socket));
    }

    [Fact]
    public async Task Write_ToAFifo_WritesIntoThePipeAndKeepsTheFifo()
    {
        var fifo = _temp.Combine("pipe");
        MakeFifo(fifo);
        var reader = Task.Run(() => File.ReadAllText(fifo), TestContext.Current.CancellationToken);

        AtomicFile.Write(fifo, Text("through the pipe"));

        ((await reader.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken)), NativeFiles.Kind(fifo, followLinks: false)).ShouldBe(("through the pipe", FileKind.Fifo));
    }

    [Fact]
    public void Write_ToDevNull_WritesTheDeviceAndKeepsIt()
    {
        AtomicFile.Write("/dev/null", Text("discarded"));

        NativeFiles.Kind("/dev/null", followLinks: false).ShouldBe(FileKind.CharacterDevice);
    }

    [Fact]
    public void Write_ToDevFull_ThrowsNoSpaceAndKeepsTheDevice()
    {
        var error = Should.Throw<IOException>(() => AtomicFile.Write("/dev/full", Text(new string('x', 100_000))));

        (error.Message, NativeFiles.Kind("/dev/full", followLinks: false)).ShouldBe(("cannot write /dev/full: No space left on device", FileKind.CharacterDevice));
    }

    [Fact]
    public void Write_ThroughALinkToDevNull_KeepsTheLinkAndTheDevice()
    {
        var link = _temp.Combine("null");
        File.CreateSymbolicLink(link, "/dev/null");

        AtomicFile.Write(link, Text("discarded"));

        (NativeFiles.Kind(link, followLinks: false), NativeFiles.Kind("/dev/null", followLinks: false)).ShouldBe((FileKind.SymbolicLink, FileKind.CharacterDevice));
    }

    [Fact]
    public void Write_IntoAMissingFolder_ThrowsNamingTheFolderAndCreatesNothing()
    {
        var file = _temp.Combine("missing", "out.json");

        var error = Should.Throw<IOException>(() => AtomicFile.Write(file, Text("new")));

        (error.Message, Directory.GetFileSystemEntries(_temp.Path).Length).ShouldBe(($"cannot write {file}: the folder {_temp.Combine("missing")} does not exist", 0));
    }

    [Fact]
    public void Write_WhereNoFileCanBeCreated_ThrowsSayingSo()
    {
        // procfs refuses to create files for every user, root included (a chmod'ed folder does not stop root).
        Should.Throw<IOException>(() => AtomicFile.Write("/proc/explainer-test.json", Text("new"))).Message
            .ShouldBe("cannot write /proc/explainer-test.json: no file can be created there");
    }

    [Fact]
    public void Write_ThatFailsMidway_LeavesTheOldFileWholeAndNoTemporaryFile()
    {
        var file = _temp.Combine("out.json");
        File.WriteAllText(file, "old");

        Should.Throw<InvalidOperationException>(() => AtomicFile.Write(file, s =>
        {
            s.Write(Encoding.UTF8.GetBytes("half"));
            throw new InvalidOperationException("the computation failed");
        }));

        (File.ReadAllText(file), Directory.GetFileSystemEntries(_temp.Path).Length).ShouldBe(("old", 1));
    }

    [Fact]
    public void Write_RemovesTheTemporaryFilesOfDeadProcesses()
    {
        var file = _temp.Combine("out.json");
        var dead = AtomicFile.TemporaryPath(file, int.MaxValue - 1); // above any pid_max: never a running process
        File.WriteAllText(dead, "debris");

        AtomicFile.Write(file, Text("new"));

        File.Exists(dead).ShouldBeFalse();
    }

    [Fact]
    public void Write_KeepsTheTemporaryFileOfARunningProcess()
    {
        var file = _temp.Combine("out.json");
        using var other = Process.Start(new ProcessStartInfo("sleep", "30") { UseShellExecute = false })!;
        var live = AtomicFile.TemporaryPath(file, other.Id);
        File.WriteAllText(live, "being written");
        try
        {
            AtomicFile.Write(file, Text("new"));

            File.ReadAllText(live).ShouldBe("being written");
        }
        finally
        {
            other.Kill();
            other.WaitForExit();
        }
    }

    [Fact]
    public void Write_LeavesOtherDotFilesAlone()
    {
        var file = _temp.Combine("out.json");
        string[] others = [".out.json.notapid.tmp", ".other.json.2147483646.tmp", ".out.json.2147483646.tmp.keep"];
        foreach (var name in others)
        {
            File.WriteAllText(_temp.Combine(name), "not ours");
        }

        AtomicFile.Write(file, Text("new"));

        others.All(n => File.Exists(_temp.Combine(n))).ShouldBeTrue();
    }

    private static Action<Stream> Text(string text) => s => s.Write(Encoding.UTF8.GetBytes(text));

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        mkfifo.ExitCode.ShouldBe(0);
    }
}
