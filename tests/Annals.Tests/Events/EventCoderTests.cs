using Annals.Documents;
using Annals.Events;

namespace Annals.Tests.Events;

public class EventCoderTests
{
    private static readonly EventCoder Coder = new();

    private static string MoodName(Mood m) => Annals.Pipeline.ExtractionJsonWriter.MoodName(m);

    private static string Describe(AnalyzedDocument doc) => string.Join("; ", doc.Events.Select(e =>
        $"{e.Cameo} {e.Source?.Code}->{e.Target?.Code} {MoodName(e.Mood)} '{doc.Text[e.TriggerStart..e.TriggerEnd]}' {e.Confidence:0.00}"));

    // Each row: sentence in our own words, actors as "phrase=CODE;...", expected CAMEO code, source, target, mood.
    [Theory]
    [InlineData("Kenya urged Uganda to resume negotiations over the border.", "Kenya=KEN;Uganda=UGA", "026", "KEN", "UGA", "asserted")]
    [InlineData("The Tanzanian government called on Rwanda to release the detained journalists.", "The Tanzanian government=TZAGOV;Rwanda=RWA", "0253", "TZAGOV", "RWA", "asserted")]
    [InlineData("Norway held talks with Sweden on fishing rights.", "Norway=NOR;Sweden=SWE", "040", "NOR", "SWE", "asserted")]
    [InlineData("Norway met with Swedish diplomats in Oslo on Monday.", "Norway=NOR;Swedish diplomats=SWEGOV;Oslo=NOR", "040", "NOR", "SWEGOV", "asserted")]
    [InlineData("Chile ruled out talks with Bolivia.", "Chile=CHL;Bolivia=BOL", "125", "CHL", "BOL", "asserted")]
    [InlineData("Peru rejected a proposal from Ecuador.", "Peru=PER;Ecuador=ECU", "120", "PER", "ECU", "asserted")]
    [InlineData("Brazil warned Argentina against raising tariffs.", "Brazil=BRA;Argentina=ARG", "130", "BRA", "ARG", "asserted")]
    [InlineData("Iran threatened to impose sanctions on Iraq.", "Iran=IRN;Iraq=IRQ", "1312", "IRN", "IRQ", "asserted")]
    [InlineData("Serbia accused Croatia of shelling border villages.", "Serbia=SRB;Croatia=HRV", "1123", "SRB", "HRV", "asserted")]
    [InlineData("Germany criticized France over its budget.", "Germany=DEU;France=FRA", "111", "DEU", "FRA", "asserted")]
    [InlineData("Austria condemned Hungary for the new border fence.", "Austria=AUT;Hungary=HUN", "111", "AUT", "HUN", "asserted")]
    [InlineData("The European Union imposed sanctions on Belarus.", "The European Union=IGOEU;Belarus=BLR", "163", "IGOEU", "BLR", "asserted")]
    [InlineData("Syrian artillery shelled Turkish positions near the town.", "Syrian artillery=SYRMIL;Turkish positions=TURMIL", "194", "SYRMIL", "TURMIL", "asserted")]
    [InlineData("Russian jets bombed Aleppo overnight.", "Russian jets=RUSMIL;Aleppo=SYR", "195", "RUSMIL", "SYR", "asserted")]
    [InlineData("Israeli aircraft carried out an airstrike on Gaza.", "Israeli aircraft=ISRMIL;Gaza=PSE", "195", "ISRMIL", "PSE", "asserted")]
    [InlineData("Morocco annexed the disputed strip of desert.", "Morocco=MAR", "192", "MAR", null, "asserted")]
    [InlineData("Cuba agreed to release the jailed dissidents.", "Cuba=CUB", "0353", "CUB", null, "asserted")]
    [InlineData("Japan sent humanitarian aid to Nepal.", "Japan=JPN;Nepal=NPL", "073", "JPN", "NPL", "asserted")]
    [InlineData("Turkish police arrested dozens of Kurdish protesters.", "Turkish police=TURCOP;Kurdish protesters=TURCVL", "173", "TURCOP", "TURCVL", "asserted")]
    [InlineData("Moldova expelled two Russian diplomats on Friday.", "Moldova=MDA;Russian diplomats=RUSGOV", "166", "MDA", "RUSGOV", "asserted")]
    [InlineData("Ukraine was shelled by Russian forces overnight.", "Ukraine=UKR;Russian forces=RUSMIL", "194", "RUSMIL", "UKR", "asserted")]
    [InlineData("Egypt does not intend to attack Libya.", "Egypt=EGY;Libya=LBY", "180", "EGY", "LBY", "negated")]
    [InlineData("Tunisia refused to meet Algerian envoys.", "Tunisia=TUN;Algerian envoys=DZAGOV", "125", "TUN", "DZAGOV", "asserted")]
    [InlineData("Mali said it would withdraw its troops from Niger.", "Mali=MLI;Niger=NER", "0356", "MLI", "NER", "asserted")]
    [InlineData("Mali said it would withdraw its troops from Niger.", "Mali=MLI;Niger=NER", "087", "MLI", "NER", "future")]
    [InlineData("Kenya would be making a mistake if it invades Somalia.", "Kenya=KEN;Somalia=SOM", "190", "KEN", "SOM", "hypothetical")]
    [InlineData("Ukraine is ready for a dialogue with Russia, but only with a new president.", "Ukraine=UKR;Russia=RUS", "036", "UKR", "RUS", "conditional")]
    [InlineData("Canada apologized to India for the remarks.", "Canada=CAN;India=IND", "055", "CAN", "IND", "asserted")]
    [InlineData("The army mobilized reservists along the border with Armenia.", "The army=AZEMIL;Armenia=ARM", "154", "AZEMIL", "ARM", "asserted")]
    [InlineData("Greece demanded that Turkey withdraw its warships.", "Greece=GRC;Turkey=TUR", "1056", "GRC", "TUR", "asserted")]
    [InlineData("A Lithuanian spokesman said that Minsk is responsible for the crisis at the border.", "A Lithuanian spokesman=LTUGOV;Minsk=BLR", "112", "LTUGOV", "BLR", "asserted")]
    [InlineData("France said Mali must release the hostages.", "France=FRA;Mali=MLI", "1053", "FRA", "MLI", "asserted")]
    [InlineData("The rebels signed a decree that ruled out talks with Kinshasa.", "The rebels=CODREB;Kinshasa=COD", "125", "CODREB", "COD", "asserted")]
    [InlineData("Biden warned that Russia could make a mistake if it uses a nuclear weapon.", "Biden=USAGOV;Russia=RUS", "130", "USAGOV", "RUS", "asserted")]
    [InlineData("Biden warned that Russia could make a mistake if it uses a nuclear weapon.", "Biden=USAGOV;Russia=RUS", "2042", "RUS", null, "hypothetical")]
    [InlineData("Finland investigated the deaths of Estonian sailors.", "Finland=FIN;Estonian sailors=EST", "090", "FIN", "EST", "asserted")]
    [InlineData("The candidate called again for the governor to resign.", "The candidate=USAPTY;the governor=USAGOV", "0241", "USAPTY", "USAGOV", "asserted")]
    [InlineData("The senator declined to comment on the bill.", "The senator=USALEG", "011", "USALEG", null, "asserted")]
    [InlineData("The mayor was rebuked by opponents for his remarks.", "The mayor=USAGOV;his=USAGOV", "111", null, "USAGOV", "asserted")]
    [InlineData("Laotian forces launched artillery, mortar, and rocket fire against Thai border posts today.", "Laotian forces=LAOMIL;Thai border posts=THAMIL", "194", "LAOMIL", "THAMIL", "asserted")]
    [InlineData("The former mayor has been accused of misusing public funds, much of them lost, by current Peruvian officials.", "The former mayor=PERELI;Peruvian officials=PERGOV", "112", "PERGOV", "PERELI", "asserted")]
    [InlineData("The president reneged on his promise to the Zambian people.", "The president=ZMBGOV;his=ZMBGOV;the Zambian people=ZMBCVL", "120", "ZMBGOV", "ZMBCVL", "asserted")]
    [InlineData("Kenyan teachers called off their strike after deliberations with the Kenyan government.", "Kenyan teachers=KENEDU;the Kenyan government=KENGOV", "082", "KENEDU", "KENGOV", "asserted")]
    [InlineData("The minister declined to resign despite growing pressure by the Kenyan parliament.", "The minister=KENGOV;the Kenyan parliament=KENLEG", "1231", "KENGOV", "KENLEG", "asserted")]
    [InlineData("Ugandan police jailed twelve members of the Ugandan opposition on allegations of treason.", "Ugandan police=UGACOP;the Ugandan opposition=UGAOPP", "112", "UGACOP", "UGAOPP", "asserted")]
    [InlineData("Rebels operating in Chad have been disarmed since the accord.", "Rebels=TCDREB;Chad=TCD", "0873", "TCD", "TCDREB", "asserted")]
    [InlineData("The Malian government accepted demands from rebels in the north.", "The Malian government=MLIGOV;rebels=", "080", "MLIGOV", "MLI", "asserted")]
    [InlineData("Students began a hunger strike to demand the resignation of the Malian president.", "Students=;the Malian president=MLIGOV", "142", "MLI", "MLIGOV", "asserted")]
    [InlineData("Ghana said on Monday that Togo must hand back the seized trawler.", "Ghana=GHA;Togo=TGO", "100", "GHA", "TGO", "asserted")]
    [InlineData("Chilean farmers demanded compensation from the Chilean government.", "Chilean farmers=CHLAGR;the Chilean government=CHLGOV", "100", "CHLAGR", "CHLGOV", "asserted")]
    [InlineData("Jordan complained to the Arab League on Friday over two Syrian border raids.", "Jordan=JOR;the Arab League=IGOARL;Syrian=SYR", "114", "JOR", "SYR", "asserted")]
    [InlineData("Danish and Norwegian envoys return to Vienna next week for talks on fishing quotas.", "Danish=DNK;Norwegian envoys=NORGOV;Vienna=AUT", "040", "DNK", "NORGOV", "asserted")]
    [InlineData("A Kenyan activist began a hunger strike in Nairobi in protest against abuses by Kenyan police.", "A Kenyan activist=KENCVL;Nairobi=KEN;Kenyan police=KENCOP", "141", "KENCVL", "KENCOP", "asserted")]
    [InlineData("The UN sent a team to Haiti to investigate the killings.", "The UN=IGOUNO;Haiti=HTI", "093", "IGOUNO", "HTI", "asserted")]
    [InlineData("Two Peruvian soldiers were killed by a landmine near the town of Tumbes in Ecuador.", "Peruvian soldiers=PERMIL;Ecuador=ECU", "190", "ECU", "PERMIL", "asserted")]
    [InlineData("Five Yemeni fishermen were killed by a mine outside of the Eritrean city of Assab.", "Yemeni fishermen=YEMCVL;Eritrean=ERI", "190", "ERI", "YEMCVL", "asserted")]
    [InlineData("Nepal lifted the curfew in Kathmandu.", "Nepal=NPL;Kathmandu=NPL", "081", "NPL", "NPL", "asserted")]
    [InlineData("Nepal refused to lift the curfew in Kathmandu.", "Nepal=NPL;Kathmandu=NPL", "1241", "NPL", "NPL", "asserted")]
    [InlineData("Thailand praised Laos for its help.", "Thailand=THA;Laos=LAO", "051", "THA", "LAO", "asserted")]
    [InlineData("Albanian rebels surrendered to Macedonian forces.", "Albanian rebels=ALBREB;Macedonian forces=MKDMIL", "0874", "ALBREB", "MKDMIL", "asserted")]
    [InlineData("Chad expelled Libyan diplomats and closed its border with Sudan.", "Chad=TCD;Libyan diplomats=LBYGOV;Sudan=SDN", "191", "TCD", "SDN", "asserted")]
    [InlineData("Iran threatened to close the strait unless Britain releases the tanker.", "Iran=IRN;Britain=GBR", "130", "IRN", "GBR", "asserted")]
    [InlineData("Seoul rejected North Korea's proposal to hold talks with Washington.", "Seoul=KOR;North Korea=PRK;Washington=USA", "125", "KOR", "PRK", "asserted")]
    [InlineData("Russia prepared to annex two Georgian provinces.", "Russia=RUS;Georgian provinces=GEO", "192", "RUS", "GEO", "future")]
    [InlineData("Azerbaijan prepared to resume shelling Armenian villages.", "Azerbaijan=AZE;Armenian villages=ARM", "150", "AZE", "ARM", "asserted")]
    [InlineData("Lifting the embargo on Cuba is out of the question, American officials said.", "Cuba=CUB;American officials=USAGOV", "1244", "USAGOV", "CUB", "asserted")]
    [InlineData("The senator met the parents of two Canadians killed in the raid on the Chilean embassy.", "The senator=USALEG;Canadians=CAN;the Chilean embassy=CHL", "190", null, "CAN", "asserted")]
    [InlineData("The mayor met the family of a soldier killed by Taliban fighters.", "The mayor=USAGOV;a soldier=USAMIL;Taliban fighters=AFGINS", "190", "AFGINS", "USAMIL", "asserted")]
    [InlineData("The governor spoke of the Peruvian pilot shot down over Chile.", "The governor=USAGOV;the Peruvian pilot=PERMIL;Chile=CHL", "193", null, "PERMIL", "asserted")]
    [InlineData("The governor recalled Mexican rebels, who attacked Texan farmers in 1915.", "The governor=USAGOV;Mexican rebels=MEXREB;Texan farmers=USAAGR", "180", "MEXREB", "USAAGR", "asserted")]
    [InlineData("Thousands of Chilean miners demonstrated in the capital on Monday demanding higher wages from the Chilean government.", "Chilean miners=CHLLAB;the Chilean government=CHLGOV", "141", "CHLLAB", "CHLGOV", "asserted")]
    [InlineData("The Chilean president ordered the army to withdraw.", "The Chilean president=CHLGOV;the army=CHLMIL", "1056", "CHLGOV", "CHLMIL", "asserted")]
    [InlineData("Peru issued an appeal to Ecuador for calm.", "Peru=PER;Ecuador=ECU", "020", "PER", "ECU", "asserted")]
    [InlineData("The Kenyan president's visit to Uganda was praised.", "The Kenyan president=KENGOV;Uganda=UGA", "042", "KENGOV", "UGA", "asserted")]
    [InlineData("Chile gave in to Peruvian demands on Monday.", "Chile=CHL;Peruvian=PER", "080", "CHL", "PER", "asserted")]
    [InlineData("The Kenyan president was hosted by Ugandan officials in Kampala.", "The Kenyan president=KENGOV;Ugandan officials=UGAGOV;Kampala=UGA", "043", "UGAGOV", "KENGOV", "asserted")]
    [InlineData("Ohio governor endorses Cruz in the primary.", "Cruz=USAPTY", "051", null, "USAPTY", "asserted")]
    [InlineData("The governor's position was supported on Friday by the senator.", "The governor=USAGOV;the senator=USALEG", "051", "USALEG", "USAGOV", "asserted")]
    [InlineData("Cuba freed Alan Gross, an American contractor.", "Cuba=CUB;Alan Gross=USABUS", "0841", "CUB", "USABUS", "asserted")]
    [InlineData("Rubio has also been attacked by rivals.", "Rubio=USAPTY;rivals=USAGOV", "111", "USAGOV", "USAPTY", "asserted")]
    public void Code_HandWrittenSentence_GivesEvent(string text, string actors, string code, string? source, string? target, string mood)
    {
        var doc = Coder.Run(EventTestDocuments.Build(text, actors));
        Assert.True(doc.Events.Any(e => e.Cameo == code && e.Source?.Code == source && e.Target?.Code == target && MoodName(e.Mood) == mood),
            $"want {code} {source}->{target} {mood}; got {Describe(doc)}");
    }

