import { describe, expect, it } from 'vitest';
import { readStructurally } from './structural';
import { htmlPage } from './testing/fixture-page';
import { withoutOwnEnds, withoutOwnHeader } from './generic-own-header';

/** A chat built with utility classes only: the bubble's "text-base" class looks like a body mark, yet holds the header. */
const bubble = (label: string, who: string, ago: string, date: string, text: string, side = '') =>
  `<div role="article" class="flex ${side}" aria-label="${label}"><div class="px-4 text-base leading-6"><div class="font-bold">${who}</div><div class="opacity-70" title="${date}">${ago}</div><div class="pt-1">${text}</div></div></div>`;

describe("a body element that holds its block's sender and time lines (ARIA-only, utility classes)", () => {
  it('reads the words under the sender and the shown time, not the header', () => {
    const page = htmlPage(
      `<html lang="en"><head><title>Chat · Desk</title></head><body>
      <nav aria-label="Main"><button aria-label="Your profile: Tomas Berg">TB</button></nav>
      <main><h1>Ladder arrived bent</h1><div role="feed">
        ${bubble('Message from Ruta Kalnina', 'Ruta Kalnina', '3d', 'Mon, Nov 2, 2026, 9:10 AM', 'Hello,<br>the ladder arrived with a bent step. What now?')}
        ${bubble('Reply from Tomas Berg', 'Tomas Berg', '3d', 'Mon, Nov 2, 2026, 11:30 AM', 'Sorry! A new step is on its way.', 'flex-row-reverse')}
        ${bubble('Message from Ruta Kalnina', 'Ruta Kalnina', '5h', 'Wed, Nov 4, 2026, 8:00 PM', 'Ruta here again:<br>the new step fits, thank you.')}
      </div></main></body></html>`,
      'https://desk.example/chat/12',
    );
    const thread = readStructurally(page.document, page.url, { site: 'generic' })!;
    expect(thread.messages.map(({ role, text }) => `${role}:${text}`)).toEqual([
      'customer:Hello,\nthe ladder arrived with a bent step. What now?',
      'agent:Sorry! A new step is on its way.',
      'customer:Ruta here again:\nthe new step fits, thank you.',
    ]);
  });

  it("keeps a body's first lines that only look short or mention the sender", () => {
    const dateLine = (line: string) => line === '12 May 2026';
    expect(withoutOwnHeader('Hi!\nThe lamp flickers.', ['Ana Ruiz'], dateLine)).toBe('Hi!\nThe lamp flickers.');
    expect(withoutOwnHeader('Ana Ruiz here.\nThe lamp flickers.', ['Ana Ruiz'], dateLine)).toBe('Ana Ruiz here.\nThe lamp flickers.');
    expect(withoutOwnHeader('12 May 2026\nThe lamp flickers.', ['Ana Ruiz'], dateLine)).toBe('12 May 2026\nThe lamp flickers.');
    expect(withoutOwnHeader('Ana Ruiz\n12 May 2026\n2h\nThe lamp flickers.', ['Ana Ruiz'], dateLine)).toBe('The lamp flickers.');
  });

  it("cuts a one-line row's own sender and time off its ends, only both together", () => {
    expect(withoutOwnEnds('Ana Ruiz The lamp flickers again… 3 Jun', ['Ana Ruiz'], ['3 Jun'])).toBe('The lamp flickers again…');
    expect(withoutOwnEnds('Ana Ruiz will pick it up on Monday', ['Ana Ruiz'], ['3 Jun'])).toBe('Ana Ruiz will pick it up on Monday');
    expect(withoutOwnEnds('Ana Ruiz wrote\nit flickers 3 Jun', ['Ana Ruiz'], ['3 Jun'])).toBe('Ana Ruiz wrote\nit flickers 3 Jun');
  });
});
