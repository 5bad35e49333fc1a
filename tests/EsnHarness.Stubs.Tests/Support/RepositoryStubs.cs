namespace EsnHarness.Stubs.Tests.Support;

/// <summary>Finds the repository's stubs/ folder from the test's output directory.</summary>
internal static class RepositoryStubs
{
    public static string Folder { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EsnHarness.sln")) && Directory.Exists(Path.Combine(dir.FullName, "stubs")))
            {
                return Path.Combine(dir.FullName, "stubs");
            }
        }

        throw new DirectoryNotFoundException("stubs/ not found above " + TestContext.CurrentContext.TestDirectory);
    }
}
