using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators.Tests.Support;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Network;

/// <summary>Mission-critical bearers (QCI 65/69/70 with ARP) against public load and against each other, on a fake clock.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class QosTests
{
    [Test]
    public void Attach_InService_McSignallingVoiceAndDataBearersWithPreemptingArp()
    {
        var world = NetworkWorlds.New(out _);

        var link = world.Attach("a", "Notting Hill Carnival");

        var voice = link.Bearers.Single(b => b.BearerClass == BearerClass.McVoice);
        Assert.Multiple(() =>
        {
            Assert.That(link.Bearers.Select(b => b.Qci), Is.EquivalentTo(new uint[] { 69, 65, 70 }));
            Assert.That(link.Bearers.Select(b => b.State), Is.All.EqualTo(BearerState.Admitted));
            Assert.That(voice.GuaranteedBitRate, Is.True);
            Assert.That(voice.PacketDelayBudgetMs, Is.EqualTo(75));
            Assert.That(voice.Arp.PriorityLevel, Is.EqualTo(2));
            Assert.That(voice.Arp.PreEmptionCapability, Is.True);
            Assert.That(voice.Arp.PreEmptionVulnerability, Is.False);
            Assert.That(link.ArpPriorityLevel, Is.EqualTo(2));
        });
    }

    [Test]
    public void Attach_NoCoverage_NoBearers()
    {
        var world = NetworkWorlds.New(out _);

        var link = world.Attach("a", "Sub-basement with no ESN coverage");

        Assert.Multiple(() =>
        {
            Assert.That(link.InService, Is.False);
            Assert.That(link.Bearers, Is.Empty);
        });
    }

    [Test]
    public void SetCongestion_PublicOverload_PublicPreemptedAndTheMcLinkUnchanged()
    {
        var world = NetworkWorlds.New(out _);
        var before = world.Attach("a", "Notting Hill Carnival");

        var report = world.SetCongestion(new SetCongestionRequest { CellId = before.CellId, PublicLoad = 3, McLoad = 0.2 });
        var after = world.GetLinkConditions("a");

        Assert.Multiple(() =>
        {
            Assert.That(report.PublicCarried, Is.EqualTo(0.8).Within(1e-9));
            Assert.That(report.PublicPreempted, Is.EqualTo(0.2).Within(1e-9));
            Assert.That(report.McAdmitted, Is.True);
            Assert.That(after.Link.LossRatio, Is.EqualTo(before.Link.LossRatio), "public load never degrades an MC bearer");
            Assert.That(after.Link.LatencyMs, Is.EqualTo(before.Link.LatencyMs));
            Assert.That(after.McBearersAdmitted, Is.True);
            Assert.That(after.Congestion.PublicPreempted, Is.EqualTo(0.2).Within(1e-9));
            Assert.That(after.Reason, Does.Contain("public traffic pre-empted"));
        });
    }

    [Test]
    public void SetCongestion_McDemandBeyondCapacity_LowerArpQueuedHigherArpAdmittedAndThePreemptionVisible()
    {
        var world = NetworkWorlds.New(out _);
        var cell = world.Attach("routine", "Wembley Stadium").CellId;
        world.Attach("emergency", "Wembley Stadium");
        world.SetBearerPriority("emergency", 1);
        var request = new SetCongestionRequest { CellId = cell, McLoad = 0.8 };
        request.McLoads.Add(new PriorityLoad { PriorityLevel = 1, Offered = 0.5 });

        var report = world.SetCongestion(request);
        var routine = world.GetLinkConditions("routine");
        var emergency = world.GetLinkConditions("emergency");

        Assert.Multiple(() =>
        {
            Assert.That(report.McByPriority.Select(l => l.PriorityLevel), Is.EqualTo(new uint[] { 1, 2 }), "highest priority first");
            Assert.That(report.McByPriority[0].Queued, Is.Zero);
            Assert.That(report.McByPriority[1].Carried, Is.EqualTo(0.5).Within(1e-9));
            Assert.That(report.McByPriority[1].Queued, Is.EqualTo(0.3).Within(1e-9));
            Assert.That(report.McPreempted, Is.EqualTo(0.3).Within(1e-9), "ARP 1 took capacity ARP 2 traffic needed");
            Assert.That(report.McAdmitted, Is.False);
            Assert.That(routine.McBearersAdmitted, Is.False);
            Assert.That(routine.Bearers.Select(b => b.State), Is.All.EqualTo(BearerState.Queued));
            Assert.That(routine.Link.LossRatio, Is.GreaterThan(0.3));
            Assert.That(emergency.McBearersAdmitted, Is.True);
            Assert.That(emergency.Bearers.Single(b => b.BearerClass == BearerClass.McVoice).Arp.PriorityLevel, Is.EqualTo(1));
            Assert.That(emergency.Reason, Does.Contain("admitted ahead of 0.3 x capacity of queued lower-priority"));
        });
    }

    [Test]
    public void SetBearerPriority_Zero_BackToTheDefaultAndQueuedAgain()
    {
        var world = NetworkWorlds.New(out _);
        var cell = world.Attach("a", "Wembley Stadium").CellId;
        world.SetCongestion(new SetCongestionRequest { CellId = cell, McLoad = 2 });
        var raised = world.SetBearerPriority("a", 1);

        var restored = world.SetBearerPriority("a", 0);

        Assert.Multiple(() =>
        {
            Assert.That(raised.McBearersAdmitted, Is.True);
            Assert.That(restored.ArpPriorityLevel, Is.EqualTo(2));
            Assert.That(restored.McBearersAdmitted, Is.False);
            Assert.That(restored.Link.LossRatio, Is.GreaterThan(0.49));
        });
    }

    [Test]
    public async Task SetBearerPriority_OverGrpc_TheBearersReadBackThroughTheContract()
    {
        var s = HostSetup.NewScenario();
        await s.Network.AttachTerminalAsync(new AttachTerminalRequest { TerminalId = "a", PlaceId = "Royal London Hospital" }, s.Headers);

        await s.Network.SetBearerPriorityAsync(new SetBearerPriorityRequest { TerminalId = "a", ArpPriorityLevel = 1 }, s.Headers);
        var link = await s.Network.GetLinkConditionsAsync(new GetLinkConditionsRequest { TerminalId = "a" }, s.Headers);

        Assert.That(link.Bearers.Single(b => b.Qci == 65).Arp.PriorityLevel, Is.EqualTo(1));
    }
}
