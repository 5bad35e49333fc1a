namespace EsnHarness.Targets;

/// <summary>A part of ESN the harness talks to; each is embedded (reference simulator or stub) or an agency's system.</summary>
public enum EsnRole
{
    /// <summary>MCX service (calls, floor, SDS, emergency, location): gRPC esn.mcx.v1.</summary>
    Mcx,

    /// <summary>Radio network model (places, faults, congestion): gRPC esn.network.v1.</summary>
    Network,

    /// <summary>Terminal driver (handhelds, vehicle devices, consoles): gRPC esn.device.v1.</summary>
    Device,

    /// <summary>Airwave interworking function: gRPC esn.interworking.v1.</summary>
    Interworking,

    /// <summary>Control-room console integration (dispatcher clients).</summary>
    ControlRoom,

    /// <summary>An agency's CAD ↔ ESN gateway (an MCX client that carries CAD dispatches to terminals and their
    /// acknowledgements and statuses back into CAD): gRPC esn.cadgateway.v1.</summary>
    CadGateway,

    /// <summary>An agency's mobile device management (remote wipe of a lost terminal): gRPC esn.mdm.v1.</summary>
    Mdm,

    /// <summary>Computer-aided dispatch (HTTP).</summary>
    Cad,

    /// <summary>Identity management server (HTTP).</summary>
    Idms,

    /// <summary>Group management server (HTTP).</summary>
    Gms,

    /// <summary>Configuration management server (HTTP).</summary>
    Cms,

    /// <summary>Key management server (HTTP).</summary>
    Kms,

    /// <summary>Automatic vehicle location (HTTP).</summary>
    Avl,
}
