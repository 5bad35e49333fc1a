using Microsoft.Playwright;

namespace EsnHarness.WebConsole.Driver;

/// <summary>Ambient listening (listening to a terminal, talking in a call) and incident handovers between control rooms: optional
/// map entries (<see cref="ConsoleMap.Has"/>).</summary>
public sealed partial class ConsoleDriver
{
    /// <summary>Starts listening to the user's terminal, naming them as <paramref name="typed"/> (their display name or MCPTT ID), and
    /// waits until the console shows it listens to <paramref name="user"/> (the map's <c>listeningCall</c>).</summary>
    public async Task ListenAsync(string user, string? typed = null)
    {
        await ChooseAsync(Find("listenUser"), typed ?? user);
        await Find("listenButton").ClickAsync(new LocatorClickOptions { Timeout = TimeoutMs });
        await Assertions.Expect(Find("listeningCall", user: user)).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = TimeoutMs });
    }

    /// <summary>Presses and holds PTT in the connected call with the user (released by <see cref="ReleasePttAsync"/>), and waits until
    /// the call's floor indication shows the MCX's answer (granted, queued, denied or revoked).</summary>
    public async Task PressCallPttAndAwaitAnswerAsync(string user)
    {
        await Find("callPttButton", user: user).HoverAsync(new LocatorHoverOptions { Timeout = TimeoutMs });
        await Page.Mouse.DownAsync();
        await WaitForTextAsync(Find("callFloorState", user: user), FloorAnswered);
    }

    /// <summary>Waits until the floor indication of the call with the user contains <paramref name="text"/> (case ignored).</summary>
    public Task ExpectCallFloorStateAsync(string user, string text) => WaitForTextAsync(Find("callFloorState", user: user), Containing(text, ignoreCase: true));

    /// <summary>Hands the incident over to the dispatcher named <paramref name="to"/> with one "field: value" line per field, and waits
    /// until the message list shows it sent (an item with the reference).</summary>
    public async Task HandOverAsync(string to, string incident, IReadOnlyList<KeyValuePair<string, string>> fields)
    {
        await ChooseAsync(Find("handoverTo"), to);
        await Find("handoverIncident").FillAsync(incident, new LocatorFillOptions { Timeout = TimeoutMs });
        await Find("handoverDetails").FillAsync(string.Join('\n', fields.Select(f => $"{f.Key}: {f.Value}")), new LocatorFillOptions { Timeout = TimeoutMs });
        await Find("handoverSend").ClickAsync(new LocatorClickOptions { Timeout = TimeoutMs });
        await ExpectMessageAsync(incident);
    }

    /// <summary>The received handover of the incident (an item of the handover list with its reference).</summary>
    public ILocator Handover(string incident) =>
        Map["handoverItem"].Within(Find("handoverList"), NoValues).Filter(new LocatorFilterOptions { HasText = incident }).First;

    /// <summary>Waits until the handover of the incident is shown, naming <paramref name="sender"/> when given (a console's directory
    /// may name the sender a moment after the handover arrives); returns its lines as shown (one a line, trimmed, blank ones left out).</summary>
    public async Task<IReadOnlyList<string>> HandoverLinesAsync(string incident, string? sender = null)
    {
        var item = Handover(incident);
        await Assertions.Expect(item).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = TimeoutMs });
        if (sender is not null)
        {
            await WaitForTextAsync(item, Containing(sender));
        }

        var text = await item.InnerTextAsync(new LocatorInnerTextOptions { Timeout = TimeoutMs });
        return [.. text.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];
    }

    /// <summary>Reads the received handover of the incident and waits until the console no longer offers to (it is read).</summary>
    public async Task ReadHandoverAsync(string incident)
    {
        var read = Map["handoverRead"].Within(Handover(incident), NoValues);
        await read.ClickAsync(new LocatorClickOptions { Timeout = TimeoutMs });
        await Assertions.Expect(read).ToBeHiddenAsync(new LocatorAssertionsToBeHiddenOptions { Timeout = TimeoutMs });
    }

    /// <summary>Waits until the message list shows the sent handover of the incident read by <paramref name="recipient"/> (in the
    /// reference console's words, "read by NAME").</summary>
    public Task ExpectHandoverReadAsync(string incident, string recipient) =>
        Assertions.Expect(MessageItems().Filter(new LocatorFilterOptions { HasText = incident }).Filter(new LocatorFilterOptions { HasText = $"read by {recipient}" }).First)
            .ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = TimeoutMs });
}
