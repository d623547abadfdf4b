namespace Explainer.Cli;

/// <summary>The commented starter specs <c>explainer new</c> writes: the notes' 2-2-2 network and the notes' graph J = 3(a + bc), which run as they are.</summary>
internal static class StarterSpec
{
    /// <summary>The starter network spec.</summary>
    /// <param name="schema">The schema's path relative to the file's folder, or null when the repository's <c>schemas/</c> was not found.</param>
    public static string Network(string? schema) => Header(schema) + """
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
            # names: {w1: '\omega_1'}        # how nodes are shown (TeX), keyed by their names (w1, out_h1, net_o1, …)
            claims:
              # values your own material prints, checked exactly: value:NODE, grad:NODE, partial:NODE/INPUT, update:PARAMETER
              - {printed: "0.082167041", source: "001_7a5d002ff47c9624.txt:625", quantity: "grad:w5"}
              - {printed: "0.35891648", source: "001_7a5d002ff47c9624.txt:629", quantity: "update:w5"}

            """;

    /// <summary>The starter expression spec.</summary>
    /// <param name="schema">The schema's path relative to the file's folder, or null when the repository's <c>schemas/</c> was not found.</param>
    public static string Expression(string? schema) => Header(schema) + """
        # An expression spec for explainer: the computation graph J = 3(a + bc) of the notes 003 at
        # a = 5, b = 3, c = 2, with one gradient-descent step on a and b. It runs as it is; change it to your own:
        #   explainer show FILE                 every value, local partial, gradient and update
        #   explainer golden FILE --digits 30   the same as JSON, with the claims' verdicts
        #   explainer gradcheck FILE            the gradients against finite differences
        #   explainer validate FILE             checks the file without running it
        # Numbers are read exactly as written: 0.10, .5, 1e-3 and 3/7 are exact rationals.
        kind: expression
        id: my-expression                # lower case letters, digits and dashes
        title: The computation graph J = 3(a + bc)
        summary: Three steps u = bc, v = a + u, J = 3v, and the backward pass from J to a, b and c.
        statements:                      # as explainer grad takes them, one per item; the last one is the output
          - u = b*c                      # + - * / ^, exp, log, sqrt, tanh, sigmoid, relu, softplus, swish, gelu, erf, abs,
          - v = a + u                    # leaky_relu(x, slope), elu(x, alpha), sum(…), weighted_sum(w1, x1, …, b),
          - J = 3*v                      # half_squared_error(out, target); pi and e are built in
        inputs: {a: 5, b: 3, c: 2}       # the value of every free name
        parameters: [a, b]               # which inputs are trainable (the others are data)
        # targets: [t]                   # which inputs are targets (labels) that a loss compares against
        # constants: {three: 3}          # named constants, one node each, shown by their value
        # names: {u: 'u_1'}              # how nodes are shown (TeX), keyed by their names
        rate: 0.1                        # with a rate, one gradient-descent step updates the parameters
        claims:
          # values your own material prints, checked exactly: value:NODE, grad:NODE, partial:NODE/INPUT, update:PARAMETER
          - {printed: "6", source: "003_4f5a44f30271cdbb.txt:90", quantity: "grad:b"}
          - {printed: "9", source: "003_4f5a44f30271cdbb.txt:94", quantity: "grad:c"}

        """;

    /// <summary>The first lines of a starter: the schema reference editors read, or how to add one.</summary>
    private static string Header(string? schema) => schema is null
        ? "# Point your editor at the schema for completion and checking: add a first line\n"
          + "#   # yaml-language-server: $schema=PATH/TO/explainer/schemas/example.schema.json\n"
          + "# (the schema is schemas/example.schema.json in the explainer repository).\n"
        : $"# yaml-language-server: $schema={schema}\n";
}
