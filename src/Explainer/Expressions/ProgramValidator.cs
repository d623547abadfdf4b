using Explainer.Diagnostics;

namespace Explainer.Expressions;

/// <summary>Checks the rules that span statements: each name assigned once, before use, and only the last statement bare.</summary>
internal static class ProgramValidator
{
    public static void Validate(IReadOnlyList<Statement> statements, string text, List<Diagnostic> diagnostics)
    {
        var assigned = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        var firstUse = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        for (var i = 0; i < statements.Count; i++)
        {
            var statement = statements[i];
            foreach (var node in statement.Value.PostOrder())
            {
                if (node is NameRef reference && !NamedConstants.Contains(reference.Name))
                {
                    firstUse.TryAdd(reference.Name, reference.Span);
                }
            }

            if (statement.Target is not { } target)
            {
                if (i < statements.Count - 1)
                {
                    diagnostics.Add(new Diagnostic(
                        "only the last statement can be a bare expression; assign this one to a name, as in 'y = ...', or remove it",
                        statement.Value.Span));
                }

                continue;
            }

            var message = CheckTarget(target, assigned, firstUse, text);
            if (message is not null)
            {
                diagnostics.Add(new Diagnostic(message, statement.TargetSpan));
            }

            assigned.TryAdd(target, statement.TargetSpan);
        }
    }

    private static string? CheckTarget(
        string target,
        Dictionary<string, SourceSpan> assigned,
        Dictionary<string, SourceSpan> firstUse,
        string text)
    {
        if (NamedConstants.Contains(target))
        {
            return $"'{target}' is a constant and cannot be assigned; choose another name";
        }

        if (FunctionTable.Contains(target))
        {
            return $"'{target}' is a function and cannot be assigned; choose another name";
        }

        if (assigned.TryGetValue(target, out var earlier))
        {
            return $"'{target}' is already assigned at {SourceLines.Describe(text, earlier.Start)}; each name can be assigned only once, so choose a new name";
        }

        if (firstUse.TryGetValue(target, out var use))
        {
            return $"'{target}' is used at {SourceLines.Describe(text, use.Start)} before it is assigned; assign it before its first use or choose another name";
        }

        return null;
    }
}
