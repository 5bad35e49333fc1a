using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;
using EsnHarness.Steps.Stubs;
using EsnHarness.Stubs.Esn;
using EsnHarness.Targets;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Scenario-scoped: group keys (GMK, TS 33.180 §5.7) from the KMS. Before the first request for a group, the group's
/// membership as the GMS role (esn.mcx.v1 McxConfiguration) holds it is published to the scenario's KMS stub, as the
/// GMS does for a real KMS; the KMS then decides who gets the key.
/// </summary>
public sealed class GroupKeys(EsnSession session, ScenarioStubs stubs)
{
    private readonly McxConfiguration.McxConfigurationClient _config = new(session.Invoker(EsnRole.Mcx));
    private readonly HashSet<string> _published = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _protected = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The group's calls use application-layer (end-to-end) media encryption with its group key (TS 33.180
    /// §5.7): a member plays none of the group's audio before it holds the key from the KMS.</summary>
    public void Protect(GroupName group) => _protected[group.Value] = true;

    /// <summary>Whether the group's media is encrypted with its group key.</summary>
    public bool Protects(GroupName group) => _protected.ContainsKey(group.Value);

    /// <summary>Asks the KMS for the group's key as the user.</summary>
    public async Task<GroupKeyResult> RequestAsync(CastMember member, GroupName group)
    {
        var kms = await stubs.KmsAsync();
        if (_published.Add(group.Value))
        {
            var config = await Rpc.CallAsync(() => _config.GetGroupAsync(new GetGroupRequest { GroupId = group.Value }).ResponseAsync, $"read the members of {group} from the GMS");
            await kms.PublishGroupAsync(group.Value, config.Members);
        }

        return await kms.RequestGroupKeyAsync(member.McpttId, group.Value);
    }
}
