using System.Collections.Concurrent;
using EsnHarness.Bdd;
using EsnHarness.Contracts.Interworking.V1;
using EsnHarness.Steps.Internal;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>
/// Scenario-scoped: the Airwave side of the scenario. Each person's radio and each dispatcher's Airwave console is
/// registered on the interworking function's simulated TETRA network (esn.interworking.v1) and observed into an event
/// log; the identity table's answers are kept here too: the ESN identity each radio shows under, and the ISSI and name
/// an ESN user shows under on the radios. A person keeps their radio when they also log on to ESN (a migration wave).
/// Disposing it ends the terminals' streams.
/// </summary>
public sealed class AirwaveTerminals(EsnSession session, IOutputHelper output) : IAsyncDisposable
{
    private readonly InterworkingService.InterworkingServiceClient _client = new(session.Invoker(EsnRole.Interworking));
    private readonly ConcurrentDictionary<(string Name, bool Console), TetraTerminal> _terminals = new();
    private readonly ConcurrentDictionary<string, (EventLog<RadioEvent> Log, Task Pump)> _logs = new();
    private readonly ConcurrentDictionary<string, (string Issi, string Name)> _shownAs = new(StringComparer.OrdinalIgnoreCase);
    private readonly CancellationTokenSource _stop = new();

    /// <summary>Registers a radio (or an Airwave console) on the talkgroup and starts observing it.</summary>
    public async Task<TetraTerminal> RegisterAsync(UserName name, Agency agency, string talkgroup, string issi, bool console, string mcpttId)
    {
        var terminal = new TetraTerminal(name, agency, issi, talkgroup, console, mcpttId);
        var log = new EventLog<RadioEvent>(terminal.ToString(), Describe);

        // Register before observing: ObserveRadio on a radio that is not registered yet fails NOT_FOUND.
        await Rpc.CallAsync(() => _client.RegisterRadioAsync(new RegisterRadioRequest { Issi = issi, Talkgroup = talkgroup, Agency = agency }).ResponseAsync,
            $"register {terminal} on talkgroup '{talkgroup}'");
        var pump = Task.Run(() => PumpAsync(issi, log), CancellationToken.None);
        _logs[issi] = (log, pump);
        _terminals[(name.Value.ToUpperInvariant(), console)] = terminal;
        return terminal;
    }

    /// <summary>The person's Airwave radio.</summary>
    /// <exception cref="ArgumentException">They have none in this scenario.</exception>
    public TetraTerminal Radio(UserName name) => RadioOf(name)
        ?? throw new ArgumentException($"{name} has no Airwave radio in this scenario; add 'Given {name} of MPS uses an Airwave radio on talkgroup \"...\"'.");

    /// <summary>The person's Airwave radio, or null.</summary>
    public TetraTerminal? RadioOf(UserName name) => _terminals.GetValueOrDefault((name.Value.ToUpperInvariant(), false));

    /// <summary>The dispatcher's Airwave console.</summary>
    /// <exception cref="ArgumentException">They have none in this scenario.</exception>
    public TetraTerminal Console(UserName name) => _terminals.GetValueOrDefault((name.Value.ToUpperInvariant(), true))
        ?? throw new ArgumentException($"{name} has no Airwave console in this scenario; add 'Given {name} also has an Airwave console with ISSI \"...\" on talkgroup \"...\"'.");

    /// <summary>The TETRA terminal with that ISSI in this scenario, or null.</summary>
    public TetraTerminal? WithIssi(string issi) => _terminals.Values.FirstOrDefault(t => t.Issi == issi);

    /// <summary>Every radio (not console) on the talkgroup.</summary>
    public IReadOnlyList<TetraTerminal> RadiosOn(string talkgroup) =>
        [.. _terminals.Values.Where(t => !t.IsConsole && string.Equals(t.Talkgroup, talkgroup, StringComparison.OrdinalIgnoreCase)).OrderBy(t => t.Name.Value, StringComparer.Ordinal)];

    /// <summary>The radio now shows on ESN under <paramref name="mcpttId"/> (the identity table maps its ISSI).</summary>
    public TetraTerminal Remap(TetraTerminal radio, string mcpttId)
    {
        var mapped = radio with { McpttId = mcpttId };
        _terminals[(radio.Name.Value.ToUpperInvariant(), radio.IsConsole)] = mapped;
        return mapped;
    }

    /// <summary>The ESN user shows on the radios as <paramref name="issi"/> named <paramref name="displayName"/> (the identity table maps their MCPTT ID).</summary>
    public void ShowsAs(UserName name, string issi, string displayName) => _shownAs[name.Value] = (issi, displayName);

    /// <summary>How a person on ESN shows on the radios: their mapped ISSI and name, else their MCPTT ID and no name.</summary>
    public (string Id, string Name) TetraIdentityOf(CastMember member) =>
        _shownAs.TryGetValue(member.Name.Value, out var shown) ? shown : (member.McpttId, "");

    /// <summary>The terminal's event log.</summary>
    internal EventLog<RadioEvent> Log(TetraTerminal terminal) =>
        _logs.TryGetValue(terminal.Issi, out var r) ? r.Log : throw new ArgumentException($"{terminal} is not observed in this scenario.");

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        foreach (var (issi, (_, pump)) in _logs)
        {
            try
            {
                await pump.WaitAsync(session.Timeout);
            }
            catch (TimeoutException)
            {
                output.WriteLine($"The event stream of Airwave terminal {issi} did not end within {session.Timeout.TotalSeconds:0} s of the scenario's end.");
            }
        }

        _stop.Dispose();
    }

    private static string Describe(RadioEvent e) =>
        $"{e.Kind} {e.TalkerId}{(e.TalkerName.Length > 0 ? $" ({e.TalkerName})" : "")} {e.Text}{(e.Kind == RadioEventKind.Status ? $" {e.StatusCode}" : "")} {e.Detail}".Trim();

    /// <summary>Pumps the terminal's events into its log until the scenario stops it.</summary>
    private Task PumpAsync(string issi, EventLog<RadioEvent> log) =>
        StreamPump.RunAsync(ct => _client.ObserveRadio(new ObserveRadioRequest { Issi = issi }, cancellationToken: ct), log, "the terminal's event stream", null, _stop.Token);
}
