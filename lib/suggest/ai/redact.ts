/**
 * Private by default: before any text goes to a model, the customer's names (also inside
 * sentences), email addresses, phone numbers, street addresses and payment details (card numbers,
 * IBANs) are replaced by placeholders — [CUSTOMER_NAME_1], [CUSTOMER_FIRST_NAME_1], [EMAIL_1],
 * [PHONE_1], [ADDRESS_1], [CARD_1], [IBAN_1] — and the model's answer gets the originals back.
 * One redactor per AI call (draft, rewrite, translation, summary), so every call goes through here
 * (lib/suggest/ai/model-call.ts); the same value always gets the same placeholder within a call.
 */
import type { KnownPersonalData } from '@/lib/suggest/ai/personal-data';
import { findCards, findEmailsAndPhones, findIbans, findStreetAddresses, type Found } from '@/lib/suggest/ai/pii-patterns';

export type PlaceholderKind =
  | 'CUSTOMER_NAME'
  | 'CUSTOMER_FIRST_NAME'
  | 'CUSTOMER_LAST_NAME'
  | 'CUSTOMER_MIDDLE_NAME'
  | 'EMAIL'
  | 'PHONE'
  | 'ADDRESS'
  | 'CARD'
  | 'IBAN';

export interface Replacement {
  placeholder: string;
  kind: PlaceholderKind;
  original: string;
}

const PLACEHOLDER = /\[(?:CUSTOMER_(?:FIRST_|LAST_|MIDDLE_)?NAME|EMAIL|PHONE|ADDRESS|CARD|IBAN)_\d+\]/g;
/** Text the customer wrote that looks like one of our placeholders is defused, so restoring cannot misread it. */
const LOOKALIKE = /\[((?:CUSTOMER_(?:FIRST_|LAST_|MIDDLE_)?NAME|EMAIL|PHONE|ADDRESS|CARD|IBAN)_\d+)\]/gi;
const CJK = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** A name as written, in capitals, and with each word capitalised ("emma schneider" in a signature). */
function spellings(name: string): Set<string> {
  const capitalised = name.replace(/(^|[\s-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
  return new Set([name, name.toUpperCase(), capitalised]);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A literal value, any run of spaces matching any other; letters bounded unless CJK (particles attach: "김민수님"). */
function literal(value: string, caseSensitive: boolean): RegExp {
  const body = value.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
  const bounded = CJK.test(value) ? body : `(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`;
  return new RegExp(bounded, caseSensitive ? 'gu' : 'giu');
}

export class Redactor {
  private readonly byOriginal = new Map<string, Replacement>();
  private readonly byPlaceholder = new Map<string, Replacement>();
  private readonly counters = new Map<PlaceholderKind, number>();
  /** Known values with the placeholder each gets, longest first (a full name before its parts). */
  private readonly literals: Array<{ pattern: RegExp; kind: PlaceholderKind; person?: number }>;

  constructor(known: KnownPersonalData) {
    const literals: Array<{ value: string; pattern: RegExp; kind: PlaceholderKind; person?: number }> = [];
    known.emails.forEach((value) => literals.push({ value, pattern: literal(value, false), kind: 'EMAIL' }));
    known.addresses.forEach((value) => literals.push({ value, pattern: literal(value, false), kind: 'ADDRESS' }));
    known.people.forEach((person, index) => {
      // Matched as written and in capitals, not in any case: "Will Mark" the customer, not "will mark" the verbs.
      for (const form of spellings(person.full))
        literals.push({ value: form, pattern: literal(form, true), kind: 'CUSTOMER_NAME', person: index + 1 });
      person.parts.forEach((part, i) => {
        const kind = i === 0 ? 'CUSTOMER_FIRST_NAME' : i === person.parts.length - 1 ? 'CUSTOMER_LAST_NAME' : 'CUSTOMER_MIDDLE_NAME';
        for (const form of spellings(part)) literals.push({ value: form, pattern: literal(form, true), kind, person: index + 1 });
      });
    });
    this.literals = literals.sort((a, b) => b.value.length - a.value.length);
  }

  /** Every value replaced so far, in the order first seen (Settings shows them beside the preview). */
  get replacements(): Replacement[] {
    return [...this.byPlaceholder.values()];
  }

  private placeholderFor(original: string, kind: PlaceholderKind, person?: number): string {
    // Names keep their spelling ("BERG" is restored as "BERG"); addresses and emails are matched in any case.
    const spelling = kind.startsWith('CUSTOMER') ? original : original.toLowerCase();
    const key = `${kind.startsWith('CUSTOMER') ? 'NAME' : kind}:${spelling.replace(/\s+/g, ' ')}`;
    const existing = this.byOriginal.get(key);
    if (existing) return existing.placeholder;
    const number = person ?? (this.counters.get(kind) ?? 0) + 1;
    if (person === undefined) this.counters.set(kind, number);
    let placeholder = `[${kind}_${number}]`;
    // Two spellings of one person's part ("Emma", "EMMA") share the first one's placeholder number but not its text.
    for (let extra = 2; this.byPlaceholder.has(placeholder); extra++) placeholder = `[${kind}_${number}_${extra}]`;
    const replacement = { placeholder, kind, original };
    this.byOriginal.set(key, replacement);
    this.byPlaceholder.set(placeholder, replacement);
    return placeholder;
  }

  private replaceSpans(text: string, found: Found[], kind: (span: Found) => PlaceholderKind): string {
    let out = '';
    let at = 0;
    for (const span of [...found].sort((a, b) => a.start - b.start)) {
      if (span.start < at) continue;
      const original = text.slice(span.start, span.end);
      // Never nest: a span touching a placeholder already in the text stays as it is.
      if (/\[[A-Z_]+_\d+(?:_\d+)?\]/.test(original)) continue;
      out += text.slice(at, span.start) + this.placeholderFor(original, kind(span));
      at = span.end;
    }
    return out + text.slice(at);
  }

  /** The text with every piece of personal data replaced by its placeholder. */
  redact(text: string): string {
    let out = text.replace(LOOKALIKE, '($1)');
    for (const { pattern, kind, person } of this.literals) {
      out = out.replace(pattern, (match) => this.placeholderFor(match, kind, person));
    }
    out = this.replaceSpans(out, findCards(out), () => 'CARD');
    out = this.replaceSpans(out, findIbans(out), () => 'IBAN');
    const contacts = findEmailsAndPhones(out);
    out = this.replaceSpans(out, contacts, (span) => (contacts.find((c) => c.start === span.start)?.kind === 'email' ? 'EMAIL' : 'PHONE'));
    return this.replaceSpans(out, findStreetAddresses(out), () => 'ADDRESS');
  }

  /** The model's text with the originals back; a placeholder the model made up stays as it is. */
  restore(text: string): string {
    return text.replace(/\[[A-Z_]+_\d+(?:_\d+)?\]/g, (token) => this.byPlaceholder.get(token)?.original ?? token);
  }

  /** For text still streaming: restores, holding back a placeholder cut off at the end ("Hi [CUSTOMER_FI"). */
  restorePartial(text: string): string {
    const cut = /\[[A-Z_\d]*$/.exec(text);
    return this.restore(cut ? text.slice(0, cut.index) : text);
  }

  /** Placeholders in a text (e.g. a reply) that no value stands behind: the model invented them. */
  unknownPlaceholders(text: string): string[] {
    return [...text.matchAll(PLACEHOLDER)].map((m) => m[0]).filter((token) => !this.byPlaceholder.has(token));
  }
}
