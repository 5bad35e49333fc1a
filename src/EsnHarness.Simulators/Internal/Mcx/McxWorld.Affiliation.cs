using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Internal.Grpc;

namespace EsnHarness.Simulators.Internal.Mcx;

internal sealed partial class McxWorld
{
    public AffiliationResponse Affiliate(string mcpttId, string groupId, string changedBy)
    {
        lock (_gate)
        {
            var client = RequireClient(mcpttId, "mcptt_id");
            var group = RequireGroup(groupId, "group_id");
            if (group.Members.Count > 0 && !group.Members.Contains(mcpttId))
            {
                throw Errors.Denied($"mcptt_id '{mcpttId}' is not a member of group '{groupId}' and may not affiliate to it");
            }

            if (!client.Affiliations.Contains(groupId))
            {
                if (client.Affiliations.Count >= client.Profile.MaxAffiliations)
                {
                    throw Errors.Exhausted(
                        $"mcptt_id '{mcpttId}' is affiliated to {client.Affiliations.Count} groups, its profile limit N2 (max_affiliations = {client.Profile.MaxAffiliations}); deaffiliate first");
                }

                client.Affiliations.Add(groupId);
                NotifyAffiliation(mcpttId, groupId, AffiliationState.Affiliated, changedBy);
                LateEntryLocked(client, groupId);
            }

            return Affiliations(client);
        }
    }

    public AffiliationResponse Deaffiliate(string mcpttId, string groupId, string changedBy)
    {
        lock (_gate)
        {
            var client = RequireClient(mcpttId, "mcptt_id");
            RequireGroup(groupId, "group_id");
            if (client.Affiliations.Remove(groupId))
            {
                foreach (var call in _calls.Values.Where(c => c.GroupId == groupId && c.Participants.Contains(mcpttId)).ToList())
                {
                    LeaveCallLocked(client, call);
                }

                NotifyAffiliation(mcpttId, groupId, AffiliationState.Deaffiliated, changedBy);
            }

            return Affiliations(client);
        }
    }

    public AffiliationResponse RemoteAffiliate(RemoteAffiliationRequest request)
    {
        lock (_gate)
        {
            var requester = RequireClient(request.RequesterMcpttId, "requester_mcptt_id");
            if (!requester.Profile.AllowRemoteAffiliation)
            {
                throw Errors.Denied(
                    $"requester_mcptt_id '{request.RequesterMcpttId}' is not authorised for remote affiliation (profile allow_remote_affiliation = false)");
            }

            RequireClient(request.TargetMcpttId, "target_mcptt_id");
        }

        return request.Affiliate
            ? Affiliate(request.TargetMcpttId, request.GroupId, request.RequesterMcpttId)
            : Deaffiliate(request.TargetMcpttId, request.GroupId, request.RequesterMcpttId);
    }

    public GetAffiliationsResponse GetAffiliations(GetAffiliationsRequest request)
    {
        if (string.IsNullOrEmpty(request.GroupId) && string.IsNullOrEmpty(request.McpttId))
        {
            throw Errors.Invalid("set 'group_id' or 'mcptt_id'");
        }

        var response = new GetAffiliationsResponse();
        lock (_gate)
        {
            IEnumerable<McxClientSession> clients = string.IsNullOrEmpty(request.McpttId)
                ? _clients.Values.OrderBy(c => c.McpttId, StringComparer.Ordinal)
                : [RequireClient(request.McpttId, "mcptt_id")];
            foreach (var client in clients)
            {
                foreach (var g in client.Affiliations.Where(g => request.GroupId.Length == 0 || g == request.GroupId))
                {
                    response.Affiliations.Add(new Affiliation
                    {
                        McpttId = client.McpttId,
                        GroupId = g,
                        State = AffiliationState.Affiliated,
                    });
                }
            }
        }

        return response;
    }

    private void NotifyAffiliation(string mcpttId, string groupId, AffiliationState state, string changedBy) =>
        SendTo(mcpttId, new McxEvent
        {
            Affiliation = new AffiliationEvent
            {
                Affiliation = new Affiliation
                {
                    McpttId = mcpttId,
                    GroupId = groupId,
                    State = state,
                    ChangedBy = changedBy,
                    ChangedAt = Clock.Now(time),
                },
            },
        });

    private static AffiliationResponse Affiliations(McxClientSession client)
    {
        var response = new AffiliationResponse();
        response.AffiliatedGroups.AddRange(client.Affiliations);
        return response;
    }
}
