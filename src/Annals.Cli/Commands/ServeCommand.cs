using System.Globalization;
using System.Net;
using Annals.Server;
using Annals.Storage;
using Microsoft.Extensions.Hosting;

namespace Annals.Cli.Commands;

/// <summary><c>annals serve [--db FILE] [--urls URL[;URL]] [--watch DIR] [--poll SECONDS]</c>: the explore page and its API.</summary>
/// <remarks>
/// Without --watch the store is opened read-only and must exist; with it the server holds the store for writing
/// and ingests new files in DIR itself (DuckDB allows one writing process). Runs until Ctrl+C.
/// Exit status 1 when the store or the address is refused.
/// </remarks>
internal static class ServeCommand
{
    private static readonly string[] Options = ["db", "urls", "watch", "poll"];

    public static int Run(CliArgs args, TextWriter stdout, TextWriter stderr)
    {
        QueryCommand.AllowOnly(args, "serve", Options);
        if (args.Positional.Count > 0) throw new UsageException($"serve takes no PATH, only options (got '{args.Positional[0]}'); use --watch DIR to ingest a folder");
        var urls = (args.Get("urls") ?? ExploreServerOptions.DefaultUrl).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var url in urls)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                throw new UsageException($"--urls takes addresses such as {ExploreServerOptions.DefaultUrl}, not '{url}'");
            if (!IsLoopback(uri))
                stderr.WriteLine($"annals: warning: {url} is reachable from other machines; the page has no login");
        }

        string? watch = args.Get("watch");
        if (watch is not null && !Directory.Exists(watch)) throw new UsageException($"--watch takes a folder, and {watch} is not one");
        double poll = args.Has("poll") && double.TryParse(args.Get("poll"), NumberStyles.Float, CultureInfo.InvariantCulture, out var p) ? p : 1.0;
        if (poll is < 0.05 or > 3600) throw new UsageException("--poll takes seconds from 0.05 to 3600");
        string db = args.Get("db") ?? IngestCommand.DefaultDb;

        var synced = TextWriter.Synchronized(stdout);
        Microsoft.AspNetCore.Builder.WebApplication app;
        try
        {
            app = ExploreServer.Build(new ExploreServerOptions
            {
                Db = db,
                Urls = urls,
                WatchDir = watch,
                PollInterval = TimeSpan.FromSeconds(poll),
                Log = synced.WriteLine,
            });
        }
        catch (StoreException ex)
        {
            stderr.WriteLine("annals: " + ex.Message);
            if (ex.Code == StoreErrors.E107[..4])
                stderr.WriteLine("annals: to add articles while serving, give serve --watch DIR and drop the files there");
            else if (watch is null)
                stderr.WriteLine("annals: serve opens the store read-only; ingest first, or give --watch DIR to ingest while serving");
            return 1;
        }

        using (app)
        {
            try
            {
                app.Start();
            }
            catch (IOException ex)
            {
                stderr.WriteLine($"annals: cannot listen on {string.Join(", ", urls)}: {ex.Message}");
                return 1;
            }

            synced.WriteLine($"annals: serving {db} at {string.Join(", ", app.Urls)}" + (watch is null ? " (read-only)" : $", ingesting new files in {watch}") + "; Ctrl+C stops");
            app.WaitForShutdown();
        }

        return 0;
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
}
