using System.Reflection;
using EsnHarness.Bdd.TagExpressions;
using Messages = Io.Cucumber.Messages.Types;

namespace EsnHarness.Bdd.Internal;

internal sealed partial class BindingLoader
{
    private List<HookBinding> LoadHooks(List<MethodInfo> methods)
    {
        var hooks = new List<HookBinding>();
        foreach (var method in methods)
        {
            foreach (var attribute in method.GetCustomAttributes<HookAttribute>())
            {
                var kind = KindOf(attribute);
                if (kind is HookKind.BeforeTestRun or HookKind.AfterTestRun or HookKind.BeforeFeature or HookKind.AfterFeature && !method.IsStatic)
                {
                    throw new BddConfigurationException($"{MethodNames.Describe(method)}: [{kind}] hooks must be static");
                }

                ITagExpression? tags = null;
                if (!string.IsNullOrWhiteSpace(attribute.Tags))
                {
                    try
                    {
                        tags = TagExpressionParser.Parse(attribute.Tags);
                    }
                    catch (TagExpressionException ex)
                    {
                        throw new BddConfigurationException($"{MethodNames.Describe(method)}: invalid tag expression '{attribute.Tags}': {FirstLine(ex.Message)}", ex);
                    }
                }

                var id = ids.GetNewId();
                hooks.Add(new HookBinding(id, kind, method, attribute.Order, tags, attribute.Tags, attribute.Name));
                if (MessageType(kind) is { } type)
                {
                    _definitions.Add((method, Messages.Envelope.Create(new Messages.Hook(id, attribute.Name, SourceOf(method), attribute.Tags, type))));
                }
            }
        }

        // Stable sort: Order first, then declaration order.
        return hooks.Select((h, i) => (h, i)).OrderBy(x => x.h.Order).ThenBy(x => x.i).Select(x => x.h).ToList();
    }

    private static HookKind KindOf(HookAttribute attribute) => attribute switch
    {
        BeforeTestRunAttribute => HookKind.BeforeTestRun,
        AfterTestRunAttribute => HookKind.AfterTestRun,
        BeforeFeatureAttribute => HookKind.BeforeFeature,
        AfterFeatureAttribute => HookKind.AfterFeature,
        BeforeScenarioAttribute => HookKind.BeforeScenario,
        AfterScenarioAttribute => HookKind.AfterScenario,
        BeforeStepAttribute => HookKind.BeforeStep,
        AfterStepAttribute => HookKind.AfterStep,
        _ => throw new BddConfigurationException($"unknown hook attribute {attribute.GetType().Name}"),
    };

    private static Messages.HookType? MessageType(HookKind kind) => kind switch
    {
        HookKind.BeforeTestRun => Messages.HookType.BEFORE_TEST_RUN,
        HookKind.AfterTestRun => Messages.HookType.AFTER_TEST_RUN,
        HookKind.BeforeScenario => Messages.HookType.BEFORE_TEST_CASE,
        HookKind.AfterScenario => Messages.HookType.AFTER_TEST_CASE,
        HookKind.BeforeStep => Messages.HookType.BEFORE_TEST_STEP,
        HookKind.AfterStep => Messages.HookType.AFTER_TEST_STEP,
        _ => null,
    };
}
