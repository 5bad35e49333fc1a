using EsnHarness.Contracts.Common.V1;
using EsnHarness.Steps.Drivers;

namespace EsnHarness.Steps.Internal;

/// <summary>A cast member's identity as the MCX service knows it (TS 24.484 user profile identity).</summary>
internal static class UserIdentities
{
    public static UserIdentity Of(CastMember m) => new()
    {
        McpttId = m.McpttId,
        Agency = m.Agency,
        DisplayName = m.Name.Value,
        Role = m.Kind == MemberKind.Console ? "dispatcher" : "responder",
    };
}
