/**
 * Turns whatever the OpenAI client or the server threw into one of a few problems an agent can
 * act on. Server texts are not shown as they are: they can echo part of the key.
 */
import { APIConnectionError, APIConnectionTimeoutError, APIError } from 'openai';

export type AiProblemCode =
  | 'no_key'
  | 'bad_key'
  | 'forbidden'
  | 'model_not_found'
  | 'wrong_url'
  | 'rate_limited'
  | 'server_error'
  | 'timeout'
  | 'unreachable'
  | 'bad_request'
  | 'malformed_output';

export interface AiProblem {
  code: AiProblemCode;
  /** Short and specific, e.g. "the API key was rejected (401)". */
  reason: string;
}

/** Thrown by our own code (timers, output parsing) so the mapping below has one place. */
export class AiFailure extends Error {
  constructor(readonly problem: AiProblem) {
    super(problem.reason);
  }
}

/** The text the panel shows when a draft fails; the templates stay on screen. */
export function unavailableMessage(problem: AiProblem): string {
  return `AI draft unavailable: ${problem.reason}, showing templates.`;
}

function serverSays(error: APIError): string {
  const body = error.error as { message?: unknown; code?: unknown } | undefined;
  return `${typeof body?.code === 'string' ? body.code : ''} ${typeof body?.message === 'string' ? body.message : ''}`.toLowerCase();
}

function retryAfter(error: APIError): string {
  const seconds = Number(error.headers?.get('retry-after'));
  return Number.isFinite(seconds) && seconds > 0 ? `; try again in ${Math.ceil(seconds)} s` : '';
}

function fromStatus(error: APIError, model: string): AiProblem {
  const status = error.status ?? 0;
  const said = serverSays(error);
  if (status === 401) return { code: 'bad_key', reason: 'the API key was rejected (401); check it in Settings' };
  if (status === 403) return { code: 'forbidden', reason: 'this key may not use that model or endpoint (403)' };
  if (status === 404) {
    return said.includes('model')
      ? { code: 'model_not_found', reason: `the server has no model "${model}" (404); check the model name in Settings` }
      : { code: 'wrong_url', reason: 'nothing answers at that base URL (404); it usually ends in /v1' };
  }
  if (status === 429) return { code: 'rate_limited', reason: `the AI service is rate limiting requests (429)${retryAfter(error)}` };
  if (status >= 500) return { code: 'server_error', reason: `the AI service had an error (${status})` };
  return { code: 'bad_request', reason: `the AI service refused the request (${status})` };
}

export function toAiProblem(error: unknown, model: string): AiProblem {
  if (error instanceof AiFailure) return error.problem;
  if (error instanceof APIConnectionTimeoutError) return { code: 'timeout', reason: 'the AI service did not answer in time' };
  if (error instanceof APIConnectionError)
    return { code: 'unreachable', reason: 'the AI service could not be reached; check the base URL and your connection' };
  if (error instanceof APIError) return fromStatus(error, model);
  return { code: 'server_error', reason: 'the AI service failed unexpectedly' };
}

/** A 400 that says the server does not know structured outputs: retry asking for JSON in the text. */
export function rejectsStructuredOutput(error: unknown): boolean {
  if (!(error instanceof APIError) || (error.status !== 400 && error.status !== 422)) return false;
  return /response_format|json_schema|structured/.test(serverSays(error));
}
