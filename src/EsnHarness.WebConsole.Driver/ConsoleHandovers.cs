using Microsoft.Playwright;

namespace EsnHarness.WebConsole.Driver;

/// <summary>Incident handovers between control rooms on a console's screen: sending one, reading a received one, and the read report. Optional map entries (<see cref="ConsoleMap.Has"/>).</summary>
public sealed class ConsoleHandovers
{
    private readonly ConsoleDriver _driver;

    internal ConsoleHandovers(ConsoleDriver driver) => _driver = driver;

    /// <summary>Hands the incident over to the dispatcher named <paramref name="to"/> with one "field: value" line per field, and waits
    /// until the message list shows it sent (an item with the reference).</summary>
    public async Task HandOverAsync(string to, string incident, IReadOnlyList<KeyValuePair<string, string>> fields)
    {
        await _driver.ChooseAsync(_driver.Find("handoverTo"), to);
        await _driver.Find("handoverIncident").FillAsync(incident, new LocatorFillOptions { Timeout = _driver.TimeoutMs });
        await _driver.Find("handoverDetails").FillAsync(string.Join('\n', fields.Select(f => $"{f.Key}: {f.Value}")), new LocatorFillOptions { Timeout = _driver.TimeoutMs });
        await _driver.Find("handoverSend").ClickAsync(new LocatorClickOptions { Timeout = _driver.TimeoutMs });
        await _driver.ExpectMessageAsync(incident);
    }

    /// <summary>The received handover of the incident (an item of the handover list with its reference).</summary>
    public ILocator Handover(string incident) =>
        _driver.Map["handoverItem"].Within(_driver.Find("handoverList"), ConsoleDriver.NoValues).Filter(new LocatorFilterOptions { HasText = incident }).First;

    /// <summary>Waits until the handover of the incident is shown, naming <paramref name="sender"/> when given (a console's directory
    /// may name the sender a moment after the handover arrives); returns its lines as shown (one a line, trimmed, blank ones left out).</summary>
    public async Task<IReadOnlyList<string>> HandoverLinesAsync(string incident, string? sender = null)
    {
        var item = Handover(incident);
        await Assertions.Expect(item).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = _driver.TimeoutMs });
        if (sender is not null)
        {
            await _driver.WaitForTextAsync(item, ConsoleDriver.Containing(sender));
        }

        var text = await item.InnerTextAsync(new LocatorInnerTextOptions { Timeout = _driver.TimeoutMs });
        return [.. text.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];
    }

    /// <summary>Reads the received handover of the incident and waits until the console no longer offers to (it is read).</summary>
    public async Task ReadHandoverAsync(string incident)
    {
        var read = _driver.Map["handoverRead"].Within(Handover(incident), ConsoleDriver.NoValues);
        await read.ClickAsync(new LocatorClickOptions { Timeout = _driver.TimeoutMs });
        await Assertions.Expect(read).ToBeHiddenAsync(new LocatorAssertionsToBeHiddenOptions { Timeout = _driver.TimeoutMs });
    }

    /// <summary>Waits until the message list shows the sent handover of the incident read by <paramref name="recipient"/> (in the
    /// reference console's words, "read by NAME").</summary>
    public Task ExpectHandoverReadAsync(string incident, string recipient) =>
        Assertions.Expect(_driver.MessageItems().Filter(new LocatorFilterOptions { HasText = incident }).Filter(new LocatorFilterOptions { HasText = $"read by {recipient}" }).First)
            .ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = _driver.TimeoutMs });
}
