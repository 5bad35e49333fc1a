namespace EsnHarness.Architecture.Tests;

/// <summary>
/// ARCHITECTURE.md's dependency direction as a table: what each project under <c>src/</c> may reference, projects and
/// packages. Nothing points back up: the runner knows nothing of ESN, the contracts nothing of their implementations,
/// the steps reach every role through its contract (never the simulators), and only the composition roots (the CLI,
/// and the hosting library it and the NUnit catalogue compose with) see everything. A new project or package is a
/// design decision: add its row here with the reason in ARCHITECTURE.md.
/// </summary>
public static class DependencyDirection
{
    /// <summary>Project name (without <c>EsnHarness.</c>) to the projects it may reference.</summary>
    public static IReadOnlyDictionary<string, string[]> Projects { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["Bdd"] = [],
        ["Bdd.NUnit"] = ["Bdd"],
        ["Contracts"] = [],
        ["Reporting"] = [],
        ["Simulators"] = ["Contracts"],
        ["Stubs"] = [],
        ["Targets"] = [],
        // The reference web dispatcher console: a client of the MCX through the contracts, as any agency's console is.
        ["WebConsole"] = ["Contracts"],
        // The Playwright driver of web consoles (the reference one or an agency's, through a console map).
        ["WebConsole.Driver"] = [],
        // The steps may drive a web console through its driver (ARCHITECTURE.md places that driver with the steps).
        ["Steps"] = ["Bdd", "Contracts", "Stubs", "Targets", "WebConsole.Driver"],
        // The composition of one run: embedded roles, and for a web-console profile the reference console and the steps' console route.
        ["Hosting"] = ["Bdd", "Simulators", "Steps", "Stubs", "Targets", "WebConsole", "WebConsole.Driver"],
        ["Cli"] = ["Bdd", "Hosting", "Reporting", "Simulators", "Steps", "Stubs", "Targets", "WebConsole", "WebConsole.Driver"],
    };

    /// <summary>Project name (without <c>EsnHarness.</c>) to the packages and shared frameworks it may reference.</summary>
    public static IReadOnlyDictionary<string, string[]> Packages { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["Bdd"] = ["Gherkin", "Cucumber.Messages"],
        ["Bdd.NUnit"] = ["NUnit"],
        ["Contracts"] = ["Google.Protobuf", "Grpc.Core.Api", "Grpc.Tools"],
        ["Reporting"] = ["Cucumber.Messages"],
        ["Simulators"] = ["Microsoft.AspNetCore.App", "Grpc.AspNetCore.Server", "Grpc.AspNetCore.Server.Reflection", "Grpc.AspNetCore.HealthChecks", "Grpc.Net.Client"],
        ["Stubs"] = ["Microsoft.AspNetCore.App", "WireMock.Net.Minimal"],
        ["Targets"] = ["Grpc.Net.Client"],
        ["WebConsole"] = ["Microsoft.AspNetCore.App", "Grpc.Net.Client"],
        ["WebConsole.Driver"] = ["Microsoft.Playwright"],
        ["Steps"] = [],
        ["Hosting"] = [],
        ["Cli"] = ["System.CommandLine", "Spectre.Console"],
    };

    /// <summary>The short name of a project: <c>EsnHarness.Bdd.NUnit</c> → <c>Bdd.NUnit</c>.</summary>
    public static string Short(string project) =>
        project.StartsWith("EsnHarness.", StringComparison.Ordinal) ? project["EsnHarness.".Length..] : project;
}
