/**
 * The few schema kinds the content scripts parse their requests with, built on zod's core
 * (`zod/v4/core`) directly. A zod/mini schema is the same core class with a method set on every
 * instance (parse, parseAsync, safeParseAsync, check, clone, register, …): a content script
 * bundles that whole set and the async parsers for one synchronous `safeParse`. The checks and
 * the parse are zod's own, so a value passes here exactly when it passes the zod/mini schema
 * written the same way: 760–812 B gzip less per content script (measured 2026-12-05 with
 * `npm run bench -- content-script-size`). Only for the schemas of modules a content script
 * imports (the background parses the generic reader's reply with one too); everything else uses
 * zod/mini or zod.
 */
import * as core from 'zod/v4/core';

/** What a schema's parse gives back, as `z.infer`. */
export type Infer<T> = core.output<T>;

/** What `safeParse` answers: the parsed value, or only that it failed (no caller reads why). */
export type Parsed<T> = { success: true; data: T } | { success: false };

/**
 * Checks a value with the schema through zod's Standard Schema interface (`~standard.validate`,
 * the same parse as `safeParse`, already in every schema): zod's error classes stay out of the
 * content scripts, 311–334 B gzip each (measured 2026-12-05). A promise would mean an async check,
 * which none of these schemas has; it is refused rather than waited for.
 */
export function safeParse<T extends core.$ZodType>(schema: T, value: unknown): Parsed<core.output<T>> {
  const result = schema['~standard'].validate(value);
  if (result instanceof Promise || result.issues) return { success: false };
  return { success: true, data: result.value as core.output<T> };
}

function maxLength(maximum: number): core.$ZodCheckMaxLength {
  return new core.$ZodCheckMaxLength({ check: 'max_length', maximum });
}

/** A string of at most `max` characters (and at least `min`). */
export function string(max: number, min?: number): core.$ZodString<string> {
  const checks =
    min === undefined ? [maxLength(max)] : [new core.$ZodCheckMinLength({ check: 'min_length', minimum: min }), maxLength(max)];
  return new core.$ZodString({ type: 'string', checks }) as core.$ZodString<string>;
}

/** A finite number. */
export function number(): core.$ZodNumber<number> {
  return new core.$ZodNumber({ type: 'number' }) as core.$ZodNumber<number>;
}

/** An array of at most `max` elements. */
export function array<T extends core.$ZodType>(element: T, max: number): core.$ZodArray<T> {
  return new core.$ZodArray({ type: 'array', element, checks: [maxLength(max)] }) as core.$ZodArray<T>;
}

/** An object of these keys; unknown keys are dropped (zod's default). */
export function object<Shape extends core.$ZodShape>(shape: Shape): core.$ZodObject<Shape, core.$strip> {
  return new core.$ZodObject({ type: 'object', shape }) as unknown as core.$ZodObject<Shape, core.$strip>;
}

/** The value, or undefined. */
export function optional<T extends core.$ZodType>(inner: T): core.$ZodOptional<T> {
  return new core.$ZodOptional({ type: 'optional', innerType: inner }) as core.$ZodOptional<T>;
}

/** One of these values. */
export function literal<const T extends core.util.Literal>(values: T | readonly T[]): core.$ZodLiteral<T> {
  const list = (Array.isArray(values) ? values : [values]) as T[];
  return new core.$ZodLiteral({ type: 'literal', values: list }) as unknown as core.$ZodLiteral<T>;
}
