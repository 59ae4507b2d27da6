using System;
using System.Buffers;
using System.Linq;
using System.Runtime.InteropServices;
using Xunit;

namespace KazChina.Model.Tests.Serialization;

public class PooledBufferWriterTests
{
    [Fact]
    public void Writes_AcrossGrowth_KeepEveryByteInOrder()
    {
        byte[] expected = Enumerable.Range(0, 200_000).Select(i => unchecked((byte)(i * 7))).ToArray();
        using var writer = new PooledBufferWriter();

        for (int offset = 0; offset < expected.Length;)
        {
            int chunk = Math.Min(1 + (offset % 5_003), expected.Length - offset);
            Span<byte> span = writer.GetSpan(chunk);
            expected.AsSpan(offset, chunk).CopyTo(span);
            writer.Advance(chunk);
            offset += chunk;
        }

        Assert.True(expected.AsSpan().SequenceEqual(writer.WrittenSpan));
        Assert.True(expected.AsSpan().SequenceEqual(writer.WrittenMemory.Span));
    }

    [Fact]
    public void GetSpan_SizeHint_IsAlwaysAvailable()
    {
        using var writer = new PooledBufferWriter();
        writer.Advance(writer.GetSpan(10).Length);

        Assert.True(writer.GetSpan(100_000).Length >= 100_000);
        Assert.True(writer.GetMemory().Length >= 1);
    }

    [Fact]
    public void Advance_BeyondTheSpanGiven_Throws()
    {
        using var writer = new PooledBufferWriter();
        int available = writer.GetSpan().Length;

        Assert.Throws<InvalidOperationException>(() => writer.Advance(available + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => writer.Advance(-1));
    }

    [Fact]
    public void Dispose_Twice_IsHarmlessAndLeavesNothingToWriteTo()
    {
        var writer = new PooledBufferWriter();
        writer.Advance(3);

        writer.Dispose();
        writer.Dispose();

        Assert.Equal(0, writer.WrittenSpan.Length);
        Assert.Throws<ObjectDisposedException>(() => writer.GetSpan());
    }

    [Fact]
    public void Dispose_OfASmallBuffer_GivesItBackToTheSharedPool()
    {
        byte[] held = ArrayPool<byte>.Shared.Rent(16 * 1024);
        var writer = new PooledBufferWriter();
        byte[] used = BackingArray(writer, 1);

        writer.Dispose();

        Assert.Same(used, ArrayPool<byte>.Shared.Rent(used.Length));
        GC.KeepAlive(held);
    }

    [Fact]
    public void Dispose_AfterGrowingPastThePooledSize_KeepsNoLargeBufferInTheSharedPool()
    {
        const int Large = 2 * BoundedArrayPool.MaxPooledBytes;

        // Empties the calling thread's slot for arrays of this size, where a returned array would go first.
        byte[] held = ArrayPool<byte>.Shared.Rent(Large);
        var writer = new PooledBufferWriter();
        byte[] used = BackingArray(writer, Large);
        writer.Advance(Large);

        writer.Dispose();

        Assert.True(used.Length > BoundedArrayPool.MaxPooledBytes);
        Assert.NotSame(used, ArrayPool<byte>.Shared.Rent(used.Length));
        GC.KeepAlive(held);
    }

    [Fact]
    public void BoundedArrayPool_LargeArray_IsNotPooled()
    {
        int large = BoundedArrayPool<string>.MaxPooledLength + 1;
        string[] held = ArrayPool<string>.Shared.Rent(large);
        string[] rented = BoundedArrayPool<string>.Rent(large);

        BoundedArrayPool<string>.Return(rented, clearArray: true);

        Assert.NotSame(rented, ArrayPool<string>.Shared.Rent(rented.Length));
        Assert.Equal(BoundedArrayPool.MaxPooledBytes / IntPtr.Size, BoundedArrayPool<string>.MaxPooledLength);
        GC.KeepAlive(held);
    }

    private static byte[] BackingArray(PooledBufferWriter writer, int sizeHint) =>
        MemoryMarshal.TryGetArray<byte>(writer.GetMemory(sizeHint), out ArraySegment<byte> segment) ? segment.Array! : throw new InvalidOperationException("The writer's memory is not an array.");
}
