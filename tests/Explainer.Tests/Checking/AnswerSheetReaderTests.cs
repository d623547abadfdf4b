using System.Diagnostics;
using System.Globalization;
using System.Text;
using Explainer.Checking;

namespace Explainer.Tests.Checking;

/// <summary>Answers files in their three forms: every answer in file order with its key and position, and every hard error at once.</summary>
public sealed class AnswerSheetReaderTests
{
    private const string Text = """
        # my answers for net-2-2-2
        out_h1 = 0.59327
        E_total = 0.2984
        dE/dout_o1 = 0.7414          # also ∂E_total/∂out_o1, grad:out_o1
        dout_o1/dnet_o1 = 0.1868     # a local partial; also partial:out_o1/net_o1

        dE/dw5 = 0.0822
        w5+ = 0.3589                 # also w5⁺, update:w5
        """;

    private const string Yaml = """
        # my answers for net-2-2-2
        out_h1: 0.59327
        E_total: "0.2984"
        ∂E_total/∂out_o1: 0.7414
        partial:out_o1/net_o1: 0.1868
        grad:w5: 0.0822
        w5⁺: '0.3589'
        """;

    private const string Json = """
        {
          "value:out_h1": 0.59327,
          "E": "0.2984",
          "grad:out_o1": 0.7414,
          "dout_o1/dnet_o1": "0.1868",
          "dE_total/dw5": 0.0822,
          "update:w5": "0.3589"
        }
        """;

    private static readonly string[] Keys = ["value:out_h1", "value:E_total", "grad:out_o1", "partial:out_o1/net_o1", "grad:w5", "update:w5"];
    private static readonly string[] Givens = ["0.59327", "0.2984", "0.7414", "0.1868", "0.0822", "0.3589"];

    [Fact]
    public void Parse_TextForm_GivesEveryAnswerInFileOrderWithItsKey()
    {
        var sheet = Runs.Parse(Text, "mine.txt");

        sheet.Errors.ShouldBeEmpty();
        sheet.Succeeded.ShouldBeTrue();
        sheet.Answers.Select(a => a.Name).ShouldBe(["out_h1", "E_total", "dE/dout_o1", "dout_o1/dnet_o1", "dE/dw5", "w5+"]);
        sheet.Answers.Select(a => a.Given).ShouldBe(Givens);
        sheet.Answers.Select(a => a.Key.ToString()).ShouldBe(Keys);
    }

    [Fact]
    public void Parse_TextForm_GivesTheLineAndColumnOfNameAndNumber()
    {
        var sheet = Runs.Parse("out_h1 = 0.59327\n\n   dE/dw5 =\t0.0822 # w5\n", "mine.txt");

        sheet.Answers.Select(a => (a.Line, a.Column, a.ValueLine, a.ValueColumn)).ShouldBe([(1, 1, 1, 10), (3, 4, 3, 13)]);
    }

    [Fact]
    public void Parse_YamlJsonAndTextForms_GiveTheSameAnswers()
    {
        var text = Runs.Parse(Text, "mine.txt");
        var yaml = Runs.Parse(Yaml, "mine.yaml");
        var json = Runs.Parse(Json, "mine.json");

        yaml.Errors.ShouldBeEmpty();
        json.Errors.ShouldBeEmpty();
        yaml.Answers.Select(a => (a.Key.ToString(), a.Given)).ShouldBe(text.Answers.Select(a => (a.Key.ToString(), a.Given)));
        json.Answers.Select(a => (a.Key.ToString(), a.Given)).ShouldBe(text.Answers.Select(a => (a.Key.ToString(), a.Given)));
    }

    [Fact]
    public void Parse_YamlForm_GivesThePositionsOfKeyAndValue()
    {
        var sheet = Runs.Parse(Yaml, "mine.yaml");

        sheet.Answers[1].ShouldSatisfyAllConditions(
            a => a.Line.ShouldBe(3),
            a => a.Column.ShouldBe(1),
            a => a.ValueLine.ShouldBe(3),
            a => a.ValueColumn.ShouldBe(10));
    }

