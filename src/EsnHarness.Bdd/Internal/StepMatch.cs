using EsnHarness.Bdd.Expressions;

namespace EsnHarness.Bdd.Internal;

internal sealed record StepMatch(StepBinding Binding, IReadOnlyList<Argument> Arguments);
