namespace EsnHarness.WebConsole.Internal.State;

/// <summary>
/// An incident handed from one control room to another over ESN (London's shared space, no CAD-to-CAD link): a binary SDS for the
/// application "incident-handover" whose payload is one "field: value" line per field, the incident reference ("incident") and
/// the sending control room ("from") first. The layout is a London assumption, the one the catalogue's steps send and read.
/// </summary>
internal sealed record Handover(string Incident, string FromRoom, IReadOnlyList<KeyValuePair<string, string>> Fields)
{
    public const string ApplicationId = "incident-handover";

    private const string IncidentField = "incident";
    private const string FromField = "from";

    public string Payload() =>
        string.Join('\n', new[] { new KeyValuePair<string, string>(IncidentField, Incident), new(FromField, FromRoom) }.Concat(Fields).Select(f => $"{f.Key}: {f.Value}"));

    /// <summary>The handover the dispatcher typed: the reference, and the details as one "field: value" line per field.</summary>
    /// <exception cref="ArgumentException">No reference, no field, or a line that is not "field: value" (named by its number).</exception>
    public static Handover Compose(string incident, string fromRoom, string details)
    {
        var fields = new List<KeyValuePair<string, string>>();
        var lines = details.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            var parts = lines[i].Split(':', 2);
            if (parts.Length < 2 || parts[0].Trim().Length == 0 || parts[1].Trim().Length == 0)
            {
                throw new ArgumentException($"handover details line {i + 1} '{lines[i].Trim()}' is not 'field: value'");
            }

            var name = parts[0].Trim();
            if (name is IncidentField or FromField)
            {
                throw new ArgumentException($"handover details line {i + 1}: '{name}' is set by the console (the reference and the sending control room)");
            }

            fields.Add(new(name, parts[1].Trim()));
        }

        return fields.Count == 0
            ? throw new ArgumentException("field 'details' needs at least one 'field: value' line")
            : new Handover(incident.Trim(), fromRoom, fields);
    }

    /// <summary>Reads a received payload; null when it is not a handover (no reference or no sending control room).</summary>
    public static Handover? Parse(string payload)
    {
        var fields = payload.Split('\n').Select(l => l.Split(": ", 2)).Where(p => p.Length == 2).Select(p => new KeyValuePair<string, string>(p[0], p[1])).ToList();
        var incident = fields.FirstOrDefault(f => f.Key == IncidentField).Value;
        var from = fields.FirstOrDefault(f => f.Key == FromField).Value;
        return incident is null || from is null ? null : new Handover(incident, from, [.. fields.Where(f => f.Key is not (IncidentField or FromField))]);
    }
}
