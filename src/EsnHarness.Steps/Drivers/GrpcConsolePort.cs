using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>The console as a console terminal of the device service (esn.device.v1): what it shows is its event log.</summary>
public sealed class GrpcConsolePort(TerminalFleet fleet, FloorControl floor, Emergencies emergencies, Cast cast) : IConsolePort
{
    /// <inheritdoc />
    public string Route => "the gRPC console adapter";

    /// <inheritdoc />
    public Task SeatAsync(UserName dispatcher, ControlRoom room) =>
        fleet.LogOnAsync(dispatcher, room.Agency, room.ConsolePlace, MemberKind.Console, room);

    /// <inheritdoc />
    public Task MonitorAsync(CastMember dispatcher, GroupName group) => fleet.AffiliateAsync(dispatcher.Name, group);

    /// <inheritdoc />
    public Task ExpectShowsTalkingAsync(ControlRoom room, UserName talker, GroupName group) =>
        floor.ExpectSeesTalkingAsync(cast.Consoles(room)[0].Name, group, talker);

    /// <inheritdoc />
    public Task PressPttAsync(ControlRoom room, GroupName group) => floor.PressPttAsync(cast.Consoles(room)[0].Name, group);

    /// <inheritdoc />
    public Task ExpectGrantedAsync(CastMember dispatcher, GroupName group) => floor.ExpectGrantedAsync(dispatcher.Name, group);

    /// <inheritdoc />
    public Task<AlertSeen> ExpectAlertAsync(ControlRoom room, UserName from, TimeSpan within) => emergencies.ExpectAlertAtAsync(room, from, within);

    /// <inheritdoc />
    public Task AcknowledgeAsync(ControlRoom room, UserName user) => emergencies.AcknowledgeEmergencyAsync(cast.Consoles(room)[0].Name, user);
}
