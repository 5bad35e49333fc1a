namespace EsnHarness.Simulators.Defects;

/// <summary>Faults of status messages and of a terminal's or console's message log.</summary>
public static class MessagingDefects
{
    /// <summary>The MCX service delivers a status value with its two bytes swapped.</summary>
    public static readonly Defect StatusCodeByteSwapped = new(
        "mcx.status-code-byte-swapped", "mcx",
        "The MCX service re-encodes a status message's 16-bit value in the wrong byte order on delivery (little- instead of big-endian): a crew's 'At scene' (32770, 0x8002) reaches the control room as 640 (0x0280), a value no status table holds.",
        "EN 300 392-2 pre-coded status (a 16-bit value, carried unchanged end to end), TS 24.282; REQ-LDN-DATA-009..011, REQ-LDN-CR-012..014");

    /// <summary>A message enters the terminal's message log only once it has been opened.</summary>
    public static readonly Defect MessageLogOnlyRead = new(
        "device.message-log-only-read", "device",
        "The terminal's message log (its received-message list, the control room's record of what crews sent) lists a message only once it has been opened: an informative message shown on arrival but not yet opened is missing from the log.",
        "London assumption: every SDS a control room receives is logged with sender and time (REQ-LDN-DATA-008)");

    /// <summary>Every messaging defect.</summary>
    public static IReadOnlyList<Defect> All { get; } = [StatusCodeByteSwapped, MessageLogOnlyRead];
}
