namespace Explainer.Rendering.Views;

/// <summary>Breaks an equation into rows that fit a phone's width: one form per row (rule, numbers, result), and a long form at its top-level + or ×.</summary>
/// <remarks>
/// Widths are estimated in characters as the formula shows them (a fraction is as wide as its wider part, sub- and
/// superscripts count 0.7, commands such as <c>\left</c> nothing). Measured in Chromium, one estimated character is
/// about 9.3 px of a 17 px formula, and a 390 px screen leaves 366 px, about 39 characters: a whole row, the target and
/// its "=" included, gets <see cref="RowWidth"/>, a little less, since Chinese pages' fonts run wider. Every row of an
/// aligned equation starts after the target's column, so each gets the room the target leaves. A form breaks when it is
/// wider than that or has more than <see cref="RowPieces"/> terms (or factors, when it is a single term); an interval
/// <c>[a, b]</c> breaks after its comma.
/// </remarks>
internal static class EquationLayout
{
    /// <summary>The widest row, in estimated characters.</summary>
    public const double RowWidth = 40;

    /// <summary>The least room a row gets, however wide its target: below it a formula is broken into more rows than it helps.</summary>
    private const double MinimumRoom = 20;

    /// <summary>The width of "= " (or of "\quad" on a row that continues the one above).</summary>
    private const double EqualsWidth = 1;

    /// <summary>The most terms or factors on one row.</summary>
    public const int RowPieces = 3;

    private static readonly string[] Additive = [" + ", " - "];

    private static readonly string[] Multiplicative = [" \\times ", " \\cdot "];

    /// <summary>The equation <c>target = forms[0] = forms[1] = …</c>, empty forms and repeats of the form before (up to a negative number's parentheses) left out.</summary>
    public static EquationView Of(string target, IEnumerable<string> forms)
    {
        var kept = new List<string>();
        foreach (var form in forms)
        {
            if (form.Length > 0 && (kept.Count == 0 || Bare(kept[^1]) != Bare(form)))
            {
                kept.Add(form);
            }
        }

        var row = string.Join(" = ", kept);
        var room = Math.Max(MinimumRoom, RowWidth - Width(target) - EqualsWidth);
        if (kept.Count == 0 || (Width(row) <= room && kept.All(f => Pieces(f).Count <= RowPieces)))
        {
            return new EquationView(target, [new EquationRow(row, false)]);
        }

        var rows = new List<EquationRow>();
        foreach (var form in kept)
        {
            var line = new List<string>();
            var width = 0.0;
            var continues = false;
            foreach (var piece in Pieces(form))
            {
                var w = Width(piece);
                if (line.Count > 0 && (line.Count == RowPieces || width + w > room - (continues ? EqualsWidth : 0)))
                {
                    Flush(rows, line, continues, room);
                    line.Clear();
                    width = 0;
                    continues = true;
                }

                line.Add(piece.Trim());
                width += w;
            }

            Flush(rows, line, continues, room);
        }

        return new EquationView(target, rows);
    }

    /// <summary>Adds a row of pieces; a single piece still too wide for the row (a nested product, an interval) is broken inside, over several rows.</summary>
    private static void Flush(List<EquationRow> rows, List<string> line, bool continues, double room)
    {
        var tex = string.Join(" ", line);
        if (line.Count > 1 || Width(tex) <= room - (continues ? EqualsWidth : 0))
        {
            rows.Add(new EquationRow(tex, continues));
            return;
        }

        var parts = Interval(tex) is { Count: 2 } halves ? halves : BreakInside(tex, room - EqualsWidth);
        for (var i = 0; i < parts.Count; i++)
        {
            rows.Add(new EquationRow(parts[i], continues || i > 0));
        }
    }

    /// <summary>A form without the parentheses that set a negative number apart: <c>\left(-1\right)</c> says no more than <c>-1</c>.</summary>
    private static string Bare(string form) => form.Replace("\\left(", string.Empty, StringComparison.Ordinal).Replace("\\right)", string.Empty, StringComparison.Ordinal);

    /// <summary>The estimated width of a TeX formula as shown, in characters.</summary>
    internal static double Width(string tex)
    {
        var w = 0.0;
        var i = 0;
        while (i < tex.Length)
        {
            var ch = tex[i];
            if (ch == '\\')
            {
                var start = ++i;
                while (i < tex.Length && char.IsAsciiLetter(tex[i]))
                {
                    i++;
                }

                var name = tex[start..i];
                if (name.Length == 0)
                {
                    i++;
                    w += 0.5;
                }
                else if (name is "frac" or "tfrac")
                {
                    var top = Group(tex, ref i);
                    var bottom = Group(tex, ref i);
                    w += Math.Max(Width(top), Width(bottom)) * (name == "tfrac" ? 0.7 : 1);
                }
                else if (name is not ("left" or "right" or "mathrm" or "operatorname" or "text"))
                {
                    w += name is "quad" ? 2 : name is "ln" or "max" or "exp" or "tanh" ? name.Length : 1;
                }

                continue;
            }

            if (ch is '^' or '_')
            {
                i++;
                w += 0.7 * Width(Group(tex, ref i));
                continue;
            }

            w += ch switch { '{' or '}' => 0, ' ' => 0.3, _ => 1 };
            i++;
        }

        return w;
    }

