using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>Scenario-scoped reader of the MCX location service (what a control room's AVL view is fed from).</summary>
public sealed class Locations(EsnSession session, Cast cast)
{
    private readonly McxService.McxServiceClient _mcx = new(session.Invoker(EsnRole.Mcx));
    private readonly TimeProvider _time = session.Target.Clock;

    /// <summary>The user's last report: position, trigger and the delay from measurement to receipt.</summary>
    /// <exception cref="ExpectationFailedException">The service holds no report from the user.</exception>
    public async Task<LocationReport> LastAsync(UserName user)
    {
        var record = await _mcx.GetLocationAsync(new GetLocationRequest { McpttId = cast.Get(user).McpttId });
        if (record.Location is null)
        {
            throw new ExpectationFailedException($"The MCX location service holds no report from {user}.");
        }

        var measured = record.Location.MeasuredAt?.ToDateTime() ?? record.ReceivedAt.ToDateTime();
        return new LocationReport(new Position(record.Location.LatitudeDeg, record.Location.LongitudeDeg, record.Location.AltitudeM),
            record.Trigger, record.ReceivedAt.ToDateTime() - measured);
    }

    /// <summary>How old the user's last reported position is now.</summary>
    public async Task<TimeSpan> AgeAsync(UserName user)
    {
        var record = await _mcx.GetLocationAsync(new GetLocationRequest { McpttId = cast.Get(user).McpttId });
        var measured = record.Location?.MeasuredAt?.ToDateTime() ?? throw new ExpectationFailedException($"The MCX location service holds no report from {user}.");
        return _time.GetUtcNow().UtcDateTime - measured;
    }
}
