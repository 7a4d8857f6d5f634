namespace Annals.Text;

/// <summary>A read-only map from token keys (<see cref="TokenKey"/>) to values: open addressing, at most half full.</summary>
/// <remarks>
/// Built once from a dictionary's words and shared by every thread. A lookup is a few array reads and no hashing
/// beyond the key itself, which the tokenizer has already made; key 0 (a token made by hand) is never found.
/// </remarks>
/// <typeparam name="TValue">What a word maps to.</typeparam>
public sealed class TokenKeyTable<TValue>
{
    private readonly ulong[] _keys;
    private readonly TValue[] _values;
    private readonly int _mask;

    /// <summary>Builds the table; a key given twice keeps the value <paramref name="merge"/> makes of both (the later one when none is given).</summary>
    public TokenKeyTable(IEnumerable<KeyValuePair<ulong, TValue>> items, Func<TValue, TValue, TValue>? merge = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        var list = items.ToList();
        int size = 16;
        while (size < list.Count * 2) size <<= 1;
        _keys = new ulong[size];
        _values = new TValue[size];
        _mask = size - 1;
        foreach (var (key, value) in list)
        {
            if (key == 0) throw new ArgumentException("token key 0 is not a word's key", nameof(items));
            int slot = (int)key & _mask;
            while (_keys[slot] != 0 && _keys[slot] != key) slot = (slot + 1) & _mask;
            _values[slot] = _keys[slot] == key && merge is not null ? merge(_values[slot], value) : value;
            _keys[slot] = key;
        }

        Count = _keys.Count(k => k != 0);
    }

    /// <summary>Number of distinct keys.</summary>
    public int Count { get; }

    /// <summary>The value of <paramref name="key"/>, if the table has it.</summary>
    public bool TryGetValue(ulong key, out TValue value)
    {
        if (key != 0)
        {
            var keys = _keys;
            for (int slot = (int)key & _mask; ; slot = (slot + 1) & _mask)
            {
                ulong k = keys[slot];
                if (k == key)
                {
                    value = _values[slot];
                    return true;
                }

                if (k == 0) break;
            }
        }

        value = default!;
        return false;
    }
}
