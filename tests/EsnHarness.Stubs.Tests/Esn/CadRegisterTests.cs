using System.Text;
using System.Text.Json;
using EsnHarness.Stubs.Esn;
using EsnHarness.Stubs.Tests.Support;

namespace EsnHarness.Stubs.Tests.Esn;

/// <summary>The faithful CAD holds what it is told: a registered resource's statuses, an incident's acknowledgement by its crew.</summary>
public sealed class CadRegisterTests : StubFixture
{
    private const string Crew = "sip:crew-rru43@las.esn.gov.uk";

    [Test]
    public async Task RegisteredResource_StatusesPosted_RecordHoldsTheLatest()
    {
        var cad = new CadStub(Session);
        await cad.RegisterResourceAsync("LAS", "RRU43", Crew);
        var before = await cad.ResourceAsync("LAS", "RRU43");

        var first = await Client.PostAsync("/cad/las/resources/RRU43/status", Json("""{"code":32770,"status":"At scene"}"""));
        var second = await Client.PostAsync("/cad/las/resources/RRU43/status", Json("""{"code":32773,"status":"Clear"}"""));
        var after = await cad.ResourceAsync("LAS", "RRU43");

        Assert.Multiple(() =>
        {
            Assert.That(before, Is.EqualTo(new CadResource("LAS", "RRU43", Crew, null, null)));
            Assert.That(((int)first.StatusCode, (int)second.StatusCode), Is.EqualTo((202, 202)));
            Assert.That(after, Is.EqualTo(new CadResource("LAS", "RRU43", Crew, 32773, "Clear")));
        });
    }

    [Test]
    public async Task RegisteredResource_StatusNotInTheTable_RejectedAndNotHeld()
    {
        var cad = new CadStub(Session);
        await cad.RegisterResourceAsync("LAS", "RRU43", Crew);

        var response = await Client.PostAsync("/cad/las/resources/RRU43/status", Json("""{"code":32770,"status":"In attendance"}"""));

        Assert.That((int)response.StatusCode, Is.EqualTo(422));
        Assert.That((await cad.ResourceAsync("LAS", "RRU43"))!.Status, Is.Null);
    }

    [Test]
    public async Task Register_LookUpByTerminal_FindsTheCallsignOnlyForThatTerminal()
    {
        await new CadStub(Session).RegisterResourceAsync("LAS", "RRU43", Crew);

        using var found = JsonDocument.Parse(await Client.GetStringAsync($"/cad/las/resources?mcpttId={Uri.EscapeDataString(Crew)}"));
        using var none = JsonDocument.Parse(await Client.GetStringAsync($"/cad/las/resources?mcpttId={Uri.EscapeDataString("sip:someone@las.esn.gov.uk")}"));

        Assert.That(found.RootElement.EnumerateArray().Select(r => r.GetProperty("callsign").GetString()), Is.EqualTo(new[] { "RRU43" }));
        Assert.That(none.RootElement.GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task UnregisteredResource_NotFound()
    {
        await new CadStub(Session).RegisterResourceAsync("LAS", "RRU43", Crew);

        Assert.That(await new CadStub(Session).ResourceAsync("LAS", "RRU44"), Is.Null);
        Assert.That(await new CadStub(Session).ResourceAsync("LFB", "RRU43"), Is.Null);
    }

    [Test]
    public async Task DispatchedIncident_AcknowledgedByAnotherResource_RefusedAndStillDispatched()
    {
        var cad = new CadStub(Session);
        await cad.DispatchAsync("LAS", "C2-7781", "fall, Kennington Lane", "RRU43");

        var other = await Client.PostAsync("/cad/las/incidents/C2-7781/acknowledgements", Json("""{"resource":"RRU44"}"""));
        var afterOther = await cad.IncidentAsync("LAS", "C2-7781");
        var own = await Client.PostAsync("/cad/las/incidents/C2-7781/acknowledgements", Json("""{"resource":"RRU43"}"""));
        var afterOwn = await cad.IncidentAsync("LAS", "C2-7781");

        Assert.Multiple(() =>
        {
            Assert.That((int)other.StatusCode, Is.EqualTo(409));
            Assert.That(afterOther!.State, Is.EqualTo("dispatched"));
            Assert.That((int)own.StatusCode, Is.EqualTo(202));
            Assert.That(afterOwn, Is.Not.Null);
            Assert.That(afterOwn!.State, Is.EqualTo("acknowledged"));
            Assert.That(afterOwn.AcknowledgedBy, Is.EqualTo(new[] { "RRU43" }));
        });
    }

    private static new StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