    [Theory]
    [InlineData("Hungarian and Romanian officials praised Austria.", "Hungarian=HUN;Romanian officials=ROUGOV;Austria=AUT", "051", "HUN,ROUGOV", "AUT")]
    [InlineData("Ghana and Togo signed an agreement on trade.", "Ghana=GHA;Togo=TGO", "057", "GHA,TGO", "TGO,GHA")]
    [InlineData("Sudan imposed sanctions on Chad and Libya.", "Sudan=SDN;Chad=TCD;Libya=LBY", "163", "SDN,SDN", "TCD,LBY")]
    [InlineData("Armenia closed its border because of fighting between Georgians and Ossetians.", "Armenia=ARM;Georgians=GEO;Ossetians=RUS", "190", "GEO,RUS", "RUS,GEO")]
    [InlineData("They signed a statement after the first meeting ever held between a sitting Ugandan president and a Kenyan leader.", "Ugandan president=UGAGOV;a Kenyan leader=KENGOV", "040", "UGAGOV,KENGOV", "KENGOV,UGAGOV")]
    public void Code_CompoundActors_OneEventEach(string text, string actors, string code, string sources, string targets)
    {
        var doc = Coder.Run(EventTestDocuments.Build(text, actors));
        var got = doc.Events.Where(e => e.Cameo == code).ToList();
        var pairs = sources.Split(',').Zip(targets.Split(','));
        foreach (var (s, t) in pairs)
            Assert.True(got.Any(e => e.Source?.Code == s && e.Target?.Code == t), $"want {s}->{t}; got {Describe(doc)}");
    }

