import { describe, expect, it } from 'vitest';
import { withDisplayName } from './structural-display-name';
import { htmlPage } from './testing/fixture-page';

const doc = (body: string) => htmlPage(`<!doctype html><body>${body}</body>`, 'https://shop.example/').document;

describe('withDisplayName', () => {
  it('names a customer known by a handle by the name written before "(handle)"', () => {
    expect(withDisplayName(doc('<aside><p>Acheté par Claire Delatour (claire_dlt75)</p></aside>'), { name: 'claire_dlt75' })).toEqual({
      name: 'Claire Delatour',
    });
    expect(
      withDisplayName(doc('<p>Sold to <span>Caleb Wright</span> (caleb_wright_mt)</p>'), { name: 'caleb_wright_mt', email: 'c@x.example' }),
    ).toEqual({
      name: 'Caleb Wright',
      email: 'c@x.example',
    });
  });

  it('keeps a real name, a handle with no name beside it, and ignores hidden text', () => {
    expect(withDisplayName(doc('<p>Sold to Caleb Wright (Mia Hoffmann)</p>'), { name: 'Mia Hoffmann' })).toEqual({ name: 'Mia Hoffmann' });
    expect(withDisplayName(doc('<p>Buyer: (claire_dlt75)</p>'), { name: 'claire_dlt75' })).toEqual({ name: 'claire_dlt75' });
    expect(withDisplayName(doc('<div hidden><p>Sold to Eve Mallory (claire_dlt75)</p></div>'), { name: 'claire_dlt75' })).toEqual({
      name: 'claire_dlt75',
    });
  });
});
