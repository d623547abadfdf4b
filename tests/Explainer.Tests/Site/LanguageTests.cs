using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Explainer.Strings;

namespace Explainer.Tests.Site;

/// <summary>The course in English at the root and in Chinese under <c>zh-CN/</c>: lang attributes, no English left on the Chinese pages, Chinese quoted on English pages marked, and a language switch whose links resolve.</summary>
public sealed partial class LanguageTests(BilingualSiteFixture site) : IClassFixture<BilingualSiteFixture>
{
    private static readonly StringTable English = StringTable.Load([Course.Templates], StringTable.English);
    private static readonly StringTable Chinese = StringTable.Load([Course.Templates], StringTable.Chinese);

    private IEnumerable<string> HtmlPages(string folder) => site.Files.Where(f => f.EndsWith(".html", StringComparison.Ordinal) && (folder.Length == 0 ? !f.Contains('/', StringComparison.Ordinal) : f.StartsWith(folder, StringComparison.Ordinal)));

    [Fact]
    public void Build_TwoLanguages_WritesEveryPageInBoth()
    {
        var english = HtmlPages(string.Empty).Order(StringComparer.Ordinal).ToList();
        var chinese = HtmlPages("zh-CN/").Select(f => f["zh-CN/".Length..]).Order(StringComparer.Ordinal).ToList();

        english.Count.ShouldBe(23); // 16 pages, the notes' 5 source pages and search.html in each language, and the site's one 404.html
        chinese.ShouldBe(english.Where(p => p != "404.html"));
        site.Files.ShouldContain("zh-CN/lesson-net-2-2-2.md");
    }

    [Fact]
    public void Pages_CarryTheirLanguage()
    {
        var wrong = HtmlPages(string.Empty).Select(f => (f, Expected: "en"))
            .Concat(HtmlPages("zh-CN/").Select(f => (f, Expected: "zh-CN")))
            .Where(p => new HtmlPage(site.Read(p.f)).Document.DocumentElement.GetAttribute("lang") != p.Expected)
            .Select(p => p.f);

        wrong.ShouldBeEmpty();
    }

    /// <summary>Every English UI text that Chinese says differently: each run of two or more English words (cut at placeholders, formulas and punctuation), and each value that is one word of five letters or more; but not a name the Chinese text keeps (Leaky ReLU), nor <c>target</c>, which the notes' formulas use as a variable, ½(target − out)².</summary>
    private static IEnumerable<string> EnglishFragments()
        => English.Keys.Where(k => Chinese.Contains(k) && English[k] != Chinese[k])
            .SelectMany(k => (Words().IsMatch(English[k]) ? [English[k]] : Prose().Matches(Placeholder().Replace(English[k], "|")).Select(m => m.Value.Trim()))
                .Where(f => !Chinese[k].Contains(f, StringComparison.Ordinal)))
            .Where(f => f.Count(char.IsAsciiLetter) >= 5 && f != "target")
            .Distinct();

    /// <summary>The text a reader sees, without formulas and without the text marked as another language than Chinese (the language switch's "English").</summary>
    private static string ChineseText(string html)
    {
        var body = (IElement)new HtmlPage(html).Document.Body!.Clone(deep: true);
        foreach (var hidden in body.QuerySelectorAll("math, script, style, [lang]").Where(e => e.LocalName != "span" || e.GetAttribute("lang")?.StartsWith("zh", StringComparison.Ordinal) != true).ToList())
        {
            hidden.Remove();
        }

        return Regex.Replace(body.TextContent, @"\s+", " ");
    }

    [Fact]
    public void ChinesePages_ShowNoEnglishUiString()
    {
        var fragments = EnglishFragments().ToList();
        var left = HtmlPages("zh-CN/")
            .SelectMany(f =>
            {
                var text = ChineseText(site.Read(f));
                return fragments.Where(e => text.Contains(e, StringComparison.Ordinal)).Select(e => $"{f}: «{e}»");
            });

        fragments.Count.ShouldBeGreaterThan(150);
        left.ShouldBeEmpty();
    }