    [Theory]
    [InlineData("“We will never negotiate with the militias,” the Colombian president said.", "the Colombian president=COLGOV", "We will never negotiate with the militias", "125", "COLGOV")]
    [InlineData("The Jordanian minister told reporters: “Israel must reopen the border crossings for aid.”", "The Jordanian minister=JORGOV;Israel=ISR", "Israel must reopen the border crossings for aid", "100", "JORGOV")]
    public void Code_ActInQuote_SpeakerIsSource(string text, string actors, string content, string code, string source)
    {
        var doc = EventTestDocuments.Build(text, actors);
        doc = EventTestDocuments.WithQuote(doc, content, 0);
        doc = Coder.Run(doc);
        Assert.True(doc.Events.Any(e => e.Cameo.StartsWith(code[..2], StringComparison.Ordinal) && e.Source?.Code == source), Describe(doc));
    }

    [Theory]
    [InlineData("Norway's economy grew by three percent last year.", "Norway=NOR")]
    [InlineData("The weather in Oslo was mild on Tuesday.", "Oslo=NOR")]
    [InlineData("Officials met behind closed doors.", "")]
    [InlineData("The United Nations published its annual report on food prices.", "The United Nations=IGOUNO")]
    public void Code_NoEventOrNoActor_GivesNothing(string text, string actors)
    {
        var doc = Coder.Run(EventTestDocuments.Build(text, actors));
        Assert.True(doc.Events.IsEmpty, Describe(doc));
    }

