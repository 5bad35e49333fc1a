using EsnHarness.Targets;

namespace EsnHarness.Targets.Tests;

[TestFixture]
public sealed class ProfileResolverTests
{
    private string _folder = null!;

    [SetUp]
    public void SetUp()
    {
        _folder = Directory.CreateTempSubdirectory("esn-profile-").FullName;
        File.WriteAllText(Path.Combine(_folder, "ca.pem"), "ca");
        File.WriteAllText(Path.Combine(_folder, "client.pem"), "cert");
        File.WriteAllText(Path.Combine(_folder, "client.key"), "key");
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_folder, recursive: true);

    private HarnessSettings Load(string json)
    {
        var path = Path.Combine(_folder, "esn.json");
        File.WriteAllText(path, json);
        return SettingsLoader.Load(path);
    }

    private const string AgencyJson = """
        {
          "profiles": {
            "agency": {
              "roles": {
                "mcx": { "url": "https://mcx.example:8443",
                         "tls": { "caBundle": "ca.pem", "clientCertificate": "client.pem", "clientKey": "client.key", "clientKeyPassphraseEnv": "MY_PASS" } },
                "cad": { "url": "http://cad.example", "credentials": { "username": "u", "passwordEnv": "CAD_PW" } }
              }
            }
          }
        }
        """;

    [Test]
    public void Resolve_NoEsnJsonOverrides_EveryRoleEmbeddedInReference()
    {
        var settings = Load("{}");
        var profile = ProfileResolver.Resolve(settings, new Dictionary<string, string>(), ProfileOverrides.None);
        Assert.That(profile.Name, Is.EqualTo("reference"));
        Assert.That(profile.AllEmbedded, Is.True);
        Assert.That(profile.Endpoints.Keys, Is.EquivalentTo(EsnRoles.All));
    }

    [Test]
    public void Resolve_EnvironmentOverEsnJson_CommandLineOverEnvironment()
    {
        var settings = Load(AgencyJson);
        var environment = new Dictionary<string, string> { ["ESN_PROFILE"] = "agency", ["ESN_CAD_URL"] = "http://env-cad:80", ["ESN_GMS_URL"] = "http://env-gms:81", ["MY_PASS"] = "s3cret-pass", ["CAD_PW"] = "pw-1234" };
        var overrides = new ProfileOverrides(null, new Dictionary<string, string> { ["gms"] = "http://cli-gms:82" });

        var profile = ProfileResolver.Resolve(settings, environment, overrides);

        Assert.That(profile.Name, Is.EqualTo("agency"));
        Assert.That(profile.Endpoints[EsnRole.Mcx].Address, Is.EqualTo(new Uri("https://mcx.example:8443")));
        Assert.That(profile.Endpoints[EsnRole.Cad].Address, Is.EqualTo(new Uri("http://env-cad:80")));
        Assert.That(profile.Endpoints[EsnRole.Gms].Address, Is.EqualTo(new Uri("http://cli-gms:82")));
        Assert.That(profile.Endpoints[EsnRole.Gms].Source, Is.EqualTo("--endpoint"));
        Assert.That(profile.Endpoints[EsnRole.Mcx].Tls!.Mutual, Is.True);
        Assert.That(profile.Endpoints[EsnRole.Mcx].Tls!.ClientKeyPassphrase!.Reveal(), Is.EqualTo("s3cret-pass"));
        Assert.That(profile.Endpoints[EsnRole.Network].Embedded, Is.True);
    }

    [Test]
    public void Resolve_CommandLineProfileBeatsEnvironment()
    {
        var settings = Load(AgencyJson);
        var environment = new Dictionary<string, string> { ["ESN_PROFILE"] = "agency" };
        var profile = ProfileResolver.Resolve(settings, environment, new ProfileOverrides("reference", new Dictionary<string, string>()));
        Assert.That(profile.Name, Is.EqualTo("reference"));
    }

