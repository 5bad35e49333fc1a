using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Internal.Grpc;
using Google.Protobuf;
using Grpc.Core;

namespace EsnHarness.Simulators.Internal.Mcx.MultiAgency;

/// <summary>
/// METHANE reports carried as MCData SDS (multiagency.proto): an SDS with application_id "jesip-methane" must carry the
/// JSON of a complete <see cref="MethaneReport"/>; a malformed one is refused before anything is delivered, naming the
/// field. A valid one goes on unchanged. Other SDS pass untouched.
/// </summary>
internal static class MethaneReports
{
    public const string ApplicationId = "jesip-methane";

    private static readonly JsonParser Parser = new(JsonParser.Settings.Default);

    /// <summary>The message to deliver for <paramref name="message"/>.</summary>
    /// <exception cref="RpcException">INVALID_ARGUMENT naming what is wrong with a METHANE report.</exception>
    public static SdsMessage? Check(McxWorld world, SdsMessage? message)
    {
        if (message is null || message.ApplicationId != ApplicationId || world.Scope.Defects.Has(MultiAgencyDefects.MethaneNotValidated))
        {
            return message;
        }

        var report = Parse(world, message);
        if (Missing(report) is { } missing)
        {
            throw Refused(world, message, $"field '{missing}' is missing");
        }

        if (world.Scope.Defects.Has(MultiAgencyDefects.MethaneFieldDropped))
        {
            // The defect: the report is re-encoded through a schema without hazards (H), which is lost on the way.
            var copy = message.Clone();
            report.Hazards.Clear();
            copy.Payload = ByteString.CopyFromUtf8(JsonFormatter.Default.Format(report));
            return copy;
        }

        return world.Scope.Defects.Has(MultiAgencyDefects.MethaneOneControlRoom) ? ToOwnControlRoom(world, message) : message;
    }

    private static MethaneReport Parse(McxWorld world, SdsMessage message)
    {
        if (message.Kind != SdsPayloadKind.Binary)
        {
            throw Refused(world, message, $"an SDS for application '{ApplicationId}' carries a BINARY payload (the JSON of esn.mcx.v1.MethaneReport), got {message.Kind}");
        }

        try
        {
            return Parser.Parse<MethaneReport>(message.Payload.ToStringUtf8());
        }
        catch (Exception e) when (e is InvalidJsonException or InvalidProtocolBufferException or FormatException)
        {
            throw Refused(world, message, $"the payload is not the JSON of esn.mcx.v1.MethaneReport: {e.Message}");
        }
    }

    /// <summary>The first required field (JESIP letter and what it means) the report lacks, or null.</summary>
    private static string? Missing(MethaneReport report) => report switch
    {
        { Kind: MethaneKind.Unspecified } => "kind (METHANE or ETHANE)",
        { Kind: MethaneKind.Methane, MajorIncident: MajorIncidentStatus.Unspecified } => "major_incident (M: major incident declared or standby)",
        { Kind: MethaneKind.Ethane, MajorIncident: not MajorIncidentStatus.Unspecified } => "major_incident (must be absent in an ETHANE report)",
        { ExactLocation.Length: 0 } => "exact_location (E: exact location)",
        { IncidentType.Length: 0 } => "incident_type (T: type of incident)",
        { Hazards.Count: 0 } => "hazards (H: hazards present and potential)",
        { Access.Length: 0 } => "access (A: access and egress)",
        { Casualties: null } or { Casualties.HasEstimated: false } => "casualties.estimated (N: number of casualties)",
        { ServicesPresent.Count: 0 } => "services_present (E: emergency services present)",
        { ReportedBy.Length: 0 } => "reported_by (who reports)",
        _ => null,
    };

    /// <summary>The defect: a group report reaches only the dispatcher of the sender's own service.</summary>
    private static SdsMessage ToOwnControlRoom(McxWorld world, SdsMessage message)
    {
        var agency = world.Registry.Find(message.SenderMcpttId)?.Profile.Identity.Agency;
        var own = world.Registry.AffiliatedTo(message.GroupId).FirstOrDefault(u => u.Profile.AllowRemoteAffiliation && u.Profile.Identity.Agency == agency);
        if (message.GroupId.Length == 0 || own is null)
        {
            return message;
        }

        var copy = message.Clone();
        copy.GroupId = "";
        copy.TargetMcpttId = own.McpttId;
        return copy;
    }

    private static RpcException Refused(McxWorld world, SdsMessage message, string reason)
    {
        MultiAgencyLog.MethaneRefused(world.Scope.Logger, world.Namespace, message.SenderMcpttId, reason);
        return Errors.Invalid($"METHANE report refused: {reason}");
    }
}
