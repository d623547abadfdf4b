using Explainer.Lessons;
using Explainer.Networks;

namespace Explainer.Worked;

/// <summary>What the blog post the 2-2-2 example comes from prints that the notes do not: checked on the lesson page, not typed into it.</summary>
internal static class PostValues
{
    /// <summary>Mazur's post, the source of the notes' 2-2-2 network.</summary>
    private const string Post = "Matt Mazur's “A Step by Step Backpropagation Example” (2015)";

    /// <summary>The error after the update the post prints for an example run under a bias policy, or null; the post keeps the biases fixed.</summary>
    public static PrintedValue? AfterUpdate(string id, BiasPolicy? policy)
        => id == "net-2-2-2" && policy == BiasPolicy.Frozen ? new PrintedValue("0.291027924", Post) : null;
}
