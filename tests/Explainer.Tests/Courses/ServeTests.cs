using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Explainer.Tests.Site;

namespace Explainer.Tests.Courses;

/// <summary><c>explainer serve</c> as a child process on a free port: pages over HTTP, rebuilt on an edit, stopped by a signal with nothing left behind.</summary>
public sealed partial class ServeTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private readonly TempFolder _temp = new();

    public ServeTests()
    {
        Site.Cli.Run(_temp.Path, "new", "course", "c").ExitCode.ShouldBe(0);
        Directory.CreateDirectory(_temp.Combine("tmp"));
    }

    public void Dispose() => _temp.Dispose();

    private string Network => _temp.Combine("c", "lessons", "network.yaml");

    [Fact]
    public async Task Serve_EditedLesson_IsRebuiltServedAndStopsCleanly()
    {
        var cancel = TestContext.Current.CancellationToken;
        using var serve = Start();
        try
        {
            var url = await ReadUrl(serve, cancel);
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            var first = await http.GetStringAsync(url + "lesson-my-network.html", cancel);
            first.ShouldContain("My 2-2-2 sigmoid network, one step of gradient descent");
            first.ShouldContain("/__explainer/version");

            File.WriteAllText(Network, File.ReadAllText(Network).Replace("title: My 2-2-2 sigmoid network, one step of gradient descent", "title: Edited while served", StringComparison.Ordinal));
            var rebuilt = await PollUntil(http, url + "lesson-my-network.html", page => page.Contains("Edited while served", StringComparison.Ordinal), cancel);

            rebuilt.ShouldNotContain("My 2-2-2 sigmoid network, one step of gradient descent");
            var children = Descendants(serve.Id);
            Signal(serve.Id, "TERM");
            serve.WaitForExit(TimeSpan.FromSeconds(30)).ShouldBeTrue("serve did not stop within 30 s of SIGTERM");
            serve.ExitCode.ShouldBe(0);
            children.Where(Alive).ShouldBeEmpty();
            Directory.EnumerateFileSystemEntries(_temp.Combine("tmp")).ShouldBeEmpty(); // its build folder is gone
            Directory.Exists(_temp.Combine("c", "site")).ShouldBeFalse(); // and the course's own site was never written
        }
        finally
        {
            Stop(serve);
        }
    }

    [Fact]
    public async Task Serve_BrokenLesson_ShowsTheErrorOverTheLastGoodSite()
    {
        var cancel = TestContext.Current.CancellationToken;
        using var serve = Start();
        try
        {
            var url = await ReadUrl(serve, cancel);
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            var version = await http.GetStringAsync(url + "__explainer/version", cancel);

            File.WriteAllText(Network, File.ReadAllText(Network).Replace("activations: [sigmoid, sigmoid]", "activations: [sigmod, sigmoid]", StringComparison.Ordinal));
            var page = await PollUntil(http, url + "lesson-my-network.html", p => p.Contains("explainer-serve-error", StringComparison.Ordinal), cancel);

            page.ShouldContain("My 2-2-2 sigmoid network, one step of gradient descent");
            page.ShouldContain("c/lessons/network.yaml:14:15: unknown activation &#39;sigmod&#39;; did you mean &#39;sigmoid&#39;?");
            (await http.GetStringAsync(url + "__explainer/version", cancel)).ShouldNotBe(version);
            Signal(serve.Id, "TERM");
            serve.WaitForExit(TimeSpan.FromSeconds(30)).ShouldBeTrue();
            (await serve.StandardError.ReadToEndAsync(cancel)).ShouldContain("c/lessons/network.yaml:14:15: unknown activation 'sigmod'; did you mean 'sigmoid'?\n");
        }
        finally
        {
            Stop(serve);
        }
    }

    [Fact]
    public void Serve_PortOutOfRange_IsAUsageError()
    {
        var result = Site.Cli.Run(_temp.Path, "serve", "c", "--port", "70000");

        (result.ExitCode, result.StandardError.Split('\n')[0]).ShouldBe((2, "explainer: error: --port must be between 0 and 65535; got 70000"));
    }

    [Fact]
    public void Serve_PortInUse_SaysSoAndHowToChooseAnother()
    {
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture);

        var result = CliProcess.Run(_temp.Path, new Dictionary<string, string> { ["TMPDIR"] = _temp.Combine("tmp") }, "serve", "c", "--port", port);

        (result.ExitCode, result.StandardError.StartsWith($"explainer: error: cannot serve on 127.0.0.1:{port}: ", StringComparison.Ordinal), result.StandardError.TrimEnd().EndsWith("choose another port with --port N, or --port 0 for a free one", StringComparison.Ordinal))
            .ShouldBe((1, true, true), result.StandardError);
        Directory.EnumerateFileSystemEntries(_temp.Combine("tmp")).ShouldBeEmpty();
    }

    private Process Start() => CliProcess.Start(_temp.Path, new Dictionary<string, string> { ["TMPDIR"] = _temp.Combine("tmp") }, null, "serve", "c", "--port", "0");

    /// <summary>Reads standard output until serve prints its address.</summary>
    private static async Task<string> ReadUrl(Process serve, CancellationToken cancel)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(Patience);
        while (await serve.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (Address().Match(line) is { Success: true } m)
            {
                return m.Value;
            }
        }

        throw new InvalidOperationException("serve ended without printing its address: " + await serve.StandardError.ReadToEndAsync(cancel));
    }

    private static async Task<string> PollUntil(HttpClient http, string url, Func<string, bool> done, CancellationToken cancel)
    {
        var clock = Stopwatch.StartNew();
        var page = string.Empty;
        while (clock.Elapsed < Patience)
        {
            page = await http.GetStringAsync(url, cancel);
            if (done(page))
            {
                return page;
            }

            await Task.Delay(200, cancel);
        }

        throw new TimeoutException($"{url} did not change within {Patience.TotalSeconds} s; it still reads: {page[..Math.Min(page.Length, 500)]}");
    }

    /// <summary>Every process below <paramref name="pid"/>, from /proc.</summary>
    private static List<int> Descendants(int pid)
    {
        var parents = new Dictionary<int, int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                try
                {
                    var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                    var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                    parents[id] = int.Parse(fields[1], CultureInfo.InvariantCulture);
                }
                catch (IOException)
                {
                    // The process ended while we looked.
                }
            }
        }

        var found = new List<int>();
        var queue = new Queue<int>([pid]);
        while (queue.TryDequeue(out var parent))
        {
            foreach (var (child, _) in parents.Where(p => p.Value == parent))
            {
                found.Add(child);
                queue.Enqueue(child);
            }
        }

        return found;
    }

    private static bool Alive(int pid) => File.Exists($"/proc/{pid}/stat") && !File.ReadAllText($"/proc/{pid}/stat").Contains(") Z ", StringComparison.Ordinal);

    private static void Signal(int pid, string signal)
    {
        using var kill = Process.Start("kill", ["-" + signal, pid.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    private static void Stop(Process serve)
    {
        if (!serve.HasExited)
        {
            serve.Kill(entireProcessTree: true);
            serve.WaitForExit();
        }
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/")]
    private static partial Regex Address();
}
