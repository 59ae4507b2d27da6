using System;
using System.Buffers;
using System.IO;

namespace KazChina.Model;

/// <summary>
/// A growable buffer for writing and reading JSON whose arrays are rented from <see cref="BoundedArrayPool{T}"/> and
/// returned on <see cref="Dispose"/>. A document of the edition's size outgrows the large-object threshold,
/// so a buffer that allocated as it grew (as <see cref="ArrayBufferWriter{T}"/> does) would put every
/// intermediate array on the large-object heap, each collected only by a full garbage collection; a document far
/// larger than the edition gets arrays of its own, which no pool keeps once it is read. Given a stream to spill to,
/// the buffer instead hands what it holds to that stream whenever it is full, so it never holds the whole document.
/// </summary>
internal sealed class PooledBufferWriter : IBufferWriter<byte>, IDisposable
{
    private const int InitialCapacity = 16 * 1024;

    private readonly Stream? _spillTo;
    private byte[] _buffer = BoundedArrayPool<byte>.Rent(InitialCapacity);
    private int _written;

    /// <summary>Initializes a new instance of the <see cref="PooledBufferWriter"/> class that holds everything written.</summary>
    public PooledBufferWriter()
    {
    }

    /// <summary>
    /// Initializes a new instance of the <see cref="PooledBufferWriter"/> class that writes what it holds to
    /// <paramref name="spillTo"/> whenever it is full; <see cref="WrittenSpan"/> is then what was written since.
    /// </summary>
    /// <param name="spillTo">The stream that receives the bytes; it is not closed.</param>
    public PooledBufferWriter(Stream spillTo)
    {
        _spillTo = spillTo;
    }

    /// <summary>Gets the bytes written so far; valid until the next write or <see cref="Dispose"/>.</summary>
    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _written);

    /// <summary>Gets the bytes written so far; valid until the next write or <see cref="Dispose"/>.</summary>
    public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, _written);

    /// <inheritdoc/>
    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count > _buffer.Length - _written)
        {
            throw new InvalidOperationException($"Cannot advance {count} bytes past the {_buffer.Length - _written} available.");
        }

        _written += count;
    }

    /// <inheritdoc/>
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _buffer.AsMemory(_written);
    }

    /// <inheritdoc/>
    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _buffer.AsSpan(_written);
    }

    /// <summary>Returns the buffer to the pool; the writer must not be used afterwards.</summary>
    public void Dispose()
    {
        byte[] buffer = _buffer;
        _buffer = [];
        _written = 0;
        if (buffer.Length > 0)
        {
            BoundedArrayPool<byte>.Return(buffer);
        }
    }

    private void Reserve(int sizeHint)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sizeHint);
        ObjectDisposedException.ThrowIf(_buffer.Length == 0, this);
        int needed = Math.Max(sizeHint, 1);
        if (needed <= _buffer.Length - _written)
        {
            return;
        }

        // A writer asks for memory only after it has advanced past everything it wrote, so the bytes held are final.
        if (_spillTo is not null && _written > 0)
        {
            _spillTo.Write(_buffer, 0, _written);
            _written = 0;
            if (needed <= _buffer.Length)
            {
                return;
            }
        }

        byte[] larger = BoundedArrayPool<byte>.Rent(Math.Max(checked(_written + needed), checked(_buffer.Length * 2)));
        _buffer.AsSpan(0, _written).CopyTo(larger);
        BoundedArrayPool<byte>.Return(_buffer);
        _buffer = larger;
    }
}
