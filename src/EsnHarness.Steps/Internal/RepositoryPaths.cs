namespace EsnHarness.Steps.Internal;

/// <summary>Finds the repository's folders by walking up from the running assembly to the folder holding EsnHarness.sln.</summary>
internal static class RepositoryPaths
{
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EsnHarness.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No EsnHarness.sln above {AppContext.BaseDirectory}; run from inside the repository or register an EsnTarget.");
    }

    public static string StubsFolder() => Path.Combine(Root(), "stubs");
}
