using EsnHarness.Bdd;
using Io.Cucumber.Messages.Types;

namespace EsnHarness.Bdd.Tests.Support;

/// <summary>A temporary folder of feature files and a way to run them against chosen binding classes.</summary>
public sealed class FeatureWorkspace : IDisposable
{
    public FeatureWorkspace()
    {
        Root = Path.Combine(Path.GetTempPath(), "esn-bdd-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.Replace("\r\n", "\n", StringComparison.Ordinal));
        return path;
    }

    public GherkinRunOptions Options(params Type[] bindings) => new()
    {
        FeaturePaths = ["."],
        BaseDirectory = Root,
        BindingTypes = bindings,
    };

    public async Task<(RunSummary Summary, IReadOnlyList<Envelope> Envelopes)> RunAsync(GherkinRunOptions options, TestRunContext? context = null, CancellationToken cancellationToken = default)
    {
        var collector = new EnvelopeCollector();
        var summary = await new GherkinRunner().RunAsync(options, [collector], context, cancellationToken);
        return (summary, collector.Envelopes);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder is harmless.
        }
    }
}
