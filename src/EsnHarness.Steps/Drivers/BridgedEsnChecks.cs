using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Scenario-scoped: what ESN terminals and consoles observe of the Airwave side: an Airwave radio heard under the ESN
/// identity the interworking function gives it, and an emergency from either side alerted exactly once.
/// </summary>
public sealed class BridgedEsnChecks(TerminalFleet fleet, AirwaveTerminals terminals, Cast cast, EsnSession session)
{
    /// <summary>Waits until <paramref name="listener"/>'s terminal receives voice from <paramref name="owner"/>'s Airwave radio (since the last action).</summary>
    public Task ExpectHearsRadioAsync(UserName listener, UserName owner)
    {
        var radio = terminals.Radio(owner);
        var member = cast.Get(listener);
        return fleet.Log(member).WaitAsync(e => e.Media is { } m && m.Packet.SenderMcpttId == radio.McpttId, fleet.Mark(member), session.Timeout,
            $"{listener} to hear {radio} (as '{radio.McpttId}')");
    }

    /// <summary>
    /// Once <paramref name="listener"/>'s terminal or console hears <paramref name="from"/>'s emergency call, checks it was
    /// alerted to their emergency exactly once before it (not lost, not doubled across the bridge). An Airwave radio user's
    /// alert must come from the ESN identity their radio shows under and name the radio's ISSI as its origin.
    /// </summary>
    public async Task ExpectAlertedOnceAsync(UserName listener, UserName from)
    {
        var sender = cast.Get(from);
        var radio = sender.Kind == MemberKind.AirwaveRadio ? terminals.Radio(from) : null;
        var log = fleet.Log(cast.Get(listener));
        var voice = await log.WaitAsync(e => e.Media is { } m && m.Packet.SenderMcpttId == sender.McpttId, 0, session.Timeout, $"{listener} to hear {from}'s emergency call");
        var alerts = log.Snapshot().TakeWhile(e => !ReferenceEquals(e, voice)).Where(e => e.EmergencyAlert is { Alert.Cancelled: false } a && a.Alert.McpttId == sender.McpttId).ToList();
        if (alerts.Count != 1)
        {
            throw new ExpectationFailedException(
                $"{listener} was alerted {alerts.Count} times to the emergency of {from} (as '{sender.McpttId}') before hearing their emergency call, expected exactly once.");
        }

        if (radio is not null && !alerts[0].EmergencyAlert.Alert.Origin.Contains(radio.Issi, StringComparison.Ordinal))
        {
            throw new ExpectationFailedException($"The alert {listener} got for {from} names its origin '{alerts[0].EmergencyAlert.Alert.Origin}', not {radio} (ISSI {radio.Issi}).");
        }
    }
}
