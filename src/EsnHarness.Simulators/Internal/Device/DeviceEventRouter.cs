using EsnHarness.Contracts.Device.V1;
using EsnHarness.Contracts.Mcx.V1;
using EsnHarness.Simulators.Defects;
using EsnHarness.Simulators.Internal.Device.DirectMode;

namespace EsnHarness.Simulators.Internal.Device;

/// <summary>
/// What a terminal does with each event the MCX service sends it once the event has come down the modelled link: floor
/// and call events drive its call table (and the ambient-listening target, open microphone and vehicle gateway), media
/// plays, the rest is shown to the user. In direct mode on-network calls do not reach the user.
/// </summary>
internal sealed class DeviceEventRouter(
    SimulatedDevice device, DeviceCallTable calls, VoiceReceiver receiver, AmbientListeningTarget ambient, DirectModeGateway gateway, DeviceEventLog events,
    DefectSwitch ignoresRemoteGroupChange)
{
    /// <summary>Whether the call is one the user must not see (remotely initiated ambient listening).</summary>
    public bool Hides(string callId) => ambient.Hides(callId);

    public void Process(McxEvent e, TimeSpan downlinkDelay, DateTimeOffset? arrival)
    {
        if (e.EventCase is McxEvent.EventOneofCase.Floor or McxEvent.EventOneofCase.Call or McxEvent.EventOneofCase.Media && device.DirectMode.OffNetwork)
        {
            // In direct mode the terminal's MCPTT client is off the network: on-network calls do not reach its user.
            return;
        }

        switch (e.EventCase)
        {
            case McxEvent.EventOneofCase.Floor:
                calls.OnFloor(e.Floor, arrival);
                if (e.Floor.Kind == FloorEventKind.Granted && calls.Find(e.Floor.CallId) is { } granted)
                {
                    ambient.OnGranted(granted);
                    device.Emergency.OpenMicrophone.OnGranted(granted);
                }

                gateway.OnNetwork(e, downlinkDelay);
                break;
            case McxEvent.EventOneofCase.Call:
                ambient.BeforeCall(e.Call);
                calls.OnCall(e.Call, arrival);
                ambient.AfterCall(e.Call);
                break;
            case McxEvent.EventOneofCase.CallBack:
                events.Emit(new DeviceEvent { CallBack = e.CallBack }, arrival);
                break;
            case McxEvent.EventOneofCase.SelectedGroup:
                if (!ignoresRemoteGroupChange.On)
                {
                    device.Registration.SelectedRemotely(e.SelectedGroup.GroupId);
                }

                events.Emit(new DeviceEvent { SelectedGroup = e.SelectedGroup }, arrival);
                break;
            case McxEvent.EventOneofCase.Media:
                receiver.OnFrame(e.Media, downlinkDelay, arrival);
                gateway.OnNetwork(e, downlinkDelay);
                break;
            case McxEvent.EventOneofCase.Sds:
                device.Messaging.OnSds(e.Sds);
                break;
            case McxEvent.EventOneofCase.Disposition:
                events.Emit(new DeviceEvent { Disposition = new DispositionReceived { Notification = e.Disposition } }, arrival);
                break;
            case McxEvent.EventOneofCase.EmergencyAlert:
                events.Emit(new DeviceEvent { EmergencyAlert = e.EmergencyAlert }, arrival);
                device.Alerts.Received(e.EmergencyAlert.Alert);
                break;
            case McxEvent.EventOneofCase.Affiliation:
                device.Registration.OnAffiliation(e.Affiliation);
                events.Emit(new DeviceEvent { Affiliation = e.Affiliation });
                break;
            case McxEvent.EventOneofCase.Regroup:
                events.Emit(new DeviceEvent { Regroup = e.Regroup }, arrival);
                break;
            case McxEvent.EventOneofCase.Preemption:
                events.Emit(new DeviceEvent { Preemption = e.Preemption }, arrival);
                break;
            case McxEvent.EventOneofCase.Patch:
                events.Emit(new DeviceEvent { GroupPatch = e.Patch }, arrival);
                break;
            case McxEvent.EventOneofCase.File:
                device.Files.OnOffered(e.File, arrival);
                break;
            case McxEvent.EventOneofCase.FileDisposition:
                events.Emit(new DeviceEvent { FileDisposition = e.FileDisposition }, arrival);
                break;
        }
    }
}
