/**
 * Loads reply-html-markers.json: how mail clients mark quoted history and signatures in HTML, as
 * data (a new client's markup is one JSON line), and matches an opening tag against those rules.
 */
import { z } from 'zod';
import markers from './reply-html-markers.json';

const RuleSchema = z
  .object({
    tag: z.string().optional(),
    class: z.string().optional(),
    classSuffix: z.string().optional(),
    id: z.string().optional(),
    idPrefix: z.string().optional(),
    idSuffix: z.string().optional(),
    attr: z.string().optional(),
    value: z.string().optional(),
    styleIncludes: z.string().optional(),
    headerOnly: z.boolean().optional(),
    why: z.string(),
  })
  .refine((rule) => Object.keys(rule).some((key) => key !== 'why' && key !== 'headerOnly'), 'a rule needs something to match');
type Rule = z.infer<typeof RuleSchema>;

const MarkersSchema = z.object({
  quotes: z.array(RuleSchema),
  historyStarts: z.array(RuleSchema),
  signatures: z.array(RuleSchema),
  quotesIfAttributed: z.array(RuleSchema),
  quotesIfLast: z.array(RuleSchema),
});
const MARKERS = MarkersSchema.parse(markers);

export type Attributes = Record<string, string>;
/**
 * What an element is to the stripper: quoted history, where history starts, a signature, or
 * content; or quoted history only if its text holds an attribution or header (`quote-if-attributed`),
 * or if also no later blockquote follows (`quote-if-last`).
 */
export type ElementKind = 'quote' | 'history' | 'history-if-header' | 'signature' | 'quote-if-attributed' | 'quote-if-last' | 'content';

const classesOf = (attributes: Attributes) => (attributes.class ?? '').split(/\s+/);
const compactStyle = (attributes: Attributes) => (attributes.style ?? '').replace(/\s+/g, '').toLowerCase();

function matches(rule: Rule, tag: string, attributes: Attributes): boolean {
  const id = attributes.id ?? '';
  if (rule.tag !== undefined && rule.tag !== tag) return false;
  if (rule.class !== undefined && !classesOf(attributes).includes(rule.class)) return false;
  const { classSuffix } = rule;
  if (classSuffix !== undefined && !classesOf(attributes).some((name) => name.endsWith(classSuffix))) return false;
  if (rule.id !== undefined && id !== rule.id) return false;
  if (rule.idPrefix !== undefined && !id.startsWith(rule.idPrefix)) return false;
  if (rule.idSuffix !== undefined && !id.endsWith(rule.idSuffix)) return false;
  if (rule.attr !== undefined && attributes[rule.attr] !== rule.value) return false;
  if (rule.styleIncludes !== undefined && !compactStyle(attributes).includes(rule.styleIncludes)) return false;
  return true;
}

/** Tag names seen without attributes, and their kind: most elements of a long mail are a bare <p>, <br> or <div>. */
const KIND_OF_BARE_TAG = new Map<string, ElementKind>();
/** Bounds the memo: a mail can make up any number of tag names. */
const MAX_BARE_TAGS = 256;

function hasAttributes(attributes: Attributes): boolean {
  for (const _ in attributes) return true;
  return false;
}

/** The kind of an opening tag (lower-case name, attributes as parsed); a bare tag's kind is worked out once. */
export function elementKind(tag: string, attributes: Attributes): ElementKind {
  return hasAttributes(attributes) ? kindOf(tag, attributes) : bareElementKind(tag);
}

/** The kind of an opening tag without attribute values (`<p>`, `<br>`), remembered per name. */
export function bareElementKind(tag: string): ElementKind {
  let kind = KIND_OF_BARE_TAG.get(tag);
  if (kind === undefined) {
    kind = kindOf(tag, {});
    if (KIND_OF_BARE_TAG.size < MAX_BARE_TAGS) KIND_OF_BARE_TAG.set(tag, kind);
  }
  return kind;
}

function kindOf(tag: string, attributes: Attributes): ElementKind {
  if (MARKERS.quotes.some((rule) => matches(rule, tag, attributes))) return 'quote';
  const history = MARKERS.historyStarts.find((rule) => matches(rule, tag, attributes));
  if (history) return history.headerOnly ? 'history-if-header' : 'history';
  if (MARKERS.signatures.some((rule) => matches(rule, tag, attributes))) return 'signature';
  if (MARKERS.quotesIfAttributed.some((rule) => matches(rule, tag, attributes))) return 'quote-if-attributed';
  if (MARKERS.quotesIfLast.some((rule) => matches(rule, tag, attributes))) return 'quote-if-last';
  return 'content';
}
