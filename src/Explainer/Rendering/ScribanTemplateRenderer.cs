using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text;
using Explainer.Strings;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Explainer.Rendering;

/// <summary>Renders templates with Scriban: <c>NAME.sbn</c> files looked up in an ordered list of folders, the first that has the file winning.</summary>
/// <remarks>
/// <para>
/// A course's own <c>templates/</c> folder comes first and the repository's second, so a course overrides our templates file
/// by file. <c>{{ include 'step.md' }}</c> reads <c>partials/step.md.sbn</c> by the same lookup.
/// </para>
/// <para>
/// The engine is set up against Scriban's traps, each with a test (<c>ScribanTemplateRendererTests</c>):
/// members keep their .NET names (<c>Lesson.Title</c>, not Scriban's default <c>lesson.title</c>), in the model and in every
/// template; an unknown variable or member fails the render (<see cref="TemplateContext.StrictVariables"/>, no relaxed member
/// access) and so does a member of null, with the file, line and column; output is never cut (Scriban's
/// <see cref="TemplateContext.LimitToString"/> silently truncates at 1 MB unless set to 0); loops and includes are bounded
/// (<see cref="LoopLimit"/>, <see cref="RecursionLimit"/>) so a runaway template fails instead of hanging; a new
/// <see cref="TemplateContext"/> per render, since contexts are not thread-safe, while parsed templates are cached and shared.
/// Truth follows Handlebars and JavaScript rather than Scriban: an empty string or an empty list is false, so
/// <c>{{ if Lesson.Checks }}</c> means "if there are any".
/// </para>
/// <para>
/// Words come from the string table of the page's language (<see cref="StringTable"/>), through the one function <c>t</c>:
/// <c>{{ t 'site.skip' }}</c>, or with placeholders, <c>{{ t 'lesson.setting' { setting: Lesson.Setting, digits: Lesson.Digits } }}</c>
/// (each <c>%{name}</c> of the text filled from the object's member of that name). A missing key fails the render, naming
/// the key and the language. Templates never format numbers: the view model holds them as finished text
/// (<see cref="Views.LessonView"/>). <c>{{ text | han }}</c> marks each run of Han characters in already escaped text as
/// <c>&lt;span lang="zh"&gt;</c>, so Chinese quoted on a page in another language is read and drawn as Chinese; on a page
/// in Chinese it leaves the text as it is. <c>{{ code text }}</c> does the same for code. <c>{{ text | lang 'en' }}</c> marks
/// text of another language than the page's, such as the notes' English errata on a Chinese page.
/// </para>
/// <para>
/// Scriban does not escape: a template writes <c>{{ x | escape }}</c> (ours: the five characters of markup only, where Scriban's <c>html.escape</c> also turns ½ into <c>&amp;#189;</c>) for every text that comes from a user (a course's
/// title, a spec's title, summary, claims and citations). Entities are valid Markdown too, so one escaped Markdown text serves
/// both the <c>.md</c> file and the HTML page made from it. Text the engine writes (TeX, Markdown with formulas) is trusted.
/// </para>
/// </remarks>
public sealed class ScribanTemplateRenderer : ITemplateRenderer
{
    /// <summary>The extension of a template file: <c>lesson.md</c> is the file <c>lesson.md.sbn</c>.</summary>
    public const string Extension = ".sbn";

    /// <summary>The folder, inside a templates folder, of the templates that <c>include</c> reads.</summary>
    public const string PartialsFolder = "partials";

    /// <summary>The most iterations one loop of a template may run: far above a lesson's steps (a network at the spec limits has tens of thousands), far below a hang.</summary>
    public const int LoopLimit = 10_000_000;

    /// <summary>How deep includes and functions may nest.</summary>
    public const int RecursionLimit = 32;

    private readonly IReadOnlyList<string> _directories;
    private readonly ConcurrentDictionary<string, Template> _parsed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, StringTable> _tables = new(StringComparer.Ordinal);

    /// <summary>A renderer over <paramref name="directories"/>, searched in order; each must exist.</summary>
    /// <exception cref="TemplateException">No folder is given, or one does not exist.</exception>
    public ScribanTemplateRenderer(params IReadOnlyList<string> directories)
    {
        ArgumentNullException.ThrowIfNull(directories);
        if (directories.Count == 0)
        {
            throw new TemplateException("no templates folder was given");
        }

        foreach (var directory in directories)
        {
            if (!Directory.Exists(directory))
            {
                throw new TemplateException($"the templates folder {directory} does not exist");
            }
        }

        _directories = directories.Select(Path.GetFullPath).ToList();
    }

