/**
 * What every test for quoted history asks of a line first: is it blank, and is it short enough to be a
 * marker (an attribution, a header field). Asked of every line several times, so answered cheaply.
 */
import { MAX_MARKER_LINE } from '@/lib/ticket/reply-patterns';

const NON_SPACE = /\S/;
/** Most lines start with a visible character: answered without a regex (the scan asks about every line several times). */
export const isBlank = (line: string) => {
  if (line.length === 0) return true;
  const first = line.charCodeAt(0);
  if (first > 32 && first !== 160 && first < 0x2000) return false;
  return !NON_SPACE.test(line);
};
export const isMarkerCandidate = (line: string) => line.length <= MAX_MARKER_LINE;
