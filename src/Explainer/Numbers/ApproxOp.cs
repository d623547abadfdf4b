namespace Explainer.Numbers;

/// <summary>The operation an <see cref="ApproxNode"/> applies to its operands.</summary>
internal enum ApproxOp
{
    Rational,
    Pi,
    Add,
    Sub,
    Mul,
    Div,
    AddExact,
    SubExact,
    MulExact,
    DivExact,
    Neg,
    Abs,
    PowInt,
    Exp,
    Log,
    Sqrt,
    Tanh,
    Sigmoid,
    Erf,
    ExpM1,
    Log1p,
    Softplus,
    Dot,
    Sum,
    Enclosed,
}
