using System.CommandLine;
using System.Globalization;
using Explainer.Courses;
using Microsoft.Extensions.Hosting;

namespace Explainer.Cli.Serve;

/// <summary><c>explainer serve [DIR] [--port N]</c>: builds a course into a folder of its own, serves it on 127.0.0.1, rebuilds on every change and reloads the open pages.</summary>
internal static class ServeCommand
{
    /// <summary>The port served on unless <c>--port</c> says otherwise.</summary>
    public const int DefaultPort = 8080;

    public static Command Create()
    {
        var folder = new Argument<string?>("dir") { Description = "A course folder (with a course.yaml). Without one: the current folder's course, or the notes' own course.", Arity = ArgumentArity.ZeroOrOne };
        var port = new Option<int>("--port")
        {
            Description = string.Create(CultureInfo.InvariantCulture, $"The port on 127.0.0.1 (default {DefaultPort}; 0 picks a free one)."),
            DefaultValueFactory = _ => DefaultPort,
            CustomParser = ParsePort,
        };
        var digits = CliOptions.Digits(10);
        digits.Description += " Default: the course's digits, or 10.";
        var policy = CliOptions.BiasPolicy();
        policy.Description = "The bias policy of every network lesson (default: the course's, or each lesson's own).";
        var command = new Command("serve", "Preview a course: build it into a temporary folder, serve it on 127.0.0.1, rebuild and reload the open pages on every change to its course file, lessons, templates or assets.") { folder, port, digits, policy };
        command.SetAction(parse => CliError.Guard(() =>
        {
            var source = SiteSource.Find(parse.GetValue(folder));
            int? d = parse.GetResult(digits) is { Implicit: false } ? parse.GetValue(digits) : null;
            return Run(source, parse.GetValue(port), d, parse.GetValue(policy)).GetAwaiter().GetResult();
        }));
        return command;
    }

    private static async Task<int> Run(SiteSource source, int port, int? digits, Networks.BiasPolicy? policy)
    {
        var temp = Directory.CreateTempSubdirectory("explainer-serve-");
        try
        {
            var site = new PreviewSite(source, Path.Combine(temp.FullName, "site"), digits, policy, Console.Out, Console.Error);
            await using var app = PreviewServer.Create(site, port);
            try
            {
                await app.StartAsync();
            }
            catch (IOException e)
            {
                throw new IOException(string.Create(CultureInfo.InvariantCulture, $"cannot serve on 127.0.0.1:{port}: {e.Message.TrimEnd('.')}; choose another port with --port N, or --port 0 for a free one"), e);
            }

            var stopping = app.Lifetime.ApplicationStopping;
            var url = app.Urls.First().TrimEnd('/') + "/";

            site.Build();
            using var signal = new SemaphoreSlim(0);
            var pending = 0;
            var worker = Task.Run(
                async () =>
                {
                    while (true)
                    {
                        try
                        {
                            await signal.WaitAsync(stopping);
                        }
                        catch (OperationCanceledException)
                        {
                            return;
                        }

                        Interlocked.Exchange(ref pending, 0);
                        Console.Out.WriteLine("Changed; rebuilding…");
                        site.Build();
                    }
                },
                CancellationToken.None);

            using var watcher = new ChangeWatcher(source.WatchedDirectories, p => Relevant(source, site.Folder, p), () =>
            {
                if (Interlocked.Exchange(ref pending, 1) == 0)
                {
                    signal.Release();
                }
            });

            Console.Out.WriteLine($"Serving {url} (Ctrl+C to stop)");
            await app.WaitForShutdownAsync(CancellationToken.None);
            await worker; // a build in progress finishes, so no node process outlives us
            Console.Out.WriteLine("Stopped.");
            return 0;
        }
        finally
        {
            temp.Delete(recursive: true);
        }
    }

    /// <summary>Whether a change at <paramref name="path"/> calls for a rebuild: the course file, a spec, anything under templates/ or assets/, or any of our templates; never a hidden file, the course's site/ or the preview's own folder.</summary>
    internal static bool Relevant(SiteSource source, string previewFolder, string path)
    {
        var full = Path.GetFullPath(path);
        if (Inside(Path.GetDirectoryName(previewFolder)!, full))
        {
            return false;
        }

        var root = source.WatchedDirectories.FirstOrDefault(d => Inside(d, full));
        if (root is null)
        {
            return false;
        }

        var parts = Path.GetRelativePath(root, full).Split(Path.DirectorySeparatorChar);
        if (parts.Any(p => p.StartsWith('.') || p.EndsWith('~')))
        {
            return false;
        }

        if (source.CourseDirectory is null || root != Path.GetFullPath(source.CourseDirectory))
        {
            return true; // our templates
        }

        return parts is [CourseLoader.FileName]
            || parts[0] is SiteSource.TemplatesFolder or SiteSource.AssetsFolder
            || (parts[0] != SiteSource.DefaultOutput && Path.GetExtension(full) is ".yaml" or ".yml" or ".json");
    }

    private static bool Inside(string folder, string path)
        => path == folder || path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static int ParsePort(System.CommandLine.Parsing.ArgumentResult result)
    {
        var port = CliOptions.ParseWhole("--port", result);
        if (port is < 0 or > 65535)
        {
            result.AddError(string.Create(CultureInfo.InvariantCulture, $"--port must be between 0 and 65535; got {port}"));
        }

        return port;
    }
}
