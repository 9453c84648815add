import { describe, expect, it } from 'vitest';
import { htmlPage } from '../testing/fixture-page';
import { readWithinBudget } from './read-within-budget';
import type { SiteProfile } from './types';

const profile = {
  id: 'test.budget',
  site: 'generic',
  seen: '2026-12-07',
  selectors: { thread: 'ol', message: 'li', body: 'p', author: 'b' },
} as SiteProfile;
const nobody = { names: new Set<string>(), emails: new Set<string>(), domains: [] };
const items = Array.from({ length: 6 }, (_, i) => `<li><b>Ana</b><p>Nachricht ${i + 1}</p></li>`).join('');

describe('reading within the budget', () => {
  it('reads every block in page order when time allows', () => {
    const page = htmlPage(`<html><body><ol>${items}</ol></body></html>`, 'https://desk.example/');
    const { read, unread } = readWithinBudget([...page.document.querySelectorAll('li')], profile, nobody, { person: {} }, 10_000);
    expect(read.map((m) => m.text)).toEqual(['Nachricht 1', 'Nachricht 2', 'Nachricht 3', 'Nachricht 4', 'Nachricht 5', 'Nachricht 6']);
    expect(unread).toBe(0);
  });

  it('keeps the newest message and counts the rest when the budget is spent', () => {
    const page = htmlPage(`<html><body><ol>${items}</ol></body></html>`, 'https://desk.example/');
    const { read, unread } = readWithinBudget([...page.document.querySelectorAll('li')], profile, nobody, { person: {} }, -1);
    expect(read.map((m) => m.text)).toEqual(['Nachricht 6']);
    expect(unread).toBe(5);
  });
});
