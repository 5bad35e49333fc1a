namespace EsnHarness.Simulators.FloorControl;

/// <summary>
/// Floor control server for one group call (TS 24.380 §6.3.4 general floor control operation).
/// Thread-safe: every input takes the instance lock; outputs are called under it.
/// </summary>
public sealed class FloorArbitrator(ArbitratorOptions options, TimeProvider time, IArbitratorOutput output)
{
    private readonly Lock _gate = new();
    private readonly ArbitratorOptions _options = options;
    private readonly TimeProvider _time = time;
    private readonly IArbitratorOutput _output = output;

    /// <summary>Current state.</summary>
    public ArbitratorState State { get; private set; } = ArbitratorState.StartStop;

    /// <summary>The participant holding the floor, or null.</summary>
    public string? Talker { get; private set; }

    /// <summary>Queued requesters, head of the queue first.</summary>
    public IReadOnlyList<string> QueueSnapshot => [];

    /// <summary>Starts floor control for <paramref name="participants"/>.</summary>
    public void Start(IEnumerable<string> participants) => throw new NotImplementedException();

    /// <summary>Late entry of <paramref name="participant"/>.</summary>
    public void Join(string participant) => throw new NotImplementedException();

    /// <summary><paramref name="participant"/> leaves the call.</summary>
    public void Leave(string participant) => throw new NotImplementedException();

    /// <summary>Floor Request from <paramref name="participant"/>.</summary>
    public void FloorRequest(string participant, FloorPriority priority) => throw new NotImplementedException();

    /// <summary>Floor Release from <paramref name="participant"/>.</summary>
    public void FloorRelease(string participant) => throw new NotImplementedException();

    /// <summary>RTP media from <paramref name="participant"/>.</summary>
    public void MediaReceived(string participant) => throw new NotImplementedException();

    /// <summary>Floor Queue Position Request from <paramref name="participant"/>.</summary>
    public void QueuePositionRequest(string participant) => throw new NotImplementedException();

    /// <summary>Stops floor control.</summary>
    public void Stop() => throw new NotImplementedException();
}
