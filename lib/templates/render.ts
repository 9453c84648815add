/**
 * Renders a template body (Liquid) to plain text for the agent to review.
 *
 * A variable without a value never becomes a silent blank: it is emitted as a gap marker and
 * returned as its own segment, so the panel can highlight it and refuse a silent insert.
 * Bodies come from imported packs and are untrusted: parsing never throws, file-loading tags are
 * removed, and render time and memory are bounded.
 */
import { Liquid, Output, Parser, toValue, type Context, type Emitter, type Template } from 'liquidjs';
import '@/lib/templates/liquid-text-scan';
import { onlyPlainOutputs } from '@/lib/templates/plain-outputs';

export interface RenderSegment {
  text: string;
  /** Set when this segment stands in for a variable that had no value (e.g. "order.tracking_number"). */
  gap?: string;
}

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

/**
 * Gap markers use private-use characters plus a per-load random nonce, so customer text or a
 * template body cannot forge a gap (or hide text by faking a closing marker).
 */
const NONCE = Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) => b.toString(16).padStart(2, '0')).join('');
const GAP_OPEN = `\uE000${NONCE}\uE001`;
const GAP_CLOSE = `\uE002${NONCE}\uE003`;
const GAP_PATTERN = new RegExp(`${GAP_OPEN}(.*?)${GAP_CLOSE}`, 'gs');

/** Lists built by variables.ts carry their own readable text ("2 × Mug and 1 × Plate"). */
function asText(value: unknown): unknown {
  return Array.isArray(value) && Object.hasOwn(value, 'toString') ? String(value) : value;
}

function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/** `{{ ... }}` that emits a gap marker when its variable has no value and no filter supplied one. */
class GapAwareOutput extends Output {
  private readonly gapName: string;

  constructor(token: OutputToken, liquid: Liquid) {
    super(token, liquid);
    const postfix = this.value.initial.postfix;
    this.gapName = postfix.length === 1 && postfix[0] ? postfix[0].getText() : token.content.split('|')[0]!.trim();
  }

  override *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    const initial = toValue(yield this.value.initial.evaluate(ctx, false));
    let value = initial;
    for (const filter of this.value.filters) value = yield filter.render(value, ctx);
    if (isAbsent(initial) && isAbsent(value)) {
      emitter.write(`${GAP_OPEN}${this.gapName}${GAP_CLOSE}`);
      return;
    }
    emitter.write(asText(toValue(value)));
  }
}

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

type OutputToken = ConstructorParameters<typeof Output>[0];

/**
 * liquidjs has no option for how `{{ }}` renders; its parser's one factory method is the narrowest
 * place to swap in our Output. Nested bodies (if/for/capture) are parsed through the same method.
 */
class GapAwareParser extends Parser {
  constructor(private readonly engine: Liquid) {
    super(engine);
  }

  override parseToken(...args: Parameters<Parser['parseToken']>): ReturnType<Parser['parseToken']> {
    const parsed = super.parseToken(...args);
    return parsed instanceof Output ? new GapAwareOutput(args[0] as OutputToken, this.engine) : parsed;
  }
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

function toSegments(raw: string): RenderSegment[] {
  const segments: RenderSegment[] = [];
  let last = 0;
  for (const match of raw.matchAll(GAP_PATTERN)) {
    if (match.index > last) segments.push({ text: raw.slice(last, match.index) });
    const gap = match[1]!;
    segments.push({ text: `[${gap}]`, gap });
    last = match.index + match[0].length;
  }
  if (last < raw.length) segments.push({ text: raw.slice(last) });
  return segments;
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
