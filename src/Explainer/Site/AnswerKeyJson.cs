using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Explainer.Checking;
using Explainer.Lessons;
using Explainer.Strings;

namespace Explainer.Site;

/// <summary>Writes a lesson's answers as the JSON block a page's "check your numbers" script reads: every step's exact value and the values of the mistakes that apply to it.</summary>
/// <remarks>
/// Each mistake's title, explanation and verdict are written once, in the catalogue's order, and each step lists the
/// ids and values of its own; every number is decimal text as the lesson model holds it (<see cref="StepAnswer"/>).
/// The words are the page's language's: the mistakes' from the string table's <c>mistake.ID.*</c>, each step's label, and
/// every sentence the script shows (the table's <c>check.*</c>, under <c>strings</c>).
/// The default encoder escapes <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> and every non-ASCII character, so the JSON can
/// stand inside a <c>&lt;script&gt;</c> element as it is.
/// </remarks>
internal static class AnswerKeyJson
{
    /// <summary>The id of the <c>&lt;script type="application/json"&gt;</c> element that holds the JSON.</summary>
    public const string ElementId = "answer-key";

    /// <summary>The prefix of the string-table keys the script reads: <c>check.toggle</c> is its <c>toggle</c>.</summary>
    private const string ScriptStrings = "check.";

    /// <summary>The JSON of the lesson's answers, or null when no step has one.</summary>
    public static string? Write(Lesson lesson, StringTable strings)
    {
        ArgumentNullException.ThrowIfNull(strings);
        var steps = lesson.Sections.SelectMany(s => s.Given.Concat(s.Steps)).Where(s => s.Answer is not null).ToList();
        if (steps.Count == 0)
        {
            return null;
        }

        var used = steps.SelectMany(s => s.Answer!.Mistakes).Select(m => m.Mistake.Id).ToHashSet(StringComparer.Ordinal);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.Default }))
        {
            json.WriteStartObject();
            json.WriteString("lesson", lesson.Id);
            json.WriteNumber("digits", StepAnswer.Digits);
            json.WriteString("zeroTolerance", StepAnswer.ZeroTolerance);
            json.WriteStartObject("strings");
            foreach (var key in strings.Keys.Where(k => k.StartsWith(ScriptStrings, StringComparison.Ordinal)))
            {
                json.WriteString(key[ScriptStrings.Length..], strings[key]);
            }

            json.WriteEndObject();
            json.WriteStartObject("mistakes");
            foreach (var mistake in MistakeCatalogue.All.Where(m => used.Contains(m.Id)))
            {
                json.WriteStartObject(mistake.Id);
                json.WriteString("title", strings[$"mistake.{mistake.Id}.title"]);
                json.WriteString("explanation", strings[$"mistake.{mistake.Id}.explanation"]);
                json.WriteString("verdict", mistake.Verdict == Verdict.Rounding ? "rounding" : "wrong");
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteStartArray("steps");
            foreach (var step in steps)
            {
                var answer = step.Answer!;
                json.WriteStartObject();
                json.WriteString("anchor", step.Anchor);
                if (answer.Quantity is { } quantity)
                {
                    json.WriteString("quantity", quantity.ToString());
                }
                else
                {
                    json.WriteNull("quantity");
                }

                json.WriteString("label", strings.Format(answer.Label, lesson.Display));
                json.WriteString("exact", answer.Exact);
                json.WriteBoolean("exactText", answer.IsExactText);
                json.WriteStartArray("mistakes");
                foreach (var m in answer.Mistakes)
                {
                    json.WriteStartObject();
                    json.WriteString("id", m.Mistake.Id);
                    json.WriteString("value", m.Value);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
