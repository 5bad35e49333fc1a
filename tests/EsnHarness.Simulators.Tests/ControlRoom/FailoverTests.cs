using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Tests.Mcx;
using EsnHarness.Simulators.Tests.Support;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.ControlRoom;

/// <summary>A dispatcher position logs on again from another console (a fallback control-room site): the MCX gives it the
/// calls in progress and the open emergencies of its groups.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class FailoverTests
{
    [Test]
    public async Task Register_SameDispatcherFromAnotherConsole_OldRegistrationEndsAndNewConsoleEntersTheCallInProgress()
    {
        var s = HostSetup.NewScenario();
        var (crewProbe, lambethProbe) = await SiteAsync(s);
        using var crew = crewProbe;
        using var lambeth = lambethProbe;
        var callId = await TalkingAsync(crew);

        using var hendon = await Positions.DispatcherAtAsync(s, "metcc", Agency.Mps, "console-hendon", "MPS-LX-OPS1");

        var connected = await hendon.WaitForAsync(e => e.Call is { Kind: CallEventKind.Connected }, "the call in progress, by late entry");
        var taken = await hendon.WaitForAsync(e => e.Floor is { Kind: FloorEventKind.Taken }, "who is talking");
        var call = await s.Mcx.GetCallAsync(new GetCallRequest { CallId = callId }, s.Headers);
        Assert.Multiple(() =>
        {
            Assert.That(connected.Call.Call.CallId, Is.EqualTo(callId));
            Assert.That(taken.Floor.TalkerMcpttId, Is.EqualTo(crew.McpttId));
            Assert.That(call.Participants, Does.Contain(hendon.McpttId));
        });
    }

    [Test]
    public async Task Affiliate_DispatcherAfterAnEmergencyWasRaised_GivenTheOpenAlertUnacknowledged()
    {
        var s = HostSetup.NewScenario();
        var (crewProbe, lambethProbe) = await SiteAsync(s);
        using var crew = crewProbe;
        using var lambeth = lambethProbe;
        await s.Mcx.RaiseEmergencyAlertAsync(new RaiseEmergencyAlertRequest { McpttId = crew.McpttId, GroupId = "MPS-LX-OPS1" }, s.Headers);
        await lambeth.WaitForAsync(e => e.EmergencyAlert is not null, "the alert at the first console");

        using var hendon = await Positions.DispatcherAtAsync(s, "metcc", Agency.Mps, "console-hendon", "MPS-LX-OPS1");

        var alert = await hendon.WaitForAsync(e => e.EmergencyAlert is not null, "the open alert at the fallback console");
        Assert.That((alert.EmergencyAlert.Alert.McpttId, alert.EmergencyAlert.Alert.Acknowledged, alert.EmergencyAlert.Alert.Cancelled),
            Is.EqualTo((crew.McpttId, false, false)));
    }

    [Test]
    public async Task Register_SameConsoleAgain_RefreshKeepsAffiliations()
    {
        var s = HostSetup.NewScenario();
        var (crewProbe, lambethProbe) = await SiteAsync(s);
        using var crew = crewProbe;
        using var lambeth = lambethProbe;

        await s.Mcx.RegisterAsync(new RegisterRequest { Identity = new UserIdentity { McpttId = lambeth.McpttId, Agency = Agency.Mps, Role = "dispatcher" }, ClientId = "console-lambeth" }, s.Headers);
        var affiliations = await s.Mcx.GetAffiliationsAsync(new GetAffiliationsRequest { McpttId = lambeth.McpttId }, s.Headers);

        Assert.That(affiliations.Affiliations.Select(a => a.GroupId), Is.EqualTo(new[] { "MPS-LX-OPS1" }));
    }

    /// <summary>MPS-LX-OPS1 with a crew member and the MetCC dispatcher at its Lambeth console.</summary>
    internal static async Task<(McxProbe Crew, McxProbe Lambeth)> SiteAsync(Scenario s)
    {
        await Positions.GroupAsync(s, "MPS-LX-OPS1", Agency.Mps);
        var crew = await Positions.CrewAsync(s, "pc", Agency.Mps, "MPS-LX-OPS1");
        var lambeth = await Positions.DispatcherAtAsync(s, "metcc", Agency.Mps, "console-lambeth", "MPS-LX-OPS1");
        return (crew, lambeth);
    }

    /// <summary>The crew member takes the floor on a new call and keeps it.</summary>
    internal static async Task<string> TalkingAsync(McxProbe crew)
    {
        var call = await crew.CallAsync("MPS-LX-OPS1", talk: true);
        await crew.WaitForAsync(e => e.Floor is { Kind: FloorEventKind.Granted }, "the floor");
        return call.CallId;
    }
}
