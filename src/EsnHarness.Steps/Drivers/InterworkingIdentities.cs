using EsnHarness.Contracts.Interworking.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Scenario-scoped: the interworking function's provisioned ISSI &lt;-&gt; MCPTT ID table (MapIdentities, TS 23.283
/// §10.5.8 step 3), filled from the feature's rows. A radio user's ISSI maps to an MCPTT ID homed in the IWF
/// (<see cref="Cast.AirwaveIdentityOf"/>), which the GMS makes a member of the bridged group; an ESN user's MCPTT ID maps
/// to the ISSI the row gives. Display names are the people's names. From then on the scenario expects each side to show
/// the other under these identities.
/// </summary>
public sealed class InterworkingIdentities(EsnSession session, Cast cast, Groups groups, Interworking interworking, AirwaveTerminals terminals)
{
    private readonly InterworkingService.InterworkingServiceClient _client = new(session.Invoker(EsnRole.Interworking));

    /// <summary>Provisions the rows in the identity table.</summary>
    /// <exception cref="ArgumentException">A row gives an ISSI for a radio user, or none for an ESN user.</exception>
    public async Task MapAsync(IReadOnlyList<IdentityRow> rows)
    {
        var request = new MapIdentitiesRequest();
        var radios = new List<(TetraTerminal Radio, string McpttId)>();
        var esnUsers = new List<(UserName User, string Issi)>();
        foreach (var row in rows)
        {
            if (terminals.RadioOf(row.User) is { } radio)
            {
                if (row.Issi is { } given && given != radio.Issi)
                {
                    throw new ArgumentException($"{radio} has ISSI {radio.Issi}; leave the ISSI column empty for radio users (it is their radio's), or give {radio.Issi}.");
                }

                var mcpttId = Cast.AirwaveIdentityOf(row.User, radio.Agency);
                await groups.AddMemberAsync(new GroupName(interworking.BridgeOf(radio.Talkgroup).GroupId), mcpttId);
                request.Mappings.Add(Entry(radio.Issi, mcpttId, row));
                radios.Add((radio, mcpttId));
            }
            else
            {
                var issi = row.Issi ?? throw new ArgumentException($"{row.User} has no Airwave radio in this scenario: give the ISSI they show under on the radios in the ISSI column.");
                if (terminals.WithIssi(issi) is { } terminal)
                {
                    // The IWF would home that terminal on ESN under the user's own MCPTT ID, taking over their ESN registration.
                    throw new ArgumentException($"ISSI {issi} is {terminal}: an ESN user cannot be mapped to a TETRA terminal's ISSI (the IWF would present that terminal on ESN as {row.User}); give another ISSI.");
                }

                request.Mappings.Add(Entry(issi, cast.Get(row.User).McpttId, row));
                esnUsers.Add((row.User, issi));
            }
        }

        await Rpc.CallAsync(() => _client.MapIdentitiesAsync(request).ResponseAsync, $"provision {rows.Count} entries in the interworking function's identity table");
        foreach (var (radio, mcpttId) in radios)
        {
            terminals.Remap(radio, mcpttId);
            if (cast.Get(radio.Name).Kind == MemberKind.AirwaveRadio)
            {
                cast.Remap(radio.Name, mcpttId);
            }
        }

        foreach (var (user, issi) in esnUsers)
        {
            terminals.ShowsAs(user, issi, user.Value);
        }
    }

    private static IdentityMapping Entry(string issi, string mcpttId, IdentityRow row) =>
        new() { Issi = issi, McpttId = mcpttId, DisplayName = row.User.Value, FunctionalAlias = row.FunctionalAlias ?? "" };
}
