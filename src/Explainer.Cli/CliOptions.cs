using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Explainer.Networks;
using Explainer.Numbers;

namespace Explainer.Cli;

/// <summary>The options several commands share, and the parsers that read numbers from a command line the same way everywhere.</summary>
internal static class CliOptions
{
    /// <summary>The most significant digits a command prints (the engine itself goes to <see cref="RealLimits.MaxDigits"/>).</summary>
    public const int MaxDigits = 10_000;

    /// <summary>The <c>--digits</c> option, read in plain digits and checked against 1…<see cref="MaxDigits"/> while the command line is parsed.</summary>
    public static Option<int> Digits(int defaultDigits) => new("--digits")
    {
        Description = string.Create(CultureInfo.InvariantCulture, $"Significant digits of every value (1 to {MaxDigits})."),
        DefaultValueFactory = _ => defaultDigits,
        CustomParser = ParseDigits,
    };

    /// <summary>The <c>--bias-policy</c> option of the network commands: no value keeps the example's own policy.</summary>
    public static Option<BiasPolicy?> BiasPolicy() => new("--bias-policy")
    {
        Description = "How biases are handled: frozen (never updated, as in the notes; the examples' default), shared (one per layer, updated) or per-neuron.",
        CustomParser = ParseBiasPolicy,
    };

    /// <summary>Reads a <c>--digits</c> value: a whole number from 1 to <see cref="MaxDigits"/>.</summary>
    public static int ParseDigits(ArgumentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!TryParseWhole("--digits", result, out var digits) || digits is >= 1 and <= MaxDigits)
        {
            return digits;
        }

        result.AddError(string.Create(CultureInfo.InvariantCulture, $"--digits must be between 1 and {MaxDigits}; got {digits}"));
        return 0;
    }

    /// <summary>Reads a <c>--bias-policy</c> value by the names <see cref="BiasPolicies"/> gives, suggesting the closest for a misspelt one.</summary>
    public static BiasPolicy? ParseBiasPolicy(ArgumentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (BiasPolicies.TryParse(text, out var policy, out var error))
        {
            return policy;
        }

        result.AddError($"--bias-policy: {error}");
        return null;
    }

    /// <summary>Reads a whole number in plain digits; <c>1e9</c>, <c>1,000</c> and numbers past 32 bits are refused by name.</summary>
    public static int ParseWhole(string option, ArgumentResult result)
    {
        TryParseWhole(option, result, out var value);
        return value;
    }

    /// <summary>Reads a whole number in plain digits, adding the error to <paramref name="result"/> and returning false when it is not one.</summary>
    private static bool TryParseWhole(string option, ArgumentResult result, out int value)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        var unsigned = text.TrimStart('-', '+');
        result.AddError(unsigned.Length > 0 && text.Length - unsigned.Length <= 1 && unsigned.All(char.IsAsciiDigit)
            ? $"{option}: {text} is out of range"
            : $"{option}: '{text}' is not a whole number, e.g. 12");
        return false;
    }

    /// <summary>Reads a number of seconds as a plain decimal (<c>0.5</c>); a comma is refused, never read as a thousands separator.</summary>
    public static double ParseSeconds(string option, ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (double.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seconds) && double.IsFinite(seconds))
        {
            return seconds;
        }

        result.AddError(text.Contains(',', StringComparison.Ordinal)
            ? $"{option}: '{text}' is not a number of seconds; write the decimal point as '.', e.g. {text.Replace(',', '.')}"
            : $"{option}: '{text}' is not a number of seconds, e.g. 2 or 0.5");
        return 0;
    }
}
