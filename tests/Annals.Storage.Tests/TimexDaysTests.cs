namespace Annals.Storage.Tests;

public sealed class TimexDaysTests
{
    [Theory]
    [InlineData("2022-10-25", "2022-10-25")]
    [InlineData("2022-10-25T10:35", "2022-10-25")]
    [InlineData("2022-10", "2022-10-01")]
    [InlineData("2022-W43", "2022-10-24")]
    [InlineData("2021-W01", "2021-01-04")]
    [InlineData("2020-W53", "2020-12-28")]
    [InlineData("2022-W43-WE", "2022-10-29")]
    [InlineData("2022-W43-3", "2022-10-26")]
    [InlineData("2022-Q3", "2022-07-01")]
    [InlineData("2022-H2", "2022-07-01")]
    [InlineData("2022-SU", "2022-06-01")]
    [InlineData("2022-WI", "2022-12-01")]
    [InlineData("2022", "2022-01-01")]
    [InlineData("199", "1990-01-01")]
    [InlineData("19", "1900-01-01")]
    [InlineData("199X", "1990-01-01")]
    [InlineData("19XX", "1900-01-01")]
    public void FirstDay_CalendarValue_GivesFirstDayOfPeriod(string value, string expected)
    {
        Assert.Equal(DateOnly.ParseExact(expected, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), TimexDays.FirstDay(value));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("PRESENT_REF")]
    [InlineData("PAST_REF")]
    [InlineData("P3D")]
    [InlineData("XXXX-10-25")]
    [InlineData("2022-02-30")]
    [InlineData("2022-13")]
    [InlineData("2021-W53")]
    [InlineData("0000-W01")]
    [InlineData("9999-W52-WE")]
    [InlineData("2022-Q5")]
    [InlineData("2022-10-2")]
    [InlineData("0000")]
    [InlineData("2022-")]
    [InlineData("2")]
    [InlineData("1X9X")]
    [InlineData("XXXX")]
    public void FirstDay_NotCalendarValue_GivesNull(string? value)
    {
        Assert.Null(TimexDays.FirstDay(value));
    }

    [Theory]
    [InlineData(20000, 7)]
    public void FirstDay_RandomText_NeverThrows(int count, int seed)
    {
        var random = new Random(seed);
        const string alphabet = "0123456789-WQHTSUPFAIXE_:R";
        for (int i = 0; i < count; i++)
        {
            var chars = new char[random.Next(0, 14)];
            for (int j = 0; j < chars.Length; j++) chars[j] = alphabet[random.Next(alphabet.Length)];
            var day = TimexDays.FirstDay(new string(chars));
            Assert.True(day is null || day.Value.Year >= 1);
        }
    }
}
