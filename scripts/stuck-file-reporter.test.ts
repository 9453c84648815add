import type { TestCase, TestModule } from 'vitest/node';
import { afterEach, describe, expect, it, vi } from 'vitest';
import StuckFileReporter, { STUCK_EXIT_CODE } from './stuck-file-reporter';

const FILE = '/repo/lib/slow.test.ts';
const module = { moduleId: FILE } as TestModule;
const testCase = { module, fullName: 'slow > loops' } as TestCase;

function started(at: number): StuckFileReporter {
  vi.spyOn(Date, 'now').mockReturnValue(at);
  const reporter = new StuckFileReporter();
  reporter.onTestModuleStart(module);
  reporter.onTestCaseReady(testCase);
  return reporter;
}

describe('the stuck-file reporter', () => {
  afterEach(() => vi.restoreAllMocks());

  it('names a file that has run past the warning time with its last test, and lets it go on', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    started(0).check(5 * 60_000);
    expect(errors.mock.calls[0]?.[0]).toContain(`${FILE} still running after 5.0 min; last test started: slow > loops`);
    expect(exit).not.toHaveBeenCalled();
  });

  it('ends the run with the retry code once a file has run past the limit', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    started(0).check(13 * 60_000);
    expect(exit).toHaveBeenCalledWith(STUCK_EXIT_CODE);
  });

  it('says nothing about a file that has finished', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    const reporter = started(0);
    reporter.onTestModuleEnd(module);
    reporter.check(5 * 60_000);
    expect(errors).not.toHaveBeenCalled();
    expect(exit).not.toHaveBeenCalled();
  });

  it('ends a run in which no file started or finished for the limit', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    const reporter = started(0);
    reporter.onTestModuleEnd(module);
    reporter.check(11 * 60_000);
    expect(exit).not.toHaveBeenCalled();
    reporter.check(13 * 60_000);
    expect(exit).toHaveBeenCalledWith(STUCK_EXIT_CODE);
  });
});
