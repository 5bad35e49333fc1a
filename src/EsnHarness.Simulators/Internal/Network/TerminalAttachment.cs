using System.Threading.Channels;
using EsnHarness.Contracts.Network.V1;

namespace EsnHarness.Simulators.Internal.Network;

/// <summary>A terminal's place, current link conditions and the streams watching it.</summary>
internal sealed class TerminalAttachment(string terminalId)
{
    public string TerminalId { get; } = terminalId;

    public string PlaceId { get; set; } = "";

    public LinkConditions? Current { get; set; }

    public List<Channel<LinkConditions>> Watchers { get; } = [];

    /// <summary>WatchTerminals streams watching this terminal among others (never completed by a detach).</summary>
    public List<NetworkWatchMux> SharedWatchers { get; } = [];
}
