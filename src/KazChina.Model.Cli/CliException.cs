using System;

namespace KazChina.Model.Cli;

/// <summary>
/// A problem the user can fix (a missing file, an existing output, an unknown format), reported as one
/// line on the error console with exit code <see cref="ExitCodes.Error"/> and no stack trace.
/// </summary>
internal sealed class CliException : Exception
{
    public CliException(string message)
        : base(message)
    {
    }

    public CliException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CliException()
    {
    }
}
