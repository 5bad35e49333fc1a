namespace EsnHarness.Bdd;

/// <summary>Base of the hook attributes. <see cref="Order"/> sorts hooks ascending (After hooks too, as Reqnroll does);
/// <see cref="Tags"/> is a Cucumber tag expression that limits a scenario, feature or step hook to matching pickles.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
public abstract class HookAttribute(string? tags) : Attribute
{
    /// <summary>Cucumber tag expression such as <c>@smoke and not @slow</c>; null runs for every pickle.</summary>
    public string? Tags { get; } = tags;

    /// <summary>Lower runs first. Default 10000 as in Reqnroll.</summary>
    public int Order { get; set; } = 10000;

    /// <summary>Optional name shown in reports.</summary>
    public string? Name { get; set; }
}
