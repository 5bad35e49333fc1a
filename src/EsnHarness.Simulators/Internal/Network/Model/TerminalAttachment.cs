using System.Threading.Channels;
using EsnHarness.Contracts.Network.V1;

namespace EsnHarness.Simulators.Internal.Network.Model;

/// <summary>
/// A terminal's place, altitude and bearer priority, its current link conditions and the streams watching it, and the
/// timed transitions in progress (reselection to a neighbour, re-establishment after a dropped handover, a ride).
/// Guarded by its world's lock.
/// </summary>
internal sealed class TerminalAttachment(string terminalId)
{
    public string TerminalId { get; } = terminalId;

    public string PlaceId { get; set; } = "";

    public LinkConditions? Current { get; set; }

    public List<Channel<LinkConditions>> Watchers { get; } = [];

    /// <summary>WatchTerminals streams watching this terminal among others (never completed by a detach).</summary>
    public List<NetworkWatchMux> SharedWatchers { get; } = [];

    /// <summary>Altitude above ground set through SetAltitude, feet; null = the place's own altitude.</summary>
    public double? AltitudeFt { get; set; }

    /// <summary>ARP priority level of the MC bearers set through SetBearerPriority; null = the places file's default.</summary>
    public uint? ArpPriorityLevel { get; set; }

    /// <summary>The cell the terminal last handed over from; empty if none.</summary>
    public string HandoverFrom { get; set; } = "";

    /// <summary>The neighbour cell the terminal is camped on while its place's own site is out; empty otherwise.</summary>
    public string CampedNeighbour { get; set; } = "";

    /// <summary>The neighbour cell the terminal is reselecting to; empty when not reselecting.</summary>
    public string ReselectingTo { get; set; } = "";

    /// <summary>When the reselection to <see cref="ReselectingTo"/> completes.</summary>
    public DateTimeOffset ReselectionDue { get; set; }

    /// <summary>Fires when the reselection completes.</summary>
    public ITimer? ReselectionTimer { get; set; }

    /// <summary>Until when the terminal re-establishes its connection after a handover that dropped it (a defect only).</summary>
    public DateTimeOffset ReestablishedAt { get; set; } = DateTimeOffset.MinValue;

    /// <summary>Fires when the re-establishment completes.</summary>
    public ITimer? ReestablishTimer { get; set; }

    /// <summary>The ride the terminal is on; null when not riding.</summary>
    public RideState? Ride { get; set; }

    public void CancelReselection()
    {
        ReselectionTimer?.Dispose();
        ReselectionTimer = null;
        ReselectingTo = "";
    }

    /// <summary>Stops every timer the terminal holds (detach, world closing).</summary>
    public void StopTimers()
    {
        CancelReselection();
        ReestablishTimer?.Dispose();
        ReestablishTimer = null;
        Ride?.Stop();
        Ride = null;
    }
}
