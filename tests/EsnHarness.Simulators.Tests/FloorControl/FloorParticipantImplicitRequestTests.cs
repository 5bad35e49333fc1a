using EsnHarness.Simulators.FloorControl;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.FloorControl;

public sealed class FloorParticipantImplicitRequestTests
{
    [Test]
    public void ImplicitFloorRequestSent_HasNoPermission_PendingRequestWithoutSendingARequest()
    {
        var h = new ParticipantHarness();

        h.Participant.ImplicitFloorRequestSent(ArbitratorHarness.Normal());

        Assert.That(h.Participant.State, Is.EqualTo(ParticipantState.PendingRequest));
        Assert.That(h.Output.Sent, Is.Empty, "the call set-up carried the request; a second Floor Request would be a duplicate");
    }

    [Test]
    public void ImplicitFloorRequestSent_ThenGranted_HasPermission()
    {
        var h = new ParticipantHarness();

        h.Participant.ImplicitFloorRequestSent(ArbitratorHarness.Normal());
        h.Participant.OnGranted(TimeSpan.FromSeconds(30));

        Assert.That(h.Participant.State, Is.EqualTo(ParticipantState.HasPermission));
        Assert.That(h.Participant.DurationLimit, Is.EqualTo(TimeSpan.FromSeconds(30)));
    }

    [Test]
    public void ImplicitFloorRequestSent_NoAnswerWithinT101_SendsAnExplicitFloorRequest()
    {
        var h = new ParticipantHarness();

        h.Participant.ImplicitFloorRequestSent(ArbitratorHarness.Normal());
        h.Advance(0.9);
        var beforeT101 = h.Output.Sent.Count;
        h.Advance(0.2);

        Assert.That(beforeT101, Is.Zero);
        Assert.That(h.Output.Count("Request(Normal,0)"), Is.EqualTo(1), "T101 expiry retransmits the request");
        Assert.That(h.Participant.State, Is.EqualTo(ParticipantState.PendingRequest));
    }

    [Test]
    public void ImplicitFloorRequestSent_ThenQueuePositionInfo_Queued()
    {
        var h = new ParticipantHarness();

        h.Participant.ImplicitFloorRequestSent(ArbitratorHarness.Normal());
        h.Participant.OnQueuePositionInfo(1);

        Assert.That(h.Participant.State, Is.EqualTo(ParticipantState.Queued));
        Assert.That(h.Participant.QueuePosition, Is.EqualTo(1));
    }

    [Test]
    public void ImplicitFloorRequestSent_AlreadyHasPermission_Ignored()
    {
        var h = new ParticipantHarness().In(ParticipantState.HasPermission);

        h.Participant.ImplicitFloorRequestSent(ArbitratorHarness.Normal());

        Assert.That(h.Participant.State, Is.EqualTo(ParticipantState.HasPermission));
        Assert.That(h.Output.Transitions, Is.Empty);
    }
}
