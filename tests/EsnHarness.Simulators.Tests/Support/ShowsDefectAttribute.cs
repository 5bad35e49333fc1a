namespace EsnHarness.Simulators.Tests.Support;

/// <summary>Marks a test that shows the named reference defect changing the reference behaviour (the catalogue test
/// requires one for every defect).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class ShowsDefectAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
