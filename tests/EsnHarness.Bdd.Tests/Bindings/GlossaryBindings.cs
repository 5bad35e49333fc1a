namespace EsnHarness.Bdd.Tests.Bindings;

[Binding]
public sealed class GlossaryBindings
{
    [Given("{int} officers are on duty", Description = "Sets the shift size", Example = "4 officers are on duty")]
    public void OnDuty(int count) => ArgumentOutOfRangeException.ThrowIfNegative(count);

    [Then(@"^the call lasts (\d+) s$", Example = "the call lasts long")]
    public void Lasts(int seconds) => ArgumentOutOfRangeException.ThrowIfNegative(seconds);

    [StepDefinition("anything goes")]
    public void Anything()
    {
    }
}
