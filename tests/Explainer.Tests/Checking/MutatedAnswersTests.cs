using System.Text;
using System.Text.RegularExpressions;

namespace Explainer.Tests.Checking;

/// <summary>Thousands of mutated answers files in each form never throw: every error is one line, file:line:column: message, within the file.</summary>
public sealed partial class MutatedAnswersTests
{
    private const string Text = "out_h1 = 0.59327\ndE/dw5 = 0.0822 # grad\nw5+ = 0.3589\n";
    private const string Yaml = "out_h1: 0.59327\n\"grad:w5\": '0.0822'\nitems: [1, 2]\n";
    private const string Json = "{\"out_h1\": 0.59327, \"grad:w5\": \"0.0822\", \"w5+\": [1]}\n";
    private const string Pieces = "=:#/,.{}[]\"'-+e%\n\r\t \0\\∂⁺é";

    [Theory]
    [InlineData("mine.txt", Text)]
    [InlineData("mine.yaml", Yaml)]
    [InlineData("mine.json", Json)]
    public void Parse_MutatedFile_GivesOneLineErrorsAtPositionsInsideIt(string fileName, string original)
    {
        var random = new Random(20261202);
        var bad = new List<string>();
        for (var round = 0; round < 1500; round++)
        {
            var text = Mutate(original, random);
            var lines = text.Count(c => c is '\n' or '\r') + 1;
            var sheet = Runs.Parse(text, fileName);
            foreach (var message in sheet.Messages)
            {
                var match = Position().Match(message);
                if (!match.Success || message.Contains('\n', StringComparison.Ordinal) || int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) > lines)
                {
                    bad.Add($"{text.ReplaceLineEndings("⏎")} → {message}");
                }
            }

            if (sheet.Succeeded != (sheet.Errors.Count == 0 && sheet.Answers.Count > 0))
            {
                bad.Add(text);
            }
        }

        bad.ShouldBeEmpty();
    }

    private static string Mutate(string original, Random random)
    {
        var text = new StringBuilder(original);
        for (var edits = random.Next(1, 4); edits > 0; edits--)
        {
            var at = random.Next(text.Length + 1);
            switch (random.Next(3))
            {
                case 0 when at < text.Length:
                    text.Remove(at, 1);
                    break;
                case 1 when at < text.Length:
                    text[at] = Pieces[random.Next(Pieces.Length)];
                    break;
                default:
                    text.Insert(at, Pieces[random.Next(Pieces.Length)]);
                    break;
            }
        }

        return text.ToString();
    }

    [GeneratedRegex(@"^mine\.(txt|yaml|json):(\d+):(\d+): \S")]
    private static partial Regex Position();
}
