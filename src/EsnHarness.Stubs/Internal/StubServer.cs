using System.Collections.Specialized;
using Microsoft.AspNetCore.Builder;
using WireMock.Logging;
using WireMock.Server;
using WireMock.Settings;

namespace EsnHarness.Stubs.Internal;

/// <summary>One WireMock server with the catalogue's mappings, a fault table and the fault middleware in front.
/// No admin interface is started: everything is driven in-process through this object.</summary>
internal sealed class StubServer : IDisposable
{
    private readonly WireMockServer _server;

    private StubServer(WireMockServer server, FaultTable faults)
    {
        _server = server;
        Faults = faults;
        Address = new Uri(server.Url!);
    }

    public event EventHandler? JournalChanged;

    public Uri Address { get; }

    public FaultTable Faults { get; }

    public WireMockServer WireMock => _server;

    public static StubServer Start(StubCatalog catalog, StubHostOptions options, int port, Random random, IEnumerable<WireMock.Admin.Mappings.MappingModel> defectMappings)
    {
        var faults = new FaultTable(random);
        var middleware = new FaultMiddleware(faults, options.Time);
        var host = options.BindAddress.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6
            ? $"[{options.BindAddress}]"
            : options.BindAddress.ToString();
        var settings = new WireMockServerSettings
        {
            Urls = [$"http://{host}:{port}"],
            StartAdminInterface = false,
            ReadStaticMappings = false,
            Logger = new WireMockNullLogger(),
            MaxRequestLogCount = options.MaxJournalEntries,
            PreWireMockMiddlewareInit = app => ((IApplicationBuilder)app).Use(middleware.InvokeAsync),
        };
        WireMockServer server;
        try
        {
            server = WireMockServer.Start(settings);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // WireMock wraps Kestrel's bind failure in an AggregateException; Kestrel's own message is the clearest.
            var chain = new List<Exception>();
            for (var current = e; current is not null; current = current.InnerException)
            {
                chain.Add(current);
            }

            var reason = chain.Skip(1).FirstOrDefault(x => x is not AggregateException) ?? e;

            throw new StubHostException($"cannot start a stub server on {host}:{port}: {reason.Message.ReplaceLineEndings(" ")}", e);
        }

        server.WithMapping([.. catalog.Models, .. defectMappings]);
        var stub = new StubServer(server, faults);
        server.LogEntriesChanged += stub.OnLogEntriesChanged;
        return stub;
    }

    public IReadOnlyList<ReceivedRequest> Journal() =>
        _server.LogEntries.Select((entry, index) => ToReceived(entry, index + 1)).ToList();

    public void Dispose()
    {
        _server.LogEntriesChanged -= OnLogEntriesChanged;
        _server.Stop();
        _server.Dispose();
    }

    private void OnLogEntriesChanged(object? sender, NotifyCollectionChangedEventArgs e) => JournalChanged?.Invoke(this, EventArgs.Empty);

    private static ReceivedRequest ToReceived(ILogEntry entry, int sequence)
    {
        var request = entry.RequestMessage ?? throw new InvalidOperationException("WireMock logged an entry without a request");
        var headers = (request.Headers ?? new Dictionary<string, WireMock.Types.WireMockList<string>>())
            .ToDictionary(h => h.Key, h => (IReadOnlyList<string>)h.Value.ToList(), StringComparer.OrdinalIgnoreCase);
        var fault = headers.Remove(FaultMiddleware.FaultHeader, out var marks) ? marks.FirstOrDefault() : null;
        return new ReceivedRequest(
            sequence,
            FaultMiddleware.Endpoint(new Microsoft.AspNetCore.Http.PathString(request.Path)),
            request.Method.ToUpperInvariant(),
            request.Path,
            (request.RawQuery ?? string.Empty).TrimStart('?'),
            headers,
            request.Body ?? (request.BodyAsBytes is { Length: > 0 } bytes ? System.Text.Encoding.UTF8.GetString(bytes) : null),
            new DateTimeOffset(DateTime.SpecifyKind(request.DateTime, DateTimeKind.Utc)),
            entry.MappingTitle,
            StatusOf(entry.ResponseMessage?.StatusCode),
            fault);
    }

    private static int? StatusOf(object? status) => status switch
    {
        int code => code,
        System.Net.HttpStatusCode code => (int)code,
        string text when int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var code) => code,
        _ => null,
    };
}
