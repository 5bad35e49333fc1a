namespace EsnHarness.Bdd.Tests.Bindings.Broken;

[Binding]
public sealed class UnconvertibleParameterBindings
{
    [Given("the recorder {word}")]
    public void Use(Recorder recorder) => ArgumentNullException.ThrowIfNull(recorder);
}
