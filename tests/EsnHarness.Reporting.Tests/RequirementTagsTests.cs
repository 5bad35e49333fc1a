namespace EsnHarness.Reporting.Tests;

public class RequirementTagsTests
{
    [Test]
    public void FromTags_AllKinds_AreSortedIntoTheirPlaces()
    {
        var tags = RequirementTags.FromTags(["@voice", "@LAS", "@REQ-LDN-DATA-007", "@MPS", "@should", "@kpi", "@london-assumption", "@wip"]);

        Assert.That(tags.RequirementId, Is.EqualTo("REQ-LDN-DATA-007"));
        Assert.That(tags.Agencies, Is.EqualTo(new[] { "MPS", "LAS" }));
        Assert.That(tags.Priority, Is.EqualTo("should"));
        Assert.That(tags.Sources, Is.EqualTo(new[] { "london-assumption" }));
        Assert.That(tags.IsMeasured, Is.True);
    }

    [Test]
    public void FromTags_NoRequirementTags_LeavesEverythingEmpty()
    {
        var tags = RequirementTags.FromTags(["@smoke"]);

        Assert.That((tags.RequirementId, tags.Priority, tags.IsMeasured, tags.Agencies.Count, tags.Sources.Count), Is.EqualTo(((string?)null, (string?)null, false, 0, 0)));
    }
}
