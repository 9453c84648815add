import { describe, expect, it } from 'vitest';
import { withPaneTitle } from './structural-pane-title';
import { htmlPage } from './testing/fixture-page';

const list = (body: string) => htmlPage(`<!doctype html><body>${body}</body>`, 'https://shop.example/').document.getElementById('list');
const fromTitle = { text: 'Messages – Shop Manager', score: 0.4 };

describe('withPaneTitle', () => {
  it("names a chat by its pane's header when only the page title would", () => {
    const pane = list(
      '<main><div class="head"><img alt=""><div><p>Mia Hoffmann</p><p>@mia · Berlin</p></div></div><div id="list"></div></main>',
    );
    expect(withPaneTitle(fromTitle, pane)).toEqual({ text: 'Mia Hoffmann', score: 0.6 });
  });

  it('keeps a heading or field, and takes no button label or long header for a title', () => {
    const pane = list('<main><div class="head"><p>Mia Hoffmann</p></div><div id="list"></div></main>');
    expect(withPaneTitle({ text: 'Refund for order 5521', score: 0.8 }, pane).text).toBe('Refund for order 5521');
    expect(withPaneTitle(fromTitle, list('<main><div><button>Archive</button></div><div id="list"></div></main>'))).toEqual(fromTitle);
    expect(withPaneTitle(fromTitle, list(`<main><div><p>${'long text '.repeat(30)}</p></div><div id="list"></div></main>`))).toEqual(
      fromTitle,
    );
    expect(withPaneTitle(fromTitle, list('<main><div id="list"></div></main>'))).toEqual(fromTitle);
  });

  it("names a chat by the listing's title beside the member's name, when that name signs its messages", () => {
    const pane = list(
      '<main><div class="h0"><span>nils.antik</span><span>(31)</span><div><a href="/itm/88120">Brass ship lantern, 1930s, rewired</a></div></div>' +
        '<div id="list"><div>Is the glass original?</div></div></main>',
    );
    expect(withPaneTitle(fromTitle, pane, ['nils.antik', 'Me'])).toEqual({ text: 'Brass ship lantern, 1930s, rewired', score: 0.6 });
    expect(withPaneTitle(fromTitle, pane, ['Someone else'])).toEqual({ text: 'nils.antik', score: 0.6 });
  });
});
