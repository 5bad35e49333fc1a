using Io.Cucumber.Messages.Types;

namespace EsnHarness.Bdd;

/// <summary>Writes envelopes as NDJSON (one JSON object per line) to a text writer, flushing after each test case and at the end.</summary>
public sealed class NdjsonEnvelopeSink(TextWriter writer) : IEnvelopeSink, IDisposable
{
    /// <inheritdoc />
    public void Write(Envelope envelope)
    {
        writer.Write(NdjsonSerializer.Serialize(envelope));
        writer.Write('\n');
        if (envelope.TestCaseFinished is not null || envelope.TestRunFinished is not null)
        {
            writer.Flush();
        }
    }

    /// <inheritdoc />
    public void Dispose() => writer.Dispose();
}
