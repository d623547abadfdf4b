namespace Explainer.Cli;

/// <summary>The commented starter spec <c>explainer new network</c> writes: the notes' 2-2-2 network, which runs as it is.</summary>
internal static class StarterSpec
{
    /// <summary>The starter network spec.</summary>
    /// <param name="schema">The schema's path relative to the file's folder, or null when the repository's <c>schemas/</c> was not found.</param>
    public static string Network(string? schema)
    {
        var header = schema is null
            ? "# Point your editor at the schema for completion and checking: add a first line\n"
              + "#   # yaml-language-server: $schema=PATH/TO/explainer/schemas/example.schema.json\n"
              + "# (the schema is schemas/example.schema.json in the explainer repository).\n"
            : $"# yaml-language-server: $schema={schema}\n";
        return header + """
            # A network spec for explainer: the 2-2-2 sigmoid network of the notes 001 (after Mazur's
            # example), one step of gradient descent with η = 0.5. It runs as it is; change it to your own:
            #   explainer show FILE                 every forward value, local partial, gradient and update
            #   explainer golden FILE --digits 30   the same as JSON, with the claims' verdicts
            #   explainer train FILE --optimizer adam --steps 3
            #   explainer validate FILE             checks the file without running it
            # Numbers are read exactly as written: 0.10, .5, 1e-3 and 3/7 are exact rationals.
            kind: network
            id: my-network                   # lower case letters, digits and dashes
            title: My 2-2-2 sigmoid network, one step of gradient descent
            summary: Two inputs, two sigmoid hidden neurons, two sigmoid outputs and the error ½Σ(target − out)².
            layers: [2, 2, 2]                # neurons per layer: layer 0 (the inputs), layer 1 (hidden), layer 2 (outputs)
            activations: [sigmoid, sigmoid]  # one per layer after the inputs: sigmoid, tanh, relu, {name: leaky_relu, alpha: 0.01},
                                             # {name: elu, alpha: 1}, softplus, swish, gelu, linear; softmax on the output
            weights:
              # one matrix per layer: one row per neuron of the layer, one column per neuron of the layer before
              - [[0.15, 0.20], [0.25, 0.30]]   # w1 w2 / w3 w4
              - [[0.40, 0.45], [0.50, 0.55]]   # w5 w6 / w7 w8
            biases: [0.35, 0.60]             # per layer: one number, or a list with one per neuron
            bias_policy: frozen              # frozen (never updated, as in the notes), shared (one per layer) or per-neuron
            samples:
              - inputs: [0.05, 0.10]
                targets: [0.01, 0.99]
              # more samples make a mini-batch; then say how their losses combine: reduction: sum (or mean)
            loss: half_sum_of_squares        # E = Σ ½(t − o)²; or mean_squared_error, softmax_cross_entropy (softmax output),
                                             # binary_cross_entropy (sigmoid output)
            learning_rate: 0.5
            # optimizer: {name: adam, hyperparameters: {rho1: 0.9, rho2: 0.999, delta: 1e-8}, steps: 3}   # for train
            # names: {w1: weight_one}        # display names, keyed by the default names (i1, h1, o1, w1, b1, …)
            claims:
              # values your own material prints, checked exactly: value:NODE, grad:NODE, partial:NODE/INPUT, update:PARAMETER
              - {printed: "0.082167041", source: "001_7a5d002ff47c9624.txt:625", quantity: "grad:w5"}
              - {printed: "0.35891648", source: "001_7a5d002ff47c9624.txt:629", quantity: "update:w5"}

            """;
    }
}
