using EsnHarness.Contracts.Network.V1;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>What a control room's console sees of the network operations feed.</summary>
public sealed partial class Terminals
{
    /// <summary>
    /// Waits (since the last action, at most <paramref name="within"/> or the event timeout) until a console of the control
    /// room receives a network status of <paramref name="kind"/> about <paramref name="subject"/> (a site ID for site notices,
    /// a device ID for service notices).
    /// </summary>
    public async Task ExpectNetworkStatusAsync(ControlRoom room, string subject, NetworkStatusKind kind, TimeSpan? within)
    {
        var consoles = cast.Consoles(room);
        if (consoles.Count == 0)
        {
            throw new ArgumentException($"No {room} dispatcher is logged on in this scenario; add e.g. 'Given \"Dispatcher X\" is a dispatcher at {room}'.");
        }

        var console = consoles[0];
        var limit = within is { } w ? (w > TimeSpan.Zero ? w : TimeSpan.FromMilliseconds(1)) : session.Timeout;
        bool Matches(NetworkStatusEvent s) => s.Kind == kind && (kind is NetworkStatusKind.SiteOutage or NetworkStatusKind.SiteRestored ? s.SiteId : s.TerminalId) == subject;
        await Log(console).WaitAsync(e => e.NetworkStatus is { } s && Matches(s), Mark(console), limit, $"the {room} console to be told {kind} for {subject}");
    }
}
