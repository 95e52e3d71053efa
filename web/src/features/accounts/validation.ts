// Form checks that tell the user at once what the server would refuse. The server stays the judge: its
// `detail` is shown when it disagrees.

export const kDisplayNameMaxLength = 50;
export const kPasswordMinLength = 8;

// An error message for a display name, or null when it is acceptable (1–50 characters after trimming).
export function displayNameError(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed.length === 0) return "Enter a display name.";
  if ([...trimmed].length > kDisplayNameMaxLength)
    return `Use at most ${kDisplayNameMaxLength} characters (this one has ${[...trimmed].length}).`;
  return null;
}

// An error message for a new password, or null when it is long enough.
export function newPasswordError(value: string): string | null {
  if (value.length === 0) return "Enter a new password.";
  if (value.length < kPasswordMinLength) return `Use at least ${kPasswordMinLength} characters.`;
  return null;
}

export function emailError(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed.length === 0) return "Enter an email address.";
  if (!/^[^\s@]+@[^\s@]+$/.test(trimmed)) return "Enter a valid email address.";
  return null;
}

export function requiredError(value: string, label: string): string | null {
  return value.trim().length === 0 ? `Enter ${label}.` : null;
}
