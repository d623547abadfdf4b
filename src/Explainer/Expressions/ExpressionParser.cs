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

    /// <summary>Parses <paramref name="text"/> into a program, or into diagnostics that say what to fix.</summary>
    /// <remarks>Never throws on bad input, however long or deeply nested; operator chains of any length are parsed with loops.</remarks>
    /// <param name="text">The source text.</param>
    /// <returns>The program, or <see langword="null"/> with at least one diagnostic.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static ExpressionParseResult Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new Parser(text).ParseProgram();
    }
}
