using EsnHarness.Bdd;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Bindings;

/// <summary>JESIP M/ETHANE reports from an incident commander to the control rooms, as structured MCData SDS.</summary>
[Binding]
public sealed class MethaneSteps(MethaneReports reports, Refusals refusals)
{
    /// <summary>METHANE.</summary>
    [When("{user} sends a METHANE report to {group}:",
        Description = "The commander's terminal sends a METHANE report (a major incident declared or on standby) as an SDS with a structured payload; table columns element, value; a refusal is kept for the next check.",
        Example = "When \"Station Manager Reyes\" sends a METHANE report to \"LDN-CONTROL-ROOMS\":\n  | element | value |\n  | major incident | declared |\n  | exact location | Victoria Embankment by Hungerford Bridge |")]
    public Task Methane(UserName user, GroupName group, DataTable table) => Send(user, group, table, MethaneKind.Methane);

    /// <summary>ETHANE.</summary>
    [When("{user} sends an ETHANE report to {group}:",
        Description = "As a METHANE report, below the major-incident threshold: no major incident element.",
        Example = "When \"Inspector Grant\" sends an ETHANE report to \"LDN-CONTROL-ROOMS\":\n  | element | value |\n  | exact location | Notting Hill, Ladbroke Grove by Lancaster Road |")]
    public Task Ethane(UserName user, GroupName group, DataTable table) => Send(user, group, table, MethaneKind.Ethane);

    /// <summary>Received intact.</summary>
    [Then("the {controlRoom} console receives the report from {user} with every element as sent within {int} ms",
        Description = "A console of the control room receives the commander's M/ETHANE report within the time, and every element is as sent (none dropped or changed).",
        Example = "Then the LAS EOC console receives the report from \"Station Manager Reyes\" with every element as sent within 5000 ms")]
    public Task ReceivedIntact(ControlRoom room, UserName user, int ms) => reports.ExpectReceivedIntactAsync(room, user, TimeSpan.FromMilliseconds(ms));

    /// <summary>Reached nobody.</summary>
    [Then("no control room receives a report from {user} within {int} ms",
        Description = "No console in the scenario receives an M/ETHANE report from the user within the time since it was sent.",
        Example = "Then no control room receives a report from \"Duty Officer Mensah\" within 1000 ms")]
    public Task NoneReceived(UserName user, int ms) => reports.ExpectNoneAsync(user, TimeSpan.FromMilliseconds(ms));

    private Task Send(UserName user, GroupName group, DataTable table, MethaneKind kind) =>
        refusals.AttemptAsync(() => reports.SendAsync(user, group, MethaneTable.Parse(table.Rows, kind, user.Value)));
}
