using System.Text.RegularExpressions;

namespace EsnHarness.Architecture.Tests;

/// <summary>A type of <c>src/</c> as its files say: its full name and the files (partials) it is written in, with their lines (as wc -l counts them).</summary>
public sealed partial record SourceType(string Name, IReadOnlyList<string> Files, int Lines)
{
    /// <summary>Every type under <c>src/</c>: one per file (the first type a file declares; nested types count into it), partials joined.</summary>
    public static IReadOnlyList<SourceType> All() =>
        Directory.EnumerateFiles(Path.Combine(Repository.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Select(path => path.Replace('\\', '/'))
            .Where(path => !path.Contains("/obj/", StringComparison.Ordinal) && !path.Contains("/bin/", StringComparison.Ordinal))
            .Select(path => (Path: path, Text: File.ReadAllText(path)))
            .Select(file => (file.Path, Name: NameOf(file.Text), Lines: file.Text.Count(c => c == '\n')))
            .Where(file => file.Name is not null)
            .GroupBy(file => file.Name!, StringComparer.Ordinal)
            .Select(type => new SourceType(type.Key, type.Select(f => Path.GetRelativePath(Repository.Root, f.Path)).Order(StringComparer.Ordinal).ToList(), type.Sum(f => f.Lines)))
            .OrderByDescending(type => type.Lines)
            .ToList();

    private static string? NameOf(string text)
    {
        var type = TypeDeclaration().Match(text);
        if (!type.Success)
        {
            return null;
        }

        var ns = Namespace().Match(text);
        return ns.Success ? $"{ns.Groups[1].Value}.{type.Groups[1].Value}" : type.Groups[1].Value;
    }

    [GeneratedRegex(@"^\s*namespace\s+([\w.]+)", RegexOptions.Multiline)]
    private static partial Regex Namespace();

    [GeneratedRegex(@"^\s*(?:(?:public|internal|private|protected|sealed|static|abstract|partial|readonly|file|unsafe|ref)\s+)*(?:record\s+struct|record\s+class|class|record|struct|interface|enum)\s+(\w+)", RegexOptions.Multiline)]
    private static partial Regex TypeDeclaration();
}
