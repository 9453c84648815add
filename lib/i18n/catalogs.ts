/**
 * The message catalogs, one JSON file per language in ./messages. English defines the keys; every
 * other catalog must have exactly the same keys, or `tsc` fails on the line below naming it.
 */
import en from './messages/en.json';
import ko from './messages/ko.json';
import de from './messages/de.json';
import fr from './messages/fr.json';
import es from './messages/es.json';
import ja from './messages/ja.json';
import type { UiLocale } from './locales';

export type MessageKey = keyof typeof en;
export type Catalog = Record<MessageKey, string>;

/** `true` only when T has exactly English's keys: a missing key or an extra one is a type error. */
type SameKeys<T> = [Exclude<MessageKey, keyof T>, Exclude<keyof T, MessageKey>] extends [never, never] ? true : false;
const sameKeys: [SameKeys<typeof ko>, SameKeys<typeof de>, SameKeys<typeof fr>, SameKeys<typeof es>, SameKeys<typeof ja>] = [
  true,
  true,
  true,
  true,
  true,
];
void sameKeys;

export const CATALOGS: Record<UiLocale, Catalog> = { en, ko, de, fr, es, ja };
