namespace EsnHarness.Stubs.Tests.Support;

/// <summary>A throw-away stubs folder for tests of broken or minimal mappings.</summary>
internal sealed class TempStubs : IDisposable
{
    public TempStubs()
    {
        Root = Path.Combine(Path.GetTempPath(), "esn-stubs-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string Write(string relative, string json)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, json);
        return path;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
