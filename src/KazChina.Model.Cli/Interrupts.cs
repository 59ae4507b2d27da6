using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;

namespace KazChina.Model.Cli;

/// <summary>
/// Ends the process cleanly on SIGINT, SIGTERM, SIGHUP and SIGQUIT (Ctrl+C, <c>kill</c>, <c>timeout</c>, systemd and
/// container runtimes, a closed terminal, Ctrl+\): the run's outputs are rolled back (temporary files removed, every
/// target as it was, or in place if it already was), one line goes to stderr, and the exit code is 128 plus the
/// signal's number, as shells report it. The handler does this itself rather than wait for the command, which may
/// be blocked for good (opening a pipe nobody reads, reading one nobody writes).
/// </summary>
internal sealed class Interrupts : IDisposable
{
    private static readonly (PosixSignal Signal, int Number, string Name)[] Handled =
    [
        (PosixSignal.SIGHUP, 1, "SIGHUP"),
        (PosixSignal.SIGINT, 2, "SIGINT"),
        (PosixSignal.SIGQUIT, 3, "SIGQUIT"),
        (PosixSignal.SIGTERM, 15, "SIGTERM"),
    ];

    private readonly OutputSession _session;
    private readonly TextWriter _error;
    private readonly List<PosixSignalRegistration> _registrations = [];
    private int _handling;

    private Interrupts(OutputSession session, TextWriter error)
    {
        _session = session;
        _error = error;
    }

    /// <summary>Starts handling the signals for a run.</summary>
    /// <param name="session">The run's outputs, rolled back on a signal.</param>
    /// <param name="error">Where the one line goes (stderr).</param>
    /// <returns>The handling, to dispose when the run is over.</returns>
    public static Interrupts Register(OutputSession session, TextWriter error)
    {
        var interrupts = new Interrupts(session, error);
        foreach ((PosixSignal signal, int number, string name) in Handled)
        {
            try
            {
                interrupts._registrations.Add(PosixSignalRegistration.Create(signal, context => interrupts.Handle(context, number, name)));
            }
            catch (PlatformNotSupportedException)
            {
                // The platform does not have this signal (SIGHUP on some); the others still count.
            }
        }

        return interrupts;
    }

    /// <summary>Blocks for good if a signal is being handled, so the command's thread cannot end the process with an exit code of its own first.</summary>
    public void WaitIfInterrupted()
    {
        if (Volatile.Read(ref _handling) != 0)
        {
            Thread.Sleep(Timeout.Infinite);
        }
    }

    public void Dispose()
    {
        foreach (PosixSignalRegistration registration in _registrations)
        {
            registration.Dispose();
        }
    }

    private void Handle(PosixSignalContext context, int number, string name)
    {
        context.Cancel = true;
        if (Interlocked.Exchange(ref _handling, 1) != 0)
        {
            return;
        }

        bool changed = _session.Abandon(parkLaterSteps: true);
        _error.WriteLine(KazChinaApp.ErrorPrefix + (changed ? $"interrupted by {name}." : $"interrupted by {name}; no file was changed."));
        _error.Flush();
        Environment.Exit(ExitCodes.Interrupted(number));
    }
}
