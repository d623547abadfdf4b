using System.Globalization;
using Explainer.Diagnostics;

namespace Explainer.Specs;

/// <summary>What loading a spec file gave: the network or the expression, or every problem found, each at its line and column.</summary>
public sealed class SpecLoadResult
{
    private readonly string _text;

    internal SpecLoadResult(string fileName, string text, NetworkSpecFile? network, IReadOnlyList<Diagnostic> diagnostics)
    {
        FileName = fileName;
        _text = text;
        Network = network;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets the file name the diagnostics are given for.</summary>
    public string FileName { get; }

    /// <summary>Gets the loaded network, or null when there are diagnostics.</summary>
    public NetworkSpecFile? Network { get; }

    /// <summary>Gets the loaded expression, for a <c>kind: expression</c> file without problems; otherwise null.</summary>
    public ExpressionSpecFile? Expression { get; init; }

    /// <summary>Gets every problem found, in file order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Gets a value indicating whether the file loaded without problems.</summary>
    public bool Succeeded => (Network is not null || Expression is not null) && Diagnostics.Count == 0;

    /// <summary>Gets every diagnostic as one line <c>file:line:column: message</c>.</summary>
    public IReadOnlyList<string> Messages => [.. Diagnostics.Select(Format)];

    /// <summary>Formats one diagnostic as <c>file:line:column: message</c>, line and column counted from 1.</summary>
    /// <param name="diagnostic">One of <see cref="Diagnostics"/>.</param>
    /// <returns>The line, for example "my.yaml:7:5: unknown activation 'sigmod'; did you mean 'sigmoid'?".</returns>
    public string Format(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var position = SourcePosition.FromOffset(_text, Math.Min(diagnostic.Span.Start, _text.Length));
        return string.Create(CultureInfo.InvariantCulture, $"{FileName}:{position.Line}:{position.Column}: {diagnostic.Message}");
    }
}