    /// <summary>The template folders, first searched first.</summary>
    public IReadOnlyList<string> Directories => _directories;

    /// <inheritdoc/>
    public string Render(string templateName, object model) => Render(templateName, model, null);

    /// <inheritdoc/>
    public string Render(string templateName, object model, StringTable? strings)
    {
        ArgumentNullException.ThrowIfNull(templateName);
        ArgumentNullException.ThrowIfNull(model);
        var path = Find(templateName + Extension) ?? throw new TemplateException(
            $"the template {templateName}{Extension} is in none of the templates folders ({string.Join(", ", _directories)})");
        var template = Parse(path);
        var context = new Context(this);
        var globals = new ScriptObject();
        globals.Import(model, renamer: Rename);
        var words = new Words(strings);
        globals.Import("t", new Func<string, ScriptObject?, string>(words.T));
        globals.Import("han", new Func<string?, string>(words.Han));
        globals.Import("code", new Func<object?, string>(words.Code));
        globals.Import("lang", new Func<string?, string, string>(words.Lang));
        globals.Import("escape", new Func<object?, string>(Escape));
        context.PushGlobal(globals);
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            throw Located(e);
        }
    }

    /// <inheritdoc/>
    public StringTable Strings(string language) => _tables.GetOrAdd(language, l => StringTable.Load(_directories, l));

    /// <summary>The one naming convention of every template: a .NET member keeps its name.</summary>
    private static string Rename(MemberInfo member) => member.Name;

    /// <summary>The file <paramref name="relative"/> in the first folder that has it, or null.</summary>
    private string? Find(string relative)
        => _directories.Select(d => Path.Combine(d, relative)).FirstOrDefault(File.Exists);

    /// <summary>The parsed template of <paramref name="path"/>, parsed once.</summary>
    /// <exception cref="TemplateException">The template does not parse: its first error with file, line and column.</exception>
    private Template Parse(string path)
    {
        if (_parsed.TryGetValue(path, out var cached))
        {
            return cached;
        }

        var template = Template.Parse(File.ReadAllText(path), path);
        if (template.HasErrors)
        {
            var error = template.Messages.First(m => m.Type == ParserMessageType.Error);
            throw new TemplateException($"{Where(error.Span)}: {error.Message}");
        }

        return _parsed.GetOrAdd(path, template);
    }

    /// <summary>The exception for a runtime error: the innermost template's file, line and column, and Scriban's message.</summary>
    private static TemplateException Located(ScriptRuntimeException e)
    {
        for (var inner = e.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is TemplateException partial)
            {
                return new TemplateException(partial.Message, e); // a partial that does not parse, found by the loader
            }
        }

        if (e is ScriptParserRuntimeException parser && parser.ParserMessages.FirstOrDefault(m => m.Type == ParserMessageType.Error) is { } first)
        {
            return new TemplateException($"{Where(first.Span)}: {first.Message}", e);
        }

        return new TemplateException($"{Where(e.Span)}: {e.OriginalMessage}", e);
    }

    /// <summary>A span as <c>file:line:column</c>, both counted from 1, as every other diagnostic of Explainer.</summary>
    private static string Where(SourceSpan span)
        => string.Create(CultureInfo.InvariantCulture, $"{span.FileName}:{span.Start.Line + 1}:{span.Start.Column + 1}");

    /// <summary>The <c>escape</c> function: <c>{{ text | escape }}</c> writes text that cannot become markup in HTML or Markdown.</summary>
    /// <remarks>Only <c>&amp; &lt; &gt; " '</c> become entities; unlike Scriban's <c>html.escape</c>, ½ and × stay as they are, so the Markdown files stay readable.</remarks>
    private static string Escape(object? value)
    {
        var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => escaped.Append("&amp;"),
                '<' => escaped.Append("&lt;"),
                '>' => escaped.Append("&gt;"),
                '"' => escaped.Append("&quot;"),
                '\'' => escaped.Append("&#39;"),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }

    /// <summary>A Markdown code span of <paramref name="value"/>, which Markdig escapes for HTML itself.</summary>
    private static string CodeSpan(object? value)
    {
        var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
        var fence = new string('`', LongestRun(text, '`') + 1);
        return $"{fence} {text} {fence}";
    }

    private static int LongestRun(string text, char c)
    {
        int longest = 0, run = 0;
        foreach (var ch in text)
        {
            run = ch == c ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }

    /// <summary>One render's context: the limits, the strictness, the naming convention, Handlebars' truth, and includes from the template folders.</summary>
    private sealed class Context : TemplateContext
    {
        public Context(ScribanTemplateRenderer renderer)
        {
            StrictVariables = true;
            EnableRelaxedMemberAccess = false;
            EnableRelaxedTargetAccess = false;
            EnableNullIndexer = false;
            MemberRenamer = Rename;
            LimitToString = 0;
            LoopLimit = ScribanTemplateRenderer.LoopLimit;
            RecursiveLimit = RecursionLimit;
            TemplateLoader = new Loader(renderer);
            foreach (var (path, template) in renderer._parsed)
            {
                CachedTemplates[path] = template;
            }
        }

        /// <summary>Null, false, an empty string and an empty collection are false; everything else is true.</summary>
        public override bool ToBool(SourceSpan span, object? value) => value switch
        {
            string s => s.Length > 0,
            ICollection c => c.Count > 0,
            IEnumerable e => e.GetEnumerator().MoveNext(),
            _ => base.ToBool(span, value),
        };
    }

    /// <summary>Finds <c>include</c>d templates in <c>partials/</c> of the template folders, first folder first, and caches them with the others.</summary>
    private sealed class Loader(ScribanTemplateRenderer renderer) : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
            => renderer.Find(Path.Combine(PartialsFolder, templateName + Extension)) ?? throw new ScriptRuntimeException(
                callerSpan,
                $"the partial '{templateName}' does not exist (partials are the {PartialsFolder}/*{Extension} files of the templates folders)");

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
        {
            // Parsed here first, so a broken partial is reported like a broken template; the next render's context starts with it.
            renderer.Parse(templatePath);
            return File.ReadAllText(templatePath);
        }

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath)
            => new(Load(context, callerSpan, templatePath));
    }

    /// <summary>The <c>t</c> and <c>han</c> functions of one render, over its string table.</summary>
    private sealed class Words(StringTable? strings)
    {
        /// <summary><c>{{ t 'key' }}</c> or <c>{{ t 'key' { name: value } }}</c>: the text of the key with its placeholders filled.</summary>
        public string T(string key, ScriptObject? arguments = null)
        {
            var table = strings ?? throw new TemplateException($"the template asks for the string '{key}', but this render has no string table");
            var values = (arguments ?? []).ToDictionary(a => a.Key, a => Convert.ToString(a.Value, CultureInfo.InvariantCulture) ?? string.Empty, StringComparer.Ordinal);
            return table.Format(key, values);
        }

        /// <summary><c>{{ text | han }}</c>: each run of Han characters wrapped in <c>&lt;span lang="zh"&gt;</c>, unless the page is in Chinese.</summary>
        public string Han(string? text)
            => text is null ? string.Empty
                : strings is { } table && table.Language.StartsWith("zh", StringComparison.Ordinal) ? text
                : HanText.Mark(text);

        /// <summary><c>{{ text | lang 'en' }}</c>: text in another language than the page's (a course's own English on a Chinese page) wrapped in <c>&lt;span lang="en"&gt;</c>; unchanged on a page in that language.</summary>
        public string Lang(string? text, string language)
            => string.IsNullOrEmpty(text) || strings is null || strings.Language == language || strings.Language.StartsWith(language + "-", StringComparison.Ordinal)
                ? text ?? string.Empty
                : $"<span lang=\"{System.Net.WebUtility.HtmlEncode(language)}\">{text}</span>";

        /// <summary><c>{{ code text }}</c>: the text as code, a Markdown code span; Chinese in it on a page in another language becomes <c>&lt;code&gt;</c> HTML with its Han marked, every character Markdown would read escaped.</summary>
        public string Code(object? value)
        {
            var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
            if (!HanText.HasHan(text) || strings?.Language.StartsWith("zh", StringComparison.Ordinal) == true)
            {
                return CodeSpan(text);
            }

            var escaped = new System.Text.StringBuilder();
            foreach (var c in System.Net.WebUtility.HtmlEncode(text))
            {
                escaped.Append(c is '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '~' or '$' ? $"&#{(int)c};" : c.ToString());
            }

            return $"<code>{HanText.Mark(escaped.ToString())}</code>";
        }
    }
}
