using EsnHarness.Contracts.Mcx.V1;
using Grpc.Core;
using Microsoft.Extensions.Logging;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>
/// A terminal's way up to the MCX service over its modelled radio link: requests wait the uplink delay and fail without
/// service; one-way messages (floor control, acknowledgements, dispositions) go as background work of the terminal and
/// may be lost on the model, as on air.
/// </summary>
internal sealed class DeviceUplink(string deviceId, RadioLink radio, McxService.McxServiceClient mcx, Metadata headers, DeviceLife life, ILogger logger)
{
    public Metadata Headers => headers;

    /// <summary>A reliable (signalling) request: waits the uplink delay; FAILED_PRECONDITION without service.</summary>
    public async Task<T> RequestAsync<T>(Func<McxService.McxServiceClient, Task<T>> call, CancellationToken ct)
    {
        radio.RequireService();
        await radio.DelayAsync(radio.UplinkDelay(), ct);
        return await call(mcx);
    }

    /// <summary>A reliable request to another MCX service (e.g. its common functions): as <see cref="RequestAsync{T}(Func{McxService.McxServiceClient, Task{T}}, CancellationToken)"/>.</summary>
    public async Task<T> RequestAsync<T>(Func<Task<T>> call, CancellationToken ct)
    {
        radio.RequireService();
        await radio.DelayAsync(radio.UplinkDelay(), ct);
        return await call();
    }

    /// <summary>A request whose link the caller models itself (delay, loss, retransmission).</summary>
    public Task<T> CallAsync<T>(Func<McxService.McxServiceClient, Task<T>> call) => call(mcx);

    /// <summary>A voice frame whose modelled uplink delay the caller has already waited.</summary>
    public async Task SendMediaAsync(MediaPacket packet, CancellationToken ct) =>
        await mcx.SendMediaAsync(packet, headers, cancellationToken: ct);

    /// <summary>
    /// A one-way message without waiting for it: dropped without service or, when <paramref name="lossy"/>, by the
    /// model's loss draw (the sender's timers retransmit, e.g. T101/T100); a refusal by the service is logged.
    /// </summary>
    public void Send(string what, Func<McxService.McxServiceClient, Task> call, bool lossy)
    {
        if (!radio.InService || (lossy && radio.Lost()))
        {
            return;
        }

        // Started here, as a radio sends a message when it is sent: a hop through the thread pool first would add its
        // wait to every Floor Request's access time (sim-access).
        life.RunInline(what, async ct =>
        {
            try
            {
                await radio.DelayAsync(radio.UplinkDelay(), ct);
                await call(mcx);
            }
            catch (RpcException e)
            {
                // The call ended meanwhile, the service refused, or the terminal powered off while the message was on its
                // way: for the terminal it is a message without an answer.
                DeviceLog.UplinkNotDelivered(logger, deviceId, what, e.StatusCode.ToString());
            }
        });
    }
}
