using System.Globalization;
using Explainer.Diagnostics;

namespace Explainer.Expressions;

/// <summary>Parses expressions and short programs such as "3*(a + b*c)" or "u = b*c; v = a + u; J = 3*v".</summary>
/// <remarks>
/// Precedence, tightest first: "^" (right-associative), unary "-" and "+", then "*" and "/", then "+" and "-";
/// so "-2^2" is "-(2^2)" and "2^3^2" is "2^(3^2)". Statements are separated by ";" or line breaks.
/// The built-in functions are exp, log, ln, sqrt, tanh, sigmoid, erf, relu, abs, softplus, swish and gelu
/// with one argument, and leaky_relu(x, slope) and elu(x, alpha) whose second argument is optional.
/// The names pi and e are constants. Numbers are digits with an optional fraction and exponent
/// ("0.15", ".5", "15.", "1e-3", "2.5E+2") and are kept as written; names are letters, digits and
/// underscores, not starting with a digit ("w_5", "out_h1", "E_total").
/// </remarks>
public static class ExpressionParser
{
    /// <summary>The deepest nesting of parentheses (groups and calls) the parser accepts.</summary>
    public const int MaxNestingDepth = 256;

    /// <summary>The most tokens (numbers, names, operators, parentheses) an input may hold: about 125,000 terms.</summary>
    /// <remarks>Every token becomes at most one graph node, and every node is a row of <c>grad</c>'s tables and a value
    /// to evaluate; past this size a run takes minutes and gigabytes, so it is refused up front.</remarks>
    public const int MaxTokens = 250_000;

    /// <summary>The longest input, in characters, that is read at all (4 MiB).</summary>
    public const int MaxLength = 4 << 20;

    /// <summary>Parses <paramref name="text"/> into a program, or into diagnostics that say what to fix.</summary>
    /// <remarks>Never throws on bad input, however long or deeply nested; operator chains of any length are parsed with loops.</remarks>
    /// <param name="text">The source text.</param>
    /// <returns>The program, or <see langword="null"/> with at least one diagnostic.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static ExpressionParseResult Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxLength)
        {
            return TooLarge(string.Create(CultureInfo.InvariantCulture, $"the input is {text.Length:N0} characters long; the limit is {MaxLength:N0}"));
        }

        var parser = new Parser(text);
        return parser.TokenCount > MaxTokens
            ? TooLarge(string.Create(CultureInfo.InvariantCulture, $"the input has {parser.TokenCount:N0} tokens (numbers, names, operators); the limit is {MaxTokens:N0}, about {MaxTokens / 2:N0} terms"))
            : parser.ParseProgram();
    }

    private static ExpressionParseResult TooLarge(string message) => new(null, [new Diagnostic(message, new SourceSpan(0, 0))]);
}
