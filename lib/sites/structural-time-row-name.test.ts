import { describe, expect, it } from 'vitest';
import { leadingText } from './generic-blocks';
import { readStructurally } from './structural';
import { timeRowName } from './structural-time-row-name';
import { htmlPage } from './testing/fixture-page';

const page = (body: string) => htmlPage(`<!doctype html><html><body>${body}</body></html>`, 'https://inbox.example/m/7');
const nameOf = (html: string) => {
  const block = page(html).document.body.firstElementChild!;
  return timeRowName(block, leadingText(block));
};

describe('timeRowName: a sender named beside a bare time of day', () => {
  it('reads the name of a first row that holds it beside the time, either way round', () => {
    expect(nameOf('<section><div><b>Tomasz Wrona</b><i>7:05 PM</i></div><div>Is the rug still available in grey?</div></section>')).toBe(
      'Tomasz Wrona',
    );
    expect(nameOf('<section><div><i>19.05</i> <b>tomek_w</b></div><div>Is the rug still available in grey?</div></section>')).toBe(
      'tomek_w',
    );
  });

  it('reads a name alone on the first row when the time has a row of its own', () => {
    expect(nameOf('<section><div>Ines Caldera</div><div>Is the rug still available in grey?</div><div>21:40</div></section>')).toBe(
      'Ines Caldera',
    );
  });

  it('takes no greeting, sentence or paragraph for a name, and nothing without the time', () => {
    expect(nameOf('<section><div>Hello</div><div>Is the rug still available in grey?</div><div>21:40</div></section>')).toBeUndefined();
    expect(nameOf('<section><p>Ines Caldera</p><p>Is the rug still available in grey?</p><div>21:40</div></section>')).toBeUndefined();
    expect(nameOf('<section><div><b>Tomasz Wrona</b><i>grey, 2 m</i></div><div>Is it in stock?</div></section>')).toBeUndefined();
    expect(nameOf('<section><div>Ines Caldera</div><div>Is the rug still available in grey?</div></section>')).toBeUndefined();
  });

  it('gives a hashed chat its authors, and so its roles by the signed-in account', () => {
    const row = (name: string, time: string, text: string) =>
      `<li class="a8f"><div class="c2"><span class="d0">${name}</span><span class="e5">${time}</span></div><div class="f1">${text}</div></li>`;
    const { document, url } = page(
      `<header><span aria-label="Signed in as Ania Nowak">RK</span></header><main><ul class="z3">${[
        row('Tomasz Wrona', '7:05 PM', 'Is the wool rug still available in grey? I would need it before Christmas.'),
        row('Ania Nowak', '9:12 AM', 'Yes, it is! We can ship it tomorrow morning with a tracked courier.'),
        row('Tomasz Wrona', '9:40 AM', 'Great, I have just ordered it. Could you add a gift note saying “For Ania”?'),
      ].join('')}</ul></main>`,
    );
    const read = readStructurally(document, url, { site: 'generic' })!;
    expect(read.messages.map((message) => message.author.name)).toEqual(['Tomasz Wrona', 'Ania Nowak', 'Tomasz Wrona']);
    expect(read.messages.map((message) => message.role)).toEqual(['customer', 'agent', 'customer']);
    expect(read.customer.name).toBe('Tomasz Wrona');
  });

  it('looks past an avatar picture before the first row (Polish, hashed classes)', () => {
    expect(
      nameOf(
        '<li><img alt="" src="data:,"><div><div><b>Zofia Lis</b> <i>18:42</i></div><div><p>Czy dywan jest jeszcze dostępny?</p></div></div></li>',
      ),
    ).toBe('Zofia Lis');
    expect(nameOf('<li><img alt="" src="data:,"><div><p>Czy dywan jest jeszcze dostępny?</p></div></li>')).toBeUndefined();
  });
});
