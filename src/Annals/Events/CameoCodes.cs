namespace Annals.Events;

/// <summary>Facts about CAMEO event codes: PLOVER type, Goldstein weight and quad class.</summary>
/// <remarks>FIRST VERSION: the events stage's work replaces this with tables read from data/cameo/.</remarks>
public static class CameoCodes
{
    /// <summary>GDELT's quad class for a code: 1 roots 01–05, 2 roots 06–09, 3 roots 10–14, 4 roots 15–20; 0 when not a code.</summary>
    public static int QuadClass(string code)
    {
        if (code.Length < 2 || !char.IsAsciiDigit(code[0]) || !char.IsAsciiDigit(code[1])) return 0;
        int root = (code[0] - '0') * 10 + (code[1] - '0');
        return root switch
        {
            >= 1 and <= 5 => 1,
            >= 6 and <= 9 => 2,
            >= 10 and <= 14 => 3,
            >= 15 and <= 20 => 4,
            _ => 0,
        };
    }
}
