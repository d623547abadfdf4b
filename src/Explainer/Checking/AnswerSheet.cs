using System.Globalization;

namespace Explainer.Checking;

/// <summary>What reading an answers file gave: every answer in file order, each resolved to a quantity or with the reason it is none, and the errors that stop the file from being marked.</summary>
public sealed class AnswerSheet
{
    internal AnswerSheet(string fileName, IReadOnlyList<GivenAnswer> answers, IReadOnlyList<string> errors)
    {
        FileName = fileName;
        Answers = answers;
        Errors = errors;
    }

    /// <summary>Gets the file name the messages are given for, as the caller gave it.</summary>
    public string FileName { get; }

    /// <summary>Gets the answers in file order; one whose name names no quantity has a null <see cref="GivenAnswer.Key"/> and a <see cref="GivenAnswer.Problem"/>.</summary>
    public IReadOnlyList<GivenAnswer> Answers { get; }

    /// <summary>Gets the hard errors, each <c>file:line:column: message</c>, in file order; when there are any, the sheet is not marked.</summary>
    public IReadOnlyList<string> Errors { get; }

    /// <summary>Gets a value indicating whether the file was read without hard errors and holds at least one answer.</summary>
    public bool Succeeded => Errors.Count == 0 && Answers.Count > 0;

    /// <summary>Gets every answer's problem as <c>file:line:column: problem</c>, in file order.</summary>
    public IReadOnlyList<string> Problems => [.. Answers.Where(a => a.Problem is not null).Select(Format)];

    /// <summary>Gets the hard errors, then the answers' problems: everything a learner should fix.</summary>
    public IReadOnlyList<string> Messages => [.. Errors, .. Problems];

    /// <summary>Formats an answer's problem as <c>file:line:column: problem</c>, at the answer's name.</summary>
    /// <param name="answer">One of <see cref="Answers"/>, with a problem.</param>
    /// <returns>The line, e.g. "mine.txt:3:1: no quantity 'out_h3'; did you mean 'out_h1'?".</returns>
    /// <exception cref="ArgumentException">The answer has no problem.</exception>
    public string Format(GivenAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return answer.Problem is { } problem
            ? string.Create(CultureInfo.InvariantCulture, $"{FileName}:{answer.Line}:{answer.Column}: {problem}")
            : throw new ArgumentException($"the answer '{answer.Name}' has no problem", nameof(answer));
    }
}
