using System.Net.Http.Json;
using System.Text.Json;
using Annals.Input;
using Annals.Pipeline;
using Annals.Storage;
using Microsoft.AspNetCore.Builder;

namespace Annals.Server.Tests;

/// <summary>A real server on a free loopback port, with a client pointed at it.</summary>
internal sealed class RunningServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RunningServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public static async Task<RunningServer> StartAsync(ExploreServerOptions options)
    {
        var app = ExploreServer.Build(options with { Urls = ["http://127.0.0.1:0"] });
        await app.StartAsync();
        return new RunningServer(app, new Uri(app.Urls.Single()));
    }

    public async Task<JsonElement> GetJson(string path)
    {
        using var response = await Client.GetAsync(path);
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>The samples ingested once into a DuckDB file, served read-only for every test of the collection.</summary>
public sealed class SamplesServer : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private RunningServer? _server;

    internal RunningServer Server => _server ?? throw new InvalidOperationException("not started");

    internal string Db => _folder.File("samples.duckdb");

    public async Task InitializeAsync()
    {
        IngestFolder(RepoPaths.Samples, Db);
        _server = await RunningServer.StartAsync(new ExploreServerOptions { Db = Db });
    }

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
        _folder.Dispose();
    }

    /// <summary>Reads, analyses and stores every article file in <paramref name="folder"/>, the way <c>annals ingest</c> does.</summary>
    internal static void IngestFolder(string folder, string db)
    {
        var pipeline = AnnalsPipeline.CreateDefault();
        using var store = AnnalsStore.Open(db);
        using var ingest = store.BeginIngest(pipeline.Version);
        foreach (var file in Directory.GetFiles(folder).Order(StringComparer.Ordinal))
        {
            if (ArticleReader.FormatOf(file) is not { } format) continue;
            using var stream = File.OpenRead(file);
            foreach (var item in ArticleReader.Read(stream, file, format, new ReaderOptions()))
            {
                if (item.Article is { } a) ingest.Add(pipeline.Run(a));
            }
        }

        ingest.Complete();
    }
}

/// <summary>Tests that share <see cref="SamplesServer"/>.</summary>
[CollectionDefinition(Name)]
public sealed class SamplesCollection : ICollectionFixture<SamplesServer>
{
    public const string Name = "samples server";
}

/// <summary>Two short articles (our own words) reporting the same expulsion a day apart, so that it merges into one event.</summary>
internal static class TwiceReported
{
    public static void Write(string folder)
    {
        File.WriteAllText(Path.Combine(folder, "first.txt"),
            "date 2021-05-11\nRussia expelled three Polish diplomats on Monday, accusing them of spying, the foreign ministry in Moscow said.\n");
        File.WriteAllText(Path.Combine(folder, "second.txt"),
            "date 2021-05-12\nWARSAW - Russia expelled three Polish diplomats on Monday in a dispute over espionage, Polish officials said on Wednesday.\n");
    }
}
