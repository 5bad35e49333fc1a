using EsnHarness.WebConsole.Internal.Mcx;
using static EsnHarness.WebConsole.Internal.State.ConsoleSnapshot;

namespace EsnHarness.WebConsole.Internal.State;

/// <summary>Turns the model into what the screen shows, naming users through the directory. Called under the state's lock.</summary>
internal static class SnapshotBuilder
{
    public static ConsoleSnapshot Build(ConsoleModel m, UserDirectory directory)
    {
        var me = m.Me;
        var groups = m.Groups.Select(t => new GroupView(
            t.GroupId,
            t.CallId,
            t.TalkerId is null ? null : Talker(directory, t.TalkerId, t.TalkerAlias),
            t.TalkerId == me.McpttId,
            t.Floor.State,
            t.Floor.Detail,
            t.EmergencyCall,
            m.PartnerOf(t.GroupId),
            Audio(directory, t.Audio))).ToList();
        var alerts = m.Alerts.Values.OrderBy(a => a.RaisedAt.ToDateTimeOffset()).Select(a => new AlertView(
            Talker(directory, a.McpttId, a.FunctionalAlias),
            a.GroupId,
            a.RaisedAt.ToDateTimeOffset(),
            a.Acknowledged,
            a.Acknowledged ? directory.Card(a.AcknowledgedBy) : null,
            a.Location?.LatitudeDeg,
            a.Location?.LongitudeDeg)).ToList();
        var cancelled = m.CancelledAlerts.Values.OrderBy(a => a.RaisedAt.ToDateTimeOffset()).Select(a => new CancelledView(
            Talker(directory, a.McpttId, a.FunctionalAlias), a.GroupId, a.CancelledBy.Length > 0 ? directory.Card(a.CancelledBy) : null)).ToList();
        var messages = m.Messages.Select(x => new MessageView(
            x.Id, x.At, x.Outgoing, directory.Card(x.FromId), m.Tile(x.To) is null ? directory.Card(x.To).Name : x.To, x.Text, x.Status, x.Dispositions.Select(d => $"{d.Status} {(d.Status == "read" ? "by" : "to")} {directory.Card(d.RecipientId).Name}").ToList())).ToList();
        var handovers = m.Messages.Where(x => !x.Outgoing && x.Handover is not null).Select(x => new HandoverView(
            x.Id, x.At, x.Handover!.Incident, x.Handover.FromRoom, directory.Card(x.FromId), x.Handover.Fields.Select(f => new FieldView(f.Key, f.Value)).ToList(), x.Read)).ToList();
        var calls = m.Calls.Values.Select(c => new CallView(
            c.CallId, directory.Card(c.PeerId), c.State, c.Listening, c.TalkerId is null ? null : directory.Card(c.TalkerId), c.TalkerId == me.McpttId, c.Floor.State, c.Floor.Detail, Audio(directory, c.Audio))).ToList();
        var units = m.Units.Values.Where(u => u.Location is not null).OrderBy(u => u.McpttId, StringComparer.Ordinal).Select(u => new UnitView(
            directory.Card(u.McpttId), u.Location.LatitudeDeg, u.Location.LongitudeDeg, u.ReceivedAt.ToDateTimeOffset(), u.Trigger)).ToList();
        var patches = m.Patches.Values.Select(p => new PatchView(p.PatchId, p.GroupIds.ToList(), directory.Card(p.CreatedBy))).ToList();
        var places = m.Places.Where(p => p.Location is not null).Select(p => new PlaceView(p.Name, p.Location.LatitudeDeg, p.Location.LongitudeDeg)).ToList();
        return new ConsoleSnapshot(
            m.Version,
            new MeView(me.McpttId, me.DisplayName.Length > 0 ? me.DisplayName : me.McpttId, me.Agency, me.ControlRoom),
            m.Connection,
            m.ConnectionDetail,
            m.Notice,
            groups,
            alerts,
            cancelled,
            messages,
            handovers,
            calls,
            units,
            patches,
            places);
    }

    private static AudioView? Audio(UserDirectory directory, AudioMeter? meter) =>
        meter is null ? null : new AudioView(directory.Card(meter.SenderId), meter.Outgoing, meter.Live, meter.Frames);

    /// <summary>The user as the directory names them, with the functional alias the event carried (the one in force now).</summary>
    private static UserCard Talker(UserDirectory directory, string mcpttId, string alias)
    {
        var card = directory.Card(mcpttId);
        return alias.Length > 0 ? card with { Alias = alias } : card;
    }
}
