using Explainer.Diagnostics;

namespace Explainer.Specs;

/// <summary>Collects the problems found in one spec file, each once, at most <see cref="SpecLimits.MaxDiagnostics"/>.</summary>
internal sealed class SpecDiagnostics
{
    private readonly List<Diagnostic> _items = [];
    private readonly HashSet<(int, string)> _seen = [];

    public int Count => _items.Count;

    /// <summary>Gets or sets a value indicating whether the tree could not be read whole, so that checking it would only report the gap.</summary>
    public bool Incomplete { get; set; }

    /// <summary>Gets a value indicating whether something was already reported starting at <paramref name="offset"/>.</summary>
    public bool HasAt(int offset) => _items.Any(d => d.Span.Start == offset);

    public void Add(SourceSpan span, string message)
    {
        if (_items.Count < SpecLimits.MaxDiagnostics && _seen.Add((span.Start, message)))
        {
            _items.Add(new Diagnostic(message, span));
        }
    }

    public void Add(SpecNode node, string message) => Add(node.Span, message);

    /// <summary>The diagnostics in file order (stable for equal positions).</summary>
    public IReadOnlyList<Diagnostic> Sorted() => [.. _items.OrderBy(d => d.Span.Start)];
}
