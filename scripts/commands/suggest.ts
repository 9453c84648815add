/**
 * `suggest --ticket <ticket.json> [--orders <orders.json>] [--limit n]` → the ranked suggestions
 * from the starter pack, rendered with the chosen order's facts and the default shop facts.
 */
import { z } from 'zod';
import { OrderSchema } from '@/lib/schemas/order';
import { DEFAULT_AGENT, DEFAULT_SHOP_FACTS } from '@/lib/schemas/settings';
import { TicketSchema } from '@/lib/schemas/ticket';
import { templatesFromPack } from '@/lib/suggest/pack-templates';
import { suggestReplies } from '@/lib/suggest/suggest';
import { STARTER_PACK } from '@/lib/templates/starter-pack';
import type { CliCommand } from './types';
import { defineCommand, parse, printJson, usage } from './io';
import { readJson } from './read-input';

const USAGE = 'usage: suggest --ticket <ticket.json> [--orders <orders.json>] [--limit n]';

const suggest: CliCommand = defineCommand('suggest', async (args) => {
  const { values, positionals } = parse(args, {
    ticket: { type: 'string' },
    orders: { type: 'string' },
    limit: { type: 'string' },
  });
  if (!values.ticket || positionals.length > 0) return usage(USAGE);
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) return usage('suggest: --limit must be a positive integer');
  const ticket = await readJson(values.ticket, TicketSchema, 'a Ticket (the JSON `extract` prints)');
  const orders = values.orders ? await readJson(values.orders, z.array(OrderSchema), 'a list of orders (the JSON `orders` prints)') : [];
  const result = suggestReplies({
    ticket,
    orders,
    templates: templatesFromPack(STARTER_PACK),
    shop: DEFAULT_SHOP_FACTS,
    agent: DEFAULT_AGENT,
    limit,
  });
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
});

export default suggest;
