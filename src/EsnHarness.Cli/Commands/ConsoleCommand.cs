using System.CommandLine;
using System.Net;
using EsnHarness.Cli.Internal;
using EsnHarness.WebConsole;

namespace EsnHarness.Cli.Commands;

/// <summary><c>esn console</c>: serves the reference web dispatcher console standalone (and <c>esn console check</c>).</summary>
internal static class ConsoleCommand
{
    public const string PasswordVariable = "ESN_CONSOLE_PASSWORD";
    public const string TokenVariable = "ESN_CONSOLE_MCX_TOKEN";

    public static Command Create(CliConsole console)
    {
        var command = new Command("console", $"Serve the reference web dispatcher console until stopped; prints its address. Log in with --user and the password in {PasswordVariable}.");
        var address = new Option<string>("--address") { Description = "Address to bind (default 127.0.0.1; 0.0.0.0 exposes it to the network).", DefaultValueFactory = _ => "127.0.0.1" };
        var port = new Option<int>("--port") { Description = "Port to bind (default 0: a free port, printed).", DefaultValueFactory = _ => 0 };
        var mcx = new Option<string?>("--mcx") { Description = "MCX service (esn.mcx.v1) the console is a client of (default: start the embedded reference simulators)." };
        var network = new Option<string?>("--network") { Description = "Network model whose places the plan draws (default: the embedded one; none with --mcx)." };
        var ns = new Option<string?>("--namespace") { Description = "esn-namespace header the console's MCX calls carry." };
        var ca = new Option<string?>("--mcx-ca") { Description = "PEM CA bundle the MCX's certificate must chain to." };
        var cert = new Option<string?>("--mcx-cert") { Description = "Client certificate for mutual TLS to the MCX (PEM with --mcx-key, or PFX)." };
        var key = new Option<string?>("--mcx-key") { Description = "PEM private key of --mcx-cert." };
        var dispatcher = new Option<string>("--dispatcher") { Description = "The dispatcher's MCPTT ID.", DefaultValueFactory = _ => "sip:metcc-console@mps.esn.gov.uk" };
        var agency = new Option<string>("--agency") { Description = "The dispatcher's agency: MPS, LFB or LAS.", DefaultValueFactory = _ => "MPS" };
        var name = new Option<string>("--display-name") { Description = "The dispatcher's display name.", DefaultValueFactory = _ => "MetCC dispatcher" };
        var room = new Option<string>("--control-room") { Description = "The control room shown on the console.", DefaultValueFactory = _ => "MetCC" };
        var groups = new Option<string[]>("--group") { Description = $"A group to monitor (repeatable; default with the embedded simulators: {string.Join(", ", EmbeddedConsoleWorld.DefaultGroups)})." };
        var user = new Option<string>("--user") { Description = "User name that logs in to the console.", DefaultValueFactory = _ => "dispatcher" };
        foreach (var option in new Option[] { address, port, mcx, network, ns, ca, cert, key, dispatcher, agency, name, room, groups, user })
        {
            command.Options.Add(option);
        }

        command.Subcommands.Add(ConsoleCheckCommand.Create(console));
        command.SetAction(async (parse, cancellationToken) =>
        {
            var password = console.Environment.GetValueOrDefault(PasswordVariable);
            if (string.IsNullOrEmpty(password))
            {
                throw new UsageException($"console: set {PasswordVariable} to the password that logs in to the console (it is never printed)");
            }

            var bind = IPAddress.TryParse(parse.GetValue(address), out var parsed) ? parsed : throw new UsageException($"--address '{parse.GetValue(address)}' is not an IP address");
            var monitored = parse.GetValue(groups) is { Length: > 0 } named ? named : null;
            await using var world = parse.GetValue(mcx) is { } external
                ? EmbeddedConsoleWorld.External(ParseUri("--mcx", external), parse.GetValue(network) is { } n ? ParseUri("--network", n) : null,
                    monitored ?? throw new UsageException("console: name the groups to monitor with --group when the console uses your own MCX (--mcx)"))
                : await EmbeddedConsoleWorld.StartAsync(monitored ?? EmbeddedConsoleWorld.DefaultGroups, cancellationToken);
            if (world.Embedded)
            {
                await console.Output.WriteLineAsync($"esn console: no --mcx given: started the embedded reference simulators at {world.Mcx} and configured the groups {string.Join(", ", world.Groups)} there");
            }

            var options = new WebConsoleOptions
            {
                Address = bind,
                Port = parse.GetValue(port),
                Mcx = new McxConnection(world.Mcx)
                {
                    NetworkAddress = world.Network,
                    Namespace = parse.GetValue(ns),
                    CaBundlePath = parse.GetValue(ca),
                    ClientCertificatePath = parse.GetValue(cert),
                    ClientKeyPath = parse.GetValue(key),
                    AccessToken = console.Environment.GetValueOrDefault(TokenVariable),
                },
                Dispatcher = new DispatcherPosition(parse.GetValue(dispatcher)!, parse.GetValue(agency)!, parse.GetValue(name)!, parse.GetValue(room)!),
                Groups = world.Groups,
                Login = new ConsoleLogin(parse.GetValue(user)!, password),
            };
            await using var host = await StartAsync(options, cancellationToken);
            await console.Output.WriteLineAsync($"esn console: serving the {options.Dispatcher.ControlRoom} dispatcher console on {host.Address} (log in as '{options.Login.User}' with the password in {PasswordVariable}; MCX {options.Mcx})");
            await console.Output.FlushAsync(cancellationToken);
            await ServeUntilStopped.WaitAsync(cancellationToken);
            return ExitCodes.Passed;
        });
        return command;
    }

    private static async Task<WebConsoleHost> StartAsync(WebConsoleOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return await WebConsoleHost.StartAsync(options, cancellationToken);
        }
        catch (WebConsoleConfigurationException error)
        {
            throw new UsageException($"console: {error.Message}");
        }
    }

    private static Uri ParseUri(string option, string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new UsageException($"{option} '{text}' is not an absolute http:// or https:// address");
}
