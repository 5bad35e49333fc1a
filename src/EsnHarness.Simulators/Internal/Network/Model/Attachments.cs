using System.Threading.Channels;
using EsnHarness.Contracts.Network.V1;
using EsnHarness.Simulators.Internal.Grpc;

namespace EsnHarness.Simulators.Internal.Network.Model;

/// <summary>
/// The terminals attached in one namespace, their current link conditions and the streams watching them: each change
/// gets the next version and goes to every watcher and to the status feed. Guarded by its world's lock.
/// </summary>
internal sealed class Attachments(string ns, LinkModel links, StatusFeed status, TimeProvider time)
{
    private readonly Dictionary<string, TerminalAttachment> _terminals = new(StringComparer.Ordinal);

    public IEnumerable<TerminalAttachment> All => _terminals.Values;

    public bool Contains(string terminalId) => _terminals.ContainsKey(terminalId);

    public TerminalAttachment GetOrAdd(string terminalId)
    {
        if (!_terminals.TryGetValue(terminalId, out var terminal))
        {
            terminal = new TerminalAttachment(terminalId);
            _terminals[terminalId] = terminal;
        }

        return terminal;
    }

    public TerminalAttachment Require(string terminalId)
    {
        if (string.IsNullOrWhiteSpace(terminalId))
        {
            throw Errors.Invalid(Errors.Required("terminal_id"));
        }

        return _terminals.TryGetValue(terminalId, out var t)
            ? t
            : throw Errors.NotFound($"terminal_id '{terminalId}' is not attached to the network in namespace '{ns}'");
    }

    /// <summary>The terminal if it is still the one attached under its ID (a timer may outlive a detach).</summary>
    public bool IsCurrent(TerminalAttachment terminal) =>
        _terminals.TryGetValue(terminal.TerminalId, out var current) && ReferenceEquals(current, terminal);

    public void Remove(TerminalAttachment terminal)
    {
        _terminals.Remove(terminal.TerminalId);
        terminal.StopTimers();
        foreach (var w in terminal.Watchers)
        {
            w.Writer.TryComplete();
        }
    }

    public void UpdateAll()
    {
        foreach (var t in _terminals.Values)
        {
            Update(t);
        }
    }

    /// <summary>Recomputes a terminal's conditions; a change gets the next version and goes to its watchers and the status feed.</summary>
    public void Update(TerminalAttachment terminal) => Publish(terminal, links.Compute(terminal));

    public void Publish(TerminalAttachment terminal, LinkConditions next)
    {
        var previous = terminal.Current;
        if (previous is not null)
        {
            var comparable = previous.Clone();
            comparable.Version = 0;
            comparable.ChangedAt = null;
            if (comparable.Equals(next))
            {
                return;
            }
        }

        next.Version = (previous?.Version ?? 0) + 1;
        next.ChangedAt = Clock.Now(time);
        terminal.Current = next;
        status.Service(previous, next);
        foreach (var w in terminal.Watchers)
        {
            w.Writer.TryWrite(next.Clone());
        }

        foreach (var m in terminal.SharedWatchers)
        {
            m.Write(next.Clone());
        }
    }

    public ChannelReader<LinkConditions> Watch(TerminalAttachment terminal, out Channel<LinkConditions> channel)
    {
        channel = Channel.CreateUnbounded<LinkConditions>();
        terminal.Watchers.Add(channel);
        channel.Writer.TryWrite(terminal.Current!.Clone());
        return channel.Reader;
    }

    public void Clear()
    {
        foreach (var terminal in _terminals.Values)
        {
            terminal.StopTimers();
            foreach (var w in terminal.Watchers)
            {
                w.Writer.TryComplete();
            }
        }
    }
}
