/**
 * Parses untrusted JSON (pack files, subscription responses, other tools' exports, backups).
 * JSON.parse itself never pollutes prototypes, but a parsed `__proto__` key becomes dangerous the
 * moment some code copies it with Object.assign or a library merge; such files are refused whole,
 * naming where the key was, so nothing from them is imported.
 */
import { packText, PackTextError, type PackTextValue } from '@/lib/packs/pack-text';

/** A pack of 5,000 long replies is about 10 MB; twice that is no real pack. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Far deeper than any pack or export; stops a stack-exhausting file. */
const MAX_DEPTH = 64;

export class UnsafeJsonError extends PackTextError {
  override readonly name = 'UnsafeJsonError';
}

export function byteLength(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

export function assertFileSize(bytes: number, limit = MAX_FILE_BYTES): void {
  if (bytes > limit) throw new UnsafeJsonError(packText('packs.json.tooLarge', { size: megabytes(bytes), limit: megabytes(limit) }));
}

function describePath(path: readonly (string | number)[]): PackTextValue {
  return path.length
    ? path
        .map((part) => (typeof part === 'number' ? `[${part}]` : `.${part}`))
        .join('')
        .replace(/^\./, '')
    : packText('packs.json.topLevel');
}

/** `path` is one stack pushed and popped on the way down: a copy per value was most of a big file's check. */
function checkKeys(value: unknown, path: (string | number)[]): void {
  if (path.length > MAX_DEPTH) throw new UnsafeJsonError(packText('packs.json.tooDeep', { depth: MAX_DEPTH, path: describePath(path) }));
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      if (item === null || typeof item !== 'object') continue;
      path.push(index);
      checkKeys(item, path);
      path.pop();
    }
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) throw new UnsafeJsonError(packText('packs.json.forbiddenKey', { key, path: describePath(path) }));
      const item = (value as Record<string, unknown>)[key];
      if (item === null || typeof item !== 'object') continue;
      path.push(key);
      checkKeys(item, path);
      path.pop();
    }
  }
}

/** Parses `text` as JSON after a size check; throws UnsafeJsonError with a message for people. */
export function parseUntrustedJson(text: string, limit = MAX_FILE_BYTES): unknown {
  // Characters first: cheaper than encoding a huge string, and UTF-8 is never shorter.
  if (text.length > limit) assertFileSize(text.length, limit);
  assertFileSize(byteLength(text), limit);
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    // The parser's own words (English in every browser) say where the file breaks.
    throw new UnsafeJsonError(packText('packs.json.invalid', { reason: error instanceof Error ? error.message : String(error) }));
  }
  assertSafeKeys(value);
  return value;
}

/** Refuses values carrying prototype-polluting keys or absurd nesting (already-parsed input). */
export function assertSafeKeys(value: unknown): void {
  checkKeys(value, []);
}
