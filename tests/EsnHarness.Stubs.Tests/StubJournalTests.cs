using System.Text.Json;
using EsnHarness.Stubs.Tests.Support;

namespace EsnHarness.Stubs.Tests;

public sealed class StubJournalTests : StubFixture
{
    [Test]
    public async Task ToJson_RequestsWithSecrets_FieldsKeptSecretsMasked()
    {
        await Client.PostAsync("/idms/token", Form(("grant_type", "password"), ("username", "sip:las.rru43@las.esn.gov.uk"), ("password", "hunter2")));
        await Client.PostAsync("/avl/las/positions", Json("""{"type":"Feature","refresh_token":"rt-secret","properties":{}}"""));

        var json = StubJournal.ToJson(Session.Received());
        var entries = JsonDocument.Parse(json).RootElement.EnumerateArray().ToList();

        Assert.Multiple(() =>
        {
            Assert.That(entries, Has.Count.EqualTo(2));
            Assert.That(entries[0].GetProperty("mapping").GetString(), Is.EqualTo("IdMS: token for a provisioned London MCPTT user"));
            Assert.That(entries[0].GetProperty("status").GetInt32(), Is.EqualTo(200));
            Assert.That(entries[1].GetProperty("status").GetInt32(), Is.EqualTo(400));
            Assert.That(json, Does.Not.Contain("hunter2").And.Not.Contain("rt-secret"));
            Assert.That(entries[0].GetProperty("body").GetString(), Does.Contain("username=sip%3Alas.rru43%40las.esn.gov.uk").And.Contain("password=***"));
        });
    }
}
