/**
 * Renders a template body (Liquid) to plain text for the agent to review.
 *
 * A variable without a value never becomes a silent blank: it is emitted as a gap marker and
 * returned as its own segment, so the panel can highlight it and refuse a silent insert.
 * Bodies come from imported packs and are untrusted: parsing never throws, file-loading tags are
 * removed, and render time and memory are bounded.
 */
import { Liquid, type Template } from 'liquidjs';
import { GapAwareParser, type RenderSegment, toSegments } from '@/lib/templates/gap-output';
import '@/lib/templates/liquid-text-scan';
import { onlyPlainOutputs } from '@/lib/templates/plain-outputs';

export interface RenderResult {
  /** The whole reply; each gap appears as "[variable]". */
  text: string;
  segments: RenderSegment[];
  /** Unique gap names in order of first appearance. */
  gaps: string[];
  /** Liquid syntax or render error (with line/column when known); null when the body rendered. */
  error: string | null;
}

/**
 * Wall-clock, so it must hold on a busy machine: a normal reply renders in well under 1 ms, yet at
 * 100 ms starter templates hit the limit on a 2-core machine running other work (2026-12-04). Loops
 * are bounded first by MEMORY_LIMIT; this only stops the rest before the panel freezes.
 */
export const RENDER_LIMIT_MS = 500;
const MEMORY_LIMIT = 1_000_000;
/** The longest body liquidjs parses (characters); a longer one is a syntax error. */
const PARSE_LIMIT = 200_000;
const PARSE_CACHE_SIZE = 500;

function createEngine(): Liquid {
  const liquid = new Liquid({
    outputEscape: undefined,
    strictFilters: true,
    strictVariables: false,
    ownPropertyOnly: true,
    renderLimit: RENDER_LIMIT_MS,
    memoryLimit: MEMORY_LIMIT,
    parseLimit: PARSE_LIMIT,
  });
  // Pack templates must not load files or URLs (the browser build fetches partials over HTTP).
  for (const tag of ['include', 'render', 'layout']) delete liquid.tags[tag];
  return liquid;
}

const engine = createEngine();
const parseCache = new Map<string, Template[] | { error: string }>();

function parseCached(body: string): Template[] | { error: string } {
  const cached = parseCache.get(body);
  if (cached) return cached;
  let parsed: Template[] | { error: string };
  try {
    parsed = new GapAwareParser(engine).parse(body);
  } catch (error) {
    parsed = { error: errorMessage(error) };
  }
  if (parseCache.size >= PARSE_CACHE_SIZE) parseCache.delete(parseCache.keys().next().value!);
  parseCache.set(body, parsed);
  return parsed;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function failed(error: string): RenderResult {
  return { text: '', segments: [], gaps: [], error };
}

export function renderTemplate(body: string, scope: Record<string, unknown>): RenderResult {
  const parsed = parseCached(body);
  if (!Array.isArray(parsed)) return failed(parsed.error);
  let raw: string;
  try {
    raw = engine.renderSync(parsed, scope) as string;
  } catch (error) {
    return failed(errorMessage(error));
  }
  const segments = toSegments(raw);
  const gaps = [...new Set(segments.flatMap((s) => (s.gap ? [s.gap] : [])))];
  return { text: segments.map((s) => s.text).join(''), segments, gaps, error: null };
}

/** For the template editor and pack checks: a body's syntax error without rendering it. */
export function templateSyntaxError(body: string): string | null {
  return onlyPlainOutputs(body, PARSE_LIMIT) ? null : parsedSyntaxError(body);
}

/** The syntax error liquidjs's full parse finds (templateSyntaxError skips it for plain bodies). */
export function parsedSyntaxError(body: string): string | null {
  const parsed = parseCached(body);
  return Array.isArray(parsed) ? null : parsed.error;
}
