using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace KazChina.Model.Cli;

/// <summary>
/// Reading an edition from a JSON file with <see cref="KazChinaJson"/>, with every failure turned into one line
/// for the user: exit code 2 for a file that cannot be read, is longer than the limit, is not UTF-8 or is not JSON
/// at all; 1 for JSON that is not a valid edition.
/// </summary>
internal static class EditionFile
{
    /// <summary>
    /// The most bytes read by default: 1 GiB. The largest JSON <c>export</c> can write is 1 GiB too (the writer
    /// builds the document in one pooled buffer, whose largest size that is), so everything the tool exports reads
    /// back; an export of 114,000 records is 69 MB.
    /// </summary>
    public const int DefaultMaxBytes = 1 << 30;

    /// <summary>The most <c>--max-bytes</c> can allow: the longest array .NET makes, which holds the document while it is read.</summary>
    public static readonly int LargestMaxBytes = Array.MaxLength;

    /// <summary>Reads and validates the edition in a file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="maxBytes">The most bytes read.</param>
    /// <returns>The edition.</returns>
    /// <exception cref="CliException">The file cannot be read, is not UTF-8 JSON, or is not a valid edition.</exception>
    public static KazChinaEdition Read(string path, int maxBytes)
    {
        ReadOnlyMemory<byte> utf8 = ReadBytes(path, maxBytes);
        try
        {
            return KazChinaJson.Deserialize<KazChinaEdition>(utf8.Span, maxBytes);
        }
        catch (EditionValidationException e)
        {
            string count = e.Issues.Count == 1 ? "1 problem" : $"{e.Issues.Count} problems";
            string first = e.Issues.Count > 0 ? $"; the first: {e.Issues[0]}" : "";
            throw new CliException($"'{path}' is not a valid edition ({count}; kazchina validate lists them all){first}", ExitCodes.Invalid, e);
        }
        catch (KazChinaJsonException e) when (IsMalformed(e))
        {
            throw NotJson(path, e);
        }
        catch (KazChinaJsonException e)
        {
            throw new CliException($"'{path}' is not a valid edition: {e.Message}", ExitCodes.Invalid, e);
        }
    }

    /// <summary>
    /// Reads an edition file and lists every problem with it, as <c>kazchina validate</c> shows them: each validation
    /// issue with its JSON path, or the one reading error. A file that cannot be read or is not JSON at all throws.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="maxBytes">The most bytes read.</param>
    /// <param name="edition">The edition, when it is valid.</param>
    /// <param name="problems">The problems, one line each, when it is not.</param>
    /// <returns>Whether the file holds a valid edition.</returns>
    /// <exception cref="CliException">The file cannot be read, is longer than <paramref name="maxBytes"/>, is not UTF-8 or is not JSON (exit code 2).</exception>
    public static bool Check(string path, int maxBytes, [NotNullWhen(true)] out KazChinaEdition? edition, out IReadOnlyList<string> problems)
    {
        ReadOnlyMemory<byte> utf8 = ReadBytes(path, maxBytes);
        edition = null;
        try
        {
            edition = KazChinaJson.Deserialize<KazChinaEdition>(utf8.Span, maxBytes);
            problems = [];
            return true;
        }
        catch (EditionValidationException e)
        {
            problems = [.. e.Issues.Select(i => $"{i.Path}: {i.Message} ({i.Rule}, record {i.RecordId})")];
        }
        catch (KazChinaJsonException e) when (IsMalformed(e))
        {
            throw NotJson(path, e);
        }
        catch (KazChinaJsonException e)
        {
            problems = [e.Message];
        }

        return false;
    }

    /// <summary>Writes the problems <see cref="Check"/> found, then the summary line, and returns the exit code for an invalid edition.</summary>
    /// <param name="path">The file.</param>
    /// <param name="problems">The problems.</param>
    /// <param name="writeLine">Writes one line.</param>
    /// <returns><see cref="ExitCodes.Invalid"/>.</returns>
    public static int ReportProblems(string path, IReadOnlyList<string> problems, Action<string> writeLine)
    {
        foreach (string problem in problems)
        {
            writeLine(problem);
        }

        writeLine(problems.Count == 1 ? $"'{path}' is not a valid edition: 1 problem." : $"'{path}' is not a valid edition: {problems.Count} problems.");
        return ExitCodes.Invalid;
    }

