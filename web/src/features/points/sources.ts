// What each kind of ledger row is called on screen.
const kSourceLabels: Readonly<Record<string, string>> = {
  mental_math: "Mental maths",
  paper_attempt: "Paper",
  daily_login: "Daily login bonus",
  admin_adjustment: "Adjusted by staff",
  grace_skip: "Streak grace skip",
  streak_bonus: "Streak bonus",
  opening_balance: "Carried over",
};

export function sourceLabel(source_type: string): string {
  const known = kSourceLabels[source_type];
  if (known !== undefined) return known;
  // streak_bonus_7, streak_bonus_month, …
  if (source_type.startsWith("streak_bonus")) return "Streak bonus";
  const words = source_type.replace(/_/g, " ").trim();
  return words.length > 0 ? words.charAt(0).toUpperCase() + words.slice(1) : "Points";
}
