namespace EsnHarness.Bdd.Tests.Conformance.CompatibilityKit.Steps;

[Binding]
public sealed class HooksAttachmentSteps(SampleFolder folder, IOutputHelper output)
{
    [BeforeScenario]
    public void Before() => output.Attach(folder.Read("cucumber.svg"), "image/svg+xml");

    [When("a step passes")]
    public void Passes()
    {
    }

    [AfterScenario]
    public void After() => output.Attach(folder.Read("cucumber.svg"), "image/svg+xml");
}
