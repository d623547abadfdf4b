using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using Explainer.Graph;
using Explainer.Networks;
using Explainer.Training;

namespace Explainer.Checking;

/// <summary>Reads a learner's answers file and resolves every name in it to a quantity of one run.</summary>
/// <remarks>
/// <para>A <c>.yaml</c>/<c>.yml</c> or <c>.json</c> file is one mapping from names to numbers (<c>{"grad:w5": "0.0822"}</c>);
/// any other file is the text form, one <c>name = number</c> a line, with <c>#</c> comments and blank lines:</para>
/// <code>
/// out_h1 = 0.59327
/// dE/dw5 = 0.0822      # also ∂E_total/∂w5, grad:w5
/// w5+ = 0.3589         # also w5⁺, update:w5
/// </code>
/// <para>Names are resolved by <see cref="QuantityNames"/>; numbers are plain decimals kept as written (see <c>AnswerNumbers</c>).
/// A name that names no quantity is an answer with a problem; everything else that is wrong (the file itself, a number, a
/// missing '=', the same quantity twice) is a hard error, all reported at once as <c>file:line:column: message</c>.</para>
/// </remarks>
public static class AnswerSheetReader
{
    /// <summary>Reads an answers file; the file is refused unread when it is larger than <see cref="AnswerLimits.MaxFileBytes"/>.</summary>
    /// <param name="path">The file; messages name it as given.</param>
    /// <param name="trace">The run the answers are about.</param>
    /// <param name="updates">The run's parameter updates.</param>
    /// <param name="policy">The network's bias policy, so that a frozen bias's update is explained; null for an expression graph.</param>
    /// <returns>The answers, or the errors.</returns>
    public static AnswerSheet Load(string path, Trace trace, IReadOnlyList<ParameterUpdate> updates, BiasPolicy? policy = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        byte[] bytes;
        try
        {
            if (Directory.Exists(path))
            {
                return Failed(path, "this is a folder, not an answers file; give the path of the file");
            }

            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return Failed(path, "no such file");
            }

            if (info.Length > AnswerLimits.MaxFileBytes)
            {
                return Failed(path, TooLarge(info.Length));
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return Failed(path, "cannot read the file: " + e.Message.TrimEnd('.'));
        }

        return bytes.Length > AnswerLimits.MaxFileBytes ? Failed(path, TooLarge(bytes.Length))
            : Decode(bytes, path, out var text) is { } error ? new AnswerSheet(path, [], [error])
            : Parse(text, path, trace, updates, policy);
    }

    /// <summary>Reads the text of an answers file.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="fileName">The name messages give; its extension picks the form (<c>.yaml</c>, <c>.yml</c>, <c>.json</c>, else text).</param>
    /// <param name="trace">The run the answers are about.</param>
    /// <param name="updates">The run's parameter updates.</param>
    /// <param name="policy">The network's bias policy, or null.</param>
    /// <returns>The answers, or the errors.</returns>
    public static AnswerSheet Parse(string text, string fileName, Trace trace, IReadOnlyList<ParameterUpdate> updates, BiasPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fileName);
        var names = new QuantityNames(trace, updates, policy);
        if (text.Length > AnswerLimits.MaxFileBytes || Encoding.UTF8.GetByteCount(text) > AnswerLimits.MaxFileBytes)
        {
            return Failed(fileName, TooLarge(Encoding.UTF8.GetByteCount(text)));
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return Failed(fileName, Binary);
        }

        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var lines = new LineMap(text);
        var errors = new AnswerErrors(fileName, lines);
        var raw = new List<RawAnswer>();
        var example = names.ExampleName;
        var format = Format(fileName);
        if (format == AnswerFormat.Text)
        {
            AnswerTextFormat.Read(text, lines, errors, raw, example);
        }
        else
        {
            AnswerTreeFormat.Read(text, format == AnswerFormat.Json, errors, raw, example);
        }

        if (raw.Count == 0 && errors.Count == 0)
        {
            errors.Add(0, format switch
            {
                AnswerFormat.Text => $"no answers: write one per line, e.g. {example} = 0.25",
                AnswerFormat.Json => $"no answers: write one mapping of names to numbers, e.g. {{\"{example}\": 0.25}}",
                _ => $"no answers: write one per line, e.g. {example}: 0.25",
            });
        }

