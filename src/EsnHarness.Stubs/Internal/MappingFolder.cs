namespace EsnHarness.Stubs.Internal;

/// <summary>Reads every <c>*.json</c> under a stubs folder (subfolders included, except the defect mappings under
/// <see cref="DefectFolder.Name"/>) and checks them together: one endpoint folder per mapping, no duplicate Guid or Title.</summary>
internal static class MappingFolder
{
    public static (IReadOnlyList<LoadedMapping> Mappings, IReadOnlyList<StubProblem> Problems) Read(string folder)
    {
        var problems = new List<StubProblem>();
        var mappings = new List<LoadedMapping>();
        var shown = folder.Replace('\\', '/').TrimEnd('/');
        if (!Directory.Exists(folder))
        {
            problems.Add(new StubProblem(shown, null, null, "stubs folder not found"));
            return (mappings, problems);
        }

        var files = Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(folder, path).Replace('\\', '/'))
            .Where(relative => !relative.StartsWith(DefectFolder.Name + "/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            problems.Add(new StubProblem(shown, null, null, "no mapping files (*.json) found"));
        }

        foreach (var relative in files)
        {
            var file = shown + "/" + relative;
            var slash = relative.IndexOf('/', StringComparison.Ordinal);
            if (slash < 0)
            {
                problems.Add(new StubProblem(file, null, null, "a mapping must sit in an endpoint folder such as idms/ or cad/, not at the top of the stubs folder"));
                continue;
            }

            var endpoint = relative[..slash];
            var model = MappingParser.Parse(file, endpoint, File.ReadAllText(Path.Combine(folder, relative)), problems);
            if (model is not null)
            {
                mappings.Add(new LoadedMapping(endpoint, file, model));
            }
        }

        AddDuplicates(mappings, m => m.Model.Guid?.ToString(), "Guid", problems);
        AddDuplicates(mappings, m => m.Model.Title, "Title", problems);
        return (mappings, problems);
    }

    internal static void AddDuplicates(List<LoadedMapping> mappings, Func<LoadedMapping, string?> key, string what, List<StubProblem> problems)
    {
        foreach (var group in mappings.Where(m => key(m) is not null).GroupBy(key, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var duplicate in group.Skip(1))
            {
                problems.Add(new StubProblem(duplicate.File, null, null, $"{what} '{group.Key}' is already used by {first.File}"));
            }
        }
    }
}
