namespace Explainer.Rendering;

/// <summary>Thrown when a template cannot be rendered; the message names the template file and, where known, the line.</summary>
public sealed class TemplateException : Exception
{
    /// <summary>Creates the exception with a message naming the template.</summary>
    public TemplateException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with no message.</summary>
    public TemplateException()
    {
    }

    /// <summary>Creates the exception with a message and the engine's exception.</summary>
    public TemplateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
