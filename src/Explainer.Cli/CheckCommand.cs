using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Explainer.Checking;
using Explainer.Site;
using Explainer.Worked;
using Spectre.Console;

namespace Explainer.Cli;

/// <summary><c>explainer check</c>: a learner's own numbers judged at the precision they wrote them, errors carried forward, mistakes named.</summary>
internal static class CheckCommand
{
    /// <summary>Exit code when every answer is correct or off only by rounding.</summary>
    public const int AllRight = 0;

    /// <summary>Exit code when some answer is wrong (or follows from a wrong one).</summary>
    public const int SomethingWrong = 1;

    /// <summary>Exit code for input that cannot be marked: an unreadable answers file, an unknown example or quantity name.</summary>
    public const int BadInput = 2;

    public static Command Create()
    {
        var example = new Argument<string>("example") { Description = CliError.ExampleArgument };
        var answers = new Argument<string>("answers") { Description = "The answers file: one `name = value` a line (out_h1 = 0.59327, dE/dw5 = 0.0822, w5+ = 0.3589; # comments), or a YAML or JSON mapping of names to values." };
        var json = new Option<bool>("--json") { Description = "Write the marks as JSON (key, given, expected, verdict, mistake, message per answer, and a summary) instead of a table." };
        var output = new Option<string?>("--out") { Description = "Write the JSON to this file instead of standard output (implies --json)." };
        var policy = CliOptions.BiasPolicy();
        var command = new Command("check", "Check a learner's own numbers: each judged at the precision it is written, against the exact value and against the learner's own earlier answers, with the mistake named where one fits.")
        {
            example, answers, json, output, policy,
        };
        command.SetAction(parse => CliError.Guard(() =>
        {
            WorkedRun run;
            try
            {
                run = SpecExamples.Resolve(parse.GetValue(example)!).Run(parse.GetValue(policy));
            }
            catch (KeyNotFoundException e)
            {
                Console.Error.WriteLine($"explainer: error: {e.Message}");
                return BadInput;
            }

            var sheet = AnswerSheetReader.Load(parse.GetValue(answers)!, run.Trace, run.Updates);
            if (!sheet.Succeeded)
            {
                foreach (var error in sheet.Errors)
                {
                    Console.Error.WriteLine(error);
                }

                return BadInput;
            }

            var report = new Marker(run.Trace, run.Updates, run.LearningRate).Mark(sheet.Answers);
            var path = parse.GetValue(output);
            if (path is not null)
            {
                AtomicFile.Write(path, s => WriteJson(s, run, sheet, report));
            }
            else if (parse.GetValue(json))
            {
                using var stdout = Console.OpenStandardOutput();
                WriteJson(stdout, run, sheet, report);
                stdout.WriteByte((byte)'\n');
            }
            else
            {
                WriteTable(run, sheet, report);
            }

            return report.HasUnknown ? BadInput : report.AllRight ? AllRight : SomethingWrong;
        }));
        return command;
    }

    /// <summary>The verdict as the table shows it: a sign and a word, never colour alone.</summary>
    public static string Shown(Verdict verdict) => verdict switch
    {
        Verdict.Correct => "✓ correct",
        Verdict.Rounding => "≈ rounding",
        Verdict.Follows => "→ follows",
        Verdict.Wrong => "✗ wrong",
        _ => "? unknown",
    };

    /// <summary>The verdict as JSON writes it.</summary>
    public static string Name(Verdict verdict) => verdict.ToString().ToLowerInvariant();

    private static void WriteTable(WorkedRun run, AnswerSheet sheet, MarkingReport report)
    {
        var console = AnsiConsole.Console;
        console.WriteLine($"{run.Example.Title} ({run.Example.Id}{(run.Policy is { } p ? ", bias policy " + Networks.BiasPolicies.Name(p) : string.Empty)}): {sheet.FileName}");
        var table = new Table().AddColumns("line", "quantity", "yours", "verdict", "expected", "mistake");
        foreach (var mark in report.Marks)
        {
            var mistake = mark.Mistake is { } id ? MistakeCatalogue.Get(id).Title : string.Empty;
            var expected = mark.Verdict is Verdict.Correct or Verdict.Unknown ? string.Empty : mark.Expected;
            table.AddRow([.. new[] { mark.Answer.Line.ToString(CultureInfo.InvariantCulture), mark.Answer.Name, mark.Answer.Given, Shown(mark.Verdict), expected, mistake }.Select(Markup.Escape)]);
        }

        console.Write(table);

        // What went wrong, in full, below the table: a table cell is too narrow for a sentence.
        foreach (var mark in report.Marks.Where(m => m.Verdict != Verdict.Correct))
        {
            var exact = mark.Verdict is Verdict.Wrong or Verdict.Follows && mark.Exact is { } value ? $" Exact value: {TraceTables.Text(value, 12)}." : string.Empty;
            var key = mark.Answer.Key is { } k && k.ToString() != mark.Answer.Name ? $" ({k})" : string.Empty;
            console.WriteLine(Markup.Escape($"line {mark.Answer.Line}, {mark.Answer.Name}{key}: {Sentence(mark.Message)}{exact}"));
        }

        console.WriteLine(Summary(report));
    }

    private static string Sentence(string text) => text.Length > 0 && text[^1] is '.' or '?' or '!' ? text : text + ".";

    /// <summary>One line: how many answers got each verdict.</summary>
    public static string Summary(MarkingReport report)
    {
        var counts = report.Counts;
        var parts = Enum.GetValues<Verdict>().Where(v => counts[v] > 0).Select(v => string.Create(CultureInfo.InvariantCulture, $"{counts[v]} {Name(v)}"));
        return string.Create(CultureInfo.InvariantCulture, $"{report.Marks.Count} answer{(report.Marks.Count == 1 ? string.Empty : "s")}: {string.Join(", ", parts)}");
    }

    private static void WriteJson(Stream stream, WorkedRun run, AnswerSheet sheet, MarkingReport report)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteString("example", run.Example.Id);
        if (run.Policy is { } policy)
        {
            w.WriteString("biasPolicy", Networks.BiasPolicies.Name(policy));
        }

        w.WriteString("answers", sheet.FileName);
        w.WriteString("zeroTolerance", Marker.ZeroTolerance.ToString());
        w.WriteStartArray("marks");
        foreach (var mark in report.Marks)
        {
            w.WriteStartObject();
            w.WriteString("key", mark.Answer.Key?.ToString());
            w.WriteString("name", mark.Answer.Name);
            w.WriteNumber("line", mark.Answer.Line);
            w.WriteString("given", mark.Answer.Given);
            w.WriteString("expected", mark.Verdict == Verdict.Unknown ? null : mark.Expected);
            w.WriteString("verdict", Name(mark.Verdict));
            w.WriteString("mistake", mark.Mistake);
            w.WriteString("message", mark.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartObject("summary");
        w.WriteNumber("total", report.Marks.Count);
        foreach (var (verdict, count) in report.Counts)
        {
            w.WriteNumber(Name(verdict), count);
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }
}
