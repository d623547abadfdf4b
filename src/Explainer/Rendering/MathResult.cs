using System.Diagnostics.CodeAnalysis;

namespace Explainer.Rendering;

/// <summary>The outcome of converting one formula: exactly one of <see cref="MathMl"/> and <see cref="Error"/> is set.</summary>
/// <param name="MathMl">A complete <c>&lt;math&gt;</c> element, when the formula converted.</param>
/// <param name="Error">Why the formula did not convert (the TeX parser's message), otherwise.</param>
internal sealed record MathResult(string? MathMl, string? Error)
{
    /// <summary>Whether the formula converted, so <see cref="MathMl"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(MathMl))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => MathMl is not null;
}
