/**
 * Runs another project's mocha/chai test file without its library: the library under test is a
 * stub that returns a `Call` (what it was asked), and `expect` records what the test asserts
 * about that call. The result is the upstream suite's cases — input and expected output — read
 * from the file as shipped, so no row is copied into this repository.
 * Node only: used by tests and `npm run eval`, never bundled.
 */
import { runInNewContext } from 'node:vm';

/** One call the upstream test made to the library under test. */
export class Call {
  readonly assertions: Assertion[] = [];
  constructor(
    readonly test: string,
    readonly fn: string,
    readonly args: readonly unknown[],
  ) {}
}

export interface Assertion {
  op: 'equal' | 'eql' | 'contain' | 'exist';
  expected: unknown;
  negated: boolean;
}

export interface RecordedFile {
  calls: Call[];
  /** Tests that threw inside the stubbed run (they are reported, never silently dropped). */
  errors: Array<{ test: string; error: string }>;
}

/** What the test file's `require` returns: by module id, or a factory given the recorder's call maker. */
export type Modules = Record<string, unknown>;

/** Chai's `expect` chain, as much of it as these suites use; only assertions about a Call are kept. */
function makeExpect() {
  return (actual: unknown) => {
    let negated = false;
    const record = (op: Assertion['op'], expected: unknown) => {
      if (actual instanceof Call) actual.assertions.push({ op, expected, negated });
    };
    const chain: Record<string, unknown> = {
      equal: (expected: unknown) => record('equal', expected),
      eql: (expected: unknown) => record('eql', expected),
      contain: (expected: unknown) => record('contain', expected),
      below: () => undefined,
    };
    for (const word of ['to', 'be', 'have']) Object.defineProperty(chain, word, { get: () => chain });
    Object.defineProperty(chain, 'not', {
      get: () => {
        negated = !negated;
        return chain;
      },
    });
    Object.defineProperty(chain, 'exist', {
      get: () => {
        record('exist', undefined);
        return chain;
      },
    });
    return chain;
  };
}

/**
 * Runs `code` (JavaScript) with mocha's globals and a `require` that serves `modules`; `stub(fn)`
 * builds a library function that records its calls under the running test's name.
 */
export function recordTestFile(
  code: string,
  dirname: string,
  modules: (stub: (fn: string) => (...args: unknown[]) => Call) => Modules,
): RecordedFile {
  const recorded: RecordedFile = { calls: [], errors: [] };
  const names: string[] = [];
  const context = {};
  const stub =
    (fn: string) =>
    (...args: unknown[]) => {
      const call = new Call(names.join(' › '), fn, args);
      recorded.calls.push(call);
      return call;
    };
  const served = { ...modules(stub), chai: { expect: makeExpect() } };
  const require = (id: string) => {
    if (!(id in served)) throw new Error(`the test file requires "${id}", which this reader does not serve`);
    return served[id as keyof typeof served];
  };
  const enter = (name: string, body: () => void) => {
    names.push(name);
    try {
      body.call(context);
    } catch (error) {
      recorded.errors.push({ test: names.join(' › '), error: String(error) });
    } finally {
      names.pop();
    }
  };
  const before = (...args: unknown[]) => {
    const body = args.find((arg) => typeof arg === 'function') as (() => void) | undefined;
    body?.call(context);
  };
  runInNewContext(code, { require, __dirname: dirname, describe: enter, it: enter, before, beforeEach: before, Date });
  return recorded;
}
