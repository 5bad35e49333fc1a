using System.Globalization;
using EsnHarness.Bdd;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Kpi;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Bindings;

/// <summary>Vehicle and crew status messages per agency status table, to the control room.</summary>
[Binding]
public sealed class StatusSteps(Messaging messaging, Lanes lanes, StatusTables tables, Cast cast, CadGateway cad, Interworking interworking, KpiRecorder kpi, IOutputHelper output)
{
    /// <summary>Defines an agency's status table.</summary>
    [Given("the {agency} status table:", Description = "The agency's status codes (columns code, status; codes 32768 to 65535).",
        Example = "Given the LAS status table:\n  | code | status |\n  | 32770 | At scene |")]
    public void Table(Agency agency, DataTable table) =>
        tables.Define(agency, table.Rows.Select(r => (SetupSteps.Cell(r, "status"), uint.Parse(SetupSteps.Cell(r, "code"), CultureInfo.InvariantCulture))));

    /// <summary>Sends one status to the user's control room.</summary>
    [When("{user} sends status {string}", Description = "The crew sends a status: to the CAD gateway of the agency whose CAD dispatched them (with that agency's table); otherwise to a dispatcher of their own agency in the scenario, or else to their own agency's CAD gateway. From an Airwave radio: a TETRA user-defined status to its talkgroup, through the bridge.",
        Example = "When \"Crew RRU43\" sends status \"At scene\"")]
    public async Task Send(UserName user, string status)
    {
        var member = cast.Get(user);
        if (member.Kind == MemberKind.AirwaveRadio)
        {
            await interworking.SendStatusAsync(user, tables.Code(member.Agency, status));
        }
        else if (cad.DispatchingAgency(user) is { } dispatcher)
        {
            await messaging.SendStatusAsync(user, tables.Code(dispatcher, status), await cad.GatewayForAsync(dispatcher, user));
        }
        else if (Console(member.Agency) is { } console)
        {
            await messaging.SendStatusAsync(user, tables.Code(member.Agency, status), console);
        }
        else
        {
            await messaging.SendStatusAsync(user, tables.Code(member.Agency, status), await cad.GatewayForAsync(member.Agency, user));
        }
    }

    /// <summary>Sends several statuses in order.</summary>
    [When("{user} sends the statuses {users}", Description = "The crew sends the statuses one after another (names in quotes).",
        Example = "When \"Crew RRU43\" sends the statuses \"Mobile to incident\", \"At scene\" and \"Clear\"")]
    public async Task SendMany(UserName user, IReadOnlyList<UserName> statuses)
    {
        foreach (var status in statuses)
        {
            await Send(user, status.Value);
        }
    }

    /// <summary>Sends many statuses.</summary>
    [When("{user} sends {int} status messages",
        Description = "The crew sends that many status messages to their control room, cycling through the codes; from 100 on, up to 10 parallel lanes of at least 50 messages (copies of the crew and the console at the same places, with the same link faults) each send a block in order.",
        Example = "When \"Crew A241\" sends 1000 status messages")]
    public async Task SendCount(UserName user, int count)
    {
        if (Console(cast.Get(user).Agency) is not { } console)
        {
            for (var i = 0; i < count; i++)
            {
                await messaging.SendStatusAsync(user, Code(i)); // no console: to the crew's selected group
            }

            return;
        }

        var stream = await lanes.OpenMessageLanesAsync(user, console, count);
        await Task.WhenAll(stream.Select(async lane =>
        {
            for (var i = lane.First - 1; i < lane.First - 1 + lane.Count; i++)
            {
                await messaging.SendStatusAsync(lane.Sender, Code(i), lane.Recipient);
            }
        }));
        if (stream.Count > 1)
        {
            output.WriteLine($"{count} statuses sent over {stream.Count} parallel lanes: {string.Join("; ", stream.Select(l => $"{l.Sender} to {l.Recipient}, {l.First} to {l.First + l.Count - 1}"))}.");
        }
    }

    /// <summary>The control room receives a status.</summary>
    [Then("{controlRoom} receives status {string} from {user}", Description = "A dispatcher console of the control room receives the status from the crew.",
        Example = "Then LAS EOC receives status \"At scene\" from \"Crew RRU43\"")]
    public async Task Receives(ControlRoom room, string status, UserName user)
    {
        var code = tables.Code(cast.Get(user).Agency, status);
        await messaging.ExpectStatusAsync(cast.Consoles(room)[0].Name, user, code, 1);
    }

    /// <summary>Statuses in order, each once.</summary>
    [Then("{controlRoom} receives the statuses {users} from {user} in order, each once", Description = "The console receives exactly these statuses from the crew, in this order.",
        Example = "Then LAS EOC receives the statuses \"At scene\" and \"Clear\" from \"Crew RRU43\" in order, each once")]
    public async Task ReceivesInOrder(ControlRoom room, IReadOnlyList<UserName> statuses, UserName user)
    {
        var agency = cast.Get(user).Agency;
        var codes = statuses.Select(s => tables.Code(agency, s.Value)).ToArray();
        await messaging.ExpectStatusSequenceAsync(cast.Consoles(room)[0].Name, user, codes);
    }

    /// <summary>Many statuses exactly once and in order.</summary>
    [Then("{controlRoom} receives all {int} statuses from {user} exactly once and in order", Description = "Every status sent arrives once, in order; the count received so is attached as evidence.",
        Example = "Then LFB Control receives all 1000 statuses from \"Crew A241\" exactly once and in order")]
    public async Task ReceivesAll(ControlRoom room, int count, UserName user)
    {
        var stream = lanes.MessageLanesTo(cast.Consoles(room)[0].Name, user, count);
        if (stream.Sum(l => l.Count) != count || stream[0].Sender != user)
        {
            throw new ExpectationFailedException($"{user} sent {stream.Sum(l => l.Count)} statuses to {room} in this scenario, not {count}.");
        }

        await Task.WhenAll(stream.Select(l => messaging.ExpectStatusSequenceAsync(l.Recipient, l.Sender, Enumerable.Range(l.First - 1, l.Count).Select(Code).ToArray())));
        kpi.AssertValue(Metric.Single("Statuses received exactly once and in order") with { Unit = "statuses" }, stream.Sum(l => l.Count), count, Comparison.AtLeast);
    }

    private static uint Code(int i) => (uint)(32768 + (i % 32768));

    private UserName? Console(Agency agency) =>
        cast.Members.FirstOrDefault(m => m.Kind == MemberKind.Console && m.ControlRoom is not null && m.Agency == agency)?.Name;
}
