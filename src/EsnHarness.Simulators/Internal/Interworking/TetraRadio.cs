using System.Threading.Channels;
using EsnHarness.Contracts.Common.V1;
using EsnHarness.Contracts.Interworking.V1;

namespace EsnHarness.Simulators.Internal.Interworking;

/// <summary>A simulated Airwave (TETRA) radio on a talkgroup.</summary>
internal sealed class TetraRadio(string issi, string talkgroup, Agency agency)
{
    private readonly Channel<RadioEvent> _events = Channel.CreateBounded<RadioEvent>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest });

    public string Issi { get; } = issi;

    public string Talkgroup { get; } = talkgroup;

    public Agency Agency { get; } = agency;

    public void Send(RadioEvent e) => _events.Writer.TryWrite(e);

    public ChannelReader<RadioEvent> Events => _events.Reader;
}