    /// <summary>A form split at its top-level + and − (its terms), or, when it is one term, at its top-level × and · (its factors); every piece but the first starts with its operator.</summary>
    internal static List<string> Pieces(string form)
    {
        var terms = Split(form, Additive);
        return terms.Count > 1 ? terms : Split(form, Multiplicative);
    }

    /// <summary>
    /// A piece still wider than <paramref name="room"/> (a product whose last factor nests, as GELU's
    /// <c>0.5x\left(1 + \tanh\left(…\right)\right)</c> does), broken at the + − · × nearest the room's edge inside
    /// its parentheses: each part closes the <c>\left</c>s still open with <c>\right.</c> and the next reopens them with
    /// <c>\left.</c>, so that every row is TeX of its own. Never inside a brace group (a root, a script, a fraction).
    /// </summary>
    internal static List<string> BreakInside(string piece, double room)
    {
        var parts = new List<string>();
        var rest = piece;
        while (Width(rest) > room && Cut(rest, room) is var (at, open) && at > 0)
        {
            var next = open == 0 ? rest[(at + 1)..] : string.Concat(Enumerable.Repeat("\\left.", open)) + " " + rest[(at + 1)..];
            if (Width(next) >= Width(rest))
            {
                break; // a cut that leaves no less to lay out helps nothing
            }

            parts.Add(rest[..at].TrimEnd() + string.Concat(Enumerable.Repeat("\\right.", open)));
            rest = next;
        }

        parts.Add(rest);
        return parts;
    }

    /// <summary>Where to cut <paramref name="piece"/>: of the operators outside braces whose left part fits <paramref name="room"/>, the least deeply nested, the last of those (else the first operator), and how many <c>\left</c>s are open there; (0, 0) for nowhere.</summary>
    private static (int At, int Open) Cut(string piece, double room)
    {
        var braces = 0;
        var lefts = 0;
        var parens = 0;
        var bestDepth = int.MaxValue;
        (int At, int Open) first = (0, 0), best = (0, 0);
        for (var i = 0; i < piece.Length; i++)
        {
            var ch = piece[i];
            if (ch == '\\')
            {
                if (string.CompareOrdinal(piece, i, "\\left", 0, 5) == 0)
                {
                    lefts++;
                }
                else if (string.CompareOrdinal(piece, i, "\\right", 0, 6) == 0)
                {
                    lefts--;
                }

                continue;
            }

            braces += ch switch { '{' => 1, '}' => -1, _ => 0 };
            parens += ch switch { '(' or '[' => 1, ')' or ']' => -1, _ => 0 };
            if (braces != 0 || ch != ' ' || i == 0 || piece[..i].Trim().Length == 0 || piece[..i].TrimEnd().EndsWith("\\left.", StringComparison.Ordinal)
                || (Additive.Concat(Multiplicative).FirstOrDefault(o => string.CompareOrdinal(piece, i, o, 0, o.Length) == 0) is null))
            {
                continue;
            }

            if (first.At == 0)
            {
                first = (i, lefts);
            }

            if (parens <= bestDepth && Width(piece[..i]) <= room)
            {
                best = (i, lefts);
                bestDepth = parens;
            }
        }

        return best.At > 0 ? best : first;
    }

    /// <summary>An interval <c>\left[a,\ b\right]</c> as its two halves, <c>\left[a,\right.</c> and <c>\left. b\right]</c> (each with its own delimiters, as a row of aligned math needs); any other form whole.</summary>
    private static List<string> Interval(string form)
    {
        const string open = "\\left[", close = "\\right]", comma = ",\\ ";
        if (!form.StartsWith(open, StringComparison.Ordinal) || !form.EndsWith(close, StringComparison.Ordinal))
        {
            return [form];
        }

        var at = form.IndexOf(comma, StringComparison.Ordinal);
        if (at < 0 || form.IndexOf(comma, at + 1, StringComparison.Ordinal) >= 0)
        {
            return [form];
        }

        return [form[..(at + 1)] + "\\right.", "\\left. " + form[(at + comma.Length)..]];
    }

    private static List<string> Split(string form, string[] operators)
    {
        var pieces = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < form.Length; i++)
        {
            var ch = form[i];
            if (ch is '{' or '(' or '[')
            {
                depth++;
                continue;
            }

            if (ch is '}' or ')' or ']')
            {
                depth--;
                continue;
            }

            if (depth == 0 && i > start && operators.FirstOrDefault(o => string.CompareOrdinal(form, i, o, 0, o.Length) == 0) is { } op)
            {
                pieces.Add(form[start..i]);
                start = i + 1;
                i += op.Length - 2;
            }
        }

        pieces.Add(form[start..]);
        return pieces;
    }

    /// <summary>Reads a brace group (or a single character) at <paramref name="i"/>, skipping spaces before it.</summary>
    private static string Group(string tex, ref int i)
    {
        while (i < tex.Length && tex[i] == ' ')
        {
            i++;
        }

        if (i >= tex.Length)
        {
            return string.Empty;
        }

        if (tex[i] != '{')
        {
            return tex[i++].ToString();
        }

        var depth = 0;
        var start = i;
        for (; i < tex.Length; i++)
        {
            depth += tex[i] switch { '{' => 1, '}' => -1, _ => 0 };
            if (depth == 0)
            {
                i++;
                return tex[(start + 1)..(i - 1)];
            }
        }

        return tex[(start + 1)..];
    }
}
