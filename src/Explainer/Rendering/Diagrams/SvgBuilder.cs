using System.Text;

namespace Explainer.Rendering.Diagrams;

/// <summary>Writes indented SVG markup with every attribute and text escaped; <c>&lt;text&gt;</c> stays on one line so no stray space is drawn.</summary>
internal sealed class SvgBuilder
{
    private readonly StringBuilder _sb = new();
    private readonly Stack<string> _open = new();

    /// <summary>Opens an element that will have children.</summary>
    public void Open(string name, params (string Name, string? Value)[] attributes)
    {
        StartTag(name, attributes);
        _sb.Append(">\n");
        _open.Push(name);
    }

    /// <summary>Closes the innermost open element.</summary>
    public void Close()
    {
        var name = _open.Pop();
        Indent();
        _sb.Append("</").Append(name).Append(">\n");
    }

    /// <summary>Writes an element with no children, or with text only when <paramref name="text"/> is given.</summary>
    public void Element(string name, string? text, params (string Name, string? Value)[] attributes)
    {
        StartTag(name, attributes);
        if (text is null)
        {
            _sb.Append("/>\n");
            return;
        }

        _sb.Append('>');
        Escape(text, attribute: false);
        _sb.Append("</").Append(name).Append(">\n");
    }

    /// <summary>Writes an element whose content is text runs, each an optional <c>&lt;tspan&gt;</c>, all on one line.</summary>
    public void Runs(string name, IEnumerable<(string Text, (string Name, string? Value)[]? Span)> runs, params (string Name, string? Value)[] attributes)
    {
        StartTag(name, attributes);
        _sb.Append('>');
        foreach (var (text, span) in runs)
        {
            if (span is null)
            {
                Escape(text, attribute: false);
                continue;
            }

            _sb.Append("<tspan");
            WriteAttributes(span);
            _sb.Append('>');
            Escape(text, attribute: false);
            _sb.Append("</tspan>");
        }

        _sb.Append("</").Append(name).Append(">\n");
    }

    /// <summary>Writes pre-formatted text lines (a style sheet) indented inside the current element.</summary>
    public void Lines(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            if (line.Length > 0)
            {
                Indent();
                Escape(line, attribute: false);
            }

            _sb.Append('\n');
        }
    }

    /// <inheritdoc/>
    public override string ToString() => _open.Count == 0 ? _sb.ToString() : throw new InvalidOperationException($"<{_open.Peek()}> is still open");

    private void StartTag(string name, (string Name, string? Value)[] attributes)
    {
        Indent();
        _sb.Append('<').Append(name);
        WriteAttributes(attributes);
    }

    private void WriteAttributes((string Name, string? Value)[] attributes)
    {
        foreach (var (key, value) in attributes)
        {
            if (value is null)
            {
                continue;
            }

            _sb.Append(' ').Append(key).Append("=\"");
            Escape(value, attribute: true);
            _sb.Append('"');
        }
    }

    private void Indent() => _sb.Append(' ', 2 * _open.Count);

    private void Escape(string text, bool attribute)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': _sb.Append("&amp;"); break;
                case '<': _sb.Append("&lt;"); break;
                case '>': _sb.Append("&gt;"); break;
                case '"' when attribute: _sb.Append("&quot;"); break;
                case '\n' or '\r' or '\t' when attribute: _sb.Append(' '); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        _sb.Append(c).Append(text[++i]);
                    }
                    else if ((c < ' ' && c is not '\n' and not '\r' and not '\t') || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
                    {
                        _sb.Append('\uFFFD');
                    }
                    else
                    {
                        _sb.Append(c);
                    }

                    break;
            }
        }
    }
}
