using EsnHarness.Simulators.FloorControl;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.FloorControl;

public sealed class FloorParticipantRequestTests
{
    [Test]
    public void Start_FromStartStop_HasNoPermission()
    {
        var output = new RecordingParticipantOutput();
        var participant = new FloorParticipant(new FloorTimers(), new FakeTimeProvider(), output);

        participant.Start();

        Assert.That(participant.State, Is.EqualTo(ParticipantState.HasNoPermission));
        Assert.That(output.Transitions, Is.EqualTo(new[] { (ParticipantState.StartStop, ParticipantState.HasNoPermission, "call established") }));
    }

    [Test]
    public void PttPressed_BeforeStart_NothingSent()
    {
        var output = new RecordingParticipantOutput();
        var participant = new FloorParticipant(new FloorTimers(), new FakeTimeProvider(), output);

        participant.PttPressed(ArbitratorHarness.Emergency());

        Assert.That(output.Sent, Is.Empty);
        Assert.That(participant.State, Is.EqualTo(ParticipantState.StartStop));
    }

    [Test]
    public void Constructor_ZeroT101_ThrowsNamingTheTimer()
    {
        Assert.That(
            () => new FloorParticipant(new FloorTimers { T101 = TimeSpan.Zero }, new FakeTimeProvider(), new RecordingParticipantOutput()),
            Throws.ArgumentException.With.Message.Contains("T101"));
    }

    [Test]
    public void Constructor_ZeroC100_ThrowsNamingTheCounter()
    {
        Assert.That(
            () => new FloorParticipant(new FloorTimers { C100 = 0 }, new FakeTimeProvider(), new RecordingParticipantOutput()),
            Throws.ArgumentException.With.Message.Contains("C100"));
    }

    [Test]
    public void PttPressed_HasNoPermission_SendsRequestWithPriorityAndEntersPendingRequest()
    {
        var h = new ParticipantHarness();

        h.Participant.PttPressed(ArbitratorHarness.Peril(7));

        Assert.That(h.Output.Sent, Is.EqualTo(new[] { "Request(ImminentPeril,7)" }));
        Assert.That(h.Output.LastTransition.From, Is.EqualTo(ParticipantState.HasNoPermission));
        Assert.That(h.Participant.State, Is.EqualTo(ParticipantState.PendingRequest));
    }

    [Test]
    public void T101_NoAnswer_RequestSentC101TimesThenHasNoPermissionWithReason()
    {
        var h = new ParticipantHarness().In(ParticipantState.PendingRequest);

        h.Advance(2.5);
        var stillPending = h.Participant.State;
        h.Advance(1);

        Assert.That(stillPending, Is.EqualTo(ParticipantState.PendingRequest));
        Assert.That(h.Output.Count("Request(Normal,0)"), Is.EqualTo(2), "two resends after the first request: C101 = 3 in all");
        Assert.That(h.Participant.State, Is.EqualTo(ParticipantState.HasNoPermission));
        Assert.That(h.Output.LastTransition.Reason, Does.Contain("3 attempts"));
    }

    [Test]
    public void OnGranted_PendingRequest_HasPermissionWithDurationAndNoMoreResends()
    {
        var h = new ParticipantHarness().In(ParticipantState.PendingRequest);

        h.Participant.OnGranted(TimeSpan.FromSeconds(25));
        h.Advance(5);

        Assert.That(h.Participant.State, Is.EqualTo(ParticipantState.HasPermission));
        Assert.That(h.Participant.DurationLimit, Is.EqualTo(TimeSpan.FromSeconds(25)));
        Assert.That(h.Output.Sent, Is.Empty, "T101 stopped");
    }

    [Test]
    public void OnDeny_PendingRequest_HasNoPermissionWithCause()
    {
        var h = new ParticipantHarness().In(ParticipantState.PendingRequest);

        h.Participant.OnDeny(FloorCause.ReceiveOnly);
        h.Advance(5);

        Assert.That(h.Participant.State, Is.EqualTo(ParticipantState.HasNoPermission));
        Assert.That(h.Participant.LastCause, Is.EqualTo(FloorCause.ReceiveOnly));
        Assert.That(h.Output.LastTransition.Reason, Does.Contain("cause 5"));
        Assert.That(h.Output.Sent, Is.Empty);
    }

    [Test]
    public void OnQueuePositionInfo_PendingRequest_QueuedWithPosition()
    {
        var h = new ParticipantHarness().In(ParticipantState.PendingRequest);

        h.Participant.OnQueuePositionInfo(3);
        h.Advance(5);

        Assert.That(h.Participant.State, Is.EqualTo(ParticipantState.Queued));
        Assert.That(h.Participant.QueuePosition, Is.EqualTo(3));
        Assert.That(h.Output.Sent, Is.Empty, "T101 stopped");
    }

    [Test]
    public void PttReleased_PendingRequest_SendsReleaseAndEntersPendingRelease()
    {
        var h = new ParticipantHarness().In(ParticipantState.PendingRequest);

        h.Participant.PttReleased();
        h.Advance(0.5);

        Assert.That(h.Output.Sent, Is.EqualTo(new[] { "Release" }), "no Floor Request resend after release");
        Assert.That(h.Participant.State, Is.EqualTo(ParticipantState.PendingRelease));
    }

    [Test]
    public void OnRevoke_PendingRequest_SendsReleaseAndEntersPendingRelease()
    {
        var h = new ParticipantHarness().In(ParticipantState.PendingRequest);

        h.Participant.OnRevoke(FloorCause.MediaBurstPreempted);

        Assert.That(h.Output.Sent, Is.EqualTo(new[] { "Release" }));
        Assert.That(h.Participant.State, Is.EqualTo(ParticipantState.PendingRelease));
        Assert.That(h.Participant.LastCause, Is.EqualTo(FloorCause.MediaBurstPreempted));
    }

    [Test]
    public void OnIdleAndOnTaken_PendingRequest_StayPendingSoTheAnswerIsNotLost()
    {
        var h = new ParticipantHarness().In(ParticipantState.PendingRequest);

        h.Participant.OnIdle();
        h.Participant.OnTaken("x");
        h.Participant.OnGranted(TimeSpan.FromSeconds(30));

        Assert.That(h.Participant.State, Is.EqualTo(ParticipantState.HasPermission));
        Assert.That(h.Output.Transitions.Select(t => t.To), Is.EqualTo(new[] { ParticipantState.HasPermission }));
    }

    [Test]
    public void PttPressed_AlreadyPending_NotSentTwice()
    {
        var h = new ParticipantHarness().In(ParticipantState.PendingRequest);

        h.Participant.PttPressed(ArbitratorHarness.Normal());

        Assert.That(h.Output.Sent, Is.Empty);
    }
}
