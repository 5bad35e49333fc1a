using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace EsnHarness.WebConsole.Driver;

/// <summary>Voice: what the audio meters of the group tiles and private calls show, and a talk burst of the dispatcher's own.</summary>
public sealed partial class ConsoleDriver
{
    // Playwright passes a regex's pattern and flags to the browser: only IgnoreCase, Multiline and Singleline are allowed.
    internal static readonly Regex FloorAnswered = new("granted|queued|denied|revoked", RegexOptions.IgnoreCase);
    private static readonly Regex SentFrames = new(@"^Sent audio: (?<frames>\d+) frames");

    /// <summary>
    /// Presses and holds the group's PTT control with the mouse, and waits until the group's floor indication shows the MCX's answer
    /// (granted, queued, denied or revoked), so the press has really reached the MCX when this returns.
    /// </summary>
    public async Task PressPttAndAwaitAnswerAsync(string group)
    {
        await PressPttAsync(group);
        await WaitForTextAsync(Find("floorState", group: group), FloorAnswered);
    }

    /// <summary>
    /// Waits until the audio meter of one of <paramref name="groups"/>, or of a connected private call with the talker, shows voice
    /// frames received from <paramref name="talker"/>.
    /// </summary>
    public Task ExpectHearsAsync(IReadOnlyList<string> groups, string talker)
    {
        var meters = groups.Select(g => Find("audio", group: g)).Aggregate(Find("callAudio", user: talker), (a, b) => a.Or(b));
        var heard = new Regex($@"audio from {Regex.Escape(talker)}: [1-9]\d* frames");
        return Assertions.Expect(meters.Filter(new LocatorFilterOptions { HasTextRegex = heard }).First)
            .ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = TimeoutMs });
    }

    /// <summary>
    /// Talks on the group: presses and holds PTT, waits for the floor granted and for at least <paramref name="frames"/> (1 to 9) frames
    /// accepted by the MCX; then, when <paramref name="release"/>, lets go and returns how many frames of the burst the MCX accepted as
    /// the audio meter shows them (else keeps talking and returns null).
    /// </summary>
    public Task<int?> TalkAsync(string group, int frames, bool release) => TalkWithAsync("pttButton", group, frames, release);

    /// <summary>
    /// Starts a broadcast call on the group (the map's <c>broadcastButton</c>, pressed and held): waits for the floor granted and for at
    /// least <paramref name="frames"/> (1 to 9) frames accepted by the MCX, and keeps talking (released by <see cref="ReleasePttAsync"/>).
    /// </summary>
    public Task BroadcastAsync(string group, int frames) => TalkWithAsync("broadcastButton", group, frames, release: false);

    private async Task<int?> TalkWithAsync(string control, string group, int frames, bool release)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(frames, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(frames, 9);
        await PressAsync(control, group);
        await ExpectFloorStateAsync(group, "granted");
        var meter = Find("audio", group: group);
        var enough = new Regex($@"^Sending audio: ([{frames}-9]|[1-9]\d+) frames");
        await WaitForTextAsync(meter, enough);
        if (!release)
        {
            return null;
        }

        await ReleasePttAsync();
        var text = await WaitForTextAsync(meter, SentFrames);
        return int.Parse(SentFrames.Match(text).Groups["frames"].Value, CultureInfo.InvariantCulture);
    }
}
