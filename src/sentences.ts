/** Joins message parts with one space, skipping empty ones, so a composed message never has "  ". */
export function sentences(...parts: readonly (string | undefined)[]): string {
  return parts
    .map((p) => (p ?? '').trim())
    .filter((p) => p !== '')
    .join(' ');
}
