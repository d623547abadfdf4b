namespace Explainer.Worked;

/// <summary>A spec file named on the command line did not load: every problem, each as <c>file:line:column: message</c>.</summary>
public sealed class SpecFileException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="SpecFileException"/> class with no diagnostics.</summary>
    public SpecFileException()
        : this("the spec file did not load")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="SpecFileException"/> class with one diagnostic.</summary>
    /// <param name="message">The diagnostic line.</param>
    public SpecFileException(string message)
        : this([message])
    {
    }

    /// <summary>Initializes a new instance of the <see cref="SpecFileException"/> class with one diagnostic and its cause.</summary>
    /// <param name="message">The diagnostic line.</param>
    /// <param name="innerException">The cause.</param>
    public SpecFileException(string message, Exception innerException)
        : base(message, innerException) => Messages = [message];

    /// <summary>Initializes a new instance of the <see cref="SpecFileException"/> class with every diagnostic of a file.</summary>
    /// <param name="messages">The diagnostic lines, <c>file:line:column: message</c>, in file order.</param>
    public SpecFileException(IReadOnlyList<string> messages)
        : base(string.Join(Environment.NewLine, messages ?? throw new ArgumentNullException(nameof(messages)))) => Messages = messages;

    /// <summary>Gets every diagnostic line, in file order.</summary>
    public IReadOnlyList<string> Messages { get; }
}
