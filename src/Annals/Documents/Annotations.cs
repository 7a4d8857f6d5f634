namespace Annals.Documents;

/// <summary>The kinds of annotation a stage can require or produce.</summary>
[Flags]
public enum Annotations
{
    /// <summary>Nothing.</summary>
    None = 0,
    /// <summary>Sentence boundaries.</summary>
    Sentences = 1,
    /// <summary>Tokens with offsets.</summary>
    Tokens = 2,
    /// <summary>Temporal expressions.</summary>
    Timexes = 4,
    /// <summary>Actor mentions.</summary>
    Actors = 8,
    /// <summary>Quotations and reported speech.</summary>
    Quotes = 16,
    /// <summary>Coded events.</summary>
    Events = 32,
}

/// <summary>A sentence: a span of the article body.</summary>
/// <remarks>Invariant: in a document, sentences are sorted, do not overlap, and lie inside the text.</remarks>
public readonly record struct Sentence(int Start, int End)
{
    /// <summary>Number of UTF-16 code units.</summary>
    public int Length => End - Start;
}

/// <summary>What a token is made of.</summary>
public enum TokenKind : byte
{
    /// <summary>Letters, possibly with inner apostrophes, hyphens or periods ("U.S.", "Zelenskyy's").</summary>
    Word,
    /// <summary>Digits, possibly with inner separators ("2,000", "3.5", "10/3/2022").</summary>
    Number,
    /// <summary>A quotation mark of any kind (" “ ” ‘ ’ « » and an apostrophe used as a quote).</summary>
    Quote,
    /// <summary>Any other punctuation or symbol.</summary>
    Punct,
}

/// <summary>The letter case of a word token, read once by the tokenizer.</summary>
[Flags]
public enum TokenShape : byte
{
    /// <summary>No capital letter (or not a word).</summary>
    None = 0,
    /// <summary>Begins with a capital letter ("Kyiv", "NATO").</summary>
    Capitalized = 1,
    /// <summary>Has a capital letter anywhere ("iPhone", "McCain").</summary>
    HasUpper = 2,
    /// <summary>Two or more letters, every one a capital ("NATO", "U.S.").</summary>
    AllCaps = 4,
    /// <summary>Has an ASCII hyphen inside ("ex-minister", "Saudi-led").</summary>
    Hyphenated = 8,
    /// <summary>The key is not simply the lower-cased text: a period, hyphen or character beyond ASCII was folded ("U.S.", "Élysée", "don’t").</summary>
    Folded = 16,
}

/// <summary>A token: a span of the article body with its kind.</summary>
/// <remarks>
/// Invariant: in a document, tokens are sorted, do not overlap, and lie inside the text. <see cref="Key"/> and
/// <see cref="Shape"/> are filled in by the tokenizer; a token made by hand has key 0 and no shape. Sixteen bytes:
/// the kind, the shape and the 56-bit key share one word, because every stage walks arrays of tokens.
/// </remarks>
public readonly record struct Token
{
    private const ulong KeyMask = (1UL << 56) - 1;
    private readonly ulong _bits; // key in bits 0-55, shape in 56-61, kind in 62-63

    /// <summary>A token of <paramref name="kind"/> over [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public Token(int start, int end, TokenKind kind)
    {
        Start = start;
        End = end;
        _bits = (ulong)kind << 62;
    }

    /// <summary>Offset of the first character.</summary>
    public int Start { get; init; }

    /// <summary>Offset after the last character.</summary>
    public int End { get; init; }

    /// <summary>What the token is made of.</summary>
    public TokenKind Kind => (TokenKind)(_bits >> 62);

    /// <summary>Number of UTF-16 code units.</summary>
    public int Length => End - Start;

    /// <summary>The key of the token's folded form (<see cref="Annals.Text.TokenKey.Of"/> of its text), for dictionary lookups.</summary>
    public ulong Key
    {
        get => _bits & KeyMask;
        init => _bits = (_bits & ~KeyMask) | (value & KeyMask);
    }

    /// <summary>
    /// True for a word of ASCII letters, digits and straight apostrophes only (no <see cref="TokenShape.Folded"/>):
    /// its key is that of its lower-cased text, so a case-insensitive dictionary may look it up by <see cref="Key"/>.
    /// </summary>
    public bool IsPlainWord => Kind == TokenKind.Word && (Shape & TokenShape.Folded) == 0;

    /// <summary>Letter case and hyphenation of a word token.</summary>
    public TokenShape Shape
    {
        get => (TokenShape)((_bits >> 56) & 0x3F);
        init => _bits = (_bits & ~(0x3FUL << 56)) | ((ulong)((byte)value & 0x3F) << 56);
    }
}
