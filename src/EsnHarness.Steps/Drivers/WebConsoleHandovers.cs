using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// An incident handed between control rooms on web consoles' screens: the sending dispatcher calls the receiving position
/// (automatic commencement) and sends the handover from the console's handover form; the receiving console shows it with every
/// field and reads it; the sender's message list shows it read. Each needs optional entries of the console map; a console whose map
/// leaves them out skips the scenario, saying so.
/// </summary>
public sealed class WebConsoleHandovers(WebConsolePort port, WebConsoleControls controls, TerminalFleet fleet)
{
    /// <summary>The sender calls the receiver's position privately from the screen (automatic commencement, naming it by MCPTT ID as
    /// control rooms reach each other's positions), waits until the call is connected on the screen, then sends the handover.</summary>
    public async Task HandOverAsync(CastMember sender, CastMember receiver, IncidentHandover handover)
    {
        var seat = await port.ScreenOfAsync(sender, $"{sender.Name} hands incident {handover.Reference} over", "handoverTo", "handoverIncident", "handoverDetails", "handoverSend");
        await controls.PrivateCallAsync(sender, receiver.Name, automatic: true, typed: receiver.McpttId);
        await controls.ExpectInPrivateCallAsync(sender, receiver.Name);
        fleet.MarkAction();
        await port.OnScreenAsync(seat, "handoverSend", null, null, $"{sender.Name} to send the handover of {handover.Reference} to {receiver.Name} from the console",
            () => seat.Driver.Handovers.HandOverAsync(receiver.McpttId, handover.Reference, handover.Fields));
    }

    /// <summary>Waits until the receiving console shows the handover; fails unless it names the sending control room and dispatcher and
    /// shows every field as sent, one "field: value" line each.</summary>
    public async Task ExpectReceivedAsync(CastMember receiver, CastMember sender, IncidentHandover sent)
    {
        var seat = await port.ScreenOfAsync(receiver, $"the console of {receiver.Name} shows the handover of {sent.Reference}", "handoverList", "handoverItem");
        IReadOnlyList<string> lines = [];
        await port.OnScreenAsync(seat, "handoverItem", null, null, $"the console of {receiver.Name} to show the handover of {sent.Reference}",
            async () => lines = await seat.Driver.Handovers.HandoverLinesAsync(sent.Reference, sender.Name.Value));
        var text = string.Join(" | ", lines);
        var missing = sent.Fields.Select(f => $"{f.Key}: {f.Value}").Where(f => !lines.Contains(f, StringComparer.Ordinal)).ToList();
        if (missing.Count > 0 || !text.Contains(sent.From, StringComparison.Ordinal) || !text.Contains(sender.Name.Value, StringComparison.Ordinal))
        {
            throw new ExpectationFailedException(
                $"The console of {receiver.Name} shows the handover of {sent.Reference} as \"{text}\": {(missing.Count > 0 ? $"without [{string.Join("; ", missing)}]" : $"not naming {sent.From} and {sender.Name}")} ({port.Map.Source}: handoverItem).");
        }
    }

    /// <summary>The receiving dispatcher reads the handover from the screen.</summary>
    public async Task ReadAsync(CastMember receiver, string incident)
    {
        var seat = await port.ScreenOfAsync(receiver, $"{receiver.Name} reads the handover of {incident}", "handoverList", "handoverItem", "handoverRead");
        fleet.MarkAction();
        await port.OnScreenAsync(seat, "handoverRead", null, null, $"{receiver.Name} to read the handover of {incident} at the console",
            () => seat.Driver.Handovers.ReadHandoverAsync(incident));
    }

    /// <summary>Waits until the sender's message list shows the handover read by the receiver.</summary>
    public async Task ExpectReadAsync(CastMember sender, CastMember receiver, string incident)
    {
        var seat = await port.SeatOf(sender).ScreenAsync();
        await port.OnScreenAsync(seat, "messageItem", null, receiver.Name.Value, $"the console of {sender.Name} to show the handover of {incident} read by {receiver.Name}",
            () => seat.Driver.Handovers.ExpectHandoverReadAsync(incident, receiver.Name.Value));
    }
}
