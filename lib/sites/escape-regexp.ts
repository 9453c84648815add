/**
 * Text made literal inside a regular expression. zod's own helper (the same one-line replace),
 * which every content script already carries for its schemas: one copy instead of one per reader
 * module that builds a pattern from words or from a match pattern.
 */
import { util } from 'zod/v4/core';

export const escapeRegExp: (text: string) => string = util.escapeRegex;
