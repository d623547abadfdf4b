using Explainer.Rendering;

namespace Explainer.Tests.Site;

/// <summary>A broken template names the file that is broken, with the line and column, whichever file includes it.</summary>
public sealed class TemplateErrorTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Render_UnknownName_NamesTheFileLineAndColumn()
    {
        var file = Template("t", "# Title\n\nvalue: {{X}}, {{NoSuchName}}\n");

        Error("t").ShouldBe($"{file}:3:15: NoSuchName is undefined");
    }

    [Fact]
    public void Render_UnknownNameInAPartial_NamesThePartialNotTheTemplate()
    {
        Template("t", "# Title\n{{> step}}\n");
        var partial = Partial("step", "a step\n  {{Missing}}\n");

        Error("t").ShouldBe($"{partial}:2:3: Missing is undefined");
    }

    [Fact]
    public void Render_UnterminatedTag_NamesTheLineHandlebarsGives()
    {
        var file = Template("t", "a\nb\n{{ X \nc\n");

        Error("t").ShouldStartWith($"{file}:3:");
    }

    [Fact]
    public void Render_UnclosedBlock_NamesItsOpeningTag()
    {
        var file = Template("t", "a\n{{#if X}}ok{{/if}}\n  {{#each X}}\nnever closed\n");

        Error("t").ShouldBe($"{file}:3:3: Reached end of template before block expression '#each' was closed");
    }

    [Fact]
    public void Render_ClosingTagWithoutOpening_NamesIt()
    {
        var file = Template("t", "a\n{{#if X}}ok{{/if}}\nb {{/each}}\n");

        Error("t").ShouldBe($"{file}:3:3: A closing element '/each' was found without a matching open element");
    }

    [Fact]
    public void Render_MissingPartial_NamesTheIncludingTag()
    {
        var file = Template("t", "a\n{{> nope}}\n");

        Error("t").ShouldBe($"{file}:2:1: the partial 'nope' does not exist (partials are the files of partials/)");
    }

    [Fact]
    public void Load_BrokenPartial_NamesThePartialAndItsLine()
    {
        Template("t", "a\n");
        var partial = Partial("step", "x\n{{#each X}}\n");

        Should.Throw<TemplateException>(() => new HandlebarsTemplateRenderer(_temp.Path, escapeHtml: false)).Message
            .ShouldBe($"{partial}:2:1: Reached end of template before block expression '#each' was closed");
    }

    private string Error(string template)
        => Should.Throw<TemplateException>(() => new HandlebarsTemplateRenderer(_temp.Path, escapeHtml: false).Render(template, new { X = 1 })).Message;

    private string Template(string name, string text)
    {
        var file = _temp.Combine(name + ".hbs");
        File.WriteAllText(file, text);
        return file;
    }

    private string Partial(string name, string text)
    {
        Directory.CreateDirectory(_temp.Combine("partials"));
        var file = _temp.Combine("partials", name + ".md.hbs");
        File.WriteAllText(file, text);
        return file;
    }
}
