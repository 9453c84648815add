import { describe, expect, it } from 'vitest';
import type { Intent } from '@/lib/schemas/template';
import { leadFirst } from '@/lib/suggest/lead-first';

const asked = (...intents: Intent[]) => intents.map((intent, at) => ({ intent, at }));
const positions = (requests: { at: number }[]) => requests.map((request) => request.at);

describe('leadFirst', () => {
  it('moves the lead request to the front and keeps the others in the message order', () => {
    const requests = asked('invoice', 'pre_sale_question', 'return_request', 'address_change');
    expect(positions(leadFirst(requests, 'return_request'))).toEqual([2, 0, 1, 3]);
  });

  it('keeps the message order when the lead is first or not among the requests', () => {
    const requests = asked('return_request', 'invoice');
    expect(positions(leadFirst(requests, 'return_request'))).toEqual([0, 1]);
    expect(positions(leadFirst(requests, 'refund'))).toEqual([0, 1]);
    expect(leadFirst([], 'refund')).toEqual([]);
  });
});