    // Each row: a sentence whose words look like a trigger of root ROOT but report no such event.
    [Theory]
    [InlineData("Clinton beats Cruz 42-40 in the latest poll.", "Clinton=USAPTY;Cruz=USAPTY", "18")]
    [InlineData("The senator fought the governor over the budget.", "The senator=USALEG;the governor=USAGOV", "19")]
    [InlineData("The pastor offered his condolences as the mayor's promise of reform faded.", "the mayor=USAGOV", "03")]
    [InlineData("The anchor followed up by asking if the governor would run.", "The anchor=USAMED;the governor=USAGOV", "02")]
    [InlineData("The aide insists that the senator asked interns for help.", "The aide=USAGOV;the senator=USALEG", "10")]
    [InlineData("There was a direct correlation between the Senate and the court.", "the Senate=USALEG", "10")]
    [InlineData("Ottawa acted in order to calm the markets.", "Ottawa=CAN", "10")]
    [InlineData("Farmers needs to sell more grain, the report said.", "Farmers=CANAGR", "10")]
    [InlineData("The candidate released a video on Friday.", "The candidate=USAPTY", "08")]
    [InlineData("The magazine is hosting a debate party downtown.", "The magazine=USAMED", "04")]
    [InlineData("The two campaigns agree.", "The two campaigns=USAPTY", "03")]
    [InlineData("Troops serve under the Special Operations Command in Tampa.", "Troops=USAMIL", "10")]
    [InlineData("The president tried to rally world leaders behind the plan.", "The president=USAGOV", "14")]
    [InlineData("The senator is pushing back on the rule.", "The senator=USALEG", "02")]
    [InlineData("Poll precedes battle on Capitol Hill.", "Capitol Hill=USALEG", "19")]
    [InlineData("The senator declined to comment on the bill.", "The senator=USALEG", "12")]
    [InlineData("The governor met the criteria for the ballot.", "The governor=USAGOV", "04")]
    [InlineData("While the senator has said he will stay, the governor must decide soon.", "the senator=USALEG;the governor=USAGOV", "10")]
    [InlineData("The college kept charging students more than the rules allow.", "The college=USAEDU", "11")]
    [InlineData("Would it make the rebels less committed to attack the army?", "the rebels=SYRREB;the army=SYRMIL", "1")]
    [InlineData("The senator said he would have had to quit that very day.", "The senator=USALEG", "0")]
    [InlineData("Experts say airstrikes will not prevent attacks like the mass shooting in Orlando.", "Experts=USAEDU", "19")]
    [InlineData("The contractor receives $5 billion a year from the federal government.", "The contractor=USABUS;the federal government=USAGOV", "04")]
    [InlineData("The aide agreed that she was not in the governor's camp.", "The aide=USAGOV;the governor=USAGOV", "03")]
    [InlineData("The senator took direct aim at the governor.", "The senator=USALEG;the governor=USAGOV", "10")]
    [InlineData("“This epidemic must stop,” the lawyer said.", "the lawyer=USAJUD", "10")]
    [InlineData("Asked whether he would support the governor, the senator gave a vague answer.", "the governor=USAGOV;the senator=USALEG", "02")]
    [InlineData("An official, who requested anonymity, said the talks went well.", "An official=USAGOV", "02")]
    [InlineData("The plan was met with skepticism by the Russian leadership.", "the Russian leadership=RUSGOV", "04")]
    [InlineData("The delegates are able to support the governor on the first ballot.", "The delegates=USAPTY;the governor=USAGOV", "05")]
    [InlineData("The governor's lead grew thanks to a strong showing in the suburbs.", "The governor=USAGOV", "05")]
    [InlineData("The senator released 30 years of tax returns to the public.", "The senator=USALEG;the public=USACVL", "08")]
    [InlineData("A memo from the governor's campaign was released on Monday.", "the governor=USAGOV", "08")]
    [InlineData("Canada is holding free trade talks with Peru.", "Canada=CAN;Peru=PER", "08")]
    [InlineData("Voters should feel free to call the governor.", "the governor=USAGOV", "08")]
    [InlineData("The mayor has 60 percent support among union members.", "The mayor=USAGOV;union members=USALAB", "05")]
    [InlineData("The senator hopes to win broad support among farmers.", "The senator=USALEG;farmers=USAAGR", "05")]
    [InlineData("The governor ignored tough press coverage of the scandal.", "The governor=USAGOV", "02")]
    [InlineData("The senator caused an uproar with a single sentence.", "The senator=USALEG", "11")]
    [InlineData("The senator's plan holds obvious appeal for the governor.", "The senator=USALEG;the governor=USAGOV", "02")]
    [InlineData("The governor promised to bring law and order to the city council.", "The governor=USAGOV;the city council=USALEG", "10")]
    [InlineData("The fund directed $10 million to the governor's campaign.", "The fund=USABUS;the governor=USAGOV", "10")]
    [InlineData("The agency ignored numerous requests from the senator.", "The agency=USAGOV;the senator=USALEG", "02")]
    [InlineData("The leak site released the senator's emails before the convention.", "The leak site=NGO;the senator=USALEG", "08")]
    [InlineData("The president released a statement condemning the attack in France.", "The president=USAGOV;France=FRA", "08")]
    [InlineData("Clinton praised the broad ban on spending to move detainees to Canada.", "Clinton=USAPTY;Canada=CAN", "17")]
    [InlineData("The senator shot back at the governor in a statement.", "The senator=USALEG;the governor=USAGOV", "19")]
    [InlineData("The win gave the senator a big shot of momentum against the governor.", "the senator=USALEG;the governor=USAGOV", "19")]
    [InlineData("The video, shot by a worker at the plant, angered the governor.", "the governor=USAGOV", "19")]
    [InlineData("The governor's visit comes as the city cuts costs.", "The governor=USAGOV", "04")]
    [InlineData("The senator's campaign sent out an email fundraising appeal on Monday.", "The senator=USALEG", "02")]
    [InlineData("The governor's lawyer looks forward to an aggressive appeal.", "The governor=USAGOV", "02")]
    [InlineData("The senator failed to understand the governor's budget.", "The senator=USALEG;the governor=USAGOV", "12")]
    [InlineData("The governor spoke at the annual meeting of the senators.", "The governor=USAGOV;the senators=USALEG", "04")]
    [InlineData("Unions are good at building support among their members for the governor.", "Unions=USALAB;the governor=USAGOV", "05")]
    [InlineData("The rally is part of an effort to widen support among older voters.", "older voters=USACVL", "05")]
    [InlineData("The clerk redacted telephone numbers of the senator's staff.", "The clerk=USAJUD;the senator=USALEG", "04")]
    [InlineData("Donors reluctant to support the governor gave to the senator instead.", "Donors=USABUS;the governor=USAGOV;the senator=USALEG", "05")]
    [InlineData("The governor is not expected to press the senator to quit.", "The governor=USAGOV;the senator=USALEG", "0")]
    [InlineData("The speech the governor gave in Ottawa drew praise.", "the governor=USAGOV;Ottawa=CAN", "08")]
    [InlineData("Democrats to sue the governor over ballot access.", "Democrats=USAPTY;the governor=USAGOV", "11")]
    [InlineData("The senators met at a debate hosted by a Boston newspaper.", "The senators=USALEG;a Boston newspaper=USAMED", "04")]
    [InlineData("Asked why the governor vetoed the bill, the senator changed the subject.", "the governor=USAGOV;the senator=USALEG", "02")]
    [InlineData("Pressed again about the governor, the senator talked about baseball.", "the governor=USAGOV;the senator=USALEG", "02")]
    [InlineData("The senator is now host of a radio show about the governor.", "The senator=USALEG;the governor=USAGOV", "04")]
    [InlineData("The senator invoked the terrorist attacks to answer the governor.", "The senator=USALEG;the governor=USAGOV", "11")]
    [InlineData("The senator has routinely criticized the governor over the budget.", "The senator=USALEG;the governor=USAGOV", "11")]
    [InlineData("The senator always attacks the governor at town halls.", "The senator=USALEG;the governor=USAGOV", "11")]
    [InlineData("The senator regularly meets the governor for lunch.", "The senator=USALEG;the governor=USAGOV", "04")]
    [InlineData("The senator opposes the governor's plan for the port.", "The senator=USALEG;the governor=USAGOV", "12")]
    [InlineData("The senator resists the label the governor gave him.", "The senator=USALEG;the governor=USAGOV", "12")]
    [InlineData("The senator supports the governor on most votes.", "The senator=USALEG;the governor=USAGOV", "05")]
    [InlineData("The governor is committed to transparency on the budget.", "The governor=USAGOV", "03")]
    [InlineData("Voters support the governor by a wide margin.", "the governor=USAGOV", "05")]
    [InlineData("Support among farmers for the governor rose last month.", "farmers=USAAGR;the governor=USAGOV", "05")]
    [InlineData("The governor was strongly supported by voters in the poll.", "The governor=USAGOV", "05")]
    [InlineData("The senator spoke after the deadly attacks in France.", "The senator=USALEG;France=FRA", "11")]
    [InlineData("The governor is scheduled to meet with the senator on Friday.", "The governor=USAGOV;the senator=USALEG", "04")]
    [InlineData("The governor is scheduled to meet with the senator on Friday.", "The governor=USAGOV;the senator=USALEG", "03")]
    [InlineData("Rivals of the governor are expected to quit the race soon.", "the governor=USAGOV", "0")]
    [InlineData("The aide pleaded guilty to a charge brought by the senator.", "The aide=USAGOV;the senator=USALEG", "02")]
    [InlineData("The cap is low as opposed to the governor's plan.", "the governor=USAGOV", "12")]
    [InlineData("The governor's aides regularly pressed the senator to drop the bill.", "The governor's aides=USAGOV;the senator=USALEG", "1")]
    public void Code_NoSuchEvent_NotAsserted(string text, string actors, string root)
    {
        var doc = Coder.Run(EventTestDocuments.Build(text, actors));
        Assert.False(doc.Events.Any(e => e.Cameo.StartsWith(root, StringComparison.Ordinal) && e.Mood == Mood.Asserted), Describe(doc));
    }

