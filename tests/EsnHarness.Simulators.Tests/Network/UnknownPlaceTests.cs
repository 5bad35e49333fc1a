using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators.Tests.Support;
using Grpc.Core;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Network;

/// <summary>A place the model does not know is an error naming it and the closest names, never a silent default.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class UnknownPlaceTests
{
    [Test]
    public void Attach_UnknownPlace_NotFoundNamingItAndTheClosestNamesAndNothingAttached()
    {
        var world = NetworkWorlds.New(out _);

        var error = Assert.Throws<RpcException>(() => world.Attach("a", "Charing X"));

        Assert.Multiple(() =>
        {
            Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.NotFound));
            Assert.That(error.Status.Detail, Does.Contain("place_id 'Charing X' is not a known place").And.Contain("\"Charing Cross\"").And.Contain("ListPlaces"));
            Assert.That(() => world.GetLinkConditions("a"), Throws.TypeOf<RpcException>().With.Property("StatusCode").EqualTo(StatusCode.NotFound));
        });
    }

    [Test]
    public void Attach_NameOrAliasAnyCase_AttachesAtThePlaceWithItsOwnCell()
    {
        var world = NetworkWorlds.New(out _);

        var byName = world.Attach("a", "soho fire station");
        var byAlias = world.Attach("b", "Bank");

        Assert.Multiple(() =>
        {
            Assert.That(byName.PlaceId, Is.EqualTo("soho-fire-station"));
            Assert.That(byName.CellId, Is.EqualTo("CELL-SHAFTESBURY-1"));
            Assert.That(byName.Link.LatencyMs, Is.GreaterThan(0), "a modelled radio path, not an ideal link");
            Assert.That(byAlias.PlaceId, Is.EqualTo("bank-station"));
        });
    }

    [Test]
    public void GetPlace_Alias_ThePlaceWithNameAliasesKindBoroughAndGrid()
    {
        var world = NetworkWorlds.New(out _);

        var place = world.GetPlace("Waterloo");

        Assert.Multiple(() =>
        {
            Assert.That(place.Name, Is.EqualTo("Waterloo station"));
            Assert.That(place.Aliases, Does.Contain("Waterloo"));
            Assert.That(place.Kind, Is.EqualTo(PlaceKind.Station));
            Assert.That(place.Borough, Is.EqualTo("Lambeth"));
            Assert.That(place.Grid.Reference, Does.StartWith("TQ 3"));
            Assert.That(place.Source, Does.Contain("assumption"));
        });
    }

    [Test]
    public async Task AttachTerminal_UnknownPlaceOverGrpc_NotFound()
    {
        var s = HostSetup.NewScenario();

        var error = Assert.ThrowsAsync<RpcException>(async () =>
            await s.Network.AttachTerminalAsync(new AttachTerminalRequest { TerminalId = "a", PlaceId = "Narnia" }, s.Headers));
        var known = await s.Network.GetPlaceAsync(new GetPlaceRequest { PlaceId = "Stratford" }, s.Headers);

        Assert.Multiple(() =>
        {
            Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.NotFound));
            Assert.That(error.Status.Detail, Does.Contain("'Narnia' is not a known place"));
            Assert.That(known.PlaceId, Is.EqualTo("stratford"));
        });
    }
}
