import { afterEach, describe, expect, it, vi } from 'vitest';
import { runVitest } from './run-vitest';
import { STUCK_EXIT_CODE } from './stuck-file-reporter';

function vitestAnswering(...statuses: number[]) {
  return vi.fn(async (_args: string[], _env: NodeJS.ProcessEnv) => statuses.shift() ?? 0);
}

describe('runVitest', () => {
  afterEach(() => vi.restoreAllMocks());

  it('runs the suite once more when a file never finished, and passes if it then passes', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const vitest = vitestAnswering(STUCK_EXIT_CODE, 0);
    expect(await runVitest(['lib'], {}, vitest)).toBe(0);
    expect(vitest).toHaveBeenCalledTimes(2);
    expect(vitest.mock.calls[1]?.[0]).toEqual(['lib']);
  });

  it('fails when the second run hangs too', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await runVitest([], {}, vitestAnswering(STUCK_EXIT_CODE, STUCK_EXIT_CODE))).toBe(STUCK_EXIT_CODE);
  });

  it('fails at once on a failing test, without a second run', async () => {
    const vitest = vitestAnswering(1, 0);
    expect(await runVitest([], {}, vitest)).toBe(1);
    expect(vitest).toHaveBeenCalledTimes(1);
  });
});
