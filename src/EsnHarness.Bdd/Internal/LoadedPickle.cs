using Messages = Io.Cucumber.Messages.Types;

namespace EsnHarness.Bdd.Internal;

/// <summary>A compiled pickle with what selection and reporting need from its AST.</summary>
/// <remarks>SelectingLines: lines that select this pickle with <c>path:line</c> (feature, rule, scenario, examples, row).</remarks>
internal sealed record LoadedPickle(Messages.Pickle Pickle, DiscoveredPickle Info, IReadOnlySet<int> SelectingLines, IReadOnlyDictionary<string, string> StepKeywords);
