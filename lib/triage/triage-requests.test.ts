import { describe, expect, it } from 'vitest';
import { classifyIntent } from '@/lib/suggest/classify';
import { customerQuery } from '@/lib/suggest/customer-query';
import { withDecidedIntent } from '@/lib/suggest/decided-intent';
import type { Ticket } from '@/lib/schemas/ticket';
import type { TriageInput } from '@/lib/triage/schema';
import { triage } from '@/lib/triage/triage';

const NOW = '2026-12-03T12:00:00Z';
const input = (text: string, extra: Partial<TriageInput> = {}): TriageInput => ({
  text,
  now: NOW,
  receivedAt: '2026-12-03T10:00:00Z',
  ...extra,
});
const VIP = { customer: { lifetimeSpend: 5_000, ordersCount: 3, previousContacts7d: 0 } };
/** A pre-sale question first, a broken delivery second. */
const ASK_THEN_DAMAGE = 'Hello! Is the green teapot dishwasher safe? And my previous order came broken, the lid is shattered.';

describe('triage reads the text the panel reads', () => {
  it('classifies the latest message, not "subject + message": the badge and the triage agree', () => {
    const ticket = {
      subject: 'Refund for my order',
      latestCustomerMessage: 'Hi, I would like to change the delivery address to 12 Elm Road please. Thanks, Ana',
    };
    const panel = classifyIntent(customerQuery(ticket as Ticket));
    expect(triage(input(ticket.latestCustomerMessage, { subject: ticket.subject })).intent).toBe(panel.intent);
  });
  it('falls back to the subject when the message is empty, as the panel does', () => {
    expect(triage(input('', { subject: 'Please cancel my order, I ordered it by mistake' })).intent).toBe('cancel_order');
  });
  it('takes the reading it is given (the panel passes its own, the AI decision included)', () => {
    const local = classifyIntent('Hi, my parcel has still not arrived, where is it?');
    const decided = withDecidedIntent(local, 'missing_item');
    expect(triage(input('Hi, my parcel has still not arrived, where is it?'), undefined, decided).intent).toBe('missing_item');
  });
});

describe('every request weighs on the priority', () => {
  it('a damaged item asked second is a problem: not a low pre-sale ticket', () => {
    const verdict = triage(input(ASK_THEN_DAMAGE));
    expect(verdict.intent).toBe('product_question');
    expect(verdict.priority).toBe('normal');
    expect(verdict.notes).toContain('problem');
    expect(verdict.notes).not.toContain('pre_sale');
    expect(verdict.problemRequest).toEqual({ intent: 'damaged_item', request: 2 });
  });
  it('a VIP whose second request is a problem is high', () => {
    expect(triage(input(ASK_THEN_DAMAGE, VIP)).priority).toBe('high');
  });
  it('names no request when the lead itself is the problem', () => {
    expect(triage(input('Hello, the vase I received is cracked down the side.')).problemRequest).toBeNull();
  });
  it('a chargeback threat in the second sentence is urgent', () => {
    const verdict = triage(input('Do you ship to Canada? Also if I do not get my money back I will file a chargeback with my bank.'));
    expect(verdict.priority).toBe('urgent');
  });
  it('tags every request the mail makes', () => {
    expect(triage(input(ASK_THEN_DAMAGE)).tags).toEqual(expect.arrayContaining(['product-question', 'damaged-item']));
  });
  it('a pre-sale question alone stays low', () => {
    expect(triage(input('Hello! Is the green teapot dishwasher safe? Thanks, Jo')).priority).toBe('low');
  });
});
