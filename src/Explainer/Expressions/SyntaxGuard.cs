namespace Explainer.Expressions;

/// <summary>Checks the arguments of the public syntax-node constructors, so every tree can be printed and parsed back.</summary>
internal static class SyntaxGuard
{
    public static string NumberLiteral(string text, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(text, parameterName);
        return Lexer.IsNumberLiteral(text)
            ? text
            : throw new ArgumentException($"'{text}' is not a number literal such as 0.15, .5 or 1e-3.", parameterName);
    }

    public static string Identifier(string name, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(name, parameterName);
        return Lexer.IsIdentifier(name)
            ? name
            : throw new ArgumentException($"'{name}' is not an identifier such as x, w_5 or E_total.", parameterName);
    }

    public static T Defined<T>(T value, string parameterName)
        where T : struct, Enum =>
        Enum.IsDefined(value)
            ? value
            : throw new ArgumentOutOfRangeException(parameterName, value, $"Not a defined {typeof(T).Name}.");

    public static Expr Node(Expr node, string parameterName) =>
        node ?? throw new ArgumentNullException(parameterName);

    public static IReadOnlyList<Expr> Nodes(IReadOnlyList<Expr> nodes, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(nodes, parameterName);
        var copy = new Expr[nodes.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = nodes[i] ?? throw new ArgumentException("The list contains a null node.", parameterName);
        }

        return Array.AsReadOnly(copy);
    }
}
