using Microsoft.Playwright;

namespace EsnHarness.WebConsole.Driver;

/// <summary>The emergency alerts on a console's screen: the banner, acknowledging and cancelling (<c>cancelEmergencyButton</c> and <c>cancelledEmergency</c> are optional map entries).</summary>
public sealed class ConsoleEmergencies
{
    private readonly ConsoleDriver _driver;

    internal ConsoleEmergencies(ConsoleDriver driver) => _driver = driver;

    /// <summary>True when the emergency banner of the user is on the screen now.</summary>
    public Task<bool> EmergencyBannerVisibleAsync(string user) => _driver.Find("emergencyBanner", user: user).IsVisibleAsync();

    /// <summary>Waits until the emergency banner of the user is shown.</summary>
    public Task ExpectEmergencyBannerAsync(string user) =>
        Assertions.Expect(_driver.Find("emergencyBanner", user: user)).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = _driver.TimeoutMs });

    /// <summary>Waits until the emergency banner of the user is gone.</summary>
    public Task ExpectNoEmergencyBannerAsync(string user) =>
        Assertions.Expect(_driver.Find("emergencyBanner", user: user)).ToBeHiddenAsync(new LocatorAssertionsToBeHiddenOptions { Timeout = _driver.TimeoutMs });

    /// <summary>Acknowledges the user's emergency alert.</summary>
    public Task AcknowledgeEmergencyAsync(string user) => _driver.Find("acknowledgeButton", user: user).ClickAsync(new LocatorClickOptions { Timeout = _driver.TimeoutMs });

    /// <summary>Cancels the user's emergency and waits until the console no longer offers to (the emergency is no longer active on it).</summary>
    public async Task CancelEmergencyAsync(string user)
    {
        var cancel = _driver.Find("cancelEmergencyButton", user: user);
        await cancel.ClickAsync(new LocatorClickOptions { Timeout = _driver.TimeoutMs });
        await Assertions.Expect(cancel).ToBeHiddenAsync(new LocatorAssertionsToBeHiddenOptions { Timeout = _driver.TimeoutMs });
    }

    /// <summary>Waits until the console marks the user's emergency cancelled.</summary>
    public Task ExpectEmergencyCancelledAsync(string user) =>
        Assertions.Expect(_driver.Find("cancelledEmergency", user: user)).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = _driver.TimeoutMs });
}
