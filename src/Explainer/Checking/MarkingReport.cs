namespace Explainer.Checking;

/// <summary>Every answer of a sheet, judged, in the sheet's order.</summary>
/// <param name="Marks">One per answer.</param>
public sealed record MarkingReport(IReadOnlyList<Mark> Marks)
{
    /// <summary>Gets how many answers got each verdict.</summary>
    public IReadOnlyDictionary<Verdict, int> Counts => Enum.GetValues<Verdict>().ToDictionary(v => v, v => Marks.Count(m => m.Verdict == v));

    /// <summary>Gets a value indicating whether every answer is correct or off only by rounding.</summary>
    public bool AllRight => Marks.All(m => m.Verdict is Verdict.Correct or Verdict.Rounding);

    /// <summary>Gets a value indicating whether some name resolved to nothing.</summary>
    public bool HasUnknown => Marks.Any(m => m.Verdict == Verdict.Unknown);
}
