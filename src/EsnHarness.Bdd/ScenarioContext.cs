namespace EsnHarness.Bdd;

/// <summary>Injectable description of the running scenario (one pickle, one attempt).</summary>
public sealed class ScenarioContext
{
    /// <summary>Creates a context; the runner does this for every scenario attempt (tests of step classes may too).</summary>
    public ScenarioContext(string name, IReadOnlyList<string> tags, IReadOnlyDictionary<string, string> exampleValues, string featureName, string uri, int attempt)
    {
        Name = name;
        Tags = tags;
        ExampleValues = exampleValues;
        FeatureName = featureName;
        Uri = uri;
        Attempt = attempt;
    }

    /// <summary>The pickle name (for outlines, with the placeholders replaced).</summary>
    public string Name { get; }

    /// <summary>Tags of the pickle, feature and rule tags included, with the leading <c>@</c>.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>Header to cell value of the example row this pickle came from; empty for a plain scenario.</summary>
    public IReadOnlyDictionary<string, string> ExampleValues { get; }

    /// <summary>The first error of the scenario so far (a failing step or hook), null while all is well.</summary>
    public Exception? TestError { get; internal set; }

    /// <summary>While AfterStep hooks run: the error of the step just run (null when it passed), so a hook can attach evidence of a failure to it.</summary>
    public Exception? StepError { get; internal set; }

    /// <summary>Name of the feature the scenario belongs to.</summary>
    public string FeatureName { get; }

    /// <summary>Feature file path relative to the run's base folder, with <c>/</c> separators.</summary>
    public string Uri { get; }

    /// <summary>0 for the first attempt, then 1, 2... when failed scenarios are retried.</summary>
    public int Attempt { get; }
}