    [Fact]
    public void ChinesePages_UseTheNotesTerms()
    {
        var text = new HtmlPage(site.Read("zh-CN/lesson-net-2-2-2.html")).VisibleText;

        new[] { "前向传播", "反向传播", "梯度", "参数更新", "偏置" }.Where(term => !text.Contains(term, StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Fact]
    public void EnglishPages_MarkEveryHanCharacterAsChinese()
    {
        var unmarked = HtmlPages(string.Empty).SelectMany(f =>
        {
            var body = new HtmlPage(site.Read(f)).Document.Body!;
            return body.Descendants<IText>()
                .Where(t => Han().IsMatch(t.Data) && t.ParentElement?.Closest("[lang]")?.GetAttribute("lang")?.StartsWith("zh", StringComparison.Ordinal) != true)
                .Select(t => $"{f}: «{t.Data.Trim()}»");
        });

        unmarked.ShouldBeEmpty();
    }

    [Fact]
    public void ErrataPage_InEnglish_QuotesTheNotesChineseWithLangZh()
    {
        var page = new HtmlPage(site.Read("errata.html"));

        page.Document.QuerySelectorAll("span[lang=zh]").Select(s => s.TextContent).ShouldContain("梯度爆炸");
    }

    [Fact]
    public void LanguageSwitch_EveryPage_LinksToItselfInEachLanguage_AndTheFilesExist()
    {
        // The 404 page exists once, at the root, and has no switch (tested in SiteExtrasTests).
        var problems = HtmlPages(string.Empty).Concat(HtmlPages("zh-CN/")).Where(f => f != "404.html").SelectMany(f =>
        {
            var links = new HtmlPage(site.Read(f)).Document.QuerySelectorAll(".language-switch a[hreflang]").ToList();
            var found = links.Select(a => (Lang: a.GetAttribute("hreflang")!, Target: Path.GetRelativePath(site.Folder, Path.GetFullPath(Path.Combine(site.Folder, Path.GetDirectoryName(f)!, a.GetAttribute("href")!))).Replace('\\', '/'))).ToList();
            var expected = new[] { ("en", Path.GetFileName(f)), ("zh-CN", "zh-CN/" + Path.GetFileName(f)) };
            return found.SequenceEqual(expected) && found.All(l => File.Exists(Path.Combine(site.Folder, l.Target))) && links.All(a => a.GetAttribute("lang") == a.GetAttribute("hreflang"))
                ? []
                : new[] { $"{f}: {string.Join(", ", found)}" };
        });

        problems.ShouldBeEmpty();
    }

    [Fact]
    public void ChinesePages_LoadTheSharedStylesheetAndScriptFromTheRoot()
    {
        var page = site.Read("zh-CN/lesson-net-2-2-2.html");

        (page.Contains("href=\"../site.css\"", StringComparison.Ordinal), page.Contains("src=\"../check.js\"", StringComparison.Ordinal)).ShouldBe((true, true));
    }

    [Fact]
    public void AnswerKey_OnAChinesePage_CarriesChineseWordsForTheScript()
    {
        var json = new HtmlPage(site.Read("zh-CN/lesson-net-2-2-2.html")).Document.GetElementById("answer-key")!.TextContent;
        using var key = System.Text.Json.JsonDocument.Parse(json);

        (key.RootElement.GetProperty("strings").GetProperty("toggle").GetString(), key.RootElement.GetProperty("mistakes").GetProperty("sign").GetProperty("title").GetString())
            .ShouldBe((Chinese["check.toggle"], Chinese["mistake.sign.title"]));
    }

    [Fact]
    public void Stylesheet_HasTheCjkFontStack()
        => site.Read("site.css").ShouldContain("\"Noto Sans CJK SC\", \"Source Han Sans SC\", \"PingFang SC\", \"Microsoft YaHei\", sans-serif");

    [GeneratedRegex(@"%\{[A-Za-z_][A-Za-z0-9_]*\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^[A-Za-z]{5,}$")]
    private static partial Regex Words();

    [GeneratedRegex(@"[A-Za-z][A-Za-z']*(?: [A-Za-z][A-Za-z']*)+")]
    private static partial Regex Prose();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();

    [Fact]
    public void SearchPages_InTheBrowser_FindGradientInChinese_AndSigmoidInEnglish_EachInItsOwnLanguage()
    {
        var chromium = Support.Chromium.Require();

        var searches = Rendering.SearchCheck.Run(chromium, site.Folder, ("zh-CN/search.html", "梯度"), ("search.html", "sigmoid"));

        searches.SelectMany(s => s.ConsoleErrors).ShouldBeEmpty();
        var chinese = searches[0].Results.Select(r => r.Href).ToList();
        var english = searches[1].Results.Select(r => r.Href).ToList();
        (chinese.Count > 0, chinese.All(h => h.StartsWith("/zh-CN/", StringComparison.Ordinal)), chinese.Contains("/zh-CN/lesson-net-2-2-2.html"),
            english.Count > 0, english.Any(h => h.StartsWith("/zh-CN/", StringComparison.Ordinal)), english.Contains("/lesson-net-2-2-2.html"))
            .ShouldBe((true, true, true, true, false, true));
    }
}
