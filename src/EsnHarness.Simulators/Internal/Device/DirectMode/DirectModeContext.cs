using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using Microsoft.Extensions.Logging;

namespace EsnHarness.Simulators.Internal.Device.DirectMode;

/// <summary>
/// What a terminal's direct-mode parts share: its identity, its lock (every call machine and timer of the terminal runs
/// under it), its place on the channel, the clock, options, defects, and the events its user observes.
/// </summary>
internal sealed class DirectModeContext(
    string deviceId, Func<string> mcpttId, DirectModeMedium medium, DeviceEventLog events, TimeProvider time, DefectSet defects, ILogger logger)
{
    private SidelinkEndpoint? _endpoint;
    private int _calls;

    public Lock Gate { get; } = new();

    public string DeviceId => deviceId;

    /// <summary>This terminal's MCPTT ID (the sender of its messages).</summary>
    public string Self => mcpttId();

    public DirectModeMedium Medium => medium;

    public DirectModeOptions Options => medium.Options;

    public DeviceEventLog Events => events;

    public TimeProvider Time => time;

    public DefectSet Defects => defects;

    public ILogger Logger => logger;

    /// <summary>The terminal's radio on the channel while it is on it; null otherwise (it then sends nothing).</summary>
    public SidelinkEndpoint? Endpoint
    {
        get => Volatile.Read(ref _endpoint);
        set => Volatile.Write(ref _endpoint, value);
    }

    /// <summary>Transmits to every terminal in range (nothing when off the channel).</summary>
    public void Send(SidelinkMessage message)
    {
        if (Endpoint is { } endpoint)
        {
            medium.Broadcast(endpoint, message);
        }
    }

    /// <summary>A call ID unique in the namespace (device IDs are).</summary>
    public string NewCallId() => $"dmo-{deviceId}-{Interlocked.Increment(ref _calls)}";

    public void EmitCall(CallEventKind kind, CallInfo info, Contracts.Common.V1.CallCause cause = Contracts.Common.V1.CallCause.Unspecified, DateTimeOffset? arrival = null) =>
        events.Emit(new DeviceEvent { Call = new CallEvent { Kind = kind, Call = info, Cause = cause } }, arrival);

    public void EmitFloor(FloorEvent floor, DateTimeOffset? arrival) => events.Emit(new DeviceEvent { Floor = floor }, arrival);

    public void DefectApplied(Simulators.Defects.Defect defect, string what) => DirectModeLog.DefectApplied(logger, deviceId, defect.Name, what);
}
