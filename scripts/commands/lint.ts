/**
 * `lint --site <site> [file]` → `{"violations": [{code, message, start, end}]}`: what the site's
 * messaging rules forbid in a reply (stdin when no file). `amazon` is short for
 * `amazon-seller-central`. Violations are findings (exit 0); an unknown site is an error (exit 1).
 */
import { SiteIdSchema } from '@/lib/schemas/ticket';
import { lintReply } from '@/lib/suggest/policy-lint';
import { policyMessageEnglish } from '@/lib/suggest/policy-message';
import type { CliCommand } from './types';
import { defineCommand, parse, printJson, usage } from './io';
import { readInput } from './read-input';

const SITE_ALIASES: Record<string, string> = { amazon: 'amazon-seller-central' };

const lint: CliCommand = defineCommand('lint', async (args) => {
  const { values, positionals } = parse(args, { site: { type: 'string' } });
  if (!values.site || positionals.length > 1) return usage('usage: lint --site <site> [file]');
  const site = SiteIdSchema.safeParse(SITE_ALIASES[values.site] ?? values.site);
  if (!site.success) return usage(`lint: unknown site "${values.site}"; one of amazon, ${SiteIdSchema.options.join(', ')}`);
  const reply = await readInput(positionals[0]);
  // The panel words findings in the agent's language; the CLI keeps its English message.
  const violations = lintReply(reply, site.data).violations.map(({ code, start, end, ...violation }) => ({
    code,
    message: policyMessageEnglish({ code, start, end, ...violation }, reply),
    start,
    end,
  }));
  printJson({ violations });
  return 0;
});

export default lint;
