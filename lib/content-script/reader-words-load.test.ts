import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { READER_WORDS } from '@/lib/sites/reader-words-data';
import { readerWords, giveReaderWords } from '@/lib/sites/reader-words';
import { loadReaderWords } from './reader-words-load';

afterEach(() => {
  vi.restoreAllMocks();
  giveReaderWords(READER_WORDS);
});

describe('a content script asks the background for the reader words at start', () => {
  it('refuses an answer that is not word lists, and asks again next time', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValueOnce({ greetings: 'not a list' });
    expect(await loadReaderWords()).toBe(false);
    expect(readerWords()).toBe(READER_WORDS);
    send.mockRejectedValueOnce(new Error('Could not establish connection'));
    expect(await loadReaderWords()).toBe(false);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('reads with the lists the background sent, asked once', async () => {
    const sent = structuredClone({ ...READER_WORDS, greetings: ['ahoj'] });
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(sent);
    expect(await loadReaderWords()).toBe(true);
    expect(await loadReaderWords()).toBe(true);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith({ type: 'readerWords' });
    expect(readerWords().greetings).toEqual(['ahoj']);
    expect(readerWords().events).toEqual(READER_WORDS.events);
  });
});
