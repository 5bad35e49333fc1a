using System.Reflection;
using System.Text.RegularExpressions;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Tests.Support;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Defects;

/// <summary>The simulators' defect catalogue: well named, described, and each shown to change behaviour by a test.</summary>
public sealed partial class DefectCatalogueTests
{
    private static readonly string[] Roles = ["mcx", "device", "network", "interworking", "cadGateway", "mdm"];

    [Test]
    public void All_EveryDefect_NamedRoleDotKebabAndDescribed()
    {
        Assert.Multiple(() =>
        {
            foreach (var d in SimulatorDefects.All)
            {
                Assert.That(d.Name, Does.Match(NamePattern()), d.Name);
                Assert.That(d.Name, Does.StartWith(d.Role + "."), d.Name);
                Assert.That(Roles, Does.Contain(d.Role), d.Name);
                Assert.That(d.Breaks, Has.Length.GreaterThan(20), $"{d.Name}: what it breaks");
                Assert.That(d.Violates, Has.Length.GreaterThan(5), $"{d.Name}: the clause it violates");
            }

            Assert.That(SimulatorDefects.All.Select(d => d.Name), Is.Unique);
        });
    }

    [Test]
    public void All_EveryDefect_HasATestShowingItChangesTheReferenceBehaviour()
    {
        var shown = typeof(DefectCatalogueTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .SelectMany(m => m.GetCustomAttributes<ShowsDefectAttribute>())
            .Select(a => a.Name)
            .ToHashSet(StringComparer.Ordinal);

        Assert.That(SimulatorDefects.All.Select(d => d.Name).Where(n => !shown.Contains(n)), Is.Empty,
            "defects without a [ShowsDefect] test");
        Assert.That(shown.Where(n => SimulatorDefects.Find(n) is null), Is.Empty, "[ShowsDefect] names no defect defines");
    }

    [Test]
    public void Of_UnknownName_ArgumentExceptionNamingIt()
    {
        var e = Assert.Throws<ArgumentException>(() => DefectSet.Of(["mcx.no-such-thing"]));

        Assert.That(e!.Message, Does.Contain("unknown defect 'mcx.no-such-thing'").And.Contain("esn defects"));
    }

    [GeneratedRegex("^[a-z][A-Za-z]*\\.[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex NamePattern();
}
