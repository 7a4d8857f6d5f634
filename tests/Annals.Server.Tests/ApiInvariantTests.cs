using System.Net;
using System.Text;
using System.Text.Json;

namespace Annals.Server.Tests;

/// <summary>Properties that hold for every stored event and for any parameters at all.</summary>
[Collection(SamplesCollection.Name)]
public sealed class ApiInvariantTests(SamplesServer fixture)
{
    private RunningServer Server => fixture.Server;

    [Theory]
    [InlineData("all")]
    public async Task EventDetail_MarksAreInBoundsSortedAndApart_ForEveryStoredEvent(string mood)
    {
        var page = await Server.GetJson($"/api/events?mood={mood}&limit=1000");
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(page.GetProperty("total").GetInt32(), items.Count);
        int triggers = 0;
        foreach (var e in items)
        {
            string article = e.GetProperty("article").GetString()!;
            int index = e.GetProperty("index").GetInt32();
            var d = await Server.GetJson($"/api/event?article={Uri.EscapeDataString(article)}&index={index}");
            string sentence = d.GetProperty("sentence").GetString()!;
            int end = 0, triggerStart = -1, triggerEnd = -1;
            foreach (var m in d.GetProperty("marks").EnumerateArray())
            {
                int s = m.GetProperty("start").GetInt32(), t = m.GetProperty("end").GetInt32();
                string kind = m.GetProperty("kind").GetString()!;

                // Apart from the one before, except a party inside the trigger.
                bool insideTrigger = kind is "source" or "target" && s >= triggerStart && t <= triggerEnd;
                Assert.True((s >= end || insideTrigger) && t > s && t <= sentence.Length, $"{article}#{index}: {kind} {s}..{t} after {end} in {sentence.Length} chars");
                Assert.Equal(m.GetProperty("text").GetString(), sentence[s..t]);
                if (kind == "trigger")
                {
                    triggers++;
                    (triggerStart, triggerEnd) = (s, t);
                }

                end = Math.Max(end, t);
            }
        }

        // The trigger's words are stored with every event, so almost every sentence shows one.
        Assert.True(triggers >= items.Count * 0.95, $"{triggers} triggers marked for {items.Count} events");
    }

    [Theory]
    [InlineData(20261124, 400)]
    public async Task RandomParameters_AreAnswered200_400Or404_NeverAFailure(int seed, int requests)
    {
        string[] endpoints = ["events", "timeline", "series", "dyad", "dyads", "event", "articles", "article", "quotes", "speakers", "actors", "facets", "status"];
        string[] names = ["actor", "source", "target", "root", "plover", "quad", "a", "b", "directed", "from", "to", "mood", "offset", "limit", "period", "q", "id", "article", "index", "speaker", "anonymous", "zzz"];
        string[] values = ["USA", "rus", "19", "4", "0", "-1", "99999999999", "2015-02-12", "2015-13-40", "true", "perhaps", "month", "' OR 1=1 --", "%", "_", "\\", "\"", "ü", "🙂", "", " ", "AGREE", "minsk-2015-02-12", "NaN", "1e9", "<b>"];
        var random = new Random(seed);
        for (int i = 0; i < requests; i++)
        {
            var url = new StringBuilder("/api/").Append(endpoints[random.Next(endpoints.Length)]);
            int n = random.Next(4);
            for (int k = 0; k < n; k++)
            {
                url.Append(k == 0 ? '?' : '&').Append(names[random.Next(names.Length)]).Append('=');
                url.Append(Uri.EscapeDataString(random.Next(5) == 0 ? RandomText(random) : values[random.Next(values.Length)]));
            }

            using var response = await Server.Client.GetAsync(url.ToString());
            string body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest or HttpStatusCode.NotFound, $"{url} answered {(int)response.StatusCode}: {body}");
            using var json = JsonDocument.Parse(body);
            if (response.StatusCode != HttpStatusCode.OK)
                Assert.False(string.IsNullOrWhiteSpace(json.RootElement.GetProperty("error").GetString()));
        }
    }

    private static string RandomText(Random random)
    {
        var chars = new char[random.Next(1, 12)];
        for (int i = 0; i < chars.Length; i++) chars[i] = (char)random.Next(32, 0x2FF);
        return new string(chars);
    }
}
