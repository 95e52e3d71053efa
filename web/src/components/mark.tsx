// How one graded question went: right, wrong, or not answered.
export function Mark({ answered, right }: { answered: boolean; right: boolean }) {
  if (!answered) return <span className="mark mark-blank">Not answered</span>;
  return right ? <span className="mark mark-right">✓ Right</span> : <span className="mark mark-wrong">✗ Wrong</span>;
}
