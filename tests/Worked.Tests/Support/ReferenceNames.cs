using System.Text.RegularExpressions;
using Explainer.Graph;

namespace Explainer.Worked.Tests.Support;

/// <summary>Translates the reference files' names into our quantity keys (see <see cref="WorkedRun.Resolve"/>).</summary>
/// <remarks>
/// <c>X+</c> is the update of X; <c>dOUT/dX</c>, where OUT is the example's output, is the gradient (adjoint) of X;
/// <c>dE_oK/dout_hJ</c> is the contribution through the edge out_hJ → net_oK (∂E_total/∂net_oK · w, which equals
/// ∂E_oK/∂out_hJ because E_oK is the only error fed by net_oK); any other <c>dA/dB</c> is the local partial of A
/// with respect to its input B; anything else is a node's value. In the logistic graph the reference calls h6 <c>f</c>.
/// </remarks>
internal static partial class ReferenceNames
{
    public static QuantityKey ToQuantity(string exampleId, string name)
    {
        var output = exampleId switch
        {
            "net-2-2-2" => "E_total",
            "j-graph" => "J",
            "logistic-graph" => "f",
            "linear-chain" => "L",
            _ => throw new ArgumentException($"no reference naming for example '{exampleId}'", nameof(exampleId)),
        };

        string Node(string n) => exampleId == "logistic-graph" && n == "f" ? "h6" : n;

        if (name.EndsWith('+'))
        {
            return QuantityKey.Update(name[..^1]);
        }

        var derivative = Derivative().Match(name);
        if (!derivative.Success)
        {
            return QuantityKey.Value(Node(name));
        }

        var of = derivative.Groups["of"].Value;
        var wrt = derivative.Groups["wrt"].Value;
        if (of == output)
        {
            return QuantityKey.Gradient(Node(wrt));
        }

        var error = OutputError().Match(of);
        return error.Success && wrt.StartsWith("out_h", StringComparison.Ordinal)
            ? QuantityKey.Path($"net_o{error.Groups["k"].Value}", wrt)
            : QuantityKey.Partial(Node(of), Node(wrt));
    }

    [GeneratedRegex("^d(?<of>[^/]+)/d(?<wrt>.+)$")]
    private static partial Regex Derivative();

    [GeneratedRegex("^E_o(?<k>[0-9]+)$")]
    private static partial Regex OutputError();
}
