using Annals.Documents;

namespace Annals.Tests.Actors;

/// <summary>Two people with one surname, and a given name that says who speaks.</summary>
public sealed class ActorRound9Tests
{
    private static (string Text, ActorMention Mention)? Find(AnalyzedDocument doc, string mention, int nth)
    {
        int seen = 0;
        foreach (var m in doc.Actors)
        {
            if (doc.Text[m.Start..m.End] != mention) continue;
            if (++seen == nth) return (doc.Text[m.Start..m.End], m);
        }

        return null;
    }

    [Theory]
    // A relative or a namesake of a listed person is a person the dictionaries do not know.
    [InlineData("Brenda Johnson, a nurse from Leeds, said she would vote in May.", "2020-01-01", "Brenda Johnson", "Brenda Johnson", null)]
    [InlineData("Eric Trump spoke to donors in Ohio on Monday.", "2016-03-01", "Eric Trump", "Eric Trump", null)]
    [InlineData("On Monday Laura Bush visited a clinic in Iowa.", "2016-03-01", "Laura Bush", "Laura Bush", null)]
    // Listed names and their listed variants stay the listed person.
    [InlineData("Boris Johnson spoke in Leeds on Friday.", "2020-01-01", "Boris Johnson", "Boris Johnson", "GBRGOV")]
    [InlineData("Hillary Rodham Clinton spoke in Iowa.", "2016-03-01", "Hillary Rodham Clinton", "Hillary Clinton", "USAPTY")]
    [InlineData("Bill Clinton spoke in Iowa.", "2016-03-01", "Bill Clinton", "Bill Clinton", "USAELI")]
    // A given name that begins like the listed one is a form of it.
    [InlineData("Stephen Bannon joined the campaign in August.", "2016-08-20", "Stephen Bannon", "Steve Bannon", null)]
    public void FullName_WithAnotherGivenName_IsNotTheListedPerson(string text, string date, string mention, string name, string? code)
    {
        var found = Find(ActorTestDocuments.Analyze(text, date), mention, 1);
        Assert.NotNull(found);
        Assert.Equal(name, found.Value.Mention.Name);
        if (code is not null) Assert.Equal(code, found.Value.Mention.Code);
        if (name != "Steve Bannon" && code is null) Assert.Null(found.Value.Mention.Code);
    }

    [Theory]
    // The surname alone after a namesake, and a title with the surname, keep meaning the listed person.
    [InlineData("Eric Trump spoke to donors on Monday. Trump said the race was close.", "2016-03-01", "Trump", "Donald Trump")]
    [InlineData("Laura Clinton spoke first. Mrs. Clinton said the plan would pass.", "2016-03-01", "Mrs. Clinton", "Hillary Clinton")]
    public void Surname_AfterANamesake_IsTheListedPerson(string text, string date, string mention, string name)
    {
        var found = Find(ActorTestDocuments.Analyze(text, date), mention, 1);
        Assert.NotNull(found);
        Assert.Equal(name, found.Value.Mention.Name);
    }

    [Theory]
    // A given name alone that speaks is the one person the article named in full with it.
    [InlineData("Caroline Kennedy visited the school on Monday. Caroline said the children were brave.", "Caroline", "Caroline Kennedy")]
    [InlineData("Caroline Hughes, a nurse, said the ward was full. Later Caroline said the staff were tired.", "Caroline", "Caroline Hughes")]
    public void GivenName_ThatSpeaks_IsThePersonNamedInFull(string text, string mention, string name)
    {
        var found = Find(ActorTestDocuments.Analyze(text, "2016-03-01"), mention, 1);
        Assert.NotNull(found);
        Assert.Equal(name, found.Value.Mention.Name);
    }

    [Theory]
    // Two people named in full with one given name: the given name alone says nobody.
    [InlineData("Caroline Kennedy visited the school. Caroline Hughes, a teacher, said it was old. Caroline said the roof leaks.", "Caroline")]
    public void GivenName_SharedByTwo_IsNobody(string text, string mention)
    {
        Assert.Null(Find(ActorTestDocuments.Analyze(text, "2016-03-01"), mention, 1));
    }
}