    [Test]
    public void Resolve_BadProfile_OneLinePerProblem()
    {
        var settings = Load("""
            { "profiles": { "bad": { "roles": {
                "mcx": { "url": "htp:/nowhere", "tls": { "caBundle": "missing-ca.pem" } },
                "cad": { "url": "http://cad", "credentials": { "passwordEnv": "NOT_SET_ANYWHERE" } } } } } }
            """);
        var environment = new Dictionary<string, string> { ["ESN_PROFILE"] = "bad", ["ESN_MCC_URL"] = "http://typo" };

        var error = Assert.Throws<ProfileException>(() => ProfileResolver.Resolve(settings, environment, ProfileOverrides.None))!;

        Assert.That(error.Problems, Has.Count.EqualTo(4));
        Assert.That(error.Problems, Has.Some.Contains("mcx: URL 'htp:/nowhere'"));
        Assert.That(error.Problems, Has.Some.Contains("mcx: CA bundle file 'missing-ca.pem' does not exist"));
        Assert.That(error.Problems, Has.Some.Contains("NOT_SET_ANYWHERE is named for a secret but is not set"));
        Assert.That(error.Problems, Has.Some.Contains("ESN_MCC_URL: unknown role 'mcc'"));
        Assert.That(error.Problems, Has.All.StartWith("profile 'bad': "));
    }

    [Test]
    public void Load_UnknownRoleAndLiteralSecret_NamesTheFields()
    {
        var path = Path.Combine(_folder, "esn.json");
        File.WriteAllText(path, """{ "profiles": { "p": { "roles": { "mcc": "http://x", "cad": { "url": "http://c", "credentials": { "password": "oops" } } } } } }""");

        var error = Assert.Throws<ProfileException>(() => SettingsLoader.Load(path))!;

        Assert.That(error.Problems, Has.Some.EqualTo("esn.json: profiles.p.roles.mcc: unknown role (known: mcx, network, device, interworking, controlRoom, cadGateway, mdm, cad, idms, gms, cms, kms, avl)"));
        Assert.That(error.Problems, Has.Some.StartsWith("esn.json: profiles.p.roles.cad.credentials.password: secrets may not be written in esn.json"));
        Assert.That(error.Message, Does.Not.Contain("oops"));
    }

    [Test]
    public void Load_InvalidJson_NamesLineAndColumn()
    {
        var path = Path.Combine(_folder, "esn.json");
        File.WriteAllText(path, "{\n  \"features\": [\"a\",\n  oops\n}");
        var error = Assert.Throws<ProfileException>(() => SettingsLoader.Load(path))!;
        Assert.That(error.Problems.Single(), Does.Contain("esn.json:3:3: not valid JSON"));
    }

    [Test]
    public void Describe_NeverPrintsSecretValues()
    {
        var settings = Load(AgencyJson);
        var environment = new Dictionary<string, string> { ["MY_PASS"] = "s3cret-pass", ["CAD_PW"] = "pw-1234" };
        var profile = ProfileResolver.Resolve(settings, environment, new ProfileOverrides("agency", new Dictionary<string, string>()));

        var text = ProfileDescription.Describe(profile);

        Assert.That(text, Does.Not.Contain("s3cret-pass").And.Not.Contain("pw-1234"));
        Assert.That(text, Does.Contain("key passphrase=*** (env MY_PASS)").And.Contain("password=*** (env CAD_PW)"));
        Assert.That(text, Does.Contain("https://mcx.example:8443"));
    }

    [Test]
    public void Describe_EmbeddedRoles_NamesSimulatorOrStubByRole()
    {
        var profile = ProfileResolver.Resolve(Load("{}"), new Dictionary<string, string>(), ProfileOverrides.None);

        var lines = ProfileDescription.Describe(profile).Split('\n');

        Assert.That(lines, Has.Some.Match(@"^\s+mcx\s+embedded reference simulator"));
        Assert.That(lines, Has.Some.Match(@"^\s+cad\s+embedded WireMock.Net stub"));
    }

    [Test]
    public void Redact_MasksPlainAndJsonEscapedSecrets()
    {
        var redactor = new Redactor([new Secret("p\"w<1>", "test")]);
        var json = System.Text.Json.JsonSerializer.Serialize(new { message = "login failed for p\"w<1>" });

        Assert.That(redactor.Redact("token p\"w<1> leaked"), Is.EqualTo("token *** leaked"));
        Assert.That(redactor.Redact(json), Does.Not.Contain("w\\u003C1").And.Contain("***"));
    }

    [Test]
    public async Task FindUnreachable_ClosedPort_NamesRoleAndAddress()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var settings = Load("{}");
        var profile = ProfileResolver.Resolve(settings, new Dictionary<string, string> { ["ESN_KMS_URL"] = $"http://127.0.0.1:{port}" }, ProfileOverrides.None);

        var problems = await ReachabilityCheck.FindUnreachableAsync(profile, TimeSpan.FromSeconds(5), CancellationToken.None);

        Assert.That(problems.Single(), Does.StartWith($"profile 'reference': kms: 127.0.0.1:{port} is unreachable"));
    }
}
