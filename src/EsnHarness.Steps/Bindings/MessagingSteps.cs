using EsnHarness.Bdd;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Kpi;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Bindings;

/// <summary>MCData short data messages (SDS) with delivered and read dispositions.</summary>
[Binding]
public sealed class MessagingSteps(Messaging messaging, Lanes lanes, Groups groups, KpiRecorder kpi, Interworking interworking, Cast cast, Refusals refusals, IOutputHelper output, ControlRoomConsoles consoles)
{
    /// <summary>One-to-one SDS.</summary>
    [When("{user} sends the SDS {string} to {user} requesting {disposition}", Description = "A one-to-one text SDS asking for delivered, read, or delivered and read; a refusal by ESN is kept for \"the SDS is refused with reason\".",
        Example = "When \"PS Okoro\" sends the SDS \"VRM LX19 ABC\" to \"PC Patel\" requesting delivered and read")]
    public Task SendToUser(UserName sender, string text, UserName recipient, Disposition disposition) =>
        consoles.AtWebConsole(sender) ? consoles.Controls!.SendSdsAsync(cast.Get(sender), recipient.Value, text, disposition)
            : refusals.AttemptAsync(() => messaging.SendSdsAsync(sender, recipient, null, text, disposition));

    /// <summary>Group SDS.</summary>
    [When("{user} sends the SDS {string} to group {group} requesting {disposition}", Description = "A text SDS to every member of a group.",
        Example = "When \"PS Okoro\" sends the SDS \"Briefing at 1400\" to group \"MPS-CW-OPS1\" requesting delivered and read")]
    public Task SendToGroup(UserName sender, string text, GroupName group, Disposition disposition) =>
        consoles.AtWebConsole(sender) ? consoles.Controls!.SendSdsAsync(cast.Get(sender), group.Value, text, disposition) : messaging.SendSdsAsync(sender, null, group, text, disposition);

    /// <summary>Receipt within a time.</summary>
    [Then("{user} receives the SDS {string} within {int} ms", Description = "The recipient's terminal shows the message within the time; its delivery time (sent to shown) is attached as evidence.",
        Example = "Then \"PC Patel\" receives the SDS \"VRM LX19 ABC\" within 1000 ms")]
    public async Task Receives(UserName recipient, string text, int ms)
    {
        if (cast.Get(recipient).Kind == MemberKind.AirwaveRadio)
        {
            await interworking.ExpectSdsAsync(recipient, text, TimeSpan.FromMilliseconds(ms));
            return;
        }

        var sds = await messaging.ExpectSdsAsync(recipient, text, TimeSpan.FromMilliseconds(ms));
        var delivered = sds.SentAt is { } sent ? (sds.ReceivedAt - sent).TotalMilliseconds
            : throw new ExpectationFailedException($"{recipient} received \"{text}\", but the message carries no sent time, so its delivery time cannot be judged.");
        kpi.AssertValue(Metric.Single("SDS delivery time"), delivered, ms, Comparison.Below);
    }

    /// <summary>Group receipt.</summary>
    [Then("every other member of {group} receives the SDS {string} within {int} ms", Description = "Every member but the sender receives the message within the time.",
        Example = "Then every other member of \"MPS-CW-OPS1\" receives the SDS \"Briefing at 1400\" within 1000 ms")]
    public Task OthersReceive(GroupName group, string text, int ms) => ForOthersAsync(group, m => messaging.ExpectSdsAsync(m, text, TimeSpan.FromMilliseconds(ms)));

    /// <summary>Non-receipt.</summary>
    [Then("{user} does not receive the SDS {string} within {int} ms", Description = "The message does not reach the user within the time.",
        Example = "Then \"PC Patel\" does not receive the SDS \"Meet at Agar St\" within 500 ms")]
    public Task DoesNotReceive(UserName recipient, string text, int ms) => messaging.ExpectNoSdsAsync(recipient, text, TimeSpan.FromMilliseconds(ms));

