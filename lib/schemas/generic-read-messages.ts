/**
 * Background ↔ the generic reader injected on demand (context menu, shortcut, allowed site). Its own
 * module: only the generic reader's script parses the request, and a top-level zod schema is
 * bundled by every script that imports its module, so the site scripts would carry it for nothing.
 * zod's core schemas (./core-schemas.ts): the generic reader's size budget.
 */
import { type Infer, literal, object, optional, string } from './core-schemas';

/** Read the page, the agent's selection (as the context menu saw it), or the live selection if any. */
export const GenericReadRequestSchema = object({
  type: literal('genericRead'),
  use: literal(['page', 'selection', 'selection-or-page']),
  selection: optional(string(100_000)),
});
export type GenericReadRequest = Infer<typeof GenericReadRequestSchema>;
/** `reading`: what the panel will now show for the tab, the page as read or the agent's selection. */
// Literals, not enum/boolean schemas: the generic reader bundles this module and has literals anyway.
export const GenericReadResponseSchema = object({ ok: literal([true, false]), reading: literal(['page', 'selection']) });
export type GenericReadResponse = Infer<typeof GenericReadResponseSchema>;
