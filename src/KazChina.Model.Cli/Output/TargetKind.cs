using System;
using System.IO;
using System.Runtime.InteropServices;

namespace KazChina.Model.Cli;

/// <summary>What an output path names, which decides how it is written.</summary>
internal enum TargetKind
{
    /// <summary>Nothing: the output is created.</summary>
    Missing,

    /// <summary>A regular file: replaced whole (atomically), and only with <c>--force</c>.</summary>
    File,

    /// <summary>A symbolic link to a regular file, or to nothing: the link itself is replaced, with <c>--force</c>; nothing is written through it.</summary>
    Link,

    /// <summary>A folder (or a link to one).</summary>
    Folder,

    /// <summary>A character device, pipe (FIFO) or socket, directly or through links (<c>/dev/null</c>, <c>/dev/stdout</c>): written through, never replaced.</summary>
    Stream,

    /// <summary>A block device: written through, never replaced, and only with <c>--force</c>, since it holds data.</summary>
    BlockDevice,
}

/// <summary>Tells what an output path names, following links the way writing to it would.</summary>
internal static class TargetKinds
{
    // The file-type bits of a mode, as the runtime's native layer reports them on every Unix.
    private const int TypeMask = 0xF000;
    private const int Fifo = 0x1000;
    private const int CharacterDevice = 0x2000;
    private const int Directory = 0x4000;
    private const int BlockDevice = 0x6000;
    private const int RegularFile = 0x8000;
    private const int Socket = 0xC000;

    /// <summary>Tells what <paramref name="path"/> names.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The kind; <see cref="TargetKind.Missing"/> also when the path cannot be examined, so that writing reports why.</returns>
    public static TargetKind Of(string path)
    {
        bool isLink = new FileInfo(path).LinkTarget is not null;
        int? type = FileType(path);
        return type switch
        {
            null when isLink => TargetKind.Link,
            null => TargetKind.Missing,
            Directory => TargetKind.Folder,
            RegularFile when isLink => TargetKind.Link,
            RegularFile => TargetKind.File,
            BlockDevice => TargetKind.BlockDevice,
            Fifo or CharacterDevice or Socket => TargetKind.Stream,
            _ => TargetKind.File,
        };
    }

    /// <summary>Gets the file-type bits of what <paramref name="path"/> names, following links, or null when nothing is there.</summary>
    private static int? FileType(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            try
            {
                return Native.Stat(path, out Native.FileStatus status) == 0 ? status.Mode & TypeMask : null;
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                // A runtime without its usual native layer: fall back to what the managed API can tell.
            }
        }

        return System.IO.Directory.Exists(path) ? Directory : File.Exists(path) ? RegularFile : null;
    }

    /// <summary>
    /// stat(2) through the runtime's own native layer (System.Native, which every .NET on Unix ships and which its
    /// file APIs use): .NET has no public API for a file's type, and libc's <c>struct stat</c> differs between
    /// platforms while this one starts with the same two fields everywhere.
    /// </summary>
    private static class Native
    {
        [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
        public static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out FileStatus status);

        /// <summary>The start of the runtime's FileStatus; the size leaves room for every field it has.</summary>
        [StructLayout(LayoutKind.Sequential, Size = 256)]
        public struct FileStatus
        {
            public int Flags;
            public int Mode;
        }
    }
}
