using EsnHarness.Bdd.Tests.Bindings;
using EsnHarness.Bdd.Tests.Support;
using Io.Cucumber.Messages.Types;
using NUnit.Framework;

namespace EsnHarness.Bdd.Tests;

public sealed class FailureDiagnosticsTests
{
    private FeatureWorkspace _workspace = null!;

    [SetUp]
    public void SetUp() => _workspace = new FeatureWorkspace();

    [TearDown]
    public void TearDown() => _workspace.Dispose();

    [Test]
    public async Task RunAsync_FailureWithDiagnosticDetail_MessageStaysReadableAndDetailIsAttachedToTheStep()
    {
        _workspace.Write("d.feature", "Feature: D\n  Scenario: S\n    When the network refuses the call\n");

        var (summary, envelopes) = await _workspace.RunAsync(_workspace.Options(typeof(DiagnosticBindings)));

        Assert.That(summary.Results.Single().Message, Is.EqualTo("ESN refused to set up the call: the group is not configured"));
        var attachment = envelopes.Select(e => e.Attachment).OfType<Attachment>().Single();
        Assert.That(attachment.FileName, Is.EqualTo("diagnostics"));
        Assert.That(attachment.MediaType, Is.EqualTo("text/plain"));
        Assert.That(attachment.Body, Is.EqualTo("gRPC status FailedPrecondition: group_id 'X' is not a configured group"));
        var failedStep = envelopes.Select(e => e.TestStepFinished).OfType<TestStepFinished>().Single(f => f.TestStepResult.Status == TestStepResultStatus.FAILED);
        Assert.That(attachment.TestStepId, Is.EqualTo(failedStep.TestStepId));
    }
}
