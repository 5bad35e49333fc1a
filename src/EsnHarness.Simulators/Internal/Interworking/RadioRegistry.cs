using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Interworking.V1;
using EsnHarness.Simulators.Internal.Grpc;

namespace EsnHarness.Simulators.Internal.Interworking;

/// <summary>The simulated TETRA radios of one namespace and what the TETRA side delivers to them (one radio, or a talkgroup).</summary>
internal sealed class RadioRegistry(string ns)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, TetraRadio> _radios = new(StringComparer.Ordinal);

    public TetraRadio Register(string issi, string talkgroup, Agency agency)
    {
        InterworkingWorld.RequireIssi(issi, "issi");
        if (string.IsNullOrWhiteSpace(talkgroup))
        {
            throw Errors.Invalid(Errors.Required("talkgroup"));
        }

        var radio = new TetraRadio(issi, talkgroup, agency);
        lock (_gate)
        {
            _radios[issi] = radio;
        }

        return radio;
    }

    public TetraRadio Require(string issi)
    {
        lock (_gate)
        {
            return _radios.TryGetValue(issi, out var radio)
                ? radio
                : throw Errors.NotFound($"issi '{issi}' is not a registered radio in namespace '{ns}': call RegisterRadio first");
        }
    }

    public IReadOnlyList<TetraRadio> OnTalkgroup(string talkgroup)
    {
        lock (_gate)
        {
            return [.. _radios.Values.Where(r => r.Talkgroup == talkgroup)];
        }
    }

    /// <summary>Sends the event to every radio on the talkgroup but <paramref name="except"/>; returns how many got it.</summary>
    public int ToTalkgroup(string talkgroup, RadioEvent e, string? except)
    {
        var radios = OnTalkgroup(talkgroup).Where(r => r.Issi != except).ToList();
        foreach (var r in radios)
        {
            r.Send(e.Clone());
        }

        return radios.Count;
    }

    public void ToRadio(string? issi, RadioEvent e)
    {
        if (issi is null)
        {
            return;
        }

        lock (_gate)
        {
            if (_radios.TryGetValue(issi, out var radio))
            {
                radio.Send(e);
            }
        }
    }
}
