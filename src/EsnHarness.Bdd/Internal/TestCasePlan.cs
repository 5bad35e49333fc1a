using Messages = Io.Cucumber.Messages.Types;

namespace EsnHarness.Bdd.Internal;

/// <summary>A pickle made ready to run: its test steps and its <c>testCase</c> message.</summary>
internal sealed record TestCasePlan(string Id, LoadedPickle Pickle, IReadOnlyList<PlannedStep> Steps, Messages.TestCase Message);
