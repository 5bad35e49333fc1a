using EsnHarness.Bdd.Expressions;
using Messages = Io.Cucumber.Messages.Types;

namespace EsnHarness.Bdd.Internal;

/// <summary>Everything found in the binding assemblies, plus the messages that describe it.</summary>
internal sealed record BindingSet(
    ParameterTypeRegistry Registry,
    IReadOnlyList<StepBinding> Steps,
    IReadOnlyList<HookBinding> Hooks,
    IReadOnlyList<TransformBinding> Transforms,
    IReadOnlyList<Messages.Envelope> Messages)
{
    public IEnumerable<HookBinding> HooksOf(HookKind kind) => Hooks.Where(h => h.Kind == kind);
}
