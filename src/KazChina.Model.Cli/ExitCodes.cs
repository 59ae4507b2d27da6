namespace KazChina.Model.Cli;

/// <summary>The tool's exit codes, the same for every command.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked; for <c>validate</c>, the edition is valid.</summary>
    public const int Success = 0;

    /// <summary><c>validate</c> read the edition and found problems in it.</summary>
    public const int Invalid = 1;

    /// <summary>The input could not be used or the output could not be written: a missing or unreadable file, malformed JSON, an unknown option or format, a folder that cannot be written.</summary>
    public const int Error = 2;

    /// <summary>The run was cancelled (Ctrl+C), as shells report an interrupt.</summary>
    public const int Cancelled = 130;
}
