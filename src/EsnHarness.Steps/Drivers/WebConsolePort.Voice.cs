using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>Voice through the screen: the audio meters (who the console hears, how many frames it sent) and talking with PTT.</summary>
public sealed partial class WebConsolePort
{
    private const int BurstFrames = 5;

    /// <summary>Waits until the dispatcher's console shows voice frames received from <paramref name="talker"/> on a monitored group
    /// or in a private call with them (the audio meter, map entries audio and callAudio).</summary>
    public async Task ExpectHearsAsync(CastMember listener, UserName talker)
    {
        var seat = await SeatOf(listener).ScreenAsync();
        // A failure names a monitored group's meter, or the call's when the console monitors none (e.g. it only listens to a terminal).
        var (entry, group) = seat.Monitored.Count > 0 ? ("audio", seat.Monitored[0]) : ("callAudio", (string?)null);
        await OnScreenAsync(seat, entry, group, talker.Value, $"the console of {listener.Name} to receive voice from {talker}",
            () => seat.Driver.ExpectHearsAsync(seat.Monitored, talker.Value));
    }

    /// <summary>The dispatcher starts a group call from the screen: presses and holds PTT on the group, is granted the floor and keeps
    /// talking until at least five frames have reached the MCX (the console's audio meter says so).</summary>
    public async Task StartGroupCallAsync(CastMember dispatcher, GroupName group)
    {
        var seat = await SeatOf(dispatcher).ScreenAsync();
        _fleet.MarkAction();
        await OnScreenAsync(seat, "audio", group.Value, null, $"{dispatcher.Name} to talk on {group} at the console (PTT held, floor granted, {BurstFrames} frames sent)",
            () => seat.Driver.TalkAsync(group.Value, BurstFrames, release: false));
    }

    /// <summary>One talk turn from the screen: PTT pressed, floor granted, five frames or more sent, PTT released; returns when it was
    /// pressed, when the console showed the burst over, and how many of its frames the MCX accepted as the audio meter shows.</summary>
    public async Task<(DateTimeOffset PressedAt, DateTimeOffset ReleasedAt, int Frames)> TalkTurnAsync(CastMember dispatcher, GroupName group)
    {
        var seat = await SeatOf(dispatcher).ScreenAsync();
        var pressedAt = _session.Target.Clock.GetUtcNow();
        int? frames = null;
        await OnScreenAsync(seat, "audio", group.Value, null, $"{dispatcher.Name} to take a talk turn on {group} at the console",
            async () => frames = await seat.Driver.TalkAsync(group.Value, BurstFrames, release: true));
        return (pressedAt, _session.Target.Clock.GetUtcNow(), frames!.Value);
    }
}