    [Theory]
    [InlineData("mine.txt")]
    [InlineData("mine.yaml")]
    [InlineData("mine.json")]
    public void Parse_WindowsLineEndingsAndByteOrderMark_GiveTheSameAnswersAndPositions(string fileName)
    {
        var text = Path.GetExtension(fileName) switch { ".yaml" => Yaml, ".json" => Json, _ => Text };
        var plain = Runs.Parse(text, fileName);

        var windows = Runs.Parse("\uFEFF" + text.Replace("\n", "\r\n", StringComparison.Ordinal), fileName);

        windows.Errors.ShouldBeEmpty();
        windows.Answers.ShouldBe(plain.Answers);
    }

    [Theory]
    [InlineData("duplicates.txt")]
    [InlineData("not-numbers.txt")]
    [InlineData("nested.yaml")]
    [InlineData("trailing-comma.json")]
    public void Parse_WindowsLineEndingsAndByteOrderMark_GiveTheSameMessages(string name)
    {
        var text = File.ReadAllText(Path.Combine(BadAnswers, name));
        var plain = Runs.Parse(text, name).Messages;

        var windows = Runs.Parse("\uFEFF" + text.Replace("\n", "\r\n", StringComparison.Ordinal), name).Messages;

        plain.Count.ShouldBeGreaterThan(0);
        windows.ShouldBe(plain);
    }

