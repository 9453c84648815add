import { afterEach, describe, expect, it } from 'vitest';
import type { ReaderWords } from '@/lib/schemas/reader-words';
import { READER_WORDS } from './reader-words-data';
import { fromWords, giveReaderWords, phraseAlternation, readerWords } from './reader-words';

afterEach(() => giveReaderWords(READER_WORDS));

describe('reader words', () => {
  it('are given to every context that imports the data module (tests, command line, background)', () => {
    expect(readerWords()).toBe(READER_WORDS);
    expect(readerWords().greetings).toContain('bonjour');
  });

  it('builds a value from the words once, and again when other words are given', () => {
    let builds = 0;
    const greeting = fromWords((words) => {
      builds++;
      return new RegExp(`^(?:${words.greetings.join('|')})\\b`, 'i');
    });
    expect(greeting().test('Hello there')).toBe(true);
    expect(greeting().test('Hello again')).toBe(true);
    expect(builds).toBe(1);
    giveReaderWords({ ...READER_WORDS, greetings: ['salut'] } satisfies ReaderWords);
    expect(greeting().test('Hello there')).toBe(false);
    expect(greeting().test('Salut Léa')).toBe(true);
    expect(builds).toBe(2);
  });
});

describe('phraseAlternation', () => {
  it('matches each phrase, a space in it optional, and nothing else', () => {
    const label = new RegExp(`^(?:${phraseAlternation(['받는 사람', 'to'])})$`, 'u');
    expect(['받는 사람', '받는사람', 'to'].every((text) => label.test(text))).toBe(true);
    expect(label.test('받는  사람')).toBe(false);
    expect(label.test('tow')).toBe(false);
  });
});
