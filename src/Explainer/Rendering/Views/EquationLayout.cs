namespace Explainer.Rendering.Views;

/// <summary>Breaks an equation into rows that fit a phone's width: one form per row (rule, numbers, result), and a long form at its top-level + or ×.</summary>
/// <remarks>
/// Widths are estimated in characters as the formula shows them (a fraction is as wide as its wider part, sub- and
/// superscripts count 0.7, commands such as <c>\left</c> nothing): a row of <see cref="RowWidth"/> fits about 30 em,
/// which is what a 390 px screen leaves for a formula. A form breaks when it is wider than that or has more than
/// <see cref="RowPieces"/> terms (or factors, when it is a single term).
/// </remarks>
internal static class EquationLayout
{
    /// <summary>The widest row, in estimated characters.</summary>
    public const double RowWidth = 40;

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
        if (kept.Count <= 1 || (Width(target) + Width(row) + 1 <= RowWidth && kept.All(f => Pieces(f).Count <= RowPieces)))
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
                if (line.Count > 0 && (line.Count == RowPieces || width + w > RowWidth))
                {
                    rows.Add(new EquationRow(string.Join(" ", line), continues));
                    line.Clear();
                    width = 0;
                    continues = true;
                }

                line.Add(piece.Trim());
                width += w;
            }

            rows.Add(new EquationRow(string.Join(" ", line), continues));
        }

        return new EquationView(target, rows);
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
