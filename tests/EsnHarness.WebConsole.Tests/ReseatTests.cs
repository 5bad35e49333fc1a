using EsnHarness.Contracts;
using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Contracts.Network.V1;
using EsnHarness.WebConsole.Tests.Support;
using Grpc.Core;
using Microsoft.Playwright;

namespace EsnHarness.WebConsole.Tests;

/// <summary>
/// A console host and its logged-in page kept for the next scenario (as <c>esn run</c> keeps them): vacated, re-seated at another
/// position in another namespace, and the page loaded again or (as <c>esn run</c> does) left open, the screen shows the new
/// scenario's world and nothing of the last.
/// </summary>
[Parallelizable(ParallelScope.Self)]
public sealed class ReseatTests
{
    [TestCase(false)]
    [TestCase(true)]
    public async Task ReseatAsync_KeptPageAfterATalkerAnEmergencyAMessageAndAUnit_ShowsOnlyTheNewPositionsWorld(bool leftOpen)
    {
        await using var s = await ConsoleScenario.StartAsync();
        var patel = await s.TerminalAsync("pc-patel", "PC Patel", "MPS-LX-OPS1");
        await s.Devices.RaiseEmergencyAlertAsync(new EmergencyAlertRequest { DeviceId = patel.DeviceId, GroupId = "MPS-LX-OPS1" }, s.Headers);
        await s.Devices.SendStatusAsync(new SendStatusRequest { DeviceId = patel.DeviceId, GroupId = "MPS-LX-OPS1", StatusCode = 32770 }, s.Headers);
        await s.Devices.PressPttAsync(new PttRequest { DeviceId = patel.DeviceId }, s.Headers);
        await s.Driver.Emergencies.ExpectEmergencyBannerAsync("PC Patel");
        await s.Driver.ExpectMessageAsync("Status 32770");
        await s.Driver.ExpectTalkerAsync("MPS-LX-OPS1", "PC Patel");
        await s.Driver.UnitPositionAsync("PC Patel");

        var ns = $"console-{Guid.NewGuid():N}";
        var next = new Metadata { { EsnMetadata.NamespaceHeader, ns } };
        var devices = new DeviceService.DeviceServiceClient(ConsoleRig.Channel);
        try
        {
            await new McxConfiguration.McxConfigurationClient(ConsoleRig.Channel).PutGroupAsync(new PutGroupRequest
            {
                Group = new GroupConfig { GroupId = "MPS-LX-OPS1", QueueingEnabled = true, AllowEmergency = true, AllowEmergencyAlert = true },
            }, next);
            await s.Console.VacateAsync();
            if (leftOpen)
            {
                // The open page clears at once: nothing of the ended position stays while the console is vacant.
                await s.Driver.Seat.AwaitVacantAsync();
                var vacant = (Banners: await s.Page.GetByRole(AriaRole.Alert).CountAsync(), Tiles: await s.Page.Locator("[data-group]").CountAsync(),
                    Messages: await s.Driver.MessageItems().CountAsync(), Units: await s.Driver.Find("unitMarker", user: "PC Patel").CountAsync(),
                    Position: await s.Page.Locator("#position").InnerTextAsync());
                Assert.That(vacant, Is.EqualTo((0, 0, 0, 0, "Vacant: no dispatcher position")), "the vacant console's screen");
            }

            await s.Console.ReseatAsync(
                new McxConnection(ConsoleRig.Simulators.Address) { NetworkAddress = ConsoleRig.Simulators.Address, Namespace = ns },
                new DispatcherPosition("sip:metcc-2@esn", "MPS", "Dispatcher Osei", "MetCC"),
                ["MPS-LX-OPS1"]);
            await (leftOpen ? s.Driver.Seat.AwaitSeatedAsync("sip:metcc-2@esn") : s.Driver.ReloadAsync());
            // The new world is live on the screen: a status from its own terminal arrives.
            await devices.PowerOnAsync(new PowerOnRequest
            {
                DeviceId = "pc-brown",
                PlaceId = "surface-street",
                Identity = new UserIdentity { McpttId = "sip:pc-brown@esn", Agency = Agency.Mps, Role = "response officer", DisplayName = "PC Brown" },
            }, next);
            await devices.AffiliateAsync(new GroupRequest { DeviceId = "pc-brown", GroupId = "MPS-LX-OPS1" }, next);
            await devices.SendStatusAsync(new SendStatusRequest { DeviceId = "pc-brown", GroupId = "MPS-LX-OPS1", StatusCode = 32771 }, next);
            await s.Driver.ExpectMessageAsync("Status 32771");

            var position = await s.Page.Locator("#position").InnerTextAsync();
            var messages = await s.Driver.MessagesAsync();
            var talker = await s.Driver.TalkerAsync("MPS-LX-OPS1");
            var banners = await s.Page.GetByRole(AriaRole.Alert).CountAsync();
            var emergencies = await s.Page.GetByRole(AriaRole.List, new() { Name = "Active emergencies" }).InnerTextAsync();
            var units = await s.Driver.Find("unitMarker", user: "PC Patel").CountAsync();
            var tiles = await s.Page.Locator("[data-group]").CountAsync();
            Assert.Multiple(() =>
            {
                Assert.That(position, Does.Contain("Dispatcher Osei").And.Not.Contain("Dispatcher Jones"), "the header names the new position");
                Assert.That(messages, Has.Count.EqualTo(1).And.All.Contains("Status 32771"), "only the new world's message");
                Assert.That(talker, Is.EqualTo("Idle"), "PC Patel still holds the floor in the old namespace only");
                Assert.That(banners, Is.Zero, "no emergency banner of the old world");
                Assert.That(emergencies, Does.Not.Contain("PC Patel"));
                Assert.That(units, Is.Zero, "no unit of the old world on the plan");
                Assert.That(tiles, Is.EqualTo(1), "only the group the new position monitors");
            });
        }
        finally
        {
            await devices.PowerOffAsync(new DeviceRef { DeviceId = "pc-brown" }, next);
            await new NamespaceLifecycle.NamespaceLifecycleClient(ConsoleRig.Channel).CloseAsync(new CloseNamespaceRequest(), next);
        }
    }

    [Test]
    public async Task ReseatAsync_WhileAPositionIsServed_RefusesUntilVacated()
    {
        await using var s = await ConsoleScenario.StartAsync();

        var e = Assert.ThrowsAsync<InvalidOperationException>(() => s.Console.ReseatAsync(s.Options().Mcx, new DispatcherPosition("sip:metcc-2@esn", "MPS", "Dispatcher Osei", "MetCC"), []));

        Assert.That(e!.Message, Does.Contain("still serves sip:metcc-1@esn"));
    }
}
