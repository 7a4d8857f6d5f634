using System.Text.Json;
using Annals.Actors;

namespace Annals.Cli.Commands;

/// <summary><c>annals actor "TEXT" [--date D]</c>: one JSON object {text, code, country, role, name}.</summary>
internal static class ActorCommand
{
    public static int Run(CliArgs args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Positional.Count == 0) throw new UsageException("actor needs a phrase, e.g. annals actor \"the Kremlin\" --date 2022-11-06");
        string text = string.Join(' ', args.Positional);
        var date = args.GetDate("date") ?? new DateOnly(2022, 1, 1);
        var mention = ActorRecognizer.Shared.ResolvePhrase(text, date);
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, ExtractCommand.JsonOptions))
        {
            w.WriteStartObject();
            w.WriteString("text", text);
            Write(w, "code", mention?.Code);
            Write(w, "country", mention?.Country);
            Write(w, "role", mention?.Role);
            Write(w, "name", mention?.Name);
            if (mention is not null) w.WriteString("kind", mention.Kind.ToString().ToLowerInvariant());
            w.WriteEndObject();
        }

        stdout.WriteLine(System.Text.Encoding.UTF8.GetString(ms.ToArray()));
        _ = stderr;
        return 0;
    }

    private static void Write(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }
}
