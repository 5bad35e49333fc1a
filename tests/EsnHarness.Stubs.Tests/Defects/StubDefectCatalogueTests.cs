using System.Reflection;
using System.Text.RegularExpressions;
using EsnHarness.Stubs.Defects;
using EsnHarness.Stubs.Tests.Support;

namespace EsnHarness.Stubs.Tests.Defects;

/// <summary>The stubs' defect catalogue: well named, described, backed by mappings, each shown to change behaviour by a test.</summary>
public sealed partial class StubDefectCatalogueTests
{
    private static readonly string[] Roles = ["cad", "idms", "gms", "cms", "kms", "avl"];

    [Test]
    public void All_EveryDefect_NamedRoleDotKebabAndDescribed()
    {
        Assert.Multiple(() =>
        {
            foreach (var d in StubDefects.All)
            {
                Assert.That(d.Name, Does.Match(NamePattern()), d.Name);
                Assert.That(d.Name, Does.StartWith(d.Role + "."), d.Name);
                Assert.That(Roles, Does.Contain(d.Role), d.Name);
                Assert.That(d.Breaks, Has.Length.GreaterThan(20), $"{d.Name}: what it breaks");
                Assert.That(d.Violates, Has.Length.GreaterThan(5), $"{d.Name}: the clause it violates");
            }

            Assert.That(StubDefects.All.Select(d => d.Name), Is.Unique);
            Assert.That(StubDefects.All.Select(d => d.Name), Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
        });
    }

    [Test]
    public void All_AtLeastSixSpreadOverEveryHttpRole()
    {
        Assert.That(StubDefects.All, Has.Count.GreaterThanOrEqualTo(6));
        Assert.That(StubDefects.All.Select(d => d.Role).Distinct().Order(), Is.EqualTo(Roles.Order()));
    }

    [Test]
    public void All_EveryDefect_HasMappingsInTheRepositoryStubs()
    {
        var catalog = StubCatalog.Load(RepositoryStubs.Folder);

        Assert.That(catalog.Defects, Is.EquivalentTo(StubDefects.All.Select(d => d.Name)));
    }

    [Test]
    public void All_EveryDefect_HasATestShowingItChangesTheStub()
    {
        var shown = typeof(StubDefectCatalogueTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .SelectMany(m => m.GetCustomAttributes<ShowsDefectAttribute>())
            .Select(a => a.Name)
            .ToHashSet(StringComparer.Ordinal);

        Assert.That(StubDefects.All.Select(d => d.Name).Where(n => !shown.Contains(n)), Is.Empty, "defects without a [ShowsDefect] test");
        Assert.That(shown.Where(n => StubDefects.Find(n) is null), Is.Empty, "[ShowsDefect] names no defect defines");
    }

    [Test]
    public void Require_UnknownName_ArgumentExceptionNamingIt()
    {
        var e = Assert.Throws<ArgumentException>(() => StubDefects.Require(["cad.no-such-thing"]));

        Assert.That(e!.Message, Does.Contain("unknown stub defect 'cad.no-such-thing'").And.Contain("esn defects"));
    }

    [GeneratedRegex("^[a-z]+\\.[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex NamePattern();
}
