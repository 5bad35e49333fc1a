using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EsnHarness.Cli;
using EsnHarness.WebConsole.Tests.Support;

namespace EsnHarness.WebConsole.Tests;

/// <summary><c>esn console</c> serving the reference console standalone, and <c>esn console check</c> against a live one.</summary>
[Parallelizable(ParallelScope.Self)]
public sealed partial class ConsoleCommandTests
{
    private readonly List<string> _maps = [];

    [TearDown]
    public void DeleteMaps()
    {
        foreach (var map in _maps)
        {
            File.Delete(map);
        }

        _maps.Clear();
    }

    [Test]
    public async Task ConsoleCheck_ShippedMapAgainstTheLiveReferenceConsole_ExitZeroEveryLocatorFound()
    {
        await using var s = await ConsoleScenario.StartAsync();

        var (exitCode, output, error) = await EsnAsync(ConsoleRig.MapPath, "console", "check", "--map", ConsoleRig.MapPath, "--url", s.Console.Address.ToString());

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(0), error);
            Assert.That(error, Is.Empty);
            Assert.That(output, Does.Contain("login and 32 locators found"));
        });
    }

    [Test]
    public async Task ConsoleCheck_WrongPttLocator_ExitOneWithOneLineNamingTheEntryAndWhatWasNotFound()
    {
        await using var s = await ConsoleScenario.StartAsync();
        var map = MapWith(s, "pttButton", """{ "role": "button", "name": "Press to talk {group}" }""");

        var (exitCode, _, error) = await EsnAsync(map, "console", "check", "--map", map, "--url", s.Console.Address.ToString(), "--timeout", "2");

        var lines = error.TrimEnd().Split('\n');
        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(lines, Has.Length.EqualTo(1), error);
            Assert.That(lines[0], Does.Contain("locators.pttButton: role=button name=\"Press to talk MPS-LX-OPS1\" not found"));
        });
    }

    [Test]
    public async Task ConsoleCheck_MalformedMap_ExitTwoWithOneLineNamingTheField()
    {
        await using var s = await ConsoleScenario.StartAsync();
        var map = MapWith(s, "talker", """{ "role": "status", "name": "Talker on {grp}" }""");

        var (exitCode, _, error) = await EsnAsync(map, "console", "check", "--map", map, "--url", s.Console.Address.ToString());

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(2));
            Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1), error);
            Assert.That(error, Does.Contain("locators.talker.name: placeholder {grp} is not known here"));
        });
    }

    [Test]
    public async Task ConsoleCheck_PasswordVariableNotSet_ExitTwoNamingTheVariable()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var cli = new CliConsole(output, error, new Dictionary<string, string>(), AppContext.BaseDirectory, Interactive: false);

        var exitCode = await EsnCommandLine.InvokeAsync(["console", "check", "--map", ConsoleRig.MapPath, "--url", "http://127.0.0.1:9/"], cli, CancellationToken.None);

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(error.ToString(), Does.Contain("login.passwordVariable: the environment variable ESN_CONSOLE_PASSWORD is not set"));
    }

    [Test]
    public async Task Console_NoMcxGiven_StartsTheEmbeddedSimulatorsAndServesTheLoginPageOnLoopback()
    {
        var output = new LineWriter();
        var error = new StringWriter();
        var cli = new CliConsole(output, error, new Dictionary<string, string> { ["ESN_CONSOLE_PASSWORD"] = ConsoleScenario.Password }, AppContext.BaseDirectory, Interactive: false);
        using var stop = new CancellationTokenSource();

        var running = EsnCommandLine.InvokeAsync(["console", "--group", "MPS-LX-OPS1"], cli, stop.Token);
        var embedded = await output.WaitForAsync(l => l.Contains("embedded", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        var serving = await output.WaitForAsync(l => l.Contains("serving", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        var address = new Uri(ServingAddress().Match(serving).Groups[1].Value);
        using var http = new HttpClient();
        using var login = await http.GetAsync(new Uri(address, "/login"));
        await stop.CancelAsync();
        var exitCode = await running;

        Assert.Multiple(() =>
        {
            Assert.That(embedded, Does.Contain("no --mcx given: started the embedded reference simulators"));
            Assert.That(address.Host, Is.EqualTo("127.0.0.1"));
            Assert.That((int)login.StatusCode, Is.EqualTo(200));
            Assert.That(login.Headers.GetValues("Content-Security-Policy").Single(), Does.Contain("default-src 'none'"));
            Assert.That(serving, Does.Not.Contain(ConsoleScenario.Password));
            Assert.That(exitCode, Is.EqualTo(0), error.ToString());
        });
    }

    private string MapWith(ConsoleScenario s, string entry, string locator)
    {
        var json = JsonNode.Parse(File.ReadAllText(ConsoleRig.MapPath))!.AsObject();
        json["locators"]![entry] = JsonNode.Parse(locator);
        var path = Path.Combine(Path.GetTempPath(), $"console-map-{s.Namespace}.json");
        File.WriteAllText(path, json.ToJsonString());
        _maps.Add(path);
        return path;
    }

    private static async Task<(int ExitCode, string Output, string Error)> EsnAsync(string map, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var environment = new Dictionary<string, string> { ["ESN_CONSOLE_PASSWORD"] = ConsoleScenario.Password };
        if (Environment.GetEnvironmentVariable("ESN_CHROMIUM") is { Length: > 0 } chromium)
        {
            environment["ESN_CHROMIUM"] = chromium;
        }

        var cli = new CliConsole(output, error, environment, Path.GetDirectoryName(map)!, Interactive: false);
        var exitCode = await EsnCommandLine.InvokeAsync(args, cli, CancellationToken.None);
        return (exitCode, output.ToString(), error.ToString());
    }

    [GeneratedRegex(@"console on (\S+) ")]
    private static partial Regex ServingAddress();
}
