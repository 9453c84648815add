/**
 * The typing speed for "time saved": words per minute, a word being 5 characters (the usual
 * typing-test convention). Default 40 wpm, about 200 characters a minute. An estimate.
 */
import { z } from 'zod';

export const CHARS_PER_WORD = 5;
export const DEFAULT_WORDS_PER_MINUTE = 40;
export const WordsPerMinuteSchema = z.number().int().min(5).max(200);
