/**
 * Background ↔ the generic reader injected on demand (context menu, shortcut, allowed site). Its own
 * module: only the generic reader's script parses the request, and a top-level zod schema is
 * bundled by every script that imports its module, so the site scripts would carry it for nothing.
 * zod/mini: the generic reader's size budget.
 */
import * as z from 'zod/mini';

/** Read the page, the agent's selection (as the context menu saw it), or the live selection if any. */
export const GenericReadRequestSchema = z.object({
  type: z.literal('genericRead'),
  use: z.literal(['page', 'selection', 'selection-or-page']),
  selection: z.optional(z.string().check(z.maxLength(100_000))),
});
export type GenericReadRequest = z.infer<typeof GenericReadRequestSchema>;
/** `reading`: what the panel will now show for the tab, the page as read or the agent's selection. */
// Literals, not z.enum/z.boolean: the generic reader bundles this module and has literals anyway.
export const GenericReadResponseSchema = z.object({ ok: z.literal([true, false]), reading: z.literal(['page', 'selection']) });
export type GenericReadResponse = z.infer<typeof GenericReadResponseSchema>;
