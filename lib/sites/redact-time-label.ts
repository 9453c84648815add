/**
 * A time attribute the redactor keeps (the exact time the reader orders messages by) may name its
 * sender before the date: Outlook's message items are labelled "Ieva Bērziņa, sáb 05/12/2026 21:37"
 * (seen 2026-12-06). Words before the first comma that hold no digit are redacted; the date stays.
 * A weekday there ("Fri, 4 Dec 2026") is redacted too, which costs the date nothing.
 */
const LEADING_WORDS = /^([^\d,]+),(?=.*\d)/u;

export function redactedTimeLabel(value: string, text: (value: string) => string): string {
  const lead = LEADING_WORDS.exec(value);
  return lead ? text(lead[1]!) + value.slice(lead[1]!.length) : value;
}
