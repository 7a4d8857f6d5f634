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
    // Property names encoded once: the writer would otherwise transcode each name for every object it writes.
    private static readonly JsonEncodedText PActors = JsonEncodedText.Encode("actors");
    private static readonly JsonEncodedText PAnonymous = JsonEncodedText.Encode("anonymous");
    private static readonly JsonEncodedText PAntecedent = JsonEncodedText.Encode("antecedent");
    private static readonly JsonEncodedText PCameo = JsonEncodedText.Encode("cameo");
    private static readonly JsonEncodedText PCode = JsonEncodedText.Encode("code");
    private static readonly JsonEncodedText PConfidence = JsonEncodedText.Encode("confidence");
    private static readonly JsonEncodedText PCountry = JsonEncodedText.Encode("country");
    private static readonly JsonEncodedText PCue = JsonEncodedText.Encode("cue");
    private static readonly JsonEncodedText PDate = JsonEncodedText.Encode("date");
    private static readonly JsonEncodedText PDateBasis = JsonEncodedText.Encode("date_basis");
    private static readonly JsonEncodedText PEnd = JsonEncodedText.Encode("end");
    private static readonly JsonEncodedText PEvents = JsonEncodedText.Encode("events");
    private static readonly JsonEncodedText PEvidence = JsonEncodedText.Encode("evidence");
    private static readonly JsonEncodedText PGoldstein = JsonEncodedText.Encode("goldstein");
    private static readonly JsonEncodedText PId = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText PKind = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText PMedium = JsonEncodedText.Encode("medium");
    private static readonly JsonEncodedText PMood = JsonEncodedText.Encode("mood");
    private static readonly JsonEncodedText PName = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText PPlover = JsonEncodedText.Encode("plover");
    private static readonly JsonEncodedText PQuadClass = JsonEncodedText.Encode("quad_class");
    private static readonly JsonEncodedText PQuotes = JsonEncodedText.Encode("quotes");
    private static readonly JsonEncodedText PRole = JsonEncodedText.Encode("role");
    private static readonly JsonEncodedText PSentence = JsonEncodedText.Encode("sentence");
    private static readonly JsonEncodedText PSentences = JsonEncodedText.Encode("sentences");
    private static readonly JsonEncodedText PSource = JsonEncodedText.Encode("source");
    private static readonly JsonEncodedText PSpeaker = JsonEncodedText.Encode("speaker");
    private static readonly JsonEncodedText PStart = JsonEncodedText.Encode("start");
    private static readonly JsonEncodedText PTarget = JsonEncodedText.Encode("target");
    private static readonly JsonEncodedText PText = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText PTimexes = JsonEncodedText.Encode("timexes");
    private static readonly JsonEncodedText PTitle = JsonEncodedText.Encode("title");
    private static readonly JsonEncodedText PTrigger = JsonEncodedText.Encode("trigger");
    private static readonly JsonEncodedText PType = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText PUrl = JsonEncodedText.Encode("url");
    private static readonly JsonEncodedText PValue = JsonEncodedText.Encode("value");

    // The enums' contract names encoded once, like the property names: the writer copies their bytes instead of checking
    // and transcoding a name for every item. They are ASCII letters, which every encoder leaves as they are.
    private static readonly Dictionary<TimexType, JsonEncodedText> s_typeNames = EncodeNames<TimexType>(TypeName);
    private static readonly Dictionary<ActorKind, JsonEncodedText> s_actorKinds = EncodeNames<ActorKind>(LowerName);
    private static readonly Dictionary<QuoteKind, JsonEncodedText> s_quoteKinds = EncodeNames<QuoteKind>(LowerName);
    private static readonly Dictionary<Mood, JsonEncodedText> s_moodNames = EncodeNames<Mood>(MoodName);

    /// <summary>Writes <paramref name="doc"/> as one JSON object.</summary>
    public static void Write(Utf8JsonWriter w, AnalyzedDocument doc)
    {
        var a = doc.Article;
        w.WriteStartObject();
        w.WriteString(PId, a.Id);
        w.WriteString(PDate, a.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        if (a.Title is not null) w.WriteString(PTitle, a.Title);
        if (a.Source is not null) w.WriteString(PSource, a.Source);
        if (a.Url is not null) w.WriteString(PUrl, a.Url);

        w.WriteStartArray(PSentences);
        foreach (var s in doc.Sentences)
        {
            w.WriteStartObject();
            w.WriteNumber(PStart, s.Start);
            w.WriteNumber(PEnd, s.End);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray(PTimexes);
        foreach (var t in doc.Timexes)
        {
            w.WriteStartObject();
            WriteSpanText(w, doc, t.Start, t.End);
            w.WriteString(PType, Encoded(s_typeNames, t.Type, TypeName));
            w.WriteString(PValue, t.Value);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray(PActors);
        foreach (var m in doc.Actors)
        {
            w.WriteStartObject();
            WriteSpanText(w, doc, m.Start, m.End);
            WriteNullable(w, PCode, m.Code);
            WriteNullable(w, PName, m.Name);
            WriteNullable(w, PCountry, m.Country);
            WriteNullable(w, PRole, m.Role);
            w.WriteString(PKind, Encoded(s_actorKinds, m.Kind, LowerName));
            if (m.Anonymous) w.WriteBoolean(PAnonymous, true);
            if (m.Antecedent >= 0) w.WriteNumber(PAntecedent, m.Antecedent);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray(PQuotes);
        foreach (var q in doc.Quotes)
        {
            w.WriteStartObject();
            WriteSpanText(w, doc, q.Start, q.End);
            w.WriteString(PKind, Encoded(s_quoteKinds, q.Kind, LowerName));
            if (q.Speaker is { } sp)
            {
                w.WriteStartObject(PSpeaker);
                if (sp.Start >= 0 && sp.End > sp.Start && sp.End <= doc.Text.Length)
                {
                    w.WriteString(PText, doc.Slice(sp.Start, sp.End));
                    w.WriteNumber(PStart, sp.Start);
                    w.WriteNumber(PEnd, sp.End);
                }
                else
                {
                    w.WriteNull(PText);
                }

                WriteNullable(w, PName, sp.Name);
                WriteNullable(w, PCode, sp.Code);
                w.WriteBoolean(PAnonymous, sp.Anonymous);
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull(PSpeaker);
            }

            if (q.CueStart >= 0 && q.CueEnd > q.CueStart) w.WriteString(PCue, doc.Slice(q.CueStart, q.CueEnd));
            else w.WriteNull(PCue);
            WriteNullable(w, PMedium, q.Medium);
            WriteNullable(w, PDate, q.Date);
            WriteNullable(w, PDateBasis, q.DateBasis);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray(PEvents);
        foreach (var e in doc.Events)
        {
            w.WriteStartObject();
            w.WriteNumber(PSentence, e.Sentence);
            w.WriteString(PTrigger, doc.Slice(e.TriggerStart, e.TriggerEnd));
            WriteParty(w, PSource, e.Source);
            WriteParty(w, PTarget, e.Target);
            w.WriteString(PCameo, e.Cameo);
            WriteNullable(w, PPlover, e.Plover);
            w.WriteNumber(PQuadClass, e.QuadClass);
            w.WriteNumber(PGoldstein, e.Goldstein);
            WriteNullable(w, PDate, e.Date);
            WriteNullable(w, PDateBasis, e.DateBasis);
            w.WriteString(PMood, Encoded(s_moodNames, e.Mood, MoodName));
            w.WriteStartObject(PEvidence);
            w.WriteNumber(PStart, e.EvidenceStart);
            w.WriteNumber(PEnd, e.EvidenceEnd);
            w.WriteEndObject();
            w.WriteNumber(PConfidence, Math.Round(e.Confidence, 3));
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

    // An enum's name in lower case, made once per value rather than once per item written.
    private static string LowerName<T>(T value) where T : struct, Enum => LowerNames<T>.Of(value);

    private static class LowerNames<T> where T : struct, Enum
    {
        private static readonly Dictionary<T, string> s_names = Enum.GetValues<T>().ToDictionary(v => v, v => v.ToString().ToLowerInvariant());

        public static string Of(T value) => s_names.TryGetValue(value, out var name) ? name : value.ToString().ToLowerInvariant();
    }

    private static Dictionary<T, JsonEncodedText> EncodeNames<T>(Func<T, string> name) where T : struct, Enum
    {
        var names = new Dictionary<T, JsonEncodedText>();
        foreach (var v in Enum.GetValues<T>()) names[v] = JsonEncodedText.Encode(name(v));
        return names;
    }

    // A value outside the enum (none is made) is named as before, encoded on the spot.
    private static JsonEncodedText Encoded<T>(Dictionary<T, JsonEncodedText> names, T value, Func<T, string> name) where T : struct, Enum =>
        names.TryGetValue(value, out var encoded) ? encoded : JsonEncodedText.Encode(name(value));

    private static void WriteSpanText(Utf8JsonWriter w, AnalyzedDocument doc, int start, int end)
    {
        w.WriteString(PText, doc.Slice(start, end));
        w.WriteNumber(PStart, start);
        w.WriteNumber(PEnd, end);
    }

    private static void WriteParty(Utf8JsonWriter w, JsonEncodedText name, EventParty? p)
    {
        if (p is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        WriteNullable(w, PCode, p.Code);
        WriteNullable(w, PName, p.Name);
        w.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter w, JsonEncodedText name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }
}
