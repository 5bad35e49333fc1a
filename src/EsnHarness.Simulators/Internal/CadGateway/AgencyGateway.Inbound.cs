using System.Globalization;
using System.Text.Json;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Internal.Grpc;
using Google.Protobuf;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.CadGateway;

/// <summary>What comes back from terminals: acknowledgements ("ACK {incident}"), statuses and check queries ("CHECK {query}").</summary>
internal sealed partial class AgencyGateway
{
    private static readonly TimeSpan CheckBatchWindow = TimeSpan.FromSeconds(5);
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private DateTimeOffset _batchDue;

    private async Task OnSdsAsync(SdsMessage message, CancellationToken ct)
    {
        await mcx.AcknowledgeSdsAsync(new AcknowledgeSdsRequest { McpttId = config.McpttId, MessageId = message.MessageId }, headers, cancellationToken: ct);
        if (!_seen.Add(message.MessageId))
        {
            return; // a retransmission of a message already handled
        }

        var text = message.Kind == SdsPayloadKind.Text ? message.Payload.ToStringUtf8() : "";
        try
        {
            if (message.Kind == SdsPayloadKind.Status)
            {
                await StatusAsync(message.SenderMcpttId, message.StatusCode, ct);
            }
            else if (text.StartsWith("ACK ", StringComparison.Ordinal))
            {
                await AcknowledgementAsync(message.SenderMcpttId, text[4..].Trim(), ct);
            }
            else if (text.StartsWith("CHECK ", StringComparison.Ordinal))
            {
                var query = text[6..].Trim();
                var due = scope.Defects.Has(CadGatewayDefects.CheckQueriesBatched) ? BatchDue() : (DateTimeOffset?)null;
                scope.Run($"check '{query}' for {message.SenderMcpttId}", token => CheckAsync(message.SenderMcpttId, query, due, token));
            }
            else
            {
                Activity.Add($"text from {message.SenderMcpttId} is not for CAD (no ACK or CHECK): ignored");
            }
        }
        catch (Exception e) when (e is RpcException or HttpRequestException or JsonException && !ct.IsCancellationRequested)
        {
            Activity.Add($"message {message.MessageId} from {message.SenderMcpttId} not passed to CAD: {e.Message}", failed: true);
        }
    }

    private async Task AcknowledgementAsync(string sender, string incident, CancellationToken ct)
    {
        if (await CallsignOfAsync(sender, ct) is not { } callsign)
        {
            return;
        }

        if (scope.Defects.Has(CadGatewayDefects.AcknowledgementNotForwarded))
        {
            Activity.Add($"acknowledgement of {incident} from {callsign} taken");
            return;
        }

        var (status, body) = await cad.PostAsync($"incidents/{Uri.EscapeDataString(incident)}/acknowledgements", new { resource = callsign }, ct);
        Activity.Add($"acknowledgement of {incident} from {callsign} -> CAD: HTTP {status}{Detail(status, body)}", failed: status >= 300);
    }

    private async Task StatusAsync(string sender, uint code, CancellationToken ct)
    {
        if (await CallsignOfAsync(sender, ct) is not { } callsign)
        {
            return;
        }

        var index = _table.ToList().FindIndex(t => t.Code == code);
        if (index < 0)
        {
            Activity.Add($"status {code} from {callsign} is not in the CAD's status table: not passed on", failed: true);
            return;
        }

        if (scope.Defects.Has(CadGatewayDefects.StatusCodeOffByOne) && ++index >= _table.Count)
        {
            Activity.Add($"status {code} from {callsign}: no entry {index} in the CAD's status table, dropped", failed: true);
            return;
        }

        var time = scope.Time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        var (status, body) = await cad.PostAsync($"resources/{Uri.EscapeDataString(callsign)}/status", new { code, status = _table[index].Status, time }, ct);
        Activity.Add($"status {code} '{_table[index].Status}' from {callsign} -> CAD: HTTP {status}{Detail(status, body)}", failed: status >= 300);
    }

    private async Task CheckAsync(string sender, string query, DateTimeOffset? batchDue, CancellationToken ct)
    {
        if (batchDue is { } due && due > scope.Time.GetUtcNow())
        {
            await Task.Delay(due - scope.Time.GetUtcNow(), scope.Time, ct); // allowed: the modelled batch window of a faulty gateway
        }

        var (status, body) = await cad.PostAsync("checks", new { query, requester = sender }, ct);
        string answer;
        try
        {
            using var json = JsonDocument.Parse(body);
            answer = status == 200 && json.RootElement.TryGetProperty("result", out var result) ? result.GetString() ?? "" : $"no answer (HTTP {status})";
        }
        catch (JsonException)
        {
            answer = $"no answer (HTTP {status}, not JSON)";
        }

        Activity.Add($"check '{query}' from {sender} -> back office: HTTP {status}", failed: status != 200);
        await mcx.SendSdsAsync(new SendSdsRequest
        {
            Message = new SdsMessage
            {
                MessageId = Guid.NewGuid().ToString("N"), SenderMcpttId = config.McpttId, TargetMcpttId = sender, Kind = SdsPayloadKind.Text,
                Payload = ByteString.CopyFromUtf8($"CHECK {query}: {answer}"), SentAt = Clock.Now(scope.Time),
            },
        }, headers, cancellationToken: ct);
    }

    /// <summary>When the batch a query joins now leaves: the open batch's time, or a new batch 5 s from now.</summary>
    private DateTimeOffset BatchDue()
    {
        var now = scope.Time.GetUtcNow();
        if (_batchDue <= now)
        {
            _batchDue = now + CheckBatchWindow;
        }

        return _batchDue;
    }

    /// <summary>The callsign CAD's register holds for the sender's terminal (a resource the gateway dispatched to is known already).</summary>
    private async Task<string?> CallsignOfAsync(string sender, CancellationToken ct)
    {
        if (_dispatched.TryGetValue(sender, out var known))
        {
            return known;
        }

        if (scope.Defects.Has(CadGatewayDefects.StatusNeedsOpenIncident))
        {
            Activity.Add($"message from {sender}: no incident dispatched to it through this gateway, dropped");
            return null;
        }

        var callsign = await cad.CallsignOfAsync(sender, ct);
        if (callsign is null)
        {
            Activity.Add($"message from {sender}: no resource in the CAD's register uses that terminal", failed: true);
        }

        return callsign;
    }

    private static string Detail(int status, string body) => status < 300 ? "" : $" {body.ReplaceLineEndings(" ")}";
}
