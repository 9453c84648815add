/**
 * One line of text (subjects, names): whitespace collapsed, length bounded. Only the head of a long
 * text is collapsed (a block's whole `textContent` is often passed): when the head already gives
 * more than `maxLength` characters the rest cannot change them; a head mostly of white space falls
 * back to the whole text.
 */
export function singleLine(text: string | null | undefined, maxLength = 500): string {
  const whole = text ?? '';
  const headLength = 2 * maxLength + 64;
  if (whole.length > headLength) {
    const line = collapse(whole.slice(0, headLength));
    if (line.length > maxLength) return line.slice(0, maxLength);
  }
  return collapse(whole).slice(0, maxLength);
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
