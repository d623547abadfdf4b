using Explainer.Numbers;

namespace Explainer.Training;

/// <summary>The update rules of the course notes (002, lines 297–373, after Goodfellow et al., ch. 8).</summary>
public enum OptimizerKind
{
    /// <summary>θ ← θ − εg (002:297).</summary>
    Sgd,

    /// <summary>v ← αv − εg; θ ← θ + v (002:330–333).</summary>
    Momentum,

    /// <summary>r ← r + g²; θ ← θ − ε/(√r + δ)·g (002:347–349).</summary>
    AdaGrad,

    /// <summary>r ← ρr + (1 − ρ)g²; θ ← θ − ε/√(r + δ)·g (002:355–357).</summary>
    RmsProp,

    /// <summary>s ← ρ₁s + (1 − ρ₁)g; r ← ρ₂r + (1 − ρ₂)g²; ŝ, r̂ bias-corrected; θ ← θ − εŝ/(√r̂ + δ) (002:365–373, whose last line is garbled).</summary>
    Adam,
}

/// <summary>An optimizer and its hyperparameters, all exact.</summary>
/// <param name="Kind">The update rule.</param>
/// <param name="LearningRate">ε (the notes' η for plain gradient descent).</param>
/// <param name="Alpha">α, the momentum's decay (momentum only).</param>
/// <param name="Rho">ρ for RMSProp, ρ₁ for Adam.</param>
/// <param name="Rho2">ρ₂ (Adam only).</param>
/// <param name="Delta">δ, the small constant that keeps the division stable (AdaGrad, RMSProp, Adam).</param>
public sealed record OptimizerSettings(OptimizerKind Kind, Real LearningRate, Real Alpha, Real Rho, Real Rho2, Real Delta)
{
    /// <summary>The largest learning rate accepted; beyond it a step throws the weights past the range of exp.</summary>
    public static readonly Real MaxLearningRate = Real.FromFraction(1000, 1);

    /// <summary>The names <see cref="Parse"/> accepts, in the order the notes present the rules.</summary>
    public static IReadOnlyList<string> Names { get; } = ["sgd", "momentum", "adagrad", "rmsprop", "adam"];

    /// <summary>Gets the optimizer's command-line name.</summary>
    public string Name => Names[(int)Kind];

    /// <summary>Gets where the notes state the rule.</summary>
    public string Source => Kind switch
    {
        OptimizerKind.Sgd => "002_347323eec919df2e.txt:297",
        OptimizerKind.Momentum => "002_347323eec919df2e.txt:330",
        OptimizerKind.AdaGrad => "002_347323eec919df2e.txt:347",
        OptimizerKind.RmsProp => "002_347323eec919df2e.txt:355",
        _ => "002_347323eec919df2e.txt:365",
    };

    /// <summary>The settings with the textbook's defaults for everything but the learning rate: α = 0.9; ρ = 0.9 (RMSProp),
    /// ρ₁ = 0.9, ρ₂ = 0.999 (Adam); δ = 10⁻⁷ (AdaGrad), 10⁻⁶ (RMSProp), 10⁻⁸ (Adam).</summary>
    public static OptimizerSettings Defaults(OptimizerKind kind, Real learningRate) => new(
        kind,
        learningRate,
        Real.Parse("0.9"),
        Real.Parse("0.9"),
        Real.Parse("0.999"),
        Real.Parse(kind switch
        {
            OptimizerKind.AdaGrad => "1e-7",
            OptimizerKind.RmsProp => "1e-6",
            _ => "1e-8",
        }));

    /// <summary>Parses an optimizer name: sgd, momentum, adagrad, rmsprop or adam (case-insensitive).</summary>
    /// <exception cref="ArgumentException">The name is none of these.</exception>
    public static OptimizerKind Parse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        for (var i = 0; i < Names.Count; i++)
        {
            if (string.Equals(Names[i], name.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return (OptimizerKind)i;
            }
        }

        throw new ArgumentException($"unknown optimizer '{name}'; use {string.Join(", ", Names)}");
    }

    /// <summary>The hyperparameters the rule uses, as (name, symbol as the notes write it in plain text, value), the learning rate first.</summary>
    public IReadOnlyList<(string Name, string Symbol, Real Value)> Hyperparameters => Kind switch
    {
        OptimizerKind.Sgd => [("rate", "ε", LearningRate)],
        OptimizerKind.Momentum => [("rate", "ε", LearningRate), ("alpha", "α", Alpha)],
        OptimizerKind.AdaGrad => [("rate", "ε", LearningRate), ("delta", "δ", Delta)],
        OptimizerKind.RmsProp => [("rate", "ε", LearningRate), ("rho", "ρ", Rho), ("delta", "δ", Delta)],
        _ => [("rate", "ε", LearningRate), ("rho1", "ρ₁", Rho), ("rho2", "ρ₂", Rho2), ("delta", "δ", Delta)],
    };

    /// <summary>Checks the hyperparameters' ranges; throws naming the first that is out of range.</summary>
    /// <exception cref="ArgumentException">A hyperparameter is out of its range.</exception>
    public void Validate()
    {
        if (LearningRate.Sign <= 0 || LearningRate > MaxLearningRate)
        {
            throw new ArgumentException($"the learning rate must be positive and at most {MaxLearningRate}; got {LearningRate}");
        }

        foreach (var (name, _, value) in Hyperparameters.Skip(1))
        {
            if (name == "delta" ? value.Sign <= 0 || value > Real.One : value.Sign < 0 || value >= Real.One)
            {
                throw new ArgumentException(name == "delta"
                    ? $"delta must be positive and at most 1; got {value}"
                    : $"{name} must be at least 0 and below 1; got {value}");
            }
        }
    }
}
