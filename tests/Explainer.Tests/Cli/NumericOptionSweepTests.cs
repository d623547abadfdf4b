namespace Explainer.Tests.Cli;

/// <summary>The adversarial sweep, numeric options: absurd --digits, --steps, --rate, --epsilon, --iterations, --warmup and hyperparameters.</summary>
public sealed class NumericOptionSweepTests
{
    public static TheoryData<string, int, string> Cases => new()
    {
        { "eval|1|--digits|0", 2, "--digits must be between 1 and 10000; got 0" },
        { "eval|1|--digits|-1", 2, "--digits must be between 1 and 10000; got -1" },
        { "eval|1|--digits|10001", 2, "--digits must be between 1 and 10000; got 10001" },
        { "eval|1|--digits|1e9", 2, "--digits: '1e9' is not a whole number" },
        { "eval|1|--digits|99999999999", 2, "--digits: 99999999999 is out of range" },
        { "eval|1|--digits|abc", 2, "--digits: 'abc' is not a whole number" },
        { "eval|1|--digits|+", 2, "--digits: '+' is not a whole number" },
        { "eval|1|--digits|--5", 2, "--digits" },
        { "eval|1|--digits|-99999999999", 2, "--digits: -99999999999 is out of range" },
        { "train|net-2-2-2|--steps|99999999999", 2, "--steps: 99999999999 is out of range" },
        { "eval|1|--digits", 2, "--digits" },
        { "grad|x|x=1|--digits|0", 2, "--digits must be between 1 and 10000" },
        { "show|net-2-2-2|--digits|100000", 2, "--digits must be between 1 and 10000" },
        { "golden|net-2-2-2|--digits|2.5", 2, "--digits: '2.5' is not a whole number" },
        { "build|--digits|0", 2, "--digits must be between 1 and 10000" },
        { "gradcheck|net-2-2-2|--digits|-3", 2, "--digits must be between 1 and 10000" },
        { "train|net-2-2-2|--steps|0", 1, "the number of steps must be between 1 and 1000; got 0" },
        { "train|net-2-2-2|--steps|-1", 1, "the number of steps must be between 1 and 1000; got -1" },
        { "train|net-2-2-2|--steps|1001", 1, "the number of steps must be between 1 and 1000; got 1001" },
        { "train|net-2-2-2|--steps|1,000", 2, "--steps: '1,000' is not a whole number" },
        { "train|net-2-2-2|--steps|1e3", 2, "--steps: '1e3' is not a whole number" },
        { "train|net-2-2-2|--steps|1000|--digits|10000", 1, "the limit of steps × digits is 200,000" },
        { "train|net-2-2-2|--rate|0", 1, "the learning rate must be positive and at most 1000; got 0" },
        { "train|net-2-2-2|--rate|-5", 1, "the learning rate must be positive" },
        { "train|net-2-2-2|--rate|5000", 1, "the learning rate must be positive and at most 1000; got 5000" },
        { "train|net-2-2-2|--rate|1e100000", 1, "the learning rate must be positive and at most 1000" },
        { "train|net-2-2-2|--rate|1,5", 1, "--rate: '1,5' is not a number" },
        { "train|net-2-2-2|--rate|fast", 1, "--rate: 'fast' is not a number" },
        { "train|net-2-2-2|--optimizer|momentum|--alpha|1", 1, "alpha must be at least 0 and below 1; got 1" },
        { "train|net-2-2-2|--optimizer|rmsprop|--rho|-0.1", 1, "rho must be at least 0 and below 1; got -0.1" },
        { "train|net-2-2-2|--optimizer|adam|--rho2|1", 1, "rho2 must be at least 0 and below 1; got 1" },
        { "train|net-2-2-2|--optimizer|adagrad|--delta|0", 1, "delta must be positive and at most 1; got 0" },
        { "train|net-2-2-2|--optimizer|adam|--delta|2", 1, "delta must be positive and at most 1; got 2" },
        { "gradcheck|net-2-2-2|--epsilon|0", 1, "epsilon must be positive; got 0" },
        { "gradcheck|net-2-2-2|--epsilon|-1", 1, "epsilon must be positive; got -1" },
        { "gradcheck|net-2-2-2|--epsilon|1e-1000", 1, "epsilon must be between 1e-100 and 1; got 1e-1000" },
        { "gradcheck|net-2-2-2|--epsilon|2", 1, "epsilon must be between 1e-100 and 1; got 2" },
        { "gradcheck|net-2-2-2|--epsilon|1,5", 1, "--epsilon: '1,5' is not a number" },
        { "bench|net-2-2-2|--iterations|0", 1, "--iterations must be between 1 and 1,000,000; got 0" },
        { "bench|net-2-2-2|--iterations|1000000000", 1, "--iterations must be between 1 and 1,000,000; got 1,000,000,000" },
        { "bench|net-2-2-2|--iterations|many", 2, "--iterations: 'many' is not a whole number" },
        { "bench|net-2-2-2|--warmup|0,5", 2, "--warmup: '0,5' is not a number of seconds; write the decimal point as '.', e.g. 0.5" },
        { "bench|net-2-2-2|--warmup|-1", 1, "--warmup must be between 0 and 60 seconds; got -1" },
        { "bench|net-2-2-2|--warmup|61", 1, "--warmup must be between 0 and 60 seconds; got 61" },
        { "bench|net-2-2-2|--warmup|1e400", 2, "--warmup: '1e400' is not a number of seconds" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void AbsurdOption_IsRefused_WithAMessageNamingIt(string arguments, int exitCode, string message)
        => Sweep.Refuses(arguments, exitCode, message);
}