    /// <summary>Reads a whole file that is to hold UTF-8 JSON, into memory of its own size.</summary>
    /// <param name="path">The file: a regular file, or anything that can be read to its end (a pipe, <c>/dev/stdin</c>).</param>
    /// <param name="maxBytes">The most bytes read.</param>
    /// <returns>The bytes.</returns>
    /// <exception cref="CliException">The file is missing, is a folder, cannot be read, is longer than <paramref name="maxBytes"/>, or is not UTF-8.</exception>
    public static ReadOnlyMemory<byte> ReadBytes(string path, int maxBytes)
    {
        ReadOnlyMemory<byte> bytes;
        using (FileStream stream = OpenForReading(path))
        {
            try
            {
                bytes = ReadToEnd(stream, path, maxBytes);
            }
            catch (Exception e) when (IoErrors.IsFileError(e))
            {
                throw IoErrors.Cannot("read", path, e);
            }
        }

        CheckUtf8(path, bytes.Span);
        return bytes;
    }

    /// <summary>Gets the error for a file that is not well-formed JSON.</summary>
    /// <param name="path">The file.</param>
    /// <param name="exception">What the reader said.</param>
    /// <returns>The error, with exit code 2.</returns>
    public static CliException NotJson(string path, KazChinaJsonException exception) =>
        new($"Cannot read '{path}' as JSON: {exception.Message}", ExitCodes.Error, exception);

    /// <summary>Tells whether a read failed because the text is not well-formed JSON at all, rather than JSON that is not an edition.</summary>
    /// <param name="exception">The exception <see cref="KazChinaJson"/> threw.</param>
    /// <returns>Whether the text is malformed (the reader sets a line number only for malformed JSON).</returns>
    public static bool IsMalformed(JsonException exception) => exception.LineNumber is not null;

    private static FileStream OpenForReading(string path)
    {
        if (Directory.Exists(path))
        {
            throw new CliException($"Cannot read '{path}': it is a folder, not a file.");
        }

        if (!File.Exists(path))
        {
            throw new CliException($"Cannot read '{path}': the file does not exist.");
        }

        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        }
        catch (Exception e) when (IoErrors.IsFileError(e))
        {
            throw IoErrors.Cannot("read", path, e);
        }
    }

    /// <summary>Reads to the end: into an array of the file's size when it has one (a regular file), else growing it, never past <paramref name="maxBytes"/>.</summary>
    private static ReadOnlyMemory<byte> ReadToEnd(FileStream stream, string path, int maxBytes)
    {
        long length = stream.CanSeek ? stream.Length : 0;
        if (length > maxBytes)
        {
            throw TooLong(path, length, maxBytes);
        }

        var buffer = new byte[stream.CanSeek ? length : 64 * 1024];
        int count = 0;
        while (true)
        {
            if (count == buffer.Length)
            {
                // Full: either the end (a regular file, read exactly) or a file that goes on (a pipe, a growing file).
                int next = stream.ReadByte();
                if (next < 0)
                {
                    return buffer;
                }

                if (count == maxBytes)
                {
                    throw TooLong(path, null, maxBytes);
                }

                Array.Resize(ref buffer, (int)Math.Min((2L * buffer.Length) + 1, maxBytes));
                buffer[count++] = (byte)next;
                continue;
            }

            int read = stream.Read(buffer, count, buffer.Length - count);
            if (read == 0)
            {
                return buffer.AsMemory(0, count);
            }

            count += read;
        }
    }

    private static CliException TooLong(string path, long? length, int maxBytes)
    {
        string size = length is long given ? $"it is {given} bytes long, more than" : "it is longer than";
        string remedy = (length, maxBytes < LargestMaxBytes) switch
        {
            (long known, _) when known <= LargestMaxBytes => $"; pass --max-bytes {known} to read it",
            (not null, _) => $"; the tool reads at most {LargestMaxBytes}",
            (null, true) => $"; pass a larger --max-bytes, at most {LargestMaxBytes}, to read it",
            (null, false) => "",
        };
        return new CliException($"Cannot read '{path}': {size} the {maxBytes} bytes read (--max-bytes){remedy}.");
    }

    private static void CheckUtf8(string path, ReadOnlySpan<byte> utf8)
    {
        if (System.Text.Unicode.Utf8.IsValid(utf8))
        {
            return;
        }

        int offset = 0;
        while (Rune.DecodeFromUtf8(utf8[offset..], out _, out int consumed) == OperationStatus.Done)
        {
            offset += consumed;
        }

        int lineStart = utf8[..offset].LastIndexOf((byte)'\n') + 1;
        int line = utf8[..offset].Count((byte)'\n') + 1;
        throw new CliException($"Cannot read '{path}': it is not UTF-8 text (byte 0x{utf8[offset]:X2} at line {line}, byte {offset - lineStart + 1} of the line).");
    }
}
