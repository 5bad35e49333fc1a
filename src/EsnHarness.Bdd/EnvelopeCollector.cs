using Io.Cucumber.Messages.Types;

namespace EsnHarness.Bdd;

/// <summary>Keeps every envelope in memory, in order (for tests, and hosts that post-process a run).</summary>
public sealed class EnvelopeCollector : IEnvelopeSink
{
    private readonly List<Envelope> _envelopes = [];
    private readonly Lock _gate = new();

    /// <summary>A snapshot of what was written so far.</summary>
    public IReadOnlyList<Envelope> Envelopes
    {
        get
        {
            lock (_gate)
            {
                return _envelopes.ToList();
            }
        }
    }

    /// <inheritdoc />
    public void Write(Envelope envelope)
    {
        lock (_gate)
        {
            _envelopes.Add(envelope);
        }
    }
}
