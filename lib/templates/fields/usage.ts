/**
 * Where a body uses `fields.*`: which names it reads, which it prints (`{{ fields.x }}`) and which
 * it only tests (`{% if fields.x %}`), and references that cannot be a field (`fields.a.b`).
 * liquidjs's static analysis finds the references (it skips raw and comment blocks, loop locals);
 * a scan of the output blocks says which are printed.
 */
import { Liquid } from 'liquidjs';
import '@/lib/templates/liquid-text-scan';
import { FIELD_NAME_PATTERN } from '@/lib/schemas/template-field';

export interface FieldUsage {
  /** Field names in order of first use. */
  names: string[];
  printed: Set<string>;
  /** References that are not `fields.<name>`, as written ("fields.a.b", "fields"). */
  invalid: string[];
}

const analyzer = new Liquid();
const NOT_MARKUP = /\{%-?\s*(raw|comment)\s*-?%\}[\s\S]*?\{%-?\s*end\1\s*-?%\}/g;
const OUTPUT_BLOCK = /\{\{-?([\s\S]*?)-?\}\}/g;
const PRINT_TAG = /\{%-?\s*(?:echo|assign|capture|cycle)\b([\s\S]*?)-?%\}/g;
const FIELD_REFERENCE = /(?<![\w.\]])fields\s*(?:\.\s*([A-Za-z_][\w-]*)|\[\s*["']([^"']*)["']\s*\])/g;

function pathText(segments: readonly unknown[]): string {
  return segments.map((s, i) => (typeof s === 'number' ? `[${s}]` : `${i ? '.' : ''}${String(s)}`)).join('');
}

function referencedSegments(body: string): unknown[][] {
  try {
    return analyzer.globalVariableSegmentsSync(body);
  } catch {
    // A body that does not parse is reported as a Liquid error elsewhere.
    return [];
  }
}

/**
 * The panel asks for every suggestion's fields on each ranking; a body's usage never changes.
 * Every reference to a field spells "fields" in the body, so a body without the word has none and
 * skips the analysis (a second Liquid parse): most bodies, and a pack import checks thousands
 * (2 s over a 5,000-template pack in the options page, 2026-12-04).
 */
const USAGE_CACHE_SIZE = 500;
const usageCache = new Map<string, FieldUsage>();

export function fieldUsage(body: string): FieldUsage {
  if (!body.includes('fields')) return { names: [], printed: new Set(), invalid: [] };
  const cached = usageCache.get(body);
  if (cached) return cached;
  const usage = analyseUsage(body);
  if (usageCache.size >= USAGE_CACHE_SIZE) usageCache.delete(usageCache.keys().next().value!);
  usageCache.set(body, usage);
  return usage;
}

function analyseUsage(body: string): FieldUsage {
  const names: string[] = [];
  const invalid: string[] = [];
  for (const segments of referencedSegments(body)) {
    if (segments[0] !== 'fields') continue;
    const [, name, ...rest] = segments;
    if (typeof name !== 'string' || rest.length > 0 || !FIELD_NAME_PATTERN.test(name)) {
      const text = pathText(segments);
      if (!invalid.includes(text)) invalid.push(text);
    } else if (!names.includes(name)) names.push(name);
  }
  const markup = body.replace(NOT_MARKUP, '');
  const printed = new Set<string>();
  for (const pattern of [OUTPUT_BLOCK, PRINT_TAG]) {
    for (const block of markup.matchAll(pattern)) {
      for (const reference of block[1]!.matchAll(FIELD_REFERENCE)) printed.add(reference[1] ?? reference[2] ?? '');
    }
  }
  return { names, printed, invalid };
}
