using EsnHarness.Stubs.Defects;

namespace EsnHarness.Stubs.Internal;

/// <summary>
/// Reads the defect mappings of a stubs folder: <c>_defects/&lt;defect name&gt;/&lt;endpoint&gt;/*.json</c>. Each folder
/// is a defect of <see cref="StubDefects"/>, its endpoint folder is the defect's role, and each mapping's Title starts
/// with the defect's name (so the journal of a scenario shows that a defect answered). Defect mappings may use negative
/// priorities: a session with the defect on serves them ahead of the faithful files and of the scenario's own overrides.
/// </summary>
internal static class DefectFolder
{
    public const string Name = "_defects";

    public static (IReadOnlyDictionary<string, IReadOnlyList<LoadedMapping>> Mappings, IReadOnlyList<StubProblem> Problems) Read(string folder)
    {
        var problems = new List<StubProblem>();
        var byDefect = new Dictionary<string, IReadOnlyList<LoadedMapping>>(StringComparer.Ordinal);
        var root = Path.Combine(folder, Name);
        if (!Directory.Exists(root))
        {
            return (byDefect, problems);
        }

        var shown = folder.Replace('\\', '/').TrimEnd('/') + "/" + Name;
        foreach (var directory in Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(directory);
            if (StubDefects.Find(name) is not { } defect)
            {
                problems.Add(new StubProblem($"{shown}/{name}", null, null,
                    $"no stub defect is called '{name}'; the folders under {Name}/ are named after the defects `esn defects` lists for cad, idms, gms, cms, kms and avl"));
                continue;
            }

            var mappings = ReadDefect(directory, $"{shown}/{name}", defect, problems);
            if (mappings.Count > 0)
            {
                byDefect[name] = mappings;
            }
        }

        foreach (var file in Directory.EnumerateFiles(root, "*.json").Order(StringComparer.Ordinal))
        {
            problems.Add(new StubProblem($"{shown}/{Path.GetFileName(file)}", null, null, $"a defect mapping sits in {Name}/<defect name>/<endpoint>/, not directly under {Name}/"));
        }

        var all = byDefect.Values.SelectMany(m => m).ToList();
        MappingFolder.AddDuplicates(all, m => m.Model.Guid?.ToString(), "Guid", problems);
        return (byDefect, problems);
    }

    private static List<LoadedMapping> ReadDefect(string directory, string shown, StubDefect defect, List<StubProblem> problems)
    {
        var mappings = new List<LoadedMapping>();
        foreach (var path in Directory.EnumerateFiles(directory, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(directory, path).Replace('\\', '/');
            var file = $"{shown}/{relative}";
            var slash = relative.IndexOf('/', StringComparison.Ordinal);
            var endpoint = slash < 0 ? null : relative[..slash];
            if (endpoint != defect.Role)
            {
                problems.Add(new StubProblem(file, null, null, $"defect {defect.Name} belongs to the {defect.Role} stub: its mappings sit in {shown}/{defect.Role}/"));
                continue;
            }

            var model = MappingParser.Parse(file, endpoint, File.ReadAllText(path), problems, MappingOrigin.Defect);
            if (model is null)
            {
                continue;
            }

            if (model.Title?.StartsWith(defect.Name + ": ", StringComparison.Ordinal) != true)
            {
                problems.Add(new StubProblem(file, null, null, $"the Title of a defect mapping starts with '{defect.Name}: ', so the journal shows the defect answered"));
                continue;
            }

            mappings.Add(new LoadedMapping(endpoint, file, model));
        }

        return mappings;
    }
}
