using Microsoft.Playwright;

namespace EsnHarness.WebConsole.Driver;

/// <summary>
/// Drives a dispatcher console's screen through Playwright, finding everything through a <see cref="ConsoleMap"/>, so the same
/// steps work on any console product that has a map. Waits are Playwright's own (auto-waiting locators and web-first
/// assertions) with <see cref="Timeout"/> as the deadline.
/// </summary>
public sealed partial class ConsoleDriver
{
    private ConsoleDriver(IPage page, Uri address, ConsoleMap map, TimeSpan timeout)
    {
        Page = page;
        Address = address;
        Map = map;
        Timeout = timeout;
        Calls = new ConsoleCalls(this);
        Emergencies = new ConsoleEmergencies(this);
        Affiliations = new ConsoleAffiliations(this);
        Handovers = new ConsoleHandovers(this);
        Seat = new ConsoleSeat(this);
    }

    /// <summary>The page the console is on.</summary>
    public IPage Page { get; }

    /// <summary>The console's address.</summary>
    public Uri Address { get; }

    /// <summary>The map in use.</summary>
    public ConsoleMap Map { get; }

    /// <summary>How long any one wait may take.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>Private calls and ambient listening.</summary>
    public ConsoleCalls Calls { get; }

    /// <summary>Emergency alerts: the banner, acknowledging and cancelling.</summary>
    public ConsoleEmergencies Emergencies { get; }

    /// <summary>Monitoring a group and remote affiliation.</summary>
    public ConsoleAffiliations Affiliations { get; }

    /// <summary>Incident handovers between control rooms.</summary>
    public ConsoleHandovers Handovers { get; }

    /// <summary>The reference console's page kept open from one position to the next: vacant, then seated again.</summary>
    public ConsoleSeat Seat { get; }

    internal float TimeoutMs => (float)Timeout.TotalMilliseconds;

    /// <summary>A driver for the console at <paramref name="address"/> on <paramref name="page"/> (nothing is loaded yet: call <see cref="LogInAsync"/>).</summary>
    public static ConsoleDriver Attach(IPage page, Uri address, ConsoleMap map, TimeSpan? timeout = null) =>
        new(page, address, map, timeout ?? TimeSpan.FromSeconds(10));

    /// <summary>Opens the login page, logs in as the map's user with <paramref name="password"/> and waits for the console.</summary>
    /// <exception cref="TimeoutException">A login locator is not found, or the console never shows it is logged in.</exception>
    public async Task LogInAsync(string password)
    {
        var login = Map.Login;
        await Page.GotoAsync(new Uri(Address, login.Path).AbsoluteUri);
        await login.UserField.On(Page, NoValues).FillAsync(login.User, new LocatorFillOptions { Timeout = TimeoutMs });
        await login.PasswordField.On(Page, NoValues).FillAsync(password, new LocatorFillOptions { Timeout = TimeoutMs });
        await login.Submit.On(Page, NoValues).ClickAsync(new LocatorClickOptions { Timeout = TimeoutMs });
        await Assertions.Expect(login.LoggedIn.On(Page, NoValues)).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = TimeoutMs });
    }

    /// <summary>
    /// Logs in without the login page, for the reference console (whose login form posts <c>user</c> and <c>password</c> to the map's
    /// login path): posts them from the page's browser context, which keeps the session cookie, then opens the console and waits
    /// for it. One page load instead of two and no typing; the form itself is what <see cref="LogInAsync"/> and <c>esn console
    /// check</c> use.
    /// </summary>
    /// <exception cref="TimeoutException">The console never shows it is logged in (e.g. the password was refused).</exception>
    public async Task LogInByPostAsync(string password)
    {
        var login = Map.Login;
        var form = Page.Context.APIRequest.CreateFormData();
        form.Set("user", login.User);
        form.Set("password", password);
        var response = await Page.Context.APIRequest.PostAsync(new Uri(Address, login.Path).AbsoluteUri,
            new APIRequestContextOptions { Form = form, MaxRedirects = 0, Timeout = TimeoutMs });
        await response.DisposeAsync();
        await ReloadAsync();
    }

    /// <summary>
    /// Loads the console afresh in a page whose browser context is logged in already (a page kept for the next dispatcher, after
    /// the console was seated at another position) and waits until it shows it is logged in. A new document: nothing the page
    /// showed before stays on the screen.
    /// </summary>
    /// <exception cref="TimeoutException">The console never shows it is logged in (e.g. the session was ended).</exception>
    public async Task ReloadAsync()
    {
        await Page.GotoAsync(Address.AbsoluteUri);
        await Assertions.Expect(Map.Login.LoggedIn.On(Page, NoValues)).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = TimeoutMs });
    }

    /// <summary>The screen element of a map entry for a group and/or user.</summary>
    public ILocator Find(string entry, string? group = null, string? user = null) => Map[entry].On(Page, Values(group, user));

    /// <summary>What the talker field of the group shows now.</summary>
    public Task<string> TalkerAsync(string group) => Find("talker", group: group).InnerTextAsync(new LocatorInnerTextOptions { Timeout = TimeoutMs });

    /// <summary>Waits until the talker field of the group contains <paramref name="text"/> (e.g. the talker's name).</summary>
    public Task ExpectTalkerAsync(string group, string text) => WaitForTextAsync(Find("talker", group: group), Containing(text));

    /// <summary>Presses and holds the group's PTT control with the mouse (released by <see cref="ReleasePttAsync"/>).</summary>
    public Task PressPttAsync(string group) => PressAsync("pttButton", group);

    /// <summary>Presses and holds a group's hold-to-talk control (<c>pttButton</c> or <c>broadcastButton</c>) with the mouse.</summary>
    private async Task PressAsync(string control, string group)
    {
        await Find(control, group: group).HoverAsync(new LocatorHoverOptions { Timeout = TimeoutMs });
        await Page.Mouse.DownAsync();
    }

    /// <summary>Lets go of the PTT control pressed by <see cref="PressPttAsync"/>.</summary>
    public Task ReleasePttAsync() => Page.Mouse.UpAsync();

    /// <summary>Waits until the group's floor indication contains <paramref name="text"/> (e.g. "granted", "queued", "denied").</summary>
    public Task ExpectFloorStateAsync(string group, string text) => WaitForTextAsync(Find("floorState", group: group), Containing(text, ignoreCase: true));

    /// <summary>Takes a PNG screenshot of the whole window.</summary>
    public Task<byte[]> ScreenshotAsync(string? path = null) => Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });

    internal static readonly Dictionary<string, string> NoValues = [];

    private static Dictionary<string, string> Values(string? group, string? user)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (group is not null)
        {
            values[Placeholders.Group] = group;
        }

        if (user is not null)
        {
            values[Placeholders.User] = user;
        }

        return values;
    }
}
