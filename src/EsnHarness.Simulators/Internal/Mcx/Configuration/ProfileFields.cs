using EsnHarness.Contracts.Mcx.V1;

namespace EsnHarness.Simulators.Internal.Mcx.Configuration;

/// <summary>The profile fields a CMS document carries: their values, and their names (a field mask) so that only they change.</summary>
internal sealed record ProfileFields(UserProfile Values, IReadOnlyList<string> Paths)
{
    /// <summary>Both documents' fields together (the MCData profile's after the MCPTT profile's).</summary>
    public ProfileFields With(ProfileFields? other)
    {
        if (other is null)
        {
            return this;
        }

        var values = Values.Clone();
        var paths = Paths.ToList();
        foreach (var path in other.Paths)
        {
            var field = UserProfile.Descriptor.FindFieldByName(path);
            field.Accessor.SetValue(values, field.Accessor.GetValue(other.Values));
            if (!paths.Contains(path))
            {
                paths.Add(path);
            }
        }

        return new ProfileFields(values, paths);
    }
}