    /// <summary>Reading.</summary>
    [When("{user} reads the SDS {string}", Description = "The recipient opens the message (sends READ if asked).", Example = "When \"PC Patel\" reads the SDS \"VRM LX19 ABC\"")]
    public Task Reads(UserName recipient, string text) => messaging.ReadSdsAsync(recipient, text);

    /// <summary>Group reading.</summary>
    [When("every other member of {group} reads the SDS {string}", Description = "Every member but the sender opens the message.", Example = "When every other member of \"MPS-CW-OPS1\" reads the SDS \"Briefing at 1400\"")]
    public Task OthersRead(GroupName group, string text) => ForOthersAsync(group, m => messaging.ReadSdsAsync(m, text));

    /// <summary>Disposition from one.</summary>
    [Then("{user} sees {disposition} from {user}", Description = "The sender's terminal shows the recipient's disposition.", Example = "Then \"PS Okoro\" sees delivered from \"PC Patel\"")]
    public Task SeesDisposition(UserName sender, Disposition disposition, UserName recipient) =>
        consoles.AtWebConsole(sender) ? consoles.Controls!.ExpectReportsAsync(cast.Get(sender), recipient, disposition) : messaging.ExpectDispositionAsync(sender, recipient, disposition);

    /// <summary>Disposition from every member.</summary>
    [Then("{user} sees {disposition} from every other member of {group}", Description = "The sender's terminal shows each member's disposition.",
        Example = "Then \"PS Okoro\" sees read from every other member of \"MPS-CW-OPS1\"")]
    public Task SeesDispositionFromAll(UserName sender, Disposition disposition, GroupName group) =>
        Task.WhenAll(groups.OthersThan(group, sender).Select(m => messaging.ExpectDispositionAsync(sender, m.Name, disposition)));

    /// <summary>Bulk SDS.</summary>
    [When("{user} sends {int} SDS to {user}",
        Description = "The user sends that many numbered messages one after another; from 100 on, up to 10 parallel lanes of at least 50 messages (copies of both users at the same places, with the same link faults) each send a block of the numbers in order.",
        Example = "When \"PC Patel\" sends 1000 SDS to \"PS Okoro\"")]
    public async Task SendMany(UserName sender, int count, UserName recipient)
    {
        var stream = await lanes.OpenMessageLanesAsync(sender, recipient, count);
        await messaging.SendNumberedAsync(stream);
        Lanes(stream, count, "SDS");
    }

    /// <summary>Exactly once, in order; also records delivery times.</summary>
    [Then("{user} receives all {int} SDS exactly once and in order",
        Description = "Every numbered message arrives once, in the order sent (in each parallel lane, the lane's block at the recipient's copy); delivery times are recorded as \"SDS delivery time\".",
        Example = "Then \"PS Okoro\" receives all 1000 SDS exactly once and in order")]
    public async Task AllExactlyOnce(UserName recipient, int count)
    {
        var stream = lanes.MessageLanesTo(recipient, recipient, count);
        if (stream.Sum(l => l.Count) != count)
        {
            throw new ExpectationFailedException($"{stream.Sum(l => l.Count)} numbered SDS were sent to {recipient}, not {count}.");
        }

        foreach (var m in (await messaging.ExpectNumberedInOrderAsync(stream)).Where(m => m.SentAt is not null))
        {
            kpi.Record(Metric.SdsDelivery, (m.ReceivedAt - m.SentAt!.Value).TotalMilliseconds);
        }
    }

    private void Lanes(IReadOnlyList<MessageLane> stream, int count, string what)
    {
        if (stream.Count > 1)
        {
            output.WriteLine($"{count} {what} sent over {stream.Count} parallel lanes: {string.Join("; ", stream.Select(l => $"{l.Sender} to {l.Recipient}, {l.First} to {l.First + l.Count - 1}"))}.");
        }
    }

    private Task ForOthersAsync(GroupName group, Func<UserName, Task> action) =>
        Task.WhenAll(groups.TerminalMembers(group).Where(m => !messaging.SentLastMessage(m.Name)).Select(m => action(m.Name)));
}
