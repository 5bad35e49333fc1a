namespace EsnHarness.WebConsole.Internal.State;

/// <summary>A message in the console's list (mutated only under the state's lock).</summary>
internal sealed class MessageEntry(string id, DateTimeOffset at, bool outgoing, string fromId, string to, string text, bool status)
{
    public string Id { get; } = id;

    public DateTimeOffset At { get; } = at;

    public bool Outgoing { get; } = outgoing;

    public string FromId { get; } = fromId;

    /// <summary>Recipient: a group ID or an MCPTT ID.</summary>
    public string To { get; } = to;

    public string Text { get; } = text;

    /// <summary>True for a pre-coded status message.</summary>
    public bool Status { get; } = status;

    /// <summary>The incident handover the message carries (received or sent); null for any other message.</summary>
    public Handover? Handover { get; init; }

    /// <summary>True when the sender of a received message asked to be told it was read.</summary>
    public bool ReadReportWanted { get; init; }

    /// <summary>True once the dispatcher has read a received handover.</summary>
    public bool Read { get; set; }

    /// <summary>What the recipients reported (outgoing messages): recipient MCPTT ID and "delivered", "read" or "undelivered".</summary>
    public List<(string RecipientId, string Status)> Dispositions { get; } = [];
}
