import { describe, expect, it } from 'vitest';
import { ThreadSchema } from '@/lib/schemas/ticket';
import { generic } from './generic';
import { chooseSelection, threadFromSelection, withSelection } from './generic-selection';
import { fixturePage } from './testing/fixture-page';

const URL_ = 'https://crm.example/cases/77';

describe('threadFromSelection', () => {
  it('makes the selected text one customer message, keeping its line breaks', () => {
    const thread = threadFromSelection('  Hi,\r\nmy order #4521 is late.\r\n\r\n\r\n\r\nThanks, Jo  ', URL_);
    expect(ThreadSchema.parse(thread)).toEqual(thread);
    expect(thread).toEqual({
      site: 'generic',
      url: URL_,
      subject: '',
      customer: {},
      messages: [{ author: {}, role: 'customer', text: 'Hi,\nmy order #4521 is late.\n\nThanks, Jo' }],
      confidence: 0.5,
    });
  });

  it('reads the sender and subject from copied mail headers', () => {
    const thread = threadFromSelection(
      'From: "Jo Marsh" <Jo.Marsh@example.com>\nSent: Monday\nSubject: Late parcel\n\nWhere is it?',
      URL_,
    )!;
    expect(thread.customer).toEqual({ name: 'Jo Marsh', email: 'jo.marsh@example.com' });
    expect(thread.messages[0]!.author).toEqual(thread.customer);
    expect(thread.subject).toBe('Late parcel');
    expect(threadFromSelection('Von: jo@example.de\nBetreff: Paket\nHallo', URL_)!.customer).toEqual({ email: 'jo@example.de' });
  });

  it('gives no thread for an empty selection and bounds a huge one', () => {
    expect(threadFromSelection(' \n\t ', URL_)).toBeNull();
    expect(threadFromSelection('a'.repeat(500_000), URL_)!.messages[0]!.text).toHaveLength(100_000);
  });
});

describe('withSelection', () => {
  it('reads the chosen selection until it is cleared or the page moves on', () => {
    const page = fixturePage('generic', '2026-11-24-helpdesk-ticket.html', URL_);
    let href = URL_;
    const reader = withSelection(generic, () => href);
    const url = new URL(URL_);
    expect(reader.adapter.readThread(page.document, url)!.messages).toHaveLength(3);
    reader.useSelection('Please cancel order #4521.');
    expect(reader.hasSelection()).toBe(true);
    expect(reader.adapter.readThread(page.document, url)!.messages.map((m) => m.text)).toEqual(['Please cancel order #4521.']);
    href = 'https://crm.example/cases/78';
    expect(reader.hasSelection()).toBe(false);
    expect(reader.adapter.readThread(page.document, url)!.messages).toHaveLength(3);
    href = URL_;
    reader.useSelection(null);
    expect(reader.adapter.readThread(page.document, url)!.messages).toHaveLength(3);
  });

  it('lets a selection stand in on a page its adapter would not read', () => {
    const never = { ...generic, isTicketPage: () => false };
    const reader = withSelection(never, () => URL_);
    expect(reader.adapter.isTicketPage(new URL(URL_))).toBe(false);
    reader.useSelection('Refund please');
    expect(reader.adapter.isTicketPage(new URL(URL_))).toBe(true);
  });
});

describe('chooseSelection', () => {
  it('prefers the live selection, with its line breaks, when it is what the menu saw', () => {
    expect(chooseSelection('selection', 'Hi,\nwhere is it?', 'Hi, where is it?')).toBe('Hi,\nwhere is it?');
    expect(chooseSelection('selection', 'something else', 'Hi, where is it?')).toBe('Hi, where is it?');
    expect(chooseSelection('selection', '', undefined)).toBeNull();
  });

  it('reads a real live selection on the shortcut, and the page otherwise', () => {
    expect(chooseSelection('selection-or-page', 'Where is my order #4521, please?', undefined)).toBe('Where is my order #4521, please?');
    expect(chooseSelection('selection-or-page', 'order', undefined)).toBeNull();
    expect(chooseSelection('page', 'Where is my order #4521, please?', 'x')).toBeNull();
  });
});