    // Each row: between politicians a generic attack is verbal (111); between armed forces it stays an assault.
    [Theory]
    [InlineData("Sanders attacked Clinton over her speaking fees.", "Sanders=USAPTY;Clinton=USAPTY", "111")]
    [InlineData("Rebel fighters attacked an army convoy near the border.", "Rebel fighters=SYRREB;an army convoy=SYRMIL", "190")]
    public void Code_Attack_VerbalBetweenPoliticians(string text, string actors, string code)
    {
        var doc = Coder.Run(EventTestDocuments.Build(text, actors));
        Assert.True(doc.Events.Any(e => e.Cameo == code && e.Mood == Mood.Asserted), Describe(doc));
    }

    // Each row: a habit of violence, an act the actor is committed to, a headline's present tense and a stance in the
    // past are still events.
    [Theory]
    [InlineData("Soldiers routinely beat detainees at the camp.", "Soldiers=ISRMIL;detainees=PSECVL", "18", "")]
    [InlineData("The government is committed to opening up the economy.", "The government=VNMGOV", "03", "")]
    [InlineData("Governor supports the senator.", "Governor=USAGOV;the senator=USALEG", "05", "Governor supports the senator")]
    [InlineData("The senator opposed the governor's plan on Tuesday.", "The senator=USALEG;the governor=USAGOV", "12", "")]
    public void Code_HabitOrStance_StillAssertedWhenAnAct(string text, string actors, string root, string title)
    {
        var doc = EventTestDocuments.Build(text, actors);
        if (title.Length > 0) doc = doc with { Article = doc.Article with { Title = title } };
        doc = Coder.Run(doc);
        Assert.True(doc.Events.Any(e => e.Cameo.StartsWith(root, StringComparison.Ordinal) && e.Mood == Mood.Asserted), Describe(doc));
    }

