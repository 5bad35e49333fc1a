namespace EsnHarness.Bdd.Tests.Conformance.CompatibilityKit.Steps;

[Binding]
public sealed class GlobalHooksAttachmentsSteps
{
    [BeforeTestRun]
    public static void Before(IOutputHelper output) => output.Attach("Attachment from BeforeAll hook", "text/plain");

    [When("a step passes")]
    public void Passes()
    {
    }

    [AfterTestRun]
    public static void After(IOutputHelper output) => output.Attach("Attachment from AfterAll hook", "text/plain");
}
