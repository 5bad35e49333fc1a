using System.Diagnostics;
using System.Reflection;
using EsnHarness.Cli.Tests.Support;

namespace EsnHarness.Cli.Tests;

/// <summary>Issue 15 item 7: <c>esn</c> is a command: the CLI packs as a .NET tool named esn, installs from the package, and says esn.</summary>
[TestFixture]
[NonParallelizable]
public sealed class ToolPackageTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(5);
    private string _folder = null!;

    [SetUp]
    public void SetUp() => _folder = Directory.CreateTempSubdirectory("esn-tool-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task Help_BuiltCliRunByDotnet_SaysEsnNotTheAssemblyName()
    {
        await using var esn = CliProcess.Start(_folder, "--help");

        Assert.That(await esn.WaitForExitAsync(Deadline), Is.Zero);
        Assert.That(esn.Output, Does.Contain("Usage:\n  esn [command] [options]"));
        Assert.That(esn.Output, Does.Not.Contain("EsnHarness.Cli"));
    }

    [Test]
    public async Task Pack_ToolInstalledFromThePackage_RunsAsEsn()
    {
        var configuration = typeof(ToolPackageTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var project = Path.Combine(Repository.Root, "src", "EsnHarness.Cli", "EsnHarness.Cli.csproj");
        var packages = Path.Combine(_folder, "nupkg");
        var tools = Path.Combine(_folder, "tools");

        // The test project builds the CLI in its own configuration, so the package is made from that build.
        await RunAsync("dotnet", "pack", project, "-c", configuration, "--no-build", "-o", packages, "-nologo");
        await RunAsync("dotnet", "tool", "install", "--tool-path", tools, "--add-source", packages, "--ignore-failed-sources", "EsnHarness.Cli");
        var help = await RunAsync(Path.Combine(tools, "esn"), "--help");

        Assert.That(Directory.GetFiles(packages, "EsnHarness.Cli.*.nupkg"), Has.Length.EqualTo(1));
        Assert.That(help, Does.Contain("Usage:\n  esn [command] [options]"));
        Assert.That(help, Does.Contain("run      Run the requirement catalogue"));
    }

    private static async Task<string> RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Repository.Root };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(Deadline);
        await process.WaitForExitAsync(deadline.Token);
        Assert.That(process.ExitCode, Is.Zero, $"{file} {string.Join(' ', arguments)}\n{await output}\n{await error}");
        return (await output).Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