    // Each row: the doer named in a "by" phrase after the noun's object, or as its possessor, is the source.
    [Theory]
    [InlineData("The editor called it a cheap attack against the governor by the senator.", "The editor=USAMED;the governor=USAGOV;the senator=USALEG", "USALEG", "USAGOV")]
    [InlineData("Graham's attack on the governor drew applause.", "Graham=@Lindsey Graham;the governor=USAGOV", "", "USAGOV")]
    [InlineData("The editor praised the deal brokered by the senator with the governor.", "The editor=USAMED;the senator=USALEG;the governor=USAGOV", "USALEG", "")]
    public void Code_NounDoer_FromByPhraseOrPossessor(string text, string actors, string source, string target)
    {
        var doc = Coder.Run(EventTestDocuments.Build(text, actors));
        Assert.True(doc.Events.Any(e => (target.Length == 0 || e.Target?.Code == target) && (source.Length > 0 ? e.Source?.Code == source : e.Source?.Name == "Lindsey Graham")),
            Describe(doc));
    }

    // Each row: a violent modifier keeps an attack an assault, and the politician who speaks of it is not its party.
    [Theory]
    [InlineData("The senator spoke after the deadly attacks in France.", "The senator=USALEG;France=FRA", "USALEG")]
    [InlineData("The governor visited the city a day after the suicide attack in Turkey.", "The governor=USAGOV;Turkey=TUR", "USAGOV")]
    public void Code_ViolentAttack_StaysAssault(string text, string actors, string politician)
    {
        var doc = Coder.Run(EventTestDocuments.Build(text, actors));
        Assert.True(doc.Events.Any(e => e.Cameo.StartsWith("18", StringComparison.Ordinal)), Describe(doc));
        Assert.False(doc.Events.Any(e => e.Source?.Code == politician || e.Cameo.StartsWith("11", StringComparison.Ordinal)), Describe(doc));
    }

