/**
 * Clean-up of raw message text as a page shows it, before the intent classifier sees it.
 * Greetings, sign-offs, quoted history and identifiers carry no intent but vary wildly
 * between emails, so they are removed or folded into placeholder tokens.
 */
import { isSignOff } from '@/lib/suggest/sign-off';

/** Where quoted history starts in the mail clients we meet (en, de, es, fr, ko). */
export const QUOTE_HEADER =
  /^(on .{3,200} wrote:|am .{3,200} schrieb .{0,200}:|el .{3,200} escribi[oó]:|le .{3,200} a [ée]crit\s*:|-{2,}\s*(original message|urspr[üu]ngliche nachricht|mensaje original|message d'origine)\s*-{2,}|from:\s.+|von:\s.+|de:\s.+@.+|.{3,100}님이 작성:)\s*$/i;

export const SIGNATURE_START = /^(--\s*|sent from my .+|von meinem .+ gesendet|enviado desde mi .+|envoy[ée] de mon .+)$/i;

/** A greeting at the very start, with an optional name after it. */
export const GREETING =
  /^\s*(hi|hello|hey|dear|good (morning|afternoon|evening)|greetings|hallo|guten (tag|morgen|abend)|liebe[rs]?|sehr geehrte[rs]?( damen und herren)?|hola|buenos d[ií]as|buenas tardes|estimad[oa]s?|bonjour|bonsoir|salut|madame, monsieur|안녕하세요|안녕하십니까)(?![\p{L}])[^\n,.!:?]{0,40}([,.!:]\s*|\s*(\n|$))|^\s*((いつも)?お世話になっております|お世話になります|お疲れ様です|こんにちは|こんばんは|はじめまして|(ご)?担当者様)[。、!！]?\s*/iu;

/** Signature blocks are short; a "thanks" followed by a long paragraph is still the message. */
export const MAX_SIGNATURE_LINES = 5;

export function stripEmailNoise(raw: string): string {
  const lines = raw.normalize('NFKC').replace(/\r\n?/g, '\n').split('\n');
  const kept: string[] = [];
  for (const line of lines) {
    const trimmed = line.trim();
    if (QUOTE_HEADER.test(trimmed) || SIGNATURE_START.test(trimmed)) break;
    if (trimmed.startsWith('>')) continue;
    kept.push(trimmed);
  }
  const signOffAt = kept.findIndex((line, i) => isSignOff(line) && kept.length - i <= MAX_SIGNATURE_LINES);
  const body = (signOffAt > 0 ? kept.slice(0, signOffAt) : kept).join('\n').trim();
  const withoutGreeting = body.replace(GREETING, '').trim();
  // A message that is nothing but a greeting or a thank-you keeps its words: they are its intent.
  return withoutGreeting || body || raw.trim();
}

/** Identifiers become placeholder tokens so "order #1047" and "order 112-3456789-1234567" look alike. */
const PLACEHOLDERS: Array<[RegExp, string]> = [
  [/https?:\/\/\S+|www\.\S+/gi, ' xurl '],
  // Bounded local part: unbounded, a 20 000-letter word made this quadratic (seconds per message).
  [/(?<![\w.+-])[\w.+-]{1,64}@[\w-]+(\.[\w-]+)+/g, ' xemail '],
  [/\b\d{3}-\d{7}-\d{7}\b/g, ' xorder '],
  [/\b1Z[0-9A-Z]{16}\b/gi, ' xtracking '],
  [/#\s?[A-Z]{0,4}-?\d{3,}/gi, ' xorder '],
  [/[$€£₩]\s?\d[\d.,]*|\b\d[\d.,]*\s?(€|\$|£|₩|원|eur|usd|gbp|euros?|dollars?)(?![\p{L}])/giu, ' xmoney '],
  [/\b[A-Z]{2}\d{9}[A-Z]{2}\b/g, ' xtracking '],
  [/\d{5,}/g, ' xorder '],
  [/\d+/g, ' xnum '],
];

export const PLACEHOLDER_TOKENS: ReadonlySet<string> = new Set(PLACEHOLDERS.map(([, token]) => token.trim()));

const MAX_TOKEN_LENGTH = 40;

/** Lowercased, accent-folded word tokens of the cleaned text (Hangul kept whole). */
export function tokenize(raw: string): string[] {
  // A run of 300+ non-space characters is a pasted blob (no address or URL a customer types is
  // that long), and the e-mail pattern below would scan it once per starting character.
  let text = stripEmailNoise(raw).replace(/\S{300,}/g, ' ');
  for (const [pattern, token] of PLACEHOLDERS) text = text.replace(pattern, token);
  const folded = text
    .toLowerCase()
    .normalize('NFD')
    // Latin accents only: kana voicing marks (が, ば) change the word, so they stay.
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(/ß/g, 'ss')
    .replace(/['’`]/g, '');
  // A "word" longer than any real one is a pasted blob: its character n-grams would cost time, not meaning.
  return (folded.match(/[\p{L}\p{N}]+/gu) ?? []).filter((token) => token.length <= MAX_TOKEN_LENGTH);
}
