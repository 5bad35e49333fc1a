using EsnHarness.Bdd;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Stubs;

namespace EsnHarness.Steps.Tests.Support;

/// <summary>One scenario's drivers against a target, built as the runner's per-scenario injection builds them.</summary>
internal sealed class ScenarioDrivers : IAsyncDisposable
{
    private ScenarioDrivers(EsnTarget target, string feature)
    {
        Session = new EsnSession(target, new ScenarioContext(feature, [], new Dictionary<string, string>(), feature, "test.feature", 1));
        Network = new NetworkDriver(Session, Output);
        Profiles = new UserProfiles(Session, Cast);
        var stubs = new ScenarioStubs(new TestRunContext());
        var idms = new IdmsLogOn(Session, stubs);
        Fleet = new TerminalFleet(Session, Cast, Network, idms, Profiles, Output);
        Keys = new GroupKeys(Session, stubs, idms);
        Calls = new Calls(Fleet, Cast, Session);
        Floor = new FloorControl(Fleet, Calls, Cast, Session, new OngoingSpeech(Session, Fleet, Output));
        Mobility = new Mobility(Fleet, Network, Cast, Session);
    }

    public EsnSession Session { get; }

    public Cast Cast { get; } = new();

    public RecordingOutput Output { get; } = new();

    public NetworkDriver Network { get; }

    public UserProfiles Profiles { get; }

    public TerminalFleet Fleet { get; }

    /// <summary>Group keys from the KMS (none asked for unless the scenario logs on through the IdMS).</summary>
    public GroupKeys Keys { get; }

    public Calls Calls { get; }

    public FloorControl Floor { get; }

    public Mobility Mobility { get; }

    public static ScenarioDrivers Start(EsnTarget target, string feature) => new(target, feature);

    /// <summary>Ends the scenario as the runner does: releases before the namespace would close, then disposes newest first.</summary>
    public async ValueTask DisposeAsync()
    {
        var failures = await Session.ReleaseAsync();
        await Fleet.DisposeAsync();
        Assert.That(failures, Is.Empty, "releasing the scenario's terminals");
    }
}
