using System.Globalization;
using Microsoft.Playwright;

namespace EsnHarness.WebConsole.Driver;

/// <summary>Messages, patches and the plan.</summary>
public sealed partial class ConsoleDriver
{
    /// <summary>The text of every message the message list shows, as shown.</summary>
    public Task<IReadOnlyList<string>> MessagesAsync() => MessageItems().AllInnerTextsAsync();

    /// <summary>Waits until a message containing <paramref name="text"/> is in the message list.</summary>
    public Task ExpectMessageAsync(string text) =>
        Assertions.Expect(MessageItems().Filter(new LocatorFilterOptions { HasText = text }).First).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = TimeoutMs });

    /// <summary>Sends an SDS from the console to a group or user.</summary>
    public Task SendMessageAsync(string to, string text) => SendMessageAsync(to, text, readReceipt: false);

    /// <summary>Patches two groups.</summary>
    public async Task PatchAsync(string first, string second)
    {
        await ChooseAsync(Find("patchFirst"), first);
        await ChooseAsync(Find("patchSecond"), second);
        await Find("patchButton").ClickAsync(new LocatorClickOptions { Timeout = TimeoutMs });
    }

    /// <summary>Waits until the group is marked patched.</summary>
    public Task ExpectPatchedAsync(string group) =>
        Assertions.Expect(Find("patchMarker", group: group)).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = TimeoutMs });

    /// <summary>The position the plan shows for the user's unit (waits for the marker).</summary>
    /// <exception cref="FormatException">The marker shows no position the map's <c>unitPosition</c> pattern can read.</exception>
    public async Task<UnitPosition> UnitPositionAsync(string user)
    {
        var marker = Find("unitMarker", user: user);
        await marker.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = TimeoutMs });
        var label = await LabelOfAsync(marker);
        var match = Map.UnitPosition.Match(label);
        if (!match.Success)
        {
            throw new FormatException($"{Map.Source}: the unit marker of {user} reads '{label}', where the unitPosition pattern finds no position");
        }

        return new UnitPosition(
            double.Parse(match.Groups["lat"].Value, CultureInfo.InvariantCulture),
            double.Parse(match.Groups["lon"].Value, CultureInfo.InvariantCulture),
            label);
    }

    /// <summary>Waits until the plan shows the user's unit somewhere other than <paramref name="before"/>; returns the new position.</summary>
    public async Task<UnitPosition> ExpectUnitMovedAsync(string user, UnitPosition before)
    {
        var marker = Find("unitMarker", user: user);
        var ariaLabel = await marker.GetAttributeAsync("aria-label", new LocatorGetAttributeOptions { Timeout = TimeoutMs });
        if (string.IsNullOrEmpty(ariaLabel))
        {
            await Assertions.Expect(marker).Not.ToHaveTextAsync(before.Label, new LocatorAssertionsToHaveTextOptions { Timeout = TimeoutMs });
        }
        else if (ariaLabel == before.Label)
        {
            await Assertions.Expect(marker).Not.ToHaveAttributeAsync("aria-label", before.Label, new LocatorAssertionsToHaveAttributeOptions { Timeout = TimeoutMs });
        }

        return await UnitPositionAsync(user);
    }

    internal ILocator MessageItems() => Map["messageItem"].Within(Find("messageList"), new Dictionary<string, string>());

    private static async Task<string> LabelOfAsync(ILocator marker) =>
        await marker.GetAttributeAsync("aria-label") is { Length: > 0 } label ? label : await marker.InnerTextAsync();

    /// <summary>Picks a value in a select element, or types it into a text field or combobox.</summary>
    internal async Task ChooseAsync(ILocator field, string value)
    {
        var tag = await field.EvaluateAsync<string>("e => e.tagName", null, new LocatorEvaluateOptions { Timeout = TimeoutMs });
        if (string.Equals(tag, "select", StringComparison.OrdinalIgnoreCase))
        {
            await field.SelectOptionAsync(value, new LocatorSelectOptionOptions { Timeout = TimeoutMs });
        }
        else
        {
            await field.FillAsync(value, new LocatorFillOptions { Timeout = TimeoutMs });
        }
    }
}
