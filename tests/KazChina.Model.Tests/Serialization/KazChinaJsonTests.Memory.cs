using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace KazChina.Model.Tests.Serialization;

public partial class KazChinaJsonTests
{
    [Fact]
    public async Task DeserializeAsync_DocumentFarLargerThanTheEdition_LeavesNoLargeBufferInTheSharedPool()
    {
        KazChinaEdition large = SyntheticEdition.Create(seed: 14, perKind: 500);
        byte[] document = KazChinaJson.SerializeToUtf8Bytes(large);
        Assert.True(document.Length > 2 * BoundedArrayPool.MaxPooledBytes, $"the document is only {document.Length} bytes");

        // Empties the calling thread's slots for arrays of these sizes, where a returned array would go first.
        byte[][] held = [.. Enumerable.Range(21, 4).Select(power => ArrayPool<byte>.Shared.Rent(1 << power))];
        using var stream = new RecordingStream(document);
        ValueTask<KazChinaEdition> reading = KazChinaJson.DeserializeAsync<KazChinaEdition>(stream);
        Assert.True(reading.IsCompletedSuccessfully, "the read should complete on this thread, as the stream does");
        KazChinaEdition read = await reading;

        Assert.Equal(large, read);
        byte[][] largeBuffers = [.. stream.Buffers.Where(b => b.Length > BoundedArrayPool.MaxPooledBytes)];
        Assert.NotEmpty(largeBuffers);
        Assert.All(largeBuffers, buffer => Assert.NotSame(buffer, ArrayPool<byte>.Shared.Rent(buffer.Length)));
        GC.KeepAlive(held);
    }

    /// <summary>A stream over bytes that completes every read at once and notes the arrays it was asked to read into.</summary>
    private sealed class RecordingStream(byte[] content) : MemoryStream(content, writable: false)
    {
        public HashSet<byte[]> Buffers { get; } = new(ReferenceEqualityComparer.Instance);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (MemoryMarshal.TryGetArray<byte>(buffer, out ArraySegment<byte> segment))
            {
                Buffers.Add(segment.Array!);
            }

            return ValueTask.FromResult(Read(buffer.Span));
        }
    }
}
