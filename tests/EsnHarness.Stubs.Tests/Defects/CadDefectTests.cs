using System.Text;
using EsnHarness.Stubs.Esn;
using EsnHarness.Stubs.Tests.Support;

namespace EsnHarness.Stubs.Tests.Defects;

/// <summary>The CAD stub's defects against the faithful CAD.</summary>
public sealed class CadDefectTests : DefectFixture
{
    private const string Crew = "sip:crew-rru43@las.esn.gov.uk";

    [Test]
    [ShowsDefect("cad.status-not-stored")]
    public async Task ResourceStatus_Posted_FaithfulHoldsItDefectAcceptsAndForgets()
    {
        var (faithful, faulty) = await SessionsAsync("cad.status-not-stored");
        var held = new List<(int Status, CadResource? Record)>();
        foreach (var session in new[] { faithful, faulty })
        {
            var cad = new CadStub(session);
            await cad.RegisterResourceAsync("LAS", "RRU43", Crew);
            var (status, _, _) = await SendAsync(session, HttpMethod.Post, "cad/las/resources/RRU43/status", Json("""{"code":32770,"status":"At scene"}"""));
            held.Add((status, await cad.ResourceAsync("LAS", "RRU43")));
        }

        Assert.Multiple(() =>
        {
            Assert.That(held.Select(h => h.Status), Is.EqualTo(new[] { 202, 202 }), "both answer accepted");
            Assert.That(held[0].Record?.Status, Is.EqualTo("At scene"), "the faithful CAD holds the status");
            Assert.That(held[1].Record, Is.Not.Null);
            Assert.That(held[1].Record?.Status, Is.Null, "the faulty CAD forgot it");
        });
    }

    [Test]
    [ShowsDefect("cad.acknowledgement-not-recorded")]
    public async Task Acknowledgement_Posted_FaithfulRecordsItDefectLeavesIncidentDispatched()
    {
        var (faithful, faulty) = await SessionsAsync("cad.acknowledgement-not-recorded");
        var incidents = new List<(int Status, CadIncident? Incident)>();
        foreach (var session in new[] { faithful, faulty })
        {
            var cad = new CadStub(session);
            await cad.DispatchAsync("LAS", "C2-7781", "fall, Kennington Lane", "RRU43");
            var (status, _, _) = await SendAsync(session, HttpMethod.Post, "cad/las/incidents/C2-7781/acknowledgements", Json("""{"resource":"RRU43"}"""));
            incidents.Add((status, await cad.IncidentAsync("LAS", "C2-7781")));
        }

        Assert.Multiple(() =>
        {
            Assert.That(incidents.Select(i => i.Status), Is.EqualTo(new[] { 202, 202 }));
            Assert.That(incidents[0].Incident?.State, Is.EqualTo("acknowledged"));
            Assert.That(incidents[0].Incident?.AcknowledgedBy, Is.EqualTo(new[] { "RRU43" }));
            Assert.That(incidents[1].Incident?.State, Is.EqualTo("dispatched"));
            Assert.That(incidents[1].Incident?.AcknowledgedBy, Is.Empty);
        });
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
