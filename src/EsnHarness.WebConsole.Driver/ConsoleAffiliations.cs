using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace EsnHarness.WebConsole.Driver;

/// <summary>Groups from the console's screen: monitoring one more group, and affiliating a user to a group (remote affiliation). Optional map entries (<see cref="ConsoleMap.Has"/>).</summary>
public sealed class ConsoleAffiliations
{
    private readonly ConsoleDriver _driver;

    internal ConsoleAffiliations(ConsoleDriver driver) => _driver = driver;

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
        await _driver.ChooseAsync(_driver.Find("affiliateUser"), user);
        await _driver.ChooseAsync(_driver.Find("affiliateGroup"), group);
    }

    /// <summary>Sends the remote affiliation filled in by <see cref="FillAffiliationAsync"/> and waits until the console answers that
    /// the user is affiliated.</summary>
    public async Task SubmitAffiliationAsync(string user, string group)
    {
        await _driver.Find("affiliateButton").ClickAsync(new LocatorClickOptions { Timeout = _driver.TimeoutMs });
        var done = new Regex($"^{Regex.Escape(user)} affiliated to {Regex.Escape(group)}$", RegexOptions.IgnoreCase);
        await Assertions.Expect(_driver.Find("affiliateResult")).ToHaveTextAsync(done, new LocatorAssertionsToHaveTextOptions { Timeout = _driver.TimeoutMs });
    }

    /// <summary>Asks the console to monitor (affiliate to) the group from its screen; returns null once it says it monitors it, else
    /// the reason it gives for not monitoring it (the map's <c>monitorResult</c>: "Monitoring {group}" / "Not monitoring {group}: reason").</summary>
    public async Task<string?> MonitorAsync(string group)
    {
        await _driver.Find("monitorGroup").FillAsync(group, new LocatorFillOptions { Timeout = _driver.TimeoutMs });
        await _driver.Find("monitorButton").ClickAsync(new LocatorClickOptions { Timeout = _driver.TimeoutMs });
        var result = _driver.Find("monitorResult");
        var answered = new Regex($"^(Monitoring|Not monitoring) {Regex.Escape(group)}(:|$)", RegexOptions.IgnoreCase);
        await Assertions.Expect(result).ToHaveTextAsync(answered, new LocatorAssertionsToHaveTextOptions { Timeout = _driver.TimeoutMs });
        var text = (await result.InnerTextAsync(new LocatorInnerTextOptions { Timeout = _driver.TimeoutMs })).Trim();
        var refused = $"Not monitoring {group}:";
        return text.StartsWith(refused, StringComparison.OrdinalIgnoreCase) ? text[refused.Length..].Trim() : null;
    }
}
