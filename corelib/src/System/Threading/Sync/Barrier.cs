namespace System.Threading
{
    // Participants that wait for each other phase by phase: the last to arrive runs the post-phase action (the others
    // still waiting), then all go on to the next phase.
    public class Barrier : IDisposable
    {
        private const int MaxParticipants = 32767;

        private readonly object m_gate = new object();
        private readonly Action<Barrier> m_postPhaseAction;
        private int m_participants;        // under m_gate
        private int m_remaining;           // participants yet to arrive in this phase (under m_gate)
        private long m_phase;              // under m_gate
        private Exception m_phaseFailure;  // the post-phase action's exception, for the phase that just ended
        private int m_actionThread;        // the thread running the post-phase action, 0 when none
        private bool m_disposed;

        public Barrier(int participantCount) : this(participantCount, null) { }

        public Barrier(int participantCount, Action<Barrier> postPhaseAction)
        {
            if (participantCount < 0 || participantCount > MaxParticipants)
                throw new ArgumentOutOfRangeException("participantCount", "The participantCount argument must be non-negative and less than or equal to 32767.");
            m_participants = participantCount;
            m_remaining = participantCount;
            m_postPhaseAction = postPhaseAction;
        }

        public long CurrentPhaseNumber { get { lock (m_gate) return m_phase; } }

        public int ParticipantCount { get { lock (m_gate) return m_participants; } }

        public int ParticipantsRemaining { get { lock (m_gate) return m_remaining; } }

        public long AddParticipant() { return AddParticipants(1); }

        // Returns the phase the new participants first take part in.
        public long AddParticipants(int participantCount)
        {
            ThrowIfDisposed();
            if (participantCount < 1)
                throw new ArgumentOutOfRangeException("participantCount", participantCount, "The participantCount argument must be a positive value.");
            if (participantCount > MaxParticipants)
                throw new ArgumentOutOfRangeException("participantCount", "Adding participantCount participants would result in the number of participants exceeding the maximum number allowed.");
            ThrowIfInPostPhaseAction();
            lock (m_gate)
            {
                if (m_participants + participantCount > MaxParticipants)
                    throw new ArgumentOutOfRangeException("participantCount", "Adding participantCount participants would result in the number of participants exceeding the maximum number allowed.");
                m_participants += participantCount;
                m_remaining += participantCount;
                return m_phase;
            }
        }

        public void RemoveParticipant() { RemoveParticipants(1); }

        public void RemoveParticipants(int participantCount)
        {
            ThrowIfDisposed();
            if (participantCount < 1)
                throw new ArgumentOutOfRangeException("participantCount", participantCount, "The participantCount argument must be a positive value.");
            ThrowIfInPostPhaseAction();
            lock (m_gate)
            {
                if (participantCount > m_participants)
                    throw new ArgumentOutOfRangeException("participantCount", "The participantCount argument must be less than or equal the number of participants.");
                int arrived = m_participants - m_remaining;
                if (m_participants - participantCount < arrived)
                    throw new InvalidOperationException("The participantCount argument is greater than the number of participants that haven't yet arrived at the barrier in this phase.");
                m_participants -= participantCount;
                m_remaining -= participantCount;
                if (m_remaining == 0 && m_participants > 0) FinishPhase();
            }
        }

        public void SignalAndWait() { SignalAndWait(Blocking.Infinite, default(CancellationToken)); }

        public void SignalAndWait(CancellationToken cancellationToken) { SignalAndWait(Blocking.Infinite, cancellationToken); }

        public bool SignalAndWait(int millisecondsTimeout) { return SignalAndWait(millisecondsTimeout, default(CancellationToken)); }

        public bool SignalAndWait(TimeSpan timeout) { return SignalAndWait(Blocking.ToMilliseconds(timeout, "timeout"), default(CancellationToken)); }

        public bool SignalAndWait(TimeSpan timeout, CancellationToken cancellationToken)
        {
            return SignalAndWait(Blocking.ToMilliseconds(timeout, "timeout"), cancellationToken);
        }

        // False when the time ran out first: this participant's arrival is then taken back, as .NET does.
        public bool SignalAndWait(int millisecondsTimeout, CancellationToken cancellationToken)
        {
            ThrowIfDisposed();
            cancellationToken.ThrowIfCancellationRequested();
            if (millisecondsTimeout < -1)
                throw new ArgumentOutOfRangeException("millisecondsTimeout", millisecondsTimeout, "The specified timeout must represent a value between -1 and Int32.MaxValue, inclusive.");
            ThrowIfInPostPhaseAction();
            long deadline = Blocking.Deadline(millisecondsTimeout);
            using (Blocking.WakeOnCancel(m_gate, cancellationToken))
            {
                lock (m_gate)
                {
                    if (m_participants == 0)
                        throw new InvalidOperationException("The barrier has no registered participants.");
                    if (m_remaining == 0)
                        throw new InvalidOperationException("The number of threads using the barrier exceeded the total number of registered participants.");
                    long phase = m_phase;
                    if (--m_remaining == 0)
                    {
                        FinishPhase();
                        if (m_phaseFailure != null) throw new BarrierPostPhaseException(m_phaseFailure);
                        return true;
                    }
                    while (m_phase == phase)
                    {
                        int left = Blocking.Remaining(deadline);
                        if (left == 0 || cancellationToken.IsCancellationRequested)
                        {
                            m_remaining++;
                            cancellationToken.ThrowIfCancellationRequested();
                            return false;
                        }
                        Blocking.Wait(m_gate, left);
                    }
                    if (m_phaseFailure != null && m_phase == phase + 1) throw new BarrierPostPhaseException(m_phaseFailure);
                    return true;
                }
            }
        }

        // Under m_gate, by the last participant to arrive: the post-phase action, then the next phase.
        private void FinishPhase()
        {
            m_phaseFailure = null;
            if (m_postPhaseAction != null)
            {
                m_actionThread = Blocking.CurrentThreadId;
                try { m_postPhaseAction(this); }
                catch (Exception e) { m_phaseFailure = e; }
                finally { m_actionThread = 0; }
            }
            m_remaining = m_participants;
            m_phase++;
            Blocking.WakeAll(m_gate);
        }

        private void ThrowIfInPostPhaseAction()
        {
            if (m_actionThread != 0 && m_actionThread == Blocking.CurrentThreadId)
                throw new InvalidOperationException("This method may not be called from within the postPhaseAction.");
        }

        public void Dispose()
        {
            ThrowIfInPostPhaseAction();
            Dispose(true);
            GC.SuppressFinalize(this);
        }

        protected virtual void Dispose(bool disposing)
        {
            if (disposing) m_disposed = true;
        }

        private void ThrowIfDisposed()
        {
            if (m_disposed) throw new ObjectDisposedException("Barrier", "The barrier has been disposed.");
        }
    }

    public class BarrierPostPhaseException : Exception
    {
        public BarrierPostPhaseException() : this((string)null) { }
        public BarrierPostPhaseException(Exception innerException) : this(null, innerException) { }
        public BarrierPostPhaseException(string message) : this(message, null) { }
        public BarrierPostPhaseException(string message, Exception innerException)
            : base(message ?? "The postPhaseAction failed with an exception.", innerException) { }
    }
}
