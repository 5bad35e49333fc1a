using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using EsnHarness.Contracts.Mcx.V1;
using Google.Protobuf.WellKnownTypes;

namespace EsnHarness.Simulators.Tests.ControlRoom;

/// <summary>The content hash of an exported record, recomputed from the document as recording.proto defines it (written
/// from the contract, not from the simulator's code).</summary>
internal static class EvidenceHash
{
    public static string Of(CallRecord r)
    {
        var lines = new List<string>
        {
            $"call_id={r.CallId}",
            $"group_id={r.GroupId}",
            $"agency={Name(r.Agency)}",
            $"call_type={Name(r.CallType)}",
            $"started_at={At(r.StartedAt)}",
            $"ended_at={At(r.EndedAt)}",
        };
        lines.AddRange(r.Bursts.Select(b => $"burst={b.TalkerMcpttId}|{b.BurstId}|{At(b.StartedAt)}|{At(b.EndedAt)}|{b.Frames}|{b.MediaSha256}"));
        var text = string.Concat(lines.Select(l => l + "\n"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    private static string At(Timestamp? t) => t is null ? "" : string.Create(CultureInfo.InvariantCulture, $"{t.Seconds}.{t.Nanos:D9}");

    // AGENCY_LFB, CALL_TYPE_PREARRANGED_GROUP: the proto names, from the C# names the generator made of them.
    private static string Name(System.Enum value)
    {
        var prefix = value.GetType().Name;
        var words = string.Concat(value.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString()));
        return $"{string.Concat(prefix.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString()))}_{words}".ToUpperInvariant();
    }
}
