using EsnHarness.Simulators.FloorControl;

namespace EsnHarness.Simulators.Tests.FloorControl;

/// <summary>
/// An output that is slow on purpose (a short spin) and counts how many of its calls overlap, to show the
/// arbitrator serialises its outputs.
/// </summary>
public sealed class OverlapDetectingOutput : IArbitratorOutput
{
    private int _inside;
    private int _maxConcurrent;
    private int _calls;

    public int MaxConcurrentCalls => Volatile.Read(ref _maxConcurrent);

    public int Calls => Volatile.Read(ref _calls);

    public void Granted(string participant, TimeSpan durationLimit) => Enter();

    public void Taken(string participant, string talker) => Enter();

    public void Deny(string participant, FloorCause cause) => Enter();

    public void Revoke(string participant, FloorCause cause) => Enter();

    public void Idle(string participant) => Enter();

    public void QueuePositionInfo(string participant, int position) => Enter();

    public void CallInactive() => Enter();

    private void Enter()
    {
        Interlocked.Increment(ref _calls);
        var inside = Interlocked.Increment(ref _inside);
        int seen;
        while (inside > (seen = Volatile.Read(ref _maxConcurrent)) && Interlocked.CompareExchange(ref _maxConcurrent, inside, seen) != seen)
        {
        }

        Thread.SpinWait(2000);
        Interlocked.Decrement(ref _inside);
    }
}
