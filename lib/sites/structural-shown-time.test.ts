import { describe, expect, it } from 'vitest';
import { readStructurally } from './structural';
import { shownTime } from './structural-shown-time';
import { htmlPage } from './testing/fixture-page';

const block = (html: string, lang = 'en') =>
  htmlPage(
    `<!doctype html><html lang="${lang}"><body><div id="b">${html}</div></body></html>`,
    'https://desk.example/',
  ).document.getElementById('b')!;
const local = (...parts: [number, number, number, number, number]) => new Date(...parts).toISOString();

describe('shownTime: a date line written as plain text', () => {
  it("reads a row's element whose whole text is a date with its year and time of day, whatever it is called", () => {
    const found = shownTime(
      block('<div class="hd"><span class="k1">Olga</span><span class="k2">14.10.2026 07:55</span></div><p>Hallo …</p>', 'de'),
    );
    expect(found?.time).toBe(local(2026, 9, 14, 7, 55));
    expect(found?.stamp.textContent).toBe('14.10.2026 07:55');
    expect(shownTime(block('<p>Bonjour</p><small>3 oct. 2026, 8 h 15</small>', 'fr-CA'))?.time).toBe(local(2026, 9, 3, 8, 15));
  });

  it("looks inside a block's lone wrapper, as in a bare block", () => {
    const boxed = block('<div class="box-pad"><div class="hd"><span>Olga</span> <span>14 Oct 2026 07:55</span></div><p>Hallo …</p></div>');
    expect(shownTime(boxed)?.time).toBe(local(2026, 9, 14, 7, 55));
    // Deeper in the text, a date is no date line.
    expect(shownTime(block('<div><p>Hallo</p><div><p>Sent <span>14 Oct 2026 07:55</span></p></div></div>'))).toBeUndefined();
  });

  it('takes a relative day only from an element the page names for time', () => {
    expect(shownTime(block('<p>Ciao</p><span class="row-time">Yesterday, 18:30</span>'))).toBeDefined();
    expect(shownTime(block('<p>Ciao</p><span class="row-x">Yesterday, 18:30</span>'))).toBeUndefined();
  });

  it('takes no day separator, sentence or date deep in the text for a date line', () => {
    expect(shownTime(block('<span>14 October 2026</span><p>Hi</p>'))).toBeUndefined();
    expect(shownTime(block('<p>I ordered on 14.10.2026 at 07:55 and nothing came, can you check please?</p>'))).toBeUndefined();
    expect(shownTime(block('<div><div><p><span>14.10.2026 07:55</span></p></div></div>'))).toBeUndefined();
    // A time element or a tooltip is its own readers' to judge.
    expect(shownTime(block('<p>Hi</p><time>14.10.2026 07:55</time><span title="x">14.10.2026 07:55</span>'))).toBeUndefined();
  });
});

describe('readStructurally on a chat whose rows show who and when as plain text', () => {
  it('finds the messages, their senders and times, and leaves the date line under a bubble out of its text', () => {
    const row = (side: string, who: string, text: string, when: string) =>
      `<div class="line line--${side}"><div class="line__by">${who}</div><div class="line__words">${text}</div><div class="line__time">${when}</div></div>`;
    const { document, url } = htmlPage(
      `<!doctype html><html lang="en"><body><main><div class="pane">${row('in', 'kettle_fan_77', 'Hello, does the kettle come with the limescale filter? I cannot see it in the photos.', '2 Oct 2026, 10:04')}${row('out', 'You', 'Yes, the filter is included and fitted in the spout. I can post it tomorrow.', '2 Oct 2026, 12:40')}${row('in', 'kettle_fan_77', 'It arrived but the lid hinge is cracked. Could you send a new lid?', '5 Oct 2026, 09:15')}</div></main></body></html>`,
      'https://market.example/messages/9',
    );
    const thread = readStructurally(document, url, { site: 'generic' });
    expect(thread!.messages.map((message) => message.role)).toEqual(['customer', 'agent', 'customer']);
    expect(thread!.customer.name).toBe('kettle_fan_77');
    expect(thread!.messages.at(-1)).toMatchObject({
      sentAt: local(2026, 9, 5, 9, 15),
      text: 'It arrived but the lid hinge is cracked. Could you send a new lid?',
    });
  });
});

describe('shownTime through bare wrappers', () => {
  it('reads the date line of a header row a build wrapped in a bare div, not a date in a wrapped paragraph', () => {
    const wrapped = block(
      '<div class="card"><div><div class="top"><b>Jana</b> <i>4. 11. 2026 16:20</i></div></div><div class="txt">Dobrý den …</div></div>',
      'cs',
    );
    expect(shownTime(wrapped)?.time).toBe(local(2026, 10, 4, 16, 20));
    expect(
      shownTime(block('<div class="card"><div><p><i>4. 11. 2026 16:20</i></p></div><div class="txt">Dobrý den</div></div>', 'cs')),
    ).toBeUndefined();
  });
});
