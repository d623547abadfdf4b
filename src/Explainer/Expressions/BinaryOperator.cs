namespace Explainer.Expressions;

/// <summary>An infix arithmetic operator.</summary>
public enum BinaryOperator
{
    /// <summary>Addition, written "a + b".</summary>
    Add,

    /// <summary>Subtraction, written "a - b".</summary>
    Subtract,

    /// <summary>Multiplication, written "a*b".</summary>
    Multiply,

    /// <summary>Division, written "a/b".</summary>
    Divide,

    /// <summary>Exponentiation, written "a^b"; it is right-associative.</summary>
    Power,
}
