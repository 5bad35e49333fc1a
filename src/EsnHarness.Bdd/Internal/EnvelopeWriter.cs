using Messages = Io.Cucumber.Messages.Types;

namespace EsnHarness.Bdd.Internal;

/// <summary>Fans envelopes out to the sinks, one writer at a time, whole test cases at once.</summary>
internal sealed class EnvelopeWriter(IReadOnlyList<IEnvelopeSink> sinks)
{
    private readonly Lock _gate = new();

    public void Write(Messages.Envelope envelope)
    {
        lock (_gate)
        {
            foreach (var sink in sinks)
            {
                sink.Write(envelope);
            }
        }
    }

    public void WriteAll(IEnumerable<Messages.Envelope> envelopes)
    {
        lock (_gate)
        {
            foreach (var envelope in envelopes)
            {
                foreach (var sink in sinks)
                {
                    sink.Write(envelope);
                }
            }
        }
    }
}
