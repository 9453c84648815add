import type { Reporter, TestCase, TestModule } from 'vitest/node';

/**
 * A test file that never finishes (a synchronous loop, a collection that awaits forever) is out of
 * reach of `testTimeout`, and vitest then waits with no output until CI's own limit kills the run
 * (stop 30, 2026-12-06: `test:clock` printed nothing for over an hour). This reporter names the
 * file and its last test that started once a file has run for STUCK_MINUTES, and ends the run
 * after GIVE_UP_MINUTES with that name, so a hang costs minutes and says where it is.
 */
const STUCK_MINUTES = Number(process.env.DESKPILOT_STUCK_FILE_MINUTES ?? 4);
const GIVE_UP_MINUTES = Number(process.env.DESKPILOT_GIVE_UP_FILE_MINUTES ?? 12);
const CHECK_EVERY_MS = 30_000;

interface Running {
  startedAt: number;
  lastTest: string;
  warned: boolean;
}

export default class StuckFileReporter implements Reporter {
  private readonly running = new Map<string, Running>();
  private timer: ReturnType<typeof setInterval> | undefined;

  onTestRunStart(): void {
    this.timer = setInterval(() => this.check(), CHECK_EVERY_MS);
    this.timer.unref();
  }

  onTestModuleStart(module: TestModule): void {
    this.running.set(module.moduleId, { startedAt: Date.now(), lastTest: '(collecting)', warned: false });
  }

  onTestCaseReady(test: TestCase): void {
    const entry = this.running.get(test.module.moduleId);
    if (entry) entry.lastTest = test.fullName;
  }

  onTestModuleEnd(module: TestModule): void {
    this.running.delete(module.moduleId);
  }

  onTestRunEnd(): void {
    clearInterval(this.timer);
  }

  private check(): void {
    for (const [file, entry] of this.running) {
      const minutes = (Date.now() - entry.startedAt) / 60_000;
      if (minutes >= GIVE_UP_MINUTES) {
        console.error(`\n[stuck-file] ${file} has run ${minutes.toFixed(1)} min; last test started: ${entry.lastTest}. Ending the run.`);
        process.exit(1);
      }
      if (minutes >= STUCK_MINUTES && !entry.warned) {
        entry.warned = true;
        console.error(`\n[stuck-file] ${file} still running after ${minutes.toFixed(1)} min; last test started: ${entry.lastTest}`);
      }
    }
  }
}
