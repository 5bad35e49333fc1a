namespace EsnHarness.Simulators.Internal.Interworking;

/// <summary>
/// How the TETRA side names an ESN talker or sender: by the ISSI the identity table maps its MCPTT ID to, with its
/// display name (else functional alias); an unmapped one by its MCPTT ID. Without mapping (a defect) always the MCPTT ID.
/// </summary>
internal sealed class TalkerNames(IdentityTable table, bool mapped)
{
    public (string Id, string Name) Of(string mcpttId)
    {
        if (!mapped || table.ByMcpttId(mcpttId) is not { } m)
        {
            return (mcpttId, "");
        }

        return (m.Issi, m.DisplayName.Length > 0 ? m.DisplayName : m.FunctionalAlias);
    }

    /// <summary>The ISSI an MCPTT ID is mapped to, if any.</summary>
    public string? IssiOf(string mcpttId) => table.ByMcpttId(mcpttId)?.Issi;
}
