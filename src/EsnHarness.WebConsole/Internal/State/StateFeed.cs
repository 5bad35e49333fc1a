using System.Threading.Channels;

namespace EsnHarness.WebConsole.Internal.State;

/// <summary>Tells every open screen (server-sent event stream) that the state changed; a screen that is behind gets one signal
/// for many changes and sends the latest state.</summary>
internal sealed class StateFeed
{
    private readonly Lock _gate = new();
    private readonly List<Channel<bool>> _subscribers = [];

    public Subscription Subscribe()
    {
        var signals = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        lock (_gate)
        {
            _subscribers.Add(signals);
        }

        return new Subscription(signals.Reader, () =>
        {
            lock (_gate)
            {
                _subscribers.Remove(signals);
            }
        });
    }

    public void Publish()
    {
        lock (_gate)
        {
            foreach (var subscriber in _subscribers)
            {
                subscriber.Writer.TryWrite(true);
            }
        }
    }

    internal sealed class Subscription(ChannelReader<bool> signals, Action unsubscribe) : IDisposable
    {
        public ChannelReader<bool> Signals { get; } = signals;

        public void Dispose() => unsubscribe();
    }
}
