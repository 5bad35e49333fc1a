using EsnHarness.Contracts.Common.V1;
using EsnHarness.Steps.Drivers;
using ModelAgency = EsnHarness.Steps.Model.Agency;
using ProtoAgency = EsnHarness.Contracts.Common.V1.Agency;

namespace EsnHarness.Steps.Internal;

/// <summary>A cast member's identity as the MCX service knows it (TS 24.484 user profile identity).</summary>
internal static class UserIdentities
{
    public static UserIdentity Of(CastMember m) => new()
    {
        McpttId = m.McpttId,
        Agency = m.Agency switch { ModelAgency.Mps => ProtoAgency.Mps, ModelAgency.Lfb => ProtoAgency.Lfb, _ => ProtoAgency.Las },
        DisplayName = m.Name.Value,
        Role = m.Kind == MemberKind.Console ? "dispatcher" : "responder",
    };
}
