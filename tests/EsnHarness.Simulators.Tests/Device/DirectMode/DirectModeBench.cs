using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Internal.Device;
using EsnHarness.Simulators.Internal.Device.DirectMode;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace EsnHarness.Simulators.Tests.Device.DirectMode;

/// <summary>
/// Terminals in direct mode on one channel and one fake clock, without a host: time moves only when a test advances it
/// (a millisecond at a time, so every sidelink delay and protocol timer fires at its own instant). The sidelink is
/// lossless and without jitter unless a test says otherwise, so every outcome is exact.
/// </summary>
internal sealed class DirectModeBench
{
    /// <summary>Whitehall: open ground.</summary>
    public static readonly GeoLocation Street = new() { LatitudeDeg = 51.5045, LongitudeDeg = -0.1263 };

    /// <summary>A lossless sidelink without jitter, with psc-ns3's protocol timers (T201 40 ms, TFG1 150 ms, TFG3 and TFP1 40 ms).</summary>
    public static readonly DirectModeOptions Exact = new()
    {
        SidelinkJitter = TimeSpan.Zero, SidelinkLossRatio = 0, FloorTimers = new(),
        ProbeWait = TimeSpan.FromMilliseconds(150), ProbeRetransmit = TimeSpan.FromMilliseconds(40), PrivateCallRetransmit = TimeSpan.FromMilliseconds(40),
    };

    private readonly Dictionary<string, BenchTerminal> _terminals = new(StringComparer.Ordinal);
    private readonly DefectSet _defects;

    public DirectModeBench(DirectModeOptions? options = null, params string[] defects)
    {
        Options = options ?? Exact;
        _defects = DefectSet.Of(defects);
        Medium = new DirectModeMedium(Options, seed: 7, _defects);
    }

    public DirectModeOptions Options { get; }

    public FakeTimeProvider Time { get; } = new(DateTimeOffset.Parse("2026-11-23T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

    public DirectModeMedium Medium { get; }

    public BenchTerminal this[string name] => _terminals[name];

    /// <summary>A terminal on <paramref name="group"/> in direct mode (queueing on) at a position and kind of place.</summary>
    public BenchTerminal Add(string name, string group = "FG1", GeoLocation? at = null, CoverageType coverage = CoverageType.Surface, bool queueing = true)
    {
        var terminal = new BenchTerminal(name, this, _defects, at ?? Street, coverage);
        terminal.Terminal.Configure(new DirectModeConfiguration { Groups = { new DirectModeGroup { GroupId = group, Queueing = queueing, FallBack = true } } });
        terminal.Terminal.Enter(group, DirectModeReason.User);
        _terminals[name] = terminal;
        return terminal;
    }

    /// <summary>Lets <paramref name="by"/> pass, a millisecond at a time.</summary>
    public void Advance(TimeSpan by)
    {
        for (var passed = TimeSpan.Zero; passed < by; passed += TimeSpan.FromMilliseconds(1))
        {
            Time.Advance(TimeSpan.FromMilliseconds(1));
        }
    }

    /// <summary>Presses PTT and lets the call set up and the floor answer (probe wait plus a round trip).</summary>
    public void Press(string name)
    {
        this[name].Terminal.PressPtt(new PttRequest());
        Advance(TimeSpan.FromMilliseconds(300));
    }

    public void Release(string name)
    {
        this[name].Terminal.ReleasePtt(new PttRequest());
        Advance(TimeSpan.FromMilliseconds(200));
    }

    /// <summary>Speaks a burst of back-to-back frames (in one go on the fake clock) and lets them arrive.</summary>
    public VoiceBurstResponse Speak(string name, uint frames = 5)
    {
        var sent = this[name].Terminal.SendBurstAsync(new VoiceBurstRequest { FrameCount = frames }, CancellationToken.None);
        Advance(TimeSpan.FromMilliseconds(100));
        return sent.GetAwaiter().GetResult();
    }

    internal sealed class BenchTerminal
    {
        private readonly DeviceEventLog _events;
        private readonly List<DeviceEvent> _seen = [];

        public BenchTerminal(string name, DirectModeBench bench, DefectSet defects, GeoLocation at, CoverageType coverage)
        {
            Name = name;
            McpttId = $"sip:{name}@esn";
            Position = new SidelinkPosition(at, coverage);
            _events = new DeviceEventLog(name, 10_000, bench.Time);
            var context = new DirectModeContext(name, () => McpttId, bench.Medium, _events, bench.Time, defects, NullLogger.Instance);
            Terminal = new DirectModeTerminal(context, () => Position, (packet, _, _) => Heard.Add(packet), new VoiceModelOptions());
        }

        public string Name { get; }

        public string McpttId { get; }

        public SidelinkPosition Position { get; set; }

        public DirectModeTerminal Terminal { get; }

        public List<Contracts.Mcx.V1.MediaPacket> Heard { get; } = [];

        /// <summary>Everything the terminal's user has observed so far.</summary>
        public IReadOnlyList<DeviceEvent> Events
        {
            get
            {
                while (_events.Reader.TryRead(out var e))
                {
                    _seen.Add(e);
                }

                return _seen;
            }
        }

        public FloorParticipantState FloorState
        {
            get
            {
                var state = new DeviceState();
                Terminal.Describe(state);
                return state.FloorParticipantState;
            }
        }

        public IEnumerable<Contracts.Mcx.V1.CallEvent> CallEvents => Events.Where(e => e.Call is not null).Select(e => e.Call);

        public IEnumerable<Contracts.Mcx.V1.FloorEvent> FloorEvents => Events.Where(e => e.Floor is not null).Select(e => e.Floor);

        public void MoveTo(GeoLocation at, CoverageType coverage) => Position = new SidelinkPosition(at, coverage);
    }
}
