using System.Threading.Channels;
using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators.Internal.Network.Model;

namespace EsnHarness.Simulators.Internal.Network;

/// <summary>
/// The streams watching a namespace's network: one terminal's link conditions, WatchTerminals streams over many, and
/// the operations feed. Subscribes them under its world's lock, the lock every change is published under, so that a
/// watcher sees the current conditions first and then every change, none twice and none lost.
/// </summary>
internal sealed class LinkWatches(Lock gate, Attachments terminals, StatusFeed status)
{
    public ChannelReader<LinkConditions> Watch(string terminalId, out Action unsubscribe)
    {
        lock (gate)
        {
            var terminal = terminals.Require(terminalId);
            var reader = terminals.Watch(terminal, out var channel);
            unsubscribe = () =>
            {
                lock (gate)
                {
                    terminal.Watchers.Remove(channel);
                }
            };
            return reader;
        }
    }

    /// <summary>Adds a terminal to a WatchTerminals stream: its current conditions first, then each change.</summary>
    public void Watch(string terminalId, NetworkWatchMux mux)
    {
        lock (gate)
        {
            var terminal = terminals.Require(terminalId);
            if (!terminal.SharedWatchers.Contains(mux))
            {
                terminal.SharedWatchers.Add(mux);
            }

            mux.Watching(terminalId, on: true);
            mux.Write(terminal.Current!.Clone());
        }
    }

    public void Unwatch(string terminalId, NetworkWatchMux mux)
    {
        lock (gate)
        {
            mux.Watching(terminalId, on: false);
            if (terminals.Contains(terminalId))
            {
                terminals.Require(terminalId).SharedWatchers.Remove(mux);
            }
        }
    }

    /// <summary>The network operations feed of this namespace from now on: site outages and restorations, terminals losing and regaining service.</summary>
    public ChannelReader<NetworkStatusEvent> WatchStatus(out Action unsubscribe)
    {
        lock (gate)
        {
            var reader = status.Add(out var channel);
            unsubscribe = () =>
            {
                lock (gate)
                {
                    status.Remove(channel);
                }

                channel.Writer.TryComplete();
            };
            return reader;
        }
    }
}
