using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace EsnHarness.WebConsole.Driver;

/// <summary>The message form's read-receipt option and the delivery reports it brings, and the forms' optional checkboxes.
/// These are optional map entries (<see cref="ConsoleMap.Has"/>).</summary>
public sealed partial class ConsoleDriver
{
    /// <summary>Sends an SDS from the console to a group or user, asking for a read receipt as well as delivery when
    /// <paramref name="readReceipt"/> (the map's <c>messageReadReceipt</c> option).</summary>
    public async Task SendMessageAsync(string to, string text, bool readReceipt)
    {
        await ChooseAsync(Find("messageRecipient"), to);
        await Find("messageText").FillAsync(text, new LocatorFillOptions { Timeout = TimeoutMs });
        await SetOptionAsync("messageReadReceipt", readReceipt);
        await Find("messageSend").ClickAsync(new LocatorClickOptions { Timeout = TimeoutMs });
    }

    /// <summary>Waits until the message list shows an outgoing message to <paramref name="recipient"/> with each of
    /// <paramref name="reports"/> from them, in the words of the reference console: "delivered to NAME", "read by NAME".</summary>
    public Task ExpectReportsAsync(string recipient, IReadOnlyList<string> reports)
    {
        var item = MessageItems().Filter(new LocatorFilterOptions { HasText = $"To {recipient}:" });
        item = reports.Aggregate(item, (found, report) => found.Filter(new LocatorFilterOptions { HasText = report }));
        return Assertions.Expect(item.Last).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = TimeoutMs });
    }

    /// <summary>Ticks or unticks an optional checkbox of a form; an option the map leaves out may only be left unticked.</summary>
    /// <exception cref="ArgumentException">The option is asked for but the map has no such entry.</exception>
    internal async Task SetOptionAsync(string entry, bool on)
    {
        if (Map.Has(entry))
        {
            await Find(entry).SetCheckedAsync(on, new LocatorSetCheckedOptions { Timeout = TimeoutMs });
        }
        else if (on)
        {
            throw new ArgumentException($"'{entry}' is not an entry of the console map {Map.Source}", nameof(entry));
        }
    }
}
