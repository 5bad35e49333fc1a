using System.Text.RegularExpressions;
using EsnHarness.Reporting.Tests.LivingDoc;
using EsnHarness.Reporting.Tests.TestData;

namespace EsnHarness.Reporting.Tests;

public class LivingDocWriterTests
{
    private static string Render() => new LivingDocWriter().Render(ReportModel.FromEnvelopes(InjectionCorpus.Run().Build()));

    [Test]
    public void Render_HostileFeatureText_DataBlockHoldsNoMarkupCharacters()
    {
        var html = Render();

        var data = Regex.Match(html, "<script type=\"application/json\" id=\"esn-data\">(.*?)</script>", RegexOptions.Singleline).Groups[1].Value;
        Assert.That(data, Is.Not.Empty);
        Assert.That(data, Does.Not.Contain("<").And.Not.Contain(">").And.Not.Contain("&").And.Not.Contain("\u2028"));
        Assert.That(Regex.Count(html, "</script>"), Is.EqualTo(2));
    }

    [Test]
    public void Render_Page_LocksItselfDownWithAContentSecurityPolicy()
    {
        var html = Render();

        var csp = Regex.Match(html, "http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\"").Groups[1].Value;
        Assert.That(csp, Does.StartWith("default-src 'none'; script-src 'sha256-").And.Contain("img-src data:").And.Contain("form-action 'none'"));
        Assert.That(csp, Does.Not.Contain("unsafe"));
        Assert.That(Regex.IsMatch(html, "(src|href)=\"(https?:)?//"), Is.False, "no external resource in the markup");
    }
}
