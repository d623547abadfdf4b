using System.Globalization;
using Explainer.Numbers;
using HandlebarsDotNet;
using HandlebarsDotNet.Compiler;

namespace Explainer.Rendering;

/// <summary>Renders the templates of a folder with Handlebars.Net, in strict mode: an unknown name fails with the template's file, line and column.</summary>
/// <remarks>
/// Markdown templates are rendered without HTML escaping; with <c>escapeHtml</c> every <c>{{value}}</c> is HTML-escaped
/// (triple braces <c>{{{value}}}</c> insert trusted markup such as an SVG diagram). Partials live in <c>partials/</c>.
/// </remarks>
public sealed class HandlebarsTemplateRenderer : ITemplateRenderer
{
    private readonly string _directory;
    private readonly Dictionary<string, (HandlebarsTemplate<object, object> Render, TemplateErrors.Source Source)> _compiled = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TemplateErrors.Source> _partials = new(StringComparer.Ordinal);

    private readonly IHandlebars _handlebars;

    /// <summary>Loads the templates and partials of <paramref name="directory"/>.</summary>
    /// <exception cref="TemplateException">The folder or a partial cannot be read or parsed.</exception>
    public HandlebarsTemplateRenderer(string directory, bool escapeHtml)
    {
        _directory = directory;
        if (!Directory.Exists(directory))
        {
            throw new TemplateException($"the templates folder {directory} does not exist");
        }

        var config = new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = true, NoEscape = !escapeHtml };
        _handlebars = Handlebars.Create(config);
        _handlebars.RegisterHelper("num", (writer, _, arguments) => writer.WriteSafeString(Number(arguments)));
        _handlebars.RegisterHelper("code", (writer, _, arguments) => writer.WriteSafeString(CodeSpan(arguments)));
        var partials = Path.Combine(directory, "partials");
        if (Directory.Exists(partials))
        {
            foreach (var file in Directory.GetFiles(partials, "*.hbs").Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(file)[..^".md.hbs".Length];
                var source = new TemplateErrors.Source(file, File.ReadAllText(file));
                _partials[name] = source;
                Guard(source, () =>
                {
                    _handlebars.RegisterTemplate(name, source.Text);
                    return 0;
                });
            }
        }
    }

    /// <inheritdoc/>
    public string Render(string templateName, object model)
    {
        var file = Path.Combine(_directory, templateName + ".hbs");
        if (!_compiled.TryGetValue(templateName, out var compiled))
        {
            if (!File.Exists(file))
            {
                throw new TemplateException($"{file}: the template does not exist");
            }

            var source = new TemplateErrors.Source(file, File.ReadAllText(file));
            compiled = (Guard(source, () => _handlebars.Compile(source.Text)), source);
            _compiled[templateName] = compiled;
        }

        return Guard(compiled.Source, () => compiled.Render(model));
    }

    /// <summary>The <c>num</c> helper: <c>{{num value digits}}</c> prints a <see cref="Real"/> with proven digits only.</summary>
    private static string Number(Arguments arguments)
    {
        if (arguments.Length is < 1 or > 2 || arguments[0] is not Real value)
        {
            throw new HandlebarsException("num takes a Real and an optional number of significant digits: {{num value 10}}");
        }

        var digits = arguments.Length == 2 ? Convert.ToInt32(arguments[1], CultureInfo.InvariantCulture) : 10;
        return value.IsZero ? "0" : value.Format(digits).Text;
    }

    /// <summary>The <c>code</c> helper: <c>{{code text}}</c> writes a Markdown code span, which Markdig escapes for HTML itself.</summary>
    private static string CodeSpan(Arguments arguments)
    {
        var text = arguments.Length == 1 ? Convert.ToString(arguments[0], CultureInfo.InvariantCulture) ?? string.Empty : throw new HandlebarsException("code takes one argument: {{code text}}");
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

    /// <summary>Runs a compile or a render of <paramref name="source"/>; an engine error names the failing file, line and column.</summary>
    private T Guard<T>(TemplateErrors.Source source, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is HandlebarsException or HandlebarsUndefinedBindingException)
        {
            // Strict mode's undefined-binding exception does not derive from HandlebarsException.
            throw TemplateErrors.Locate(e, source, _partials);
        }
    }
}
