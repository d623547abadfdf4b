using Explainer.Numbers;
using Explainer.Rendering;
using Explainer.Tests.Site;

namespace Explainer.Tests.Rendering;

/// <summary>The Scriban renderer against Scriban's traps: cut output, renamed members, silent misspellings, empty lists that are true, runaway loops, shared contexts; and the folder lookup that lets a course override a template.</summary>
public sealed class ScribanTemplateRendererTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Render_UnknownVariable_NamesTheFileLineAndColumn()
    {
        var file = Template("t", "# Title\n\nvalue: {{ X }}, {{ NoSuchName }}\n");

        Error("t").ShouldBe($"{file}:3:20: The variable or function `NoSuchName` was not found");
    }

    [Fact]
    public void Render_MisspeltMember_NamesTheFileLineAndColumn()
    {
        var file = Template("t", "a\n  {{ Lesson.Titel }}\n");

        Should.Throw<TemplateException>(() => Renderer().Render("t", new { Lesson = new { Title = "x" } })).Message
            .ShouldBe($"{file}:2:13: Cannot get member with name Titel.");
    }

    [Fact]
    public void Render_MemberOfNull_FailsInsteadOfPrintingNothing()
    {
        var file = Template("t", "{{ Previous.Link }}\n");

        Should.Throw<TemplateException>(() => Renderer().Render("t", new { Previous = (object?)null })).Message
            .ShouldStartWith($"{file}:1:");
    }

    [Fact]
    public void Render_MembersKeepTheirDotNetNames_AndScribansSnakeCaseIsUnknown()
    {
        Template("t", "{{ Lesson.Title }}");
        Template("u", "{{ lesson.title }}");

        (Renderer().Render("t", new { Lesson = new { Title = "Backprop" } }),
            Should.Throw<TemplateException>(() => Renderer().Render("u", new { Lesson = new { Title = "Backprop" } })).Message.Contains("`lesson` was not found", StringComparison.Ordinal))
            .ShouldBe(("Backprop", true));
    }

    [Fact]
    public void Render_UnknownNameInAPartial_NamesThePartialNotTheTemplate()
    {
        Template("t", "# Title\n{{ include 'step.md' }}\n");
        var partial = Partial("step.md", "a step\n  {{ Missing }}\n");

        Error("t").ShouldBe($"{partial}:2:6: The variable or function `Missing` was not found");
    }

    [Fact]
    public void Render_UnclosedBlock_NamesItsLine()
    {
        var file = Template("t", "a\n{{ if X }}ok{{ end }}\n  {{ for x in X }}\nnever closed\n");

        Error("t").ShouldStartWith($"{file}:3:");
    }

    [Fact]
    public void Render_MissingPartial_NamesTheIncludingTag()
    {
        var file = Template("t", "a\n{{ include 'nope' }}\n");

        Error("t").ShouldBe($"{file}:2:4: the partial 'nope' does not exist (partials are the partials/*.sbn files of the templates folders)");
    }

    [Fact]
    public void Render_BrokenPartial_NamesThePartialAndItsLine()
    {
        Template("t", "a {{ include 'step.md' }}\n");
        var partial = Partial("step.md", "x\n{{ for y in X }}\n");

        Error("t").ShouldStartWith($"{partial}:2:");
    }

    [Fact]
    public void Render_MissingTemplate_NamesTheFoldersSearched()
        => Error("nope").ShouldBe($"the template nope.sbn is in none of the templates folders ({_temp.Path})");

    [Fact]
    public void Render_TwoMegabyteValue_ComesOutWhole()
    {
        // Scriban's default LimitToString cuts any value longer than 1 MB without an error.
        Template("t", "<{{ Body }}>");
        var body = string.Concat(Enumerable.Repeat("0123456789", 200_000)) + "end";

        var output = Renderer().Render("t", new { Body = body });

        (output.Length, output[^5..]).ShouldBe((body.Length + 2, "9end>"));
    }

    [Fact]
    public void Render_LoopOverMoreThanScribansDefaultThousandItems_RendersEveryOne()
    {
        Template("t", "{{ for x in Items }}{{ x }},{{ end }}");

        Renderer().Render("t", new { Items = Enumerable.Range(1, 5000).ToArray() }).Split(',', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(5000);
    }

    [Fact]
    public void Render_RunawayLoop_FailsAtTheLoopInsteadOfHanging()
    {
        var file = Template("t", "a\n{{ while true }}x{{ end }}\n");

        Error("t").ShouldStartWith($"{file}:2:");
    }

    [Fact]
    public void Render_PartialIncludingItself_FailsAtTheRecursionLimit()
    {
        Template("t", "{{ include 'loop' }}");
        var partial = Partial("loop", "x{{ include 'loop' }}");

        Error("t").ShouldStartWith($"{partial}:1:");
    }

    [Theory]
    [InlineData("empty list", false)]
    [InlineData("empty string", false)]
    [InlineData("null", false)]
    [InlineData("list", true)]
    [InlineData("string", true)]
    public void Render_If_FollowsHandlebarsTruth(string what, bool expected)
    {
        Template("t", "{{ if Value }}yes{{ else }}no{{ end }}");
        object? value = what switch
        {
            "empty list" => Array.Empty<int>(),
            "empty string" => string.Empty,
            "null" => null,
            "list" => new[] { 1 },
            _ => "x",
        };

        Renderer().Render("t", new { Value = value }).ShouldBe(expected ? "yes" : "no");
    }

    [Fact]
    public void Render_Escape_EscapesEveryCharacterThatBreaksOutOfTextOrAnAttribute_AndNothingElse()
    {
        Template("t", "<a title=\"{{ Title | escape }}\">{{ Title | escape }}</a>");

        Renderer().Render("t", new { Title = "<script>alert(1)</script>\"onmouseover='x'& ½ × 梯度" })
            .ShouldBe("<a title=\"&lt;script&gt;alert(1)&lt;/script&gt;&quot;onmouseover=&#39;x&#39;&amp; ½ × 梯度\">&lt;script&gt;alert(1)&lt;/script&gt;&quot;onmouseover=&#39;x&#39;&amp; ½ × 梯度</a>");
    }

    [Fact]
    public void Render_Num_IsGone_TemplatesNeverFormatNumbers()
    {
        var file = Template("t", "{{ num Third 5 }}");

        Should.Throw<TemplateException>(() => Renderer().Render("t", new { Third = Real.FromFraction(1, 3) })).Message
            .ShouldBe($"{file}:1:4: The variable or function `num` was not found");
    }

    [Fact]
    public void Render_T_FillsNamedPlaceholdersFromTheTable()
    {
        Template("t", "{{ t 'a.b' }} / {{ t 'a.c' { n: 3, who: X } }}");
        Strings("en", "a:\n  b: plain\n  c: '%{n} for %{who}, $\\frac{a}{b}$'\n");

        var renderer = Renderer();
        renderer.Render("t", new { X = "<me>" }, renderer.Strings("en")).ShouldBe("plain / 3 for <me>, $\\frac{a}{b}$");
    }

    [Fact]
    public void Render_T_MissingKey_NamesTheKeyAndTheLanguage()
    {
        Template("t", "{{ t 'no.such' }}");
        Strings("zh-CN", "a: 甲\n");

        var renderer = Renderer();
        Should.Throw<TemplateException>(() => renderer.Render("t", new { }, renderer.Strings("zh-CN"))).Message
            .ShouldContain("the string 'no.such' is missing from the zh-CN string table");
    }

    [Fact]
    public void Strings_FirstFolderWins_KeyByKey()
    {
        var course = _temp.Combine("course");
        Directory.CreateDirectory(Path.Combine(course, "strings"));
        Write(Path.Combine(course, "strings", "en.yaml"), "a:\n  b: course\n");
        Strings("en", "a:\n  b: ours\n  c: ours too\n");

        var table = new ScribanTemplateRenderer(course, _temp.Path).Strings("en");

        (table["a.b"], table["a.c"]).ShouldBe(("course", "ours too"));
    }

    [Theory]
    [InlineData("en", "001.txt:12 “梯度消失” x", "001.txt:12 “<span lang=\"zh\">梯度消失</span>” x")]
    [InlineData("en", "反向传播 和 梯度", "<span lang=\"zh\">反向传播 和 梯度</span>")]
    [InlineData("en", "no Han here", "no Han here")]
    [InlineData("zh-CN", "反向传播", "反向传播")]
    public void Render_Han_MarksRunsOfHanOnPagesNotInChinese(string language, string text, string expected)
    {
        Template("t", "{{ Text | han }}");
        Strings(language, "a: b\n");

        var renderer = Renderer();
        renderer.Render("t", new { Text = text }, renderer.Strings(language)).ShouldBe(expected);
    }

    [Fact]
    public void Render_Code_FencesLongerThanAnyBacktickRunInTheText()
        => RenderText("{{ code Text }}", "a `` b").ShouldBe("``` a `` b ```");

    [Fact]
    public void Render_FirstFolderWins_AndPartialsFallBackToTheNextFolder()
    {
        var course = _temp.Combine("course");
        var ours = _temp.Combine("ours");
        Write(Path.Combine(ours, "t.sbn"), "ours {{ include 'p' }}");
        Write(Path.Combine(ours, "partials", "p.sbn"), "our partial");
        Write(Path.Combine(ours, "u.sbn"), "ours only");
        Write(Path.Combine(course, "t.sbn"), "course {{ include 'p' }}");

        var renderer = new ScribanTemplateRenderer(course, ours);

        (renderer.Render("t", new { }), renderer.Render("u", new { })).ShouldBe(("course our partial", "ours only"));
    }

    [Fact]
    public void New_MissingFolder_Fails()
        => Should.Throw<TemplateException>(() => new ScribanTemplateRenderer(_temp.Combine("none"))).Message
            .ShouldBe($"the templates folder {_temp.Combine("none")} does not exist");

    [Fact]
    public void Render_FromManyThreadsAtOnce_GivesEachItsOwnResult()
    {
        Template("t", "{{ for i in 1..50 }}{{ N }}{{ end }}{{ include 'p' }}");
        Partial("p", "/{{ N }}");
        var renderer = Renderer();

        var results = Enumerable.Range(0, 64).AsParallel().Select(n => (n, renderer.Render("t", new { N = n }))).ToList();

        results.ShouldAllBe(r => r.Item2 == string.Concat(Enumerable.Repeat(r.n.ToString(System.Globalization.CultureInfo.InvariantCulture), 50)) + "/" + r.n.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private ScribanTemplateRenderer Renderer() => new(_temp.Path);

    private void Strings(string language, string yaml)
    {
        Directory.CreateDirectory(_temp.Combine("strings"));
        Write(Path.Combine(_temp.Combine("strings"), language + ".yaml"), yaml);
    }

    private string RenderText(string template, string text)
    {
        Template("t", template);
        return Renderer().Render("t", new { Text = text });
    }

    private string Error(string template)
        => Should.Throw<TemplateException>(() => Renderer().Render(template, new { X = 1 })).Message;

    private string Template(string name, string text)
    {
        var file = _temp.Combine(name + ".sbn");
        Write(file, text);
        return file;
    }

    private string Partial(string name, string text)
    {
        var file = _temp.Combine("partials", name + ".sbn");
        Write(file, text);
        return file;
    }

    private static void Write(string file, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
    }
}
