using Annals.Actors;
using Annals.Documents;
using Annals.Text;

namespace Annals.Tests.Actors;

/// <summary>Whom "he", "she", "him" and "her" are resolved to: subjects before nearer names, quotes, and sex.</summary>
public class PronounTests
{
    private static AnalyzedDocument Analyze(string text, string date = "2016-05-10") => ActorTestDocuments.Analyze(text, date);

    // The name the n-th mention whose text is `word` (counted from 1) resolves to, or null when it is no mention.
    private static string? NameOf(AnalyzedDocument doc, string word, int nth)
    {
        int seen = 0;
        foreach (var m in doc.Actors)
        {
            if (doc.Text[m.Start..m.End] != word) continue;
            if (++seen == nth) return m.Name;
        }

        return null;
    }

    [Theory]
    // A subject pronoun with no one before it in its sentence takes the subject of the sentence before ...
    [InlineData("Ted Cruz said the talks between Bernie Sanders and Donald Trump had stalled. He said both men were to blame.", "He", 1, "Ted Cruz")]
    [InlineData("Marco Rubio met Donald Trump in Miami on Monday. He said the meeting had been useful.", "He", 1, "Marco Rubio")]
    // ... but not a possessor or a preposition's object.
    [InlineData("A spokeswoman for Donald Trump did not return calls on Tuesday. He is holding a rally in Ohio instead.", "He", 1, "Donald Trump")]
    [InlineData("Hillary Clinton's plan was backed on Friday by Senator Dianne Feinstein. She said it was sound.", "She", 1, "Dianne Feinstein")]
    // A sentence of quotation between is passed over; a sentence of the narrator's is not, even one naming no one known.
    [InlineData("Bernie Sanders met Barack Obama on Monday. \"It was a good meeting.\" He then left for Vermont.", "He", 1, "Bernie Sanders")]
    [InlineData("Bernie Sanders met Barack Obama on Monday. The meeting ran long into the night. He then left for Vermont.", "He", 1, "Barack Obama")]
    // In its own sentence a possessor is passed over, and a pronoun that speaks after a clause takes its subject.
    [InlineData("Ted Cruz spoke in Iowa on Monday. After Mike Pence's introduction, he said the party must unite.", "he", 1, "Ted Cruz")]
    [InlineData("Chris Christie backed Jeb Bush while Marco Rubio was still running, he said on Monday.", "he", 1, "Chris Christie")]
    // Not after "when": the nearest name is meant.
    [InlineData("Hugh Hewitt asked Donald Trump about remarks from the night before, when he claimed victory.", "he", 1, "Donald Trump")]
    // A role in apposition ("Name, a spokesman for X,") names the person just named, who stays the antecedent.
    [InlineData("Craig Minassian, a spokesman for the foundation, said the rules had changed. The foundation will keep raising money. \"Nothing else matters,\" he said.", "he", 1, "Craig Minassian")]
    // "As for Trump, he ...": the topic.
    [InlineData("Ben Carson spoke for an hour. As for Donald Trump, he stayed quiet.", "he", 1, "Donald Trump")]
    public void SubjectPronoun_TakesTheSubjectBeforeTheNearestName(string text, string word, int nth, string name)
    {
        Assert.Equal(name, NameOf(Analyze(text), word, nth));
    }

    [Theory]
    // From outside a quotation, the names inside it are the speaker's words.
    [InlineData("Hillary Clinton's plan was backed on Friday by Senator Dianne Feinstein. \"Nobody can blame Hillary Clinton for mail she never sent,\" she said.", "she", 2, "Dianne Feinstein")]
    [InlineData("Bernie Sanders met Barack Obama at the White House. \"I enjoyed meeting the president,\" he said.", "he", 1, "Bernie Sanders")]
    // A pronoun that speaks goes on the last speaker's words, not the subject of the quoted clause.
    [InlineData("Donald Trump is \"a real change agent,\" Tom Cole said on Thursday. \"They will find common ground,\" he said.", "he", 1, "Tom Cole")]
    // Inside a quotation, a pronoun is left to the nearest name.
    [InlineData("Ted Cruz spoke in Iowa on Monday. \"Donald Trump has no plan, and he knows it,\" Cruz said.", "he", 1, "Donald Trump")]
    public void Pronoun_OutsideAQuote_PassesOverNamesInsideIt(string text, string word, int nth, string name)
    {
        Assert.Equal(name, NameOf(Analyze(text), word, nth));
    }

    [Theory]
    // A name the dictionaries do not know, followed by a relative "who", is a person.
    [InlineData("Steven Aftergood, who studies government secrecy, said the dispute was overblown. Still, he called it unusual.", "he", 1, "Steven Aftergood")]
    [InlineData("Dorothy Woods, whose husband died in the attack, spoke on Thursday. She said the criticism was fair.", "She", 1, "Dorothy Woods")]
    [InlineData("Edward Kleinbard, former chief of staff of the committee, agreed. He said the Treasury had little power.", "He", 1, "Edward Kleinbard")]
    public void UnknownName_BeforeWho_IsAPerson(string text, string word, int nth, string name)
    {
        Assert.Equal(name, NameOf(Analyze(text), word, nth));
    }

