using System.Net;
using System.Net.Sockets;
using EsnHarness.Cli.Tests.Support;
using EsnHarness.Tests.Support;

namespace EsnHarness.Cli.Tests;

/// <summary>
/// #15 item 1, targets are what the report says: one role at a time points at an agency's system (an <c>esn sim</c> or
/// <c>esn stubs serve</c> in its own process, mutual TLS with certificates made by the test), every other role stays
/// embedded, and the requirements that role serves have exactly the outcomes of the reference profile. The embedded roles
/// that talk to the external one talk to it there (terminals, consoles, the interworking function and the CAD gateway to
/// an external MCX and network model, the MCX to an external IdMS and network model, the CAD gateway to an external CAD), an
/// external device service, interworking function or CAD gateway reaches the embedded MCX and network model at the
/// profile's "listen" address, and an external MCX asks the embedded network model for its calls' radio resources there.
/// KPI measurements (@kpi) are left out: they measure real time on this shared 2-core machine, and a busy moment would
/// make a comparison of outcomes flaky without saying anything about where the role lives. The roles no requirement of
/// the catalogue uses (controlRoom, gms, cms, avl) have nothing to compare and no case here.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class OneRoleExternalTests
{
    private const string Tags = "not @kpi and not @wip";
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(3);

    private static readonly Dictionary<string, string[]> FeaturesServed = new(StringComparer.Ordinal)
    {
        ["mcx"] = ["voice/floor-control.feature", "interop/airwave-interworking.feature"],
        ["network"] = ["coverage/crowds-and-coverage-loss.feature", "coverage/london-places.feature"],
        ["device"] = ["voice/floor-control.feature", "control-room/dispatcher-consoles.feature"],
        ["interworking"] = ["interop/airwave-interworking.feature"],
        ["cadGateway"] = ["control-room/cad-integration.feature", "data/status-and-cad.feature"],
        ["idms"] = ["security/identity-and-keys.feature"],
        ["kms"] = ["security/identity-and-keys.feature"],
        ["cad"] = ["control-room/cad-integration.feature", "data/status-and-cad.feature"],
        ["mdm"] = ["data/mps-mobile-devices.feature"],
    };

    private TestCertificates _certificates = null!;
    private CliHarness _cli = null!;
    private Dictionary<string, string> _reference = null!;

    private static IEnumerable<string> Roles => FeaturesServed.Keys;

    [OneTimeSetUp]
    public async Task RunReferenceOnce()
    {
        _certificates = TestCertificates.Create();
        _cli = new CliHarness();
        WriteSettings(profile: null);
        var features = FeaturesServed.Values.SelectMany(f => f).Distinct().ToArray();
        var run = await _cli.RunAsync(["run", "--profile", "reference", "--tags", Tags, .. FeatureArguments(features), "--format", "message:reference.ndjson"]);
        Assert.That(run.ExitCode, Is.EqualTo(0), "the reference profile passes these requirements:\n" + run.Output + run.Error);
        _reference = MessageOutcomes.Read(_cli.Path("reference.ndjson"));
    }

    [OneTimeTearDown]
    public void TearDown()
    {
        _cli.Dispose();
        _certificates.Dispose();
    }

    [TestCaseSource(nameof(Roles))]
    public async Task Run_OnlyThisRoleExternal_SameOutcomesAsTheReferenceProfile(string role)
    {
        var listenPort = FreePort();
        await using var agency = StartAgencySystem(role, listenPort);
        var address = await AddressOfAsync(agency);
        WriteSettings(Profile(role, address, listenPort));

        var features = FeaturesServed[role];
        var run = await _cli.RunAsync(["run", "--profile", "agency", "--tags", Tags, .. FeatureArguments(features), "--format", $"message:{role}.ndjson"]);

        var outcomes = MessageOutcomes.Read(_cli.Path($"{role}.ndjson"));
        var expected = _reference.Where(pair => features.Any(feature => pair.Key.Contains(feature, StringComparison.Ordinal))).ToDictionary();
        Assert.Multiple(() =>
        {
            Assert.That(outcomes, Has.Count.GreaterThanOrEqualTo(3), "the requirements the role serves ran");
            Assert.That(outcomes, Is.EquivalentTo(expected), Differences(outcomes, expected) + "\n" + run.Output);
            Assert.That(run.ExitCode, Is.EqualTo(0), run.Output + run.Error);
            Assert.That(File.ReadAllText(_cli.Path($"{role}.ndjson")), Does.Contain($"\\\"{role}\\\":\\\"{address}"), "the report names the external address");
        });
    }

    /// <summary>The agency's system for the role: a stub gateway for an HTTP role; a simulator host for a gRPC role, whose
    /// own terminals, interworking function or CAD gateway use the harness's embedded MCX and network model when it plays
    /// device, interworking or cadGateway, whose MDM wipes the harness's terminals when it plays mdm, and whose MCX asks the harness's network model for radio resources (where the
    /// terminals are) when it plays mcx.</summary>
    private CliProcess StartAgencySystem(string role, int harnessPort)
    {
        string[] tls = ["--cert", _certificates.ServerPem, "--key", _certificates.ServerKey, "--client-ca", _certificates.CaPem];
        if (role is "idms" or "kms" or "cad")
        {
            return CliProcess.Start(Repository.Root, ["stubs", "serve", .. tls]);
        }

        string[] upstream = role switch
        {
            "device" or "interworking" or "cadGateway" => ["--mcx", $"http://127.0.0.1:{harnessPort}", "--network", $"http://127.0.0.1:{harnessPort}"],
            "mcx" => ["--network", $"http://127.0.0.1:{harnessPort}"],
            "mdm" => ["--device", $"http://127.0.0.1:{harnessPort}"],
            _ => [],
        };
        return CliProcess.Start(Repository.Root, ["sim", .. tls, .. upstream]);
    }

    private static async Task<Uri> AddressOfAsync(CliProcess process)
    {
        var line = await process.WaitForLineAsync(text => text.StartsWith("esn sim: listening on ", StringComparison.Ordinal) || text.StartsWith("esn stubs: serving ", StringComparison.Ordinal), Deadline);
        return new Uri(line.Split(' ').First(word => word.StartsWith("http", StringComparison.Ordinal)));
    }

    private string Profile(string role, Uri address, int listenPort) => $$"""
        "agency": {
          "description": "{{role}} is the agency's system; everything else embedded",
          "listen": { "port": {{listenPort}} },
          "roles": { "{{role}}": { "url": "{{address}}", "tls": { "caBundle": "{{_certificates.CaPem}}", "clientCertificate": "{{_certificates.ClientPem}}", "clientKey": "{{_certificates.ClientKey}}" } } }
        }
        """;

    private void WriteSettings(string? profile) => _cli.Write("esn.json", $$"""
        {
          "features": ["{{Repository.Features}}"],
          "stubs": "{{Path.Combine(Repository.Root, "stubs")}}",
          "workers": 16,
          "profiles": { {{profile ?? string.Empty}} }
        }
        """);

    private static string[] FeatureArguments(IEnumerable<string> features) =>
        features.SelectMany(feature => new[] { "--features", Path.Combine(Repository.Features, feature) }).ToArray();

    private static string Differences(Dictionary<string, string> actual, Dictionary<string, string> expected) =>
        string.Join("\n", actual.Keys.Union(expected.Keys).Order(StringComparer.Ordinal)
            .Where(name => actual.GetValueOrDefault(name) != expected.GetValueOrDefault(name))
            .Select(name => $"{name}: with the role external {actual.GetValueOrDefault(name) ?? "not run"}, reference {expected.GetValueOrDefault(name) ?? "not run"}"));

    /// <summary>A loopback port nothing listens on, for the harness's embedded simulators: bound by the system, then released.</summary>
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
