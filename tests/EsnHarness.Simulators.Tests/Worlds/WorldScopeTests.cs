using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Internal.Worlds;
using Grpc.Core;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Worlds;

/// <summary>Closing a world cancels its background work, awaits it, and says so when some of it will not stop.</summary>
public sealed class WorldScopeTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    [Test]
    public async Task DisposeAsync_WorkObservingClose_EndsItWithoutAWarning()
    {
        var log = new WarningLog();
        var scope = new WorldScope("ns", "test", DefectSet.Of([]), new FakeTimeProvider(), log);
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        scope.Run("listen", async ct =>
        {
            await using var registration = ct.Register(() => stopped.TrySetResult());
            await stopped.Task;
        });

        await scope.DisposeAsync().AsTask().WaitAsync(Deadline);

        Assert.Multiple(() =>
        {
            Assert.That(stopped.Task.IsCompleted, Is.True, "closing cancels the work");
            Assert.That(log.Warnings, Is.Empty);
        });
    }

    [Test]
    public async Task DisposeAsync_WorkInACallToAnotherRole_EndsItWithoutAnError()
    {
        var log = new WarningLog();
        var scope = new WorldScope("ns", "test", DefectSet.Of([]), new FakeTimeProvider(), log);
        var calling = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        scope.Run("release radio resources", async ct =>
        {
            // A gRPC call in flight: the world's close cancels it, and gRPC reports that as status Cancelled.
            var call = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            await using var registration = ct.Register(() => call.TrySetException(new RpcException(new Status(StatusCode.Cancelled, "Call canceled by the client."))));
            calling.TrySetResult();
            await call.Task;
        });
        await calling.Task.WaitAsync(Deadline);

        await scope.DisposeAsync().AsTask().WaitAsync(Deadline);

        Assert.That(log.Warnings, Is.Empty, "a call cancelled by the world's close is the close, not a failure");
    }

    [Test]
    public async Task DisposeAsync_WorkIgnoringClose_WarnsOnceTheStragglerWaitHasPassed()
    {
        var log = new WarningLog();
        var time = new FakeTimeProvider();
        var scope = new WorldScope("ns", "test", DefectSet.Of([]), time, log);
        var never = new TaskCompletionSource();
        scope.Run("stubborn", _ => never.Task);

        var closing = scope.DisposeAsync().AsTask();
        var closedEarly = closing.IsCompleted;
        time.Advance(TimeSpan.FromSeconds(5));
        await closing.WaitAsync(Deadline);
        never.SetResult();

        Assert.Multiple(() =>
        {
            Assert.That(closedEarly, Is.False, "close waits for the work");
            Assert.That(log.Warnings, Has.One.Contains("1 background task(s) still running 5 s after close"));
        });
    }

    [Test]
    public async Task RunInline_Message_IsOnItsWayBeforeTheCallReturnsAndCloseAwaitsTheRest()
    {
        var log = new WarningLog();
        var scope = new WorldScope("ns", "test", DefectSet.Of([]), new FakeTimeProvider(), log);
        var sentOn = -1;
        var answer = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var ended = false;
        var caller = Environment.CurrentManagedThreadId;
        scope.RunInline("Floor Request", async ct =>
        {
            // A terminal's uplink message: it goes on the wire as it is sent (no wait for a pool thread), then awaits its answer.
            sentOn = Environment.CurrentManagedThreadId;
            await using var registration = ct.Register(() => answer.TrySetCanceled(ct));
            await answer.Task;
            ended = true;
        });
        var sentBeforeReturn = sentOn;

        await scope.DisposeAsync().AsTask().WaitAsync(Deadline);

        Assert.Multiple(() =>
        {
            Assert.That(sentBeforeReturn, Is.EqualTo(caller), "sent on the caller's thread before RunInline returned");
            Assert.That(answer.Task.IsCanceled, Is.True, "closing the world cancels the wait for the answer and awaits it");
            Assert.That(ended, Is.False);
            Assert.That(log.Warnings, Is.Empty);
        });
    }

    private sealed class WarningLog : ILogger
    {
        private readonly List<string> _warnings = [];

        public IReadOnlyList<string> Warnings
        {
            get
            {
                lock (_warnings)
                {
                    return [.. _warnings];
                }
            }
        }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Warning)
            {
                lock (_warnings)
                {
                    _warnings.Add(formatter(state, exception));
                }
            }
        }
    }
}
