using EsnHarness.Bdd;
using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Steps.Drivers;

namespace EsnHarness.Steps.Internal;

/// <summary>
/// One terminal's Observe stream pumped into its event log until the scenario stops it. A stream that ends or fails
/// while the scenario runs ends the log with the reason, so waits on it fail at once saying why.
/// </summary>
internal sealed class ObservedTerminal
{
    private ObservedTerminal(CastMember member, EventLog<DeviceEvent> log)
    {
        Member = member;
        Log = log;
    }

    public CastMember Member { get; }

    public EventLog<DeviceEvent> Log { get; }

    private Task Pump { get; set; } = Task.CompletedTask;

    public static ObservedTerminal Start(DeviceService.DeviceServiceClient devices, CastMember member, DeviceEventText text, IOutputHelper output,
        Action<CallInfo?> callSeen, CancellationToken stop)
    {
        var file = new string(member.Name.Value.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray());
        var log = new EventLog<DeviceEvent>($"{member.Name.Value}'s terminal", text.Describe, e => e.ToString(),
            json => output.Attach(json, "application/json", $"{file}-events.json"));
        var observed = new ObservedTerminal(member, log);
        observed.Pump = Task.Run(() => observed.PumpAsync(devices, callSeen, stop), CancellationToken.None);
        return observed;
    }

    /// <summary>Waits for the pump to stop after the scenario cancelled it; false if it did not within <paramref name="within"/>.</summary>
    public async Task<bool> StoppedAsync(TimeSpan within)
    {
        try
        {
            await Pump.WaitAsync(within);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private Task PumpAsync(DeviceService.DeviceServiceClient devices, Action<CallInfo?> callSeen, CancellationToken stop) =>
        StreamPump.RunAsync(ct => devices.Observe(new ObserveRequest { DeviceId = Member.DeviceId }, cancellationToken: ct), Log, "the terminal's event stream",
            "the terminal's event stream ended (powered off, or the device service closed it)", stop, e => callSeen(e.Call?.Call));
}
