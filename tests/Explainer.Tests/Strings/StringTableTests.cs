using Explainer.Checking;
using Explainer.Rendering;
using Explainer.Strings;
using Explainer.Tests.Site;

namespace Explainer.Tests.Strings;

/// <summary>The string tables of templates/strings/: the same keys and placeholders in every language, the English words where the engine keeps its own, and clear errors.</summary>
public sealed class StringTableTests : IDisposable
{
    private static readonly StringTable English = StringTable.Load([Course.Templates], StringTable.English);
    private static readonly StringTable Chinese = StringTable.Load([Course.Templates], StringTable.Chinese);

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>The keys every table must have: all but <c>lessons.*</c>, the translations of the course's own titles and summaries, which a table has only when it translates them.</summary>
    private static IEnumerable<string> UiKeys(StringTable table) => table.Keys.Where(k => !k.StartsWith("lessons.", StringComparison.Ordinal));

    [Fact]
    public void Tables_EnglishAndChinese_HaveExactlyTheSameKeys()
    {
        var missing = UiKeys(English).Except(UiKeys(Chinese)).Select(k => $"zh-CN lacks {k}");
        var extra = UiKeys(Chinese).Except(UiKeys(English)).Select(k => $"zh-CN has {k}, en does not");

        missing.Concat(extra).ShouldBeEmpty();
        UiKeys(English).Count().ShouldBeGreaterThan(200);
    }

    [Fact]
    public void Tables_EveryKey_HasTheSamePlaceholdersInBothLanguages()
    {
        var differ = UiKeys(English).Where(Chinese.Contains)
            .Where(k => !English.Placeholders(k).SequenceEqual(Chinese.Placeholders(k)))
            .Select(k => $"{k}: en {{{string.Join(", ", English.Placeholders(k))}}}, zh-CN {{{string.Join(", ", Chinese.Placeholders(k))}}}");

        differ.ShouldBeEmpty();
    }

    [Fact]
    public void Tables_BuiltIntoTheLibrary_AreTheRepositorysFiles()
    {
        StringTable.BuiltIn(StringTable.English).Keys.Select(k => English[k]).ShouldBe(English.Keys.Select(k => English[k]));
        StringTable.BuiltIn(StringTable.Chinese).Keys.ShouldBe(Chinese.Keys);
    }

    [Fact]
    public void Mistakes_EnglishTable_SaysWhatTheCatalogueSays()
    {
        var differ = MistakeCatalogue.All
            .Where(m => English[$"mistake.{m.Id}.title"] != m.Title || English[$"mistake.{m.Id}.explanation"] != m.Explanation)
            .Select(m => m.Id);

        differ.ShouldBeEmpty();
    }

    [Fact]
    public void Lessons_ChineseTable_TitlesAndSummarisesEveryLessonOfTheNotesCourse()
    {
        string[] ids = [.. Course.Ids, "activations", "optimizers"];

        var missing = ids.SelectMany(id => new[] { $"lessons.{id}.title", $"lessons.{id}.summary" }).Where(k => !Chinese.Contains(k));
        var unknown = Chinese.Keys.Where(k => k.StartsWith("lessons.", StringComparison.Ordinal)).Select(k => k.Split('.')[1]).Distinct().Except(ids);

        missing.Concat(unknown).ShouldBeEmpty();
    }

    [Fact]
    public void Indexer_MissingKey_NamesTheKeyAndTheLanguage()
        => Should.Throw<TemplateException>(() => Chinese["no.such.key"]).Message
            .ShouldBe("the string 'no.such.key' is missing from the zh-CN string table (strings/zh-CN.yaml)");

    [Fact]
    public void Format_PlaceholderWithoutArgument_NamesTheKeyAndThePlaceholder()
        => Should.Throw<TemplateException>(() => English.Format("note.paths", new Dictionary<string, string> { ["name"] = "b1" })).Message
            .ShouldStartWith("the string 'note.paths' of the en string table uses %{consumers}");

    [Fact]
    public void Format_Message_FillsNestedMessagesAndNumbers()
    {
        var message = Message.Of("note.paths", ("name", "out_h1"), ("consumers", Message.Of("list.and", ("first", "net_o1"), ("last", "net_o2"))), ("count", 2));

        (English.Format(message, Explainer.Numbers.DisplayOptions.Default), Chinese.Format(message, Explainer.Numbers.DisplayOptions.Default))
            .ShouldBe(("out_h1 feeds net_o1 and net_o2, so its gradient is the sum over 2 paths.", "out_h1 同时输入到 net_o1 和 net_o2，所以它的梯度是 2 条路径之和。"));
    }

    [Fact]
    public void Load_NoFolderHasTheLanguage_SaysWhichFileIsMissing()
        => Should.Throw<TemplateException>(() => StringTable.Load([Course.Templates], "fr")).Message
            .ShouldStartWith("there is no string table for the language 'fr': strings/fr.yaml is in none of the templates folders");

    [Fact]
    public void Load_AList_IsRefusedWithItsLine()
    {
        Directory.CreateDirectory(_temp.Combine("strings"));
        File.WriteAllText(Path.Combine(_temp.Combine("strings"), "en.yaml"), "a: x\nb:\n  - 1\n");

        Should.Throw<TemplateException>(() => StringTable.Load([_temp.Path], "en")).Message
            .ShouldEndWith("en.yaml:3:3: the value of 'b' is a list; a string table holds strings");
    }
}
