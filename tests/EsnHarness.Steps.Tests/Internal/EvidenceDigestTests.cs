using System.Security.Cryptography;
using System.Text;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Steps.Internal;
using Google.Protobuf.WellKnownTypes;
using ProtoAgency = EsnHarness.Contracts.Common.V1.Agency;
using ProtoCallType = EsnHarness.Contracts.Common.V1.CallType;

namespace EsnHarness.Steps.Tests.Internal;

public sealed class EvidenceDigestTests
{
    [Test]
    public void Of_EndedRecordWithTwoBursts_HashOfTheContractsCanonicalText()
    {
        var canonical =
            "call_id=call-7\n" +
            "group_id=FLON-OPS01\n" +
            "agency=AGENCY_LFB\n" +
            "call_type=CALL_TYPE_PREARRANGED_GROUP\n" +
            "started_at=1795435200.000000000\n" +
            "ended_at=1795435260.500000000\n" +
            "burst=sip:ff-jones@lfb.esn.gov.uk|1|1795435200.020000000|1795435200.120000000|5|aa\n" +
            "burst=sip:khan@lfb.esn.gov.uk|1|1795435201.000000000|1795435201.100000000|5|bb\n";

        Assert.That(EvidenceDigest.Of(Record()), Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))));
    }

    [Test]
    public void Of_ATalkerChanged_DifferentHash()
    {
        var changed = Record();
        changed.Bursts[1].TalkerMcpttId = "sip:someone-else@lfb.esn.gov.uk";

        Assert.That(EvidenceDigest.Of(changed), Is.Not.EqualTo(EvidenceDigest.Of(Record())));
    }

    [Test]
    public void Of_CallInProgress_EndedAtEmpty()
    {
        var record = Record();
        record.EndedAt = null;
        record.Bursts.Clear();
        var canonical = "call_id=call-7\ngroup_id=FLON-OPS01\nagency=AGENCY_LFB\ncall_type=CALL_TYPE_PREARRANGED_GROUP\nstarted_at=1795435200.000000000\nended_at=\n";

        Assert.That(EvidenceDigest.Of(record), Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))));
    }

    private static CallRecord Record()
    {
        var record = new CallRecord
        {
            CallId = "call-7", GroupId = "FLON-OPS01", Agency = ProtoAgency.Lfb, CallType = ProtoCallType.PrearrangedGroup,
            StartedAt = new Timestamp { Seconds = 1795435200 }, EndedAt = new Timestamp { Seconds = 1795435260, Nanos = 500_000_000 },
        };
        record.Bursts.Add(new TalkBurstRecord
        {
            TalkerMcpttId = "sip:ff-jones@lfb.esn.gov.uk", BurstId = 1, Frames = 5, MediaSha256 = "aa",
            StartedAt = new Timestamp { Seconds = 1795435200, Nanos = 20_000_000 }, EndedAt = new Timestamp { Seconds = 1795435200, Nanos = 120_000_000 },
        });
        record.Bursts.Add(new TalkBurstRecord
        {
            TalkerMcpttId = "sip:khan@lfb.esn.gov.uk", BurstId = 1, Frames = 5, MediaSha256 = "bb",
            StartedAt = new Timestamp { Seconds = 1795435201 }, EndedAt = new Timestamp { Seconds = 1795435201, Nanos = 100_000_000 },
        });
        return record;
    }
}