    [Theory]
    [InlineData("Ukraine feared that the threat of war would grow.", "Ukraine=UKR", "130", "UKR")]
    [InlineData("“Demonstrators blocked the main road,” the Georgian minister said.", "the Georgian minister=GEOGOV", "144", "GEOGOV")]
    [InlineData("Let me say that Finland stands with Estonia.", "Finland=FIN;Estonia=EST", "086", "FIN")]
    [InlineData("Russia prepared to annex two Georgian provinces.", "Russia=RUS;Georgian provinces=GEO", "150", "RUS")]
    [InlineData("The senator spoke about the children who were killed at a school in Ohio.", "The senator=USALEG;Ohio=USA", "190", "USALEG")]
    [InlineData("The senator spoke about the children who were killed at a school in Ohio.", "The senator=USALEG;Ohio=USA", "190", "USA")]
    [InlineData("The candidate reminded voters of Hinckley, who shot the president in 1981.", "The candidate=USAPTY;the president=USAGOV", "193", "USAPTY")]
    [InlineData("Parents of Canadians killed in the raid sued the senator.", "Canadians=CAN;the senator=USALEG", "190", "CAN")]
    public void Code_NoBorrowedActor_NoEvent(string text, string actors, string code, string source)
    {
        var doc = EventTestDocuments.Build(text, actors);
        var speaker = doc.Actors.ToList().FindIndex(a => a.Code == "GEOGOV");
        if (speaker >= 0) doc = EventTestDocuments.WithQuote(doc, "Demonstrators blocked the main road", speaker);
        doc = Coder.Run(doc);
        Assert.False(doc.Events.Any(e => e.Cameo == code && e.Source?.Code == source), Describe(doc));
    }

