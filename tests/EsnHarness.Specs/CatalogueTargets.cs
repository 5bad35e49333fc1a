using EsnHarness.Bdd;
using EsnHarness.Hosting;
using EsnHarness.Targets;

namespace EsnHarness.Specs;

/// <summary>
/// The NUnit catalogue's composition root: before the first scenario, resolves the profile from the repository's
/// esn.json and the environment (<c>ESN_PROFILE</c>, <c>ESN_&lt;ROLE&gt;_URL</c>, ... as <c>esn run</c> reads them; the
/// reference profile unless told otherwise), checks its external endpoints answer, starts the embedded roles it needs
/// and registers the target. Stops them after the last scenario.
/// </summary>
[Binding]
public sealed class CatalogueTargets
{
    /// <summary>Starts the embedded roles and registers the target.</summary>
    [BeforeTestRun(Order = 0)]
    public static async Task StartAsync(TestRunContext run)
    {
        var root = RepositoryRoot();
        var settings = SettingsLoader.Load(Path.Combine(root, HarnessSettings.FileName));
        var profile = ProfileResolver.Resolve(settings, ProfileResolver.ProcessEnvironment(), ProfileOverrides.None);
        var unreachable = await ReachabilityCheck.FindUnreachableAsync(profile, TimeSpan.FromSeconds(5), CancellationToken.None);
        if (unreachable.Count > 0)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, unreachable));
        }

        var roles = await EmbeddedRoles.StartAsync(profile, settings.Resolve(settings.Stubs));
        roles.Register(run);
        run.Set(roles);
    }

    /// <summary>Closes the target and stops the embedded roles.</summary>
    [AfterTestRun(Order = 100_000)]
    public static async Task StopAsync(TestRunContext run)
    {
        if (run.TryGet<EmbeddedRoles>(out var roles))
        {
            await roles.DisposeAsync();
        }
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "EsnHarness.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException($"no EsnHarness.sln above {AppContext.BaseDirectory}: the catalogue runs from inside the repository");
    }
}
