import { describe, expect, it } from 'vitest';
import { readStructurally } from './structural';
import { brandAddresses } from './structural-brand-domain';
import { htmlPage } from './testing/fixture-page';

const read = (title: string, body: string) => {
  const page = htmlPage(
    `<!doctype html><html lang="sv"><head><title>${title}</title></head><body><main><h1>Trasig lampskärm</h1><div class="feed">${body}</div></main></body></html>`,
    'https://desk.example/cases/912',
  );
  return readStructurally(page.document, page.url, { site: 'generic' });
};
const entry = (who: string, email: string, time: string, text: string) =>
  `<div class="entry"><div class="top"><b>${who}</b> <span>${email}</span> <time datetime="${time}">${time.slice(11, 16)}</time></div><div class="text">${text}</div></div>`;
const body =
  entry(
    'Erik Lund',
    'erik.lund@ljus-verkstan.example',
    '2026-12-01T08:00:00Z',
    'Hej! En kund ringde butiken, hennes lampskärm kom trasig. Kan ni ta det?',
  ) +
  entry('Sara Berg', 'kundtjanst@ljusverkstan.example', '2026-12-01T09:30:00Z', 'Hej Maja, vi skickar en ny lampskärm i morgon.') +
  entry('Maja Holm', 'maja.holm@example.se', '2026-12-02T07:45:00Z', 'Tack så mycket, det låter bra!');

describe('a colleague at the mail domain the window title names the shop by', () => {
  it('is ours, so the customer is the one he wrote for', () => {
    const thread = read('Trasig lampskärm · Ljus Verkstan · Deskly', body);
    expect(thread?.messages.map((m) => m.role)).toEqual(['agent', 'agent', 'customer']);
    expect(thread?.customer).toEqual({ name: 'Maja Holm', email: 'maja.holm@example.se' });
  });

  it('leaves the first writer the customer when the title names no shop at her domain', () => {
    const thread = read('Trasig lampskärm · Ljus Butiken · Deskly', body);
    expect(thread?.messages[0]?.role).toBe('customer');
  });
});

describe('brandAddresses', () => {
  const authors = [{ email: 'ana@gmail.com' }, { email: 'Ops@Nordlys.example' }, { name: 'Kim' }];
  it('takes the parts between the subject and the product only', () => {
    expect(brandAddresses('Lost parcel - Nordlys - Gmail', 'Lost parcel', authors)).toEqual(['ops@nordlys.example']);
    // The product's own name is no shop, and a word of the subject names no one.
    expect(brandAddresses('Lost parcel - Gmail', 'Lost parcel', authors)).toEqual([]);
    expect(brandAddresses('Nordlys - Help', 'Nordlys', authors)).toEqual([]);
  });
});
