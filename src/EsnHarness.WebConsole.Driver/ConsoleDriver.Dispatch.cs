using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace EsnHarness.WebConsole.Driver;

/// <summary>What a dispatcher does beyond talking and acknowledging: broadcast calls, cancelling an emergency, remote affiliation,
/// and the options of the call and message forms. These are optional map entries (<see cref="ConsoleMap.Has"/>).</summary>
public sealed partial class ConsoleDriver
{
    /// <summary>Starts a private call to the user, with automatic commencement when <paramref name="automatic"/> (the map's
    /// <c>callAutomatic</c> option ticked; unticked otherwise, when the map has it).</summary>
    public async Task CallAsync(string user, bool automatic)
    {
        await ChooseAsync(Find("callTarget"), user);
        await SetOptionAsync("callAutomatic", automatic);
        await Find("callButton").ClickAsync(new LocatorClickOptions { Timeout = TimeoutMs });
    }

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

    /// <summary>Cancels the user's emergency and waits until the console no longer offers to (the emergency is no longer active on it).</summary>
    public async Task CancelEmergencyAsync(string user)
    {
        var cancel = Find("cancelEmergencyButton", user: user);
        await cancel.ClickAsync(new LocatorClickOptions { Timeout = TimeoutMs });
        await Assertions.Expect(cancel).ToBeHiddenAsync(new LocatorAssertionsToBeHiddenOptions { Timeout = TimeoutMs });
    }

    /// <summary>Waits until the console marks the user's emergency cancelled.</summary>
    public Task ExpectEmergencyCancelledAsync(string user) =>
        Assertions.Expect(Find("cancelledEmergency", user: user)).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = TimeoutMs });

    /// <summary>Affiliates the user to the group from the console (remote affiliation) and waits until the console answers that
    /// the user is affiliated (the map's <c>affiliateResult</c> reads "{user} affiliated to {group}").</summary>
    public async Task RemoteAffiliateAsync(string user, string group)
    {
        await FillAffiliationAsync(user, group);
        await SubmitAffiliationAsync(user, group);
    }

    /// <summary>Names the user and the group of a remote affiliation in the console's form, without sending it yet.</summary>
    public async Task FillAffiliationAsync(string user, string group)
    {
        await ChooseAsync(Find("affiliateUser"), user);
        await ChooseAsync(Find("affiliateGroup"), group);
    }

    /// <summary>Sends the remote affiliation filled in by <see cref="FillAffiliationAsync"/> and waits until the console answers that
    /// the user is affiliated.</summary>
    public async Task SubmitAffiliationAsync(string user, string group)
    {
        await Find("affiliateButton").ClickAsync(new LocatorClickOptions { Timeout = TimeoutMs });
        var done = new Regex($"^{Regex.Escape(user)} affiliated to {Regex.Escape(group)}$", RegexOptions.IgnoreCase);
        await Assertions.Expect(Find("affiliateResult")).ToHaveTextAsync(done, new LocatorAssertionsToHaveTextOptions { Timeout = TimeoutMs });
    }

    /// <summary>Asks the console to monitor (affiliate to) the group from its screen; returns null once it says it monitors it, else
    /// the reason it gives for not monitoring it (the map's <c>monitorResult</c>: "Monitoring {group}" / "Not monitoring {group}: reason").</summary>
    public async Task<string?> MonitorAsync(string group)
    {
        await Find("monitorGroup").FillAsync(group, new LocatorFillOptions { Timeout = TimeoutMs });
        await Find("monitorButton").ClickAsync(new LocatorClickOptions { Timeout = TimeoutMs });
        var result = Find("monitorResult");
        var answered = new Regex($"^(Monitoring|Not monitoring) {Regex.Escape(group)}(:|$)", RegexOptions.IgnoreCase);
        await Assertions.Expect(result).ToHaveTextAsync(answered, new LocatorAssertionsToHaveTextOptions { Timeout = TimeoutMs });
        var text = (await result.InnerTextAsync(new LocatorInnerTextOptions { Timeout = TimeoutMs })).Trim();
        var refused = $"Not monitoring {group}:";
        return text.StartsWith(refused, StringComparison.OrdinalIgnoreCase) ? text[refused.Length..].Trim() : null;
    }

    /// <summary>Ticks or unticks an optional checkbox of a form; an option the map leaves out may only be left unticked.</summary>
    /// <exception cref="ArgumentException">The option is asked for but the map has no such entry.</exception>
    private async Task SetOptionAsync(string entry, bool on)
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
