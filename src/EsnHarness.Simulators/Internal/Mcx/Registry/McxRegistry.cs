using System.Collections.Concurrent;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Mcx.Downlink;
using EsnHarness.Simulators.Internal.Mcx.Identity;
using EsnHarness.Simulators.Internal.Worlds;

namespace EsnHarness.Simulators.Internal.Mcx.Registry;

/// <summary>
/// Who is registered in a namespace and affiliated to which group (TS 24.379 §9.2 affiliation). Its lock guards the
/// registrations' tokens and affiliations; the user table itself is concurrent so a lookup never waits. Lock order: the
/// registry may take the groups', the gate's and the downlinks' locks (leaves); it never calls the calls, floor, SDS,
/// emergency or location collaborators, which may all call it while holding their own.
/// </summary>
internal sealed class McxRegistry(McxGroups groups, McxDownlinks downlinks, McxIdentityGate gate, WorldScope scope)
{
    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<string, McxUser> _users = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedSet<string>> _affiliated = new(StringComparer.Ordinal);

    /// <summary>Registers (or re-registers) a user with <paramref name="profile"/>; a first registration opens its downlink.</summary>
    public void Register(UserProfile profile, string accessToken)
    {
        var id = profile.Identity.McpttId;
        lock (_gate)
        {
            if (_users.TryGetValue(id, out var existing))
            {
                existing.Profile = profile;
                existing.AccessToken = accessToken;
                return;
            }

            _users[id] = new McxUser(downlinks.Open(id), profile, accessToken);
        }
    }

    /// <summary>Removes a registration and its affiliations; returns it (its downlink still open), or null when not registered,
    /// or when <paramref name="onlyWithToken"/> is given and the user registered again with another token meanwhile.</summary>
    public McxUser? Deregister(string mcpttId, string? onlyWithToken = null)
    {
        lock (_gate)
        {
            if (!_users.TryGetValue(mcpttId, out var user) || (onlyWithToken is not null && user.AccessToken != onlyWithToken))
            {
                return null;
            }

            foreach (var groupId in user.Affiliations)
            {
                _affiliated.GetValueOrDefault(groupId)?.Remove(mcpttId);
            }

            user.Affiliations.Clear();
            _users.TryRemove(mcpttId, out _);
            return user;
        }
    }

    /// <summary>Every registered MCPTT ID, in no particular order.</summary>
    public IReadOnlyList<string> RegisteredIds => [.. _users.Keys];

    /// <summary>The registered user, or null.</summary>
    public McxUser? Find(string mcpttId) => _users.GetValueOrDefault(mcpttId);

    /// <summary>The registered user.</summary>
    /// <exception cref="global::Grpc.Core.RpcException">NOT_FOUND naming <paramref name="field"/>, or the revoked user's refusal.</exception>
    public McxUser Require(string mcpttId, string field)
    {
        McxIds.Require(mcpttId, field);
        if (_users.TryGetValue(mcpttId, out var user))
        {
            return user;
        }

        throw gate.IsRevoked(mcpttId)
            ? McxIdentityGate.RevokedError(mcpttId, field)
            : Errors.NotFound($"{field} '{mcpttId}' is not a registered MCX user in namespace '{scope.Namespace}'");
    }

    /// <summary>Whether <paramref name="user"/> is still the registration in force (not deregistered, not replaced).</summary>
    public bool IsCurrent(McxUser user) => _users.TryGetValue(user.McpttId, out var current) && current == user;

    /// <summary>A new profile for a registered user takes effect at once.</summary>
    public void ApplyProfile(UserProfile profile)
    {
        if (_users.TryGetValue(profile.Identity.McpttId, out var user))
        {
            user.Profile = profile;
        }
    }

    public string FunctionalAliasOf(string mcpttId) => _users.TryGetValue(mcpttId, out var user) ? user.Profile.Identity.FunctionalAlias : "";

    public AffiliationChange Affiliate(McxUser user, string groupId)
    {
        lock (_gate)
        {
            RequireCurrent(user);
            var group = groups.Require(groupId, "group_id");
            if (group.Members.Count > 0 && !group.Members.Contains(user.McpttId) && !scope.Defects.Has(McxAuthorisationDefects.AffiliationToNonMemberAccepted))
            {
                throw Errors.Denied($"mcptt_id '{user.McpttId}' is not a member of group '{groupId}' and may not affiliate to it");
            }

            if (user.Affiliations.Contains(groupId))
            {
                return new AffiliationChange(Affiliations(user), Acknowledged: false, Applied: false);
            }

            if (user.Affiliations.Count >= user.Profile.MaxAffiliations)
            {
                throw Errors.Exhausted(
                    $"mcptt_id '{user.McpttId}' is affiliated to {user.Affiliations.Count} groups, its profile limit N2 (max_affiliations = {user.Profile.MaxAffiliations}); deaffiliate first");
            }

            if (scope.Defects.Has(McxDefects.AffiliationNotApplied))
            {
                var acknowledged = Affiliations(user);
                acknowledged.AffiliatedGroups.Add(groupId);
                return new AffiliationChange(acknowledged, Acknowledged: true, Applied: false);
            }

            user.Affiliations.Add(groupId);
            MembersOf(groupId).Add(user.McpttId);
            return new AffiliationChange(Affiliations(user), Acknowledged: true, Applied: true);
        }
    }