    [Theory]
    [InlineData("Tanks shelled the city. Later, Sweden welcomed the ceasefire and Norway criticized the attack.", "Sweden=SWE;Norway=NOR;the city=SYR")]
    public void Code_Events_AreInSentenceAndTriggerOrder(string text, string actors)
    {
        var doc = Coder.Run(EventTestDocuments.Build(text, actors));
        Assert.NotEmpty(doc.Events);
        for (int i = 1; i < doc.Events.Length; i++)
        {
            var a = doc.Events[i - 1];
            var b = doc.Events[i];
            Assert.True(a.Sentence < b.Sentence || (a.Sentence == b.Sentence && a.TriggerStart <= b.TriggerStart));
        }
    }

    [Theory]
    [InlineData("Last week, Peru rejected the offer from Chile. On October 3, Chile threatened Peru.", "2022-11-06", "Peru=PER;Chile=CHL;Chile#2=CHL;Peru#2=PER", "12", "dateline")]
    public void Code_Event_CarriesDateAndFacts(string text, string date, string actors, string root, string basis)
    {
        var doc = Coder.Run(EventTestDocuments.Build(text, actors, date));
        var e = doc.Events.First(x => x.Cameo.StartsWith(root, StringComparison.Ordinal));
        Assert.Equal(basis, e.DateBasis);
        Assert.Equal("2022-11-06", e.Date);
        Assert.Equal("REJECT", e.Plover);
        Assert.Equal(3, e.QuadClass);
        Assert.Equal(CameoCodes.Goldstein(e.Cameo), e.Goldstein);
        Assert.InRange(e.Confidence, 0.0, 1.0);
        Assert.True(e.EvidenceStart <= e.TriggerStart && e.TriggerEnd <= e.EvidenceEnd);
    }

    [Theory]
    [InlineData("Mongolia held talks with China, officials said on Monday.", "Mongolia=MNG;China=CHN;officials=MNGGOV", "040")]
    [InlineData("Students staged demonstrations in Dhaka to demand the resignation of the minister.", "Students=BGDEDU;Dhaka=BGD", "141")]
    [InlineData("Bolivia blocked roads into Chile demanding access to the sea.", "Bolivia=BOL;Chile=CHL", "144")]
    public void Code_MainEvent_HasHighestConfidence(string text, string actors, string code)
    {
        var doc = Coder.Run(EventTestDocuments.Build(text, actors));
        Assert.NotEmpty(doc.Events);
        Assert.Equal(code, doc.Events.MaxBy(e => e.Confidence)!.Cameo);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Code_RandomText_NeverThrowsSpansInBoundsDeterministic(int seed)
    {
        var rng = new Random(seed);
        string[] words =
        [
            "Russia", "Ukraine", "the", "government", "urged", "to", "negotiate", "not", "will", "would", "if", "rejected",
            "threatened", "sanctions", "shelled", "was", "by", "talks", "held", "with", ",", ".", "“", "”", "\"", "said", "that",
            "must", "refused", "agreed", "and", "killed", "accused", "of", "curfew", "lift", "ready", "for", "dialogue", "but",
            "only", "a", "nuclear", "weapon", "uses", "prepared", "annex", "is", "responsible", "(", ")", "-", "—", "'s", "ceasefire",
        ];
        for (int n = 0; n < 150; n++)
        {
            int count = rng.Next(0, 60);
            var text = string.Join(' ', Enumerable.Range(0, count).Select(_ => words[rng.Next(words.Length)]));
            var doc = new Annals.Text.TextSegmenter().Run(new AnalyzedDocument(new Article("r", new DateOnly(2022, 1, 1), text)));
            // Random actor mentions over random word tokens.
            var actors = doc.Tokens.Where(t => t.Kind == TokenKind.Word && rng.Next(4) == 0)
                .Select(t => new ActorMention(t.Start, t.End, ActorKind.Country, rng.Next(5) == 0 ? null : "ABC", null, "ABC", null))
                .ToArray();
            doc = doc with { Actors = [.. actors] };
            var a = Coder.Run(doc);
            var b = Coder.Run(doc);
            Assert.Equal(a.Events.Length, b.Events.Length);
            for (int i = 0; i < a.Events.Length; i++)
            {
                var e = a.Events[i];
                Assert.Equal(e, b.Events[i]);
                Assert.InRange(e.Sentence, 0, doc.Sentences.Length - 1);
                Assert.True(0 <= e.TriggerStart && e.TriggerStart < e.TriggerEnd && e.TriggerEnd <= text.Length);
                Assert.True(0 <= e.EvidenceStart && e.EvidenceStart < e.EvidenceEnd && e.EvidenceEnd <= text.Length);
                Assert.True(CameoCodes.IsKnown(e.Cameo) || CameoCodes.Name(e.Cameo) is not null, e.Cameo);
                Assert.Equal(CameoCodes.QuadClass(e.Cameo), e.QuadClass);
                Assert.InRange(e.Confidence, 0.0, 1.0);
                Assert.True(e.Source is not null || e.Target is not null);
                if (i > 0) Assert.True(a.Events[i - 1].Sentence <= e.Sentence);
            }
        }
    }
}
