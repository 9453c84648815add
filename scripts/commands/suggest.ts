/**
 * `suggest --ticket <ticket.json> [--orders <orders.json>] [--limit n]` → the ranked suggestions
 * from the starter pack, rendered with the chosen order's facts and the default shop facts.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { OrderSchema } from '@/lib/schemas/order';
import { DEFAULT_AGENT, DEFAULT_SHOP_FACTS } from '@/lib/schemas/settings';
import { TicketSchema } from '@/lib/schemas/ticket';
import { templatesFromPack } from '@/lib/suggest/pack-templates';
import { suggestReplies } from '@/lib/suggest/suggest';
import { STARTER_PACK } from '@/lib/templates/starter-pack';
import type { CliCommand } from './types';
import { fail, parse, printJson } from './io';

const USAGE = 'usage: suggest --ticket <ticket.json> [--orders <orders.json>] [--limit n]';

/** Reads and validates one JSON file; the message names the file and what is wrong in it. */
async function readJsonFile<T>(path: string, schema: z.ZodType<T>, what: string): Promise<T> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch {
    throw new Error(`${path}: cannot read file`);
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new Error(`${path}: not valid JSON`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Error(`${path}: not a valid ${what}\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

const suggest: CliCommand = async (args) => {
  const { values, positionals } = parse(args, {
    ticket: { type: 'string' },
    orders: { type: 'string' },
    limit: { type: 'string' },
  });
  if (!values.ticket || positionals.length > 0) return fail(USAGE);
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) return fail('suggest: --limit must be a positive integer');
  try {
    const ticket = await readJsonFile(values.ticket, TicketSchema, 'ticket');
    const orders = values.orders ? await readJsonFile(values.orders, z.array(OrderSchema), 'order list') : [];
    const result = suggestReplies({ ticket, orders, templates: templatesFromPack(STARTER_PACK), shop: DEFAULT_SHOP_FACTS, agent: DEFAULT_AGENT, limit });
    printJson({
      intent: result.intent,
      order: result.order ? result.order.number : null,
      suggestions: result.suggestions.map(({ template, score, rendered }) => ({
        id: template.id,
        title: template.title,
        language: template.language,
        score: Number(score.toFixed(4)),
        text: rendered.text,
        gaps: rendered.gaps,
        error: rendered.error,
      })),
    });
    return 0;
  } catch (error) {
    return fail(`suggest: ${error instanceof Error ? error.message : String(error)}`);
  }
};

export default suggest;
