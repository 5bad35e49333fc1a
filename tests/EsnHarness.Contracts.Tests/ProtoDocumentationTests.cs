using System.Text.RegularExpressions;
using NUnit.Framework;

namespace EsnHarness.Contracts.Tests;

/// <summary>The contracts are read by suppliers: every field, enum value and RPC says what it means.</summary>
public sealed partial class ProtoDocumentationTests
{
    private static readonly string ProtoRoot = FindProtoRoot();

    public static IEnumerable<string> ProtoFiles() =>
        Directory.EnumerateFiles(FindProtoRoot(), "*.proto", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(FindProtoRoot(), p)).Order();

    [TestCaseSource(nameof(ProtoFiles))]
    public void ProtoFile_EveryFieldAndRpc_HasAComment(string relative)
    {
        var lines = File.ReadAllLines(Path.Combine(ProtoRoot, relative));
        var undocumented = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (!Declaration().IsMatch(line) || line.Contains("//", StringComparison.Ordinal))
            {
                continue;
            }

            var previous = i > 0 ? lines[i - 1].Trim() : "";
            if (!previous.StartsWith("//", StringComparison.Ordinal) && !InsideOneof(lines, i))
            {
                undocumented.Add($"{relative}:{i + 1}: {line}");
            }
        }

        Assert.That(undocumented, Is.Empty, "every field, enum value and rpc needs a comment saying its meaning and units");
    }

    [TestCaseSource(nameof(ProtoFiles))]
    public void ProtoFile_Package_MirrorsFolder(string relative)
    {
        var text = File.ReadAllText(Path.Combine(ProtoRoot, relative));
        var folder = Path.GetDirectoryName(relative)!.Replace(Path.DirectorySeparatorChar, '.');

        Assert.That(text, Does.Contain($"package {folder};"));
    }

    [Test]
    public void Descriptors_EveryServiceDocumentsTheNamespaceHeader()
    {
        var services = Directory.EnumerateFiles(ProtoRoot, "*.proto", SearchOption.AllDirectories)
            .Where(p => File.ReadAllLines(p).Any(l => l.StartsWith("service ", StringComparison.Ordinal)));

        Assert.That(services.Where(p => !File.ReadAllText(p).Contains("esn-namespace", StringComparison.Ordinal)), Is.Empty);
    }

    private static bool InsideOneof(string[] lines, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("oneof ", StringComparison.Ordinal))
            {
                return true;
            }

            if (line.EndsWith('{') || line == "}")
            {
                return false;
            }
        }

        return false;
    }

    private static string FindProtoRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "protos");
            if (Directory.Exists(Path.Combine(candidate, "esn")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("protos/esn not found above the test directory");
    }

    // A field ("type name = N;"), an enum value ("NAME = N;") or an rpc.
    [GeneratedRegex(@"^(rpc\s|(repeated\s+)?[\w.]+\s+\w+\s*=\s*\d+;|[A-Z][A-Z0-9_]*\s*=\s*\d+;)")]
    private static partial Regex Declaration();
}
