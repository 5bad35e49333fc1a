using EsnHarness.Reporting.Tests.TestData;

namespace EsnHarness.Reporting.Tests.LivingDoc;

/// <summary>
/// Hostile text in every place feature files and attachments can put text. Each payload, if it ever
/// ran, would set window.__pwned, open a dialog or make a request; the tests check none of that happens.
/// </summary>
public static class InjectionCorpus
{
    public const string OnePixelPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

    public static readonly string[] Payloads =
    [
        "<script>window.__pwned=1;alert('script')</script>",
        "</script><script>window.__pwned=2;alert('break-out')</script>",
        "<img src=x onerror=\"window.__pwned=3;alert('img')\">",
        "<svg onload=\"window.__pwned=4\"><circle r=1 /></svg>",
        "<a href=\"javascript:window.__pwned=5\">open</a>",
        "\" autofocus onfocus=\"window.__pwned=6\" x=\"",
        "<iframe src=\"javascript:parent.__pwned=7\"></iframe>",
        "<img src=\"http://evil.example/beacon.png\">",
        "{{SCRIPT}} {{DATA}} </style><style>body{background:url(http://evil.example/css)}</style>",
        "\u2028\u2029<!-- <script> --> &lt;script&gt; \\u003cscript\\u003e",
    ];

    public static RunBuilder Run()
    {
        var run = new RunBuilder();
        var feature = run.Feature("features/security/hostile.feature", Payloads[0], string.Join("\n", Payloads), "@security");
        for (var i = 0; i < Payloads.Length; i++)
        {
            var payload = Payloads[i];
            var scenario = i % 2 == 0
                ? feature.Scenario(payload, $"@REQ-LDN-SEC-{i:D3}", "@MPS", "@must", "@kpi", "@x\"><img/src=x/onerror=window.__pwned=8>")
                : feature.RuleScenario(Payloads[i - 1], payload, $"@REQ-LDN-SEC-{i:D3}", "@LAS", "@should");
            scenario.Description = payload;
            scenario.Given("a step saying " + payload)
                .When("it fails with a hostile message", ScenarioStatus.Failed, payload)
                .Attach(payload, "text/html", payload)
                .Attach(payload, "text/plain", "exchange.txt", base64: true)
                .Attach("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"window.__pwned=9\"/>", "image/svg+xml", "chart.svg", base64: true)
                .Attach("AAAA", "image/png\" onerror=\"window.__pwned=10", "bad-type.png", base64: true)
                .Attach("javascript:window.__pwned=11", "text/uri-list", "link.url")
                .Attach(OnePixelPng, "image/png", "pixel.png", base64: true)
                .Attach(StepSpec.EvidenceJson(payload, payload, 95, 300, 12, payload, [1, 2, 3], comparison: payload, source: payload),
                    "application/vnd.esn.evidence+json");
        }
        feature.RuleDescriptions[Payloads[0]] = Payloads[1];
        return run;
    }
}
