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
}
