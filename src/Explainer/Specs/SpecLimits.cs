namespace Explainer.Specs;

/// <summary>The largest spec the loader accepts; beyond these a file is refused with the limit named.</summary>
/// <remarks>Values are exact, so the cost of a step grows with every weight and sample: these keep one run within seconds.</remarks>
public static class SpecLimits
{
    /// <summary>The largest file, in bytes (1 MiB).</summary>
    public const int MaxFileBytes = 1 << 20;

    /// <summary>The most layers, the input layer included.</summary>
    public const int MaxLayers = 16;

    /// <summary>The most neurons in one layer.</summary>
    public const int MaxNeuronsPerLayer = 256;

    /// <summary>The most weights in the whole network.</summary>
    public const int MaxWeights = 10_000;

    /// <summary>The most samples in a mini-batch.</summary>
    public const int MaxSamples = 1_000;

    /// <summary>The most weights times samples: the multiply-adds of one step's forward passes (measured: 87 samples of a 2-32-32-2 network, 100,224, build and one gradient to 30 digits in about 1.3 s).</summary>
    public const int MaxBatchWeights = 100_000;

    /// <summary>The most optimizer steps.</summary>
    public const int MaxSteps = 10_000;

    /// <summary>The most statements of a <c>kind: expression</c> spec.</summary>
    public const int MaxStatements = 10_000;

    /// <summary>The most nodes of an expression's graph (inputs, constants and every operation).</summary>
    public const int MaxGraphNodes = 100_000;

    /// <summary>The most claims in one file.</summary>
    public const int MaxClaims = 1_000;

    /// <summary>The deepest nesting of lists and mappings.</summary>
    public const int MaxDepth = 32;

    /// <summary>The most diagnostics reported for one file; later ones are dropped.</summary>
    public const int MaxDiagnostics = 100;
}
