using EsnHarness.Simulators.FloorControl;
using Microsoft.Extensions.Time.Testing;

namespace EsnHarness.Simulators.Tests.FloorControl;

/// <summary>A started participant on a fake clock with a recording output.</summary>
public sealed class ParticipantHarness
{
    public ParticipantHarness(FloorTimers? timers = null)
    {
        Participant = new FloorParticipant(timers ?? new FloorTimers(), Time, Output);
        Participant.Start();
        Output.Clear();
    }

    public FakeTimeProvider Time { get; } = new();

    public RecordingParticipantOutput Output { get; } = new();

    public FloorParticipant Participant { get; }

    public void Advance(double seconds) => Time.AdvanceInSteps(TimeSpan.FromSeconds(seconds));

    /// <summary>Drives the participant into <paramref name="state"/> the way a user and server would, then clears the record.</summary>
    public ParticipantHarness In(ParticipantState state)
    {
        switch (state)
        {
            case ParticipantState.PendingRequest:
                Participant.PttPressed(ArbitratorHarness.Normal());
                break;
            case ParticipantState.HasPermission:
                Participant.PttPressed(ArbitratorHarness.Normal());
                Participant.OnGranted(TimeSpan.FromSeconds(30));
                break;
            case ParticipantState.Queued:
                Participant.PttPressed(ArbitratorHarness.Normal());
                Participant.OnQueuePositionInfo(2);
                break;
            case ParticipantState.PendingRelease:
                Participant.PttPressed(ArbitratorHarness.Normal());
                Participant.OnGranted(TimeSpan.FromSeconds(30));
                Participant.PttReleased();
                break;
        }

        Output.Clear();
        return this;
    }
}
