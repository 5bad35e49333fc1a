namespace EsnHarness.Bdd.Tests.Bindings;

/// <summary>Hooks of every kind recording into a run-scoped <see cref="Recorder"/>.</summary>
[Binding]
public sealed class HookBindings(Recorder recorder, ScenarioContext scenario, IOutputHelper output)
{
    [BeforeTestRun]
    public static void BeforeRun(TestRunContext context) => context.Get<Recorder>().Add("before run");

    [AfterTestRun]
    public static void AfterRun(TestRunContext context) => context.Get<Recorder>().Add("after run");

    [BeforeFeature]
    public static void BeforeFeature(TestRunContext context) => context.Get<Recorder>().Add("before feature");

    [AfterFeature]
    public static void AfterFeature(TestRunContext context) => context.Get<Recorder>().Add("after feature");

    [BeforeScenario(Order = 2)]
    public void Before2() => recorder.Add("before 2");

    [BeforeScenario(Order = 1)]
    public void Before1() => recorder.Add($"before 1 {scenario.Name}");

    [BeforeScenario("@tagged")]
    public void BeforeTagged() => recorder.Add("before tagged");

    [BeforeStep]
    public void BeforeStep() => recorder.Add("before step");

    [AfterStep]
    public void AfterStep() => recorder.Add("after step");

    [AfterScenario]
    public void After() => recorder.Add($"after ({scenario.TestError?.Message ?? "no error"})");

    [Given("a hooked step")]
    public void Step() => recorder.Add("step");

    [Given("a failing hooked step")]
    public void Failing() => throw new InvalidOperationException("boom");

    [Given("I attach evidence")]
    public void Attach()
    {
        output.WriteLine("log line");
        output.Attach("{\"value\": 41.2}", "application/vnd.esn.evidence+json", "kpi.json");
        output.Attach([1, 2, 3], "application/octet-stream");
    }
}
