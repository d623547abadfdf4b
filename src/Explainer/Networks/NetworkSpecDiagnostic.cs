namespace Explainer.Networks;

/// <summary>A problem with a <see cref="NetworkSpec"/>: what is wrong, in the user's terms (1-based layers, rows and entries), and where.</summary>
/// <remarks>
/// A spec held in memory has no source text, so the position is structural; whoever read the spec from a file turns it
/// into a <see cref="Diagnostics.Diagnostic"/> with the span of the node at <see cref="Location"/>.
/// </remarks>
/// <param name="Message">What is wrong, in lower case without a final period, e.g. "row 2 of weight matrix 1 has 3 entries; expected 2, one per neuron of layer 0".</param>
/// <param name="Location">The part, layer, row and column the message is about.</param>
public sealed record NetworkSpecDiagnostic(string Message, NetworkSpecLocation Location);
