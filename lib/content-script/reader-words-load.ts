/**
 * A content script's reader word lists (lib/sites/reader-words.ts), asked of the background once
 * at start and parsed with zod like any message: the lists are most of a script's compressed
 * bytes, and the background has them anyway. Nothing is read before they are given.
 */
import { sendToExtension } from '@/lib/messaging';
import { safeParse } from '@/lib/schemas/core-schemas';
import { ReaderWordsSchema } from '@/lib/schemas/reader-words';
import { giveReaderWords } from '@/lib/sites/reader-words';

let loading: Promise<boolean> | undefined;

/** True once the words are given; false when the background gave none (asked again next time). */
export function loadReaderWords(): Promise<boolean> {
  loading ??= sendToExtension({ type: 'readerWords' }).then(
    (answer) => {
      const words = safeParse(ReaderWordsSchema, answer);
      if (words.success) giveReaderWords(words.data);
      else loading = undefined;
      return words.success;
    },
    () => {
      loading = undefined;
      return false;
    },
  );
  return loading;
}
