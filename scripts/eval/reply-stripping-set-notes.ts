/**
 * What each of our own reply-stripping sets is, as the eval's rows say it: who wrote it, when,
 * its first run and whether it is tuned on. The descriptions are data (reply-stripping-set-notes.json
 * beside this file), one per set of lib/ticket/testing/reply-sets; a set without one stops the eval.
 */
import { z } from 'zod';
import { REPLY_SET_NAMES, type ReplySetName } from '@/lib/ticket/testing/reply-sets';
import notes from './reply-stripping-set-notes.json';

const setNotesSchema = z.object(
  Object.fromEntries(REPLY_SET_NAMES.map((name) => [name, z.string().min(1)])) as Record<ReplySetName, z.ZodString>,
);

export const SET_NOTES: Record<ReplySetName, string> = setNotesSchema.parse(notes);
