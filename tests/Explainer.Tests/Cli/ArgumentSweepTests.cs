namespace Explainer.Tests.Cli;

/// <summary>The adversarial sweep, arguments: unknown commands and examples, missing and extra arguments, malformed bindings.</summary>
public sealed class ArgumentSweepTests
{
    public static TheoryData<string, int, string> Cases => new()
    {
        { "frobnicate", 2, "Unrecognized command or argument 'frobnicate'" },
        { "eval", 2, "Required argument 'expression' missing for command: 'eval'" },
        { "list|specs|extra", 2, "Unrecognized command or argument 'extra'" },
        { "list|extra", 1, "no such folder 'extra'" },
        { "show|missing.yaml", 2, "missing.yaml:1:1: no such file" },
        { "eval|1|--colour", 2, "Unrecognized command or argument '--colour'" },
        { "show|net-9-9-9", 1, "no worked example 'net-9-9-9'; known: linear-chain, j-graph, logistic-graph, and-neuron, net-2-2-2" },
        { "golden|net222", 1, "no worked example 'net222'" },
        { "train|j-graph", 1, "j-graph is an expression graph with nothing to train" },
        { "gradcheck|logistic-graph|--bias-policy|frozen", 1, "logistic-graph is an expression graph and has no biases; --bias-policy applies to networks only" },
        { "show|net-2-2-2|--bias-policy|none", 2, "--bias-policy: unknown bias policy 'none'; use frozen, shared or per-neuron" },
        { "golden|net-2-2-2|--bias-policy|frozn", 2, "--bias-policy: unknown bias policy 'frozn'; did you mean 'frozen'?" },
        { "train|net-2-2-2|--bias-policy|per_neuron", 2, "--bias-policy: unknown bias policy 'per_neuron'; did you mean 'per-neuron'?" },
        { "gradcheck|net-2-2-2|--bias-policy|Shared", 2, "--bias-policy: unknown bias policy 'Shared'; did you mean 'shared'?" },
        { "show|net-2-2-2|--bias-policy", 2, "--bias-policy" },
        { "train|net-2-2-2|--optimizer|adamw", 1, "unknown optimizer 'adamw'" },
        { "build|--format|pdf", 1, "--format takes md, html or md,html; got 'pdf'" },
        { "grad|x*y|x", 1, "'x' is not a value: write name=value, e.g. a=5" },
        { "grad|x|=5", 1, "'=5' is not a value" },
        { "grad|x|x=abc", 1, "the value of x: 'abc' is not a number" },
        { "grad|x|x=1|x=2", 1, "'x' is given twice" },
        { "grad|x|x=1|y=2", 1, "the variable 'y' is given a value but the expression does not use it" },
        { "grad|y = 2*x|x=1|y=7", 1, "'y' is computed by the statement 'y = …'; it cannot also be given a value" },
        { "grad|x*y|x=1", 1, "unknown name 'y'" },
        { "eval|1/0", 1, "division by zero" },
        { "eval|log(-1)", 1, "log is defined for x > 0" },
        { "eval|sqrt(-2)", 1, "sqrt is defined for x ≥ 0" },
        { "eval|(-8)^(1/3)", 1, "defined for x > 0; got a negative base" },
        { "eval|sigmod(1)", 1, "sigmod" },
        { "eval|1 +* 2", 1, "error at column" },
        { "eval|((((1)", 1, "error at column" },
        { "eval|", 1, "empty input" },
        { "eval|1/3|--fraction|--digits|0", 2, "--digits must be between 1 and 10000" },
        { "eval|pi|--fraction", 1, "--fraction needs an exact value" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void MalformedCommandLine_IsRefused_WithAMessageSayingWhat(string arguments, int exitCode, string message)
        => Sweep.Refuses(arguments, exitCode, message);
}
