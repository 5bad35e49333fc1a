using System.Collections.Concurrent;
using EsnHarness.Simulators.FloorControl;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.FloorControl;

public sealed class FloorParticipantConcurrencyTests
{
    [Test]
    public void PttPressed_ManyThreadsAtOnce_OneFloorRequestAndOneTransition()
    {
        const int Threads = 32;
        var output = new CountingOutput();
        var participant = new FloorParticipant(new FloorTimers(), new FakeTimeProvider(), output);
        participant.Start();
        using var barrier = new Barrier(Threads);

        var threads = Enumerable.Range(0, Threads).Select(_ => new Thread(() =>
        {
            barrier.SignalAndWait(TimeSpan.FromSeconds(10));
            participant.PttPressed(ArbitratorHarness.Normal());
            participant.OnGranted(TimeSpan.FromSeconds(30));
        })).ToList();
        threads.ForEach(t => t.Start());
        var allFinished = threads.All(t => t.Join(TimeSpan.FromSeconds(10)));

        Assert.That(allFinished, Is.True);
        Assert.That(output.Requests, Is.EqualTo(1));
        Assert.That(output.Transitions.Select(t => t.To), Is.EqualTo(new[]
        {
            ParticipantState.HasNoPermission, ParticipantState.PendingRequest, ParticipantState.HasPermission,
        }));
    }

    private sealed class CountingOutput : IParticipantOutput
    {
        private int _requests;

        public int Requests => _requests;

        public ConcurrentQueue<(ParticipantState From, ParticipantState To)> Transitions { get; } = new();

        public void SendFloorRequest(FloorPriority priority) => Interlocked.Increment(ref _requests);

        public void SendFloorRelease()
        {
        }

        public void SendQueuePositionRequest()
        {
        }

        public void StateChanged(ParticipantState from, ParticipantState to, string reason) => Transitions.Enqueue((from, to));
    }
}
