namespace Explainer.Networks;

/// <summary>The loss a network is trained on.</summary>
public enum LossKind
{
    /// <summary>E_total = Σ ½(target − out)², one E_o per output, as in the course notes.</summary>
    HalfSumOfSquares,

    /// <summary>L = (1/n) Σ (target − out)².</summary>
    MeanSquaredError,

    /// <summary>Softmax over the output layer, then L = −Σ t ln p.</summary>
    SoftmaxCrossEntropy,

    /// <summary>E = Σ −[t ln o + (1 − t) ln(1 − o)] over the outputs, each o in (0, 1) (a sigmoid output layer).</summary>
    BinaryCrossEntropy,
}
