using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using EsnHarness.Stubs.Tests.Support;

namespace EsnHarness.Stubs.Tests.Mappings;

/// <summary>The GMS, CMS, KMS and CAD documents carry the fields the catalogue's requirements rely on.</summary>
public sealed class DocumentMappingTests : StubFixture
{
    private static readonly XNamespace GroupInfo = "urn:3gpp:ns:mcpttGroupInfo:1.0";
    private static readonly XNamespace ListService = "urn:oma:xml:poc:list-service";

    [Test]
    public async Task Gms_FlonOps01_MembersAndGroupConfiguration()
    {
        var group = XDocument.Parse(await Client.GetStringAsync("/gms/org.openmobilealliance.groups/users/sip:gms@lfb.esn.gov.uk/FLON-OPS01"));
        var service = group.Root!.Element(ListService + "list-service")!;

        Assert.Multiple(() =>
        {
            Assert.That(service.Attribute("uri")!.Value, Is.EqualTo("sip:FLON-OPS01@lfb.esn.gov.uk"));
            Assert.That(service.Descendants(ListService + "entry").Select(e => e.Attribute("uri")!.Value), Does.Contain("sip:lfb.a241.oic@lfb.esn.gov.uk").And.Contain("sip:lfb.control.khan@lfb.esn.gov.uk"));
            Assert.That(service.Element(ListService + "max-participant-count")!.Value, Is.EqualTo("500"));
            Assert.That(service.Element(GroupInfo + "on-network-required")!.Value, Is.EqualTo("true"));
            Assert.That(service.Element(GroupInfo + "on-network-hang-timer")!.Value, Is.EqualTo("5"));
            Assert.That(service.Element(GroupInfo + "on-network-maximum-duration")!.Value, Is.EqualTo("30"));
            Assert.That(service.Descendants(GroupInfo + "allow-MCPTT-emergency-call").Single().Value, Is.EqualTo("true"));
            Assert.That(service.Descendants(GroupInfo + "allow-imminent-peril-call").Single().Value, Is.EqualTo("false"));
        });
    }

    [Test]
    public async Task Gms_InteropGroup_HasCommandersAndControlRoomsOfAllThreeServices()
    {
        var group = XDocument.Parse(await Client.GetStringAsync("/gms/org.openmobilealliance.groups/users/sip:gms@lfb.esn.gov.uk/LDN-INTEROP-01"));
        var domains = group.Descendants(ListService + "entry").Select(e => e.Attribute("uri")!.Value.Split('@')[1]).Distinct();

        Assert.That(domains, Is.EquivalentTo(new[] { "lfb.esn.gov.uk", "mps.esn.gov.uk", "las.esn.gov.uk" }));
        Assert.That(group.Descendants(GroupInfo + "participant-type").Count(p => p.Value == "dispatcher"), Is.EqualTo(3));
    }

    [Test]
    public async Task Cms_McpttProfile_CarriesN2N6N7ForTheRequestedUser()
    {
        var profile = XDocument.Parse(await Client.GetStringAsync("/cms/org.3gpp.mcptt.user-profile/users/sip:lfb.a241.oic@lfb.esn.gov.uk/user-profile"));
        string Field(string name) => profile.Descendants().Single(e => e.Name.LocalName == name).Value;

        Assert.Multiple(() =>
        {
            Assert.That(Field("MCPTTUserID"), Is.EqualTo("sip:lfb.a241.oic@lfb.esn.gov.uk"));
            Assert.That(int.Parse(Field("MaxAffiliationsN2"), System.Globalization.CultureInfo.InvariantCulture), Is.GreaterThan(1));
            Assert.That(Field("MaxSimultaneousCallsN6"), Is.EqualTo("2"));
            Assert.That(Field("MaxSimultaneousTransmissionsN7"), Is.EqualTo("1"));
        });
    }

    [Test]
    public async Task Cms_McdataProfile_ControlPlaneLimitBelowSdsMaximum()
    {
        var profile = XDocument.Parse(await Client.GetStringAsync("/cms/org.3gpp.mcdata.user-profile/users/sip:las.rru43@las.esn.gov.uk/user-profile"));
        long Field(string name) => long.Parse(profile.Descendants().Single(e => e.Name.LocalName == name).Value, System.Globalization.CultureInfo.InvariantCulture);

        Assert.That(Field("MaxDataSizeForSDSOverControlPlane"), Is.LessThan(Field("MaxDataSizeForSDS")));
        Assert.That(Field("MaxDataSizeForFD"), Is.GreaterThan(Field("MaxDataSizeAutoRecv")));
    }

    [Test]
    public async Task Kms_KeyProvision_KeySetForTheRequestingUser()
    {
        var response = await Client.PostAsync("/kms/keymanagement/identity/v1/keyprov", Xml("""<KmsRequest xmlns="urn:3gpp:ns:mcsecKMSInterface:1.0"><UserUri>sip:las.rru43@las.esn.gov.uk</UserUri></KmsRequest>"""));
        var keys = XDocument.Parse(await response.Content.ReadAsStringAsync());
        var set = keys.Descendants().Single(e => e.Name.LocalName == "KmsKeySet");

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(set.Elements().Single(e => e.Name.LocalName == "UserUri").Value, Is.EqualTo("sip:las.rru43@las.esn.gov.uk"));
            Assert.That(set.Elements().Single(e => e.Name.LocalName == "Revoked").Value, Is.EqualTo("false"));
            Assert.That(set.Elements().Single(e => e.Name.LocalName == "UserDecryptKey").Value, Is.Not.Empty);
        });
    }

    [Test]
    public async Task Cad_StatusTables_DifferPerAgencyAndMatchTheCatalogue()
    {
        async Task<string[]> Table(string agency)
        {
            using var json = JsonDocument.Parse(await Client.GetStringAsync($"/cad/{agency}/status-codes"));
            return json.RootElement.GetProperty("statuses").EnumerateArray().Select(s => s.GetProperty("status").GetString()!).ToArray();
        }

        Assert.That(await Table("las"), Is.EqualTo(new[] { "Mobile to incident", "At scene", "Left scene", "At hospital", "Clear" }));
        Assert.That(await Table("lfb"), Is.EqualTo(new[] { "Mobile", "In attendance", "Available", "Returning" }));
        Assert.That(await Table("mps"), Does.Contain("At scene").And.Not.Contain("In attendance"));
    }
}
