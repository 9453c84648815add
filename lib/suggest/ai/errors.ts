/**
 * Turns whatever the OpenAI client or the server threw into one of a few problems an agent can
 * act on. Server texts are not shown as they are: they can echo part of the key.
 */
import { APIConnectionError, APIConnectionTimeoutError, APIError } from 'openai';
import { z } from 'zod';
import { englishMessage, localMessage, type LocalMessage } from '@/lib/i18n/local-message';

export const AI_PROBLEM_CODES = [
  'no_key',
  'bad_key',
  'forbidden',
  'model_not_found',
  'wrong_url',
  'rate_limited',
  'server_error',
  'timeout',
  'unreachable',
  'bad_request',
  'malformed_output',
] as const;
export type AiProblemCode = (typeof AI_PROBLEM_CODES)[number];

/** A problem as it crosses contexts (the background's second opinion, answered to the panel). */
export const AiProblemSchema = z.object({
  code: z.enum(AI_PROBLEM_CODES),
  /** Short and specific, e.g. "the API key was rejected (401)": English, for logs and errors. */
  reason: z.string().max(500),
  /** Worded through `ai.problem.<code>` in the agent's language (`aiProblemMessage`). */
  values: z
    .object({
      /** What a problem's message needs besides its code: the HTTP status, the model asked for, seconds to wait. */
      status: z.number().int().optional(),
      model: z.string().max(200).optional(),
      seconds: z.number().nonnegative().optional(),
    })
    .optional(),
});
export type AiProblem = z.infer<typeof AiProblemSchema>;
export type AiProblemValues = NonNullable<AiProblem['values']>;

/** A problem with its English reason taken from the catalog, so the interface and logs say the same. */
export function aiProblem(code: AiProblemCode, values?: AiProblemValues): AiProblem {
  const problem = { code, ...(values ? { values } : {}) };
  return { ...problem, reason: englishMessage(aiProblemMessage(problem)) };
}

/** The reason as a message: `ai.problem.<code>`, with 0 for a status or a wait nobody gave. */
export function aiProblemMessage(problem: Pick<AiProblem, 'code' | 'values'>): LocalMessage {
  const { status = 0, model = '', seconds = 0 } = problem.values ?? {};
  return localMessage(`ai.problem.${problem.code}`, { status, model, seconds });
}

/** Where a failed call shows its note: each says what stays on screen instead. */
export type AiFeature = 'draft' | 'rewrite' | 'summary' | 'opinion' | 'test';

/** "AI draft unavailable: …, showing templates." in the agent's language. */
export function aiUnavailable(feature: AiFeature, problem: Pick<AiProblem, 'code' | 'values'>): LocalMessage {
  return localMessage(`ai.unavailable.${feature}`, { reason: aiProblemMessage(problem) });
}

/** Thrown by our own code (timers, output parsing) so the mapping below has one place. */
export class AiFailure extends Error {
  constructor(readonly problem: AiProblem) {
    super(problem.reason);
  }
}

/** The English note of a failed call (logs, tests); the panel words `aiUnavailable` itself. */
export function unavailableMessage(problem: AiProblem, feature: AiFeature = 'draft'): string {
  return englishMessage(aiUnavailable(feature, problem));
}

function serverSays(error: APIError): string {
  const body = error.error as { message?: unknown; code?: unknown } | undefined;
  return `${typeof body?.code === 'string' ? body.code : ''} ${typeof body?.message === 'string' ? body.message : ''}`.toLowerCase();
}

/** Whole seconds the server asked us to wait, 0 when it did not say. */
function retryAfter(error: APIError): number {
  const seconds = Number(error.headers?.get('retry-after'));
  return Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : 0;
}

function fromStatus(error: APIError, model: string): AiProblem {
  const status = error.status ?? 0;
  const said = serverSays(error);
  if (status === 401) return aiProblem('bad_key', { status });
  if (status === 403) return aiProblem('forbidden', { status });
  if (status === 404) return said.includes('model') ? aiProblem('model_not_found', { status, model }) : aiProblem('wrong_url', { status });
  if (status === 429) return aiProblem('rate_limited', { status, seconds: retryAfter(error) });
  if (status >= 500) return aiProblem('server_error', { status });
  return aiProblem('bad_request', { status });
}

export function toAiProblem(error: unknown, model: string): AiProblem {
  if (error instanceof AiFailure) return error.problem;
  if (error instanceof APIConnectionTimeoutError) return aiProblem('timeout');
  if (error instanceof APIConnectionError) return aiProblem('unreachable');
  if (error instanceof APIError) return fromStatus(error, model);
  return aiProblem('server_error');
}

/** A 400 that says the server does not know structured outputs: retry asking for JSON in the text. */
export function rejectsStructuredOutput(error: unknown): boolean {
  if (!(error instanceof APIError) || (error.status !== 400 && error.status !== 422)) return false;
  return /response_format|json_schema|structured/.test(serverSays(error));
}
