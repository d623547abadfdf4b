namespace Explainer.Rendering;

/// <summary>The one seam between Explainer and a template engine: a named template applied to a view model.</summary>
public interface ITemplateRenderer
{
    /// <summary>Renders the template named <paramref name="templateName"/> (e.g. <c>lesson.md</c>) with <paramref name="model"/>.</summary>
    /// <exception cref="TemplateException">The template is missing, malformed, or names something the model lacks.</exception>
    string Render(string templateName, object model);

    /// <summary>Renders the template with <paramref name="model"/>, its words from <paramref name="strings"/> (the template function <c>t</c>).</summary>
    /// <exception cref="TemplateException">The template is missing or malformed, names something the model lacks, or asks for a string the table lacks.</exception>
    string Render(string templateName, object model, Strings.StringTable? strings);

    /// <summary>The string table of <paramref name="language"/> (<c>strings/LANGUAGE.yaml</c>), from the same folders as the templates.</summary>
    /// <exception cref="TemplateException">No folder has the table, or a table does not read.</exception>
    Strings.StringTable Strings(string language);
}
