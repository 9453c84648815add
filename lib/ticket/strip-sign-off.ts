/**
 * The ends of a message that strip-closing.ts's closing formula does not open: a name with its
 * sign-off word ("이지현 드림"), a legal notice below the signature, a signature boxed between two
 * rules. Each reads a bounded number of lines from the end.
 */
import { DISCLAIMER, RELAY_NOTICE, RULE_LINE } from '@/lib/ticket/reply-patterns';
import { NAME_SIGN_OFF_LINE, SURNAME_NAME_LINE, SURNAME_WORD_LINE } from '@/lib/ticket/name-patterns';
import { ENDS_SENTENCE } from './strip-addressed-name';

const isBlank = (line: string) => line.trim() === '';

function lastTextLine(lines: readonly string[], before = lines.length): number {
  let i = before - 1;
  while (i >= 0 && isBlank(lines[i] ?? '')) i--;
  return i;
}

/** A name is short; a line this long is the sender's text. */
const MAX_NAME_LINE = 40;
/**
 * "/Elin", as Scandinavians sign: the slash marks the name as a signature, so it goes like "이지현 드림".
 * A dashed name ("-Abhishek") stays: crisp's and mail_extract's suites keep it; the suites that cut it
 * cut any last paragraph opening with "-", a dash list's last item too (README, conventions).
 */