    [Theory]
    // A given name that names one sex keeps "him" off a woman the dictionaries do not know ...
    [InlineData("Bernie Sanders met Megan Holt, who leads the nurses' union. Reporters later asked him about wages.", "him", 1, "Bernie Sanders")]
    [InlineData("Hillary Clinton met Steven Aftergood, who studies secrecy. Reporters later asked her about the emails.", "her", 1, "Hillary Clinton")]
    // ... and a pronoun that resolved to a person of unknown sex tells the sex from then on.
    [InlineData("Hillary Clinton spoke first. Sandy Brooks, who leads the union, spoke next. He said wages must rise. Reporters then asked her about it.", "her", 1, "Hillary Clinton")]
    public void Sex_OfUnknownPeople_ComesFromNamesAndPronouns(string text, string word, int nth, string? name)
    {
        Assert.Equal(name, NameOf(Analyze(text), word, nth));
    }

    [Theory]
    // Office holders listed without a sex take it from their given name.
    [InlineData("Ronald Reagan met Margaret Thatcher in London. She said the talks had gone well.", "She", 1, "Margaret Thatcher")]
    public void Sex_OfOfficeHolders_ComesFromTheGivenName(string text, string word, int nth, string? name)
    {
        Assert.Equal(name, NameOf(Analyze(text, "1985-06-01"), word, nth));
    }

    [Theory]
    // A surname alone means the person it was first given to, and is that person even when it is an agent noun.
    [InlineData("Steven Murphy, who leads the effort, spoke first. A teacher, Anne Marie Murphy, who died there, was named. Later Murphy said he would go on.", "Murphy", 1, "Steven Murphy")]
    [InlineData("Duncan Hunter said he backs Trump. Hunter, meanwhile, told reporters more.", "Hunter", 1, "Duncan Hunter")]
    public void Surname_KeepsItsFirstPerson(string text, string word, int nth, string name)
    {
        Assert.Equal(name, NameOf(Analyze(text), word, nth));
    }

    [Theory]
    // A country word closing a name after a given name is a surname; before a noun it stays the country's.
    [InlineData("Mark Cuban said he would back the plan.", "Mark Cuban", "Mark Cuban")]
    [InlineData("David French, a writer, said the party had lost its way.", "David French", "David French")]
    public void GivenName_ThenCountryWord_IsAName(string text, string mention, string name)
    {
        var doc = Analyze(text);
        Assert.Contains(doc.Actors, m => doc.Text[m.Start..m.End] == mention && m.Name == name && m.Kind == ActorKind.Person);
    }

    [Fact]
    public void GivenName_ThenDemonymBeforeANoun_StaysTheCountry()
    {
        var doc = Analyze("Officials met Mark, and Cuban officials said the talks went well.");
        Assert.Contains(doc.Actors, m => m.Country == "CUB");
    }

    [Theory]
    // A name told in passing becomes a person when its surname later speaks; a surname alone never told fully stays no one.
    [InlineData("The show was hosted by Glenn Beck on Monday. Beck said the debate was a trap.", "Beck", "Glenn Beck")]
    [InlineData("The show aired on Monday. Beck said the debate was a trap.", "Beck", null)]
    public void SurnameThatSpeaks_TakesTheNameToldBefore(string text, string mention, string? name)
    {
        var doc = Analyze(text);
        var m = doc.Actors.FirstOrDefault(a => doc.Text[a.Start..a.End] == mention);
        Assert.Equal(name, m?.Name);
    }

    // A head in the next sentence is no head of a modifier ending this one.
    [Fact]
    public void Mention_DoesNotRunAcrossASentenceEnd()
    {
        var doc = Analyze("Traffickers were crossing into the U.S.\nChris Christie added that he would act.");
        Assert.Contains(doc.Actors, m => doc.Text[m.Start..m.End] == "Chris Christie");
    }

    [Theory]
    // "the senator" after a named legislator is that legislator.
    [InlineData("Sen. Elizabeth Warren met Hillary Clinton on Thursday. Asked about the ticket, the senator declined to answer.", "the senator", "Elizabeth Warren")]
    public void DefiniteRole_AfterANamedLegislator_IsThatPerson(string text, string mention, string name)
    {
        var doc = Analyze(text, "2016-06-10");
        Assert.Contains(doc.Actors, m => doc.Text[m.Start..m.End] == mention && m.Name == name);
    }

    [Fact]
    public void Lexicon_GivenNameSex_ReadsTheList()
    {
        Assert.Equal('f', ActorLexicon.Default.GivenNameSex("megan"));
        Assert.Equal('m', ActorLexicon.Default.GivenNameSex("Steven"));
        Assert.Equal('-', ActorLexicon.Default.GivenNameSex("Jordan"));
    }

    [Theory]
    [InlineData("Megan, MEGAN and megan met Steven, José, JOSÉ, Jose, Jean-Pierre and Jordan; Stéphane’s aide, Władysław.")]
    [InlineData("Bülent Ecevit and Frank-Walter Steinmeier spoke with Mary O'Neill and Karl-Theodor zu Guttenberg.")]
    public void Lexicon_GivenNameSexOfAToken_EqualsThatOfItsText(string text)
    {
        foreach (var t in Tokenizer.Tokenize(text))
        {
            if (t.Kind != TokenKind.Word) continue;
            Assert.Equal(ActorLexicon.Default.GivenNameSex(text.AsSpan(t.Start, t.Length)), ActorLexicon.Default.GivenNameSex(text, t));
        }
    }
}
