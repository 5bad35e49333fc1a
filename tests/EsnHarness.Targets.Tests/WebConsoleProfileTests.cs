using EsnHarness.Targets;

namespace EsnHarness.Targets.Tests;

/// <summary>The controlRoom role's web console in esn.json and the environment.</summary>
[TestFixture]
public sealed class WebConsoleProfileTests
{
    private string _folder = null!;

    [SetUp]
    public void SetUp()
    {
        _folder = Directory.CreateTempSubdirectory("esn-web-profile-").FullName;
        File.WriteAllText(Path.Combine(_folder, "acme-map.json"), "{}");
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Resolve_EmbeddedWebConsole_ControlRoomCarriesTheReferenceConsoleAndNoMap()
    {
        var profile = Resolve("""{ "controlRoom": { "web": "embedded" } }""", new Dictionary<string, string>());

        var web = profile.Endpoints[EsnRole.ControlRoom].WebConsole;
        Assert.Multiple(() =>
        {
            Assert.That(web, Is.Not.Null);
            Assert.That(web!.Embedded, Is.True);
            Assert.That(web.MapPath, Is.Null);
            Assert.That(profile.Endpoints[EsnRole.Mcx].WebConsole, Is.Null);
            Assert.That(ProfileDescription.Targets(profile)["controlRoom"], Is.EqualTo("embedded + web console embedded reference, map the reference console's"));
        });
    }

    [Test]
    public void Resolve_AgencyConsoleWithMap_AddressAndMapResolvedBesideEsnJson()
    {
        var profile = Resolve("""{ "controlRoom": { "web": "https://console.agency.invalid/", "map": "acme-map.json" } }""", new Dictionary<string, string>());

        var web = profile.Endpoints[EsnRole.ControlRoom].WebConsole!;
        Assert.Multiple(() =>
        {
            Assert.That(web.Address, Is.EqualTo(new Uri("https://console.agency.invalid/")));
            Assert.That(web.MapPath, Is.EqualTo(Path.Combine(_folder, "acme-map.json")));
            Assert.That(web.Source, Is.EqualTo("esn.json"));
        });
    }

    [Test]
    public void Resolve_EnvironmentNamesTheConsole_OverridesEsnJson()
    {
        var profile = Resolve("""{ "controlRoom": { "web": "embedded" } }""", new Dictionary<string, string> { ["ESN_CONTROLROOM_WEB"] = "http://127.0.0.1:5005/" });

        var web = profile.Endpoints[EsnRole.ControlRoom].WebConsole!;
        Assert.That((web.Address, web.Source), Is.EqualTo((new Uri("http://127.0.0.1:5005/"), "env ESN_CONTROLROOM_WEB")));
    }

    [Test]
    public void Resolve_MissingMapFileAndBadUrl_OneLineEachNamingTheField()
    {
        var error = Assert.Throws<ProfileException>(() =>
            Resolve("""{ "controlRoom": { "web": "console.agency", "map": "nowhere.json" } }""", new Dictionary<string, string>()))!;

        Assert.That(error.Problems, Is.EquivalentTo(new[]
        {
            "profile 'web': controlRoom: console map file 'nowhere.json' does not exist",
            "profile 'web': controlRoom: URL 'console.agency' (from esn.json) is not an absolute http:// or https:// address",
        }));
    }

    [Test]
    public void Load_MapWithoutWebOrWebOnAnotherRole_OneLineEach()
    {
        var error = Assert.Throws<ProfileException>(() => Load("""{ "controlRoom": { "map": "acme-map.json" }, "mcx": { "web": "embedded" } }"""))!;

        Assert.That(error.Problems, Is.EquivalentTo(new[]
        {
            "esn.json: profiles.web.roles.controlRoom.map: a console map needs \"web\": \"embedded\" or the console's URL",
            "esn.json: profiles.web.roles.mcx.web: unknown field (known here: url, tls, credentials)",
        }));
    }

    private ResolvedProfile Resolve(string roles, Dictionary<string, string> environment) =>
        ProfileResolver.Resolve(Load(roles), environment, ProfileOverrides.None with { Profile = "web" });

    private HarnessSettings Load(string roles)
    {
        var path = Path.Combine(_folder, "esn.json");
        File.WriteAllText(path, $$"""{ "profiles": { "web": { "roles": {{roles}} } } }""");
        return SettingsLoader.Load(path);
    }
}
