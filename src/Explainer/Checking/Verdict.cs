namespace Explainer.Checking;

/// <summary>What a learner's answer is, judged at the precision they wrote it.</summary>
public enum Verdict
{
    /// <summary>The exact value rounds to the answer at its precision.</summary>
    Correct,

    /// <summary>Off by one in the last digit, cut off instead of rounded, or rounded too early: a note, not an error.</summary>
    Rounding,

    /// <summary>Wrong, but right given the learner's own earlier (wrong) answers: error carried forward.</summary>
    Follows,

    /// <summary>Wrong: the first wrong link, with the mistake it matches when one does.</summary>
    Wrong,

    /// <summary>The name is not a quantity of the run, or the value cannot be judged.</summary>
    Unknown,
}