    [Theory]
    [InlineData("0.59327")]
    [InlineData("-0.5")]
    [InlineData("+0.5")]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData("5.9e-1")]
    [InlineData("1E-3")]
    [InlineData("0.100")]
    [InlineData("42")]
    public void Parse_PlainDecimal_IsKeptAsWritten(string number)
    {
        var sheet = Runs.Parse($"out_h1 = {number}", "mine.txt");

        sheet.Errors.ShouldBeEmpty();
        sheet.Answers.Single().Given.ShouldBe(number);
    }

    [Theory]
    [InlineData("0,5", "write 0.5: a decimal point, not a comma")]
    [InlineData("-0,25", "write -0.25: a decimal point, not a comma")]
    [InlineData("1,000,000", "write 1000000: no thousands separators")]
    [InlineData("1_000", "write 1000: no thousands separators")]
    [InlineData("50%", "write the number without '%': 50% is 0.5")]
    [InlineData("0.5m", "write 0.5 without 'm': a number only, no unit")]
    [InlineData("Infinity", "'Infinity' is not a value anyone computes by hand; write the decimal you computed, e.g. 0.25")]
    [InlineData("-inf", "'-inf' is not a value anyone computes by hand; write the decimal you computed, e.g. 0.25")]
    [InlineData("NaN", "'NaN' is not a value anyone computes by hand; write the decimal you computed, e.g. 0.25")]
    [InlineData("1/4", "'1/4' is a fraction; write the decimal you computed (1/4 = 0.25)")]
    [InlineData("2 / 3", "'2 / 3' is a fraction; write the decimal you computed (2/3 ≈ 0.6666667)")]
    [InlineData("half", "'half' is not a number; write the decimal you computed, e.g. 0.25")]
    [InlineData("~0.59", "write only the number: 0.59, without '~'")]
    [InlineData("1e999999999", "'1e999999999': decimal exponents are limited to ±100000")]
    public void Parse_NumberThatIsNoPlainDecimal_IsRefusedAtItsColumn(string number, string message)
    {
        var sheet = Runs.Parse($"out_h1 = {number}", "mine.txt");

        sheet.Succeeded.ShouldBeFalse();
        sheet.Errors.ShouldBe([$"mine.txt:1:10: {message}"]);
    }

    [Fact]
    public void Parse_LongNumber_IsRefusedWithTheLimit()
    {
        var sheet = Runs.Parse("out_h1 = 0." + new string('5', 120), "mine.txt");

        sheet.Errors.ShouldBe(["mine.txt:1:10: the number has 122 characters; the limit is 100"]);
    }

    [Fact]
    public void Parse_UnknownNames_AreAnswersWithProblemsAndTheSheetIsStillMarked()
    {
        var sheet = Runs.Parse("out_h1 = 0.59327\nout_h3 = 0.5\n", "mine.txt");

        sheet.Succeeded.ShouldBeTrue();
        sheet.Answers[1].Key.ShouldBeNull();
        sheet.Problems.ShouldBe(["mine.txt:2:1: no quantity 'out_h3'; did you mean 'out_h1'?"]);
    }

    [Fact]
    public void Parse_ManyBadLines_ListsTheFirstHundredAndCountsTheRest()
    {
        var text = string.Concat(Enumerable.Repeat("oops\n", 130));

        var sheet = Runs.Parse(text, "mine.txt");

        sheet.Errors.Count.ShouldBe(101);
        sheet.Errors[99].ShouldBe("mine.txt:100:1: no '=' on this line; write NAME = NUMBER, one answer a line, e.g. net_h1 = 0.25");
        sheet.Errors[100].ShouldBe("mine.txt:101:1: 30 more errors from here on; only the first 100 are listed");
    }

    [Fact]
    public void Parse_MoreAnswersThanTheLimit_IsRefusedAtTheFirstOneTooMany()
    {
        var text = string.Concat(Enumerable.Range(1, 10_001).Select(i => string.Create(CultureInfo.InvariantCulture, $"x{i} = 0.5\n")));

        var sheet = Runs.Parse(text, "mine.txt");

        sheet.Errors.ShouldBe(["mine.txt:10001:1: 10,001 answers; the limit is 10,000 a file: split the file"]);
        sheet.Answers.Count.ShouldBe(10_000);
    }

    [Fact]
    public void Parse_TenThousandAnswers_AreReadInSeconds()
    {
        var names = Runs.Net.Graph.Nodes.Select(n => n.Name).ToList();
        var text = new StringBuilder();
        for (var i = 0; i < 10_000; i++)
        {
            // Each name once per spelling is a duplicate after the first round, which exercises the duplicate check too.
            text.Append(CultureInfo.InvariantCulture, $"{(i < names.Count ? names[i] : $"n{i}")} = 0.5\n");
        }

        var clock = Stopwatch.StartNew();
        var sheet = Runs.Parse(text.ToString(), "mine.txt");
        clock.Stop();

        sheet.Answers.Count.ShouldBe(10_000);
        sheet.Answers.Count(a => a.Key is not null).ShouldBe(names.Count);
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Parse_TextLargerThanTheLimit_IsRefusedWithTheLimit()
    {
        var sheet = Runs.Parse(new string('#', AnswerLimits.MaxFileBytes + 1), "mine.txt");

        sheet.Errors.ShouldBe(["mine.txt:1:1: the file has 1,048,577 bytes; the limit is 1,048,576 bytes (1 MiB)"]);
    }

    [Fact]
    public void Parse_TextWithNul_IsABinaryFile()
    {
        var sheet = Runs.Parse("out_h1 = 0.5\0", "mine.txt");

        sheet.Errors.ShouldBe(["mine.txt:1:1: this is a binary file (it holds NUL bytes), not an answers file; save the answers as text, one per line"]);
    }

    [Fact]
    public void Parse_OnlyAByteOrderMark_HasNoAnswers()
    {
        var sheet = Runs.Parse("\uFEFF", "mine.txt");

        sheet.Succeeded.ShouldBeFalse();
        sheet.Errors.ShouldBe(["mine.txt:1:1: no answers: write one per line, e.g. net_h1 = 0.25"]);
    }

    [Fact]
    public void Parse_EmptyYaml_HasNoAnswers()
    {
        var sheet = Runs.Parse("# nothing\n", "mine.yml");

        sheet.Errors.ShouldBe(["mine.yml:1:1: no answers: write one per line, e.g. net_h1: 0.25"]);
    }

    [Fact]
    public void Parse_JGraphAnswers_ResolveAgainstItsNodes()
    {
        var sheet = Runs.Parse("J = 33\ndJ/da = 3\ndu/db = 2\n", "j.txt", Runs.JGraph);

        sheet.Errors.ShouldBeEmpty();
        sheet.Answers.Select(a => a.Key.ToString()).ShouldBe(["value:J", "grad:a", "partial:u/b"]);
    }

    [Fact]
    public void Parse_MiniBatchAnswers_ResolveWithTheirSample()
    {
        var sheet = Runs.Parse("out_h1[2] = 0.6\ndE/dout_o1[1] = 0.74\nw5+ = 0.35\nout_h1 = 0.59\n", "mb.txt", Runs.MiniBatch);

        sheet.Answers.Select(a => a.Key?.ToString()).ShouldBe(["value:out_h1[2]", "grad:out_o1[1]", "update:w5", null]);
        sheet.Problems.ShouldBe(["mb.txt:4:1: no quantity 'out_h1': out_h1 is computed once per sample here; write out_h1[1] … out_h1[2]"]);
    }

    [Fact]
    public void Load_TenMegabyteFile_IsRefusedUnreadAndFast()
    {
        var path = Path.Combine(Path.GetTempPath(), $"explainer-answers-{Guid.NewGuid():N}.txt");
        try
        {
            using (var file = File.Create(path))
            {
                file.SetLength(10 * 1024 * 1024);
            }

            var clock = Stopwatch.StartNew();
            var sheet = AnswerSheetReader.Load(path, Runs.Net.Trace, Runs.Net.Updates);
            clock.Stop();

            sheet.Errors.ShouldBe([$"{path}:1:1: the file has 10,485,760 bytes; the limit is 1,048,576 bytes (1 MiB)"]);
            clock.Elapsed.ShouldBeLessThan(TimeSpan.FromMilliseconds(200));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_WindowsFileWithByteOrderMark_GivesTheSameAnswersAsParse()
    {
        var path = Path.Combine(Path.GetTempPath(), $"explainer-answers-{Guid.NewGuid():N}.txt");
        try
        {
            File.WriteAllBytes(path, [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Text.Replace("\n", "\r\n", StringComparison.Ordinal))]);

            var sheet = AnswerSheetReader.Load(path, Runs.Net.Trace, Runs.Net.Updates, Runs.Net.Policy);

            sheet.Errors.ShouldBeEmpty();
            sheet.FileName.ShouldBe(path);
            sheet.Answers.ShouldBe(Runs.Parse(Text, path).Answers);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_MissingFile_SaysSo()
    {
        var path = Path.Combine(Path.GetTempPath(), $"explainer-no-such-{Guid.NewGuid():N}.txt");

        var sheet = AnswerSheetReader.Load(path, Runs.Net.Trace, Runs.Net.Updates);

        sheet.Succeeded.ShouldBeFalse();
        sheet.Errors.ShouldBe([$"{path}:1:1: no such file"]);
    }

    [Fact]
    public void Load_Folder_SaysItIsAFolder()
    {
        var path = Path.GetTempPath();

        var sheet = AnswerSheetReader.Load(path, Runs.Net.Trace, Runs.Net.Updates);

        sheet.Errors.ShouldBe([$"{path}:1:1: this is a folder, not an answers file; give the path of the file"]);
    }

    private static string BadAnswers
    {
        get
        {
            var directory = AppContext.BaseDirectory;
            while (!Directory.Exists(Path.Combine(directory, "tests", "Explainer.Tests", "Checking", "BadAnswers")))
            {
                directory = Path.GetDirectoryName(directory.TrimEnd(Path.DirectorySeparatorChar))!;
            }

            return Path.Combine(directory, "tests", "Explainer.Tests", "Checking", "BadAnswers");
        }
    }
}
