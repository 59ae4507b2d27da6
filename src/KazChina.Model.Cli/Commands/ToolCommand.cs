using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Threading;
using Spectre.Console;

namespace KazChina.Model.Cli;

/// <summary>What a command runs with: where results go (stdout) and the run's outputs.</summary>
/// <param name="Console">The output console.</param>
/// <param name="Session">The outputs of the run and the file operations they use.</param>
internal sealed record CommandServices(IAnsiConsole Console, OutputSession Session);

/// <summary>A command's options, declared for the parser and read back from what it parsed.</summary>
/// <typeparam name="TSelf">The settings type.</typeparam>
internal interface ICommandSettings<TSelf>
    where TSelf : ICommandSettings<TSelf>
{
    /// <summary>Declares the options and arguments, in the order help lists them.</summary>
    /// <returns>The options and arguments.</returns>
    static abstract IEnumerable<Symbol> Declare();

    /// <summary>Reads the values the command line gave.</summary>
    /// <param name="parse">The parsed command line.</param>
    /// <returns>The settings.</returns>
    static abstract TSelf Bind(ParseResult parse);

    /// <summary>Checks the values together, before the command runs.</summary>
    /// <exception cref="CliException">A value is not usable; the message says which and why.</exception>
    void Validate();
}

/// <summary>What a command does with its settings.</summary>
/// <typeparam name="TSettings">Its settings.</typeparam>
internal interface ICommand<in TSettings>
{
    /// <summary>Runs the command.</summary>
    /// <param name="settings">The settings, checked.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    int Execute(TSettings settings, CancellationToken cancellationToken);
}

/// <summary>
/// A command of the tool as the parser knows it, with what help shows beyond the parser's model (the examples) and
/// how it runs. The parser only parses; the tool runs the command itself, so errors, help, cancellation and signals
/// stay the tool's own.
/// </summary>
internal sealed class ToolCommand : Command
{
    private readonly Func<ParseResult, CommandServices, CancellationToken, int> _run;
    private readonly List<string[]> _examples = [];

    private ToolCommand(string name, string description, Func<ParseResult, CommandServices, CancellationToken, int> run)
        : base(name, description)
    {
        _run = run;
    }

    /// <summary>Gets the examples help shows, each the arguments after <c>kazchina</c>.</summary>
    public IReadOnlyList<string[]> Examples => _examples;

    /// <summary>Creates a command.</summary>
    /// <typeparam name="TSettings">Its settings.</typeparam>
    /// <param name="name">Its name on the command line.</param>
    /// <param name="description">What it does, for help.</param>
    /// <param name="create">Makes the command for a run.</param>
    /// <returns>The command.</returns>
    public static ToolCommand Create<TSettings>(string name, string description, Func<CommandServices, ICommand<TSettings>> create)
        where TSettings : ICommandSettings<TSettings>
    {
        var command = new ToolCommand(name, description, (parse, services, cancellationToken) =>
        {
            TSettings settings = TSettings.Bind(parse);
            settings.Validate();
            return create(services).Execute(settings, cancellationToken);
        });
        foreach (Symbol symbol in TSettings.Declare())
        {
            switch (symbol)
            {
                case Option option:
                    command.Options.Add(option);
                    break;
                case Argument argument:
                    command.Arguments.Add(argument);
                    break;
                default:
                    throw new ArgumentException($"'{symbol.Name}' is neither an option nor an argument.", nameof(create));
            }
        }

        return command;
    }

    /// <summary>Adds an example to help.</summary>
    /// <param name="args">The arguments after <c>kazchina</c>.</param>
    /// <returns>The command.</returns>
    public ToolCommand WithExample(params string[] args)
    {
        _examples.Add(args);
        return this;
    }

    /// <summary>Runs the command the command line named.</summary>
    /// <param name="parse">The parsed command line, free of errors.</param>
    /// <param name="services">What the command runs with.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <returns>The exit code.</returns>
    public int Run(ParseResult parse, CommandServices services, CancellationToken cancellationToken) => _run(parse, services, cancellationToken);
}
