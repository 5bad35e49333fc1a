using System.Globalization;

namespace EsnHarness.Bdd.Internal;

/// <summary>Expands the feature paths of the options into files (sorted, de-duplicated) and their <c>:line</c> selections.</summary>
internal static class FeaturePaths
{
    public static IReadOnlyList<(string FullPath, IReadOnlySet<int> Lines)> Expand(GherkinRunOptions options, string baseDirectory, bool mustExist = true)
    {
        var files = new List<string>();
        var lines = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var (path, selected) in options.FeaturePaths.Select(p => (Spec: p, Lines: true)).Concat(options.Lines.Select(p => (Spec: p, Lines: false))))
        {
            var (bare, numbers) = SplitLines(path);
            var full = Path.GetFullPath(bare, baseDirectory);
            IEnumerable<string> found;
            if (Directory.Exists(full))
            {
                found = Directory.EnumerateFiles(full, "*.feature", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
            }
            else if (File.Exists(full))
            {
                found = [full];
            }
            else if (mustExist)
            {
                throw new BddConfigurationException($"feature path '{bare}' does not exist (looked in {full})");
            }
            else
            {
                found = [];
            }

            foreach (var file in found)
            {
                if (selected && !files.Contains(file, StringComparer.Ordinal))
                {
                    files.Add(file);
                }

                if (numbers.Count > 0)
                {
                    if (!lines.TryGetValue(file, out var set))
                    {
                        lines[file] = set = [];
                    }

                    set.UnionWith(numbers);
                }
            }
        }

        if (files.Count == 0 && options.Lines.Count > 0)
        {
            files.AddRange(lines.Keys);
        }

        return files.Select(f => (f, (IReadOnlySet<int>)(lines.TryGetValue(f, out var s) ? s : new HashSet<int>()))).ToList();
    }

    public static (string Path, IReadOnlyList<int> Lines) SplitLines(string spec)
    {
        var parts = spec.Split(':');
        var numbers = new List<int>();
        var end = parts.Length;
        while (end > 1 && int.TryParse(parts[end - 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            numbers.Insert(0, n);
            end--;
        }

        return (string.Join(':', parts.Take(end)), numbers);
    }

    public static string RelativeUri(string fullPath, string baseDirectory) =>
        Path.GetRelativePath(baseDirectory, fullPath).Replace('\\', '/');
}
