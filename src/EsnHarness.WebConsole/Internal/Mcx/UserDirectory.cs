using System.Collections.Concurrent;
using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.WebConsole.Internal.State;
using Grpc.Core;
using Microsoft.Extensions.Logging;

namespace EsnHarness.WebConsole.Internal.Mcx;

/// <summary>
/// Names users the way a console's directory does: floor control and location only carry MCPTT IDs (and the functional
/// alias), so the display name and agency come from the user's profile at the MCX's configuration service (the CMS role),
/// looked up once in the background; the screen shows the MCPTT ID until the answer arrives.
/// </summary>
internal sealed partial class UserDirectory(McxClients clients, Action changed, ILogger logger, CancellationToken stopping)
{
    private readonly ConcurrentDictionary<string, UserCard> _cards = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Task> _lookups = new(StringComparer.Ordinal);

    public UserCard Card(string mcpttId)
    {
        if (_cards.TryGetValue(mcpttId, out var card))
        {
            return card;
        }

        _lookups.GetOrAdd(mcpttId, id => Task.Run(() => LookUpAsync(id), stopping));
        return new UserCard(mcpttId, mcpttId, "", "");
    }

    public void Remember(UserIdentity identity) => _cards[identity.McpttId] = CardOf(identity);

    /// <summary>The MCPTT ID of a user the dispatcher names by display name (as the screen shows it), or the text itself.</summary>
    public string IdOf(string nameOrId) =>
        _cards.Values.FirstOrDefault(c => string.Equals(c.Name, nameOrId.Trim(), StringComparison.OrdinalIgnoreCase))?.Id ?? nameOrId.Trim();

    /// <summary>The MCPTT ID of a user the dispatcher names: a known display name, else, once the lookups under way have answered,
    /// one of theirs; else the text as typed (an MCPTT ID).</summary>
    public async Task<string> IdOfAsync(string nameOrId)
    {
        var known = _cards.Values.FirstOrDefault(c => string.Equals(c.Name, nameOrId.Trim(), StringComparison.OrdinalIgnoreCase));
        if (known is null)
        {
            await DrainAsync();
        }

        return IdOf(nameOrId);
    }

    /// <summary>Awaits the lookups started so far (on close).</summary>
    public Task DrainAsync() => Task.WhenAll(_lookups.Values).ContinueWith(_ => { }, TaskScheduler.Default);

    private async Task LookUpAsync(string mcpttId)
    {
        try
        {
            var profile = await clients.Directory.GetUserProfileAsync(new GetUserProfileRequest { McpttId = mcpttId }, clients.Options(stopping));
            _cards[mcpttId] = CardOf(profile.Identity);
        }
        catch (RpcException e) when (e.StatusCode != StatusCode.Cancelled)
        {
            LookupFailed(logger, mcpttId, e.Status.Detail);
            _cards[mcpttId] = new UserCard(mcpttId, mcpttId, "", "");
        }
        catch (OperationCanceledException)
        {
            return;
        }

        changed();
    }

    private static UserCard CardOf(UserIdentity identity) => new(
        identity.McpttId,
        identity.DisplayName.Length > 0 ? identity.DisplayName : identity.McpttId,
        identity.FunctionalAlias,
        AgencyName(identity.Agency));

    public static string AgencyName(Agency agency) => agency switch
    {
        Agency.Mps => "MPS",
        Agency.Lfb => "LFB",
        Agency.Las => "LAS",
        _ => "",
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "The directory has no profile for {McpttId}: {Detail}")]
    private static partial void LookupFailed(ILogger logger, string mcpttId, string detail);
}
