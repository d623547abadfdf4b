using System.Globalization;
using Explainer.Diagnostics;

namespace Explainer.Checking;

/// <summary>Collects the hard errors of one answers file and writes them as <c>file:line:column: message</c> in file order.</summary>
internal sealed class AnswerErrors(string fileName, LineMap lines)
{
    private readonly List<(int Offset, int Order, string Message)> _items = [];

    public int Count => _items.Count;

    public void Add(int offset, string message) => _items.Add((offset, _items.Count, message));

    public void Add(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic.Span.Start, diagnostic.Message);
        }
    }

    /// <summary>The errors in file order, at most <see cref="AnswerLimits.MaxErrors"/> and a line saying how many more there were.</summary>
    public IReadOnlyList<string> Formatted()
    {
        var sorted = _items.OrderBy(e => e.Offset).ThenBy(e => e.Order).ToList();
        var shown = sorted.Take(AnswerLimits.MaxErrors).Select(e => Format(e.Offset, e.Message)).ToList();
        if (sorted.Count > AnswerLimits.MaxErrors)
        {
            var more = sorted.Count - AnswerLimits.MaxErrors;
            shown.Add(Format(sorted[AnswerLimits.MaxErrors].Offset, string.Create(CultureInfo.InvariantCulture, $"{more:N0} more {(more == 1 ? "error" : "errors")} from here on; only the first {AnswerLimits.MaxErrors} are listed")));
        }

        return shown;
    }

    public string Format(int offset, string message)
    {
        var position = lines.Position(offset);
        return string.Create(CultureInfo.InvariantCulture, $"{fileName}:{position.Line}:{position.Column}: {message}");
    }
}
