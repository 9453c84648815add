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
