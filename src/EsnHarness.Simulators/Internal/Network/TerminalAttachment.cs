using System.Threading.Channels;
using EsnHarness.Contracts.Network.V1;

namespace EsnHarness.Simulators.Internal.Network;

/// <summary>A terminal's place, current link conditions, the streams watching it and its cell reselection in progress.</summary>
internal sealed class TerminalAttachment(string terminalId)
{
    public string TerminalId { get; } = terminalId;

    public string PlaceId { get; set; } = "";

    public LinkConditions? Current { get; set; }

    public List<Channel<LinkConditions>> Watchers { get; } = [];

    /// <summary>The neighbour cell the terminal is camped on while its place's own site is out; empty otherwise.</summary>
    public string CampedNeighbour { get; set; } = "";

    /// <summary>The neighbour cell the terminal is reselecting to; empty when not reselecting.</summary>
    public string ReselectingTo { get; set; } = "";

    /// <summary>When the reselection to <see cref="ReselectingTo"/> completes.</summary>
    public DateTimeOffset ReselectionDue { get; set; }

    /// <summary>Fires when the reselection completes.</summary>
    public ITimer? ReselectionTimer { get; set; }

    public void CancelReselection()
    {
        ReselectionTimer?.Dispose();
        ReselectionTimer = null;
        ReselectingTo = "";
    }

    /// <summary>WatchTerminals streams watching this terminal among others (never completed by a detach).</summary>
    public List<NetworkWatchMux> SharedWatchers { get; } = [];
}
