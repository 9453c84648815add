import type { EvalReport } from './eval/types';

/** Prints rows as a Markdown table, so figures can be pasted into the README as they are. */
export function printTable(title: string, rows: Array<Record<string, string | number>>): void {
  console.log(`### ${title}\n`);
  const first = rows[0];
  if (!first) {
    console.log('(no rows)');
    return;
  }
  const columns = Object.keys(first);
  console.log(`| ${columns.join(' | ')} |`);
  console.log(`| ${columns.map(() => '---').join(' | ')} |`);
  for (const row of rows) console.log(`| ${columns.map((c) => String(row[c] ?? '')).join(' | ')} |`);
}

/** An eval suite's report: its table, then its notes indented under it, then a blank line. */
export function printReport(report: EvalReport): void {
  printTable(report.title, report.rows);
  for (const note of report.notes ?? []) console.log(`  ${note}`);
  console.log('');
}
