using Messages = Io.Cucumber.Messages.Types;

namespace EsnHarness.Bdd.Internal;

/// <summary>A compiled pickle with what selection and reporting need from its AST.</summary>
/// <param name="SelectingLines">Lines that select this pickle with <c>path:line</c>: feature, rule, scenario, examples, row.</param>
internal sealed record LoadedPickle(Messages.Pickle Pickle, DiscoveredPickle Info, IReadOnlySet<int> SelectingLines, IReadOnlyDictionary<string, string> StepKeywords);