const SLASH_SIGNED_NAME = /^\s*\/\s?\p{Lu}[\p{L}.'’ -]{0,30}$/u;

/** Kana: the text is Japanese, whose names the Chinese surnames would misread ("山本" stays, as our sets keep it). */
const KANA = /[\p{sc=Hiragana}\p{sc=Katakana}]/u;

/**
 * "陈静" or "김도윤" on the last line (`at`) under text that ends a sentence, with no kana above it. Text that
 * leads into it ("改成：\n\n周末", weekend) is an answer, not a signature; so is an everyday word that starts
 * like a name ("好的。\n\n黄色" under "哪种颜色？" quoted below): the quote is cut before this is read.
 */
function isChineseOrKoreanName(lines: readonly string[], name: string, at: number): boolean {
  if (!SURNAME_NAME_LINE.test(name) || SURNAME_WORD_LINE.test(name)) return false;
  if (!ENDS_SENTENCE.test(lines[lastTextLine(lines, at)] ?? '')) return false;
  for (let k = 0; k < at; k++) if (KANA.test(lines[k] ?? '')) return false;
  return true;
}

/**
 * Where `lines[0, end)` ends without a name with its sign-off word or slash on the last line ("…보내드려요.\n\n이지현 드림",
 * "渡辺より", "/Elin"), or a Chinese or Korean name that starts with a common surname ("陈静", "김도윤": in those scripts
 * the bare name signs the mail): a closing formula in itself, set off by a blank line. A name alone in other scripts
 * ("Alan") stays, as most public suites keep it (README), unless the quoted mail names it (strip-addressed-name.ts).
 * `end` when there is none.
 */
export function nameSignOffEnd(lines: readonly string[], end: number): number {
  const last = lastTextLine(lines, end);
  const name = lines[last] ?? '';
  if (last <= 0 || name.trim().length > MAX_NAME_LINE) return end;
  const signsOff = NAME_SIGN_OFF_LINE.test(name);
  if (!signsOff && !SLASH_SIGNED_NAME.test(name) && !isChineseOrKoreanName(lines, name, last)) return end;
  const textEnd = lastTextLine(lines, last);
  // HTML paragraphs ("<p>…</p><p>김민지 드림</p>") render with no blank line between: a name with its sign-off
  // word is a closing in itself, and goes right under a finished sentence too. A bare name needs the blank line.
  const setOff = isBlank(lines[last - 1] ?? '') || (signsOff && ENDS_SENTENCE.test(lines[textEnd] ?? ''));
  if (!setOff) return end;
  return textEnd >= 0 ? textEnd + 1 : end;
}

/** Lines of a legal notice are long (wrapped prose), but for the last one. */
const MIN_NOTICE_LINE = 40;
const MIN_NOTICE_CHARS = 60;
const MAX_NOTICE_LINES = 10;
/** Longer than this, a line is data, not a notice (the patterns never run over a whole 1 MB line). */
const MAX_NOTICE_LINE = 2000;
const POSTSCRIPT = /^\s*P\.?\s?S\b/i;
/** A phone number, mail or web address: what a signature box holds and a boxed list of items does not. */
const CONTACT = /https?:\/\/|www\.|\S@\S|\d(?:[\s()./-]{0,2}\d){6}/;
const isNoticeLine = (line: string) => line.length <= MAX_NOTICE_LINE && line.trim().length >= MIN_NOTICE_LINE;

/**
 * Where a legal or relay notice at the very end of `lines[0, end)` starts ("Esta mensagem … é confidencial …",
 * "Ta wiadomość została wysłana za pośrednictwem Allegro. …"),
 * or `end` when there is none. The notice is a run of long lines, alone or right under the signature card.
 * The caller cuts it only when a signature is found above it: a customer's own "please keep this
 * confidential" paragraph is not a notice.
 */
export function trailingNoticeStart(lines: readonly string[], end: number): number {
  const last = lastTextLine(lines, end);
  const lastLine = lines[last] ?? '';
  if (last < 0 || lastLine.length > MAX_NOTICE_LINE) return end;
  let start = last;
  while (start - 1 >= 0 && last - start + 1 < MAX_NOTICE_LINES && isNoticeLine(lines[start - 1] ?? '')) start--;
  if (start === last && !isNoticeLine(lastLine) && !RELAY_NOTICE.test(lastLine)) return end;
  const notice = lines.slice(start, last + 1);
  if (POSTSCRIPT.test(notice[0] ?? '')) return end; // "P.S. these papers are confidential…" is the sender's
  // A relay's notice is one or two sentences, shorter in CJK than a legal notice's prose ("※ 본 메일은 … 통해 발송되었습니다.").
  const isNotice =
    (notice.join(' ').length >= MIN_NOTICE_CHARS && notice.some((line) => DISCLAIMER.test(line))) ||
    notice.some((line) => RELAY_NOTICE.test(line));
  return isNotice ? start : end;
}

/** Lines a boxed signature holds between its rules. */
const MAX_BOX_LINES = 6;
const MIN_BOX_RULE = 10;
const MAX_BOX_LINE = 80;

/**
 * "------\n小川 真理子\n〒530-0001 …\nTEL …\n------" at the end: a signature framed by two long rules
 * (a long rule alone is a divider the sender draws, so both must be there), holding a phone, mail or
 * web address (an order list boxed under "My order:" stays). The lines above it, or `lines`.
 */
export function withoutBoxedSignature(lines: readonly string[]): readonly string[] {
  const bottom = lastTextLine(lines);
  const isBoxRule = (line: string) => line.trim().length >= MIN_BOX_RULE && RULE_LINE.test(line);
  if (bottom < 0 || !isBoxRule(lines[bottom] ?? '')) return lines;
  for (let i = bottom - 1; i >= 0 && bottom - i <= MAX_BOX_LINES + 1; i--) {
    const line = lines[i] ?? '';
    if (isBoxRule(line)) {
      const inside = lines.slice(i + 1, bottom).filter((l) => !isBlank(l));
      const textAbove = lines.slice(0, i).some((l) => !isBlank(l));
      const leadsIn = /[:：]\s*$/.test(lines[lastTextLine(lines, i)] ?? '');
      return inside.some((l) => CONTACT.test(l)) && textAbove && !leadsIn ? lines.slice(0, i) : lines;
    }
    if (line.trim().length > MAX_BOX_LINE) return lines;
  }
  return lines;
}
