// @vitest-environment node
// Node's own fetch talks to the loopback pack server; happy-dom's fetch would add browser rules.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startPackServer, type PackServer } from '../../tests/servers/pack-server';
import { packTemplate, testPack } from '@/lib/packs/testing/fixtures';
import { resetDatabase } from '@/lib/templates/testing/reset-database';
import { PACK_REFRESH_ALARM, PACK_REFRESH_PERIOD_MINUTES, subscribe } from '@/lib/packs/subscription';
import { getDatabase } from '@/lib/templates/db';
import { getTemplate, saveTemplate } from '@/lib/templates/repository';
import { ensurePackRefreshAlarm, refreshPacks, setUpPackRefresh } from './packs';

let server: PackServer;
let granted = true;
beforeAll(async () => {
  server = await startPackServer();
});
afterAll(() => server.close());
beforeEach(async () => {
  fakeBrowser.reset();
  await resetDatabase();
  // fakeBrowser has no permission registry: loopback is granted, as in the e2e build.
  granted = true;
  Object.assign(browser.permissions, {
    contains: async ({ origins = [] }: { origins?: string[] }) => granted && origins.every((o) => o.startsWith('http://127.0.0.1/')),
  });
});
afterEach(() => vi.restoreAllMocks());

const V1 = testPack('1.0.0', [packTemplate('acme.where', 'Hi,\nYour parcel is on its way.'), packTemplate('acme.refund', 'Refund v1')]);
const V2 = testPack('1.1.0', [packTemplate('acme.where', 'Hi,\nYour parcel left today.'), packTemplate('acme.refund', 'Refund v2')]);

async function until(check: () => Promise<boolean>, timeoutMs = 3_000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('pack refresh in the background', () => {
  it('schedules one hourly alarm and keeps its schedule when the worker starts again', async () => {
    setUpPackRefresh();
    await until(async () => (await browser.alarms.get(PACK_REFRESH_ALARM)) !== undefined);
    const first = await browser.alarms.get(PACK_REFRESH_ALARM);
    expect(first).toMatchObject({ name: PACK_REFRESH_ALARM, periodInMinutes: PACK_REFRESH_PERIOD_MINUTES });

    vi.spyOn(Date, 'now').mockReturnValue(first!.scheduledTime + 30 * 60_000);
    await ensurePackRefreshAlarm();
    expect(await browser.alarms.getAll()).toEqual([first]);
  });

  it('refreshes every subscription when the alarm fires: updates arrive, local edits stay', async () => {
    server.publish('team', V1);
    await subscribe(server.url('team'));
    await saveTemplate({ ...(await getTemplate('acme.where'))!, body: 'Hi,\nMy own wording.' });
    server.publish('team', V2);
    setUpPackRefresh();

    await fakeBrowser.alarms.onAlarm.trigger({ name: 'some-other-alarm', scheduledTime: Date.now() });
    expect((await getTemplate('acme.refund'))?.body).toBe('Refund v1');

    await fakeBrowser.alarms.onAlarm.trigger({
      name: PACK_REFRESH_ALARM,
      scheduledTime: Date.now(),
      periodInMinutes: PACK_REFRESH_PERIOD_MINUTES,
    });
    await until(async () => (await getTemplate('acme.refund'))?.body === 'Refund v2');
    expect(await getTemplate('acme.where')).toMatchObject({
      body: 'Hi,\nMy own wording.',
      packBody: 'Hi,\nYour parcel left today.',
      locallyModified: true,
    });
  });

  it('records a subscription whose origin was taken back instead of fetching it', async () => {
    server.publish('team', V1);
    await subscribe(server.url('team'));
    granted = false;
    const requestsBefore = server.requests.length;

    const [result] = await refreshPacks();

    expect(result).toMatchObject({ status: 'error', message: expect.stringContaining('no permission to read http://127.0.0.1') });
    expect(server.requests.length).toBe(requestsBefore);
  });

  it('logs a blocked database and resolves, so the alarm listener never throws', async () => {
    server.publish('team', V1);
    await subscribe(server.url('team'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    getDatabase().close();

    await expect(refreshPacks()).resolves.toEqual([]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('could not open its template database'));
  });
});
