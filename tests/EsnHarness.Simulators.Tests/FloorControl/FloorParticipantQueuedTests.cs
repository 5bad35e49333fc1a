using EsnHarness.Simulators.FloorControl;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.FloorControl;

public sealed class FloorParticipantQueuedTests
{
    [Test]
    public void OnGranted_Queued_WaitsForUserAcceptanceWithinT132()
    {
        var h = new ParticipantHarness().In(ParticipantState.Queued);

        h.Participant.OnGranted(TimeSpan.FromSeconds(30));

        Assert.That(h.Participant.State, Is.EqualTo(ParticipantState.Queued));
        Assert.That(h.Participant.GrantAwaitingAcceptance, Is.True);
    }

    [Test]
    public void AcceptQueuedGrant_WithinT132_HasPermission()
    {
        var h = new ParticipantHarness().In(ParticipantState.Queued);
        h.Participant.OnGranted(TimeSpan.FromSeconds(30));
        h.Advance(1.9);

        h.Participant.AcceptQueuedGrant();
        h.Advance(5);

        Assert.That(h.Participant.State, Is.EqualTo(ParticipantState.HasPermission));
        Assert.That(h.Participant.DurationLimit, Is.EqualTo(TimeSpan.FromSeconds(30)));
        Assert.That(h.Output.Sent, Is.Empty, "T132 stopped");
    }

    [Test]
    public void T132_UserDoesNotAccept_SendsReleaseAndHasNoPermission()
    {
        var h = new ParticipantHarness().In(ParticipantState.Queued);
        h.Participant.OnGranted(TimeSpan.FromSeconds(30));

        h.Advance(2.1);
        h.Participant.AcceptQueuedGrant();

        Assert.That(h.Output.Sent, Is.EqualTo(new[] { "Release" }));
        Assert.That(h.Participant.State, Is.EqualTo(ParticipantState.HasNoPermission));
        Assert.That(h.Output.LastTransition.Reason, Does.Contain("T132"));
    }

    [Test]
    public void PttPressed_QueuedWithGrantWaiting_AcceptsTheGrant()
    {
        var h = new ParticipantHarness().In(ParticipantState.Queued);
        h.Participant.OnGranted(TimeSpan.FromSeconds(30));

        h.Participant.PttPressed(ArbitratorHarness.Normal());

        Assert.That(h.Participant.State, Is.EqualTo(ParticipantState.HasPermission));
        Assert.That(h.Output.Sent, Is.Empty, "no new Floor Request");
    }

    [Test]
    public void PttPressed_QueuedWithoutGrant_NothingSent()
    {
        var h = new ParticipantHarness().In(ParticipantState.Queued);

        h.Participant.PttPressed(ArbitratorHarness.Normal());

        Assert.That(h.Participant.State, Is.EqualTo(ParticipantState.Queued));
        Assert.That(h.Output.Sent, Is.Empty);
    }

    [Test]
    public void AcceptQueuedGrant_NoGrantYet_Ignored()
    {
        var h = new ParticipantHarness().In(ParticipantState.Queued);

        h.Participant.AcceptQueuedGrant();

        Assert.That(h.Participant.State, Is.EqualTo(ParticipantState.Queued));
    }

    [Test]
    public void OnGranted_RepeatedWhileAwaitingAcceptance_DoesNotRestartT132()
    {
        var h = new ParticipantHarness().In(ParticipantState.Queued);
        h.Participant.OnGranted(TimeSpan.FromSeconds(30));
        h.Advance(1);

        h.Participant.OnGranted(TimeSpan.FromSeconds(29));
        h.Advance(1.1);

        Assert.That(h.Participant.State, Is.EqualTo(ParticipantState.HasNoPermission), "T132 counts from the first grant");
    }

    [Test]
    public void OnDeny_Queued_HasNoPermission()
    {
        var h = new ParticipantHarness().In(ParticipantState.Queued);

        h.Participant.OnDeny(FloorCause.QueueFull);

        Assert.That(h.Participant.State, Is.EqualTo(ParticipantState.HasNoPermission));
        Assert.That(h.Participant.LastCause, Is.EqualTo(FloorCause.QueueFull));
        Assert.That(h.Participant.QueuePosition, Is.Null);
    }

    [Test]
    public void OnIdle_Queued_HasNoPermission()
    {
        var h = new ParticipantHarness().In(ParticipantState.Queued);

        h.Participant.OnIdle();

        Assert.That(h.Participant.State, Is.EqualTo(ParticipantState.HasNoPermission));
    }

    [Test]
    public void OnTaken_Queued_StaysQueued()
    {
        var h = new ParticipantHarness().In(ParticipantState.Queued);

        h.Participant.OnTaken("next");

        Assert.That(h.Participant.State, Is.EqualTo(ParticipantState.Queued));
        Assert.That(h.Participant.Talker, Is.EqualTo("next"));
    }

    [Test]
    public void PttReleased_Queued_WithdrawsWithReleaseAndEntersPendingRelease()
    {
        var h = new ParticipantHarness().In(ParticipantState.Queued);

        h.Participant.PttReleased();

        Assert.That(h.Output.Sent, Is.EqualTo(new[] { "Release" }));
        Assert.That(h.Participant.State, Is.EqualTo(ParticipantState.PendingRelease));
        Assert.That(h.Participant.QueuePosition, Is.Null);
    }

    [Test]
    public void OnRevoke_Queued_SendsReleaseAndEntersPendingRelease()
    {
        var h = new ParticipantHarness().In(ParticipantState.Queued);

        h.Participant.OnRevoke(FloorCause.MediaBurstPreempted);

        Assert.That(h.Output.Sent, Is.EqualTo(new[] { "Release" }));
        Assert.That(h.Participant.State, Is.EqualTo(ParticipantState.PendingRelease));
    }

    [Test]
    public void OnQueuePositionInfo_Queued_PositionUpdated()
    {
        var h = new ParticipantHarness().In(ParticipantState.Queued);

        h.Participant.OnQueuePositionInfo(1);

        Assert.That(h.Participant.QueuePosition, Is.EqualTo(1));
        Assert.That(h.Output.Transitions, Is.Empty);
    }

    [Test]
    public void RequestQueuePosition_Queued_SendsQueuePositionRequest()
    {
        var h = new ParticipantHarness().In(ParticipantState.Queued);

        h.Participant.RequestQueuePosition();

        Assert.That(h.Output.Sent, Is.EqualTo(new[] { "QueuePositionRequest" }));
    }

    [Test]
    public void RequestQueuePosition_NotQueued_NothingSent()
    {
        var h = new ParticipantHarness().In(ParticipantState.HasPermission);

        h.Participant.RequestQueuePosition();

        Assert.That(h.Output.Sent, Is.Empty);
    }
}
