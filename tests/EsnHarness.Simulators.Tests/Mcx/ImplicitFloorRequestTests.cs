using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Contracts.Network.V1;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Mcx;

/// <summary>PTT that starts a group call carries the floor request in the set-up (TS 24.379 implicit floor request).</summary>
[Parallelizable(ParallelScope.All)]
public sealed class ImplicitFloorRequestTests
{
    [Test]
    public async Task PressPtt_NewCallOverSlowLinkWithOneMillisecondHangTime_GrantedOnceBeforeTheHangTimerCanEndIt()
    {
        var s = HostSetup.NewScenario();
        await s.Network.PutPlaceAsync(new PutPlaceRequest
        {
            Place = new Place { PlaceId = "slow", Name = "slow", Coverage = CoverageType.Surface, CellId = "CELL-WHITEHALL-1", Link = new LinkProfile { LatencyMs = 60 } },
        }, s.Headers);
        await s.GroupAsync("G", g => g.HangTimeMs = 1);
        using var a = await s.DeviceAsync("a", "G", place: "slow");
        using var b = await s.DeviceAsync("b", "G");

        var calls = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var ptt = await s.Devices.PressPttAsync(new PttRequest { DeviceId = "a" }, s.Headers);
            await a.WaitForAsync(e => e.FloorState is { To: "HasPermission" } f && f.CallId == ptt.CallId, $"a holds the floor in call {i + 1}");
            await s.Devices.ReleasePttAsync(new PttRequest { DeviceId = "a", CallId = ptt.CallId }, s.Headers);
            await a.WaitForAsync(e => e.Call is { Kind: CallEventKind.Ended } c && c.Call.CallId == ptt.CallId, $"call {i + 1} ends after its hang time");
            calls.Add(ptt.CallId);
        }

        Assert.That(calls.Select(id => a.Seen.Count(e => e.Floor is { Kind: FloorEventKind.Granted } f && f.CallId == id)), Is.All.EqualTo(1),
            "one grant per call: the set-up's request is not sent a second time");
    }
}
