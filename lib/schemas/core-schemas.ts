/**
 * The few schema kinds the content scripts parse their requests with, built on zod's core
 * (`zod/v4/core`) directly. A zod/mini schema is the same core class with a method set on every
 * instance (parse, parseAsync, safeParseAsync, check, clone, register, …): a content script
 * bundles that whole set and the async parsers for one synchronous `safeParse`. The checks and
 * the parse are zod's own, so a value passes here exactly when it passes the zod/mini schema
 * written the same way: 760–812 B gzip less per content script (measured 2026-12-05 with
 * `npm run bench -- content-script-size`). Only for modules a content script imports; the panel
 * and background use zod/mini or zod.
 */
import * as core from 'zod/v4/core';

/** What a schema's parse gives back, as `z.infer`. */
export type Infer<T> = core.output<T>;

/** Checks a value with the schema (zod's `safeParse`): `{ success, data }` or `{ success: false, error }`. */
export const safeParse = core.safeParse;

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
