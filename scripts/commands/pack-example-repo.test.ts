/**
 * examples/pack-repo is what README tells a team to copy: its pack must stay valid under the real
 * validator, its templates must render, and its CI must keep running that validator on it.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { validatePackText } from '@/lib/packs/validate';
import { effectiveFields, renderFilled, sampleFieldValues } from '@/lib/templates/fields';
import { sampleOrder, sampleShop, sampleTicket } from '@/lib/templates/testing/fixtures';
import { buildTemplateVariables } from '@/lib/templates/variables';
import { runCli } from './run-cli';
import { captureOutput } from './testing/capture-output';

const DIR = 'examples/pack-repo';
const PACK = `${DIR}/pack.json`;
const WORKFLOW = `${DIR}/.github/workflows/validate.yml`;

afterEach(() => vi.restoreAllMocks());

describe('the example pack repository', () => {
  it('holds a pack the CLI validator accepts (exit 0)', async () => {
    const io = captureOutput();
    expect(await runCli(['pack', 'validate', PACK]), io.err()).toBe(0);
    expect(JSON.parse(io.out())).toEqual({
      valid: true,
      id: 'northwind.support',
      name: 'Northwind Goods support replies',
      version: '1.2.0',
      templates: 4,
    });
  });

  it('shows fill-in fields of every kind, and every template renders without error', () => {
    const result = validatePackText(readFileSync(PACK, 'utf8'));
    if (!result.ok) throw new Error('the example pack is invalid');
    const kinds = new Set(result.pack.templates.flatMap((t) => effectiveFields(t.body, t.fields).map((f) => f.type)));
    expect([...kinds].sort()).toEqual(['choice', 'date', 'text', 'yesno']);
    for (const template of result.pack.templates) {
      const scope = buildTemplateVariables({ ticket: sampleTicket(), order: sampleOrder(), shop: sampleShop, language: template.language });
      const fields = effectiveFields(template.body, template.fields);
      const rendered = renderFilled(template.body, scope, fields, sampleFieldValues(fields), template.language).rendered;
      expect(rendered.error, template.id).toBeNull();
      expect(rendered.text, template.id).not.toMatch(/\{\{|\{%/);
    }
  });

  it('makes the validator fail with exact paths when the pack breaks (what the CI step relies on)', async () => {
    const broken = JSON.parse(readFileSync(PACK, 'utf8'));
    broken.templates[2].fields[0].options = ['DHL'];
    broken.templates[3].body = broken.templates[3].body.replace('fields.ship_date', 'fields.ship.date');
    const file = join(mkdtempSync(join(tmpdir(), 'pack-repo-')), 'pack.json');
    writeFileSync(file, JSON.stringify(broken));
    const io = captureOutput();
    expect(await runCli(['pack', 'validate', file])).toBe(1);
    expect(io.err().trim().split('\n')).toEqual([
      'Template 3 (index 2, id "northwind.replacement.shipped"): field "fields[0].options" lists 1; must list at least 2 items',
    ]);
    broken.templates[2].fields[0].options = ['DHL', 'UPS'];
    writeFileSync(file, JSON.stringify(broken));
    const again = captureOutput();
    expect(await runCli(['pack', 'validate', file])).toBe(1);
    expect(again.err()).toContain(
      'Template 4 (index 3, id "northwind.delay.new-date"): field "body" uses "fields.ship.date", which is not a field',
    );
  });

  it('has a CI workflow that runs that validator on pack.json and publishes only from main', () => {
    const workflow = readFileSync(WORKFLOW, 'utf8');
    expect(workflow).toContain('npm run -s cli -- pack validate "$GITHUB_WORKSPACE/pack.json"');
    expect(workflow).toMatch(/publish:\n\s+needs: validate\n\s+if: github\.event_name == 'push' && github\.ref == 'refs\/heads\/main'/);
    expect(workflow).toContain('cp pack.json site/pack.json');
    expect(workflow).not.toMatch(/\t/);
  });
});
