namespace EsnHarness.Bdd.Tests.Bindings;

/// <summary>Custom parameter types whose regexps are the same (a quoted name), as a step library of people and teams has.</summary>
[Binding]
public sealed class PeopleBindings
{
    private const string Quoted = "\"[^\"]+\"";

    [StepArgumentTransformation(Quoted, Name = "person")]
    public static Person ToPerson(string text) => new(text.Trim('"'));

    [StepArgumentTransformation(Quoted + "(?:(?:, | and )" + Quoted + ")*", Name = "people")]
    public static IReadOnlyList<Person> ToPeople(string text) => text.Split('"').Where((_, i) => i % 2 == 1).Select(n => new Person(n)).ToArray();

    [StepArgumentTransformation(Quoted, Name = "team")]
    public static Team ToTeam(string text) => new(text.Trim('"'));

    [Given("{person} is registered", Example = "Given \"PC Patel\" is registered")]
    public static void Registered(Person person) => ArgumentNullException.ThrowIfNull(person);

    [Given("{person} joins {team}", Example = "Given \"PC Patel\" joins \"Blue Watch\"")]
    public static void Joins(Person person, Team team) => ArgumentNullException.ThrowIfNull(team);

    [Then("the log mentions {string}", Example = "Then the log mentions \"Blue Watch\"")]
    public static void Mentions(string text) => ArgumentNullException.ThrowIfNull(text);

    [When("{person} presses the emergency button")]
    public static void Emergency(Person person) => ArgumentNullException.ThrowIfNull(person);
}
