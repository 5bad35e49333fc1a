using EsnHarness.Simulators.Internal.Worlds;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>
/// A terminal's power-on life: its token (cancelled at power-off) and its background work (downlink, link watch,
/// uplink messages, reports falling due on a timer), which runs as work of the namespace's world, so closing the
/// namespace stops and awaits it and a fault is logged, never lost.
/// </summary>
internal sealed class DeviceLife(WorldScope scope, string deviceId)
{
    private CancellationTokenSource? _life;

    public bool IsOn => Volatile.Read(ref _life) is not null;

    /// <summary>Cancelled when the terminal powers off (already cancelled while it is off).</summary>
    public CancellationToken Token => Volatile.Read(ref _life)?.Token ?? new CancellationToken(canceled: true);

    public void Begin() => Volatile.Write(ref _life, new CancellationTokenSource());

    /// <summary>Ends the life (cancels its token); false when the terminal was already off.</summary>
    public async Task<bool> EndAsync()
    {
        if (Interlocked.Exchange(ref _life, null) is not { } life)
        {
            return false;
        }

        // Not disposed: tokens handed out earlier stay readable (the source holds no timer, so nothing leaks).
        await life.CancelAsync();
        return true;
    }

    /// <summary>
    /// Runs <paramref name="work"/> in the background until it ends, the terminal powers off or the namespace closes;
    /// nothing runs while the terminal is off.
    /// </summary>
    public void Run(string what, Func<CancellationToken, Task> work) => Run(what, work, inline: false);

    /// <summary>As <see cref="Run(string, Func{CancellationToken, Task})"/>, started on the caller's thread (<see cref="WorldScope.RunInline"/>).</summary>
    public void RunInline(string what, Func<CancellationToken, Task> work) => Run(what, work, inline: true);

    private void Run(string what, Func<CancellationToken, Task> work, bool inline)
    {
        if (Volatile.Read(ref _life) is not { } life)
        {
            return;
        }

        var token = life.Token;
        Func<CancellationToken, Task> owned = async closing =>
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(closing, token);
            try
            {
                await work(linked.Token);
            }
            catch (Exception e) when (linked.IsCancellationRequested && e is OperationCanceledException or RpcException { StatusCode: StatusCode.Cancelled })
            {
                // Powered off, or the namespace closed: the work (or the gRPC stream it read) ends with the terminal.
            }
        };
        if (inline)
        {
            scope.RunInline($"{deviceId}: {what}", owned);
        }
        else
        {
            scope.Run($"{deviceId}: {what}", owned);
        }
    }
}
