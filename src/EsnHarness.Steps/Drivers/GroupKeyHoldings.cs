using System.Xml;
using System.Xml.Linq;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;
using EsnHarness.Steps.Stubs;
using EsnHarness.Stubs.Esn;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Scenario-scoped: which group keys (GMK, TS 33.180 §5.7) a terminal holds, as the terminal's key store reports it
/// (esn.device.v1.DeviceManagement GetStoredData), and whether the KMS gave them: the harness never asks for the key
/// itself here, so a terminal whose key management client did not ask, or a KMS that refused, shows.
/// </summary>
public sealed class GroupKeyHoldings(Cast cast, ScenarioStubs stubs, EsnSession session)
{
    private readonly DeviceManagement.DeviceManagementClient _devices = new(session.Invoker(EsnRole.Device));

    /// <summary>The user's terminal holds the group's key, and the KMS answered that terminal's request for it.</summary>
    /// <exception cref="ExpectationFailedException">The terminal holds no key for the group (naming whether its client
    /// never asked the KMS or what the KMS answered), or holds one the KMS never gave its user.</exception>
    public async Task ExpectHeldAsync(UserName user, GroupName group)
    {
        var member = cast.Get(user);
        var held = await KeyStoreAsync(member);
        var asked = held.KeyRequests.FirstOrDefault(r => r.GroupId == group.Value);
        if (!held.GroupKeys.Contains(group.Value))
        {
            var others = held.GroupKeys.Count == 0 ? "no group key at all" : $"keys for {string.Join(", ", held.GroupKeys)} only";
            throw new ExpectationFailedException(asked is null
                ? $"The terminal of {user} holds no key for {group} ({others}): its key management client never asked the KMS for it as {user} affiliated."
                : $"The terminal of {user} holds no key for {group} ({others}): the KMS answered its request HTTP {asked.Status}, {(asked.Error.Length > 0 ? asked.Error : "without a key set")}.");
        }

        if (!await KmsServedAsync(member, group))
        {
            throw new ExpectationFailedException(
                $"The terminal of {user} holds a key for {group}{(asked is { GmkId.Length: > 0 } ? $" (GMK {asked.GmkId})" : "")}, but the KMS never gave {user} that group's key: no request of {member.McpttId} for {group} was answered with a key at the KMS.");
        }
    }

    /// <summary>When the member's terminal was given the group's key by the KMS in answer to a request it made at or after
    /// <paramref name="since"/> (its key store's record of the request, on the terminal's clock).</summary>
    /// <exception cref="ExpectationFailedException">The terminal made no such request (its key management client did not
    /// ask as the user affiliated, or it has none), or the KMS gave it no key.</exception>
    public async Task<DateTimeOffset> KeyGivenSinceAsync(CastMember member, GroupName group, DateTimeOffset since)
    {
        var held = await KeyStoreAsync(member);
        var asked = held.KeyRequests.FirstOrDefault(r => r.GroupId == group.Value);
        if (asked?.AnsweredAt?.ToDateTimeOffset() is not { } answered || answered < since)
        {
            throw new ExpectationFailedException(
                $"The terminal of {member.Name} did not ask the KMS for the key of {group} as {member.Name} affiliated to it (its key store records {(asked is null ? "no request for the group" : "only an earlier request")}): without the key no audio of the encrypted call can be played. A terminal manages keys when its user logs on through the IdMS.");
        }

        return asked.GmkId.Length > 0
            ? answered
            : throw new ExpectationFailedException($"The KMS gave {member.Name}'s terminal no key for {group} as {member.Name} joined it: HTTP {asked.Status}, {(asked.Error.Length > 0 ? asked.Error : "without a key set")}. Without it no audio of the encrypted call can be played.");
    }

    /// <summary>What the member's terminal keeps in its secure storage (its group keys and the KMS's answers).</summary>
    private Task<StoredData> KeyStoreAsync(CastMember member) =>
        Rpc.CallAsync(() => _devices.GetStoredDataAsync(new StoredDataRequest { DeviceId = member.DeviceId }).ResponseAsync,
            $"read the key store of {member.Name}'s terminal");

    /// <summary>Whether the KMS answered a group key request of the member for the group with success (its request journal).</summary>
    private async Task<bool> KmsServedAsync(CastMember member, GroupName group)
    {
        var received = await (await stubs.SessionAsync(KmsStub.Endpoint)).ReceivedAsync(KmsStub.Endpoint);
        return received.Any(r => r.Method == "POST" && r.Path.EndsWith("/gmk", StringComparison.Ordinal) && r.ResponseStatus == 200
            && Element(r.Body, "UserUri") == member.McpttId && Element(r.Body, "GroupUri") == group.Value);
    }

    private static string? Element(string? body, string name)
    {
        if (string.IsNullOrEmpty(body))
        {
            return null;
        }

        try
        {
            return XDocument.Parse(body).Descendants().FirstOrDefault(e => e.Name.LocalName == name)?.Value.Trim();
        }
        catch (XmlException)
        {
            return null;
        }
    }
}
