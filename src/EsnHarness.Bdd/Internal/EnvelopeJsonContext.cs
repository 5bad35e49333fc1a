using System.Text.Json.Serialization;
using Io.Cucumber.Messages.Types;

namespace EsnHarness.Bdd.Internal;

/// <summary>
/// Compile-time JSON metadata for Cucumber Messages envelopes: the same contract the reflection resolver infers (camelCase,
/// nulls left out; enums still go through <see cref="MessageEnumConverterFactory"/> from the options), without building it
/// by reflection and emitted IL at the start of every run.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(Envelope))]
internal sealed partial class EnvelopeJsonContext : JsonSerializerContext;
