using System;
using System.Buffers;
using System.Runtime.CompilerServices;

namespace KazChina.Model;

/// <summary>The size up to which <see cref="BoundedArrayPool{T}"/> pools arrays.</summary>
internal static class BoundedArrayPool
{
    /// <summary>The largest array pooled, in bytes (1 MiB): an edition like the article's, written or read, stays well below it.</summary>
    public const int MaxPooledBytes = 1024 * 1024;
}

/// <summary>
/// Rents arrays from <see cref="ArrayPool{T}.Shared"/> up to <see cref="BoundedArrayPool.MaxPooledBytes"/> and
/// allocates larger ones, which are left to the garbage collector when returned. The shared pool keeps every
/// array returned to it, up to a gigabyte each, for as long as the process lives: reading one 100,000-record
/// edition would otherwise leave its 128 MiB buffer, and the halves it grew through, held after the edition
/// itself is gone.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal static class BoundedArrayPool<T>
{
    /// <summary>The longest array pooled.</summary>
    public static readonly int MaxPooledLength = BoundedArrayPool.MaxPooledBytes / Unsafe.SizeOf<T>();

    /// <summary>Rents an array of at least <paramref name="minimumLength"/> elements: pooled when small, new when large.</summary>
    /// <param name="minimumLength">The least length needed.</param>
    /// <returns>The array; pass it to <see cref="Return"/> when done.</returns>
    public static T[] Rent(int minimumLength) =>
        minimumLength <= MaxPooledLength ? ArrayPool<T>.Shared.Rent(minimumLength) : GC.AllocateUninitializedArray<T>(minimumLength);

    /// <summary>Gives an array back: to the shared pool when small enough to keep, to the garbage collector otherwise.</summary>
    /// <param name="array">An array from <see cref="Rent"/>.</param>
    /// <param name="clearArray">Whether to clear a pooled array first (for references, so the pool holds no objects alive).</param>
    public static void Return(T[] array, bool clearArray = false)
    {
        ArgumentNullException.ThrowIfNull(array);
        if (array.Length <= MaxPooledLength)
        {
            ArrayPool<T>.Shared.Return(array, clearArray);
        }
    }
}
