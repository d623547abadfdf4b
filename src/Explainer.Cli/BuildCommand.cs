using System.CommandLine;
using System.Diagnostics;
using Explainer.Rendering;
using Explainer.Site;
using Explainer.Worked;
using Spectre.Console;

namespace Explainer.Cli;

/// <summary><c>explainer build</c>: the whole course as a static site.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "The folder to write the site to.", DefaultValueFactory = _ => "site" };
        var digits = CliOptions.Digits(10);
        var format = new Option<string>("--format") { Description = "Which pages to write: md, html or md,html.", DefaultValueFactory = _ => "md,html" };
        var language = new Option<string>("--language", "--lang") { Description = "The languages to build, the first at the site's root and each other in a folder named after it: en, zh-CN or en,zh-CN.", DefaultValueFactory = _ => "en,zh-CN" };
        var force = new Option<bool>("--force") { Description = "Write into the folder even if it holds files explainer did not write (they are kept; only explainer's own files are replaced)." };
        var command = new Command("build", "Build the course site: an index, one lesson per worked example (Markdown and HTML), errata.") { output, digits, format, language, force };
        command.SetAction(parse => CliError.Guard(() =>
        {
            var d = parse.GetValue(digits);
            var formats = parse.GetValue(format)!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var unknown = formats.FirstOrDefault(f => f is not ("md" or "html"));
            if (unknown is not null || formats.Length == 0)
            {
                throw new ArgumentException($"--format takes md, html or md,html; got '{parse.GetValue(format)}'");
            }

            var languages = parse.GetValue(language)!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (languages.Length == 0)
            {
                throw new ArgumentException($"--language takes one or more languages separated by commas, such as en,zh-CN; got '{parse.GetValue(language)}'");
            }

            var options = new SiteOptions(parse.GetValue(output)!, RepositoryPaths.Templates(), formats.Contains("md"), formats.Contains("html"), parse.GetValue(force)) { Languages = languages };
            var sw = Stopwatch.StartNew();
            var files = Run(options, d);
            Console.Out.WriteLine($"Built {files.Count} files in {Path.GetFullPath(options.OutputDirectory)} ({sw.ElapsedMilliseconds} ms).");
            return 0;
        }));
        return command;
    }

    private static IReadOnlyList<string> Run(SiteOptions options, int digits)
    {
        var builder = new SiteBuilder(options);
        var errata = Catalogue.Errata;
        if (!AnsiConsole.Profile.Capabilities.Interactive || Console.IsOutputRedirected)
        {
            var clock = Stopwatch.StartNew();
            return builder.Build(Lessons(digits), errata, new SyncProgress(s => Console.Out.WriteLine($"  {clock.ElapsedMilliseconds,5} ms  {s}")));
        }

        IReadOnlyList<string> files = [];
        AnsiConsole.Status().Start("Building the course…", ctx =>
        {
            files = builder.Build(Lessons(digits), errata, new SyncProgress(s => ctx.Status($"Building the course: {s}")));
        });
        return files;
    }

    private static IReadOnlyList<CourseLesson> Lessons(int digits) => CourseLessons.All(digits);

    private sealed class SyncProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
