namespace EsnHarness.Bdd.Internal;

/// <summary>What every scenario of a run shares.</summary>
internal sealed record RunServices(BindingSet Bindings, StepInvoker Invoker, Clock Clock, IdGenerator Ids, TestRunContext RunContext, bool DryRun, string TestRunStartedId);
