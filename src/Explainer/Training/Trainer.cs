using Explainer.Graph;
using Explainer.Networks;
using Explainer.Numbers;

namespace Explainer.Training;

/// <summary>One step of training: the network at its current parameters, its trace, its loss and every parameter's update.</summary>
/// <param name="Number">The step number t, from 1.</param>
/// <param name="Network">The network built from the parameters before the step.</param>
/// <param name="Trace">The backward trace at those parameters.</param>
/// <param name="Updates">One update per trainable parameter, in the network's parameter order.</param>
public sealed record TrainingStep(int Number, Network Network, Trace Trace, IReadOnlyList<OptimizerUpdate> Updates)
{
    /// <summary>Gets the loss before the step.</summary>
    public Real Loss => Network.Graph.Output.Value;
}

/// <summary>Several steps of an optimizer on one network, every value exact or certified.</summary>
/// <param name="Spec">The network as it started.</param>
/// <param name="Optimizer">The optimizer and its hyperparameters.</param>
/// <param name="Steps">The steps, in order.</param>
/// <param name="Final">The network after the last step (forward pass only).</param>
public sealed record TrainingRun(NetworkSpec Spec, OptimizerSettings Optimizer, IReadOnlyList<TrainingStep> Steps, Network Final)
{
    /// <summary>Gets the loss after the last step.</summary>
    public Real FinalLoss => Final.Graph.Output.Value;
}

/// <summary>Runs full-batch training steps with one of the notes' optimizers, tracing every quantity of every update.</summary>
public static class Trainer
{
    /// <summary>The most steps one run may take: each step's values are built on the last's, and all stay certified.</summary>
    public const int MaxSteps = 1000;

    /// <summary>The largest exact bias correction ρᵗ Adam keeps, in bits of numerator or denominator; beyond it the power is certified (a ball), so that a step costs the same at t = 1000 as at t = 1.</summary>
    internal const int MaxExactCorrectionBits = 256;

    /// <summary>Trains <paramref name="spec"/> for <paramref name="steps"/> steps of <paramref name="optimizer"/>.</summary>
    /// <param name="spec">The network as it starts.</param>
    /// <param name="optimizer">The optimizer and its hyperparameters.</param>
    /// <param name="steps">How many steps, 1 to <see cref="MaxSteps"/>.</param>
    /// <param name="digits">The significant digits the run's values will be shown with: the run computes at a precision
    /// that decides them (<see cref="WorkingPrecision"/>); more digits can still be asked of any value, and are proven too.</param>
    /// <remarks>
    /// Each step rebuilds the network from the current parameters, runs forward and backward, and updates every
    /// parameter the bias policy lets train (frozen biases stay). The optimizer's state (v, r, s) starts at zero.
    /// Parameters and state that are exact stay exact while small; past <see cref="WorkingPrecision.MaxExactBits"/> bits
    /// they become certified values; so a step's cost does not grow with t, but for the one raise of the run's precision
    /// that an optimizer whose enclosures widen (Adam, RMSProp) needs.
    /// </remarks>
    /// <exception cref="ArgumentException">The spec or the optimizer's settings are invalid, or steps is out of 1…<see cref="MaxSteps"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="digits"/> is not between 1 and <see cref="RealLimits.MaxDigits"/>.</exception>
    public static TrainingRun Train(NetworkSpec spec, OptimizerSettings optimizer, int steps, int digits = 30) => Train(spec, optimizer, steps, digits, null);

