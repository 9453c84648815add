import { describe, expect, it } from 'vitest';
import { firstCharGate, firstCharPatterns, firstCharsOf } from '@/lib/ticket/first-char-gate';

describe('firstCharsOf', () => {
  it('reads a literal first letter or a simple class', () => {
    expect(firstCharsOf('Posted by hand')).toEqual(['P']);
    expect(firstCharsOf('[Pp]osted')).toEqual(['P', 'p']);
    expect(firstCharsOf('Ωφ (?:one|two)')).toEqual(['Ω']);
  });

  it('reads past a lookbehind that opens the fragment: it reads no character', () => {
    expect(firstCharsOf('(?<=[(<])posted by')).toEqual(['p']);
    expect(firstCharsOf('(?<!x)[Pp]osted')).toEqual(['P', 'p']);
    expect(firstCharsOf('(?<=[(<])(?:a|b)')).toBeUndefined();
  });

  it('cannot tell an escape, a group, an optional first letter or a bar outside groups', () => {
    expect(firstCharsOf(String.raw`\S{1,9} posted`)).toBeUndefined();
    expect(firstCharsOf('(?:posted)')).toBeUndefined();
    expect(firstCharsOf('(?<=(a))posted')).toBeUndefined();
    expect(firstCharsOf('P?osted')).toBeUndefined();
    expect(firstCharsOf('[Pp]?osted')).toBeUndefined();
    expect(firstCharsOf('Posted|by')).toBeUndefined();
    expect(firstCharsOf('')).toBeUndefined();
  });
});

/** Lines around what the gate skips and folds: white space inside and outside ASCII, marks, cases. */
const LINES = [
  '',
  '   ',
  'Posted by hand',
  '  posted by hand',
  '\t(<Posted by hand',
  '(((Posted by hand',
  '  (posted by hand',
  '\u00a0Posted by hand',
  '\u3000Posted by hand',
  '*Relayed: yes',
  'relayed: yes',
  'Ωφ one',
  'ωφ one',
  '\u017fent by hand',
  '\u212aept aside',
  'kept aside',
  'Tel: 0123 456',
  'http://shop.example',
  '> Posted by hand',
];

describe('firstCharGate', () => {
  const cases = [
    { fragments: ['Posted by', 'Relayed', 'Ωφ', 'kept'], skip: '(<*', flags: 'u' },
    { fragments: ['posted by', 'relayed', 'ωφ', 'Sent', 'kept'], skip: '', flags: 'iu' },
    { fragments: [String.raw`\S{1,9} by hand`, 'kept'], skip: '', flags: 'iu' },
    { fragments: ['(?<=[(<])posted by', 'kept'], skip: '(<', flags: 'u' },
  ];
  for (const { fragments, skip, flags } of cases) {
    const ignoreCase = flags.includes('i');
    const marks = skip === '' ? '' : `[${skip.replace(/[*]/g, '\\*')}]{0,2}`;
    const pattern = new RegExp(String.raw`^\s*${marks}(?:${fragments.join('|')})`, flags);
    const gate = firstCharGate(fragments, skip, ignoreCase);
    it(`never turns away a line that ${pattern} matches`, () => {
      for (const line of LINES) if (pattern.test(line)) expect(gate(line), JSON.stringify(line)).toBe(true);
    });
  }

  it('gates a fragment behind its lookbehind by the letter after it', () => {
    const gate = firstCharGate(['(?<=[(<])posted by'], '(<', false);
    expect(gate('  (posted by hand')).toBe(true);
    expect(gate('(Tel: 0123 456')).toBe(false);
  });

  it('turns away a line whose first letter starts no fragment', () => {
    const gate = firstCharGate(['Posted by', 'Relayed'], '(<', false);
    expect(gate('Tel: 0123 456')).toBe(false);
    expect(gate('  (<Posted by hand')).toBe(true);
    expect(gate('posted by hand')).toBe(false);
    expect(firstCharGate(['Posted by'], '', true)('  posted by hand')).toBe(true);
  });

  it('lets every line through when a fragment starts in a way it cannot tell', () => {
    const gate = firstCharGate([String.raw`\S{1,9} by hand`, 'kept'], '', true);
    expect(LINES.every(gate)).toBe(true);
  });
});

describe('firstCharPatterns', () => {
  const make = (fragments: readonly string[]) => new RegExp(String.raw`^\s*[(<*]{0,2}(?:${fragments.join('|')})`, 'u');
  const cases = [
    ['Posted by', 'Relayed', 'Ωφ', 'kept', '[Pp]inned', 'Pasted'],
    ['(?<=[(<])posted by', 'kept'],
    [String.raw`\S{1,9} by hand`, 'kept'],
  ];
  for (const fragments of cases) {
    it(`answers as the whole alternation of ${fragments.join(', ')} on every line`, () => {
      const patternFor = firstCharPatterns(fragments, '(<*', make);
      const whole = make(fragments);
      for (const line of [...LINES, 'pinned', '  (<Pasted here', '\u3000(Posted by hand', 'Ωφ'])
        expect(patternFor(line)?.test(line) ?? false, JSON.stringify(line)).toBe(whole.test(line));
    });
  }

  it('tries a line only against the fragments its first letter may start', () => {
    const patternFor = firstCharPatterns(['Posted by', 'Pasted', 'Relayed'], '(<', make);
    expect(patternFor('  (Pasted here')?.source).not.toContain('Relayed');
    expect(patternFor('Tel: 0123 456')).toBeUndefined();
    expect(patternFor('')).toBeUndefined();
  });
});
