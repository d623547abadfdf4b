using Explainer.Graph;
using Explainer.Numbers;

namespace Explainer.Training;

/// <summary>Plain stochastic gradient descent.</summary>
public static class Sgd
{
    /// <summary>Computes θ⁺ = θ − η · ∂E/∂θ for each parameter, in the order given.</summary>
    /// <remarks>θ + (−η)·g is one fused value (<see cref="Real.Dot"/>): one node and one rounding instead of two.</remarks>
    public static IReadOnlyList<ParameterUpdate> Step(Trace trace, IReadOnlyList<Node> parameters, Real learningRate)
    {
        ArgumentNullException.ThrowIfNull(trace);
        ArgumentNullException.ThrowIfNull(parameters);
        var updates = new ParameterUpdate[parameters.Count];
        var minusRate = -learningRate;
        for (var i = 0; i < updates.Length; i++)
        {
            var p = parameters[i];
            var gradient = trace.Gradient(p);
            updates[i] = new ParameterUpdate(p, p.Value, gradient, learningRate, Real.DotOf([minusRate, gradient], p.Value));
        }

        return updates;
    }
}
