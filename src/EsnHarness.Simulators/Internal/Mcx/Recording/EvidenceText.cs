using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using EsnHarness.Contracts.Mcx.V1;
using Google.Protobuf.WellKnownTypes;

namespace EsnHarness.Simulators.Internal.Mcx.Recording;

/// <summary>
/// The canonical text of a call record and its SHA-256, exactly as esn.mcx.v1.EvidenceExport.content_sha256 defines it, so
/// whoever holds an exported document can recompute the hash.
/// </summary>
internal static class EvidenceText
{
    /// <summary>The record's content hash; <paramref name="headerOnly"/> is the mcx.evidence-hash-partial defect (bursts left out).</summary>
    public static string Sha256(CallRecord record, bool headerOnly = false) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(record, headerOnly))));

    public static string Canonical(CallRecord record, bool headerOnly = false)
    {
        var text = new StringBuilder()
            .Append("call_id=").Append(record.CallId).Append('\n')
            .Append("group_id=").Append(record.GroupId).Append('\n')
            .Append("agency=").Append(Name(record.Agency)).Append('\n')
            .Append("call_type=").Append(Name(record.CallType)).Append('\n')
            .Append("started_at=").Append(Instant(record.StartedAt)).Append('\n')
            .Append("ended_at=").Append(Instant(record.EndedAt)).Append('\n');
        if (!headerOnly)
        {
            foreach (var b in record.Bursts)
            {
                text.Append("burst=").Append(b.TalkerMcpttId).Append('|').Append(b.BurstId.ToString(CultureInfo.InvariantCulture)).Append('|')
                    .Append(Instant(b.StartedAt)).Append('|').Append(Instant(b.EndedAt)).Append('|')
                    .Append(b.Frames.ToString(CultureInfo.InvariantCulture)).Append('|').Append(b.MediaSha256).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Instant(Timestamp? at) =>
        at is null ? "" : string.Create(CultureInfo.InvariantCulture, $"{at.Seconds}.{at.Nanos:D9}");

    // The proto enum value's name (AGENCY_LFB, CALL_TYPE_PREARRANGED_GROUP), as the contract's canonical text spells it.
    private static string Name<T>(T value)
        where T : struct, System.Enum =>
        typeof(T).GetField(value.ToString())?.GetCustomAttributes(typeof(Google.Protobuf.Reflection.OriginalNameAttribute), false)
            .OfType<Google.Protobuf.Reflection.OriginalNameAttribute>().FirstOrDefault()?.Name ?? value.ToString();
}
