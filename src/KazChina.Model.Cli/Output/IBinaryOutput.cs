using System;

namespace KazChina.Model.Cli;

/// <summary>A console output that can also take bytes, as standard output can: a console's text writer would re-encode them.</summary>
internal interface IBinaryOutput
{
    /// <summary>Writes bytes exactly as they are, after any text written before.</summary>
    /// <param name="content">The bytes.</param>
    /// <exception cref="CliException">The write fails.</exception>
    void WriteBytes(ReadOnlySpan<byte> content);
}
