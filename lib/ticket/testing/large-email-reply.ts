/**
 * The new reply every generated large email opens with (plain and as HTML mail writes it), and the
 * line repeater the generators fill their ~1 MB of history with.
 */

export const LARGE_EMAIL_REPLY = 'Hello,\nmy order #4417 still has not arrived.\nCan you check?';

/** The reply as HTML mail puts it: one div per line. */
export const LARGE_EMAIL_REPLY_HTML = `<div dir="ltr">${LARGE_EMAIL_REPLY.split('\n')
  .map((line) => `<div>${line}</div>`)
  .join('')}</div>`;

/** `lines` over and over, joined by line breaks, until the text holds about `bytes` characters. */
export function repeatLines(lines: readonly string[], bytes: number): string {
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line = lines[i % lines.length] ?? '';
    out.push(line);
    size += line.length + 1;
  }
  return out.join('\n');
}
