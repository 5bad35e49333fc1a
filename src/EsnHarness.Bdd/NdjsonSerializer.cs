using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using EsnHarness.Bdd.Internal;
using Io.Cucumber.Messages.Types;

namespace EsnHarness.Bdd;

/// <summary>Cucumber Messages JSON as the schema spells it: camelCase fields, nulls left out, enums as their schema values
/// (<c>PASSED</c>, <c>Context</c>, <c>text/x.cucumber.gherkin+plain</c>), one envelope per line.</summary>
public static class NdjsonSerializer
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,

        // As other Cucumber implementations write it: '+', '<', '>' and non-ASCII text stay readable. Each line is a JSON
        // document of its own, never embedded in HTML, so the relaxed escaping is safe here.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new MessageEnumConverterFactory() },
        TypeInfoResolver = EnvelopeJsonContext.Default,
    };

    private static readonly JsonTypeInfo<Envelope> EnvelopeInfo = (JsonTypeInfo<Envelope>)Options.GetTypeInfo(typeof(Envelope));

    /// <summary>
    /// Builds now the metadata of every type an envelope can hold (about 60 message types and their enums), which the first
    /// <see cref="Serialize(Envelope)"/> would otherwise build: a host can have it done on another core while it parses the
    /// feature files. Thread-safe; serializing gives the same bytes either way.
    /// </summary>
    public static void Prepare()
    {
        var seen = new HashSet<Type>();
        var pending = new Stack<JsonTypeInfo>([EnvelopeInfo]);
        while (pending.TryPop(out var info))
        {
            if (!seen.Add(info.Type))
            {
                continue;
            }

            foreach (var type in info.Properties.Select(p => p.PropertyType).Append(info.ElementType).OfType<Type>())
            {
                pending.Push(Options.GetTypeInfo(type));
            }
        }
    }

    /// <summary>Options for a <see cref="Utf8JsonWriter"/> that writes exactly what <see cref="Serialize(Envelope)"/> returns.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = Options.Encoder, SkipValidation = true };

    /// <summary>The envelope as one line of JSON (no newline).</summary>
    public static string Serialize(Envelope envelope) => JsonSerializer.Serialize(envelope, EnvelopeInfo);

    /// <summary>The envelope as one line of UTF-8 JSON (no newline) straight to <paramref name="writer"/> (made with
    /// <see cref="WriterOptions"/>): the same bytes as <see cref="Serialize(Envelope)"/> without an intermediate string.</summary>
    public static void Serialize(Utf8JsonWriter writer, Envelope envelope) => JsonSerializer.Serialize(writer, envelope, EnvelopeInfo);

    /// <summary>Reads one line of JSON back into an envelope.</summary>
    public static Envelope Deserialize(string line) =>
        JsonSerializer.Deserialize(line, EnvelopeInfo) ?? throw new JsonException("empty envelope line");
}
