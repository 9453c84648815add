/** Calendar days (YYYY-MM-DD) as Reports count them: the agent's own local day. */

/** The calendar day of an instant in the agent's own time zone. */
export function localDay(at: Date): string {
  const month = String(at.getMonth() + 1).padStart(2, '0');
  const date = String(at.getDate()).padStart(2, '0');
  return `${at.getFullYear()}-${month}-${date}`;
}

/** A calendar day plus or minus whole days (computed at noon UTC, so no time zone moves it). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
