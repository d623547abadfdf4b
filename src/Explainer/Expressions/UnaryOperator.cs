namespace Explainer.Expressions;

/// <summary>A prefix sign applied to an operand.</summary>
public enum UnaryOperator
{
    /// <summary>Negation, written "-x".</summary>
    Minus,

    /// <summary>The identity, written "+x".</summary>
    Plus,
}
