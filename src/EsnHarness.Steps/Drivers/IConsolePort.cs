using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// What the control-room steps ask of a dispatcher console, whatever the console is: the gRPC console adapter (a console terminal
/// of the device service, <see cref="GrpcConsolePort"/>) or a web console driven through its screen with Playwright
/// (<see cref="WebConsolePort"/>). <see cref="ControlRoomConsoles"/> picks one per run from the profile.
/// </summary>
public interface IConsolePort
{
    /// <summary>How the console is reached, for messages: "the gRPC console adapter" or "the web console ... (Playwright)".</summary>
    string Route { get; }

    /// <summary>Puts a dispatcher at a console of the control room and logs them on.</summary>
    Task SeatAsync(UserName dispatcher, ControlRoom room);

    /// <summary>The dispatcher's console monitors (is affiliated to) the group.</summary>
    Task MonitorAsync(CastMember dispatcher, GroupName group);

    /// <summary>Waits until a console of the control room shows <paramref name="talker"/> talking on the group.</summary>
    Task ExpectShowsTalkingAsync(ControlRoom room, UserName talker, GroupName group);

    /// <summary>The control room's dispatcher presses (and holds) PTT on the group.</summary>
    Task PressPttAsync(ControlRoom room, GroupName group);

    /// <summary>Waits until the dispatcher's console shows the floor granted on the group.</summary>
    Task ExpectGrantedAsync(CastMember dispatcher, GroupName group);

    /// <summary>Waits until a console of the control room shows an emergency alert from the user; returns it with the delay from its raising.</summary>
    Task<AlertSeen> ExpectAlertAsync(ControlRoom room, UserName from, TimeSpan within);

    /// <summary>The control room's dispatcher acknowledges the user's emergency alert.</summary>
    Task AcknowledgeAsync(ControlRoom room, UserName user);
}
