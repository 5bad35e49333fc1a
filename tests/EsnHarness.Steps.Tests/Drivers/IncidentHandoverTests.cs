using EsnHarness.Steps.Drivers;

namespace EsnHarness.Steps.Tests.Drivers;

public sealed class IncidentHandoverTests
{
    [Test]
    public void Payload_ThenParse_ReferenceSenderAndFieldsInOrder()
    {
        var sent = new IncidentHandover("CAD-4471", "MetCC", [new("type", "RTC, pedestrian struck"), new("location", "Kennington Park Road SE11")]);

        var payload = sent.Payload();
        var read = IncidentHandover.Parse(payload);

        Assert.Multiple(() =>
        {
            Assert.That(payload, Is.EqualTo("incident: CAD-4471\nfrom: MetCC\ntype: RTC, pedestrian struck\nlocation: Kennington Park Road SE11"));
            Assert.That(read!.Reference, Is.EqualTo("CAD-4471"));
            Assert.That(read.From, Is.EqualTo("MetCC"));
            Assert.That(read.Fields, Is.EqualTo(sent.Fields));
        });
    }

    [Test]
    public void Parse_TextWithoutAReference_Null() =>
        Assert.That(IncidentHandover.Parse("JRU on scene, 1 patient, police required"), Is.Null);
}
