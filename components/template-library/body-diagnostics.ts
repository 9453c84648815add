/**
 * What is wrong with a template body while the agent types: a Liquid syntax error (with line and
 * column), and variables Deskpilot does not know, which would always render as gaps. Loop
 * variables, `assign`/`capture` names and `forloop` are local and never reported; liquidjs's
 * static analysis tells them apart.
 */
import { Liquid } from 'liquidjs';
import { templateSyntaxError } from '@/lib/templates/render';
import { TEMPLATE_VARIABLES } from '@/lib/templates/variable-catalog';

export interface UnknownVariable {
  name: string;
  /** The closest known variable, when the name looks like a typo of it. */
  suggestion?: string;
}

export interface BodyDiagnostics {
  syntaxError: string | null;
  unknownVariables: UnknownVariable[];
}

const KNOWN = TEMPLATE_VARIABLES.map((v) => v.name);
/** Only for analysis; rendering uses lib/templates/render.ts, which has already parsed the body. */
const analyzer = new Liquid();
const MAX_TYPO_DISTANCE = 3;

function pathText(segments: ReadonlyArray<string | number | unknown>): string {
  return segments.map((s, i) => (typeof s === 'number' ? `[${s}]` : `${i ? '.' : ''}${String(s)}`)).join('');
}

/** `order` (an object), `order.number`, and anything inside a known list or value (`order.items[0].title`). */
function isKnown(path: string): boolean {
  // Fill-in fields (`fields.tracking_number`) are the template's own; lib/templates/fields checks them.
  if (path.startsWith('fields.') || path.startsWith('fields[')) return true;
  return KNOWN.some((name) => name === path || name.startsWith(`${path}.`) || path.startsWith(`${name}.`) || path.startsWith(`${name}[`));
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

function closest(path: string): string | undefined {
  // A name cut short ("order.tracking") is more likely than a typo.
  const completed = KNOWN.find((name) => name.startsWith(path));
  if (completed) return completed;
  let best: { name: string; distance: number } | undefined;
  for (const name of KNOWN) {
    const distance = editDistance(path, name);
    if (distance <= MAX_TYPO_DISTANCE && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

export function diagnoseBody(body: string): BodyDiagnostics {
  const syntaxError = templateSyntaxError(body);
  if (syntaxError) return { syntaxError, unknownVariables: [] };
  let segments: unknown[][];
  try {
    segments = analyzer.globalVariableSegmentsSync(body);
  } catch {
    // The renderer parsed it; an analysis failure only means no variable hints this time.
    return { syntaxError: null, unknownVariables: [] };
  }
  const unknown = [...new Set(segments.map(pathText))].filter((path) => !isKnown(path));
  return { syntaxError: null, unknownVariables: unknown.map((name) => ({ name, suggestion: closest(name) })) };
}
