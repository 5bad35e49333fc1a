using System.Globalization;
using EsnHarness.Bdd;
using EsnHarness.Steps.Kpi;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Bindings;

/// <summary>
/// The parameter types of the step vocabulary: <c>{agency}</c>, <c>{controlRoom}</c>, <c>{user}</c>, <c>{users}</c>,
/// <c>{group}</c>, <c>{groups}</c>, <c>{place}</c>, <c>{floorCause}</c>, <c>{percentile}</c>, <c>{metric}</c>, <c>{disposition}</c>.
/// Names of people, groups and places are written in double quotes.
/// </summary>
[Binding]
public sealed class ParameterTypes
{
    private const string Quoted = "\"[^\"]+\"";

    /// <summary>{agency}: MPS, LFB, LAS, BTP or COLP.</summary>
    [StepArgumentTransformation(AgencyNames.Pattern, Name = "agency")]
    public Agency ToAgency(string text) => AgencyNames.Parse(text);

    /// <summary>{controlRoom}: MetCC, LFB Control or LAS EOC.</summary>
    [StepArgumentTransformation("MetCC|LFB Control|LAS EOC", Name = "controlRoom")]
    public ControlRoom ToControlRoom(string text) => ControlRoom.Parse(text);

    /// <summary>{user}: a person in quotes, e.g. "PC Patel".</summary>
    [StepArgumentTransformation(Quoted, Name = "user")]
    public UserName ToUser(string text) => new(Unquote(text));

    /// <summary>{users}: people in quotes separated by commas and "and".</summary>
    [StepArgumentTransformation(Quoted + "(?:(?:, | and )" + Quoted + ")*", Name = "users")]
    public IReadOnlyList<UserName> ToUsers(string text) => SplitQuoted(text).Select(s => new UserName(s)).ToArray();

    /// <summary>{group}: a talkgroup in quotes, e.g. "FLON-OPS01".</summary>
    [StepArgumentTransformation(Quoted, Name = "group")]
    public GroupName ToGroup(string text) => new(Unquote(text));

    /// <summary>{groups}: talkgroups in quotes separated by commas and "and".</summary>
    [StepArgumentTransformation(Quoted + "(?:(?:, | and )" + Quoted + ")*", Name = "groups")]
    public IReadOnlyList<GroupName> ToGroups(string text) => SplitQuoted(text).Select(s => new GroupName(s)).ToArray();

    /// <summary>{place}: a London place in quotes, e.g. "King's Cross St Pancras".</summary>
    [StepArgumentTransformation(Quoted, Name = "place")]
    public PlaceName ToPlace(string text) => new(Unquote(text));

    /// <summary>{floorCause}: a TS 24.380 cause number, optionally with its meaning: 4 (media burst pre-empted).</summary>
    [StepArgumentTransformation(@"\d+(?: \([^)]*\))?", Name = "floorCause")]
    public FloorCauseCode ToFloorCause(string text) => FloorCauseCode.Parse(text);

    /// <summary>{percentile}: 95th, 99th...</summary>
    [StepArgumentTransformation(@"\d+(?:\.\d+)?(?:st|nd|rd|th)", Name = "percentile")]
    public double ToPercentile(string text) => double.Parse(text[..^2], CultureInfo.InvariantCulture);

    /// <summary>{metric}: a measured quantity, e.g. access time, mouth-to-ear latency.</summary>
    [StepArgumentTransformation("access time|end-to-end access time|mouth-to-ear latency|late entry time|SDS delivery time|interworking added latency|group call set-ups", Name = "metric")]
    public Metric ToMetric(string text) => Metric.Parse(text);

    /// <summary>{disposition}: delivered, read, or delivered and read.</summary>
    [StepArgumentTransformation("delivered and read|delivered|read", Name = "disposition")]
    public Disposition ToDisposition(string text) => text switch
    {
        "delivered and read" => Disposition.Delivered | Disposition.Read,
        "read" => Disposition.Read,
        _ => Disposition.Delivered,
    };

    internal static string Unquote(string text) => text.Trim().Trim('"');

    internal static IEnumerable<string> SplitQuoted(string text) =>
        text.Split('"').Where((_, i) => i % 2 == 1);
}
