using System.Text.Json;
using Annals.Events;
using Annals.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Annals.Server;

/// <summary>The explore server: a read-only JSON API over a store and the one page that draws it.</summary>
/// <remarks>
/// Endpoints (GET only) under <c>/api/</c>: status, facets, events, timeline, series, dyad, dyads, event, articles,
/// article, quotes, speakers, actors, merged, merged-event, summary. Parameters use the CLI's filter names; a bad one is answered with 400 and
/// <c>{"error": "..."}</c>. The API never changes the store; only the folder watcher (with
/// <see cref="ExploreServerOptions.WatchDir"/>) writes, through the ordinary ingest path.
/// </remarks>
public static class ExploreServer
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    private static readonly string[] PageNames = ["offset", "limit"];

    /// <summary>Opens the store and builds the application (not yet started).</summary>
    /// <exception cref="StoreException">The store cannot be opened (missing without a watched folder, not a store, newer schema).</exception>
    /// <exception cref="DirectoryNotFoundException">The watched folder does not exist.</exception>
    public static WebApplication Build(ExploreServerOptions options)
    {
        if (options.WatchDir is { } dir && !Directory.Exists(dir))
            throw new DirectoryNotFoundException($"the folder to watch, {dir}, does not exist");
        var store = AnnalsStore.Open(options.Db, readOnly: options.WatchDir is null);
        var gate = new StoreGate(store);
        try
        {
            var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
            {
                Args = [],
                ContentRootPath = AppContext.BaseDirectory,
                EnvironmentName = Environments.Production,
            });
            builder.Logging.ClearProviders();
            builder.WebHost.UseUrls([.. options.Urls]);
            builder.Services.AddSingleton(gate);
            FolderWatcher? watcher = null;
            if (options.WatchDir is not null)
            {
                watcher = new FolderWatcher(gate, Path.GetFullPath(options.WatchDir), options.PollInterval, options.Log);
                builder.Services.AddHostedService(_ => watcher);
            }

            var app = builder.Build();
            app.Lifetime.ApplicationStopped.Register(gate.Dispose);
            app.Use((context, next) => Guard(context, next, options.Log));
            MapPage(app);
            MapApi(app, gate, watcher, store.Path);
            return app;
        }
        catch
        {
            gate.Dispose();
            throw;
        }
    }

    // Bad parameters become 400 with a message; anything else 500 with one line, logged.
    private static async Task Guard(HttpContext context, RequestDelegate next, Action<string>? log)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";

        // Scripts and styles only from this server: text from the store can never run as code.
        headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (ApiArgumentException ex)
        {
            await Error(context, StatusCodes.Status400BadRequest, ex.Message).ConfigureAwait(false);
        }
        catch (Exception ex) when (!context.Response.HasStarted && ex is not OperationCanceledException)
        {
            log?.Invoke($"annals: {context.Request.Path} failed: {ex.Message}");
            await Error(context, StatusCodes.Status500InternalServerError, "the server failed: " + ex.Message).ConfigureAwait(false);
        }
    }

    private static Task Error(HttpContext context, int status, string message)
    {
        context.Response.Clear();
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new ErrorJson(message, status), Json);
    }

    private static void MapPage(WebApplication app)
    {
        app.MapGet("/", () => Resource("index.html", "text/html; charset=utf-8"));
        app.MapGet("/app.js", () => Resource("app.js", "text/javascript; charset=utf-8"));
        app.MapGet("/app.css", () => Resource("app.css", "text/css; charset=utf-8"));
        app.MapGet("/favicon.ico", () => Results.NoContent());
    }

    private static IResult Resource(string name, string contentType)
    {
        var stream = typeof(ExploreServer).Assembly.GetManifestResourceStream("web/" + name);
        return stream is null ? Results.NotFound() : Results.Stream(stream, contentType);
    }

    private static void MapApi(WebApplication app, StoreGate gate, FolderWatcher? watcher, string db)
    {
        IResult Ok<T>(T value) => Results.Json(value, Json);

        app.MapGet("/api/status", (HttpRequest req) =>
        {
            _ = new ApiArgs(req, "status");
            var stats = gate.Read(s => s.Stats());
            long asserted = stats.EventsByMood.FirstOrDefault(kv => kv.Key == "asserted").Value;
            return Ok(new StatusJson(Path.GetFileName(db), stats.Articles, asserted, stats.Quotes, stats.FirstArticle, stats.LastArticle,
                stats.PipelineVersion, gate.DataVersion, watcher?.Status));
        });

        app.MapGet("/api/facets", (HttpRequest req) =>
        {
            var args = new ApiArgs(req, "facets", "mood");
            var filter = args.EventQuery(0, 0).Filter;
            return Ok(gate.Read(s =>
            {
                var roots = s.EventsByRoot(filter).OrderBy(r => r.Root, StringComparer.Ordinal)
                    .Select(r => new CountJson(r.Root, CameoCodes.Name(r.Root), r.Events)).ToList();
                var plover = s.EventsByPlover(filter).Select(p => new CountJson(p.Key, null, p.Value)).ToList();
                var (first, last) = s.EventDayRange(filter);
                return new FacetsJson(roots, plover, s.TopDyads(filter with { Limit = 30 }), s.Actors(new ActorFilter { Limit = 200 }), first, last);
            }));
        });

        app.MapGet("/api/events", (HttpRequest req) => EventPage(req, "events", byEventDate: false));
        app.MapGet("/api/timeline", (HttpRequest req) => EventPage(req, "timeline", byEventDate: true));

        IResult EventPage(HttpRequest req, string endpoint, bool byEventDate)
        {
            var args = new ApiArgs(req, endpoint, [.. ApiArgs.EventFilterNames, .. PageNames]);
            int limit = args.Limit(), offset = args.Offset();
            var page = gate.Read(s => s.EventPage(args.EventQuery(limit, offset), byEventDate));
            return Ok(new PageJson<EventJson>(page.Total, page.Offset, limit, page.Items.Select(EventJson.From).ToList()));
        }

        app.MapGet("/api/series", (HttpRequest req) =>
        {
            var args = new ApiArgs(req, "series", [.. ApiArgs.EventFilterNames, "period"]);
            bool? months = Period(args, allowAuto: true);
            var query = args.EventQuery(0, 0);
            var (points, monthly) = gate.Read(s =>
            {
                var weeks = months is true ? [] : s.EventSeries(query, months: false);

                // Auto: weeks for up to two years of events, months beyond, so that bars stay wide enough to see.
                bool useMonths = months ?? (weeks.Count > 0 && weeks[^1].Start.DayNumber - weeks[0].Start.DayNumber > 730);
                return (useMonths ? s.EventSeries(query, months: true) : weeks, useMonths);
            });
            return Ok(new SeriesJson(monthly ? "month" : "week", points.Sum(p => p.Events), points.Select(p => PeriodJson(p, monthly)).ToList()));
        });

        app.MapGet("/api/dyad", (HttpRequest req) =>
        {
            var args = new ApiArgs(req, "dyad", [.. ApiArgs.EventFilterNames, "period"]);
            if (args.Get("a") is null || args.Get("b") is null) throw new ApiArgumentException("dyad needs 'a' and 'b', two actor codes (such as a=USA&b=IRN)");
            bool months = Period(args, allowAuto: false) ?? false;
            var query = args.EventQuery(0, 0);
            var points = gate.Read(s => s.EventSeries(query, months));
            return Ok(new DyadSeriesJson(query.DyadA!, query.DyadB!, query.Directed, months ? "month" : "week",
                points.Sum(p => p.Events), points.Select(p => PeriodJson(p, months)).ToList()));
        });

        app.MapGet("/api/dyads", (HttpRequest req) =>
        {
            var args = new ApiArgs(req, "dyads", [.. ApiArgs.EventFilterNames, "limit"]);
            var filter = args.EventQuery(args.Limit(), 0).Filter;
            return Ok(gate.Read(s => s.TopDyads(filter)));
        });

        app.MapGet("/api/event", (HttpRequest req) =>
        {
            var args = new ApiArgs(req, "event", "article", "index");
            string article = args.Require("article");
            int index = args.GetInt("index", -1, 0, int.MaxValue);
            if (index < 0) throw new ApiArgumentException("'index' is required (the event's index in its article)");
            var (detail, merged, mentions) = gate.Read(s =>
            {
                var d = s.EventDetail(article, index);
                if (d is null) return ((EventDetail?)null, (MergedEvent?)null, (IReadOnlyList<EventMention>)[]);
                long? id = s.MergedIdOf(article, index);
                return id is { } m ? (d, s.FindMergedEvent(m), s.MentionsOf(m)) : (d, null, []);
            });
            if (detail is null) return NotFound($"no event {index} in article '{article}'");
            var marks = detail.Marks
                .Select(m => new MarkJson(m.Start - detail.SentenceStart, m.End - detail.SentenceStart, m.Kind, detail.SentenceText[(m.Start - detail.SentenceStart)..(m.End - detail.SentenceStart)]))
                .ToList();
            var info = ArticleJson.From(detail.Article);
            var ev = EventJson.From(detail.Event);

            // Every article that reported it: the merged event's reports, or this one alone when it was never merged (undated).
            var reports = mentions.Count > 0 ? mentions.Select(ReportJson.From).ToList() : [ReportJson.From(ev, info, detail.SentenceText)];
            return Ok(new EventDetailJson(ev, info, detail.SentenceStart, detail.SentenceText, marks, detail.Timex,
                merged is null ? null : MergedJson.From(merged, RepresentativeIndex(merged, mentions)), reports));
        });

        app.MapGet("/api/articles", (HttpRequest req) =>
        {
            var args = new ApiArgs(req, "articles", "q", "from", "to", "offset", "limit");
            string? q = args.Get("q");
            if (q is { Length: > 200 }) throw new ApiArgumentException("'q' takes at most 200 characters");
            DateOnly? from = args.GetDate("from"), to = args.GetDate("to");
            int limit = args.Limit(), offset = args.Offset();
            var page = gate.Read(s => s.SearchArticles(q, from, to, offset, limit));
            return Ok(new PageJson<ArticleHitJson>(page.Total, page.Offset, limit,
                page.Items.Select(h => new ArticleHitJson(ArticleJson.From(h.Article), h.MatchStart, h.Snippet, h.SnippetStart)).ToList()));
        });

        app.MapGet("/api/article", (HttpRequest req) =>
        {
            var args = new ApiArgs(req, "article", "id");
            string id = args.Require("id");
            var detail = gate.Read(s => s.Article(id));
            return detail is null
                ? NotFound($"no article '{id}'")
                : Ok(new ArticleDetailJson(ArticleJson.From(detail.Info), detail.Text, detail.Events.Select(EventJson.From).ToList()));
        });

        app.MapGet("/api/quotes", (HttpRequest req) =>
        {
            var args = new ApiArgs(req, "quotes", "speaker", "actor", "anonymous", "from", "to", "offset", "limit");
            int limit = args.Limit(), offset = args.Offset();
            var filter = new QuoteFilter
            {
                Speaker = args.Get("speaker"),
                Actor = args.GetCode("actor"),
                AnonymousOnly = args.GetBool("anonymous"),
                From = args.GetDate("from"),
                To = args.GetDate("to"),
                Limit = limit,
            };
            var page = gate.Read(s => s.QuotePage(filter, offset));
            return Ok(new PageJson<QuoteJson>(page.Total, page.Offset, limit, page.Items.Select(QuoteJson.From).ToList()));
        });

        app.MapGet("/api/speakers", (HttpRequest req) =>
        {
            var args = new ApiArgs(req, "speakers", "speaker", "anonymous", "limit");
            string? speaker = args.Get("speaker");
            bool anonymous = args.GetBool("anonymous");
            int limit = args.Limit();
            return Ok(gate.Read(s => s.Speakers(speaker, anonymous, limit)));
        });

        app.MapGet("/api/actors", (HttpRequest req) =>
        {
            var args = new ApiArgs(req, "actors", "actor", "offset", "limit");
            string? actor = args.GetCode("actor");
            int limit = args.Limit(), offset = args.Offset();
            var page = gate.Read(s => s.ActorPage(actor, offset, limit));
            return Ok(new PageJson<ActorCount>(page.Total, page.Offset, limit, page.Items));
        });

        app.MapGet("/api/merged", (HttpRequest req) =>
        {
            var args = new ApiArgs(req, "merged", [.. ApiArgs.EventFilterNames, "offset", "limit"]);
            int limit = args.Limit(), offset = args.Offset();
            var query = args.EventQuery(0, offset);
            var (total, rows) = gate.Read(s =>
            {
                // The store filters by codes, root, mood and days; PLOVER type, quad class and direction are checked here.
                var all = s.MergedEvents(query.Filter, query.DyadA, query.DyadB)
                    .Where(m => query.Plover is null || m.Plover == query.Plover)
                    .Where(m => query.QuadClass is null || m.QuadClass == query.QuadClass)
                    .Where(m => !query.Directed || query.DyadA is null
                        || ((m.SourceCode?.StartsWith(query.DyadA, StringComparison.Ordinal) ?? false) && (m.TargetCode?.StartsWith(query.DyadB!, StringComparison.Ordinal) ?? false)))
                    .ToList();
                return (all.Count, all.Skip(offset).Take(limit).ToList());
            });
            return Ok(new PageJson<MergedJson>(total, offset, limit, rows.Select(m => MergedJson.From(m, null)).ToList()));
        });

        app.MapGet("/api/merged-event", (HttpRequest req) =>
        {
            var args = new ApiArgs(req, "merged-event", "id");
            var raw = args.Require("id");
            if (!long.TryParse(raw, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long id))
                throw new ApiArgumentException($"'id' takes a merged event's number, not '{raw}'");
            var (merged, mentions) = gate.Read(s => (s.FindMergedEvent(id), s.MentionsOf(id)));
            return merged is null
                ? NotFound($"no merged event {id}")
                : Ok(new MergedDetailJson(MergedJson.From(merged, RepresentativeIndex(merged, mentions)), mentions.Select(ReportJson.From).ToList()));
        });

        app.MapGet("/api/summary", (HttpRequest req) =>
        {
            var args = new ApiArgs(req, "summary", "actor", "other", "n", "source", "target", "root", "from", "to", "mood");
            if (args.Get("actor") is null) throw new ApiArgumentException("summary needs 'actor' (an actor code such as UKR), and 'other' for a dyad");
            int n = args.GetInt("n", 10, 1, 100);
            string? other = args.GetCode("other");
            var filter = args.EventQuery(0, 0).Filter;
            var rows = gate.Read(s => s.SummaryTimeline(filter, n, other)
                .Select(d => new SummaryDateJson(d.Day, Math.Round(d.Score, 2), d.Articles, d.Events, d.Sentence,
                    MergedJson.From(d.Event, RepresentativeIndex(d.Event, s.MentionsOf(d.Event.Id)))))
                .ToList());
            return Ok(rows);
        });

        app.MapGet("/api/{**rest}", (string rest) => NotFound($"no endpoint /api/{rest}"));
    }

    // The event number of the merged event's representative report in its article, for /api/event.
    private static int? RepresentativeIndex(MergedEvent m, IReadOnlyList<EventMention> mentions) =>
        mentions.FirstOrDefault(x => x.ArticleId == m.ArticleId && x.Sentence == m.Sentence && x.Trigger == m.Trigger)?.EventIndex
        ?? mentions.FirstOrDefault(x => x.ArticleId == m.ArticleId)?.EventIndex;

    private static IResult NotFound(string message) => Results.Json(new ErrorJson(message, 404), Json, statusCode: 404);

    // True for months, false for weeks, null for "auto" (the default where allowed).
    private static bool? Period(ApiArgs args, bool allowAuto) => args.Get("period")?.ToLowerInvariant() switch
    {
        null => allowAuto ? null : false,
        "auto" when allowAuto => null,
        "week" => false,
        "month" => true,
        var v => throw new ApiArgumentException($"'period' takes week{(allowAuto ? ", month or auto" : " or month")}, not '{v}'"),
    };

    private static PeriodJson PeriodJson(PeriodPoint p, bool months) => new(
        p.Start, months ? p.Start.AddMonths(1).AddDays(-1) : p.Start.AddDays(6), p.Events, p.Cooperation, p.Conflict,
        Math.Round(p.Goldstein, 2), Math.Round(p.GoldsteinPositive, 2), Math.Round(p.GoldsteinNegative, 2));
}
