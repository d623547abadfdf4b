using Explainer.Diagnostics;

namespace Explainer.Checking;

/// <summary>Turns offsets into lines and columns in one binary search each, for files with many answers.</summary>
/// <remarks>Line breaks are those of <see cref="SourcePosition.FromOffset"/>: "\n", "\r\n" and a lone "\r".</remarks>
internal sealed class LineMap
{
    private readonly List<int> _starts = [0];

    public LineMap(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                _starts.Add(i + 1);
            }
        }
    }

    /// <summary>Gets the offsets at which lines start, the first being 0.</summary>
    public IReadOnlyList<int> Starts => _starts;

    public SourcePosition Position(int offset)
    {
        var index = _starts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return new SourcePosition(line + 1, offset - _starts[line] + 1);
    }
}
