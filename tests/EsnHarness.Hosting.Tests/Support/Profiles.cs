using EsnHarness.Targets;

namespace EsnHarness.Hosting.Tests.Support;

/// <summary>Profiles resolved as esn run resolves them: the reference profile with some roles pointed elsewhere.</summary>
internal static class Profiles
{
    public static string StubsFolder { get; } = Path.Combine(RepositoryRoot(), "stubs");

    /// <summary>The reference profile with <paramref name="external"/> roles at the given addresses (as ESN_&lt;ROLE&gt;_URL would).</summary>
    public static ResolvedProfile With(params (EsnRole Role, string Url)[] external)
    {
        var environment = external.ToDictionary(pair => pair.Role.EnvironmentPrefix() + "URL", pair => pair.Url);
        return ProfileResolver.Resolve(HarnessSettings.Defaults(RepositoryRoot()), environment, ProfileOverrides.None);
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

        throw new DirectoryNotFoundException("EsnHarness.sln not found");
    }
}
