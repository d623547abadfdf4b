using System.Text;

namespace Explainer.Rendering.Diagrams;

/// <summary>Where a run of text sits relative to the baseline.</summary>
internal enum Script
{
    Normal,
    Sub,
    Super,
}

/// <summary>A piece of a symbol drawn at one baseline.</summary>
internal readonly record struct TextRun(string Text, Script Script);

/// <summary>Turns a node's LaTeX symbol into plain runs: <c>out_{h1}</c> is "out" then subscript "h1".</summary>
/// <remarks>
/// Understands what node symbols use: <c>_</c> and <c>^</c> with a braced group or one token, braces, and commands,
/// which become their Unicode letter (<c>\sigma</c> is σ) or, if unknown, their name. Scripts inside scripts are
/// drawn at the inner level without going deeper. The scan is a loop with an explicit stack.
/// </remarks>
internal static class SymbolText
{
    private static readonly Dictionary<string, string> Commands = new(StringComparer.Ordinal)
    {
        ["alpha"] = "α", ["beta"] = "β", ["gamma"] = "γ", ["delta"] = "δ", ["epsilon"] = "ε", ["varepsilon"] = "ε",
        ["zeta"] = "ζ", ["eta"] = "η", ["theta"] = "θ", ["iota"] = "ι", ["kappa"] = "κ", ["lambda"] = "λ", ["mu"] = "μ",
        ["nu"] = "ν", ["xi"] = "ξ", ["pi"] = "π", ["rho"] = "ρ", ["sigma"] = "σ", ["tau"] = "τ", ["upsilon"] = "υ",
        ["phi"] = "φ", ["varphi"] = "φ", ["chi"] = "χ", ["psi"] = "ψ", ["omega"] = "ω", ["Gamma"] = "Γ", ["Delta"] = "Δ",
        ["Theta"] = "Θ", ["Lambda"] = "Λ", ["Xi"] = "Ξ", ["Pi"] = "Π", ["Sigma"] = "Σ", ["Phi"] = "Φ", ["Psi"] = "Ψ",
        ["Omega"] = "Ω", ["cdot"] = "·", ["times"] = "×", ["partial"] = "∂", ["nabla"] = "∇", ["hat"] = string.Empty,
        ["left"] = string.Empty, ["right"] = string.Empty, ["mathrm"] = string.Empty, ["text"] = string.Empty,
        ["operatorname"] = string.Empty, [","] = " ", [";"] = " ", [" "] = " ", ["{"] = "{", ["}"] = "}", ["_"] = "_",
    };

    /// <summary>Splits <paramref name="symbol"/> into runs; adjacent runs never share a script.</summary>
    public static IReadOnlyList<TextRun> Runs(string symbol)
    {
        var runs = new List<TextRun>();
        var text = new StringBuilder();
        var current = Script.Normal;
        var scopes = new Stack<Script>();
        Script? pending = null;
        var i = 0;
        while (i < symbol.Length)
        {
            var c = symbol[i];
            if (c is '_' or '^')
            {
                pending = c == '_' ? Script.Sub : Script.Super;
                i++;
                continue;
            }

            var outer = scopes.Count > 0 ? scopes.Peek() : Script.Normal;
            var script = pending is { } p && outer == Script.Normal ? p : outer;
            pending = null;
            if (c == '{')
            {
                scopes.Push(script);
                i++;
                continue;
            }

            if (c == '}')
            {
                if (scopes.Count > 0)
                {
                    scopes.Pop();
                }

                i++;
                continue;
            }

            string token;
            if (c == '\\')
            {
                var start = ++i;
                while (i < symbol.Length && char.IsAsciiLetter(symbol[i]))
                {
                    i++;
                }

                if (i == start && i < symbol.Length)
                {
                    i++;
                }

                var name = symbol[start..i];
                token = Commands.TryGetValue(name, out var mapped) ? mapped : name;
            }
            else
            {
                token = c.ToString();
                i++;
            }

            if (script != current && text.Length > 0)
            {
                runs.Add(new TextRun(text.ToString(), current));
                text.Clear();
            }

            current = script;
            text.Append(token);
        }

        if (text.Length > 0)
        {
            runs.Add(new TextRun(text.ToString(), current));
        }

        return runs;
    }

    /// <summary>Writes the runs as one line of plain text: <c>out_h1</c>, <c>W^(1)_12</c>.</summary>
    public static string Plain(IReadOnlyList<TextRun> runs)
    {
        var sb = new StringBuilder();
        foreach (var run in runs)
        {
            sb.Append(run.Script switch { Script.Sub => "_", Script.Super => "^", _ => string.Empty }).Append(run.Text);
        }

        return sb.ToString();
    }
}