    /// <summary>As <see cref="Train(NetworkSpec, OptimizerSettings, int, int)"/>, calling <paramref name="onStep"/> after each step with the step and the run's precision (the benchmarks time steps and measure precision with it).</summary>
    internal static TrainingRun Train(NetworkSpec spec, OptimizerSettings optimizer, int steps, int digits, Action<TrainingStep, WorkingPrecision>? onStep)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(optimizer);
        optimizer.Validate();
        if (steps is < 1 or > MaxSteps)
        {
            throw new ArgumentException($"the number of steps must be between 1 and {MaxSteps}; got {steps}");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(digits, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(digits, RealLimits.MaxDigits);
        var precision = new WorkingPrecision(digits, steps);
        var current = spec;
        var network = NetworkBuilder.Build(current);
        var state = new Dictionary<string, Real[]>(StringComparer.Ordinal);
        var trained = new List<TrainingStep>(steps);
        for (var t = 1; t <= steps; t++)
        {
            var trace = Backward.Run(network.Graph);
            var corrections = Corrections(optimizer, t, precision);
            var updates = new List<OptimizerUpdate>(network.Trainable.Count);
            foreach (var p in network.Trainable)
            {
                if (!state.TryGetValue(p.Name, out var s))
                {
                    s = [Real.Zero, Real.Zero];
                    state[p.Name] = s;
                }

                updates.Add(Update(optimizer, t, p, trace.Gradient(p), s, corrections, precision));
            }

            var step = new TrainingStep(t, network, trace, updates);
            precision.EndStep(t, Shown(step), [.. updates.Select(u => u.New), .. state.Values.SelectMany(s => s)]);
            trained.Add(step);
            onStep?.Invoke(step, precision);
            current = NetworkBuilder.WithParameters(current, network, updates.ToDictionary(u => u.Parameter, u => u.New));
            network = NetworkBuilder.Build(current);
        }

        _ = precision.Certify(network.Graph.Output.Value);
        return new TrainingRun(spec, optimizer, trained, network);
    }

    /// <summary>Every value a step shows: the loss before it, and each update's gradient, quantities and new value.</summary>
    private static IEnumerable<Real> Shown(TrainingStep step)
    {
        yield return step.Loss;
        foreach (var u in step.Updates)
        {
            yield return u.Gradient;
            foreach (var q in u.Quantities)
            {
                yield return q.Value;
            }

            yield return u.New;
        }
    }

    /// <summary>The reciprocals of Adam's bias corrections of step t, 1/(1 − ρ₁ᵗ) and 1/(1 − ρ₂ᵗ), computed once for every parameter: exact while
    /// small, certified beyond <see cref="MaxExactCorrectionBits"/> (and then enclosed at the run precision at once).</summary>
    /// <remarks>ŝ = s · 1/(1 − ρ₁ᵗ) is then a product for each parameter, where s/(1 − ρ₁ᵗ) was a division of the run precision's
    /// size and a sign decision; the value is the same and is enclosed as tightly, but for one rounding of the shared reciprocal.</remarks>
    private static (Real First, Real Second) Corrections(OptimizerSettings o, int t, WorkingPrecision precision) => o.Kind == OptimizerKind.Adam
        ? (Reciprocal(o.Rho, t, precision), Reciprocal(o.Rho2, t, precision))
        : (Real.One, Real.One);

    private static Real Reciprocal(Real rho, int t, WorkingPrecision precision)
        => precision.Enclose(Real.One / precision.Enclose(Real.One - Real.PowCompact(rho, t, MaxExactCorrectionBits)));

    /// <summary>Applies the rule to one parameter, updating its state (v or r in slot 0; Adam's s and r in slots 0 and 1); <paramref name="corrections"/> are the reciprocals of Adam's bias corrections.</summary>
    /// <remarks>
    /// The new state and the new value are held at the run precision (<see cref="WorkingPrecision.Certify"/>) before anything
    /// is built on them. A root's argument and a divisor are enclosed at it before the root or the quotient is formed
    /// (<see cref="WorkingPrecision.Enclose"/>): both decide their operand's sign first, which would otherwise evaluate it at
    /// 64 bits and then again at the run precision.
    /// </remarks>
    internal static OptimizerUpdate Update(OptimizerSettings o, int t, Node parameter, Real g, Real[] state, (Real First, Real Second) corrections, WorkingPrecision precision)
    {
        var theta = parameter.Value;
        var epsilon = o.LearningRate;
        List<OptimizerQuantity> quantities = [];
        Real step;
        switch (o.Kind)
        {
            case OptimizerKind.Sgd:
                step = -(epsilon * g);
                quantities.Add(new("step", "\\Delta\\theta", "-\\varepsilon g", "-#0 \\times #1", [epsilon, g], step));
                break;

            case OptimizerKind.Momentum:
            {
                var v = state[0];
                state[0] = precision.Certify((o.Alpha * v) - (epsilon * g));
                quantities.Add(new("v", "v", "\\alpha v - \\varepsilon g", "#0 \\times #1 - #2 \\times #3", [o.Alpha, v, epsilon, g], state[0]));
                step = state[0];
                break;
            }

            case OptimizerKind.AdaGrad:
            {
                var r = state[0];
                state[0] = precision.Certify(r + (g * g));
                quantities.Add(new("r", "r", "r + g^2", "#0 + #1^2", [r, g], state[0]));
                step = -(epsilon / precision.Enclose(ExactMath.Sqrt(state[0]) + o.Delta) * g);
                quantities.Add(new("step", "\\Delta\\theta", "-\\frac{\\varepsilon}{\\sqrt{r} + \\delta} g", "-\\frac{#0}{\\sqrt{#1} + #2} \\times #3", [epsilon, state[0], o.Delta, g], step));
                break;
            }

            case OptimizerKind.RmsProp:
            {
                var r = state[0];
                state[0] = precision.Certify((o.Rho * r) + ((Real.One - o.Rho) * g * g));
                quantities.Add(new("r", "r", "\\rho r + (1 - \\rho) g^2", "#0 \\times #1 + (1 - #0) \\times #2^2", [o.Rho, r, g], state[0]));
                step = -(epsilon / precision.Enclose(ExactMath.Sqrt(precision.Enclose(state[0] + o.Delta))) * g);
                quantities.Add(new("step", "\\Delta\\theta", "-\\frac{\\varepsilon}{\\sqrt{r + \\delta}} g", "-\\frac{#0}{\\sqrt{#1 + #2}} \\times #3", [epsilon, state[0], o.Delta, g], step));
                break;
            }

            default:
            {
                var (s, r) = (state[0], state[1]);
                state[0] = precision.Certify((o.Rho * s) + ((Real.One - o.Rho) * g));
                state[1] = precision.Certify((o.Rho2 * r) + ((Real.One - o.Rho2) * g * g));
                var sHat = state[0] * corrections.First;
                var rHat = precision.Enclose(state[1] * corrections.Second);
                step = -(epsilon * sHat / precision.Enclose(ExactMath.Sqrt(rHat) + o.Delta));
                var correction = $"\\frac{{#0}}{{1 - #1^{{{t}}}}}";
                quantities.Add(new("s", "s", "\\rho_1 s + (1 - \\rho_1) g", "#0 \\times #1 + (1 - #0) \\times #2", [o.Rho, s, g], state[0]));
                quantities.Add(new("r", "r", "\\rho_2 r + (1 - \\rho_2) g^2", "#0 \\times #1 + (1 - #0) \\times #2^2", [o.Rho2, r, g], state[1]));
                quantities.Add(new("s_hat", "\\hat{s}", "\\frac{s}{1 - \\rho_1^t}", correction, [state[0], o.Rho], sHat));
                quantities.Add(new("r_hat", "\\hat{r}", "\\frac{r}{1 - \\rho_2^t}", correction, [state[1], o.Rho2], rHat));
                quantities.Add(new("step", "\\Delta\\theta", "-\\frac{\\varepsilon \\hat{s}}{\\sqrt{\\hat{r}} + \\delta}", "-\\frac{#0 \\times #1}{\\sqrt{#2} + #3}", [epsilon, sHat, rHat, o.Delta], step));
                break;
            }
        }

        return new OptimizerUpdate(parameter, t, theta, g, quantities, precision.Certify(theta + step));
    }
}
