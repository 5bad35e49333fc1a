using System.CommandLine;
using System.Net;
using EsnHarness.Bdd;
using EsnHarness.Cli.Internal;
using EsnHarness.Stubs;

namespace EsnHarness.Cli.Commands;

/// <summary><c>esn stubs serve|check [FOLDER]</c>: host or validate the WireMock mappings under stubs/.</summary>
internal static class StubsCommand
{
    public static Command Create(CliConsole console)
    {
        var stubs = new Command("stubs", "Host or validate the HTTP endpoint stubs (IdMS, GMS, CMS, KMS, CAD, AVL).");
        stubs.Subcommands.Add(Serve(console));
        stubs.Subcommands.Add(Check(console));
        return stubs;
    }

    private static Command Serve(CliConsole console)
    {
        var command = new Command("serve", "Serve every mapping under FOLDER (default: esn.json 'stubs') until stopped; prints the address. "
            + "Harness runs elsewhere open isolated sessions on it (/__esn/sessions), so a profile can point the HTTP roles here.");
        var folder = FolderArgument();
        var config = CommonOptions.Config();
        var address = new Option<string>("--address") { Description = "Address to bind (default 127.0.0.1).", DefaultValueFactory = _ => "127.0.0.1" };
        var port = new Option<int>("--port") { Description = "Port to bind (default 0: a free port, printed).", DefaultValueFactory = _ => 0 };
        var certificate = new Option<string?>("--cert") { Description = "Server certificate for HTTPS (PEM with --key, or PFX; its password from ESN_STUBS_CERT_PASSWORD)." };
        var key = new Option<string?>("--key") { Description = "PEM private key of --cert." };
        var clientCa = new Option<string?>("--client-ca") { Description = "CA whose certificates clients must present (mutual TLS)." };
        var defects = new Option<string[]>("--defect") { Description = "Switch a stub defect on in every session and at the root (repeatable; `esn defects` lists them). For proving that a catalogue catches it." };
        command.Arguments.Add(folder);
        foreach (var option in new Option[] { config, address, port, certificate, key, clientCa, defects })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = ResolveFolder(console, parse.GetValue(folder), parse.GetValue(config));
            var bind = IPAddress.TryParse(parse.GetValue(address), out var parsed) ? parsed : throw new UsageException($"--address '{parse.GetValue(address)}' is not an IP address");
            await using var host = await StartAsync(path, new StubHostOptions { Defects = parse.GetValue(defects) ?? [] }, cancellationToken);
            await using var gateway = await StartGatewayAsync(host, new StubGatewayOptions
            {
                BindAddress = bind,
                Port = parse.GetValue(port),
                CertificatePath = parse.GetValue(certificate),
                CertificateKeyPath = parse.GetValue(key),
                CertificatePassword = console.Environment.GetValueOrDefault("ESN_STUBS_CERT_PASSWORD"),
                ClientCaPath = parse.GetValue(clientCa),
            }, cancellationToken);
            var security = parse.GetValue(clientCa) is not null ? "mutual TLS" : parse.GetValue(certificate) is not null ? "TLS" : "plain HTTP";
            await console.Output.WriteLineAsync($"esn stubs: serving {Plural.Of(host.Catalog.Mappings.Count, "mapping")} from {path} on {gateway.Address} ({security}; sessions at {gateway.Address}__esn/sessions)");
            if (host.HostWideDefects.Count > 0)
            {
                await console.Output.WriteLineAsync($"esn stubs: stub defects on in every session: {string.Join(", ", host.HostWideDefects)}");
            }
            await console.Output.FlushAsync(cancellationToken);
            await ServeUntilStopped.WaitAsync(cancellationToken);
            return ExitCodes.Passed;
        });
        return command;
    }

    private static Command Check(CliConsole console)
    {
        var command = new Command("check", "Validate every mapping under FOLDER; one line per problem, exit 2 if any.");
        var folder = FolderArgument();
        var config = CommonOptions.Config();
        command.Arguments.Add(folder);
        command.Options.Add(config);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = ResolveFolder(console, parse.GetValue(folder), parse.GetValue(config));
            var problems = StubCatalog.Validate(path);
            if (problems.Count > 0)
            {
                throw new UsageException(problems.Select(problem => problem.ToString()).ToList());
            }

            var catalog = StubCatalog.Load(path);
            await console.Output.WriteLineAsync($"esn stubs: {Plural.Of(catalog.Mappings.Count, "mapping")} under {path} are valid");
            return ExitCodes.Passed;
        });
        return command;
    }

    internal static async Task<StubHost> StartAsync(string folder, StubHostOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return await StubHost.StartAsync(folder, options, cancellationToken);
        }
        catch (StubMappingException error)
        {
            throw new UsageException(error.Problems.Select(problem => problem.ToString()).ToList());
        }
        catch (StubHostException error)
        {
            throw new UsageException($"stubs serve: {error.Message}");
        }
    }

    private static async Task<StubGateway> StartGatewayAsync(StubHost host, StubGatewayOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return await StubGateway.StartAsync(host, options, cancellationToken);
        }
        catch (StubHostException error)
        {
            throw new UsageException($"stubs serve: {error.Message}");
        }
    }

    private static Argument<string?> FolderArgument() => new("FOLDER") { Description = "Folder of mappings (default: esn.json 'stubs').", Arity = ArgumentArity.ZeroOrOne };

    private static string ResolveFolder(CliConsole console, string? folder, string? config)
    {
        string path;
        if (folder is not null)
        {
            path = Path.GetFullPath(folder, console.WorkingDirectory);
        }
        else
        {
            var settings = HarnessContext.LoadSettings(console, config);
            path = settings.Resolve(settings.Stubs);
        }

        return Directory.Exists(path) ? path : throw new UsageException($"stubs folder '{path}' does not exist");
    }
}
