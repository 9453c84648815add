/**
 * Splits a customer's message into the clauses that may each carry a request, keeping every
 * clause's place in the raw text (UTF-16 offsets, as JavaScript strings index). Greetings,
 * sign-offs, signatures, quoted history and marketplace notification furniture are left out
 * (body-lines.ts):
 * they carry no request. Boundaries: sentence ends (. ? ! 。 ？ ！), line breaks, semicolons,
 * dashes and the words that start another request in the supported languages ("and also",
 * "außerdem", "par ailleurs", "también", "또한", "また、" …), and the Korean and Japanese
 * connectives that end a story and start its point ("주문했는데 ", "届いたのですが、"), and
 * the Korean "-며," that joins two asks ("견적을 요청드리며, 세금계산서도…"). A period
 * after an abbreviation ("Hauptstr. 5", "Nr. 12", a statute's "§ 439 Abs. 1") ends no sentence; a run
 * of emoji followed by a space ends one ("泣いた😭😭 中身は…"): chat-style writing puts no period there.
 */
import { bodyLines, type Clause } from '@/lib/suggest/body-lines';
import { GREETING } from '@/lib/suggest/normalize';

export type { Clause };

/** Where one clause ends and the next starts inside a line; the match is left out of both. */
const BOUNDARY =
  /(?<=[.!?。！？]+)(?<!(?:str|nr|\b(?:dr|mr|mrs|ms|st|bzw|ca|inkl|evtl|tel|ave|rd|no|z\.b|u\.a|d\.h|abs|ziff))\.)\s+|(?<=[。！？])|(?<=\p{Extended_Pictographic}\uFE0F?)\s+|\s*;\s*|\s+[—–-]\s+|,?\s+(?=(and also|and please|and can you|and could you|also,? (?:can|could|please|i)|außerdem|zusätzlich|und bitte|par ailleurs|et aussi|de plus|en plus|además|también|y también|y además|그리고|또한|게다가|また、|それと|あと、|しかも)(?![\p{L}]))|(?<=[는은]데|며,)\s+|(?<=(?:ですが|ましたが|けど|けれど|のに)、)/giu;

/**
 * German writes dates and ordinals with a period ("am 2. November", "seit dem 6.11. bei Ihnen",
 * "vor dem 24. ankommt"): a period after a one- or two-digit number ends no sentence when the next
 * word goes on in lower case or names a month.
 */
const ORDINAL_BEFORE = /(?:^|[^\d.])\d{1,2}\.(?:\d{1,2}\.)?$/;
const LOWER_CASE_START = /^\p{Ll}/u;
const MONTH_START = /^(januar|februar|m[äa]rz|april|mai|juni|juli|august|september|oktober|november|dezember)\b/i;

/** "im 3. OG", "zum 2. Mal", "am 5. Tag": after an article or a preposition the number is an ordinal, whatever noun follows. */
const ARTICLE_BEFORE_NUMBER = /(?:^|\s)(?:im|am|zum|zur|vom|beim|ins|der|die|das|den|dem|des)\s+\d{1,2}\.$/i;

function ordinalPeriod(text: string, at: number, next: number): boolean {
  const before = text.slice(0, at);
  const after = text.slice(next);
  return ORDINAL_BEFORE.test(before) && (LOWER_CASE_START.test(after) || MONTH_START.test(after) || ARTICLE_BEFORE_NUMBER.test(before));
}

/** A piece that is only "and" in a supported language ("Y", "Und", "Et", "And"): no clause on its own. */
const CONJUNCTION_ONLY = /^(?:and|und|et|y|e|or|oder|ou|o)$/i;

/** Clauses of the message, in order; empty when nothing but furniture is left. */
export function segmentClauses(raw: string): Clause[] {
  const clauses: Clause[] = [];
  for (const line of bodyLines(raw)) {
    let from = 0;
    const push = (to: number) => {
      const piece = line.text.slice(from, to);
      const lead = piece.length - piece.trimStart().length;
      const text = piece.trim();
      // "Hi there - do you ship…" splits at the dash: the greeting alone asks nothing.
      const greetingOnly = (GREETING.exec(text)?.[0].length ?? 0) >= text.length;
      if (/[\p{L}\p{N}]/u.test(text) && !greetingOnly)
        clauses.push({ start: line.start + from + lead, end: line.start + from + lead + text.length, text });
    };
    for (const match of line.text.matchAll(BOUNDARY)) {
      if (ordinalPeriod(line.text, match.index, match.index + match[0].length)) continue;
      // "¿…? Y además, ¿me avisan…?": the sentence end cut off the "Y" that opens the next request;
      // it stays with that request instead of becoming a clause of its own.
      if (CONJUNCTION_ONLY.test(line.text.slice(from, match.index).trim())) continue;
      push(match.index);
      from = match.index + match[0].length;
    }
    push(line.text.length);
  }
  return clauses;
}
