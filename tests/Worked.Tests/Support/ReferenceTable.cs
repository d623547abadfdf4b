using System.Globalization;

namespace Explainer.Worked.Tests.Support;

/// <summary>Reads a reference file (<c>Data/*.tsv</c>): '#' comments, then tab-separated <c>policy name digits mantissa exponent</c>.</summary>
internal static class ReferenceTable
{
    /// <exception cref="FormatException">A row is malformed, or a (policy, name) pair repeats.</exception>
    public static IReadOnlyDictionary<(string Policy, string Name), ReferenceRow> Load(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Data", file);
        var rows = new Dictionary<(string, string), ReferenceRow>();
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var where = $"{file}:{i + 1}";
            var cells = line.Split('\t');
            if (cells.Length != 5)
            {
                throw new FormatException($"{where}: expected 5 tab-separated columns, got {cells.Length}");
            }

            var row = new ReferenceRow(
                cells[0],
                cells[1],
                int.Parse(cells[2], CultureInfo.InvariantCulture),
                cells[3],
                int.Parse(cells[4], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
                i + 1);
            if (row.Mantissa.TrimStart('-').Length != row.Digits || !row.Mantissa.TrimStart('-').All(char.IsAsciiDigit))
            {
                throw new FormatException($"{where}: the mantissa should be {row.Digits} digits");
            }

            if (!rows.TryAdd((row.Policy, row.Name), row))
            {
                throw new FormatException($"{where}: {row.Policy} {row.Name} is already given on line {rows[(row.Policy, row.Name)].Line}");
            }
        }

        return rows;
    }
}
