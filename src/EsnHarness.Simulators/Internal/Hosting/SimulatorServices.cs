using System.Security.Cryptography.X509Certificates;
using EsnHarness.Simulators.Internal.Device;
using EsnHarness.Simulators.Internal.Grpc;
using EsnHarness.Simulators.Internal.Interworking;
using EsnHarness.Simulators.Internal.Mcx;
using EsnHarness.Simulators.Internal.Network;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EsnHarness.Simulators.Internal.Hosting;

/// <summary>Registration of the reference simulators, their per-namespace worlds, health and reflection.</summary>
internal static class SimulatorServices
{
    public static IServiceCollection AddEsnSimulators(this IServiceCollection services, SimulatorHostOptions options, PlaceCatalogue places, X509Certificate2? ownCertificate)
    {
        var time = options.TimeProvider;
        var mcx = new McxSettings(options.FloorTimers, options.DefaultHangTime, options.SdsRetransmitInterval,
            options.SdsMaxAttempts, options.DefaultMaxSdsSizeBytes, ClientBufferCapacity: 65_536, options.PrivateCallNoAnswerTime);
        var device = new DeviceSettings(options.FloorTimers, options.SdsRetransmitInterval, options.SdsMaxAttempts,
            options.DispositionTimer, options.RandomSeed, options.DeviceEventBuffer);
        services.AddGrpc(o =>
        {
            o.Interceptors.Add<ExceptionInterceptor>();
            o.MaxReceiveMessageSize = 4 * 1024 * 1024;
        });
        services.AddGrpcReflection();
        services.AddGrpcHealthChecks().AddCheck("esn-simulators", () => Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Healthy());
        services.AddSingleton(options);
        services.AddSingleton<HostAddress>();
        services.AddSingleton(sp => new UpstreamChannels(options, sp.GetRequiredService<HostAddress>(), ownCertificate));
        // The IdMS is reached with its upstream endpoint's TLS settings and credentials (the host-wide ones for any other URL).
        // Generous timeout: an IdMS on a loaded CI machine may take seconds; a refusal for "no answer" must mean the IdMS is really gone.
        services.AddSingleton(sp => new TokenIntrospector(new HttpClient(sp.GetRequiredService<UpstreamChannels>().CreateHttpHandler()) { Timeout = TimeSpan.FromSeconds(20) }));
        services.AddSingleton(sp => new WorldRegistry<McxWorld>(ns => new McxWorld(ns, mcx, time, sp.GetRequiredService<TokenIntrospector>())));
        services.AddSingleton(new WorldRegistry<NetworkWorld>(ns => new NetworkWorld(ns, places, time)));
        services.AddSingleton(sp => new WorldRegistry<DeviceWorld>(
            ns => new DeviceWorld(ns, sp.GetRequiredService<UpstreamChannels>(), device, time)));
        services.AddSingleton(sp => new WorldRegistry<InterworkingWorld>(
            ns => new InterworkingWorld(ns, sp.GetRequiredService<UpstreamChannels>(), time, options.FloorTimers)));
        return services;
    }

    public static IEndpointRouteBuilder MapEsnSimulators(this IEndpointRouteBuilder app)
    {
        app.MapGrpcService<McxGrpcService>();
        app.MapGrpcService<McxConfigurationService>();
        app.MapGrpcService<NetworkGrpcService>();
        app.MapGrpcService<DeviceGrpcService>();
        app.MapGrpcService<InterworkingGrpcService>();
        app.MapGrpcService<DiagnosticsService>();
        app.MapGrpcHealthChecksService();
        app.MapGrpcReflectionService();
        return app;
    }
}
