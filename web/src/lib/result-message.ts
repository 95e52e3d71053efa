// The cheer on a result screen (mental maths, papers), by the server's accuracy: the legacy mental-maths
// page's words and thresholds.
export function resultMessage(accuracy: number): string {
  if (accuracy >= 100) return "Perfect!";
  if (accuracy >= 80) return "Excellent!";
  if (accuracy >= 60) return "Great Job!";
  if (accuracy >= 40) return "Good Effort!";
  return "Keep Practicing!";
}

