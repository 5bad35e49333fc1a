using Google.Protobuf.WellKnownTypes;
using System.Collections.Concurrent;
using System.Threading.Channels;
using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators.Internal.Grpc;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>
/// One simulated terminal (UE). It talks to the MCX service and the network model only through their gRPC
/// clients, applies its current link conditions (latency, jitter, loss, duplication, service) to its own traffic
/// through the injected clock, runs a TS 24.380 floor participant per call, and records everything it observes.
/// </summary>
internal sealed partial class SimulatedDevice
{
    private readonly Lock _gate = new();
    private readonly DeviceWorld _world;
    private readonly Channel<DeviceEvent> _events;
    private readonly ConcurrentDictionary<string, DeviceCall> _calls = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _affiliations = new(StringComparer.Ordinal);
    private readonly Random _random;
    private readonly McxService.McxServiceClient _mcx;
    private readonly McxService.McxServiceClient _mcxStreams;
    private readonly NetworkService.NetworkServiceClient _network;
    private readonly LocationReporter _reporter;
    private long _sequence;
    private CancellationTokenSource? _life;
    private LinkConditions _link = new();
    private UserIdentity _identity = new();
    private DeviceKind _kind;
    private string _selectedGroup = "";
    private GeoLocation? _location;
    private bool _registered;

    public SimulatedDevice(string deviceId, DeviceWorld world)
    {
        DeviceId = deviceId;
        _world = world;
        _events = Channel.CreateBounded<DeviceEvent>(new BoundedChannelOptions(world.Settings.EventBuffer) { FullMode = BoundedChannelFullMode.DropOldest });
        _random = new Random(world.Settings.RandomSeed ^ StableHash(deviceId));
        _mcx = world.Mcx;
        _mcxStreams = world.McxStreams;
        _network = world.Network;
        _reporter = new LocationReporter(world.Time, OnReportDue);
    }

    public string DeviceId { get; }

    public string McpttId => _identity.McpttId;

    public Metadata Headers => _world.Headers;

    public bool PoweredOn => _life is not null;

    private TimeProvider Time => _world.Time;

    public DeviceState State()
    {
        lock (_gate)
        {
            var state = new DeviceState
            {
                DeviceId = DeviceId,
                Kind = _kind,
                Identity = _identity,
                PoweredOn = PoweredOn,
                Registered = _registered,
                SelectedGroup = _selectedGroup,
                Link = _link,
                Location = _location,
                LocationReporting = _reporter.Policy,
            };
            state.AffiliatedGroups.AddRange(_affiliations);
            state.Calls.AddRange(_calls.Values.Select(c => c.Info));
            var selected = _calls.Values.FirstOrDefault(c => c.Info.GroupId == _selectedGroup && _selectedGroup.Length > 0)
                ?? _calls.Values.FirstOrDefault();
            state.FloorState = selected?.Participant.State.ToString() ?? "StartStop";
            state.FloorParticipantState = Mcx.FloorStates.Of(selected?.Participant.State ?? FloorControl.ParticipantState.StartStop);
            return state;
        }
    }

    /// <summary>Publishes an observed event, stamped now or, for one that came over the modelled link, at its <paramref name="arrival"/>.</summary>
    public void Emit(DeviceEvent e, DateTimeOffset? arrival = null)
    {
        e.DeviceId = DeviceId;
        e.Sequence = (ulong)Interlocked.Increment(ref _sequence);
        e.ObservedAt = arrival is { } at ? Timestamp.FromDateTimeOffset(at) : Clock.Now(Time);
        _events.Writer.TryWrite(e);
    }

    public ChannelReader<DeviceEvent> Events => _events.Reader;

    private static int StableHash(string value)
    {
        var hash = 2166136261u;
        foreach (var c in value)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)hash;
    }
}
