// The answer window running out: whole seconds left and a shrinking bar (red in the last few seconds).
export function TimeLeft({ seconds, fraction }: { seconds: number; fraction: number }) {
  const urgent = seconds <= 3;
  return (
    <div className={`time-left${urgent ? " time-left-urgent" : ""}`} role="timer" aria-label="Time left">
      <span className="time-left-number">{seconds} s</span>
      <span className="time-left-bar" aria-hidden="true">
        <span style={{ width: `${Math.round(fraction * 1000) / 10}%` }} />
      </span>
    </div>
  );
}
