using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Internal.Grpc;

namespace EsnHarness.Simulators.Internal.Mcx.Recording;

/// <summary>
/// How long each service keeps its records, and the recorder's retention clock (the service clock plus the time passed
/// with PassRetentionTime). LFB keeps main-scheme radio traffic at least 5 years (ESN-DOMAIN §2); MPS and LAS keep 7 years,
/// a London assumption the policy replaces. Guarded by the recorder's lock.
/// </summary>
internal sealed class RetentionPolicies(TimeProvider time, DefectSet defects)
{
    private readonly SortedDictionary<Agency, uint> _years = new()
    {
        [Agency.Mps] = 7,
        [Agency.Lfb] = 5,
        [Agency.Las] = 7,
    };

    private TimeSpan _passed;

    /// <summary>The recorder's clock for retention.</summary>
    public DateTimeOffset Now => time.GetUtcNow() + _passed;

    public RetentionPolicy Set(RetentionPolicy? policy)
    {
        if (policy is null)
        {
            throw Errors.Invalid(Errors.Required("policy"));
        }

        if (policy.Agency == Agency.Unspecified || !System.Enum.IsDefined(policy.Agency))
        {
            throw Errors.Invalid($"field 'policy.agency' must name a service, got {policy.Agency}");
        }

        if (policy.Years is < 1 or > 100)
        {
            throw Errors.Invalid($"field 'policy.years' must be 1..100, got {policy.Years}");
        }

        _years[policy.Agency] = policy.Years;
        return policy.Clone();
    }

    public IEnumerable<RetentionPolicy> All => _years.Select(kv => new RetentionPolicy { Agency = kv.Key, Years = kv.Value });

    /// <summary>Moves the retention clock on by calendar years, then days.</summary>
    public DateTimeOffset Pass(uint years, uint days)
    {
        if (years > 100 || days > 36_600)
        {
            throw Errors.Invalid($"fields 'years' (0..100) and 'days' (0..36,600) out of range: {years} years, {days} days");
        }

        var now = Now;
        _passed += now.AddYears((int)years).AddDays(days) - now;
        return Now;
    }

    /// <summary>When a record of <paramref name="agency"/> ended at <paramref name="ended"/> may be deleted: the agency's period
    /// (a multi-agency record: the longest any agency has).</summary>
    public DateTimeOffset RetainUntil(Agency agency, DateTimeOffset ended)
    {
        var years = defects.Has(ControlRoomDefects.RetentionShortestPeriod) ? _years.Values.Min()
            : _years.TryGetValue(agency, out var own) ? own
            : _years.Values.Max();
        return ended.AddYears((int)years);
    }

    /// <summary>Whether a record whose retention ends at <paramref name="retainUntil"/> has expired by the retention clock.</summary>
    public bool Expired(DateTimeOffset retainUntil) => !defects.Has(ControlRoomDefects.RetentionIgnored) && retainUntil <= Now;
}
