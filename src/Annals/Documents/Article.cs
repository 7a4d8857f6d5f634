namespace Annals.Documents;

/// <summary>One news article as read from an input: its body text, its date and what identifies it.</summary>
/// <remarks>
/// <see cref="Text"/> is the article's body exactly as the contract defines it; every annotation offset is a
/// UTF-16 index into it. <see cref="Origin"/> names where the article came from ("file.jsonl:12") for messages.
/// </remarks>
public sealed record Article(string Id, DateOnly Date, string Text)
{
    /// <summary>The article's headline, when the input gives one.</summary>
    public string? Title { get; init; }

    /// <summary>The publisher or outlet, when the input gives one.</summary>
    public string? Source { get; init; }

    /// <summary>The article's address, when the input gives one.</summary>
    public string? Url { get; init; }

    /// <summary>Where the record was read: file and line, for messages.</summary>
    public string? Origin { get; init; }
}
