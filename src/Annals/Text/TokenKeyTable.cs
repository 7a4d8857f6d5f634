namespace Annals.Text;

/// <summary>A map from token keys (<see cref="TokenKey"/>) to values: open addressing, at most half full.</summary>
/// <remarks>
/// Filled once while a dictionary loads, then only read, by every thread. A lookup is a few array reads and no hashing
/// beyond the key itself, which the tokenizer has already made; key 0 (a token made by hand) is never found. Filled
/// with plain loops rather than LINQ: with tiered compilation off, every generic query over a value type would be
/// compiled in full at start-up.
/// </remarks>
/// <typeparam name="TValue">What a word maps to.</typeparam>
internal sealed class TokenKeyTable<TValue>
{
    private ulong[] _keys;
    private TValue[] _values;
    private int _mask;

    /// <summary>An empty table sized for about <paramref name="capacity"/> keys (it grows when needed).</summary>
    public TokenKeyTable(int capacity)
    {
        int size = 16;
        while (size < capacity * 2) size <<= 1;
        _keys = new ulong[size];
        _values = new TValue[size];
        _mask = size - 1;
    }

    /// <summary>The keys in the table, in no order.</summary>
    public IEnumerable<ulong> Keys
    {
        get
        {
            foreach (ulong key in _keys)
            {
                if (key != 0) yield return key;
            }
        }
    }

    /// <summary>Number of distinct keys.</summary>
    public int Count { get; private set; }

    /// <summary>Adds <paramref name="value"/> under <paramref name="key"/>; a key already there keeps what <paramref name="merge"/> makes of both (the new value when none is given).</summary>
    public void Add(ulong key, TValue value, Func<TValue, TValue, TValue>? merge = null)
    {
        if (key == 0) throw new ArgumentException("token key 0 is not a word's key", nameof(key));
        int slot = SlotOf(key);
        if (_keys[slot] == key)
        {
            _values[slot] = merge is null ? value : merge(_values[slot], value);
            return;
        }

        _keys[slot] = key;
        _values[slot] = value;
        if (++Count * 2 > _keys.Length) Grow();
    }

    /// <summary>
    /// Adds a case-insensitive dictionary's <paramref name="word"/> when it is plain (<see cref="TokenKey.IsPlain"/>),
    /// by its key; a word with periods, hyphens or letters beyond ASCII is left to lookups by text.
    /// </summary>
    public void AddPlain(string word, TValue value, Func<TValue, TValue, TValue>? merge = null)
    {
        if (TokenKey.IsPlain(word)) Add(TokenKey.Of(word), value, merge);
    }

    /// <summary>The value of <paramref name="key"/>, if the table has it.</summary>
    public bool TryGetValue(ulong key, out TValue value)
    {
        if (key != 0)
        {
            int slot = SlotOf(key);
            if (_keys[slot] == key)
            {
                value = _values[slot];
                return true;
            }
        }

        value = default!;
        return false;
    }

    /// <summary>The value of <paramref name="key"/>, or the default value when the table does not have it.</summary>
    /// <remarks>For tables whose values are never the default (node references): one read where <see cref="TryGetValue"/> needs an out parameter.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public TValue? ValueOrDefault(ulong key)
    {
        if (key != 0)
        {
            int slot = SlotOf(key);
            if (_keys[slot] == key) return _values[slot];
        }

        return default;
    }

    // The slot that holds key, or the empty slot where it would go (linear probing; the table is never full).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private int SlotOf(ulong key)
    {
        var keys = _keys;
        int slot = (int)key & _mask;
        while (keys[slot] != 0 && keys[slot] != key) slot = (slot + 1) & _mask;
        return slot;
    }

    private void Grow()
    {
        var keys = _keys;
        var values = _values;
        _keys = new ulong[keys.Length * 2];
        _values = new TValue[keys.Length * 2];
        _mask = _keys.Length - 1;
        for (int i = 0; i < keys.Length; i++)
        {
            if (keys[i] == 0) continue;
            int slot = SlotOf(keys[i]);
            _keys[slot] = keys[i];
            _values[slot] = values[i];
        }
    }
}
