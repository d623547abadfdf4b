using System.Globalization;
using System.Text.RegularExpressions;
using HandlebarsDotNet;
using HandlebarsDotNet.Compiler;

namespace Explainer.Rendering;

/// <summary>Turns a Handlebars.Net exception into a <see cref="TemplateException"/> naming the template file that failed, and its line and column.</summary>
/// <remarks>
/// Handlebars.Net gives a position only for parse errors (<c>Occured at: line:column</c>); for the others the position is
/// found in the template's text: the tag naming an undefined value or a missing partial, the block left open, the
/// closing tag without an opening one, a tag never closed. An error inside a partial (which Handlebars.Net wraps in "Runtime error while
/// rendering partial 'name'") names the partial's file, not the template that included it.
/// </remarks>
internal static partial class TemplateErrors
{
    /// <summary>A template's file and its text.</summary>
    internal readonly record struct Source(string File, string Text);

    /// <summary>The exception to throw for <paramref name="error"/>, raised while compiling or rendering <paramref name="template"/>.</summary>
    public static TemplateException Locate(Exception error, Source template, IReadOnlyDictionary<string, Source> partials)
    {
        var source = template;
        var innermost = error;
        for (var e = error; e is not null; e = e.InnerException)
        {
            var partial = PartialPattern().Match(e.Message);
            if (partial.Success && partials.TryGetValue(partial.Groups[1].Value, out var inner) && e.InnerException is not null)
            {
                source = inner;
            }

            if (e is HandlebarsException or HandlebarsUndefinedBindingException)
            {
                innermost = e;
            }
        }

        var message = innermost.Message;
        var offset = -1;
        var position = PositionPattern().Match(message);
        if (position.Success)
        {
            message = message[..position.Index].Trim();
            return new TemplateException($"{source.File}:{position.Groups[1].Value}:{position.Groups[2].Value}: {message}", error);
        }

        if (innermost is HandlebarsUndefinedBindingException undefined)
        {
            offset = FindTag(source.Text, $@"(?<![\w.@]){Regex.Escape(undefined.Path)}(?![\w])");
            if (offset < 0 && undefined.MissingKey is { Length: > 0 } key)
            {
                offset = FindTag(source.Text, $@"(?<![\w@]){Regex.Escape(key)}(?![\w])");
            }
        }
        else if (MissingPartialPattern().Match(message) is { Success: true } missing)
        {
            offset = FindTag(source.Text, $@"^~?\s*>\s*{Regex.Escape(missing.Groups[1].Value)}(?![\w])");
            message = $"the partial '{missing.Groups[1].Value}' does not exist (partials are the files of partials/)";
        }
        else if (UnclosedPattern().Match(message) is { Success: true } unclosed)
        {
            offset = UnbalancedBlock(source.Text, unclosed.Groups[1].Value, opener: true);
        }
        else if (StrayClosePattern().Match(message) is { Success: true } stray)
        {
            offset = UnbalancedBlock(source.Text, stray.Groups[1].Value, opener: false);
        }

        if (offset < 0 && innermost is HandlebarsCompilerException or HandlebarsParserException && UnterminatedPattern().Match(source.Text) is { Success: true } open)
        {
            offset = open.Index; // a tag whose }} never comes confuses the parser into any message
        }

        return new TemplateException(offset < 0 ? $"{source.File}: {message}" : $"{source.File}:{Where(source.Text, offset)}: {message}", error);
    }

    /// <summary>The offset of the first <c>{{…}}</c> tag whose inside matches <paramref name="inside"/>, or −1.</summary>
    private static int FindTag(string text, string inside)
    {
        var pattern = new Regex(inside, RegexOptions.CultureInvariant);
        foreach (Match tag in TagPattern().Matches(text))
        {
            if (pattern.IsMatch(tag.Groups[1].Value))
            {
                return tag.Index;
            }
        }

        return -1;
    }

    /// <summary>The offset of the opening tag of <paramref name="name"/> never closed (<paramref name="opener"/>), or of its first closing tag with no opening one.</summary>
    private static int UnbalancedBlock(string text, string name, bool opener)
    {
        var open = new Stack<(string Name, int Offset)>();
        foreach (Match tag in BlockPattern().Matches(text))
        {
            var (kind, tagName) = (tag.Groups[1].Value, tag.Groups[2].Value);
            if (kind is "#" or "^")
            {
                open.Push((tagName, tag.Index));
            }
            else if (open.Count > 0 && open.Peek().Name == tagName)
            {
                open.Pop();
            }
            else if (!opener && tagName == name)
            {
                return tag.Index;
            }
        }

        return opener && open.FirstOrDefault(o => o.Name == name) is { Name: not null } unclosed ? unclosed.Offset : -1;
    }

    private static string Where(string text, int offset)
    {
        var line = 1 + text.AsSpan(0, offset).Count('\n');
        var lineStart = offset == 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1;
        return string.Create(CultureInfo.InvariantCulture, $"{line}:{offset - lineStart + 1}");
    }

    [GeneratedRegex(@"rendering partial '([^']+)'")]
    private static partial Regex PartialPattern();

    [GeneratedRegex(@"Occured at: ?(\d+):(\d+)")]
    private static partial Regex PositionPattern();

    [GeneratedRegex(@"partial name '([^']+)' could not be resolved")]
    private static partial Regex MissingPartialPattern();

    [GeneratedRegex(@"before block expression '[#^]?([^']+)' was closed")]
    private static partial Regex UnclosedPattern();

    [GeneratedRegex(@"closing element '/([^']+)' was found without a matching open element")]
    private static partial Regex StrayClosePattern();

    [GeneratedRegex(@"\{\{\{?([^}]*)\}?\}\}")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"\{\{(?![^{}]*\}\})")]
    private static partial Regex UnterminatedPattern();

    [GeneratedRegex(@"\{\{~?\s*([#^/])\s*([\w.>-]+)")]
    private static partial Regex BlockPattern();
}
