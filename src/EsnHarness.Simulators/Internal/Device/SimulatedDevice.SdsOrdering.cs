using EsnHarness.Contracts.Mcx.V1;

namespace EsnHarness.Simulators.Internal.Device;

internal sealed partial class SimulatedDevice
{
    private readonly Dictionary<string, SdsOrder> _sdsOrder = new(StringComparer.Ordinal);

    /// <summary>
    /// The messages the application may have now, in their sender's order: a numbered message ahead of a gap (an earlier
    /// one lost and not yet retransmitted) is held until the gap fills, or until the MCX would have given the missing one
    /// up (retransmit interval x attempts); unnumbered, late and duplicate copies pass straight on (duplicates are discarded later).
    /// </summary>
    private List<SdsMessage> InSenderOrder(SdsDelivery delivery)
    {
        if (delivery.SenderSequence == 0)
        {
            return [delivery.Message];
        }

        var sender = delivery.Message.SenderMcpttId;
        lock (_gate)
        {
            if (!_sdsOrder.TryGetValue(sender, out var order))
            {
                order = new SdsOrder();
                _sdsOrder[sender] = order;
            }

            if (delivery.SenderSequence < order.Next)
            {
                return [delivery.Message];
            }

            if (delivery.SenderSequence > order.Next)
            {
                order.Held.TryAdd(delivery.SenderSequence, delivery.Message);
                order.GapTimer ??= StartGapTimer(sender);
                return [];
            }

            var ready = new List<SdsMessage> { delivery.Message };
            order.Next++;
            Drain(order, ready);
            order.GapTimer?.Dispose();
            order.GapTimer = order.Held.Count > 0 ? StartGapTimer(sender) : null;
            return ready;
        }
    }

    private void GapGivenUp(string sender)
    {
        var ready = new List<SdsMessage>();
        lock (_gate)
        {
            if (!_sdsOrder.TryGetValue(sender, out var order) || order.Held.Count == 0)
            {
                return;
            }

            order.GapTimer?.Dispose();
            order.GapTimer = null;
            order.Next = order.Held.Keys.First();
            Drain(order, ready);
            order.GapTimer = order.Held.Count > 0 ? StartGapTimer(sender) : null;
        }

        foreach (var m in ready)
        {
            Accept(m);
        }
    }

    private static void Drain(SdsOrder order, List<SdsMessage> ready)
    {
        while (order.Held.Remove(order.Next, out var held))
        {
            ready.Add(held);
            order.Next++;
        }
    }

    private ITimer StartGapTimer(string sender) =>
        Time.CreateTimer(_ => GapGivenUp(sender), null, _world.Settings.SdsRetransmitInterval * _world.Settings.SdsMaxAttempts, Timeout.InfiniteTimeSpan);

    private void ResetSdsOrder()
    {
        lock (_gate)
        {
            foreach (var order in _sdsOrder.Values)
            {
                order.GapTimer?.Dispose();
            }

            _sdsOrder.Clear();
        }
    }
}
