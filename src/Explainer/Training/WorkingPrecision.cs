using Explainer.Numbers;

namespace Explainer.Training;

/// <summary>The one precision a training run computes at, chosen from the digits it will show and raised when its values lose too many bits.</summary>
/// <remarks>
/// <para>
/// Left to themselves, a run's values are enclosed at whatever precision each reader asks for; over many steps the
/// enclosures of the later steps widen (rounding errors are amplified step after step: Adam's by about half a bit a step),
/// a display's first precision no longer decides its digits, and each retry at a higher precision recomputes the whole
/// history. Instead, every new parameter and optimizer state is held at one run precision (<see cref="Real.Certified"/>):
/// the next step is computed from enclosures of bounded size, and a step costs the same at t = 1000 as at t = 1.
/// </para>
/// <para>
/// The precision starts at what a display of the digits asks for first, plus <see cref="Margin"/>. After each step the
/// bits lost by every value the step shows are measured; when fewer than <see cref="Headroom"/> spare bits remain, the
/// precision is raised to cover the loss seen so far and the loss still to come (the recent rate of loss, over the
/// steps left), and the carried state is enclosed again from its recipes at the new precision, once. Values stay proven
/// throughout: every enclosure contains its value, and a display that needs more bits than the run kept refines.
/// </para>
/// </remarks>
internal sealed class WorkingPrecision
{
    /// <summary>The largest exact state kept exact, in bits of numerator or denominator; beyond it a value becomes a certified leaf (an exact SGD step on rationals grows its fractions about fivefold in bits a step).</summary>
    public const int MaxExactBits = 256;

    /// <summary>The bits beyond a display's first precision a run starts with.</summary>
    public const int Margin = 64;

    /// <summary>The spare bits a step must leave (beyond what its digits need and a rounding guard), or the precision is raised.</summary>
    public const int Headroom = 16;

    /// <summary>The highest run precision: beyond it, displays refine on their own.</summary>
    public const int MaxBits = RealLimits.MaxSignBits;

    /// <summary>How much faster than measured the loss of bits is forecast, when the precision is raised.</summary>
    private const double ForecastFactor = 1.5;

    /// <summary>Bits of accuracy beyond its digits a value needs for its rounding to be decided but within 2^−24 of a boundary.</summary>
    private const int RoundingGuardBits = 24;

    private readonly int _required;
    private readonly int _steps;
    private readonly List<int> _lost = [];

    /// <summary>Initializes the precision of a run of <paramref name="steps"/> steps whose values are shown to <paramref name="digits"/> significant digits.</summary>
    public WorkingPrecision(int digits, int steps)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(digits, 1);
        _required = Real.DigitBits(digits) + RoundingGuardBits;
        _steps = steps;
        Bits = Math.Max(64, Real.StartPrecision(digits)) + Margin;
    }

    /// <summary>Gets the run precision, in bits.</summary>
    public int Bits { get; private set; }

    /// <summary>Gets how many times the precision was raised.</summary>
    public int Raises { get; private set; }

    /// <summary>Gets the most bits lost by a value shown at each step so far, from step 1.</summary>
    public IReadOnlyList<int> Lost => _lost;

    /// <summary>The value held at the run precision (see <see cref="Real.Certified"/>).</summary>
    public Real Certify(Real value) => value.Certified(Bits, MaxExactBits);

    /// <summary>The value itself, an approximation enclosed at the run precision first (and keeping the enclosure), so that
    /// a sign decision on it (a division's, a root's) reads that enclosure rather than evaluating it at 64 bits first.</summary>
    public Real Enclose(Real value) => value.Enclosed(Bits);

    /// <summary>Measures the step's loss of bits over the values it shows (enclosing them at the run precision), raising the precision and enclosing <paramref name="carried"/> again when too few spare bits remain.</summary>
    /// <param name="step">The step number t, from 1.</param>
    /// <param name="shown">Every value the step shows.</param>
    /// <param name="carried">Every value the next step is computed from: the parameters and the optimizer's state.</param>
    public void EndStep(int step, IEnumerable<Real> shown, IEnumerable<Real> carried)
    {
        var lost = 0;
        foreach (var value in shown)
        {
            lost = Math.Max(lost, value.LostBits(Bits) ?? 0);
        }

        _lost.Add(lost);
        if (Bits >= MaxBits || Bits - lost >= _required + Headroom)
        {
            return;
        }

        Bits = (int)Math.Clamp(Forecast(step, lost), Bits + Margin, MaxBits);
        Raises++;
        foreach (var value in carried)
        {
            if (!value.IsExact)
            {
                _ = value.Enclose(Bits);
            }
        }
    }

    /// <summary>The precision that covers the bits lost by <paramref name="step"/> and those its rate forecasts for the steps left, with the headroom and the margin.</summary>
    private long Forecast(int step, int lost)
    {
        // The rate of loss: over the later half of the run so far (a cancellation at step 1 is a loss, not a rate), or over
        // all of it after step 1 if that is faster (counting step 1's loss as a rate forecast the 4-8-8-3 LCG network's Adam,
        // raised at t = 17 with 15 of its 60 bits lost at step 1, at 1180 bits where it needs 600; now 985). It is forecast half as fast again (Adam's loss of bits accelerates: 0.27 bits a step
        // by t = 32, 0.54 by t = 1000): a forecast short by a bit means enclosing the whole history again, one too long
        // only a few limbs more a step. Forecasting early instead (at t = 32, say) was tried: the rates there are noise, and
        // SGD, which loses 27 bits in 1000 steps, was raised to 550.
        var from = step / 2;
        var recent = (lost - (from > 0 ? _lost[from - 1] : 0)) / (double)(step - from);
        var overall = step > 1 ? (lost - _lost[0]) / (double)(step - 1) : lost;
        var rate = Math.Max(0.0, Math.Max(recent, overall));
        var coming = ForecastFactor * rate * (_steps - step);
        return (long)Math.Ceiling(_required + Headroom + lost + coming) + Margin;
    }
}
