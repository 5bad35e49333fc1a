namespace EsnHarness.Bdd.Tests.Conformance.CompatibilityKit.Steps;

/// <summary>The running sample's folder (run-scoped, from the TestRunContext), for steps that attach its files.</summary>
public sealed record SampleFolder(string Path)
{
    public byte[] Read(string name) => File.ReadAllBytes(System.IO.Path.Combine(Path, name));
}
