namespace Explainer.Specs;

/// <summary>The shape of a node in a spec file's tree.</summary>
internal enum SpecNodeKind
{
    /// <summary>A single value: its text as written.</summary>
    Scalar,

    /// <summary>A list.</summary>
    Sequence,

    /// <summary>Keys and values.</summary>
    Mapping,
}
