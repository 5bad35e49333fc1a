using EsnHarness.Bdd.Expressions;
using Messages = Io.Cucumber.Messages.Types;

namespace EsnHarness.Bdd.Internal;

/// <summary>Matches every pickle step against the step definitions and wraps it in Before/After scenario hooks.</summary>
internal sealed class TestCasePlanner(BindingSet bindings, IdGenerator ids)
{
    private readonly StepVocabulary _vocabulary = new(bindings.Steps);
    private readonly StepSuggester _suggester = new(bindings.Steps);

    public TestCasePlan Plan(LoadedPickle loaded, string testRunStartedId)
    {
        var tags = loaded.Info.Tags;
        var steps = new List<PlannedStep>();
        steps.AddRange(bindings.HooksOf(HookKind.BeforeScenario).Where(h => h.Applies(tags)).Select(h => new PlannedStep(ids.GetNewId(), h, null, null, [], null)));
        foreach (var step in loaded.Pickle.Steps)
        {
            var matches = bindings.Steps.Select(b => (b, args: b.Expression.Match(step.Text))).Where(m => m.args is not null)
                .Select(m => new StepMatch(m.b, m.args!)).ToList();
            var keyword = loaded.StepKeywords.GetValueOrDefault(step.Id, string.Empty);
            if (matches.Count == 1)
            {
                _vocabulary.Record(matches[0].Arguments);
            }

            steps.Add(new PlannedStep(ids.GetNewId(), null, step, keyword, matches, matches.Count == 0 ? Advise(keyword, step) : null));
        }

        steps.AddRange(bindings.HooksOf(HookKind.AfterScenario).Where(h => h.Applies(tags)).Select(h => new PlannedStep(ids.GetNewId(), h, null, null, [], null)));
        var id = ids.GetNewId();
        var message = new Messages.TestCase(id, loaded.Pickle.Id, steps.Select(ToMessage).ToList(), testRunStartedId);
        return new TestCasePlan(id, loaded, steps, message);
    }

    private UndefinedStepAdvice Advise(string keyword, Messages.PickleStep step) => new(
        () => new SnippetGenerator(bindings.Registry, _vocabulary).Generate(keyword, step),
        () => _suggester.Suggest(step.Text));

    private static Messages.TestStep ToMessage(PlannedStep step)
    {
        if (step.Hook is not null)
        {
            return new Messages.TestStep(step.Hook.Id, step.Id, null, null, null);
        }

        return new Messages.TestStep(
            null,
            step.Id,
            step.PickleStep!.Id,
            step.Matches.Select(m => m.Binding.Id).ToList(),
            step.Matches.Select(m => new Messages.StepMatchArgumentsList(m.Arguments.Select(ToMessage).ToList())).ToList());
    }

    private static Messages.StepMatchArgument ToMessage(Argument argument)
    {
        var name = argument.ParameterType.Name;
        return new Messages.StepMatchArgument(ToMessage(argument.Group), string.IsNullOrEmpty(name) || argument.ParameterType.IsAnonymous ? null : name);
    }

    private static Messages.Group ToMessage(Group group) =>
        new(group.Children.Count == 0 ? null : group.Children.Select(ToMessage).ToList(), group.Value is null ? null : group.Start, group.Value);
}
