using EsnHarness.Contracts.Interworking.V1;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Scenario-scoped: what Airwave radios and consoles observe (their ObserveRadio logs): who they hear and see talking, by
/// the identity the TETRA side shows (a radio's ISSI; an ESN user's mapped ISSI, else their MCPTT ID), queue positions,
/// SDS, emergencies, and being told the interworking is lost.
/// </summary>
public sealed class AirwaveChecks(AirwaveTerminals terminals, Cast cast, EsnSession session)
{
    /// <summary>Waits until the terminal receives voice from <paramref name="talker"/>; returns the frame.</summary>
    public Task<RadioEvent> ExpectHearsAsync(TetraTerminal terminal, UserName talker)
    {
        var id = TetraIdOf(talker);
        return terminals.Log(terminal).WaitAsync(e => e.Kind == RadioEventKind.Voice && e.TalkerId == id, 0, session.Timeout, $"{terminal} to hear {talker} (as '{id}')");
    }

    /// <summary>Waits until the terminal shows <paramref name="talker"/> transmitting under <paramref name="issi"/> with their name.</summary>
    public async Task ExpectShowsTalkingAsync(TetraTerminal terminal, UserName talker, string issi)
    {
        var log = terminals.Log(terminal);
        var e = await log.WaitAsync(e => e.Kind == RadioEventKind.Transmitting && e.TalkerId == issi, 0, session.Timeout,
            $"{terminal} to show {talker} transmitting as ISSI {issi}");
        if (e.TalkerName != talker.Value)
        {
            throw new ExpectationFailedException($"{terminal} shows ISSI {issi} transmitting under the name '{e.TalkerName}', expected '{talker.Value}'.");
        }
    }

    /// <summary>Waits until the terminal is told that its talkgroup is no longer patched to ESN; returns the reason it was given.</summary>
    public async Task<string> ExpectToldLostAsync(TetraTerminal terminal) =>
        (await terminals.Log(terminal).WaitAsync(e => e.Kind == RadioEventKind.InterworkingLost, 0, session.Timeout,
            $"{terminal} to be told that interworking with ESN is lost")).Detail;

    /// <summary>
    /// Once the terminal hears <paramref name="from"/>'s emergency call, checks it was shown the emergency exactly once
    /// before it (not lost, not doubled across the bridge).
    /// </summary>
    public async Task ExpectEmergencyOnceAsync(TetraTerminal terminal, UserName from)
    {
        var id = TetraIdOf(from);
        var log = terminals.Log(terminal);
        var voice = await ExpectHearsAsync(terminal, from);
        var before = log.Snapshot().TakeWhile(e => !ReferenceEquals(e, voice)).Where(e => e.Kind == RadioEventKind.Emergency && e.TalkerId == id).ToList();
        if (before.Count != 1)
        {
            throw new ExpectationFailedException(
                $"{terminal} showed {before.Count} emergencies from {from} (as '{id}') before hearing their emergency call, expected exactly 1: {string.Join("; ", before.Select(e => e.Detail))}.");
        }
    }

    /// <summary>Waits until the terminal is told its transmission request waits in the ESN floor queue at <paramref name="position"/>.</summary>
    public Task ExpectQueuedAsync(TetraTerminal terminal, int position) =>
        terminals.Log(terminal).WaitAsync(e => e.Kind == RadioEventKind.Queued && e.QueuePosition == position, 0, session.Timeout,
            $"{terminal} to be told it is queued at position {position}");

    /// <summary>Waits until the terminal receives an SDS text.</summary>
    public Task ExpectSdsAsync(TetraTerminal terminal, string text, TimeSpan within) =>
        terminals.Log(terminal).WaitAsync(e => e.Kind == RadioEventKind.Sds && e.Text == text, 0, within, $"{terminal} to receive the SDS \"{text}\"");

    /// <summary>The identity a talker shows under on the TETRA side: a radio user by their radio's ISSI, an ESN user by their mapped ISSI or MCPTT ID.</summary>
    private string TetraIdOf(UserName talker)
    {
        var member = cast.Get(talker);
        return member.Kind == MemberKind.AirwaveRadio ? terminals.Radio(talker).Issi : terminals.TetraIdentityOf(member).Id;
    }
}
