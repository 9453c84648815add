/**
 * The typing speed the team sets for "time saved" (words per minute, a word being 5 characters,
 * the usual typing-test convention). An estimate, and the page says so.
 */
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';

export const CHARS_PER_WORD = 5;
export const DEFAULT_WORDS_PER_MINUTE = 40;
export const WordsPerMinuteSchema = z.number().int().min(5).max(200);

const item = storage.defineItem<unknown>('local:reportsWordsPerMinute');

export const typingSpeedSetting = {
  async get(): Promise<number> {
    const parsed = WordsPerMinuteSchema.safeParse(await item.getValue());
    return parsed.success ? parsed.data : DEFAULT_WORDS_PER_MINUTE;
  },
  async set(wordsPerMinute: number): Promise<void> {
    await item.setValue(WordsPerMinuteSchema.parse(wordsPerMinute));
  },
};
