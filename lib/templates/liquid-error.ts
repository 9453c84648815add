/**
 * A Liquid syntax error as a message: LiquidJS words its errors in English ("tag "iff" not found,
 * line:1, col:1"), so the common kinds get a key with the tag, line and column as values. An
 * error of a kind we do not know keeps LiquidJS's own words (`templates.liquid.other`).
 */
import { localMessage, type LocalMessage } from '@/lib/i18n/local-message';

type LiquidKind = 'unknownTag' | 'outputNotClosed' | 'tagNotClosed' | 'illegalTag';

/** LiquidJS 10's wording of each kind (2026-12-04); `text` is the tag or output as written. */
const KINDS: ReadonlyArray<[LiquidKind, RegExp]> = [
  ['unknownTag', /^tag "(?<text>[^"]*)" not found, line:(?<line>\d+), col:(?<col>\d+)/],
  ['outputNotClosed', /^output "(?<text>[\s\S]*)" not closed, line:(?<line>\d+), col:(?<col>\d+)/],
  ['tagNotClosed', /^tag (?<text>[\s\S]*) not closed, line:(?<line>\d+), col:(?<col>\d+)/],
  ['illegalTag', /^illegal tag: (?<text>[\s\S]*), line:(?<line>\d+), col:(?<col>\d+)/],
];

const MAX_TEXT = 80;

export function liquidErrorMessage(error: string): LocalMessage {
  for (const [kind, pattern] of KINDS) {
    const groups = pattern.exec(error)?.groups;
    if (groups) {
      const text = groups.text!.length > MAX_TEXT ? `${groups.text!.slice(0, MAX_TEXT)}…` : groups.text!;
      return localMessage(`templates.liquid.${kind}`, { text, line: groups.line!, col: groups.col! });
    }
  }
  return localMessage('templates.liquid.other', { detail: error });
}
