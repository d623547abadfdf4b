using System.CommandLine;
using System.Diagnostics;
using Explainer.Site;
using Spectre.Console;

namespace Explainer.Cli;

/// <summary><c>explainer build [DIR]</c>: a course project, or the notes' own course, as a static site.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var folder = new Argument<string?>("dir") { Description = "A course folder (with a course.yaml; see `explainer new course`). Without one: the current folder's course, or the notes' own course.", Arity = ArgumentArity.ZeroOrOne };
        var output = new Option<string?>("--out") { Description = "The folder to write the site to (default: DIR/site for a course, site for the notes' course)." };
        var digits = CliOptions.Digits(10);
        digits.Description += " Default: the course's digits, or 10.";
        var policy = CliOptions.BiasPolicy();
        policy.Description = "The bias policy of every network lesson: frozen, shared or per-neuron (default: the course's, or each lesson's own).";
        var format = new Option<string>("--format") { Description = "Which pages to write: md, html or md,html.", DefaultValueFactory = _ => "md,html" };
        var language = new Option<string?>("--language", "--lang") { Description = "The languages to build, the first at the site's root and each other in a folder named after it: en, zh-CN or en,zh-CN (default: the course's languages; the notes' course: en,zh-CN)." };
        var force = new Option<bool>("--force") { Description = "Write into the folder even if it holds files explainer did not write (they are kept; only explainer's own files are replaced)." };
        var command = new Command("build", "Build a course site: an index, one lesson per worked example (Markdown and HTML), errata.") { folder, output, digits, policy, format, language, force };
        command.SetAction(parse => CliError.Guard(() =>
        {
            var formats = parse.GetValue(format)!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var unknown = formats.FirstOrDefault(f => f is not ("md" or "html"));
            if (unknown is not null || formats.Length == 0)
            {
                throw new ArgumentException($"--format takes md, html or md,html; got '{parse.GetValue(format)}'");
            }

            string[]? languages = parse.GetValue(language) is { } given ? given.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : null;
            if (languages is { Length: 0 })
            {
                throw new ArgumentException($"--language takes one or more languages separated by commas, such as en,zh-CN; got '{parse.GetValue(language)}'");
            }

            var source = SiteSource.Find(parse.GetValue(folder));
            int? d = parse.GetResult(digits) is { Implicit: false } ? parse.GetValue(digits) : null;
            var sw = Stopwatch.StartNew();
            var (files, options) = Run(() => source.Load(parse.GetValue(output), d, parse.GetValue(policy), formats.Contains("md"), formats.Contains("html"), parse.GetValue(force), languages));
            Console.Out.WriteLine($"Built {files.Count} files in {Path.GetFullPath(options.OutputDirectory)} ({sw.ElapsedMilliseconds} ms).");
            return 0;
        }));
        return command;
    }

    private static (IReadOnlyList<string> Files, SiteOptions Options) Run(Func<SiteBuild> load)
    {
        if (!AnsiConsole.Profile.Capabilities.Interactive || Console.IsOutputRedirected)
        {
            var clock = Stopwatch.StartNew();
            var build = load();
            return (new SiteBuilder(build.Options).Build(build.Lessons, build.Errata, new SyncProgress(s => Console.Out.WriteLine($"  {clock.ElapsedMilliseconds,5} ms  {s}"))), build.Options);
        }

        (IReadOnlyList<string> Files, SiteOptions Options) result = ([], null!);
        AnsiConsole.Status().Start("Building the course…", ctx =>
        {
            var build = load();
            result = (new SiteBuilder(build.Options).Build(build.Lessons, build.Errata, new SyncProgress(s => ctx.Status($"Building the course: {s}"))), build.Options);
        });
        return result;
    }

    private sealed class SyncProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
