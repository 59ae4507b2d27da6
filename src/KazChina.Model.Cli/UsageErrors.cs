using System.CommandLine;
using System.CommandLine.Parsing;
using System.Linq;

namespace KazChina.Model.Cli;

/// <summary>
/// Turns what the parser found wrong with a command line into the tool's own one-line messages: an unknown
/// command or option, an option without its value, a missing argument. All are usage errors, exit code 2.
/// </summary>
internal static class UsageErrors
{
    /// <summary>Throws the first usage error of a parsed command line, if it has any.</summary>
    /// <param name="parse">The parsed command line.</param>
    /// <exception cref="CliException">The command line has an error; the message names the word at fault.</exception>
    public static void ThrowIfAny(ParseResult parse)
    {
        if (parse.Errors.Count == 0)
        {
            return;
        }

        if (parse.UnmatchedTokens.Count > 0)
        {
            string token = parse.UnmatchedTokens[0];
            Command command = parse.CommandResult.Command;
            throw new CliException(
                token.Length > 1 && token[0] == '-' ? $"Unknown option '{token.TrimStart('-')}'."
                : command.Arguments.Count == 0 ? $"Unknown command '{token}'."
                : $"Unexpected argument '{token}'; '{command.Name}' takes {command.Arguments.Count} ({string.Join(", ", command.Arguments.Select(a => a.Name))}).");
        }

        ParseError error = parse.Errors[0];
        throw error.SymbolResult switch
        {
            OptionResult { Tokens.Count: 0 } option => new CliException($"Option '{option.Option.Name}' needs a value{ValueName(option.Option)}."),
            OptionResult option => new CliException($"Option '{option.Option.Name}' takes one value; it was given {option.Tokens.Count}."),
            ArgumentResult { Parent: CommandResult command } argument => MissingArgument(command.Command, argument.Argument),
            CommandResult command when command.Command.Arguments.FirstOrDefault() is { } argument => MissingArgument(command.Command, argument),
            _ => new CliException(error.Message),
        };
    }

    private static CliException MissingArgument(Command command, Argument argument) =>
        new($"Command '{command.Name}' is missing required argument '{argument.Name}'.");

    private static string ValueName(Option option) => option.HelpName is { } name ? $" ({name})" : "";
}
