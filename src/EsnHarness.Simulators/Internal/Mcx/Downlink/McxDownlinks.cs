using System.Collections.Concurrent;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Internal.Grpc;

namespace EsnHarness.Simulators.Internal.Mcx.Downlink;

/// <summary>
/// The downlinks of a namespace's registered clients, by MCPTT ID: what every other collaborator sends events through.
/// A leaf of the world's lock order: it takes only the sessions' and multiplexed streams' own locks and never calls out,
/// so any collaborator may send while holding its own lock. An event for a user with no downlink (not registered) is
/// dropped, as a real service cannot reach a terminal that is not registered.
/// </summary>
internal sealed class McxDownlinks(TimeProvider time, int bufferCapacity)
{
    /// <summary>Events per ConnectMany message: a voice frame to a 1,000-member group fits one.</summary>
    private const int MaxDownlinkBatch = 1024;

    private readonly ConcurrentDictionary<string, McxClientSession> _sessions = new(StringComparer.Ordinal);

    /// <summary>A new downlink for a user who registers (it replaces none: the registry opens one per registration).</summary>
    public McxClientSession Open(string mcpttId)
    {
        var session = new McxClientSession(mcpttId, bufferCapacity);
        _sessions[mcpttId] = session;
        return session;
    }

    /// <summary>Ends <paramref name="session"/>'s streams and forgets it, unless a newer registration replaced it.</summary>
    public void Close(McxClientSession session)
    {
        _sessions.TryRemove(new KeyValuePair<string, McxClientSession>(session.McpttId, session));
        session.Detach();
    }

    public bool TryGet(string mcpttId, out McxClientSession session) => _sessions.TryGetValue(mcpttId, out session!);

    /// <summary>A new multiplexed downlink (ConnectMany).</summary>
    public McxDownlinkMux NewMux() => new(bufferCapacity * 4, MaxDownlinkBatch);

    public void SendTo(string mcpttId, McxEvent e)
    {
        if (_sessions.TryGetValue(mcpttId, out var session))
        {
            session.Send(e, Clock.Now(time));
        }
    }

    /// <summary>
    /// Sends one event to many clients (a voice frame to a group call's receivers): clients on the same multiplexed
    /// downlink share one queued, once-serialised entry; <paramref name="make"/> is called once per entry.
    /// </summary>
    public void SendToMany(IEnumerable<string> mcpttIds, Func<McxEvent> make)
    {
        var now = Clock.Now(time);
        Dictionary<McxDownlinkMux, List<McxClientSession>>? byMux = null;
        foreach (var id in mcpttIds)
        {
            if (!_sessions.TryGetValue(id, out var session))
            {
                continue;
            }

            if (session.Mux is { } mux)
            {
                byMux ??= [];
                if (!byMux.TryGetValue(mux, out var list))
                {
                    byMux[mux] = list = [];
                }

                list.Add(session);
            }
            else
            {
                session.Send(make(), now);
            }
        }

        foreach (var (mux, sessions) in byMux ?? [])
        {
            foreach (var moved in mux.FanOut(sessions, make(), now) ?? [])
            {
                moved.Send(make(), now);
            }
        }
    }

    /// <summary>Ends every downlink (the namespace closes).</summary>
    public void CloseAll()
    {
        foreach (var session in _sessions.Values)
        {
            session.Detach();
        }

        _sessions.Clear();
    }
}
