using System.Threading.Channels;
using EsnHarness.Contracts.Mcx.V1;
using Google.Protobuf.WellKnownTypes;

namespace EsnHarness.Simulators.Internal.Mcx;

/// <summary>A registered MCX client: its profile, affiliations, calls and downlink queue.</summary>
internal sealed class McxClientSession(UserProfile profile, int bufferCapacity)
{
    private readonly Channel<McxEvent> _downlink = Channel.CreateBounded<McxEvent>(
        new BoundedChannelOptions(bufferCapacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleWriter = false });

    private long _sequence;
    private CancellationTokenSource? _connection;

    public UserProfile Profile { get; set; } = profile;

    public string McpttId => Profile.Identity.McpttId;

    public bool Registered { get; set; } = true;

    /// <summary>The IdMS access token the client registered with (empty = none). A secret: never logged.</summary>
    public string AccessToken { get; set; } = "";

    public SortedSet<string> Affiliations { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Calls { get; } = new(StringComparer.Ordinal);

    public LocationRecord? Location { get; set; }

    /// <summary>Queues an event; never blocks (the oldest event is dropped if nobody reads for long).</summary>
    public void Send(McxEvent e, Timestamp now)
    {
        e.Sequence = (ulong)Interlocked.Increment(ref _sequence);
        e.EmittedAt = now;
        _downlink.Writer.TryWrite(e);
    }

    /// <summary>Takes over the downlink for a new Connect stream, ending the previous one.</summary>
    public CancellationToken Attach(CancellationToken callToken)
    {
        var next = CancellationTokenSource.CreateLinkedTokenSource(callToken);
        var previous = Interlocked.Exchange(ref _connection, next);
        previous?.Cancel();
        return next.Token;
    }

    public void Detach()
    {
        Interlocked.Exchange(ref _connection, null)?.Cancel();
    }

    public ChannelReader<McxEvent> Downlink => _downlink.Reader;
}
