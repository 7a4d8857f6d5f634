using System.Text.Json;
using Annals.Documents;

namespace Annals.Pipeline;

/// <summary>Writes an analysed document as the contract's JSON object (one line, no indentation).</summary>
/// <remarks>
/// Field names and meanings follow the extraction contract; fields beyond it are additions only.
/// Strings are cut from the article text at write time, so they always agree with the offsets.
/// </remarks>
public static class ExtractionJsonWriter
{
    /// <summary>Writes <paramref name="doc"/> as one JSON object.</summary>
    public static void Write(Utf8JsonWriter w, AnalyzedDocument doc)
    {
        var a = doc.Article;
        w.WriteStartObject();
        w.WriteString("id", a.Id);
        w.WriteString("date", a.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        if (a.Title is not null) w.WriteString("title", a.Title);
        if (a.Source is not null) w.WriteString("source", a.Source);
        if (a.Url is not null) w.WriteString("url", a.Url);

        w.WriteStartArray("sentences");
        foreach (var s in doc.Sentences)
        {
            w.WriteStartObject();
            w.WriteNumber("start", s.Start);
            w.WriteNumber("end", s.End);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("timexes");
        foreach (var t in doc.Timexes)
        {
            w.WriteStartObject();
            WriteSpanText(w, doc, t.Start, t.End);
            w.WriteString("type", TypeName(t.Type));
            w.WriteString("value", t.Value);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("actors");
        foreach (var m in doc.Actors)
        {
            w.WriteStartObject();
            WriteSpanText(w, doc, m.Start, m.End);
            WriteNullable(w, "code", m.Code);
            WriteNullable(w, "name", m.Name);
            WriteNullable(w, "country", m.Country);
            WriteNullable(w, "role", m.Role);
            w.WriteString("kind", m.Kind.ToString().ToLowerInvariant());
            if (m.Anonymous) w.WriteBoolean("anonymous", true);
            if (m.Antecedent >= 0) w.WriteNumber("antecedent", m.Antecedent);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("quotes");
        foreach (var q in doc.Quotes)
        {
            w.WriteStartObject();
            WriteSpanText(w, doc, q.Start, q.End);
            w.WriteString("kind", q.Kind.ToString().ToLowerInvariant());
            if (q.Speaker is { } sp)
            {
                w.WriteStartObject("speaker");
                if (sp.Start >= 0 && sp.End > sp.Start && sp.End <= doc.Text.Length)
                {
                    w.WriteString("text", doc.Slice(sp.Start, sp.End));
                    w.WriteNumber("start", sp.Start);
                    w.WriteNumber("end", sp.End);
                }
                else
                {
                    w.WriteNull("text");
                }

                WriteNullable(w, "name", sp.Name);
                WriteNullable(w, "code", sp.Code);
                w.WriteBoolean("anonymous", sp.Anonymous);
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("speaker");
            }

            if (q.CueStart >= 0 && q.CueEnd > q.CueStart) w.WriteString("cue", doc.Slice(q.CueStart, q.CueEnd));
            else w.WriteNull("cue");
            WriteNullable(w, "medium", q.Medium);
            WriteNullable(w, "date", q.Date);
            WriteNullable(w, "date_basis", q.DateBasis);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("events");
        foreach (var e in doc.Events)
        {
            w.WriteStartObject();
            w.WriteNumber("sentence", e.Sentence);
            w.WriteString("trigger", doc.Slice(e.TriggerStart, e.TriggerEnd));
            WriteParty(w, "source", e.Source);
            WriteParty(w, "target", e.Target);
            w.WriteString("cameo", e.Cameo);
            WriteNullable(w, "plover", e.Plover);
            w.WriteNumber("quad_class", e.QuadClass);
            w.WriteNumber("goldstein", e.Goldstein);
            WriteNullable(w, "date", e.Date);
            WriteNullable(w, "date_basis", e.DateBasis);
            w.WriteString("mood", MoodName(e.Mood));
            w.WriteStartObject("evidence");
            w.WriteNumber("start", e.EvidenceStart);
            w.WriteNumber("end", e.EvidenceEnd);
            w.WriteEndObject();
            w.WriteNumber("confidence", Math.Round(e.Confidence, 3));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>The contract's name for a TIMEX3 type.</summary>
    public static string TypeName(TimexType type) => type switch
    {
        TimexType.Date => "DATE",
        TimexType.Time => "TIME",
        TimexType.Duration => "DURATION",
        _ => "SET",
    };

    /// <summary>The contract's name for a mood.</summary>
    public static string MoodName(Mood mood) => mood switch
    {
        Mood.Asserted => "asserted",
        Mood.Negated => "negated",
        Mood.Hypothetical => "hypothetical",
        Mood.Future => "future",
        _ => "conditional",
    };

    private static void WriteSpanText(Utf8JsonWriter w, AnalyzedDocument doc, int start, int end)
    {
        w.WriteString("text", doc.Slice(start, end));
        w.WriteNumber("start", start);
        w.WriteNumber("end", end);
    }

    private static void WriteParty(Utf8JsonWriter w, string name, EventParty? p)
    {
        if (p is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        WriteNullable(w, "code", p.Code);
        WriteNullable(w, "name", p.Name);
        w.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }
}
