// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AiSettingsSchema } from '@/lib/schemas/ai';
import { TicketSchema } from '@/lib/schemas/ticket';
import { buildSummaryPrompt, summariseThread, validateCitations } from '@/lib/suggest/ai/summary';
import { ticketSaying } from '@/lib/suggest/testing/fixtures';
import { LOOPBACK_MODEL, startOpenAiServer, type OpenAiServer } from '@/tests/servers/openai-server';

const base = ticketSaying('Still nothing. Call me on +49 151 23456789. Jonas');
const ticket = TicketSchema.parse({
  ...base,
  messages: [
    {
      author: base.customer,
      role: 'customer',
      text: 'Where is order #3107?',
      visibleText: 'Where is order #3107?',
      sentAt: '2026-11-20T09:00:00Z',
    },
    { author: { name: 'Ava' }, role: 'agent', text: 'It ships Monday.', visibleText: 'It ships Monday.', sentAt: '2026-11-21T09:00:00Z' },
    base.messages[0],
  ],
});

describe('validateCitations', () => {
  it('keeps citations of real messages (0-based out), drops the others and repeats', () => {
    expect(
      validateCitations(
        {
          points: [
            { text: 'Wants the parcel', messages: [1, 3, 3] },
            { text: 'Invented', messages: [0, 4, 99] },
          ],
        },
        3,
      ),
    ).toEqual([
      { text: 'Wants the parcel', messages: [0, 2], dropped: [] },
      { text: 'Invented', messages: [], dropped: [0, 4, 99] },
    ]);
  });
});

describe('summariseThread', () => {
  let server: OpenAiServer;
  beforeAll(async () => {
    server = await startOpenAiServer({ scenario: { kind: 'tasks' } });
  });
  afterAll(() => server.close());

  it('numbers the messages inside a fence, privately, and links each point to messages that exist', async () => {
    const settings = AiSettingsSchema.parse({ baseUrl: server.baseUrl, apiKey: server.apiKey, model: LOOPBACK_MODEL, enabled: true });
    const outcome = await summariseThread(settings, ticket, []);
    if (outcome.status !== 'done') throw new Error(outcome.message);
    expect(outcome.points.map((p) => p.messages)).toEqual([[0], [1], [2], []]);
    expect(outcome.points[3]!.dropped).toEqual([10]);
    expect(outcome.points[2]!.text).toContain('Message 3 (customer): Still nothing. Call me on +49 151 23456789');
    const sent = JSON.stringify(server.requests.at(-1)!.messages);
    expect(sent).not.toMatch(/Jonas|23456789/);
    expect(buildSummaryPrompt(ticket)[1]!.content).toMatch(/\[2\] \(agent, 2026-11-21\): It ships Monday\./);
  });

  it('gives a clear message for an answer that is not the summary asked for', async () => {
    server.setScenario({ kind: 'answer', content: { points: [] } });
    const settings = AiSettingsSchema.parse({ baseUrl: server.baseUrl, apiKey: server.apiKey, model: LOOPBACK_MODEL, enabled: true });
    expect(await summariseThread(settings, ticket, [])).toMatchObject({
      status: 'failed',
      problem: { code: 'malformed_output' },
      message: "Summary unavailable: the model's answer was not in the expected format.",
    });
  });
});
