using EsnHarness.Simulators.Internal.Mcx.Configuration;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Mcx;

/// <summary>The group documents and user profiles the repository's GMS and CMS stubs serve are ones the reference MCX reads.</summary>
public sealed class StubDocumentTests
{
    [Test]
    public void GroupDocument_EveryGmsStub_ReadWithItsMembersAndPriorities()
    {
        var documents = XcapDocuments.Stubs("gms").Where(s => s.Body.Contains("<group", StringComparison.Ordinal)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(documents, Has.Count.GreaterThanOrEqualTo(7));
            foreach (var (file, path, body) in documents)
            {
                var group = GroupDocument.Parse(body, path.Split('/')[^1], file);
                Assert.That(group.Members, Is.Not.Empty, file);
                Assert.That(group.MemberPriorities.Keys, Is.EquivalentTo(group.Members), $"{file}: every entry has a user-priority");
                Assert.That(group.HangTimeMs, Is.GreaterThan(0), file);
            }
        });
    }

    [Test]
    public void GroupDocument_LdnInterop01_LfbCommanderRankedAbovePoliceAndAmbulance()
    {
        var stub = XcapDocuments.Stubs("gms").Single(s => s.File == "ldn-interop-01.json");

        var group = GroupDocument.Parse(stub.Body, "LDN-INTEROP-01", stub.File);

        Assert.That(group.MemberPriorities["sip:lfb.a241.oic@lfb.esn.gov.uk"], Is.GreaterThan(group.MemberPriorities["sip:mps.ps1187@mps.esn.gov.uk"]));
    }

    [Test]
    public void UserProfileDocument_EveryCmsStub_ReadWithItsLimits()
    {
        var stubs = XcapDocuments.Stubs("cms").Where(s => s.Body.Contains("user-profile xmlns", StringComparison.Ordinal)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(stubs, Has.Count.EqualTo(6));
            foreach (var (file, _, body) in stubs)
            {
                var fields = body.Contains("mcptt-user-profile", StringComparison.Ordinal)
                    ? UserProfileDocument.ParseMcptt(body, file)
                    : UserProfileDocument.ParseMcdata(body, file);
                Assert.That(fields.Paths, Is.Not.Empty, file);
                Assert.That(fields.Values.MaxSimultaneousCalls + fields.Values.MaxSdsSizeBytes, Is.GreaterThan(0), file);
            }
        });
    }
}
