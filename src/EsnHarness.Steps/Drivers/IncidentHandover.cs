namespace EsnHarness.Steps.Drivers;

/// <summary>An incident one control room hands to another: its reference and the fields of the structured SDS.</summary>
/// <param name="Reference">The incident reference in the sending service's CAD, e.g. "CAD-4471".</param>
/// <param name="From">The control room handing it over.</param>
/// <param name="Fields">Field name to value, in the order written.</param>
public sealed record IncidentHandover(string Reference, string From, IReadOnlyList<KeyValuePair<string, string>> Fields)
{
    /// <summary>The SDS's application ID (a London assumption: no standard names it).</summary>
    public const string ApplicationId = "incident-handover";

    /// <summary>The payload: one "name: value" line per field, the reference and the sender first.</summary>
    public string Payload() =>
        string.Join('\n', new[] { new KeyValuePair<string, string>("incident", Reference), new("from", From) }.Concat(Fields).Select(f => $"{f.Key}: {f.Value}"));

    /// <summary>Reads a payload back; null when it is not a handover.</summary>
    public static IncidentHandover? Parse(string payload)
    {
        var fields = payload.Split('\n').Select(l => l.Split(": ", 2)).Where(p => p.Length == 2).Select(p => new KeyValuePair<string, string>(p[0], p[1])).ToList();
        var reference = fields.FirstOrDefault(f => f.Key == "incident").Value;
        var from = fields.FirstOrDefault(f => f.Key == "from").Value;
        return reference is null || from is null ? null : new IncidentHandover(reference, from, [.. fields.Where(f => f.Key is not ("incident" or "from"))]);
    }
}
