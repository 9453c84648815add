/**
 * The sets `npm run eval -- reading` reports apart, by the start of their page files' names, in the order it prints them.
 * Who wrote each set, when, and how the readers did on it before any rule was written for it: reading-sets.md.
 */
export interface ReadingSet {
  name: string;
  has(file: string): boolean;
}

const FRESH = '2026-12-04-fresh-';
const BLIND = '2026-12-04-blind-';
const startsWith = (prefix: string) => (file: string) => file.startsWith(prefix);

export const READING_SETS: ReadingSet[] = [
  { name: 'tuned-on (2026-11-24)', has: startsWith('2026-11-24') },
  {
    name: 'evaluation (2026-12-04)',
    has: (file) => file.startsWith('2026-12-04') && !file.startsWith(FRESH) && !file.startsWith(BLIND),
  },
  { name: 'fresh (2026-12-04, tuned on since first run)', has: startsWith(FRESH) },
  { name: 'blind (2026-12-04)', has: startsWith(BLIND) },
  { name: 'blind 2 (2026-12-05)', has: startsWith('2026-12-05-blind-') },
  { name: 'blind 3 (2026-12-05)', has: startsWith('2026-12-05-blind3-') },
  { name: 'blind 4 (2026-12-05)', has: startsWith('2026-12-05-blind4-') },
  { name: 'blind 5 (2026-12-05)', has: startsWith('2026-12-05-blind5-') },
  { name: 'blind 6 (2026-12-05)', has: startsWith('2026-12-05-blind6-') },
  { name: 'blind 7 (2026-12-05, tuned on from session 10)', has: startsWith('2026-12-05-blind7-') },
  { name: 'blind 8 (2026-12-05, tuned on from session 11)', has: startsWith('2026-12-05-blind8-') },
  { name: 'blind 9 (2026-12-06) — tuned on from session 12 (first run 45 % / 45 %)', has: startsWith('2026-12-06-blind9-') },
  { name: 'blind 10 (2026-12-06) — tuned on from session 13 (first run 36 % / 36 %)', has: startsWith('2026-12-06-blind10-') },
  { name: 'blind 11 (2026-12-06) — tuned on from session 14 (first run 82 % / 82 %)', has: startsWith('2026-12-06-blind11-') },
  { name: 'blind 12 (2026-12-06) — tuned on from session 15 (first run 82 % / 91 %)', has: startsWith('2026-12-06-blind12-') },
  { name: 'blind 13 (2026-12-06) — tuned on from session 16 (first run 82 % / 82 %)', has: startsWith('2026-12-06-blind13-') },
  { name: 'blind 14 (2026-12-06) — tuned on from session 17 (first run 18 % / 27 %)', has: startsWith('2026-12-06-blind14-') },
  { name: 'blind 15 (2026-12-06) — tuned on from session 18 (first run 55 % / 55 %)', has: startsWith('2026-12-06-blind15-') },
  { name: 'blind 16 (2026-12-07) — tuned on from session 19 (first run 45 % / 45 %)', has: startsWith('2026-12-07-blind16-') },
  { name: 'blind 17 (2026-12-07) — tuned on from session 20 (first run 82 % / 82 %)', has: startsWith('2026-12-07-blind17-') },
  { name: 'blind 18 (2026-12-07) — tuned on from session 21 (first run 45 % / 45 %)', has: startsWith('2026-12-07-blind18-') },
  { name: 'blind 19 (2026-12-07) — tuned on from session 22 (first run 45 % / 45 %)', has: startsWith('2026-12-07-blind19-') },
  { name: 'blind 20 (2026-12-07) — tuned on from session 23 (first run 64 % / 55 %)', has: startsWith('2026-12-07-blind20-') },
  { name: 'blind 21 (2026-12-07) — tuned on from session 24 (first run 64 % / 73 %)', has: startsWith('2026-12-07-blind21-') },
  { name: 'blind 22 (2026-12-07) — unseen', has: startsWith('2026-12-07-blind22-') },
];
