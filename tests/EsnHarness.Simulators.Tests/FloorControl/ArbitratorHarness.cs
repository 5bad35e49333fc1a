using EsnHarness.Simulators.FloorControl;
using Microsoft.Extensions.Time.Testing;

namespace EsnHarness.Simulators.Tests.FloorControl;

/// <summary>An arbitrator on a fake clock with a recording output, started with the given participants.</summary>
public sealed class ArbitratorHarness
{
    public ArbitratorHarness(ArbitratorOptions? options = null, params string[] participants)
    {
        Options = options ?? new ArbitratorOptions(new FloorTimers());
        Arbitrator = new FloorArbitrator(Options, Time, Output);
        Arbitrator.Start(participants.Length == 0 ? ["a", "b", "c"] : participants);
        Output.Clear();
    }

    public ArbitratorOptions Options { get; }

    public FakeTimeProvider Time { get; } = new();

    public RecordingArbitratorOutput Output { get; } = new();

    public FloorArbitrator Arbitrator { get; }

    public static FloorPriority Normal(int priority = 0) => new(FloorPriorityLevel.Normal, priority);

    public static FloorPriority Peril(int priority = 0) => new(FloorPriorityLevel.ImminentPeril, priority);

    public static FloorPriority Emergency(int priority = 0) => new(FloorPriorityLevel.Emergency, priority);

    public void Advance(double seconds) => Time.AdvanceInSteps(TimeSpan.FromSeconds(seconds));

    /// <summary>Grants the floor to <paramref name="talker"/> and has it send its first media packet.</summary>
    public void Talk(string talker, FloorPriority? priority = null)
    {
        Arbitrator.FloorRequest(talker, priority ?? Normal());
        Arbitrator.MediaReceived(talker);
        Output.Clear();
    }

    /// <summary>The talker keeps sending media every half second for <paramref name="seconds"/>.</summary>
    public void KeepTalking(string talker, double seconds)
    {
        for (var elapsed = 0.0; elapsed < seconds; elapsed += 0.5)
        {
            Advance(0.5);
            if (Arbitrator.Talker == talker)
            {
                Arbitrator.MediaReceived(talker);
            }
        }
    }
}