        if (raw.Count > AnswerLimits.MaxAnswers)
        {
            errors.Add(raw[AnswerLimits.MaxAnswers].NameOffset, string.Create(CultureInfo.InvariantCulture, $"{raw.Count:N0} answers; the limit is {AnswerLimits.MaxAnswers:N0} a file: split the file"));
            raw.RemoveRange(AnswerLimits.MaxAnswers, raw.Count - AnswerLimits.MaxAnswers);
        }

        var answers = new List<GivenAnswer>(raw.Count);
        var firsts = new Dictionary<string, GivenAnswer>(StringComparer.Ordinal);
        foreach (var entry in raw)
        {
            if (AnswerNumbers.Problem(entry.Value) is { } problem)
            {
                errors.Add(entry.ValueOffset, problem);
            }

            var at = lines.Position(entry.NameOffset);
            var valueAt = lines.Position(entry.ValueOffset);
            var resolved = names.Resolve(entry.Name);
            var answer = new GivenAnswer(entry.Name, entry.Value, at.Line, at.Column)
            {
                Key = resolved.Key,
                Problem = resolved.Problem,
                ValueLine = valueAt.Line,
                ValueColumn = valueAt.Column,
            };
            var identity = resolved.Key?.ToString() ?? "\0" + entry.Name;
            if (firsts.TryGetValue(identity, out var first))
            {
                errors.Add(entry.NameOffset, Duplicate(first, answer));
            }
            else
            {
                firsts.Add(identity, answer);
            }

            answers.Add(answer);
        }

        return new AnswerSheet(fileName, answers, errors.Formatted());
    }

    private const string Binary = "this is a binary file (it holds NUL bytes), not an answers file; save the answers as text, one per line";

    private static string Duplicate(GivenAnswer first, GivenAnswer again)
        => string.Equals(first.Name, again.Name, StringComparison.Ordinal)
            ? string.Create(CultureInfo.InvariantCulture, $"'{again.Name}' is given twice, on line {first.Line} and on line {again.Line}; give each quantity once")
            : string.Create(CultureInfo.InvariantCulture, $"'{again.Name}' on line {again.Line} and '{first.Name}' on line {first.Line} are the same quantity, {again.Key}; give each quantity once");

    /// <summary>Decodes strict UTF-8; returns the error, at its line and column, when the bytes are no UTF-8 text.</summary>
    private static string? Decode(byte[] bytes, string fileName, out string text)
    {
        text = string.Empty;
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            return $"{fileName}:1:1: the file is UTF-16 text; save it as UTF-8";
        }

        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            return $"{fileName}:1:1: {Binary}";
        }

        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            var before = new string(chars, 0, written);
            var at = new LineMap(before).Position(before.Length);
            return string.Create(CultureInfo.InvariantCulture, $"{fileName}:{at.Line}:{at.Column}: the file is not UTF-8 text (byte 0x{bytes[read]:X2} here is not UTF-8); save it as UTF-8");
        }

        text = new string(chars, 0, written);
        return null;
    }

    private static AnswerFormat Format(string fileName)
    {
        var extension = Path.GetExtension(fileName);
        return extension.Equals(".json", StringComparison.OrdinalIgnoreCase) ? AnswerFormat.Json
            : extension.Equals(".yaml", StringComparison.OrdinalIgnoreCase) || extension.Equals(".yml", StringComparison.OrdinalIgnoreCase) ? AnswerFormat.Yaml
            : AnswerFormat.Text;
    }

    private static string TooLarge(long bytes)
        => string.Create(CultureInfo.InvariantCulture, $"the file has {bytes:N0} bytes; the limit is {AnswerLimits.MaxFileBytes:N0} bytes (1 MiB)");

    private static AnswerSheet Failed(string fileName, string message) => new(fileName, [], [$"{fileName}:1:1: {message}"]);

    private enum AnswerFormat
    {
        Text,
        Yaml,
        Json,
    }
}
