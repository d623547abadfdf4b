namespace Explainer.Rendering;

/// <summary>The one seam between Explainer and a template engine: a named template applied to a view model.</summary>
public interface ITemplateRenderer
{
    /// <summary>Renders the template named <paramref name="templateName"/> (e.g. <c>lesson.md</c>) with <paramref name="model"/>.</summary>
    /// <exception cref="TemplateException">The template is missing, malformed, or names something the model lacks.</exception>
    string Render(string templateName, object model);
}
