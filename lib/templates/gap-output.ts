/**
 * The Liquid output that never renders a missing variable as a silent blank: `{{ x }}` without a
 * value writes a gap marker, and toSegments turns the rendered text into text and gap segments
 * (lib/templates/render.ts renders with it).
 */
import { type Liquid, Output, Parser, toValue, type Context, type Emitter } from 'liquidjs';

export interface RenderSegment {
  text: string;
  /** Set when this segment stands in for a variable that had no value (e.g. "order.tracking_number"). */
  gap?: string;
}

type OutputToken = ConstructorParameters<typeof Output>[0];

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

/**
 * liquidjs has no option for how `{{ }}` renders; its parser's one factory method is the narrowest
 * place to swap in our Output. Nested bodies (if/for/capture) are parsed through the same method.
 */
export class GapAwareParser extends Parser {
  constructor(private readonly engine: Liquid) {
    super(engine);
  }

  override parseToken(...args: Parameters<Parser['parseToken']>): ReturnType<Parser['parseToken']> {
    const parsed = super.parseToken(...args);
    return parsed instanceof Output ? new GapAwareOutput(args[0] as OutputToken, this.engine) : parsed;
  }
}

export function toSegments(raw: string): RenderSegment[] {
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
