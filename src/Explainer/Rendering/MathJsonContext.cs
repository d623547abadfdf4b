using System.Text.Json.Serialization;

namespace Explainer.Rendering;

/// <summary>The JSON exchanged with mathml.mjs: <c>{"tex","display"}</c> in, <c>{"mathml"}</c> or <c>{"error"}</c> out.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(IReadOnlyList<MathRequest>))]
[JsonSerializable(typeof(List<MathResult>))]
internal sealed partial class MathJsonContext : JsonSerializerContext;
