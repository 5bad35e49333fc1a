using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Network.V1;
using EsnHarness.WebConsole.Tests.Support;

namespace EsnHarness.WebConsole.Tests;

/// <summary>The plan of London shows each unit at its last reported position, from the network model's coordinates.</summary>
[Parallelizable(ParallelScope.Self)]
public sealed class PlanTests
{
    [Test]
    public async Task UnitMarker_TerminalMovesToWembley_MarkerMovesToWembleysCoordinates()
    {
        await using var s = await ConsoleScenario.StartAsync();
        var patel = await s.TerminalAsync("pc-patel", "PC Patel", "MPS-LX-OPS1", place: "surface-street");
        var street = await s.Network.GetPlaceAsync(new GetPlaceRequest { PlaceId = "surface-street" }, s.Headers);
        var wembley = await s.Network.GetPlaceAsync(new GetPlaceRequest { PlaceId = "wembley-stadium" }, s.Headers);
        var before = await s.Driver.UnitPositionAsync("PC Patel");

        await s.Devices.MoveToAsync(new MoveRequest { DeviceId = patel.DeviceId, PlaceId = "wembley-stadium" }, s.Headers);

        var after = await s.Driver.ExpectUnitMovedAsync("PC Patel", before);
        await s.Driver.ScreenshotAsync(Path.Combine(TestContext.CurrentContext.WorkDirectory, "console-plan.png"));
        Assert.Multiple(() =>
        {
            Assert.That(before.Latitude, Is.EqualTo(street.Location.LatitudeDeg).Within(0.0001));
            Assert.That(before.Longitude, Is.EqualTo(street.Location.LongitudeDeg).Within(0.0001));
            Assert.That(after.Latitude, Is.EqualTo(wembley.Location.LatitudeDeg).Within(0.0001));
            Assert.That(after.Longitude, Is.EqualTo(wembley.Location.LongitudeDeg).Within(0.0001));
        });
    }
}
