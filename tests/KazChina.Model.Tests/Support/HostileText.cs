using System;

namespace KazChina.Model.Tests;

/// <summary>Text a hostile or careless editor could put in an edition, for tests of what reaches terminals, logs and spreadsheets.</summary>
public static class HostileText
{
    /// <summary>The id of the dated agreement whose title <see cref="EditionWithAgreementTitle"/> replaces.</summary>
    public const string AgreementId = "all-round-strategic-partnership-2011";

    /// <summary>
    /// An escape sequence that turns a terminal's text red, a C1 control sequence introducer, a right-to-left
    /// override ("Trojan Source") and a left-to-right isolate with its closing pop.
    /// </summary>
    public const string Terminal = "\u001b[31mRed\u009b2J \u202Eevil\u2066x\u2069";

    /// <summary><see cref="Terminal"/> as the tool and the library's messages show it.</summary>
    public const string TerminalShown = "\\u001B[31mRed\\u009B2J \\u202Eevil\\u2066x\\u2069";

    /// <summary>Tells whether text holds any of the characters of <see cref="Terminal"/> that a terminal acts on.</summary>
    public static bool HasTerminalControls(string text) => text.AsSpan().IndexOfAny("\u001b\u009b\u202E\u2066\u2069") >= 0;

    /// <summary>Runs the tool, wide enough that no cell wraps, on <see cref="EditionWithAgreementTitle"/> written to a temporary file and given with <c>--edition</c>.</summary>
    /// <param name="title">The agreement's title.</param>
    /// <param name="command">The command.</param>
    /// <param name="options">The command's other options.</param>
    public static CliResult RunOnEditionWithAgreementTitle(string title, string command, params string[] options)
    {
        using var folder = new TemporaryFolder();
        string path = EditionFiles.Write(folder, "edited.json", EditionWithAgreementTitle(title));
        return CliRun.RunWithWidth(CliRun.Unwrapped, [command, "--edition", path, .. options]);
    }

    /// <summary>The article's edition with the title of the agreement <see cref="AgreementId"/> (dated, so on the timeline too) replaced.</summary>
    public static KazChinaEdition EditionWithAgreementTitle(string title) =>
        EditionEditor.Map(KazChinaEdition.Current, record => record is Agreement a && a.Id.Value == AgreementId
            ? new AgreementBuilder(a) { Title = title }.Build()
            : record);
}
