using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators;
using Grpc.Net.Client;

namespace EsnHarness.Cli.Internal;

/// <summary>The MCX a standalone console uses: the agency's own (given by address), or the embedded reference simulators,
/// started here with the monitored groups configured through the MCX configuration contract, and stopped with it.</summary>
internal sealed class EmbeddedConsoleWorld : IAsyncDisposable
{
    public static readonly string[] DefaultGroups = ["MPS-LX-OPS1", "LFB-FLON-OPS01", "LAS-NE-OPS1", "LDN-INTEROP-1"];

    private readonly SimulatorHost? _host;

    private EmbeddedConsoleWorld(Uri mcx, Uri? network, IReadOnlyList<string> groups, SimulatorHost? host)
    {
        Mcx = mcx;
        Network = network;
        Groups = groups;
        _host = host;
    }

    public Uri Mcx { get; }

    public Uri? Network { get; }

    public IReadOnlyList<string> Groups { get; }

    public bool Embedded => _host is not null;

    public static EmbeddedConsoleWorld External(Uri mcx, Uri? network, IReadOnlyList<string> groups) => new(mcx, network, groups, null);

    public static async Task<EmbeddedConsoleWorld> StartAsync(IReadOnlyList<string> groups, CancellationToken ct)
    {
        var host = await SimulatorHost.StartAsync(new SimulatorHostOptions(), ct);
        try
        {
            using var channel = GrpcChannel.ForAddress(host.Address);
            var config = new McxConfiguration.McxConfigurationClient(channel);
            foreach (var group in groups)
            {
                await config.PutGroupAsync(new PutGroupRequest
                {
                    Group = new GroupConfig
                    {
                        GroupId = group, Agency = AgencyOf(group), QueueingEnabled = true,
                        AllowEmergency = true, AllowImminentPeril = true, AllowEmergencyAlert = true,
                    },
                }, cancellationToken: ct);
            }

            return new EmbeddedConsoleWorld(host.Address, host.Address, groups, host);
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    private static Agency AgencyOf(string group) =>
        group.StartsWith("MPS", StringComparison.OrdinalIgnoreCase) ? Agency.Mps
        : group.StartsWith("LFB", StringComparison.OrdinalIgnoreCase) ? Agency.Lfb
        : group.StartsWith("LAS", StringComparison.OrdinalIgnoreCase) ? Agency.Las
        : Agency.Unspecified;
}
