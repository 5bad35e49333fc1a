using Io.Cucumber.Messages.Types;

namespace EsnHarness.Bdd;

/// <summary>Receives the run's Cucumber Messages in stream order. The runner calls it from one thread at a time.</summary>
public interface IEnvelopeSink
{
    /// <summary>Takes one envelope.</summary>
    void Write(Envelope envelope);
}
