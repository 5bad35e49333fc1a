namespace EsnHarness.Architecture.Tests;

/// <summary>Reads every csproj's references and fails on an arrow that points up (ARCHITECTURE.md, dependency direction).</summary>
public sealed class DependencyDirectionTests
{
    private static IEnumerable<TestCaseData> SourceProjects() =>
        ProjectFile.All("src").Select(project => new TestCaseData(project).SetArgDisplayNames(project.Name));

    private static IEnumerable<TestCaseData> TestProjects() =>
        ProjectFile.All("tests").Select(project => new TestCaseData(project).SetArgDisplayNames(project.Name));

    [TestCaseSource(nameof(SourceProjects))]
    public void ProjectReferences_SourceProject_PointOnlyDown(ProjectFile project)
    {
        var name = DependencyDirection.Short(project.Name);
        Assert.That(DependencyDirection.Projects.ContainsKey(name), Is.True,
            $"{project.Path} is not in the dependency table: add its row (the projects it may reference) to DependencyDirection.Projects, as ARCHITECTURE.md places it");

        var allowed = DependencyDirection.Projects[name];
        var upward = project.Projects.Select(DependencyDirection.Short).Where(target => !allowed.Contains(target)).ToList();

        Assert.That(upward, Is.Empty,
            string.Join("\n", upward.Select(target => $"{project.Path} → src/EsnHarness.{target} points up: {name} may reference {Describe(allowed)} (ARCHITECTURE.md, dependency direction)")));
    }

    [TestCaseSource(nameof(SourceProjects))]
    public void PackageReferences_SourceProject_OnlyThoseItsLayerNeeds(ProjectFile project)
    {
        var name = DependencyDirection.Short(project.Name);
        Assert.That(DependencyDirection.Packages.ContainsKey(name), Is.True,
            $"{project.Path} is not in the package table: add its row to DependencyDirection.Packages");

        var allowed = DependencyDirection.Packages[name];
        var extra = project.Packages.Where(package => !allowed.Contains(package)).ToList();

        Assert.That(extra, Is.Empty,
            string.Join("\n", extra.Select(package => $"{project.Path} → package {package} is not for {name}: it may use {Describe(allowed)}")));
    }

    [TestCaseSource(nameof(TestProjects))]
    public void ProjectReferences_TestProject_OnlySourceProjects(ProjectFile project)
    {
        var sources = ProjectFile.All("src").Select(source => source.Name).ToHashSet(StringComparer.Ordinal);

        var others = project.Projects.Where(target => !sources.Contains(target)).ToList();

        Assert.That(others, Is.Empty, string.Join("\n", others.Select(target => $"{project.Path} → {target}: a test project references source projects only")));
    }

    [Test]
    public void Table_EveryRow_NamesAnExistingProject()
    {
        var existing = ProjectFile.All("src").Select(project => DependencyDirection.Short(project.Name)).ToHashSet(StringComparer.Ordinal);

        var stale = DependencyDirection.Projects.Keys.Concat(DependencyDirection.Projects.Values.SelectMany(targets => targets))
            .Where(name => !existing.Contains(name)).Distinct().ToList();

        Assert.That(stale, Is.Empty, $"the dependency table names projects that are not under src/: {string.Join(", ", stale)}");
    }

    [Test]
    public void Solution_EveryProject_IsInEsnHarnessSln()
    {
        var solution = File.ReadAllText(Path.Combine(Repository.Root, "EsnHarness.sln")).Replace('\\', '/');

        var missing = ProjectFile.All("src").Concat(ProjectFile.All("tests"))
            .Where(project => !solution.Contains($"\"{project.Name}\"", StringComparison.Ordinal))
            .Select(project => project.Path)
            .ToList();

        Assert.That(missing, Is.Empty, $"not in EsnHarness.sln, so dotnet build and dotnet test of the solution skip them: {string.Join(", ", missing)}");
    }

    private static string Describe(string[] allowed) => allowed.Length == 0 ? "nothing" : string.Join(", ", allowed);
}
