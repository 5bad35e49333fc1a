using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>A dispatcher acknowledging emergency alerts, and who sees it.</summary>
public sealed partial class Terminals
{
    /// <summary>The dispatcher acknowledges <paramref name="target"/>'s active emergency alert.</summary>
    public async Task AcknowledgeEmergencyAsync(UserName dispatcher, UserName target)
    {
        MarkAction();
        var by = cast.Get(dispatcher);
        var whose = cast.Get(target);
        await Call(() => _mcx.AcknowledgeEmergencyAlertAsync(new AcknowledgeEmergencyAlertRequest { McpttId = by.McpttId, TargetMcpttId = whose.McpttId }).ResponseAsync,
            $"acknowledge {target}'s emergency as {dispatcher}");
    }

    /// <summary>Waits until the user's terminal shows their own alert acknowledged; returns who acknowledged it.</summary>
    public async Task<string> ExpectAcknowledgedAsync(UserName name)
    {
        var member = cast.Get(name);
        var e = await Log(member).WaitAsync(e => e.EmergencyAlert is { Alert: { Acknowledged: true } a } && a.McpttId == member.McpttId, 0, session.Timeout,
            $"{name}'s terminal to show their emergency acknowledged");
        return cast.Describe(e.EmergencyAlert.Alert.AcknowledgedBy);
    }

    /// <summary>The user's active emergency alert as the MCX service holds it (on the group their terminal raised it on).</summary>
    /// <exception cref="ExpectationFailedException">The user raised no alert in this scenario, or it is no longer active.</exception>
    public async Task<EmergencyAlert> ActiveAlertOfAsync(UserName name)
    {
        var member = cast.Get(name);
        var raised = Log(member).Last(e => e.EmergencyAlert is { Alert.Cancelled: false } a && a.Alert.McpttId == member.McpttId)
            ?? throw new ExpectationFailedException($"{name}'s terminal shows no emergency alert of theirs in this scenario.");
        var group = raised.EmergencyAlert.Alert.GroupId;
        var state = await Call(() => _mcx.GetEmergencyStateAsync(new GetEmergencyStateRequest { GroupId = group }).ResponseAsync, $"read the emergency state of \"{group}\"");
        return state.Alerts.FirstOrDefault(a => a.McpttId == member.McpttId && !a.Cancelled)
            ?? throw new ExpectationFailedException($"{name}'s emergency alert on \"{group}\" is no longer active.");
    }
}
