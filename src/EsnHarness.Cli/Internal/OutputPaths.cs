namespace EsnHarness.Cli.Internal;

/// <summary>
/// Checks, before the first scenario, that every report can be written: its folder exists or can be made, and the file
/// can be opened for writing. One line per problem naming the report and the path, so a run never ends with its
/// results unwritable.
/// </summary>
internal static class OutputPaths
{
    public static IReadOnlyList<string> Problems(IReadOnlyList<ReportFormat> formats)
    {
        var problems = new List<string>();
        foreach (var same in formats.GroupBy(f => f.Path, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"--format: {string.Join(" and ", same.Select(f => f.Kind))} would both write {same.Key}");
        }

        foreach (var format in formats.DistinctBy(f => f.Path))
        {
            if (Problem(format.Path) is { } problem)
            {
                problems.Add($"--format {format.Kind}:{format.Path}: {problem}");
            }
        }

        return problems;
    }

    /// <summary>Why <paramref name="path"/> cannot be written, or null when it can; makes its folder.</summary>
    public static string? Problem(string path)
    {
        var folder = Path.GetDirectoryName(path)!;
        if (Directory.Exists(path))
        {
            return "is a folder, not a file";
        }

        if (FileInTheWay(folder) is { } file)
        {
            return $"cannot make the folder {folder}: {file} is a file";
        }

        try
        {
            Directory.CreateDirectory(folder);
            var existed = File.Exists(path);
            using (new FileStream(path, existed ? FileMode.Open : FileMode.CreateNew, FileAccess.Write, FileShare.ReadWrite))
            {
            }

            if (!existed)
            {
                File.Delete(path);
            }

            return null;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return $"cannot be written ({error.Message})";
        }
    }

    private static string? FileInTheWay(string folder)
    {
        for (var directory = folder; !string.IsNullOrEmpty(directory); directory = Path.GetDirectoryName(directory))
        {
            if (File.Exists(directory))
            {
                return directory;
            }

            if (Directory.Exists(directory))
            {
                return null;
            }
        }

        return null;
    }
}
