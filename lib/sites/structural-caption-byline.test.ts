import { afterEach, describe, expect, it } from 'vitest';
import { captionByline } from './structural-caption-byline';
import { fallbackSender, fallbackTime } from './structural-sender-fallbacks';
import { type FixturePage, htmlPage } from './testing/fixture-page';

let page: FixturePage | undefined;
afterEach(async () => {
  await page?.window.happyDOM.close();
  page = undefined;
});

const bubble = (html: string) => {
  page = htmlPage(`<!doctype html><body><section><div id="b">${html}</div></section></body>`, 'https://chat.example/t/1');
  return page.document.getElementById('b')!;
};

describe("a bubble's caption of name and date", () => {
  it('signs the bubble, the name before or after the date', () => {
    const shop = bubble('<p>Your parcel left today.</p><small>Kettle Works | 14 Mar 2026</small>');
    expect(captionByline(shop)).toEqual({ name: 'Kettle Works', time: expect.stringMatching(/^2026-03-14/) });
    expect(fallbackSender(shop, 'Your parcel left today.')).toEqual({ name: 'Kettle Works' });
    expect(fallbackTime(shop, 'Your parcel left today.')).toMatch(/^2026-03-14/);
    expect(captionByline(bubble('<p>Thanks!</p><small>14 Mar 2026 • Oskar Lind</small>'))?.name).toBe('Oskar Lind');
  });

  it('is no sentence with a dot in it, no date alone, no date without its year', () => {
    expect(captionByline(bubble('<p>Price · 14 Mar 2026 was the old one, sorry</p>'))).toBeUndefined();
    expect(captionByline(bubble('<p>Hello</p><small>14 Mar 2026</small>'))).toBeUndefined();
    expect(captionByline(bubble('<p>Hello</p><small>Oskar Lind · 14 Mar</small>'))).toBeUndefined();
  });
});
