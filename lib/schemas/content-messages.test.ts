import { describe, expect, it } from 'vitest';
import { parseContentRequest } from './content-messages';

describe('parseContentRequest', () => {
  it("parses each request with its type's schema", () => {
    expect(parseContentRequest({ type: 'insertReply', text: 'Hello' })).toEqual({ type: 'insertReply', text: 'Hello' });
    expect(parseContentRequest({ type: 'getThread', extra: 1 })).toEqual({ type: 'getThread' });
    expect(parseContentRequest({ type: 'applyTags', tags: ['refund'] })).toEqual({ type: 'applyTags', tags: ['refund'] });
  });

  it('hands the snapshot request on with its fields for the snapshot script to parse', () => {
    expect(parseContentRequest({ type: 'getSnapshot', what: 'x', date: '2026-12-04' })).toEqual({
      type: 'getSnapshot',
      what: 'x',
      date: '2026-12-04',
    });
  });

  it('refuses a wrong shape, an unknown type and anything that is not a request', () => {
    expect(parseContentRequest({ type: 'insertReply', text: 5 })).toBeNull();
    expect(parseContentRequest({ type: 'applyTags', tags: [''] })).toBeNull();
    expect(parseContentRequest({ type: 'toString' })).toBeNull();
    expect(parseContentRequest({ type: 'sendEverything' })).toBeNull();
    for (const message of [null, undefined, 'getThread', 42, [], {}]) expect(parseContentRequest(message)).toBeNull();
  });
});
