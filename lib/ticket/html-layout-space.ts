/**
 * White space in an HTML mail's text as a reader sees it: what shows (VISIBLE) and whether a text node holds
 * white space that HTML renders as one space (hasLayoutSpace), asked of every text node the renderer writes.
 */
const NEWLINE = 10;
/** Text a reader sees (the no-break space of an empty Outlook paragraph is not). */
export const VISIBLE = /[^\s\u00a0]/;
const TAB = 9;
const FORM_FEED = 12;
const CARRIAGE_RETURN = 13;
const SPACE = 32;
/**
 * Whether `text` holds white space that HTML renders as one space (a tab, a line break, two spaces), as
 * /[\t\r\n\f]| {2}/ tells: checked first, most text has none to fold. Read by codes: a pattern entered
 * per text node cost 60,000 short paragraphs more than the text itself.
 */
export function hasLayoutSpace(text: string): boolean {
  let previous = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === TAB || code === NEWLINE || code === FORM_FEED || code === CARRIAGE_RETURN || (code === SPACE && previous === SPACE))
      return true;
    previous = code;
  }
  return false;
}
