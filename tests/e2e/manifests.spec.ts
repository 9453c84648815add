import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

/** The production manifests users install, built fresh: what they may access is the product's promise. */
function build(args: string, dir: string): Record<string, unknown> {
  execSync(`npx wxt build ${args}`, { stdio: 'ignore' });
  return JSON.parse(readFileSync(`.output/${dir}/manifest.json`, 'utf8')) as Record<string, unknown>;
}

const everything = /<all_urls>|^\*:\/\/\*\/\*$|^https?:\/\/\*\/\*$/;

test.describe.configure({ mode: 'serial' });

test('Chrome: side panel, inbox hosts only, store origins optional, no loopback', () => {
  const manifest = build('', 'chrome-mv3');
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.permissions).toContain('sidePanel');
  expect(manifest.side_panel).toEqual({ default_path: 'sidepanel.html' });
  const hosts = manifest.host_permissions as string[];
  expect(hosts).toContain('https://mail.google.com/*');
  expect(hosts.some((h) => everything.test(h) || h.includes('127.0.0.1') || h.includes('localhost'))).toBe(false);
  expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*']);
  const scripts = manifest.content_scripts as Array<{ matches: string[]; js: string[] }>;
  expect(scripts.flatMap((s) => s.matches).some((m) => m.includes('127.0.0.1'))).toBe(false);
  expectGenericReaderOnDemand(manifest);
});

/** The generic reader is injected only where the agent asks: activeTab, never declared for any page. */
function expectGenericReaderOnDemand(manifest: Record<string, unknown>): void {
  expect(manifest.permissions).toEqual(expect.arrayContaining(['activeTab', 'scripting', 'contextMenus']));
  const scripts = manifest.content_scripts as Array<{ js: string[] }>;
  expect(scripts.flatMap((s) => s.js)).not.toContain('content-scripts/generic.js');
  const commands = manifest.commands as Record<string, { suggested_key?: { default?: string } }>;
  expect(commands['read-page-with-deskpilot']?.suggested_key?.default).toBe('Alt+Shift+R');
}

test('Firefox: a sidebar instead of the side panel, no Chrome-only permission', () => {
  const manifest = build('-b firefox', 'firefox-mv2');
  expect(manifest.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html' });
  expect(manifest.permissions).not.toContain('sidePanel');
  expect(manifest.optional_permissions).toEqual(['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*']);
  expect((manifest.permissions as string[]).some((p) => everything.test(p))).toBe(false);
  expect(manifest.browser_specific_settings).toMatchObject({ gecko: { id: 'deskpilot@deskpilot.dev' } });
  expectGenericReaderOnDemand(manifest);
});
