/** The team's typing speed for "time saved", kept in extension storage (lib/reports/typing-speed-schema.ts). */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_WORDS_PER_MINUTE, WordsPerMinuteSchema } from '@/lib/reports/typing-speed-schema';

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
