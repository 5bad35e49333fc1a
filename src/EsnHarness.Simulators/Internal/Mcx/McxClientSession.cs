using System.Threading.Channels;
using EsnHarness.Contracts.Mcx.V1;
using Google.Protobuf.WellKnownTypes;

namespace EsnHarness.Simulators.Internal.Mcx;

/// <summary>A registered MCX client: its profile, affiliations, calls and downlink queue.</summary>
internal sealed class McxClientSession(UserProfile profile, int bufferCapacity)
{
    private readonly Channel<McxEvent> _downlink = Channel.CreateBounded<McxEvent>(
        new BoundedChannelOptions(bufferCapacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleWriter = false });

    private readonly Lock _sink = new();
    private ulong _sequence;
    private McxDownlinkMux? _mux;
    private CancellationTokenSource? _connection;

    public UserProfile Profile { get; set; } = profile;

    public string McpttId => Profile.Identity.McpttId;

    public bool Registered { get; set; } = true;

    public SortedSet<string> Affiliations { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Calls { get; } = new(StringComparer.Ordinal);

    public LocationRecord? Location { get; set; }

    /// <summary>Queues an event on the client's own downlink or the multiplexed one it is attached to; never blocks
    /// (the oldest event is dropped if nobody reads for long).</summary>
    public void Send(McxEvent e, Timestamp now)
    {
        lock (_sink)
        {
            e.Sequence = ++_sequence;
            e.EmittedAt = now;
            if (_mux is { } mux && mux.TryWrite(McpttId, e))
            {
                return;
            }

            _downlink.Writer.TryWrite(e);
        }
    }

    /// <summary>Takes over the downlink for a new Connect stream, ending the previous one.</summary>
    public CancellationToken Attach(CancellationToken callToken)
    {
        var next = CancellationTokenSource.CreateLinkedTokenSource(callToken);
        lock (_sink)
        {
            _mux = null;
            var previous = Interlocked.Exchange(ref _connection, next);
            previous?.Cancel();
        }

        return next.Token;
    }

    /// <summary>Takes over the downlink for a multiplexed stream: ends any Connect stream and moves what is queued
    /// there, in order, so nothing emitted before the attach is lost.</summary>
    public void Attach(McxDownlinkMux mux)
    {
        lock (_sink)
        {
            Interlocked.Exchange(ref _connection, null)?.Cancel();
            while (_downlink.Reader.TryRead(out var queued))
            {
                mux.TryWrite(McpttId, queued);
            }

            _mux = mux;
        }
    }

    /// <summary>Stops carrying this client's events on <paramref name="mux"/> (if it still does); they queue again.</summary>
    public void Detach(McxDownlinkMux mux)
    {
        lock (_sink)
        {
            if (_mux == mux)
            {
                _mux = null;
            }
        }
    }

    public void Detach()
    {
        lock (_sink)
        {
            _mux = null;
            Interlocked.Exchange(ref _connection, null)?.Cancel();
        }
    }

    public ChannelReader<McxEvent> Downlink => _downlink.Reader;
}
