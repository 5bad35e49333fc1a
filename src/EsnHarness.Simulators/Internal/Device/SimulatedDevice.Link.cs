using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Internal.Grpc;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Device;

internal sealed partial class SimulatedDevice
{
    private TaskCompletionSource _serviceBack = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Sends a reliable (signalling) request over the modelled uplink: waits the uplink delay, fails without service.</summary>
    public async Task<T> UplinkAsync<T>(Func<McxService.McxServiceClient, Task<T>> call, CancellationToken ct)
    {
        RequireService();
        await DelayAsync(UplinkDelay(), ct);
        return await call(_mcx);
    }

    /// <summary>Fire-and-forget uplink message (floor control); lossy ones may be dropped by the model (T101/T100 retransmit).</summary>
    public void Fire(Func<McxService.McxServiceClient, Task> call, bool lossy) => _ = FireAsync(call, lossy);

    private async Task FireAsync(Func<McxService.McxServiceClient, Task> call, bool lossy)
    {
        var life = _life;
        if (life is null || !_link.InService || (lossy && Lost()))
        {
            return;
        }

        try
        {
            await DelayAsync(UplinkDelay(), life.Token);
            await call(_mcx);
        }
        catch (RpcException)
        {
            // The call ended or the service refused: the participant's own timers recover, as on a lost message.
        }
        catch (OperationCanceledException)
        {
            // Powered off.
        }
    }

    private void RequireService()
    {
        var link = _link;
        if (!link.InService)
        {
            throw Errors.Precondition($"device_id '{DeviceId}' has no service: {(link.Reason.Length > 0 ? link.Reason : "not attached")}");
        }
    }

    /// <summary>Waits until the terminal has service again or <paramref name="within"/> passes (no error: the caller decides).</summary>
    private async Task AwaitServiceAsync(TimeSpan within, CancellationToken ct)
    {
        var back = _serviceBack;
        if (_link.InService)
        {
            return;
        }

        try
        {
            await back.Task.WaitAsync(within, Time, ct);
        }
        catch (TimeoutException)
        {
            // Still no service: the caller retransmits or gives up.
        }
    }

    /// <summary>Releases everything waiting for service; call after <see cref="_link"/> changed to in service.</summary>
    private void ServiceBack() =>
        Interlocked.Exchange(ref _serviceBack, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    private TimeSpan UplinkDelay() => Delay(_link.Link, withJitter: true);

    private TimeSpan Delay(Contracts.Network.V1.LinkProfile? profile, bool withJitter)
    {
        if (profile is null || (profile.LatencyMs <= 0 && profile.JitterMs <= 0))
        {
            return TimeSpan.Zero;
        }

        var jitter = withJitter ? profile.JitterMs * NextDouble() : 0;
        return TimeSpan.FromMilliseconds(profile.LatencyMs + jitter);
    }

    private bool Lost()
    {
        var loss = _link.Link?.LossRatio ?? 0;
        return loss > 0 && NextDouble() < loss;
    }

    private bool Duplicated()
    {
        var dup = _link.Link?.DuplicateRatio ?? 0;
        return dup > 0 && NextDouble() < dup;
    }

    private double NextDouble()
    {
        lock (_random)
        {
            return _random.NextDouble();
        }
    }

    private Task DelayAsync(TimeSpan delay, CancellationToken ct) =>
        delay <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(delay, Time, ct); // allowed: modelled radio link latency
}
