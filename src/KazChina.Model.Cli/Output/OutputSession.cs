using System;
using System.Collections.Generic;
using System.Threading;

namespace KazChina.Model.Cli;

/// <summary>An output that is being written and is not in place yet: its temporary files can be removed and its target left as it was.</summary>
internal interface IPendingOutput
{
    /// <summary>Removes what was written so far and leaves the target as it was. Best effort; never throws.</summary>
    void RollBack();
}

/// <summary>
/// One run's outputs and the file operations they use. Every step that creates or publishes output runs under
/// one lock, so that a signal handler can <see cref="Abandon"/> the run at a point where each output is either
/// in place or not: never half-renamed, never with its temporary files left behind.
/// </summary>
internal sealed class OutputSession
{
    private readonly object _gate = new();
    private readonly List<IPendingOutput> _pending = [];
    private bool _abandoned;
    private bool _parkWhenAbandoned;

    /// <summary>Initializes a session.</summary>
    /// <param name="files">The file operations its outputs use.</param>
    public OutputSession(IFileOperations files)
    {
        Files = files;
    }

    /// <summary>Gets the file operations the outputs use.</summary>
    public IFileOperations Files { get; }

    /// <summary>Gets a value indicating whether an output was put in place or written through (a device, a pipe) in this run.</summary>
    public bool ChangedSomething { get; private set; }

    /// <summary>Runs a step that creates or publishes output, unless the run was abandoned.</summary>
    /// <param name="step">The step; it must not block for long (the lock is held).</param>
    /// <exception cref="OperationCanceledException">The run was abandoned.</exception>
    public void Run(Action step)
    {
        lock (_gate)
        {
            ThrowIfAbandonedLocked();
            step();
        }
    }

    /// <summary>Runs a step that creates output, unless the run was abandoned.</summary>
    /// <typeparam name="T">What the step returns.</typeparam>
    /// <param name="step">The step; it must not block for long (the lock is held).</param>
    /// <returns>What the step returned.</returns>
    /// <exception cref="OperationCanceledException">The run was abandoned.</exception>
    public T Run<T>(Func<T> step)
    {
        lock (_gate)
        {
            ThrowIfAbandonedLocked();
            return step();
        }
    }

    /// <summary>Fails (or parks) unless the run goes on: for a step that may block for long and so cannot hold the lock.</summary>
    /// <exception cref="OperationCanceledException">The run was abandoned.</exception>
    public void ThrowIfAbandoned()
    {
        lock (_gate)
        {
            ThrowIfAbandonedLocked();
        }
    }

    /// <summary>Registers an output to roll back if the run is abandoned; call it inside <see cref="Run(Action)"/>, with what it created.</summary>
    /// <param name="output">The output.</param>
    public void Track(IPendingOutput output)
    {
        lock (_gate)
        {
            _pending.Add(output);
        }
    }

    /// <summary>Forgets an output: it is in place, or rolled back.</summary>
    /// <param name="output">The output.</param>
    public void Forget(IPendingOutput output)
    {
        lock (_gate)
        {
            _pending.Remove(output);
        }
    }

    /// <summary>Records that an output was put in place or is being written through.</summary>
    public void MarkChanged()
    {
        lock (_gate)
        {
            ChangedSomething = true;
        }
    }

    /// <summary>
    /// Ends the run's output: waits for a step under way to finish, rolls back every pending output, and makes
    /// every later step fail (or, with <paramref name="parkLaterSteps"/>, wait for ever, for a process about to exit).
    /// </summary>
    /// <param name="parkLaterSteps">Whether a later step blocks instead of throwing, so the thread that runs it reports nothing.</param>
    /// <returns>Whether anything had been put in place or written through before.</returns>
    public bool Abandon(bool parkLaterSteps)
    {
        lock (_gate)
        {
            _abandoned = true;
            _parkWhenAbandoned = parkLaterSteps;
            foreach (IPendingOutput output in _pending)
            {
                output.RollBack();
            }

            _pending.Clear();
            return ChangedSomething;
        }
    }

    private void ThrowIfAbandonedLocked()
    {
        if (!_abandoned)
        {
            return;
        }

        if (_parkWhenAbandoned)
        {
            // The signal handler that abandoned the run is ending the process, and needs the lock no more; this
            // thread must not race it to report an error or an exit code of its own.
            Thread.Sleep(Timeout.Infinite);
        }

        throw new OperationCanceledException("The run was interrupted.");
    }
}
