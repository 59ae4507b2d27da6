using System;

namespace KazChina.Model.Cli;

/// <summary>
/// A problem the user can fix (a missing file, an existing output, an unknown format, an edition that is not
/// valid), reported as one line on the error console with its <see cref="ExitCode"/> and no stack trace.
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

    public CliException(string message, int exitCode, Exception? innerException = null)
        : base(message, innerException)
    {
        ExitCode = exitCode;
    }

    public CliException()
    {
    }

    /// <summary>Gets the exit code the failure ends the run with: <see cref="ExitCodes.Error"/> unless the input was JSON that is not a valid edition (<see cref="ExitCodes.Invalid"/>).</summary>
    public int ExitCode { get; } = ExitCodes.Error;
}
