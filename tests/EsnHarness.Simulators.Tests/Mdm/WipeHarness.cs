using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mdm.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Tests.Defects;
using EsnHarness.Simulators.Tests.Support;

namespace EsnHarness.Simulators.Tests.Mdm;

/// <summary>A scenario with terminal "a" holding one received SDS, a group key and an access token, ready to be wiped through the MDM.</summary>
public sealed class WipeHarness : IDisposable
{
    private WipeHarness(Scenario s, DeviceProbe a, DeviceProbe b)
    {
        S = s;
        A = a;
        B = b;
    }

    public static MdmService.MdmServiceClient Mdm { get; } = new(HostSetup.Channel);

    public static DeviceManagement.DeviceManagementClient Devices { get; } = new(HostSetup.Channel);

    public Scenario S { get; }

    public DeviceProbe A { get; }

    public DeviceProbe B { get; }

    public static async Task<WipeHarness> StartAsync(Defect? defect = null)
    {
        var s = await DefectScenarios.NewAsync(HostSetup.Channel, defect);
        await s.GroupAsync("G");
        await s.Devices.PowerOnAsync(new PowerOnRequest
        {
            DeviceId = "a", PlaceId = "ideal-lab", AccessToken = "token-of-a",
            Identity = new Contracts.Common.V1.UserIdentity { McpttId = "sip:a@esn", Agency = Contracts.Common.V1.Agency.Mps, Role = "response officer" },
        }, s.Headers);
        var a = new DeviceProbe("a", "sip:a@esn", s.Devices.Observe(new ObserveRequest { DeviceId = "a" }, s.Headers));
        var b = await s.DeviceAsync("b");
        await s.Devices.SendSdsAsync(new SendSdsRequest { DeviceId = "b", TargetMcpttId = a.McpttId, Text = "warrant address" }, s.Headers);
        await a.WaitForAsync(e => e.Message is not null, "SDS at a");
        await Devices.StoreGroupKeyAsync(new StoreGroupKeyRequest { DeviceId = "a", GroupId = "G", GmkId = "GMK-1" }, s.Headers);
        return new WipeHarness(s, a, b);
    }

    public async Task<WipeOrder> WipeAsync() =>
        await Mdm.WipeDeviceAsync(new WipeDeviceRequest { DeviceId = "a", RequestedBy = "MPS service desk", Reason = "reported lost" }, S.Headers);

    public async Task<StoredData> StoredAsync() => await Devices.GetStoredDataAsync(new StoredDataRequest { DeviceId = "a" }, S.Headers);

    public void Dispose()
    {
        A.Dispose();
        B.Dispose();
    }
}
