using System.Text;

namespace Explainer.Cli;

/// <summary>A table written as plain text, each column as wide as its widest cell, in Spectre's square border: for output
/// to a file or a pipe, where a table laid out for 80 columns would split every number over lines.</summary>
/// <remarks>Many tables in a row (a training run prints one a step) cost a string each, not a layout pass.</remarks>
internal static class PlainTable
{
    /// <summary>Writes the table: its title centred above it, then the header, a rule, and the rows.</summary>
    /// <param name="writer">Where the table goes.</param>
    /// <param name="title">The line above the table.</param>
    /// <param name="headers">The column headers.</param>
    /// <param name="rows">The rows, each with one cell per header.</param>
    public static void Write(TextWriter writer, string title, IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var widths = headers.Select(h => h.Length).ToArray();
        foreach (var row in rows)
        {
            if (row.Count != widths.Length)
            {
                throw new ArgumentException($"a row has {row.Count} cells for {widths.Length} columns", nameof(rows));
            }

            for (var i = 0; i < widths.Length; i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }

        var total = widths.Sum() + (3 * widths.Length) + 1;
        var text = new StringBuilder((rows.Count + 5) * (total + 1));
        var pad = Math.Max(0, (total - title.Length) / 2);
        text.Append(' ', pad).Append(title).Append('\n');
        Rule(text, widths, '┌', '┬', '┐');
        Row(text, widths, headers);
        Rule(text, widths, '├', '┼', '┤');
        foreach (var row in rows)
        {
            Row(text, widths, row);
        }

        Rule(text, widths, '└', '┴', '┘');
        writer.Write(text.ToString());
    }

    private static void Rule(StringBuilder text, int[] widths, char left, char middle, char right)
    {
        text.Append(left);
        for (var i = 0; i < widths.Length; i++)
        {
            text.Append('─', widths[i] + 2).Append(i + 1 < widths.Length ? middle : right);
        }

        text.Append('\n');
    }

    private static void Row(StringBuilder text, int[] widths, IReadOnlyList<string> cells)
    {
        text.Append('│');
        for (var i = 0; i < widths.Length; i++)
        {
            text.Append(' ').Append(cells[i]).Append(' ', widths[i] - cells[i].Length + 1).Append('│');
        }

        text.Append('\n');
    }
}
