namespace EsnHarness.WebConsole.Internal.State;

/// <summary>What the console knows of one monitored group (mutated only under the state's lock).</summary>
internal sealed class GroupTile(string groupId)
{
    public string GroupId { get; } = groupId;

    /// <summary>The group call the console is in on this group (or on the group patched to it); null when none is up.</summary>
    public string? CallId { get; set; }

    /// <summary>MCPTT ID of whoever holds the floor; null when the floor is idle.</summary>
    public string? TalkerId { get; set; }

    /// <summary>The talker's functional alias as the floor control message carried it.</summary>
    public string TalkerAlias { get; set; } = "";

    /// <summary>The dispatcher's own floor state on this group.</summary>
    public FloorView Floor { get; set; } = FloorView.Idle;

    /// <summary>True while the group's call carries emergency priority.</summary>
    public bool EmergencyCall { get; set; }

    /// <summary>The voice of the latest talk burst on the group's call; null before any.</summary>
    public AudioMeter? Audio { get; set; }

    public void CallEnded()
    {
        CallId = null;
        TalkerId = null;
        TalkerAlias = "";
        EmergencyCall = false;
        if (Audio is not null)
        {
            Audio.Live = false;
        }

        if (Floor.State != FloorView.Requesting)
        {
            Floor = FloorView.Idle;
        }
    }
}
