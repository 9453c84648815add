import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { COMMANDS, runCli } from './commands/run-cli';
import { captureOutput } from './commands/testing/capture-output';

/**
 * Every `$ npm run -s cli -- …` example in README's "Command line" section runs as written and
 * prints what the README shows: each shown output line (abridged with `…`) is one of the real
 * output's lines, trailing commas aside. The README's examples use no quoting, so a space splits
 * arguments exactly as the shell would.
 */
const PROMPT = '$ npm run -s cli -- ';

interface Example {
  command: string;
  shown: string[];
}

function readmeExamples(): Example[] {
  const readme = readFileSync('README.md', 'utf8');
  const start = readme.indexOf('\n## Command line\n');
  const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
  const examples: Example[] = [];
  for (const block of section.matchAll(/```console\n([\s\S]*?)```/g)) {
    for (const line of block[1]!.split('\n')) {
      if (line.startsWith(PROMPT)) examples.push({ command: line.slice(PROMPT.length), shown: [] });
      else if (line.trim() && !/^\s*…\s*$/.test(line)) examples.at(-1)?.shown.push(line);
    }
  }
  return examples;
}

const comparable = (line: string) => line.trim().replace(/,$/, '');

afterEach(() => vi.restoreAllMocks());

describe("README's command-line examples", () => {
  const examples = readmeExamples();

  it('has an example for every command', () => {
    const commands = new Set(examples.map((e) => e.command.split(' ')[0]));
    for (const name of Object.keys(COMMANDS)) expect(commands).toContain(name);
  });

  it.each(examples.map((e) => [e.command, e] as const))('%s', async (_, example) => {
    const io = captureOutput();
    const code = await runCli(example.command.split(' '));
    vi.restoreAllMocks();
    expect(code, io.err()).toBe(0);
    const printed = new Set(io.out().split('\n').map(comparable));
    for (const line of example.shown) {
      // An abridged line keeps what comes before the "…": that part must start a printed line.
      const [head] = comparable(line).split('…');
      const found = line.includes('…') ? [...printed].some((p) => p.startsWith(head!)) : printed.has(comparable(line));
      expect(found, `README shows "${line.trim()}", which \`${example.command}\` no longer prints`).toBe(true);
    }
  });
});
