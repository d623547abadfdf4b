namespace Explainer.Expressions;

/// <summary>Compares expression trees without recursion, so deep trees cannot overflow the stack.</summary>
internal static class ExprEquality
{
    public static bool AreEqual(Expr first, Expr? second, bool compareSpans)
    {
        if (second is null)
        {
            return false;
        }

        var pending = new Stack<(Expr, Expr)>();
        pending.Push((first, second));
        while (pending.Count > 0)
        {
            var (a, b) = pending.Pop();
            if (ReferenceEquals(a, b))
            {
                continue;
            }

            // Hash codes are cached and include spans, so they reject most differing trees at once.
            if (compareSpans && (a.Span != b.Span || a.GetHashCode() != b.GetHashCode()))
            {
                return false;
            }

            if (!a.HasSameLabel(b))
            {
                return false;
            }

            for (var i = 0; i < a.ChildCount; i++)
            {
                pending.Push((a.GetChild(i), b.GetChild(i)));
            }
        }

        return true;
    }
}
