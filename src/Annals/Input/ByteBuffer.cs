namespace Annals.Input;

/// <summary>A growable byte array reused from record to record.</summary>
internal sealed class ByteBuffer
{
    private byte[] _bytes = new byte[4096];

    /// <summary>Bytes held.</summary>
    public int Length { get; private set; }

    /// <summary>The bytes held, valid until the next change.</summary>
    public ReadOnlySpan<byte> Span => _bytes.AsSpan(0, Length);

    /// <summary>Forgets the bytes held, keeping the storage (shrunk when one huge record made it large).</summary>
    public void Clear()
    {
        Length = 0;
        if (_bytes.Length > 1 << 24) _bytes = new byte[4096];
    }

    /// <summary>Adds bytes at the end.</summary>
    public void Append(ReadOnlySpan<byte> bytes)
    {
        Reserve(bytes.Length);
        bytes.CopyTo(_bytes.AsSpan(Length));
        Length += bytes.Length;
    }

    /// <summary>Adds one byte at the end.</summary>
    public void Append(byte b)
    {
        Reserve(1);
        _bytes[Length++] = b;
    }

    private void Reserve(int more)
    {
        long need = (long)Length + more;
        if (need <= _bytes.Length) return;
        long size = Math.Max(need, Math.Min((long)_bytes.Length * 2, Array.MaxLength));
        Array.Resize(ref _bytes, (int)size);
    }
}
