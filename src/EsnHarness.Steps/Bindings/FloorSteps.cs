using EsnHarness.Bdd;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Bindings;

/// <summary>Floor control: pressing and releasing PTT, grants, queueing, denials and revocations (TS 24.380).</summary>
[Binding]
public sealed class FloorSteps(FloorControl floor, Groups groups, Refusals refusals, Interworking interworking, Cast cast, ControlRoomConsoles consoles)
{
    /// <summary>PTT press.</summary>
    [When("{user} presses PTT on {group}", Description = "The user presses the PTT button with the group selected and hears the floor's answer (granted, queued or denied).", Example = "When \"FF Jones\" presses PTT on \"FLON-OPS01\"")]
    public Task Press(UserName user, GroupName group) =>
        IsRadio(user) ? interworking.PressAsync(user) : refusals.AttemptAsync(() => floor.PressPttAndAwaitAnswerAsync(user, group));

    /// <summary>PTT release.</summary>
    [When("{user} releases PTT on {group}", Description = "The user releases the PTT button and the floor acknowledges it (idle, or the next talker granted).", Example = "When \"FF Jones\" releases PTT on \"FLON-OPS01\"")]
    public Task Release(UserName user, GroupName group) => IsRadio(user) ? interworking.PttAsync(user, false) : floor.ReleasePttAndAwaitAsync(user, group);

    /// <summary>The user holds the floor.</summary>
    [Given("{user} is talking on {group}", Description = "The user presses PTT and is granted the floor.", Example = "Given \"Watch Manager Cole\" is talking on \"FLON-OPS01\"")]
    public Task Talking(UserName user, GroupName group) => floor.TalkAsync(user, group);

    /// <summary>Keeps talking.</summary>
    [When("{user} keeps talking for {int} s", Description = "The user keeps speaking (20 ms voice frames) for the time given.", Example = "When \"FF Ahmed\" keeps talking for 1 s")]
    public Task KeepTalking(UserName user, int seconds) => floor.KeepTalkingAsync(user, TimeSpan.FromSeconds(seconds));

    /// <summary>Floor Granted.</summary>
    [Then("{user} is granted the floor on {group}", Description = "The user's terminal receives Floor Granted.", Example = "Then \"FF Jones\" is granted the floor on \"FLON-OPS01\"")]
    public Task Granted(UserName user, GroupName group) =>
        consoles.AtWebConsole(user) ? consoles.Port.ExpectGrantedAsync(cast.Get(user), group) : floor.ExpectGrantedAsync(user, group);

    /// <summary>Queue position.</summary>
    [Then("{user} is queued at position {int} on {group}", Description = "The user's request is queued and the terminal shows its position (1 = next).",
        Example = "Then \"FF Jones\" is queued at position 1 on \"FLON-OPS01\"")]
    public Task Queued(UserName user, int position, GroupName group) =>
        IsRadio(user) ? RadioQueuedAsync(user, group, position) : floor.ExpectQueuedAsync(user, group, position);

    private async Task RadioQueuedAsync(UserName user, GroupName group, int position)
    {
        await interworking.ExpectQueuedAsync(user, position);
        await floor.ExpectInFloorQueueAsync(cast.Get(user).McpttId, user, group, position);
    }

    /// <summary>Floor Deny.</summary>
    [Then("{user} is denied the floor with cause {floorCause}", Description = "The user's terminal receives Floor Deny with the TS 24.380 cause.",
        Example = "Then \"FF Jones\" is denied the floor with cause 1 (another client has permission)")]
    public Task Denied(UserName user, FloorCauseCode cause) =>
        consoles.AtWebConsole(user) ? consoles.Listening!.ExpectDeniedAsync(cast.Get(user), cause) : floor.ExpectDeniedAsync(user, new GroupName(""), cause);

    /// <summary>Floor Revoke.</summary>
    [Then("{user} has the floor revoked with cause {floorCause}", Description = "The user's terminal receives Floor Revoke with the TS 24.380 cause.",
        Example = "Then \"FF Jones\" has the floor revoked with cause 4 (media burst pre-empted)")]
    public Task Revoked(UserName user, FloorCauseCode cause) => floor.ExpectRevokedAsync(user, new GroupName(""), cause);

    /// <summary>Everyone else sees the talker.</summary>
    [Then("every other member of {group} sees {user} talking", Description = "Every other affiliated member's terminal shows the talker (Floor Taken).",
        Example = "Then every other member of \"FLON-OPS01\" sees \"FF Novak\" talking")]
    public Task OthersSeeTalking(GroupName group, UserName talker) =>
        Task.WhenAll(groups.OthersThan(group, talker).Select(m => floor.ExpectSeesTalkingAsync(m.Name, group, talker)));

    /// <summary>Everyone else sees the talker under a functional alias.</summary>
    [Then("every other member of {group} sees {user} talking as {string}", Description = "Every other affiliated member's terminal shows the talker (Floor Taken) with that functional alias.",
        Example = "Then every other member of \"MPS-LX-OPS1\" sees \"PC Doyle\" talking as \"LX241\"")]
    public Task OthersSeeTalkingAs(GroupName group, UserName talker, string alias) =>
        Task.WhenAll(groups.OthersThan(group, talker).Select(m => floor.ExpectSeesTalkingAsync(m.Name, group, talker, alias)));

    /// <summary>Everyone sees the floor idle within a time.</summary>
    [Then("every member of {group} sees the floor idle within {int} ms", Description = "Every member's terminal receives Floor Idle within the time of the last action (e.g. a talker's link failing).",
        Example = "Then every member of \"LAS-SOUTH-SECTOR\" sees the floor idle within 6000 ms")]
    public Task OthersSeeIdleWithin(GroupName group, int ms) =>
        Task.WhenAll(groups.TerminalMembers(group).Select(m => floor.ExpectIdleAsync(m.Name, group, TimeSpan.FromMilliseconds(ms))));

    /// <summary>Everyone else sees the floor idle.</summary>
    [Then("every member of {group} sees the floor idle", Description = "Every member's terminal receives Floor Idle.", Example = "Then every member of \"FLON-OPS01\" sees the floor idle")]
    public Task OthersSeeIdle(GroupName group) =>
        Task.WhenAll(groups.TerminalMembers(group).Select(m => floor.ExpectIdleAsync(m.Name, group)));

    private bool IsRadio(UserName user) => cast.Get(user).Kind == MemberKind.AirwaveRadio;
}
