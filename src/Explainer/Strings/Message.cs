using System.Collections.Immutable;

namespace Explainer.Strings;

/// <summary>A sentence the engine means, not the words: a string-table key and its named arguments, put into words by a <see cref="StringTable"/>.</summary>
/// <param name="Key">The key in the string table, e.g. <c>lesson.note.frozen</c>.</param>
/// <param name="Arguments">The placeholders' values by name: text (written as it is: a name, a formula), an <see cref="int"/>, a <see cref="Numbers.Real"/> (formatted by the view's display options) or a nested <see cref="Message"/> (put into words first).</param>
/// <remarks>Two messages are equal when their keys and arguments are, so lessons built twice compare equal.</remarks>
public sealed record Message(string Key, ImmutableSortedDictionary<string, object> Arguments)
{
    /// <summary>A message with the given arguments, as (name, value) pairs.</summary>
    /// <exception cref="ArgumentException">An argument is neither text, a number, a <see cref="Numbers.Real"/> nor a message, or a name repeats.</exception>
    public static Message Of(string key, params (string Name, object Value)[] arguments)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(arguments);
        var builder = ImmutableSortedDictionary.CreateBuilder<string, object>(StringComparer.Ordinal);
        foreach (var (name, value) in arguments)
        {
            if (value is not (string or int or Numbers.Real or Message))
            {
                throw new ArgumentException($"the argument {name} of the message {key} is a {value?.GetType().Name ?? "null"}; it takes text, an int, a Real or a Message", nameof(arguments));
            }

            if (!builder.TryAdd(name, value))
            {
                throw new ArgumentException($"the argument {name} of the message {key} is given twice", nameof(arguments));
            }
        }

        return new Message(key, builder.ToImmutable());
    }

    /// <inheritdoc/>
    public bool Equals(Message? other)
        => other is not null && Key == other.Key && Arguments.Count == other.Arguments.Count
            && Arguments.All(a => other.Arguments.TryGetValue(a.Key, out var v) && Equals(a.Value, v));

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Key, StringComparer.Ordinal);
        foreach (var (name, value) in Arguments)
        {
            hash.Add(name, StringComparer.Ordinal);
            hash.Add(value);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc/>
    public override string ToString() => Arguments.Count == 0 ? Key : $"{Key}({string.Join(", ", Arguments.Select(a => $"{a.Key}={a.Value}"))})";
}
