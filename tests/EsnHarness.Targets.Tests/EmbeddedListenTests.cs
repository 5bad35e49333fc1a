using System.Net;

namespace EsnHarness.Targets.Tests;

/// <summary>A profile's "listen": where its embedded simulators are reached by the agency's systems it points at.</summary>
public sealed class EmbeddedListenTests
{
    private string _folder = null!;

    [SetUp]
    public void SetUp() => _folder = Directory.CreateTempSubdirectory("esn-listen-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Resolve_ProfileWithListen_AddressAndPortAndShownByDescribe()
    {
        var settings = Load("""{ "profiles": { "device-lab": { "listen": { "address": "0.0.0.0", "port": 50051 }, "roles": { "device": "http://device-lab:5000" } } } }""");

        var profile = ProfileResolver.Resolve(settings, new Dictionary<string, string>(), new ProfileOverrides("device-lab", new Dictionary<string, string>()));

        Assert.Multiple(() =>
        {
            Assert.That(profile.Listen, Is.EqualTo(new EmbeddedListen(IPAddress.Any, 50051)));
            Assert.That(ProfileDescription.Describe(profile), Does.Contain("embedded simulators listen on 0.0.0.0:50051"));
        });
    }

    [Test]
    public void Resolve_ProfileWithoutListen_LoopbackOnAFreePort()
    {
        var profile = ProfileResolver.Resolve(Load("{}"), new Dictionary<string, string>(), ProfileOverrides.None);

        Assert.Multiple(() =>
        {
            Assert.That(profile.Listen, Is.EqualTo(new EmbeddedListen(IPAddress.Loopback, 0)));
            Assert.That(ProfileDescription.Describe(profile), Does.Not.Contain("listen"));
        });
    }

    [TestCase("""{ "address": "mcx.local" }""", "profiles.lab.listen.address: 'mcx.local' is not an IP address")]
    [TestCase("""{ "port": 70000 }""", "profiles.lab.listen.port: must be a whole number from 0 (a free port) to 65535")]
    [TestCase("""{ "host": "0.0.0.0" }""", "profiles.lab.listen.host: unknown field (known here: address, port)")]
    [TestCase("\"0.0.0.0:50051\"", "profiles.lab.listen: must be an object")]
    public void Load_BadListen_OneLineNamingTheField(string listen, string expected)
    {
        var error = Assert.Throws<ProfileException>(() => Load($$"""{ "profiles": { "lab": { "listen": {{listen}} } } }"""));

        Assert.That(error!.Problems, Has.Some.StartsWith("esn.json: " + expected));
    }

    private HarnessSettings Load(string json)
    {
        var path = Path.Combine(_folder, "esn.json");
        File.WriteAllText(path, json);
        return SettingsLoader.Load(path);
    }
}
