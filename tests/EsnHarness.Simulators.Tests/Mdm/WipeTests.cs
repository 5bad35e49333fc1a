using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mdm.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Tests.Support;
using Grpc.Core;
using NUnit.Framework;

namespace EsnHarness.Simulators.Tests.Mdm;

/// <summary>Remote wipe of a lost terminal through the MDM, and the four wipe defects against it.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class WipeTests
{
    [Test]
    public async Task WipeDevice_PoweredOnTerminal_ErasedLoggedOffAndConfirmed()
    {
        using var h = await WipeHarness.StartAsync();
        var before = await h.StoredAsync();

        var order = await h.WipeAsync();
        var after = await h.StoredAsync();
        var fetched = await WipeHarness.Mdm.GetWipeAsync(new GetWipeRequest { DeviceId = "a" }, h.S.Headers);
        await h.A.WaitForAsync(e => e.Connectivity?.Kind == ConnectivityKind.Deregistered, "a logged off");
        var powerOn = Assert.ThrowsAsync<RpcException>(async () => await h.S.Devices.PowerOnAsync(new PowerOnRequest
        {
            DeviceId = "a", PlaceId = "ideal-lab", Identity = new Contracts.Common.V1.UserIdentity { McpttId = h.A.McpttId },
        }, h.S.Headers));

        Assert.Multiple(() =>
        {
            Assert.That(before.Messages, Is.EqualTo(1));
            Assert.That(before.GroupKeys, Is.EqualTo(new[] { "G" }));
            Assert.That(before.HasCredentials, Is.True);
            Assert.That(order.State, Is.EqualTo(WipeState.Confirmed));
            Assert.That(order.Confirmation.MessagesErased, Is.EqualTo(1));
            Assert.That(order.Confirmation.KeysErased, Is.EqualTo(1));
            Assert.That(order.Confirmation.LoggedOff, Is.True);
            Assert.That(fetched.OrderId, Is.EqualTo(order.OrderId));
            Assert.That(after.Messages, Is.Zero);
            Assert.That(after.GroupKeys, Is.Empty);
            Assert.That(after.HasCredentials, Is.False);
            Assert.That(after.Wiped, Is.True);
            Assert.That(powerOn!.StatusCode, Is.EqualTo(StatusCode.FailedPrecondition));
            Assert.That(powerOn.Status.Detail, Does.Contain("wiped by its MDM"));
        });
    }

    [Test]
    public async Task WipeDevice_PoweredOffTerminal_OrderSentNotConfirmedWithTheReason()
    {
        using var h = await WipeHarness.StartAsync();
        await h.S.Devices.PowerOffAsync(new DeviceRef { DeviceId = "a" }, h.S.Headers);

        var order = await h.WipeAsync();

        Assert.Multiple(() =>
        {
            Assert.That(order.State, Is.EqualTo(WipeState.Sent));
            Assert.That(order.Detail, Does.Contain("powered off"));
        });
    }

    [Test]
    public void GetWipe_NoOrder_NotFound()
    {
        var s = new Scenario(HostSetup.Channel);

        var error = Assert.ThrowsAsync<RpcException>(async () => await WipeHarness.Mdm.GetWipeAsync(new GetWipeRequest { DeviceId = "x" }, s.Headers));

        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.NotFound));
    }

    [TestCase(false, TestName = "WipeDevice_Faithful_TerminalErased")]
    [TestCase(true, TestName = "WipeDevice_AcknowledgedNotAppliedDefect_ConfirmedButTerminalUntouched")]
    [ShowsDefect("mdm.wipe-acknowledged-not-applied")]
    public async Task WipeDevice_AcknowledgedNotApplied(bool defect)
    {
        using var h = await WipeHarness.StartAsync(defect ? DeviceManagementDefects.WipeAcknowledgedNotApplied : null);

        var order = await h.WipeAsync();
        var after = await h.StoredAsync();

        Assert.Multiple(() =>
        {
            Assert.That(order.State, Is.EqualTo(WipeState.Confirmed), "confirmed either way");
            Assert.That(after.Wiped, Is.EqualTo(!defect));
            Assert.That(after.Messages, Is.EqualTo(defect ? 1 : 0));
        });
    }

    [TestCase(false, TestName = "WipeDevice_Faithful_ConfirmationRecorded")]
    [TestCase(true, TestName = "WipeDevice_ConfirmationDroppedDefect_TerminalWipedOrderStaysSent")]
    [ShowsDefect("mdm.wipe-confirmation-dropped")]
    public async Task WipeDevice_ConfirmationDropped(bool defect)
    {
        using var h = await WipeHarness.StartAsync(defect ? DeviceManagementDefects.WipeConfirmationDropped : null);

        var order = await h.WipeAsync();
        var after = await h.StoredAsync();

        Assert.Multiple(() =>
        {
            Assert.That(after.Wiped, Is.True, "wiped either way");
            Assert.That(order.State, Is.EqualTo(defect ? WipeState.Sent : WipeState.Confirmed));
        });
    }

    [TestCase(false, TestName = "WipeDevice_Faithful_KeysErased")]
    [TestCase(true, TestName = "WipeDevice_KeepsKeysDefect_GroupKeyStillHeld")]
    [ShowsDefect("device.wipe-keeps-keys")]
    public async Task WipeDevice_KeepsKeys(bool defect)
    {
        using var h = await WipeHarness.StartAsync(defect ? DeviceManagementDefects.WipeKeepsKeys : null);

        await h.WipeAsync();
        var after = await h.StoredAsync();

        Assert.That(after.GroupKeys, defect ? Is.EqualTo(new[] { "G" }) : Is.Empty);
    }

    [TestCase(false, TestName = "WipeDevice_Faithful_CredentialsErasedAndLoggedOff")]
    [TestCase(true, TestName = "WipeDevice_KeepsCredentialsDefect_StillRegisteredWithItsToken")]
    [ShowsDefect("device.wipe-keeps-credentials")]
    public async Task WipeDevice_KeepsCredentials(bool defect)
    {
        using var h = await WipeHarness.StartAsync(defect ? DeviceManagementDefects.WipeKeepsCredentials : null);

        var order = await h.WipeAsync();
        var after = await h.StoredAsync();
        var state = await h.S.Devices.GetStateAsync(new DeviceRef { DeviceId = "a" }, h.S.Headers);

        Assert.Multiple(() =>
        {
            Assert.That(order.Confirmation.LoggedOff, Is.True, "the terminal says so either way");
            Assert.That(after.HasCredentials, Is.EqualTo(defect));
            Assert.That(state.PoweredOn, Is.EqualTo(defect));
        });
    }
}
