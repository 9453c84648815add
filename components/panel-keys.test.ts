import { describe, expect, it } from 'vitest';
import { actionFor, PANEL_KEYS } from '@/components/panel-keys';
import { translator } from '@/lib/i18n/translator';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});
const browsing = { typing: false, onCard: false };
const onCard = { typing: false, onCard: true };
const typing = { typing: true, onCard: false };

describe('panel keys', () => {
  it('maps arrows and j/k to moving between replies', () => {
    expect([actionFor(key('ArrowDown'), browsing), actionFor(key('j'), browsing)]).toEqual(['next', 'next']);
    expect([actionFor(key('ArrowUp'), browsing), actionFor(key('k'), browsing)]).toEqual(['previous', 'previous']);
  });

  it('inserts with Enter only on a selected card: Enter on a button presses that button', () => {
    expect(actionFor(key('Enter'), onCard)).toBe('insert');
    expect(actionFor(key('Enter'), browsing)).toBeNull();
  });

  it('maps the library, search, order and help keys', () => {
    expect(['c', 'e', 'l', 't', '/', '[', ']', '?'].map((k) => actionFor(key(k), browsing))).toEqual([
      'copy',
      'edit',
      'library',
      'library',
      'search',
      'previous-order',
      'next-order',
      'help',
    ]);
  });

  it('leaves typing alone: only Escape acts in a text field', () => {
    for (const k of ['j', 'k', 'c', 'e', '/', '?', 'Enter', 'ArrowDown']) expect(actionFor(key(k), typing)).toBeNull();
    expect(actionFor(key('Escape'), typing)).toBe('close');
  });

  it('ignores keys with modifiers (browser and page shortcuts)', () => {
    expect(actionFor(key('c', { ctrlKey: true }), browsing)).toBeNull();
    expect(actionFor(key('l', { metaKey: true }), browsing)).toBeNull();
    expect(actionFor(key('j', { altKey: true }), browsing)).toBeNull();
  });

  it('lists every action once in the help table, each with a label', () => {
    const actions = PANEL_KEYS.map((k) => k.action);
    expect(new Set(actions).size).toBe(actions.length);
    for (const entry of PANEL_KEYS) expect(translator('en').t(`keys.${entry.action}`).length).toBeGreaterThan(5);
  });
});
