namespace EsnHarness.Cli.Tests.Support;

/// <summary>Paths in the repository the tests run from (the catalogue's features, the stubs).</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Features => Path.Combine(Root, "features");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "EsnHarness.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("EsnHarness.sln not found above " + AppContext.BaseDirectory);
    }
}
