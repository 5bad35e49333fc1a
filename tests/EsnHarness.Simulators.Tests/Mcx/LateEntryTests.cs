using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Tests.Support;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Mcx;

/// <summary>
/// Late call entry (TS 24.379 late entry, TS 24.380 §6.3.5; KPI4): a member who affiliates or joins while a call runs is
/// added to the call, told Call Connected, then who talks (Floor Taken), then hears the talker from that moment on.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class LateEntryTests
{
    [Test]
    public async Task Affiliate_DuringABurst_ConnectedThenFloorTakenThenEveryFrameSentAfterItJoined()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("G");
        using var a = await McxProbe.RegisterAsync(s, "a", groups: "G");
        using var b = await McxProbe.RegisterAsync(s, "b", groups: "G");
        var call = await a.CallAsync("G", talk: true);
        await a.WaitForAsync(e => e.Floor?.Kind == FloorEventKind.Granted, "a granted");
        var before = new List<uint>();
        for (uint i = 0; i < 3; i++)
        {
            before.Add(await a.SendMediaAsync(call.CallId, i));
        }

        using var late = await McxProbe.RegisterAsync(s, "late");
        await late.AffiliateAsync("G");
        var after = new List<uint>();
        for (uint i = 3; i < 6; i++)
        {
            after.Add(await a.SendMediaAsync(call.CallId, i));
        }

        var events = await late.UntilAsync(e => e.Media?.Sequence == 5, "the last frame");
        var kinds = events.Select(Kind).ToList();
        var frames = events.Where(e => e.Media is not null).Select(e => e.Media.Sequence);
        Assert.Multiple(() =>
        {
            Assert.That(kinds, Is.EqualTo(new[] { "affiliated", "connected", "taken", "media", "media", "media" }));
            Assert.That(events[2].Floor.TalkerMcpttId, Is.EqualTo(a.McpttId));
            Assert.That(frames, Is.EqualTo(new uint[] { 3, 4, 5 }), "every frame sent after it joined, none from before");
            Assert.That(before, Is.All.EqualTo(1), "before: relayed to b only");
            Assert.That(after, Is.All.EqualTo(2), "after: to b and the late entrant");
            Assert.That(events.Select(e => e.Sequence), Is.Ordered.Ascending, "sent in that order on the downlink");
        });
    }

    [Test]
    public async Task SetupCall_JoiningARunningChatCall_ConnectedThenFloorTakenThenTheTalkersNextFrame()
    {
        var s = HostSetup.NewScenario();
        await s.GroupAsync("CHAT", g => g.DefaultCallType = CallType.ChatGroup);
        using var a = await McxProbe.RegisterAsync(s, "a", groups: "CHAT");
        using var b = await McxProbe.RegisterAsync(s, "b", groups: "CHAT");
        using var late = await McxProbe.RegisterAsync(s, "late", groups: "CHAT");
        var call = await a.CallAsync("CHAT", CallType.ChatGroup);
        await b.CallAsync("CHAT", CallType.ChatGroup);
        await a.RequestFloorAsync(call.CallId);
        await a.WaitForAsync(e => e.Floor?.Kind == FloorEventKind.Granted, "a granted");

        var joined = await late.CallAsync("CHAT", CallType.ChatGroup);
        await a.SendMediaAsync(call.CallId, 7);

        var events = await late.UntilAsync(e => e.Media is not null, "the talker's next frame");
        Assert.Multiple(() =>
        {
            Assert.That(joined.CallId, Is.EqualTo(call.CallId), "the running chat call, not a new one");
            Assert.That(events.Where(e => e.Affiliation is null).Select(Kind), Is.EqualTo(new[] { "connected", "taken", "media" }));
            Assert.That(events[^1].Media.Sequence, Is.EqualTo(7));
        });
    }

    private static string Kind(McxEvent e) => e.EventCase switch
    {
        McxEvent.EventOneofCase.Affiliation => "affiliated",
        McxEvent.EventOneofCase.Call when e.Call.Kind == CallEventKind.Connected => "connected",
        McxEvent.EventOneofCase.Floor when e.Floor.Kind == FloorEventKind.Taken => "taken",
        McxEvent.EventOneofCase.Media => "media",
        _ => $"{e.EventCase} {e.Call?.Kind} {e.Floor?.Kind}",
    };
}
