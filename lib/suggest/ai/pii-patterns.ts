/**
 * Personal data found by its shape, for what the ticket and the orders do not already name:
 * payment card numbers (Luhn-checked, so an order or tracking number is left alone), IBANs
 * (mod-97-checked) and street addresses as written in English, German, Spanish, French, Italian,
 * Portuguese and Korean. Email addresses and phone numbers come from the fact check's own
 * detector (lib/suggest/fact-check-detect.ts), which already tells a phone from a date or a parcel.
 */
import { detectFacts } from '@/lib/suggest/fact-check-detect';

export interface Found {
  start: number;
  end: number;
}

const CARD = /(?<![\p{L}\d-])\d(?:[ -]?\d){12,18}(?![\p{L}\d-])/gu;
const IBAN = /(?<![A-Z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}(?![A-Z0-9])/g;

const EN_STREET =
  /(?<![\p{L}\d])\d{1,5}[A-Za-z]?,?\s+(?:[\p{Lu}][\p{L}'.-]*\s+){1,4}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Court|Ct|Place|Pl|Terrace|Close|Crescent|Square|Highway|Hwy)\b\.?(?:,?\s*(?:Apt|Suite|Unit|Flat)\.?\s*#?\w+)?/gu;
const DE_STREET =
  /(?<![\p{L}])[\p{Lu}][\p{L}-]*(?:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|ufer)(?:\s+|\s*)\d{1,4}\s?[a-z]?(?![\p{L}\d])|(?<![\p{L}])(?:[\p{Lu}][\p{L}-]*\s){1,3}(?:Straße|Strasse|Str\.|Weg|Allee|Platz|Gasse)\s+\d{1,4}\s?[a-z]?(?![\p{L}\d])/gu;
const ROMANCE_STREET =
  /(?<![\p{L}])(?:Calle|C\/|Avenida|Avda\.?|Av\.|Plaza|Paseo|Camino|Carrer|Rue|Avenue|Boulevard|Chemin|Via|Viale|Piazza|Corso|Rua|Travessa)\s+(?:(?:de|del|de la|de los|des|du|della|do|da)\s+)?[\p{Lu}\d][\p{L}'’-]*(?:\s+[\p{L}][\p{L}'’-]*){0,3},?\s*(?:n[º°o]\.?\s*)?\d{1,4}\s?[a-zA-Z]?(?![\p{L}\d])/gu;
const FR_STREET =
  /(?<![\p{L}\d])\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|bd|chemin|place|allée|impasse|quai|cours)\s+(?:(?:de|du|des|de la|de l'|d')\s*)?[\p{L}][\p{L}'’-]*(?:\s+[\p{L}][\p{L}'’-]*){0,3}/giu;
const KO_STREET = /[\p{Script=Hangul}\d]{1,12}(?:로|길)\s?\d{1,4}(?:-\d{1,4})?(?:\s?\d{1,4}동)?(?:\s?\d{1,5}호)?/gu;

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

function validIban(raw: string): boolean {
  const iban = raw.replace(/ /g, '');
  if (iban.length < 15 || iban.length > 34) return false;
  const moved = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of moved) {
    const value = /\d/.test(char) ? char : String(char.charCodeAt(0) - 55);
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

const spans = (text: string, pattern: RegExp, keep: (match: string) => boolean = () => true): Found[] =>
  [...text.matchAll(pattern)].filter((m) => keep(m[0])).map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));

export function findCards(text: string): Found[] {
  return spans(text, CARD, (match) => {
    const digits = match.replace(/\D/g, '');
    return digits.length >= 13 && digits.length <= 19 && luhn(digits) && !/^(\d)\1+$/.test(digits);
  });
}

export function findIbans(text: string): Found[] {
  return spans(text, IBAN, validIban);
}

export function findStreetAddresses(text: string): Found[] {
  return [EN_STREET, DE_STREET, ROMANCE_STREET, FR_STREET, KO_STREET].flatMap((pattern) => spans(text, pattern));
}

export function findEmailsAndPhones(text: string): Array<Found & { kind: 'email' | 'phone' }> {
  return detectFacts(text).flatMap((fact) =>
    fact.kind === 'email' || fact.kind === 'phone' ? [{ kind: fact.kind, start: fact.start, end: fact.end }] : [],
  );
}
