using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Contracts.Network.V1;

namespace EsnHarness.WebConsole.Internal.State;

/// <summary>Everything the console shows, as plain mutable state; only <see cref="ConsoleState"/> touches it, under its lock.</summary>
internal sealed class ConsoleModel(DispatcherPosition me, IReadOnlyList<string> groups)
{
    /// <summary>Messages kept for the list; older ones drop off.</summary>
    public const int MessagesKept = 200;

    public DispatcherPosition Me { get; } = me;

    public long Version { get; set; }

    /// <summary>connecting, connected or lost.</summary>
    public string Connection { get; set; } = "connecting";

    public string ConnectionDetail { get; set; } = "";

    /// <summary>The latest thing the console has to tell the dispatcher (a call declined, an action refused).</summary>
    public string Notice { get; set; } = "";

    /// <summary>The monitored groups in screen order; <see cref="Monitor"/> adds one while the console runs.</summary>
    public List<GroupTile> Groups { get; } = groups.Select(g => new GroupTile(g)).ToList();

    /// <summary>Active emergency alerts by the MCPTT ID of the user in distress.</summary>
    public Dictionary<string, EmergencyAlert> Alerts { get; } = new(StringComparer.Ordinal);

    /// <summary>Cancelled emergency alerts by the MCPTT ID of the user, the latest of each user's, until they raise another.</summary>
    public Dictionary<string, EmergencyAlert> CancelledAlerts { get; } = new(StringComparer.Ordinal);

    public List<MessageEntry> Messages { get; } = [];

    public Dictionary<string, PrivateCall> Calls { get; } = new(StringComparer.Ordinal);

    /// <summary>Last known position of each unit by MCPTT ID.</summary>
    public Dictionary<string, LocationRecord> Units { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, GroupPatch> Patches { get; } = new(StringComparer.Ordinal);

    /// <summary>The network model's places, drawn as landmarks.</summary>
    public List<Place> Places { get; } = [];

    public GroupTile? Tile(string groupId) => Groups.FirstOrDefault(t => t.GroupId == groupId);

    /// <summary>The tile of the group, added at the end of the screen if the console did not monitor it yet.</summary>
    public GroupTile Monitor(string groupId)
    {
        if (Tile(groupId) is { } tile)
        {
            return tile;
        }

        tile = new GroupTile(groupId);
        Groups.Add(tile);
        return tile;
    }

    /// <summary>The tiles a group call shows on: its own group's, and the patched partner's when that is monitored too.</summary>
    public IEnumerable<GroupTile> TilesOf(CallInfo call) =>
        Groups.Where(t => t.GroupId == call.GroupId || t.CallId == call.CallId || PartnerOf(call.GroupId) == t.GroupId);

    public IEnumerable<GroupTile> TilesOfCall(string callId) => Groups.Where(t => t.CallId == callId);

    /// <summary>The group patched to <paramref name="groupId"/>, if any.</summary>
    public string? PartnerOf(string groupId) =>
        Patches.Values.FirstOrDefault(p => p.GroupIds.Contains(groupId))?.GroupIds.FirstOrDefault(g => g != groupId);

    public bool HasMessage(string id) => Messages.Any(m => m.Id == id);

    public void Add(MessageEntry message)
    {
        Messages.Add(message);
        if (Messages.Count > MessagesKept)
        {
            Messages.RemoveAt(0);
        }
    }
}
