using System.Collections.Concurrent;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;
using EsnHarness.Steps.Stubs;
using EsnHarness.Stubs.Esn;
using EsnHarness.Targets;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Scenario-scoped: group keys (GMK, TS 33.180 §5.7) from the KMS. The group's membership as the GMS role (esn.mcx.v1
/// McxConfiguration) holds it is published to the scenario's KMS, as the GMS does for a real KMS: as the group is stored
/// once the scenario's terminals have a key management client (log-on through the IdMS), else before the harness's own
/// first request for the group's key. The KMS then decides who gets the key; what a terminal holds is asked of the
/// terminal (<see cref="GroupKeyHoldings"/>).
/// </summary>
public sealed class GroupKeys(EsnSession session, ScenarioStubs stubs, IdmsLogOn idms)
{
    private readonly McxConfiguration.McxConfigurationClient _config = new(session.Invoker(EsnRole.Mcx));
    private readonly ConcurrentDictionary<string, HashSet<string>> _published = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _protected = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The group's calls use application-layer (end-to-end) media encryption with its group key (TS 33.180
    /// §5.7): a member plays none of the group's audio before it holds the key from the KMS.</summary>
    public void Protect(GroupName group) => _protected[group.Value] = true;

    /// <summary>Whether the group's media is encrypted with its group key.</summary>
    public bool Protects(GroupName group) => _protected.ContainsKey(group.Value);

    /// <summary>The GMS stored <paramref name="group"/>: once terminals manage keys, its members not yet known to the KMS
    /// are published to it, so a member's terminal is given the key as it affiliates.</summary>
    public async Task GroupStoredAsync(GroupConfig group)
    {
        if (idms.Required)
        {
            await PublishAsync(group.GroupId, group.Members);
        }
    }

    /// <summary>Asks the KMS for the group's key as the user (the harness's own request, e.g. to show a non-member is refused).</summary>
    public async Task<GroupKeyResult> RequestAsync(CastMember member, GroupName group)
    {
        if (!_published.ContainsKey(group.Value))
        {
            var config = await Rpc.CallAsync(() => _config.GetGroupAsync(new GetGroupRequest { GroupId = group.Value }).ResponseAsync, $"read the members of {group} from the GMS");
            await PublishAsync(group.Value, config.Members);
        }

        return await (await stubs.KmsAsync()).RequestGroupKeyAsync(member.McpttId, group.Value);
    }

    private async Task PublishAsync(string groupId, IEnumerable<string> members)
    {
        var known = _published.GetOrAdd(groupId, _ => new HashSet<string>(StringComparer.Ordinal));
        string[] added;
        lock (known)
        {
            added = [.. members.Where(known.Add)];
        }

        if (added.Length > 0)
        {
            await (await stubs.KmsAsync()).PublishGroupAsync(groupId, added);
        }
    }
}
