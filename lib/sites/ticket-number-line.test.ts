import { describe, expect, it } from 'vitest';
import { withPaneTitle } from '@/lib/sites/structural-pane-title';
import { htmlPage } from '@/lib/sites/testing/fixture-page';
import { isTicketNumber } from '@/lib/sites/ticket-number-line';

describe('a ticket number before the title in the header over the messages', () => {
  it('is no title: the line after it names the conversation', () => {
    const list = htmlPage(
      '<!doctype html><body><main><div class="hd"><small>Ticket #5521</small><div class="hd-txt"><span>Missing watch strap</span></div></div><div id="list"></div></main></body>',
      'https://desk.example/',
    ).document.getElementById('list');
    expect(withPaneTitle({ text: 'Desk', score: 0.4 }, list).text).toBe('Missing watch strap');
  });

  it('is only a number with its mark, not a title that holds one', () => {
    expect(['#31044', 'Ticket #4821', 'case 1187', '# 77'].every(isTicketNumber)).toBe(true);
    expect(['Order #4521 never came', 'Ticketing', '#1 fan'].some(isTicketNumber)).toBe(false);
  });
});
