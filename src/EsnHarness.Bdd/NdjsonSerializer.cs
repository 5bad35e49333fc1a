using System.Text.Json;
using System.Text.Json.Serialization;
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
    };

    /// <summary>The envelope as one line of JSON (no newline).</summary>
    public static string Serialize(Envelope envelope) => JsonSerializer.Serialize(envelope, Options);

    /// <summary>Reads one line of JSON back into an envelope.</summary>
    public static Envelope Deserialize(string line) =>
        JsonSerializer.Deserialize<Envelope>(line, Options) ?? throw new JsonException("empty envelope line");
}
