using System.Globalization;

namespace EsnHarness.Bdd.Tests.Bindings;

/// <summary>Parameter types, transformations, enums, regexes, async steps, DocString and DataTable arguments.</summary>
[Binding]
public sealed class ArgumentBindings(Recorder recorder)
{
    [StepArgumentTransformation(@"(MPS|LFB|LAS)-(\d+)", Name = "talkgroup")]
    public static Talkgroup ToTalkgroup(string agency, int number) => new(agency, number);

    [StepArgumentTransformation(@"£(\d+(?:\.\d+)?)")]
    public Money ToMoney(decimal pounds)
    {
        recorder.Add("transform money");
        return new Money(pounds);
    }

    [Given("talkgroup {talkgroup} is affiliated")]
    public void Affiliated(Talkgroup talkgroup) => recorder.Add($"talkgroup {talkgroup.Agency}/{talkgroup.Number}");

    [Given("the {Agency} service is on duty")]
    public void OnDuty(Agency agency) => recorder.Add($"agency {agency}");

    [Given(@"the price is (.*)")]
    public void Price(Money price) => recorder.Add(string.Create(CultureInfo.InvariantCulture, $"price {price.Pounds}"));

    [Given(@"^(\d+) radios? (?:is|are) ready$")]
    public void Radios(int count) => recorder.Add($"radios {count}");

    [Given("{int} units wait {double} seconds")]
    public async Task Wait(int units, double seconds)
    {
        await Task.Yield();
        recorder.Add(string.Create(CultureInfo.InvariantCulture, $"wait {units} {seconds}"));
    }

    [Given("a value task step")]
    public async ValueTask ValueTaskStep()
    {
        await Task.Yield();
        recorder.Add("value task");
    }

    [Given("the message:")]
    public void Message(DocString message) => recorder.Add($"doc {message.MediaType}:{message.Content}");

    [Given("the plain message:")]
    public void PlainMessage(string message) => recorder.Add($"plain {message}");

    [Given("these units:")]
    public void Units(DataTable table) => recorder.Add("units " + string.Join(",", table.Rows.Select(r => r["callsign"])));

    [Given("the unit of {word}:")]
    public void UnitOf(string owner, DataTable table) => recorder.Add($"unit of {owner}: {table.CreateInstance<Unit>()}");
}
