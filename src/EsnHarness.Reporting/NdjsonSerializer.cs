using System.Text.Json;
using System.Text.Json.Serialization;
using EsnHarness.Reporting.Internal;
using Io.Cucumber.Messages.Types;

namespace EsnHarness.Reporting;

/// <summary>
/// Reads and writes Cucumber Messages envelopes as NDJSON lines, in the JSON shape the Cucumber
/// ecosystem uses (camelCase names, enums as their schema strings such as <c>PASSED</c> or
/// <c>text/x.cucumber.gherkin+plain</c>, nulls omitted).
/// </summary>
public static class NdjsonSerializer
{
    /// <summary>The options used for every envelope; shared because they are immutable once used.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Serialises one envelope to a single JSON line (no trailing newline).</summary>
    public static string Serialize(Envelope envelope) => JsonSerializer.Serialize(envelope, Options);

    /// <summary>Deserialises one NDJSON line; throws <see cref="JsonException"/> when it is not an envelope.</summary>
    public static Envelope Deserialize(string line) =>
        JsonSerializer.Deserialize<Envelope>(line, Options) ?? throw new JsonException("the line is 'null', not an envelope");

    /// <summary>
    /// Reads every envelope of an NDJSON file. Blank lines are skipped; a malformed line throws
    /// <see cref="ReportInputException"/> naming the file and the line.
    /// </summary>
    public static IEnumerable<Envelope> ReadFile(string path)
    {
        foreach (var (line, lineNumber) in NdjsonLines.Read(path))
        {
            yield return ParseLine(path, lineNumber, line);
        }
    }

    /// <summary>Writes envelopes to a file as NDJSON, one per line.</summary>
    public static void WriteFile(string path, IEnumerable<Envelope> envelopes)
    {
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
        writer.NewLine = "\n";
        foreach (var envelope in envelopes)
        {
            writer.WriteLine(Serialize(envelope));
        }
    }

    internal static Envelope ParseLine(string path, int lineNumber, string line)
    {
        Envelope envelope;
        try
        {
            envelope = Deserialize(line);
        }
        catch (JsonException ex)
        {
            throw new ReportInputException(path, lineNumber, $"not a Cucumber Messages envelope ({FirstLine(ex.Message)})");
        }
        catch (ArgumentException ex)
        {
            // The message types validate required fields in their constructors.
            var what = ex.Message.Split(" (Parameter", 2)[0];
            throw new ReportInputException(path, lineNumber, $"not a valid Cucumber Messages envelope ({FirstLine(what)})");
        }
        if (EnvelopeKind.Of(envelope) is null)
        {
            throw new ReportInputException(path, lineNumber, "the envelope holds no known message");
        }
        return envelope;
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            PropertyNameCaseInsensitive = false,
        };
        options.Converters.Add(new CucumberEnumConverterFactory());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
