using EsnHarness.Bdd;
using EsnHarness.Hosting;
using EsnHarness.Steps.Lifecycle;

namespace EsnHarness.Steps.Tests.Support;

/// <summary>
/// Runs requirements of the catalogue against the reference roles with named reference defects switched on (as
/// `esn mutate` will), for tests proving which requirements catch which defect.
/// </summary>
internal static class CatalogueRun
{
    /// <summary>The reference roles embedded on 127.0.0.1, with the repository's stubs.</summary>
    public static Task<EmbeddedRoles> StartReferenceAsync()
    {
        var reference = ProfileResolver.Resolve(HarnessSettings.Defaults(Root()), new Dictionary<string, string>(), ProfileOverrides.None);
        return EmbeddedRoles.StartAsync(reference, Path.Combine(Root(), "stubs"));
    }

    /// <summary>Runs the scenarios of <paramref name="features"/> selected by <paramref name="tags"/> with <paramref name="defects"/> on.</summary>
    public static async Task<RunSummary> RunAsync(EmbeddedRoles roles, IEnumerable<string> features, string tags, IReadOnlyList<string> defects)
    {
        var run = new TestRunContext();
        roles.Register(run);
        run.Set(new ActiveDefects(defects));
        var options = new GherkinRunOptions
        {
            FeaturePaths = [.. features.Select(f => Path.Combine(Root(), f))],
            BaseDirectory = Root(),
            BindingAssemblies = [typeof(NamespaceHooks).Assembly],
            Tags = tags,
            Workers = 4,
        };
        return await new GherkinRunner().RunAsync(options, [], run);
    }

    /// <summary>The requirement ID of a result without its "@REQ-LDN-" prefix.</summary>
    public static string Requirement(ScenarioResult result) =>
        result.Pickle.Tags.Single(t => t.StartsWith("@REQ-LDN-", StringComparison.Ordinal))["@REQ-LDN-".Length..];

    /// <summary>The repository root (where EsnHarness.sln is).</summary>
    public static string Root()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EsnHarness.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("EsnHarness.sln not found");
    }
}
