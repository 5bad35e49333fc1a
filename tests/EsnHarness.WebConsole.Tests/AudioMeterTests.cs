using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.WebConsole.Tests.Support;
using Microsoft.Playwright;

namespace EsnHarness.WebConsole.Tests;

/// <summary>The audio meter of a group's tile: the voice the console really received or sent, with its count of frames.</summary>
[Parallelizable(ParallelScope.Self)]
public sealed class AudioMeterTests
{
    private const string Group = "MPS-LX-OPS1";

    [Test]
    public async Task Audio_TerminalSpeaksFiveFrames_MeterShowsFiveFramesFromTheTalker()
    {
        await using var s = await ConsoleScenario.StartAsync();
        var patel = await s.TerminalAsync("pc-patel", "PC Patel", Group);
        var before = await s.Driver.Find("audio", group: Group).InnerTextAsync();

        var ptt = await s.Devices.PressPttAsync(new PttRequest { DeviceId = patel.DeviceId }, s.Headers);
        await patel.WaitForAsync(e => e.Floor is { Kind: FloorEventKind.Granted }, "the floor granted");
        var burst = await s.Devices.SendVoiceBurstAsync(new VoiceBurstRequest { DeviceId = patel.DeviceId, CallId = ptt.CallId, FrameCount = 5, FrameIntervalMs = 20, ReleaseAfter = true }, s.Headers);
        await s.Driver.ExpectHearsAsync([Group], "PC Patel");
        await Assertions.Expect(s.Driver.Find("audio", group: Group)).ToHaveTextAsync($"Received audio from PC Patel: {burst.FramesSent - burst.FramesDroppedUplink} frames");

        Assert.Multiple(() =>
        {
            Assert.That(before, Is.EqualTo("No audio yet"));
            Assert.That(burst.FramesSent, Is.EqualTo(5u));
        });
    }

    [Test]
    public async Task Audio_BurstOfSevenFrames_MeterEndsOnTheExactCountThoughALiveCountIsShownOnlyEveryFifthFrame()
    {
        await using var s = await ConsoleScenario.StartAsync();
        var patel = await s.TerminalAsync("pc-patel", "PC Patel", Group);

        var ptt = await s.Devices.PressPttAsync(new PttRequest { DeviceId = patel.DeviceId }, s.Headers);
        await patel.WaitForAsync(e => e.Floor is { Kind: FloorEventKind.Granted }, "the floor granted");
        var burst = await s.Devices.SendVoiceBurstAsync(new VoiceBurstRequest { DeviceId = patel.DeviceId, CallId = ptt.CallId, FrameCount = 7, FrameIntervalMs = 20, ReleaseAfter = true }, s.Headers);

        await Assertions.Expect(s.Driver.Find("audio", group: Group)).ToHaveTextAsync($"Received audio from PC Patel: {burst.FramesSent - burst.FramesDroppedUplink} frames");
        Assert.That(burst.FramesSent, Is.EqualTo(7u), "a count that is not a multiple of five: only the burst's end shows it");
    }

    [Test]
    public async Task Audio_DispatcherTalks_MeterCountsTheFramesTheCrewReceived()
    {
        await using var s = await ConsoleScenario.StartAsync();
        var crew = await s.TerminalAsync("pc-patel", "PC Patel", Group);
        var sent = await s.Driver.TalkAsync(Group, 5, release: true);
        await crew.WaitForAsync(e => e.Media is { Packet.LastInBurst: true }, "the last frame of the dispatcher's burst");
        var heard = crew.PassedOver.Count(e => e.Media is not null) + 1;

        Assert.Multiple(() =>
        {
            Assert.That(sent, Is.GreaterThanOrEqualTo(5), "the meter waited for five frames before the release");
            Assert.That(heard, Is.EqualTo(sent), "every frame the meter counts as accepted by the MCX reached the crew, and no other");
        });
    }
}