    public AffiliationChange Deaffiliate(McxUser user, string groupId)
    {
        lock (_gate)
        {
            RequireCurrent(user);
            groups.Require(groupId, "group_id");
            var removed = user.Affiliations.Remove(groupId);
            if (removed)
            {
                _affiliated.GetValueOrDefault(groupId)?.Remove(user.McpttId);
            }

            return new AffiliationChange(Affiliations(user), removed, removed);
        }
    }

    /// <summary>Whether <paramref name="requester"/> may (de)affiliate <paramref name="target"/> (TS 22.280 remote affiliation
    /// by an authorised user; the target's agency does not matter).</summary>
    public void RequireRemoteAffiliationRights(McxUser requester, McxUser target)
    {
        if (!requester.Profile.AllowRemoteAffiliation && !scope.Defects.Has(McxDefects.RemoteAffiliationUnauthorised))
        {
            throw Errors.Denied(
                $"requester_mcptt_id '{requester.McpttId}' is not authorised for remote affiliation (profile allow_remote_affiliation = false)");
        }

        if (scope.Defects.Has(McxDefects.RemoteAffiliationOwnAgencyOnly) && requester.Profile.Identity.Agency != target.Profile.Identity.Agency)
        {
            throw Errors.Denied(
                $"requester_mcptt_id '{requester.McpttId}' ({requester.Profile.Identity.Agency}) may not affiliate '{target.McpttId}' ({target.Profile.Identity.Agency})");
        }
    }

    public GetAffiliationsResponse GetAffiliations(GetAffiliationsRequest request, McxUser? only)
    {
        var response = new GetAffiliationsResponse();
        lock (_gate)
        {
            IEnumerable<McxUser> users = only is null ? _users.Values.OrderBy(u => u.McpttId, StringComparer.Ordinal) : [only];
            foreach (var user in users)
            {
                foreach (var g in user.Affiliations.Where(g => request.GroupId.Length == 0 || g == request.GroupId))
                {
                    response.Affiliations.Add(new Affiliation { McpttId = user.McpttId, GroupId = g, State = AffiliationState.Affiliated });
                }
            }
        }

        return response;
    }

    /// <summary>The users affiliated to <paramref name="groupId"/>, ordered by MCPTT ID.</summary>
    public IReadOnlyList<McxUser> AffiliatedTo(string groupId)
    {
        lock (_gate)
        {
            return _affiliated.TryGetValue(groupId, out var ids)
                ? [.. ids.Select(id => _users.GetValueOrDefault(id)).OfType<McxUser>()]
                : [];
        }
    }

    public bool IsAffiliated(McxUser user, string groupId)
    {
        lock (_gate)
        {
            return user.Affiliations.Contains(groupId);
        }
    }

    /// <summary>The first group (by ID) the user is affiliated to, or null.</summary>
    public string? FirstAffiliation(McxUser user)
    {
        lock (_gate)
        {
            return user.Affiliations.Min;
        }
    }

    /// <summary>The group is gone: nobody is affiliated to it any more.</summary>
    public void ForgetGroup(string groupId)
    {
        lock (_gate)
        {
            if (_affiliated.Remove(groupId, out var ids))
            {
                foreach (var id in ids)
                {
                    _users.GetValueOrDefault(id)?.Affiliations.Remove(groupId);
                }
            }
        }
    }

    /// <summary>The access tokens the registered users among <paramref name="mcpttIds"/> registered with (those with one).</summary>
    public IReadOnlyList<(string Id, string Token)> TokensOf(IEnumerable<string> mcpttIds)
    {
        lock (_gate)
        {
            return [.. mcpttIds.Where(id => id.Length > 0).Distinct(StringComparer.Ordinal)
                .Select(id => _users.GetValueOrDefault(id)).OfType<McxUser>().Where(u => u.AccessToken.Length > 0)
                .Select(u => (u.McpttId, u.AccessToken))];
        }
    }

    public void NotifyAffiliation(string mcpttId, string groupId, AffiliationState state, string changedBy)
    {
        downlinks.SendTo(mcpttId, new McxEvent
        {
            Affiliation = new AffiliationEvent
            {
                Affiliation = new Affiliation
                {
                    McpttId = mcpttId, GroupId = groupId, State = state, ChangedBy = changedBy, ChangedAt = Clock.Now(scope.Time),
                },
            },
        });
        if (state == AffiliationState.Affiliated)
        {
            McxLog.Affiliated(scope.Logger, scope.Namespace, mcpttId, groupId, changedBy);
        }
        else
        {
            McxLog.Deaffiliated(scope.Logger, scope.Namespace, mcpttId, groupId, changedBy);
        }
    }

    /// <summary>Under the lock: the user deregistered since it was looked up, so nothing may be recorded for it.</summary>
    private void RequireCurrent(McxUser user)
    {
        if (!IsCurrent(user))
        {
            throw Errors.NotFound($"mcptt_id '{user.McpttId}' is not a registered MCX user in namespace '{scope.Namespace}'");
        }
    }

    private SortedSet<string> MembersOf(string groupId)
    {
        if (!_affiliated.TryGetValue(groupId, out var ids))
        {
            _affiliated[groupId] = ids = new SortedSet<string>(StringComparer.Ordinal);
        }

        return ids;
    }

    private static AffiliationResponse Affiliations(McxUser user)
    {
        var response = new AffiliationResponse();
        response.AffiliatedGroups.AddRange(user.Affiliations);
        return response;
    }
}
