namespace EsnHarness.Targets.Tests;

public sealed class EsnTargetTests
{
    [Test]
    public async Task FromUrls_RoleNamesAnyCase_MapToRoles()
    {
        await using var target = EsnTarget.FromUrls(new Dictionary<string, string>
        {
            ["mcx"] = "https://mcx.las.example:8443",
            ["controlRoom"] = "http://127.0.0.1:5001",
        }, "las-test");

        Assert.Multiple(() =>
        {
            Assert.That(target.Endpoint(EsnRole.Mcx), Is.EqualTo(new Uri("https://mcx.las.example:8443")));
            Assert.That(target.Endpoint(EsnRole.ControlRoom).Port, Is.EqualTo(5001));
            Assert.That(target.Has(EsnRole.Cad), Is.False);
        });
    }

    [Test]
    public void FromUrls_UnknownRole_NamesItAndTheProfile()
    {
        Assert.That(() => EsnTarget.FromUrls(new Dictionary<string, string> { ["mxc"] = "http://x" }, "las-test"),
            Throws.ArgumentException.With.Message.Contains("Unknown role 'mxc' in profile 'las-test'"));
    }

    [Test]
    public void FromUrls_RelativeUrl_Refused()
    {
        Assert.That(() => EsnTarget.FromUrls(new Dictionary<string, string> { ["cad"] = "cad.local" }),
            Throws.ArgumentException.With.Message.Contains("is not an absolute URL"));
    }

    [Test]
    public async Task Endpoint_MissingRole_SaysToAddItToTheProfile()
    {
        await using var target = EsnTarget.FromUrls(new Dictionary<string, string>());

        Assert.That(() => target.Endpoint(EsnRole.Kms), Throws.InvalidOperationException.With.Message.Contains("gives no address for role 'kms'"));
    }
}
