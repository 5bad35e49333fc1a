using System.Collections.Concurrent;
using EsnHarness.Contracts.CadGateway.V1;
using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Worlds;
using Google.Protobuf;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.CadGateway;

/// <summary>
/// One agency's CAD ↔ ESN gateway in one namespace. On the ESN side an ordinary MCX client (registered under the
/// gateway's identity, with its own downlink); on the CAD side a client of the CAD's HTTP API. Outbound, a dispatch is
/// looked up in CAD's register and sent to each resource's terminal as an SDS; inbound, acknowledgements, statuses and
/// check queries from terminals are posted into CAD (<see cref="OnSdsAsync"/>).
/// </summary>
internal sealed partial class AgencyGateway(ConfigureGatewayRequest config, CadClient cad, McxService.McxServiceClient mcx, Metadata headers, WorldScope scope)
{
    private readonly CancellationTokenSource _life = CancellationTokenSource.CreateLinkedTokenSource(scope.Closing);
    private readonly ConcurrentDictionary<string, string> _dispatched = new(StringComparer.OrdinalIgnoreCase);
    private IReadOnlyList<(uint Code, string Status)> _table = [];

    public string McpttId => config.McpttId;

    public GatewayActivityLog Activity { get; } = new(scope.Time);

    private string Name => config.DisplayName.Length > 0 ? config.DisplayName : config.McpttId;

    /// <summary>Reads the CAD's status table (which also opens the connection a deployed gateway keeps to its CAD),
    /// registers on the MCX service and starts listening.</summary>
    public async Task StartAsync(CancellationToken ct)
    {
        _table = await cad.StatusTableAsync(ct);
        var identity = new UserIdentity
        {
            McpttId = config.McpttId, Agency = config.Agency, Role = "CAD gateway",
            FunctionalAlias = $"{config.Agency.ToString().ToUpperInvariant()}-CAD", DisplayName = Name,
        };
        await mcx.RegisterAsync(new RegisterRequest { Identity = identity }, headers, cancellationToken: ct);
        Activity.Add($"{Name} registered as {config.McpttId}; CAD at {cad.BaseAddress}; {_table.Count} statuses in the CAD's table");
        scope.Run($"downlink of {config.McpttId}", _ => RunDownlinkAsync(_life.Token));
    }

    public async Task StopAsync()
    {
        await _life.CancelAsync();
        try
        {
            await mcx.DeregisterAsync(new DeregisterRequest { McpttId = config.McpttId }, headers);
        }
        catch (RpcException)
        {
            // The MCX service already forgot the gateway (its namespace is closing).
        }

        _life.Dispose();
    }

    /// <summary>The CAD's dispatch: each callsign's terminal from CAD's register, then the incident to it as an SDS.</summary>
    public async Task<DispatchResponse> DispatchAsync(DispatchRequest request, CancellationToken ct)
    {
        var response = new DispatchResponse();
        foreach (var callsign in request.Callsigns)
        {
            var terminal = await cad.TerminalOfAsync(callsign, ct)
                ?? throw Errors.NotFound($"callsign '{callsign}' is not in the resource register of the CAD at {cad.Path("resources")}: the gateway cannot tell which terminal to send incident {request.IncidentId} to");
            if (scope.Defects.Has(CadGatewayDefects.ForeignTerminalsSkipped) && !SameDomain(terminal, config.McpttId))
            {
                Activity.Add($"incident {request.IncidentId}: {callsign} ({terminal}) is outside the gateway's domain, not sent");
                continue;
            }

            var messageId = Guid.NewGuid().ToString("N");
            await mcx.SendSdsAsync(new SendSdsRequest
            {
                Message = new SdsMessage
                {
                    MessageId = messageId, SenderMcpttId = config.McpttId, TargetMcpttId = terminal, Kind = SdsPayloadKind.Text,
                    Payload = ByteString.CopyFromUtf8($"CAD {request.IncidentId}: {request.Summary}"), DispositionRequest = DispositionRequest.Delivery,
                    SentAt = Clock.Now(scope.Time),
                },
            }, headers, cancellationToken: ct);
            _dispatched[terminal] = callsign;
            Activity.Add($"incident {request.IncidentId} to {callsign} ({terminal}) as SDS {messageId}");
            response.Resources.Add(new DispatchedResource { Callsign = callsign, McpttId = terminal, MessageId = messageId });
        }

        return response;
    }

    private static bool SameDomain(string a, string b) =>
        string.Equals(a[(a.IndexOf('@', StringComparison.Ordinal) + 1)..], b[(b.IndexOf('@', StringComparison.Ordinal) + 1)..], StringComparison.OrdinalIgnoreCase);

    private async Task RunDownlinkAsync(CancellationToken ct)
    {
        try
        {
            using var stream = mcx.Connect(new ConnectRequest { McpttId = config.McpttId }, headers, cancellationToken: ct);
            await foreach (var e in stream.ResponseStream.ReadAllAsync(ct))
            {
                if (e.EventCase == McxEvent.EventOneofCase.Sds)
                {
                    await OnSdsAsync(e.Sds.Message, ct);
                }
            }
        }
        catch (RpcException) when (ct.IsCancellationRequested)
        {
            // The gateway stopped or its namespace closed.
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The gateway stopped or its namespace closed.
        }
    }
}
