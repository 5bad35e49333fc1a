using EsnHarness.Simulators.FloorControl;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.FloorControl;

public sealed class FloorParticipantPermissionTests
{
    [Test]
    public void PttReleased_HasPermission_SendsReleaseAndEntersPendingRelease()
    {
        var h = new ParticipantHarness().In(ParticipantState.HasPermission);

        h.Participant.PttReleased();

        Assert.That(h.Output.Sent, Is.EqualTo(new[] { "Release" }));
        Assert.That(h.Output.LastTransition.From, Is.EqualTo(ParticipantState.HasPermission));
        Assert.That(h.Participant.State, Is.EqualTo(ParticipantState.PendingRelease));
        Assert.That(h.Participant.DurationLimit, Is.Null);
    }

    [Test]
    public void OnRevoke_HasPermission_SendsReleaseAndKeepsCause()
    {
        var h = new ParticipantHarness().In(ParticipantState.HasPermission);

        h.Participant.OnRevoke(FloorCause.InternalErrorOrTalkTimeExceeded);

        Assert.That(h.Output.Sent, Is.EqualTo(new[] { "Release" }));
        Assert.That(h.Participant.State, Is.EqualTo(ParticipantState.PendingRelease));
        Assert.That(h.Participant.LastCause, Is.EqualTo(FloorCause.InternalErrorOrTalkTimeExceeded));
        Assert.That(h.Output.LastTransition.Reason, Does.Contain("cause 2"));
    }

    [Test]
    public void OnGranted_HasPermissionRepeat_StaysWithUpdatedDuration()
    {
        var h = new ParticipantHarness().In(ParticipantState.HasPermission);

        h.Participant.OnGranted(TimeSpan.FromSeconds(29));

        Assert.That(h.Participant.DurationLimit, Is.EqualTo(TimeSpan.FromSeconds(29)));
        Assert.That(h.Output.Transitions, Is.Empty);
    }

    [Test]
    public void OnIdleOnTakenOnDeny_HasPermission_PermissionKept()
    {
        var h = new ParticipantHarness().In(ParticipantState.HasPermission);

        h.Participant.OnIdle();
        h.Participant.OnTaken("x");
        h.Participant.OnDeny(FloorCause.AnotherClientHasPermission);

        Assert.That(h.Participant.State, Is.EqualTo(ParticipantState.HasPermission));
    }

    [Test]
    public void T100_NoAnswer_ReleaseSentC100TimesThenHasNoPermissionWithReason()
    {
        var h = new ParticipantHarness().In(ParticipantState.HasPermission);
        h.Participant.PttReleased();

        h.Advance(2.5);
        var stillPending = h.Participant.State;
        h.Advance(1);

        Assert.That(stillPending, Is.EqualTo(ParticipantState.PendingRelease));
        Assert.That(h.Output.Count("Release"), Is.EqualTo(3), "C100 = 3 in all");
        Assert.That(h.Participant.State, Is.EqualTo(ParticipantState.HasNoPermission));
        Assert.That(h.Output.LastTransition.Reason, Does.Contain("T100"));
    }

    [Test]
    public void OnIdle_PendingRelease_HasNoPermissionAndNoMoreResends()
    {
        var h = new ParticipantHarness().In(ParticipantState.PendingRelease);

        h.Participant.OnIdle();
        h.Advance(5);

        Assert.That(h.Participant.State, Is.EqualTo(ParticipantState.HasNoPermission));
        Assert.That(h.Output.Sent, Is.Empty);
    }

    [Test]
    public void OnTaken_PendingRelease_HasNoPermissionAndKnowsTheTalker()
    {
        var h = new ParticipantHarness().In(ParticipantState.PendingRelease);

        h.Participant.OnTaken("bob");
        h.Advance(2);

        Assert.That(h.Participant.State, Is.EqualTo(ParticipantState.HasNoPermission));
        Assert.That(h.Participant.Talker, Is.EqualTo("bob"));
        Assert.That(h.Output.LastTransition.Reason, Does.Contain("bob"));
        Assert.That(h.Output.Sent, Is.Empty);
    }

    [Test]
    public void OnMediaReceived_PendingRelease_HasNoPermission()
    {
        var h = new ParticipantHarness().In(ParticipantState.PendingRelease);

        h.Participant.OnMediaReceived();
        h.Advance(5);

        Assert.That(h.Participant.State, Is.EqualTo(ParticipantState.HasNoPermission));
        Assert.That(h.Output.Sent, Is.Empty);
    }

    [Test]
    public void OnRevokeOnGranted_PendingRelease_StillPendingRelease()
    {
        var h = new ParticipantHarness().In(ParticipantState.PendingRelease);

        h.Participant.OnRevoke(FloorCause.MediaBurstPreempted);
        h.Participant.OnGranted(TimeSpan.FromSeconds(30));

        Assert.That(h.Participant.State, Is.EqualTo(ParticipantState.PendingRelease));
        Assert.That(h.Output.Sent, Is.Empty);
    }

    [Test]
    public void OnTaken_HasNoPermission_KeepsStateAndT103ForgetsTalkerWhenMediaEnds()
    {
        var h = new ParticipantHarness();
        h.Participant.OnTaken("bob");
        h.Advance(3);
        h.Participant.OnMediaReceived();

        h.Advance(3.9);
        var talkerWhileMediaFresh = h.Participant.Talker;
        h.Advance(0.2);

        Assert.That(talkerWhileMediaFresh, Is.EqualTo("bob"), "media restarted T103");
        Assert.That(h.Participant.Talker, Is.Null, "T103 expired 4 s after the last media");
        Assert.That(h.Participant.State, Is.EqualTo(ParticipantState.HasNoPermission));
        Assert.That(h.Output.Transitions, Is.Empty);
    }

    [Test]
    public void OnIdle_HasNoPermission_ForgetsTalkerAndKeepsState()
    {
        var h = new ParticipantHarness();
        h.Participant.OnTaken("bob");

        h.Participant.OnIdle();

        Assert.That(h.Participant.Talker, Is.Null);
        Assert.That(h.Output.Transitions, Is.Empty);
    }

    [Test]
    public void Stop_PendingRelease_PassesReleasingToStartStopAndTimersStop()
    {
        var h = new ParticipantHarness().In(ParticipantState.PendingRelease);

        h.Participant.Stop();
        h.Advance(10);

        Assert.That(h.Output.Transitions.Select(t => (t.From, t.To)), Is.EqualTo(new[]
        {
            (ParticipantState.PendingRelease, ParticipantState.Releasing),
            (ParticipantState.Releasing, ParticipantState.StartStop),
        }));
        Assert.That(h.Output.Sent, Is.Empty, "T100 stopped with the call");
    }
}
