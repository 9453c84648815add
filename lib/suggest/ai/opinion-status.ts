/**
 * What the badge says about the AI's second opinion while it is not in: being asked, or could
 * not be asked (why). Without this the panel showed the local reading with no word, so the agent
 * could not tell "not asked yet" from "the AI could not be reached".
 */
import type { UseQueryResult } from '@tanstack/react-query';

export type OpinionStatus = { asking: true } | { failed: unknown } | undefined;

/** From the decision query (intent-opinion-query.ts): its own fetch and failure only; a disabled query says nothing. */
export function opinionStatus(decision: Pick<UseQueryResult<unknown>, 'isFetching' | 'isError' | 'error'>): OpinionStatus {
  if (decision.isFetching) return { asking: true };
  if (decision.isError) return { failed: decision.error };
  return undefined;
}
