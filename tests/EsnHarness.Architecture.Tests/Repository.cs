namespace EsnHarness.Architecture.Tests;

/// <summary>The repository the tests run in: the folder holding EsnHarness.sln above the test assembly.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "EsnHarness.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException($"no EsnHarness.sln above {AppContext.BaseDirectory}");
    }
}
