using System.CommandLine;
using System.Net;
using EsnHarness.Cli.Internal;
using EsnHarness.Simulators;
using Microsoft.Extensions.Logging;

namespace EsnHarness.Cli.Commands;

/// <summary><c>esn sim</c>: hosts the reference gRPC simulators standalone, for a supplier's own tests or a remote run.</summary>
internal static class SimCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("sim", "Host the reference ESN simulators (MCX, network, device, interworking, CAD gateway, MDM) over gRPC until stopped; prints the address.");
        var address = new Option<string>("--address") { Description = "Address to bind (default 127.0.0.1; 0.0.0.0 exposes it to the network).", DefaultValueFactory = _ => "127.0.0.1" };
        var port = new Option<int>("--port") { Description = "Port to bind (default 0: a free port, printed).", DefaultValueFactory = _ => 0 };
        var certificate = new Option<string?>("--cert") { Description = "Server certificate for TLS (PEM with --key, or PFX)." };
        var key = new Option<string?>("--key") { Description = "PEM private key of --cert." };
        var clientCa = new Option<string?>("--client-ca") { Description = "CA whose certificates clients must present (mutual TLS)." };
        var places = new Option<string?>("--places") { Description = "Places file (JSON) replacing the built-in London places." };
        var mcx = new Option<string?>("--mcx") { Description = "MCX service the device simulator and interworking function use (default: this host's own)." };
        var network = new Option<string?>("--network") { Description = "Network model the device simulator uses, and the MCX service asks for radio resources (default: this host's own)." };
        var device = new Option<string?>("--device") { Description = "Terminals (device role) the MDM sends its wipe commands to (default: this host's own)." };
        var upstreamCertificate = new Option<string?>("--upstream-cert") { Description = "Client certificate this host presents to the MCX, network and IdMS services it calls (needed when they ask for mutual TLS, this host's own included)." };
        var upstreamKey = new Option<string?>("--upstream-key") { Description = "PEM private key of --upstream-cert." };
        var upstreamCa = new Option<string?>("--upstream-ca") { Description = "CA that the certificates of the MCX, network and IdMS services this host calls must chain to." };
        var defects = new Option<string[]>("--defect") { Description = "Switch a reference defect on in every namespace (repeatable; `esn defects` lists them). For proving that a catalogue catches it." };
        var logLevel = new Option<LogLevel>("--log-level") { Description = "Least severe log messages written to standard error: Trace, Debug, Information, Warning (default), Error, Critical, None.", DefaultValueFactory = _ => LogLevel.Warning };
        foreach (var option in new Option[] { address, port, certificate, key, clientCa, places, mcx, network, device, upstreamCertificate, upstreamKey, upstreamCa, defects, logLevel })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, cancellationToken) =>
        {
            using var loggers = LoggerFactory.Create(logging => logging
                .SetMinimumLevel(parse.GetValue(logLevel))
                .AddSimpleConsole(console => { console.SingleLine = true; console.TimestampFormat = "HH:mm:ss.fff "; })
                .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace));
            var options = new SimulatorHostOptions
            {
                Address = ParseAddress(parse.GetValue(address)!),
                Port = parse.GetValue(port),
                CertificatePath = parse.GetValue(certificate),
                CertificateKeyPath = parse.GetValue(key),
                CertificatePassword = console.Environment.GetValueOrDefault("ESN_SIM_CERT_PASSWORD"),
                ClientCaPath = parse.GetValue(clientCa),
                PlacesFile = parse.GetValue(places),
                Mcx = ParseUri("--mcx", parse.GetValue(mcx)) is { } mcxAddress ? new UpstreamEndpoint(mcxAddress) : null,
                Network = ParseUri("--network", parse.GetValue(network)) is { } networkAddress ? new UpstreamEndpoint(networkAddress) : null,
                Device = ParseUri("--device", parse.GetValue(device)) is { } deviceAddress ? new UpstreamEndpoint(deviceAddress) : null,
                UpstreamClientCertificatePath = parse.GetValue(upstreamCertificate),
                UpstreamClientKeyPath = parse.GetValue(upstreamKey),
                UpstreamTrustedCaPath = parse.GetValue(upstreamCa),
                Defects = parse.GetValue(defects) ?? [],
                LoggerFactory = loggers,
            };
            await using var host = await StartAsync(options, cancellationToken);
            await console.Output.WriteLineAsync($"esn sim: listening on {host.Address} (gRPC: esn.mcx.v1, esn.network.v1, esn.device.v1, esn.interworking.v1, esn.cadgateway.v1, esn.mdm.v1; health and reflection on)");
            if (options.Defects.Count > 0)
            {
                await console.Output.WriteLineAsync($"esn sim: reference defects on in every namespace: {string.Join(", ", options.Defects)}");
            }

            await console.Output.FlushAsync(cancellationToken);
            await ServeUntilStopped.WaitAsync(cancellationToken);
            return ExitCodes.Passed;
        });
        return command;
    }

    private static async Task<SimulatorHost> StartAsync(SimulatorHostOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return await SimulatorHost.StartAsync(options, cancellationToken);
        }
        catch (SimulatorConfigurationException error)
        {
            throw new UsageException($"sim: {error.Message}");
        }
    }

    private static IPAddress ParseAddress(string text) =>
        IPAddress.TryParse(text, out var parsed) ? parsed : throw new UsageException($"--address '{text}' is not an IP address");

    private static Uri? ParseUri(string option, string? text) => text is null ? null
        : Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri
        : throw new UsageException($"{option} '{text}' is not an absolute http:// or https:// address");
}
