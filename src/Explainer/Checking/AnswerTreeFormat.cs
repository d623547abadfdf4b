using Explainer.Specs;

namespace Explainer.Checking;

/// <summary>Reads the YAML and JSON forms of an answers file: one mapping from names to numbers, numbers kept as written (quoted or not).</summary>
internal static class AnswerTreeFormat
{
    private static readonly string[] Kinds = ["value", "grad", "partial", "path", "update"];

    public static void Read(string text, bool json, AnswerErrors errors, List<RawAnswer> answers, string example)
    {
        var diagnostics = new SpecDiagnostics();
        var root = json ? JsonTreeReader.Read(text, diagnostics) : YamlTreeReader.Read(text, diagnostics);
        errors.Add(diagnostics.Sorted());
        if (root is null || root.IsNull)
        {
            return;
        }

        var shape = json ? $"{{\"{example}\": 0.25}}" : $"{example}: 0.25";
        if (root.Kind != SpecNodeKind.Mapping)
        {
            var what = root.Kind == SpecNodeKind.Sequence ? "a list" : $"'{root.Text}'";
            var hint = !json && root.IsScalar && root.Text.Contains('=', StringComparison.Ordinal)
                ? "; lines NAME = NUMBER are the text form: give the file another extension, e.g. .txt"
                : string.Empty;
            errors.Add(root.Span.Start, $"an answers file in {(json ? "JSON" : "YAML")} is a mapping of names to numbers, e.g. {shape}, not {what}{hint}");
            return;
        }

        foreach (var (key, value) in root.Entries)
        {
            var name = key.Text.Trim();
            if (name.Length == 0)
            {
                errors.Add(key.Span.Start, $"an empty name; write the quantity's name, e.g. {shape}");
            }
            else if (!value.IsScalar)
            {
                var what = value.Kind == SpecNodeKind.Sequence ? "a list" : "a mapping";
                var fix = value.Kind == SpecNodeKind.Mapping && value.Entries.Count > 0 && Kinds.Contains(name)
                    ? $"write the key whole, e.g. {(json ? $"\"{name}:{value.Entries[0].Key.Text}\": 0.25" : $"{name}:{value.Entries[0].Key.Text}: 0.25")}"
                    : $"give one number, e.g. {(json ? $"\"{name}\": 0.25" : $"{name}: 0.25")}";
                errors.Add(value.Span.Start, $"'{name}' is given {what}; {fix}");
            }
            else if (value.IsNull || value.Text.Trim().Length == 0)
            {
                errors.Add(value.Span.Length > 0 ? value.Span.Start : key.Span.Start, $"no number for '{name}'; write the value you computed, e.g. {(json ? $"\"{name}\": 0.25" : $"{name}: 0.25")}");
            }
            else
            {
                answers.Add(new RawAnswer(name, key.Span.Start, value.Text.Trim(), value.Span.Start));
            }
        }
    }
}
