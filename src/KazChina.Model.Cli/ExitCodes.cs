namespace KazChina.Model.Cli;

/// <summary>The tool's exit codes, the same for every command.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked; for <c>validate</c>, the edition is valid.</summary>
    public const int Success = 0;

    /// <summary>The edition file is JSON but not a valid edition: <c>validate</c> lists every problem; other commands name the first.</summary>
    public const int Invalid = 1;

    /// <summary>
    /// The input could not be used or the output could not be written: a usage error (an unknown command, option
    /// or format, a missing argument), a missing or unreadable file, a file that is not UTF-8 or not JSON at all or
    /// is longer than <c>--max-bytes</c>, an output that exists without <c>--force</c> or cannot be written.
    /// </summary>
    public const int Error = 2;

    /// <summary>The run was cancelled in-process (its cancellation token), as shells report an interrupt (128 + SIGINT).</summary>
    public const int Cancelled = 130;

    /// <summary>Gets the exit code of a run ended by a signal: 128 plus the signal's number, as shells report it (SIGTERM: 143).</summary>
    /// <param name="signalNumber">The signal's number (SIGHUP 1, SIGINT 2, SIGQUIT 3, SIGTERM 15).</param>
    /// <returns>The exit code.</returns>
    public static int Interrupted(int signalNumber) => 128 + signalNumber;
}
