using EsnHarness.Simulators.Defects;
using Grpc.Core;
using Microsoft.Extensions.Logging;

namespace EsnHarness.Simulators.Internal.Worlds;

/// <summary>
/// What a namespace's world owns besides its domain state: its defects (the one seam a reference implementation
/// consults to misbehave), its logger, its clock, and every background task it starts. Closing the scope cancels
/// <see cref="Closing"/>, which open streams and background work observe, and awaits the tasks.
/// </summary>
internal sealed class WorldScope(string ns, string role, DefectSet defects, TimeProvider time, ILogger logger) : IAsyncDisposable
{
    private static readonly TimeSpan StragglerWait = TimeSpan.FromSeconds(5);
    private readonly CancellationTokenSource _closing = new();
    private readonly Lock _gate = new();
    private readonly HashSet<Task> _tasks = [];
    private bool _closed;

    public string Namespace => ns;

    public string Role => role;

    public DefectSet Defects => defects;

    public TimeProvider Time => time;

    public ILogger Logger => logger;

    /// <summary>Cancelled when the namespace closes.</summary>
    public CancellationToken Closing => _closing.Token;

    /// <summary>A token cancelled when either the namespace closes or <paramref name="other"/> is (e.g. a stream's caller goes away).</summary>
    public CancellationTokenSource Link(CancellationToken other) => CancellationTokenSource.CreateLinkedTokenSource(_closing.Token, other);

    /// <summary>
    /// Starts background work that belongs to this world: it runs until it ends or the world closes (its token), a fault
    /// is logged with <paramref name="what"/>, and closing the world awaits it. Never fire-and-forget.
    /// </summary>
    public void Run(string what, Func<CancellationToken, Task> work)
    {
        lock (_gate)
        {
            if (_closed)
            {
                return;
            }

            var task = RunLoggedAsync(what, work);
            if (!task.IsCompleted)
            {
                _tasks.Add(task);
                _ = task.ContinueWith(Forget, this, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }
        }
    }

    /// <summary>
    /// As <see cref="Run"/>, but the work starts on the caller's thread (registered first, then run outside this scope's
    /// lock up to its first wait) instead of after a hop through the thread pool: for a message that goes on the wire as
    /// it is sent, such as a terminal's Floor Request, whose access time the hop would lengthen on a busy host. The
    /// caller must hold no lock that the work's synchronous part would wait for on another thread.
    /// </summary>
    public void RunInline(string what, Func<CancellationToken, Task> work)
    {
        var go = new TaskCompletionSource(); // continuations run synchronously: SetResult below starts the work here
        lock (_gate)
        {
            if (_closed)
            {
                return;
            }

            var task = RunLoggedAsync(what, work, go.Task);
            _tasks.Add(task);
            _ = task.ContinueWith(Forget, this, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }

        go.SetResult();
    }

    public async ValueTask DisposeAsync()
    {
        Task[] pending;
        lock (_gate)
        {
            if (_closed)
            {
                return;
            }

            _closed = true;
            pending = [.. _tasks];
        }

        await _closing.CancelAsync();
        try
        {
            // WaitAsync, not WhenAny with a Delay: its timer ends with the wait, so a busy host does not keep one
            // straggler timer per closed world alive for the full wait (the soak benchmark found thousands of them).
            await Task.WhenAll(pending).WaitAsync(StragglerWait, time);
        }
        catch (TimeoutException)
        {
            SimulatorLog.BackgroundWorkOutlivedClose(logger, role, ns, pending.Count(t => !t.IsCompleted), StragglerWait.TotalSeconds);
        }

        _closing.Dispose();
    }

    private static void Forget(Task task, object? state)
    {
        var scope = (WorldScope)state!;
        lock (scope._gate)
        {
            scope._tasks.Remove(task);
        }
    }

    private async Task RunLoggedAsync(string what, Func<CancellationToken, Task> work, Task? start = null)
    {
        if (start is null)
        {
            await Task.Yield();
        }
        else
        {
            await start;
        }

        try
        {
            await work(_closing.Token);
        }
        catch (OperationCanceledException) when (_closing.IsCancellationRequested)
        {
            // The world closed.
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.Cancelled && _closing.IsCancellationRequested)
        {
            // The world closed while the work was in a call to another role (gRPC reports the cancellation as a status).
        }
        catch (Exception e)
        {
            SimulatorLog.BackgroundWorkFailed(logger, e, role, ns, what);
        }
    }
}
