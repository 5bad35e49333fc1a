using EsnHarness.Steps.Model;
using Io.Cucumber.Messages.Types;

namespace EsnHarness.Cli.Internal;

/// <summary>
/// The agencies that take part in a pickle, read without running it. The cast comes from every step, the Background's
/// included: a table with <c>user</c> and <c>agency</c> columns, or a step naming one user and one {agency} or
/// {controlRoom} (e.g. <c>"PC Walsh" of MPS logs on</c>, <c>is a dispatcher at MetCC</c>: the first agency a user is given
/// is theirs); groups and their members from steps naming a {group} and {users}. An agency takes part when a step of the
/// scenario itself (not its Background, which only sets the stage) names one of its users, a group with one of its members,
/// an {agency} or a {controlRoom} of it, or logs one of its users on.
/// </summary>
internal static class StaticParticipants
{
    /// <summary>Each participating agency (its tag name, e.g. <c>LFB</c>) with the first step that brings it in, and the
    /// steps whose agency is not one (an <c>agency</c> cell such as "Met").</summary>
    /// <param name="pickle">The pickle.</param>
    /// <param name="testCase">Its test case from the dry run (the matched arguments), or null.</param>
    /// <param name="backgroundSteps">AST IDs of Background steps.</param>
    public static (IReadOnlyDictionary<string, string> Agencies, IReadOnlyList<string> Problems) Of(
        Pickle pickle, TestCase? testCase, IReadOnlySet<string> backgroundSteps)
    {
        var matches = (testCase?.TestSteps ?? [])
            .Where(step => step.PickleStepId is not null && step.StepMatchArgumentsLists is { Count: 1 })
            .ToDictionary(step => step.PickleStepId, step => step.StepMatchArgumentsLists[0].StepMatchArguments ?? [], StringComparer.Ordinal);
        var steps = (pickle.Steps ?? []).Select(step => new StepArguments(step, matches.GetValueOrDefault(step.Id) ?? [])).ToList();
        var cast = new StaticCast();
        foreach (var step in steps)
        {
            cast.Learn(step);
        }

        var agencies = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var step in steps.Where(step => !step.Step.AstNodeIds.Any(backgroundSteps.Contains)))
        {
            foreach (var agency in cast.AgenciesNamedBy(step))
            {
                agencies.TryAdd(agency, step.Step.Text);
            }
        }

        return (agencies, cast.Problems);
    }

    /// <summary>AST IDs of every Background step of a document (the feature's and its rules').</summary>
    public static IEnumerable<string> BackgroundStepIds(GherkinDocument document)
    {
        var children = document.Feature?.Children ?? [];
        var backgrounds = children.Select(child => child.Background)
            .Concat(children.SelectMany(child => child.Rule?.Children ?? []).Select(child => child.Background))
            .OfType<Background>();
        return backgrounds.SelectMany(background => background.Steps ?? []).Select(step => step.Id);
    }
}
