using System.Globalization;
using System.Text;

namespace Explainer.Networks;

/// <summary>Where in a <see cref="NetworkSpec"/> a problem is: a part and, as far as they apply, a sample, a layer, a row and a column, all 0-based.</summary>
/// <remarks>
/// A spec file's loader maps a location to the YAML or JSON node it was read from. For <see cref="NetworkSpecPart.Weights"/>,
/// <see cref="Layer"/> indexes the matrix (the one into layer <c>Layer + 1</c>), <see cref="Row"/> its row (a neuron of that
/// layer) and <see cref="Column"/> an entry of the row (a neuron of layer <c>Layer</c>); for <see cref="NetworkSpecPart.Biases"/>,
/// <see cref="Layer"/> indexes the vector and <see cref="Row"/> its entry; for <see cref="NetworkSpecPart.LayerSizes"/>,
/// <see cref="NetworkSpecPart.Activations"/> and the counts of matrices and vectors, <see cref="Layer"/> indexes the list; for
/// <see cref="NetworkSpecPart.Inputs"/> and <see cref="NetworkSpecPart.Targets"/>, <see cref="Sample"/> indexes the sample
/// and <see cref="Row"/> the entry of its vector.
/// Where a list is too long, the index is that of its first extra entry; where it is too short, the index is left out and the
/// location is the whole list.
/// </remarks>
/// <param name="Part">The part of the spec.</param>
/// <param name="Layer">The 0-based index of the layer, matrix or vector, or <see langword="null"/> for the whole part.</param>
/// <param name="Row">The 0-based row or entry, or <see langword="null"/>.</param>
/// <param name="Column">The 0-based column of a weight row, or <see langword="null"/>.</param>
/// <param name="Sample">The 0-based sample of an input or target vector, or <see langword="null"/> for the other parts.</param>
public readonly record struct NetworkSpecLocation(NetworkSpecPart Part, int? Layer = null, int? Row = null, int? Column = null, int? Sample = null)
{
    /// <summary>Writes the location as a path with 0-based indices, e.g. <c>Weights[0][1][2]</c> or <c>Samples[1].Inputs[2]</c>.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        if (Sample is { } s)
        {
            sb.Append(CultureInfo.InvariantCulture, $"Samples[{s}].");
        }

        sb.Append(Part.ToString());
        foreach (var index in new[] { Layer, Row, Column })
        {
            if (index is { } i)
            {
                sb.Append(CultureInfo.InvariantCulture, $"[{i}]");
            }
        }

        return sb.ToString();
    }
}
