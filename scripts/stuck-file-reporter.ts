import type { Reporter, TestCase, TestModule } from 'vitest/node';

/**
 * A test file that never finishes (a synchronous loop, a collection that awaits forever) is out of
 * reach of `testTimeout`, and vitest then waits with no output until CI's own limit kills the run
 * (stop 30, 2026-12-06: `test:clock` printed nothing for over an hour). This reporter names the
 * file and its last test that started once a file has run for STUCK_MINUTES, and ends the run
 * after GIVE_UP_MINUTES with that name, so a hang costs minutes and says where it is; scripts/run-vitest.ts
 * then runs the suite once more.
 */
const STUCK_MINUTES = Number(process.env.DESKPILOT_STUCK_FILE_MINUTES ?? 4);
const GIVE_UP_MINUTES = Number(process.env.DESKPILOT_GIVE_UP_FILE_MINUTES ?? 12);
const CHECK_EVERY_MS = 30_000;
/** The exit code scripts/run-vitest.ts reads as "a file never finished" (EX_TEMPFAIL). */
export const STUCK_EXIT_CODE = 75;

interface Running {
  startedAt: number;
  lastTest: string;
  warned: boolean;
}

export default class StuckFileReporter implements Reporter {
  private readonly running = new Map<string, Running>();
  private timer: ReturnType<typeof setInterval> | undefined;
  private lastEventAt = Date.now();

  onTestRunStart(): void {
    this.lastEventAt = Date.now();
    this.timer = setInterval(() => this.check(), CHECK_EVERY_MS);
    this.timer.unref();
  }

  onTestModuleStart(module: TestModule): void {
    this.lastEventAt = Date.now();
    this.running.set(module.moduleId, { startedAt: Date.now(), lastTest: '(collecting)', warned: false });
  }

  onTestCaseReady(test: TestCase): void {
    const entry = this.running.get(test.module.moduleId);
    if (entry) entry.lastTest = test.fullName;
  }

  onTestModuleEnd(module: TestModule): void {
    this.lastEventAt = Date.now();
    this.running.delete(module.moduleId);
  }

  onTestRunEnd(): void {
    clearInterval(this.timer);
  }

  /** Looks at every running file, and at a run where nothing moves; the timer calls it every CHECK_EVERY_MS. */
  check(now = Date.now()): void {
    const idleMinutes = (now - this.lastEventAt) / 60_000;
    if (this.running.size === 0 && idleMinutes >= GIVE_UP_MINUTES) {
      // Workers that never start a file (a pool that lost one) hang the run as surely as a file does.
      console.error(`\n[stuck-file] no test file started or finished for ${idleMinutes.toFixed(1)} min. Ending the run.`);
      process.exit(STUCK_EXIT_CODE);
    }
    for (const [file, entry] of this.running) {
      const minutes = (now - entry.startedAt) / 60_000;
      if (minutes >= GIVE_UP_MINUTES) {
        console.error(`\n[stuck-file] ${file} has run ${minutes.toFixed(1)} min; last test started: ${entry.lastTest}. Ending the run.`);
        process.exit(STUCK_EXIT_CODE);
      }
      if (minutes >= STUCK_MINUTES && !entry.warned) {
        entry.warned = true;
        console.error(`\n[stuck-file] ${file} still running after ${minutes.toFixed(1)} min; last test started: ${entry.lastTest}`);
      }
    }
  }
}
