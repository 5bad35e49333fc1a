using EsnHarness.Contracts.Interworking.V1;
using EsnHarness.Simulators.Internal.Grpc;

namespace EsnHarness.Simulators.Internal.Interworking;

/// <summary>
/// The interworking function's provisioned identity table, ISSI ↔ MCPTT ID (TS 23.283 §10.5.8, §10.13.2: 3GPP fixes no
/// algorithm, so the mapping is explicit data). Keyed by ISSI; an MCPTT ID maps to one ISSI.
/// </summary>
internal sealed class IdentityTable
{
    private readonly Lock _gate = new();
    private readonly SortedDictionary<string, IdentityMapping> _byIssi = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _issiOf = new(StringComparer.Ordinal);

    /// <summary>Adds or replaces <paramref name="mappings"/>; returns the whole table.</summary>
    public IReadOnlyList<IdentityMapping> Put(IReadOnlyList<IdentityMapping> mappings)
    {
        for (var i = 0; i < mappings.Count; i++)
        {
            var m = mappings[i];
            InterworkingWorld.RequireIssi(m.Issi, $"mappings[{i}].issi");
            if (string.IsNullOrWhiteSpace(m.McpttId))
            {
                throw Errors.Invalid(Errors.Required($"mappings[{i}].mcptt_id"));
            }

            if (mappings.Take(i).Any(o => o.McpttId == m.McpttId && o.Issi != m.Issi))
            {
                throw Errors.Invalid($"mappings[{i}].mcptt_id '{m.McpttId}' is mapped to two ISSIs in one request");
            }
        }

        lock (_gate)
        {
            foreach (var m in mappings)
            {
                if (_byIssi.Remove(m.Issi, out var old))
                {
                    _issiOf.Remove(old.McpttId);
                }

                if (_issiOf.Remove(m.McpttId, out var otherIssi))
                {
                    _byIssi.Remove(otherIssi);
                }

                _byIssi[m.Issi] = m.Clone();
                _issiOf[m.McpttId] = m.Issi;
            }

            return [.. _byIssi.Values.Select(m => m.Clone())];
        }
    }

    /// <summary>Forgets every entry (only a defect does this: see <see cref="Defects.InterworkingDefects.CutOverDropsOtherMappings"/>).</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _byIssi.Clear();
            _issiOf.Clear();
        }
    }

    public IdentityMapping? ByIssi(string issi)
    {
        lock (_gate)
        {
            return _byIssi.TryGetValue(issi, out var m) ? m.Clone() : null;
        }
    }

    public IdentityMapping? ByMcpttId(string mcpttId)
    {
        lock (_gate)
        {
            return _issiOf.TryGetValue(mcpttId, out var issi) ? _byIssi[issi].Clone() : null;
        }
    }
}
