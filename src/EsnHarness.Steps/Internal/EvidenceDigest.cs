using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using EsnHarness.Contracts.Mcx.V1;
using Google.Protobuf.Reflection;
using Google.Protobuf.WellKnownTypes;

namespace EsnHarness.Steps.Internal;

/// <summary>
/// Recomputes an exported recording's content hash from the document alone, as esn.mcx.v1.EvidenceExport.content_sha256
/// defines it (canonical text, one line per item, SHA-256, lowercase hex): what anyone holding the evidence can check.
/// </summary>
internal static class EvidenceDigest
{
    public static string Of(CallRecord record)
    {
        var text = new StringBuilder();
        Line(text, "call_id", record.CallId);
        Line(text, "group_id", record.GroupId);
        Line(text, "agency", ProtoName(record.Agency));
        Line(text, "call_type", ProtoName(record.CallType));
        Line(text, "started_at", Instant(record.StartedAt));
        Line(text, "ended_at", Instant(record.EndedAt));
        foreach (var b in record.Bursts)
        {
            Line(text, "burst", string.Join('|', b.TalkerMcpttId, b.BurstId.ToString(CultureInfo.InvariantCulture), Instant(b.StartedAt), Instant(b.EndedAt),
                b.Frames.ToString(CultureInfo.InvariantCulture), b.MediaSha256));
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static void Line(StringBuilder text, string key, string value) => text.Append(key).Append('=').Append(value).Append('\n');

    private static string Instant(Timestamp? at) => at is null ? "" : string.Create(CultureInfo.InvariantCulture, $"{at.Seconds}.{at.Nanos:D9}");

    private static string ProtoName<T>(T value)
        where T : struct, System.Enum =>
        typeof(T).GetField(value.ToString())?.GetCustomAttributes(typeof(OriginalNameAttribute), false).OfType<OriginalNameAttribute>().FirstOrDefault()?.Name
        ?? throw new ArgumentException($"{value} is not a value of {typeof(T).Name} the contract defines", nameof(value));
}
