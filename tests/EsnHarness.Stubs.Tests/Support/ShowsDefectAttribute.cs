namespace EsnHarness.Stubs.Tests.Support;

/// <summary>Marks a test that shows the named stub defect changing the stub's behaviour against the faithful one (the
/// catalogue test requires one for every defect).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class ShowsDefectAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
