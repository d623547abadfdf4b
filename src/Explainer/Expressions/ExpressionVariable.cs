using Explainer.Graph;
using Explainer.Numbers;

namespace Explainer.Expressions;

/// <summary>A free name of an expression program, its value and its kind.</summary>
/// <param name="Name">The name.</param>
/// <param name="Value">Its exact value.</param>
/// <param name="Kind"><see cref="NodeKind.Input"/>, <see cref="NodeKind.Parameter"/> (trainable) or <see cref="NodeKind.Target"/>.</param>
public sealed record ExpressionVariable(string Name, Real Value, NodeKind Kind = NodeKind.Input);
