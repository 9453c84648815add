import { describe, expect, it } from 'vitest';
import { htmlPage } from './testing/fixture-page';
import { waitFor } from './wait-for';

describe('waitFor', () => {
  it('resolves once the element appears, and with null after the timeout', async () => {
    const { document, window } = htmlPage('<!doctype html><body><main></main></body>', 'https://example.test/');
    window.setTimeout(() => document.querySelector('main')!.insertAdjacentHTML('beforeend', '<p id="late">x</p>'), 30);
    const found = await waitFor(document, () => document.getElementById('late'), 1000);
    expect(found?.id).toBe('late');
    await expect(waitFor(document, () => document.getElementById('never'), 50)).resolves.toBeNull();
  });
});
