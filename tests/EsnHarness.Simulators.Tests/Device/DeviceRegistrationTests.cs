using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Internal.Device;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Device;

/// <summary>The terminal's affiliations as the service's pushed notices change them.</summary>
public sealed class DeviceRegistrationTests
{
    private const string Officer = "mcptt-id-officer";
    private const string Dispatcher = "mcptt-id-dispatcher";
    private const string Group = "MPS-CW-OPS1";

    [Test]
    public void OnAffiliation_OwnDeaffiliationNoticeArrivingAfterReaffiliating_KeepsTheGroup()
    {
        // The dispatcher's notice stands for the answer to the officer's own affiliation request (no uplink here).
        var registration = Registration();
        registration.OnAffiliation(Notice(AffiliationState.Affiliated, Dispatcher));

        registration.OnAffiliation(Notice(AffiliationState.Deaffiliated, Officer));

        Assert.That(Affiliations(registration), Is.EqualTo(new[] { Group }));
    }

    [Test]
    public void OnAffiliation_DispatcherDeaffiliatesTheTerminal_DropsTheGroup()
    {
        var registration = Registration();
        registration.OnAffiliation(Notice(AffiliationState.Affiliated, Dispatcher));

        registration.OnAffiliation(Notice(AffiliationState.Deaffiliated, Dispatcher));

        Assert.That(Affiliations(registration), Is.Empty);
    }

    private static DeviceRegistration Registration()
    {
        var registration = new DeviceRegistration("device-1", uplink: null!);
        registration.PowerOn(new UserIdentity { McpttId = Officer }, DeviceKind.Handheld);
        return registration;
    }

    private static IReadOnlyList<string> Affiliations(DeviceRegistration registration)
    {
        var state = new DeviceState();
        registration.Describe(state);
        return [.. state.AffiliatedGroups];
    }

    private static AffiliationEvent Notice(AffiliationState state, string changedBy) =>
        new() { Affiliation = new Affiliation { McpttId = Officer, GroupId = Group, State = state, ChangedBy = changedBy } };
}
