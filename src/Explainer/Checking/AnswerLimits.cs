namespace Explainer.Checking;

/// <summary>The largest answers file the reader accepts; beyond these a file is refused with the limit named.</summary>
public static class AnswerLimits
{
    /// <summary>The largest file, in bytes (1 MiB); a larger file is refused before it is read.</summary>
    public const int MaxFileBytes = 1 << 20;

    /// <summary>The most answers in one file.</summary>
    public const int MaxAnswers = 10_000;

    /// <summary>The most hard errors listed for one file; a last line says how many more there were.</summary>
    public const int MaxErrors = 100;

    /// <summary>The longest number, in characters: far more digits than anyone computes by hand.</summary>
    public const int MaxNumberLength = 100;

    /// <summary>The longest name, in characters, that is looked up; a longer one names no quantity.</summary>
    public const int MaxNameLength = 200;

    /// <summary>The most name comparisons spent on did-you-mean suggestions for one run (measured: about 0.4 s in a debug build); past it, an unknown name lists the nodes instead, so thousands of unknown names against a big graph are still answered at once.</summary>
    public const int MaxSuggestionComparisons = 100_000;
}
