using System;
using System.Linq;
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
}
