using EsnHarness.Bdd;
using EsnHarness.Steps.Stubs;
using NUnit.Framework;

namespace EsnHarness.Steps.Tests.Stubs;

/// <summary>The stub steps bound and run by the real Gherkin runner, two scenarios at a time.</summary>
public sealed class StubStepsRunnerTests : StubStepsFixture
{
    private const string Feature = """
        Feature: Stub steps through the runner

          Scenario: A lost handset is refused by the IdMS and the KMS
            Given user "sip:mps.pc4521@mps.esn.gov.uk" has been revoked
            Then the IdMS refuses a token to "sip:mps.pc4521@mps.esn.gov.uk" with "invalid_grant"
            And the KMS refuses key material to "sip:mps.pc4521@mps.esn.gov.uk"
            And the idms stub received exactly 1 request matching:
              | condition     | value                         |
              | method        | POST                          |
              | form username | sip:mps.pc4521@mps.esn.gov.uk |

          Scenario: The same officer in another scenario still logs on
            Then the IdMS issues a token to "sip:mps.pc4521@mps.esn.gov.uk"
            And the KMS provides key material to "sip:mps.pc4521@mps.esn.gov.uk"
            And the kms stub received at least 1 request matching:
              | condition                     | value                         |
              | xpath //*[local-name()='UserUri'] | sip:mps.pc4521@mps.esn.gov.uk |

          Scenario: A KMS outage passes after two failures
            Given the next 2 requests to the kms stub fail with HTTP 503
            Then the KMS refuses key material to "sip:las.rru43@las.esn.gov.uk"
            And the KMS refuses key material to "sip:las.rru43@las.esn.gov.uk"
            And the KMS provides key material to "sip:las.rru43@las.esn.gov.uk"

          Scenario: A CAD acknowledgement that never comes
            Given the IdMS issues a token to "sip:las.e271@las.esn.gov.uk"
            Then the cad stub receives at least 1 request within 200 ms matching:
              | condition | value                                        |
              | method    | POST                                         |
              | path      | /cad/las/incidents/C1-0977/acknowledgements |
        """;

    [Test]
    public async Task RunAsync_StubFeature_PassesIsolatedScenariosAndExplainsTheFailure()
    {
        var folder = Path.Combine(Path.GetTempPath(), "esn-stub-steps-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "stubs.feature"), Feature);
            var options = new GherkinRunOptions
            {
                FeaturePaths = [folder],
                BaseDirectory = folder,
                BindingTypes = [typeof(StubSteps), typeof(IdentityStubSteps), typeof(AvlStubSteps), typeof(StubJournalHooks), typeof(EsnHarness.Steps.Bindings.ParameterTypes)],
                Workers = 2,
            };

            var messages = new EnvelopeCollector();
            var summary = await new GherkinRunner().RunAsync(options, [messages], Run);
            var journals = messages.Envelopes.Where(e => e.Attachment?.FileName == "stub-journal.json").Select(e => e.Attachment!).ToList();
            var byName = summary.Results.ToDictionary(r => r.Pickle.Name);
            var failure = byName["A CAD acknowledgement that never comes"];

            Assert.Multiple(() =>
            {
                Assert.That(summary.Results, Has.Count.EqualTo(4));
                Assert.That(summary.Results.Where(r => r.Pickle.Name != failure.Pickle.Name).Select(r => (r.Pickle.Name, r.Status, r.Message)),
                    Has.All.Matches<(string, ScenarioStatus Status, string?)>(r => r.Status == ScenarioStatus.Passed));
                Assert.That(failure.Status, Is.EqualTo(ScenarioStatus.Failed));
                Assert.That(failure.Message, Does.Contain("expected at least 1 request to 'cad'").And.Contain("but 0 matched within 200 ms"));
                Assert.That(journals, Has.Count.EqualTo(1), "one journal, for the one failed scenario");
                Assert.That(journals[0].MediaType, Is.EqualTo("application/json"));
                Assert.That(journals[0].Body, Does.Contain("\"path\": \"/idms/token\"").And.Contain("password=***"));
                Assert.That(journals[0].Body, Does.Not.Contain("esn-harness-test"));
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
