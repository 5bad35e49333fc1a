using EsnHarness.Simulators.Internal.Grpc;

namespace EsnHarness.Simulators.Internal.Mcx.Calls;

/// <summary>
/// The calls of a namespace and, per user, the calls they take part in (for N6). Not thread-safe: owned by
/// <see cref="McxCalls"/> and used only under its lock.
/// </summary>
internal sealed class CallTable(string ns)
{
    private readonly Dictionary<string, McxCall> _calls = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _byUser = new(StringComparer.Ordinal);
    private long _counter;

    public IEnumerable<McxCall> All => _calls.Values;

    /// <summary>How many call IDs were handed out (a set-up that created a call raises it).</summary>
    public long Issued => _counter;

    public string NextId() => $"call-{++_counter}";

    public void Add(McxCall call) => _calls[call.CallId] = call;

    public bool TryGet(string callId, out McxCall call) => _calls.TryGetValue(callId, out call!);

    /// <exception cref="global::Grpc.Core.RpcException">NOT_FOUND naming <paramref name="field"/>.</exception>
    public McxCall Require(string callId, string field)
    {
        McxIds.Require(callId, field);
        return _calls.TryGetValue(callId, out var call)
            ? call
            : throw Errors.NotFound($"{field} '{callId}' is not an active call in namespace '{ns}'");
    }

    public void AddParticipant(McxCall call, string mcpttId)
    {
        call.Participants.Add(mcpttId);
        if (!_byUser.TryGetValue(mcpttId, out var calls))
        {
            _byUser[mcpttId] = calls = new HashSet<string>(StringComparer.Ordinal);
        }

        calls.Add(call.CallId);
    }

    public void RemoveParticipant(McxCall call, string mcpttId)
    {
        call.Participants.Remove(mcpttId);
        Unindex(mcpttId, call.CallId);
    }

    /// <summary>How many calls <paramref name="mcpttId"/> takes part in now (N6).</summary>
    public int CountOf(string mcpttId) => _byUser.TryGetValue(mcpttId, out var calls) ? calls.Count : 0;

    /// <summary>The calls <paramref name="mcpttId"/> takes part in.</summary>
    public IReadOnlyList<McxCall> Of(string mcpttId) =>
        _byUser.TryGetValue(mcpttId, out var calls) ? [.. calls.Select(id => _calls[id])] : [];

    /// <summary>Forgets an ended call, for every party (its participant list stays on the call for the Ended event).</summary>
    public void Remove(McxCall call)
    {
        _calls.Remove(call.CallId);
        foreach (var id in call.Participants.Append(call.Target))
        {
            Unindex(id, call.CallId);
        }
    }

    public void Clear()
    {
        _calls.Clear();
        _byUser.Clear();
    }

    private void Unindex(string mcpttId, string callId)
    {
        if (_byUser.TryGetValue(mcpttId, out var calls) && calls.Remove(callId) && calls.Count == 0)
        {
            _byUser.Remove(mcpttId);
        }
    }
}
