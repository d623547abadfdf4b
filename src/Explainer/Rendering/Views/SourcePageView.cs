namespace Explainer.Rendering.Views;

/// <summary>A source file's page as its template sees it: every line, numbered, with what the lessons say of it.</summary>
/// <param name="FileName">The file's name, as citations name it.</param>
/// <param name="Title">The page's title, in the page's language.</param>
/// <param name="Language">The language of the file's text.</param>
/// <param name="Checked">How many of the lessons' claims cite the file.</param>
/// <param name="Differs">How many of those differ from the exact value.</param>
/// <param name="Lines">Every line, from the first.</param>
internal sealed record SourcePageView(string FileName, string Title, string Language, int Checked, int Differs, IReadOnlyList<SourceLineView> Lines)
{
    /// <summary>Gets how many lines the file has.</summary>
    public int LineCount => Lines.Count;
}
