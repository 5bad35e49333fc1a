using System.Xml.Linq;

namespace EsnHarness.Architecture.Tests;

/// <summary>A csproj of the repository as its references say: the projects and packages (and shared frameworks) it uses.</summary>
public sealed record ProjectFile(string Name, string Folder, IReadOnlyList<string> Projects, IReadOnlyList<string> Packages)
{
    /// <summary>Where the file lives relative to the repository, e.g. <c>src/EsnHarness.Steps</c>.</summary>
    public string Path => $"{Folder}/{Name}";

    public static ProjectFile Read(string csproj, string folder)
    {
        var document = XDocument.Load(csproj);
        IReadOnlyList<string> Includes(string element) => document.Descendants(element)
            .Select(reference => (string?)reference.Attribute("Include"))
            .OfType<string>()
            .ToList();

        var projects = Includes("ProjectReference")
            .Select(include => System.IO.Path.GetFileNameWithoutExtension(include.Replace('\\', '/')))
            .ToList();
        return new ProjectFile(System.IO.Path.GetFileNameWithoutExtension(csproj), folder, projects, [.. Includes("PackageReference"), .. Includes("FrameworkReference")]);
    }

    /// <summary>Every csproj under <c>src/</c> or <c>tests/</c> of the repository.</summary>
    public static IReadOnlyList<ProjectFile> All(string folder) =>
        Directory.EnumerateFiles(System.IO.Path.Combine(Repository.Root, folder), "*.csproj", SearchOption.AllDirectories)
            .Where(path => !path.Replace('\\', '/').Contains("/node_modules/", StringComparison.Ordinal))
            .Select(path => Read(path, folder))
            .OrderBy(project => project.Name, StringComparer.Ordinal)
            .ToList();

    public override string ToString() => Path;
}
