using System.Diagnostics.CodeAnalysis;
using Explainer.Diagnostics;
using Explainer.Expressions;

namespace Explainer.Graph;

/// <summary>Names one quantity of a run, as claims and reference tables write it: <c>value:out_h1</c>, <c>grad:w5</c>, <c>partial:out_o1/net_o1</c>, <c>path:net_o1/out_h1</c>, <c>update:w5</c>.</summary>
/// <remarks>
/// The text form is <c>kind:name</c>, or <c>kind:consumer/input</c> for the two kinds that name an edge (partial and path).
/// <see cref="TryParse"/> reads it and <see cref="ToString"/> writes it back unchanged. Names are node names: not empty,
/// without white space, ':' or '/'.
/// </remarks>
public readonly record struct QuantityKey
{
    private static readonly string[] KindNames = ["value", "grad", "partial", "path", "update"];

    private QuantityKey(QuantityKind kind, string name, string? input)
    {
        Kind = kind;
        Name = name;
        Input = input;
    }

    /// <summary>Gets what the key names.</summary>
    public QuantityKind Kind { get; }

    /// <summary>Gets the node the quantity belongs to: the node itself, or the consumer of the edge for <see cref="QuantityKind.Partial"/> and <see cref="QuantityKind.Path"/>.</summary>
    public string Name { get; }

    /// <summary>Gets the input end of the edge for <see cref="QuantityKind.Partial"/> and <see cref="QuantityKind.Path"/>; <see langword="null"/> for the other kinds.</summary>
    public string? Input { get; }

    /// <summary>Gets a value indicating whether the key names an edge (it has an <see cref="Input"/>).</summary>
    public bool IsEdge => Kind is QuantityKind.Partial or QuantityKind.Path;

    /// <summary>The value of the node named <paramref name="node"/>.</summary>
    /// <exception cref="ArgumentException">The name is not a valid node name.</exception>
    public static QuantityKey Value(string node) => new(QuantityKind.Value, Checked(node, nameof(node)), null);

    /// <summary>The output's gradient with respect to the node named <paramref name="node"/>.</summary>
    /// <exception cref="ArgumentException">The name is not a valid node name.</exception>
    public static QuantityKey Gradient(string node) => new(QuantityKind.Gradient, Checked(node, nameof(node)), null);

    /// <summary>The local partial ∂consumer/∂input.</summary>
    /// <exception cref="ArgumentException">A name is not a valid node name.</exception>
    public static QuantityKey Partial(string consumer, string input) => new(QuantityKind.Partial, Checked(consumer, nameof(consumer)), Checked(input, nameof(input)));

    /// <summary>The contribution through the edge input → consumer.</summary>
    /// <exception cref="ArgumentException">A name is not a valid node name.</exception>
    public static QuantityKey Path(string consumer, string input) => new(QuantityKind.Path, Checked(consumer, nameof(consumer)), Checked(input, nameof(input)));

    /// <summary>The value of the parameter named <paramref name="parameter"/> after the update step.</summary>
    /// <exception cref="ArgumentException">The name is not a valid node name.</exception>
    public static QuantityKey Update(string parameter) => new(QuantityKind.Update, Checked(parameter, nameof(parameter)), null);

    /// <summary>Gets the text that names <paramref name="kind"/> in a key: <c>value</c>, <c>grad</c>, <c>partial</c>, <c>path</c> or <c>update</c>.</summary>
    public static string KindName(QuantityKind kind) => kind is >= QuantityKind.Value and <= QuantityKind.Update
        ? KindNames[(int)kind]
        : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a quantity kind.");

    /// <summary>Reads a key written as <c>kind:name</c> or <c>kind:consumer/input</c>.</summary>
    /// <param name="text">The key's text.</param>
    /// <param name="key">The key, when the text is one.</param>
    /// <param name="error">What is wrong and where in <paramref name="text"/>, when it is not, e.g. "unknown quantity kind 'grd'; did you mean 'grad'?".</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a key.</returns>
    public static bool TryParse(string? text, out QuantityKey key, [NotNullWhen(false)] out Diagnostic? error)
    {
        key = default;
        error = Read(text ?? string.Empty, ref key);
        return error is null;
    }

    /// <summary>Reads a key written as <c>kind:name</c> or <c>kind:consumer/input</c>.</summary>
    /// <exception cref="FormatException">The text is not a key; the message says why.</exception>
    public static QuantityKey Parse(string text)
        => TryParse(text, out var key, out var error) ? key : throw new FormatException($"'{text}' is not a quantity: {error.Message}");

    /// <summary>Writes the key as it is read: <c>grad:w5</c>, <c>partial:out_o1/net_o1</c>.</summary>
    public override string ToString()
        => Name is null ? string.Empty : Input is null ? $"{KindName(Kind)}:{Name}" : $"{KindName(Kind)}:{Name}/{Input}";

    private static Diagnostic? Read(string text, ref QuantityKey key)
    {
        const string Forms = "write value:NAME, grad:NAME, partial:OF/BY, path:OF/BY or update:NAME";
        if (text.Length == 0)
        {
            return new Diagnostic($"empty quantity; {Forms}", new SourceSpan(0, 0));
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return new Diagnostic($"quantity '{text}' has no kind; {Forms}", new SourceSpan(0, 0));
        }

        var kindText = text[..colon];
        var kindIndex = Array.IndexOf(KindNames, kindText);
        if (kindIndex < 0)
        {
            var span = new SourceSpan(0, colon);
            if (kindText.Length == 0)
            {
                return new Diagnostic($"quantity '{text}' has no kind before ':'; {Forms}", span);
            }

            var closest = Suggestions.Closest(kindText, KindNames);
            return new Diagnostic(
                closest is not null
                    ? $"unknown quantity kind '{kindText}'; did you mean '{closest}'?"
                    : $"unknown quantity kind '{kindText}'; use value, grad, partial, path or update",
                span);
        }

        var kind = (QuantityKind)kindIndex;
        var rest = text[(colon + 1)..];
        var start = colon + 1;
        var edge = kind is QuantityKind.Partial or QuantityKind.Path;
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var form = edge ? $"{kindText}:OF/BY" : $"{kindText}:NAME";
        if (!edge && slash >= 0)
        {
            return new Diagnostic($"'{kindText}' names one node, not an edge; write {form}", new SourceSpan(start + slash, 1));
        }

        if (edge && slash < 0)
        {
            return new Diagnostic($"'{kindText}' names an edge, two nodes; write {form}", new SourceSpan(text.Length, 0));
        }

        var first = edge ? rest[..slash] : rest;
        if (NameError(first, start, form) is { } firstError)
        {
            return firstError;
        }

        if (!edge)
        {
            key = new QuantityKey(kind, first, null);
            return null;
        }

        var second = rest[(slash + 1)..];
        if (NameError(second, start + slash + 1, form) is { } secondError)
        {
            return secondError;
        }

        key = new QuantityKey(kind, first, second);
        return null;
    }

    private static Diagnostic? NameError(string name, int start, string form)
    {
        if (name.Length == 0)
        {
            return new Diagnostic($"a node name is missing; write {form}", new SourceSpan(start, 0));
        }

        var bad = Array.FindIndex(name.ToCharArray(), IsForbidden);
        return bad < 0
            ? null
            : new Diagnostic($"node name '{name}' contains {Describe(name[bad])}; write {form}", new SourceSpan(start + bad, 1));
    }

    private static bool IsForbidden(char c) => c is ':' or '/' || char.IsWhiteSpace(c);

    private static string Describe(char c) => char.IsWhiteSpace(c) ? "white space" : $"'{c}'";

    private static string Checked(string name, string parameter)
    {
        ArgumentException.ThrowIfNullOrEmpty(name, parameter);
        return name.Any(IsForbidden)
            ? throw new ArgumentException($"'{name}' is not a node name: it contains white space, ':' or '/'", parameter)
            : name;
    }
}
