namespace EsnHarness.Bdd.Tests.Conformance.CompatibilityKit.Steps;

[Binding]
public sealed class ExamplesTablesAttachmentSteps(SampleFolder folder, IOutputHelper output)
{
    [When("a JPEG image is attached")]
    public void Jpeg() => output.Attach(folder.Read("cucumber.jpeg"), "image/jpeg");

    [When("a PNG image is attached")]
    public void Png() => output.Attach(folder.Read("cucumber.png"), "image/png");
}
