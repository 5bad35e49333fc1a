namespace EsnHarness.Bdd.Tests.Bindings;

[Binding]
public sealed class MethodNameBindings(Recorder recorder)
{
    [Given]
    public void Given_the_dispatcher_is_logged_in() => recorder.Add("underscores");

    [When]
    public void WhenTheCallIsAnswered() => recorder.Add("pascal case");
}
