using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Internal.Worlds;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Interworking;

/// <summary>
/// The bridge's way to the MCX service and the delay it adds per direction (transcoding, TETRA air interface): the
/// modelled figure, plus 400 ms when the bridge carries that defect. One-way messages (floor control) go as work of the
/// namespace's world, so the participant machine never blocks; a refusal is logged.
/// </summary>
internal sealed class IwfUplink(string bridgeId, McxService.McxServiceClient mcx, Metadata headers, TimeSpan addedLatency, WorldScope scope)
{
    public McxService.McxServiceClient Mcx => mcx;

    public Metadata Headers => headers;

    /// <summary>What the bridge adds to each direction.</summary>
    public TimeSpan AddedLatency => addedLatency;

    public Task DelayAsync(CancellationToken ct) =>
        addedLatency <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(addedLatency, scope.Time, ct); // allowed: modelled interworking latency

    /// <summary>Sends a message without waiting for it; a call that ended meanwhile is not an error (the participant's timers recover).</summary>
    public void Send(string what, Func<McxService.McxServiceClient, Metadata, CancellationToken, Task> send) =>
        scope.Run($"{bridgeId}: {what}", async closing =>
        {
            try
            {
                await send(mcx, headers, closing);
            }
            catch (RpcException e)
            {
                // The call ended or the bridge is going away: a message without an answer, as if lost.
                InterworkingLog.NotDelivered(scope.Logger, bridgeId, what, e.StatusCode.ToString());
            }
        });
}
