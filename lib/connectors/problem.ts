/**
 * What went wrong with a store, as a message key and its values rather than English text: the
 * panel and Settings say it in the agent's language (lib/i18n, keys `storeError.*`), the command
 * line in English from the same catalog. The values are data the store or the settings gave
 * (a store's label, an address, a number of seconds, what the server said), never translated.
 */
import { z } from 'zod';
import type { MessageKey } from '@/lib/i18n/catalogs';
import { englishMessage, LocalMessageSchema, localMessage, renderMessage, type LocalMessage } from '@/lib/i18n/local-message';
import type { Translator } from '@/lib/i18n/translator';

const Label = z.string().max(300);
/** A store's name (or region): its label or domain (data), or a name Deskpilot words (lib/connectors/store-name.ts). */
const StoreLabel = z.union([Label, LocalMessageSchema]);
/** Seconds to wait, megabytes allowed: whole numbers a store or the settings gave. */
const Count = z.number().int().nonnegative();

/** Each code's values. A code is a key of the message catalogs (checked below). */
export const PROBLEM_PARAMS = {
  'storeError.rejectedCredentials': z.object({ store: StoreLabel }),
  'storeError.refusedAccess': z.object({ store: StoreLabel }),
  'storeError.noSuchAddress': z.object({ store: StoreLabel }),
  'storeError.rateLimited': z.object({ store: StoreLabel }),
  'storeError.rateLimitedRetry': z.object({ store: StoreLabel, seconds: Count }),
  'storeError.locked': z.object({ store: StoreLabel }),
  'storeError.serverError': z.object({ store: StoreLabel }),
  'storeError.unexpectedStatus': z.object({ store: StoreLabel }),
  'storeError.timeout': z.object({ store: StoreLabel, seconds: Count }),
  'storeError.notAllowed': z.object({ origin: Label }),
  'storeError.unreachable': z.object({ store: StoreLabel, origin: Label, reason: Label }),
  'storeError.tooLarge': z.object({ store: StoreLabel, megabytes: Count }),
  'storeError.notJson': z.object({ store: StoreLabel, start: Label }),
  'storeError.badShape': z.object({ store: StoreLabel, path: Label, issue: StoreLabel }),
  'storeError.ordersShape': z.object({ store: StoreLabel, path: Label, issue: StoreLabel }),
  'storeError.settingsInvalid': z.object({ store: StoreLabel }),
  'storeError.disconnected': z.object({ store: StoreLabel }),
  'storeError.unexpected': z.object({ store: StoreLabel, detail: Label }),
  'storeError.bigcommerce.token': z.object({ store: StoreLabel }),
  'storeError.bigcommerce.scope': z.object({ store: StoreLabel }),
  'storeError.bigcommerce.storeHash': z.object({ store: StoreLabel }),
  'storeError.bigcommerce.notAnOrder': z.object({ number: Label }),
  'storeError.shopify.token': z.object({ shop: Label }),
  'storeError.shopify.scope': z.object({ shop: Label }),
  'storeError.shopify.noApi': z.object({ shop: Label, version: Label }),
  'storeError.shopify.noStore': z.object({ shop: Label }),
  'storeError.woocommerce.keys': z.object({ store: StoreLabel }),
  'storeError.woocommerce.readPermission': z.object({ store: StoreLabel }),
  'storeError.woocommerce.notAnOrder': z.object({ number: Label }),
  'storeError.amazon.roles': z.object({ store: StoreLabel }),
  'storeError.amazon.notAuthorised': z.object({ store: StoreLabel, region: StoreLabel }),
  'storeError.amazon.rateLimited': z.object({ store: StoreLabel, seconds: Count }),
  'storeError.amazon.lwaRefused': z.object({ store: StoreLabel }),
  'storeError.badAddress': z.object({ service: Label, address: Label }),
  'storeError.insecureAddress': z.object({ service: Label, address: Label }),
  'storeError.bug': z.object({ detail: Label }),
  'storeError.orderUnreadable': z.object({}),
  'storeError.shopify.clientRefused': z.object({ shop: Label }),
  'storeError.shopify.needsCredentials': z.object({ shop: Label }),
  'storeError.shopify.throttled': z.object({ shop: Label, seconds: Count }),
  'storeError.shopify.scopesMissing': z.object({ shop: Label, scopes: Label }),
  'storeError.shopify.connectedMissingScope': z.object({ shop: Label, scopes: Label }),
  'storeError.shopify.queryFailed': z.object({ shop: Label, detail: Label }),
  'storeError.shopify.noData': z.object({ shop: Label }),
  'storeError.woocommerce.noRestApi': z.object({ store: StoreLabel, address: Label }),
  'storeError.woocommerce.notFound': z.object({ store: StoreLabel, code: Label }),
} satisfies Record<string, z.ZodObject>;

export type ProblemCode = keyof typeof PROBLEM_PARAMS;
/** Every code is a catalog key: a code without its message fails `tsc` here. */
const codesAreKeys: ProblemCode extends MessageKey ? true : never = true;
void codesAreKeys;

const CODES = Object.keys(PROBLEM_PARAMS) as [ProblemCode, ...ProblemCode[]];

export type ConnectorProblem = {
  [C in ProblemCode]: {
    code: C;
    params: z.infer<(typeof PROBLEM_PARAMS)[C]>;
    /** The HTTP status the store answered, shown as "(HTTP 401)". */
    status?: number;
    /** A short, tag-free excerpt of what the server said (its own words, in its own language). */
    said?: string;
  };
}[ProblemCode];

/** A problem as it crosses a message boundary: the code known, its values the ones that code takes. */
export const ConnectorProblemSchema = z
  .object({
    code: z.enum(CODES),
    params: z.record(z.string(), z.union([z.string().max(300), z.number(), LocalMessageSchema])),
    status: z.number().int().min(100).max(599).optional(),
    said: z.string().max(200).optional(),
  })
  .superRefine((problem, ctx) => {
    const params = PROBLEM_PARAMS[problem.code].safeParse(problem.params);
    if (!params.success) ctx.addIssue({ code: 'custom', path: ['params'], message: `wrong values for ${problem.code}` });
  })
  .transform((problem) => problem as ConnectorProblem);

export function problem<C extends ProblemCode>(
  code: C,
  params: z.infer<(typeof PROBLEM_PARAMS)[C]>,
  extra: { status?: number; said?: string } = {},
): ConnectorProblem {
  return { code, params, ...extra } as ConnectorProblem;
}

/** The problem as one message: its own, then the HTTP status, then what the server said. */
export function problemMessage(found: ConnectorProblem): LocalMessage {
  let message = localMessage(found.code, found.params);
  if (found.status !== undefined) message = localMessage('storeError.withStatus', { problem: message, status: found.status });
  if (found.said)
    message = localMessage('storeError.withSaid', { problem: message, said: localMessage('storeError.said', { said: found.said }) });
  return message;
}

/** The problem in the language `t` speaks. */
export function problemText(t: Translator['t'], found: ConnectorProblem): string {
  return renderMessage(problemMessage(found), t);
}

/** The English text (the command line's, and the `message` every ConnectorError keeps). */
export function englishProblem(found: ConnectorProblem): string {
  return englishMessage(problemMessage(found));
}
