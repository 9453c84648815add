/**
 * The stripper's regression floors: per public suite and per own set, the number of cases that
 * passed when it was last measured, with each set's history (first run, when it was tuned on, what
 * was fixed) as data in reply-set-floors.json beside this file. A case lost is a regression to look
 * at, not a floor to lower. Node only: used by tests, never bundled.
 */
import { z } from 'zod';
import floorList from './reply-set-floors.json';

const FloorsSchema = z.object({
  publicSuites: z.object({ about: z.string(), floors: z.record(z.string(), z.number().int().nonnegative()) }),
  ownSets: z.array(
    z.object({
      set: z.string().regex(/^[a-z0-9-]+$/),
      floor: z.number().int().nonnegative(),
      /** First run, tuning and fixes, in the words of the session that measured them. */
      history: z.string().optional(),
    }),
  ),
});

export const REPLY_SET_FLOORS = FloorsSchema.parse(floorList);
