using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;
using EsnHarness.Targets;
using Grpc.Core;

namespace EsnHarness.Steps.Drivers;

/// <summary>What the scenario does to terminals' location reporting.</summary>
public sealed partial class Locations
{
    /// <summary>Sets the user's terminal to report every <paramref name="period"/> or <paramref name="metres"/>, whichever first (cell change and events too).</summary>
    public async Task SetPolicyAsync(UserName user, TimeSpan period, double metres)
    {
        await MarkAsync(user);
        var member = _cast.Get(user);
        await Rpc.CallAsync(() => _devices.SetLocationReportingAsync(new SetLocationReportingRequest
        {
            DeviceId = member.DeviceId,
            Policy = new LocationReportingPolicy
            {
                PeriodMs = (uint)period.TotalMilliseconds,
                DistanceM = metres,
                OnCellChange = true,
                OnLogOn = true,
                OnEmergencyAlert = true,
                OnEmergencyCall = true,
            },
        }).ResponseAsync, $"set {user}'s location reporting to every {period.TotalSeconds:0} s or {metres:0} m");
    }

    /// <summary>
    /// Lets the time pass for the user's terminal: through PassTime where the terminal supports it (no real wait), else
    /// (UNIMPLEMENTED, e.g. a supplier's real terminal) by waiting for it in real time.
    /// </summary>
    public async Task PassTimeAsync(UserName user, TimeSpan duration)
    {
        await MarkAsync(user);
        var member = _cast.Get(user);
        try
        {
            var passed = await _devices.PassTimeAsync(new PassTimeRequest { DeviceId = member.DeviceId, DurationMs = (uint)duration.TotalMilliseconds });
            _passed.AddOrUpdate(member.McpttId, _ => [(passed.PassedAt.ToDateTimeOffset(), duration)], (_, list) => [.. list, (passed.PassedAt.ToDateTimeOffset(), duration)]);
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.Unimplemented)
        {
            await Task.Delay(duration, _time); // allowed: the requirement's own time span, on a terminal that cannot skip it
        }
        catch (RpcException e) when (e is not EndpointUnreachableException)
        {
            throw new EsnRefusedException($"let {duration.TotalSeconds:0} s pass for {user}", e.StatusCode.ToString(), e.Status.Detail);
        }
    }

    /// <summary>Moves the user's terminal <paramref name="metres"/> east of where it is, within its cell.</summary>
    public async Task MoveByAsync(UserName user, double metres)
    {
        await MarkAsync(user);
        var member = _cast.Get(user);
        await Rpc.CallAsync(() => _devices.MoveByAsync(new MoveByRequest { DeviceId = member.DeviceId, DistanceM = metres, BearingDeg = 90 }).ResponseAsync,
            $"move {user} {metres:0} m");
    }

    /// <summary>Later expectations about the user's reports look only at reports the service receives from now on.</summary>
    public async Task MarkAsync(UserName user)
    {
        var id = _cast.Get(user).McpttId;
        var record = await Rpc.CallAsync(() => _mcx.GetLocationAsync(new GetLocationRequest { McpttId = id }).ResponseAsync, $"read {user}'s last location");
        _marks[id] = record.ReportCount;
    }
}
