using EsnHarness.Contracts.Mcx.V1;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>
/// Hands each sender's numbered SDS stream to the application in the sender's order: a message ahead of a gap (an
/// earlier one lost and not yet retransmitted) is held until the gap fills, or until the MCX would have given the
/// missing one up (retransmit interval x attempts); unnumbered, late and duplicate copies pass straight on (duplicates
/// are discarded later). Held messages released by a timer go to <c>release</c>.
/// </summary>
internal sealed class SdsSenderOrder(TimeProvider time, TimeSpan giveUpAfter, Action<SdsMessage> release)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, SdsOrder> _orders = new(StringComparer.Ordinal);

    /// <summary>The messages the application may have now, in their sender's order.</summary>
    public List<SdsMessage> Admit(SdsDelivery delivery)
    {
        if (delivery.SenderSequence == 0)
        {
            return [delivery.Message];
        }

        var sender = delivery.Message.SenderMcpttId;
        lock (_gate)
        {
            if (!_orders.TryGetValue(sender, out var order))
            {
                order = new SdsOrder();
                _orders[sender] = order;
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

    /// <summary>Forgets every sender's numbering: the MCX numbers each sender's messages from 1 again for a new registration.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            foreach (var order in _orders.Values)
            {
                order.GapTimer?.Dispose();
            }

            _orders.Clear();
        }
    }

    private void GapGivenUp(string sender)
    {
        var ready = new List<SdsMessage>();
        lock (_gate)
        {
            if (!_orders.TryGetValue(sender, out var order) || order.Held.Count == 0)
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
            release(m);
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
        time.CreateTimer(_ => GapGivenUp(sender), null, giveUpAfter, Timeout.InfiniteTimeSpan);
}
