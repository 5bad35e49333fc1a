using NUnit.Framework;

namespace EsnHarness.Contracts.Tests;

public sealed class EsnMetadataTests
{
    [TestCase("default")]
    [TestCase("scenario-42.voice:KPI1_run")]
    public void IsValidNamespace_WellFormed_True(string value) => Assert.That(EsnMetadata.IsValidNamespace(value), Is.True);

    [TestCase(null)]
    [TestCase("")]
    [TestCase("has space")]
    [TestCase("slash/inside")]
    [TestCase("ünïcode")]
    public void IsValidNamespace_Malformed_False(string? value) => Assert.That(EsnMetadata.IsValidNamespace(value), Is.False);

    [Test]
    public void IsValidNamespace_LongerThanLimit_False() =>
        Assert.That(EsnMetadata.IsValidNamespace(new string('a', EsnMetadata.MaxNamespaceLength + 1)), Is.False);

    [Test]
    public void NamespaceHeader_IsLowerCaseGrpcMetadataKey() =>
        Assert.That(EsnMetadata.NamespaceHeader, Is.EqualTo("esn-namespace"));
}
