using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators.Internal.Network;
using EsnHarness.Simulators.Tests.Support;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Network;

/// <summary>Mission-critical admission of MC sessions by ARP in a cell whose capacity other responders' traffic has nearly filled.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class McAdmissionTests
{
    private const string Cell = "CELL-NOTTING-HILL";

    [Test]
    public void RequestMcResources_RoomInTheCell_GrantedAndHeldInTheReport()
    {
        var world = Carnival(freeUnits: 4, out _);

        var answer = world.RequestMcResources(Session("call-1", 10, "a", "b"));
        var report = world.GetCongestion(Cell);

        Assert.Multiple(() =>
        {
            Assert.That(answer.Granted, Is.True, answer.Reason);
            Assert.That(answer.Cells.Single().UnitsRequested, Is.EqualTo(2));
            Assert.That(answer.Cells.Single().UnitsFree, Is.EqualTo(4));
            Assert.That(report.Sessions.Select(s => (s.SessionId, s.Units)), Is.EqualTo(new[] { ("call-1", 2u) }));
            Assert.That(report.FreeUnits, Is.EqualTo(2));
        });
    }

    [Test]
    public void RequestMcResources_FullCellAndAHigherPriorityCall_LowestPrioritySessionPreempted()
    {
        var world = Carnival(freeUnits: 4, out _);
        world.RequestMcResources(Session("low", 13, "a", "b"));
        world.RequestMcResources(Session("mid", 6, "c", "d"));

        var answer = world.RequestMcResources(Session("emergency", 1, "e", "f", vulnerable: false));

        Assert.Multiple(() =>
        {
            Assert.That(answer.Granted, Is.True, answer.Reason);
            Assert.That(answer.Preempted.Select(p => p.SessionId), Is.EqualTo(new[] { "low" }));
            Assert.That(answer.Preempted.Single().Reason, Does.Contain(Cell).And.Contain("ARP 13"));
            Assert.That(world.GetCongestion(Cell).Sessions.Select(s => s.SessionId), Is.EquivalentTo(new[] { "emergency", "mid" }));
        });
    }

    [TestCase(false, "low", TestName = "RequestMcResources_Faithful_LowestPriorityPreempted")]
    [TestCase(true, "mid", TestName = "RequestMcResources_WrongVictimDefect_HigherOfTheLowerSessionsPreempted")]
    [ShowsDefect("network.mc-preemption-wrong-victim")]
    public void RequestMcResources_TwoLowerSessions_Victim(bool defect, string victim)
    {
        var world = Carnival(freeUnits: 4, out _, defect ? ["network.mc-preemption-wrong-victim"] : []);
        world.RequestMcResources(Session("low", 13, "a", "b"));
        world.RequestMcResources(Session("mid", 6, "c", "d"));

        var answer = world.RequestMcResources(Session("emergency", 1, "e", "f", vulnerable: false));

        Assert.That(answer.Preempted.Select(p => p.SessionId), Is.EqualTo(new[] { victim }));
    }

    [TestCase(false, true, TestName = "RequestMcResources_Faithful_EmergencyPreemptsRoutine")]
    [TestCase(true, false, TestName = "RequestMcResources_OverloadIgnoresArpDefect_EmergencyRefused")]
    [ShowsDefect("network.mc-overload-ignores-arp")]
    public void RequestMcResources_FullCell_EmergencyAdmitted(bool defect, bool granted)
    {
        var world = Carnival(freeUnits: 2, out _, defect ? ["network.mc-overload-ignores-arp"] : []);
        world.RequestMcResources(Session("routine", 10, "a", "b"));

        var answer = world.RequestMcResources(Session("emergency", 1, "c", "d", vulnerable: false));

        Assert.That(answer.Granted, Is.EqualTo(granted), answer.Reason);
    }

    [Test]
    public void RequestMcResources_NothingOfLowerPriority_RefusedWithReasonAndNothingPreempted()
    {
        var world = Carnival(freeUnits: 2, out _);
        world.RequestMcResources(Session("first", 6, "a", "b"));

        var answer = world.RequestMcResources(Session("second", 10, "c", "d"));

        Assert.Multiple(() =>
        {
            Assert.That(answer.Granted, Is.False);
            Assert.That(answer.Preempted, Is.Empty);
            Assert.That(answer.Reason, Does.Contain(Cell).And.Contain("2 units needed").And.Contain("0 free"));
            Assert.That(world.GetCongestion(Cell).Sessions.Select(s => s.SessionId), Is.EqualTo(new[] { "first" }));
        });
    }

    [Test]
    public void RequestMcResources_ReleasedSessionNamed_ItsUnitsAreFreeAgain()
    {
        var world = Carnival(freeUnits: 2, out _);
        world.RequestMcResources(Session("first", 6, "a", "b"));

        var request = Session("second", 10, "c", "d");
        request.ReleasedSessionIds.Add("first");
        var answer = world.RequestMcResources(request);

        Assert.That(answer.Granted, Is.True, answer.Reason);
        Assert.That(answer.Preempted, Is.Empty);
    }

    [Test]
    public void RequestMcResources_TerminalWithoutService_ListedUnservedAndNeedsNoUnits()
    {
        var world = Carnival(freeUnits: 1, out _);
        world.Attach("basement", "Wembley Stadium basement");

        var answer = world.RequestMcResources(new McResourceRequest
        {
            SessionId = "s", TerminalIds = { "a", "basement", "ghost" }, Arp = new AllocationRetentionPriority { PriorityLevel = 10 },
        });

        Assert.That(answer.Granted, Is.True, answer.Reason);
        Assert.That(answer.UnservedTerminalIds, Is.EquivalentTo(new[] { "basement", "ghost" }));
    }

    private static NetworkWorld Carnival(uint freeUnits, out Microsoft.Extensions.Time.Testing.FakeTimeProvider time, string[]? defects = null)
    {
        var world = NetworkWorlds.New(out time, defects ?? []);
        foreach (var t in new[] { "a", "b", "c", "d", "e", "f" })
        {
            world.Attach(t, "Notting Hill Carnival");
        }

        // Other responders' traffic at ARP 1 (which nothing pre-empts) leaves freeUnits of the cell's 200.
        world.SetCongestion(new SetCongestionRequest { CellId = Cell, McLoads = { new PriorityLoad { PriorityLevel = 1, Offered = (200 - freeUnits) / 200.0 } } });
        return world;
    }

    private static McResourceRequest Session(string id, uint level, string a, string b, bool vulnerable = true) => new()
    {
        SessionId = id,
        TerminalIds = { a, b },
        Arp = new AllocationRetentionPriority { PriorityLevel = level, PreEmptionCapability = true, PreEmptionVulnerability = vulnerable },
    };
}
