import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { translator } from '@/lib/i18n/translator';
import { requestJson } from '@/lib/connectors/http';
import { ConnectorProblemSchema, problemText } from './problem';
import type { ConnectorError } from './types';

describe('a store answering in a shape Deskpilot cannot read', () => {
  it('words zod’s issue from its code in the agent’s language, never in zod’s English', async () => {
    const answer = JSON.stringify({ orders: 'none' });
    const ctx = { fetch: async () => new Response(answer, { status: 200, headers: { 'content-type': 'application/json' } }) };
    const schema = z.object({ orders: z.array(z.string()) });
    const error = (await requestJson(ctx, { url: 'https://shop.example/orders', schema, store: 'Kiefer' }).catch(
      (e: unknown) => e,
    )) as ConnectorError;
    expect(error.problem?.code).toBe('storeError.badShape');
    // As the panel receives it from the background.
    const crossed = ConnectorProblemSchema.parse(JSON.parse(JSON.stringify(error.problem)));
    const shown = problemText(translator('ko').t, crossed);
    expect(shown).toContain('Kiefer에서 Deskpilot이 읽을 수 없는 형식의 데이터를 보냈습니다(orders)');
    expect(shown).not.toMatch(/Invalid|expected|received/);
  });
});
