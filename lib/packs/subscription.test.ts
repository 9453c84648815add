// @vitest-environment node
// Node's own fetch talks to the loopback pack server; happy-dom's fetch would add browser rules.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startPackServer, type PackServer } from '../../tests/servers/pack-server';
import { fetchPack } from '@/lib/packs/fetch-pack';
import { packTemplate, testPack } from '@/lib/packs/testing/fixtures';
import { resetDatabase } from '@/lib/templates/testing/reset-database';
import { listSubscriptions, refreshAllSubscriptions, refreshSubscription, subscribe, SubscriptionError } from '@/lib/packs/subscription';
import { pendingUpdates } from '@/lib/packs/updates';
import { renderPackText, storedPackText } from '@/lib/packs/pack-text';
import { translator } from '@/lib/i18n/translator';
import { getInstalledPack, getTemplate, importPack, listTemplates, saveTemplate } from '@/lib/templates/repository';

let server: PackServer;
beforeAll(async () => {
  server = await startPackServer();
});
afterAll(() => server.close());
beforeEach(async () => {
  await resetDatabase();
  server.requests.length = 0;
});

const V1 = testPack('1.0.0', [packTemplate('acme.where', 'Hi,\nYour parcel is on its way.'), packTemplate('acme.refund')]);
const V2 = testPack('1.1.0', [packTemplate('acme.where', 'Hi,\nYour parcel left today.'), packTemplate('acme.refund', 'Refund v2')]);

async function bodies(): Promise<Record<string, string>> {
  return Object.fromEntries((await listTemplates()).map((t) => [t.id, t.body]));
}

describe('pack subscriptions against a loopback pack server', () => {
  it('subscribe → templates appear → local edit → new version → edit survives and the update is pending', async () => {
    server.publish('team', V1);
    const first = await subscribe(server.url('team'));
    expect(first).toMatchObject({ status: 'updated', packId: 'acme.support', version: '1.0.0' });
    expect(Object.keys(await bodies())).toEqual(['acme.refund', 'acme.where']);
    expect(await getInstalledPack('acme.support')).toMatchObject({ source: server.url('team') });

    await saveTemplate({ ...(await getTemplate('acme.where'))!, body: 'Hi,\nMy own wording.' });
    server.publish('team', V2);
    const refreshed = await refreshSubscription(server.url('team'));

    expect(refreshed).toMatchObject({
      status: 'updated',
      version: '1.1.0',
      summary: { keptLocal: ['acme.where'], updated: ['acme.refund'] },
    });
    expect(await bodies()).toEqual({ 'acme.where': 'Hi,\nMy own wording.', 'acme.refund': 'Refund v2' });
    const [update] = await pendingUpdates();
    expect(update).toMatchObject({ templateId: 'acme.where', packVersion: '1.1.0', incoming: 'Hi,\nYour parcel left today.' });
    expect(update!.diff.filter((line) => line.kind !== 'same')).toEqual([
      { kind: 'removed', text: 'My own wording.' },
      { kind: 'added', text: 'Your parcel left today.' },
    ]);
  });

  it('sends the stored validators and changes nothing on a 304', async () => {
    server.publish('team', V1);
    await subscribe(server.url('team'));
    const before = await listTemplates();
    const [subscription] = await listSubscriptions();
    expect(subscription).toMatchObject({
      packId: 'acme.support',
      etag: expect.stringMatching(/^".+"$/),
      lastModified: expect.stringMatching(/GMT$/),
    });

    const result = await refreshSubscription(server.url('team'), { now: () => new Date('2026-11-24T12:00:00Z') });

    expect(result).toEqual({ url: server.url('team'), status: 'unchanged', packId: 'acme.support' });
    expect(server.requests.at(-1)).toMatchObject({
      ifNoneMatch: subscription!.etag,
      ifModifiedSince: subscription!.lastModified,
      status: 304,
    });
    expect(await listTemplates()).toEqual(before);
    expect((await listSubscriptions())[0]).toMatchObject({
      etag: subscription!.etag,
      lastCheckedAt: '2026-11-24T12:00:00.000Z',
      lastStatus: 'unchanged',
    });
  });

  it('an invalid pack from the server changes nothing and reports which template and field', async () => {
    server.publish('team', V1);
    await subscribe(server.url('team'));
    const before = await listTemplates();
    const etag = (await listSubscriptions())[0]!.etag;
    server.publish('team', { ...V2, templates: [packTemplate('acme.where', 'x'), { ...packTemplate('acme.refund'), intents: 'refund' }] });

    const result = await refreshSubscription(server.url('team'));

    expect(result.status).toBe('error');
    expect(result.status === 'error' && result.message).toContain('Template 2 (index 1, id "acme.refund"): field "intents" must be a list');
    expect(await listTemplates()).toEqual(before);
    expect(await getInstalledPack('acme.support')).toMatchObject({ version: '1.0.0' });
    const failed = (await listSubscriptions())[0]!;
    expect(failed).toMatchObject({ etag, lastStatus: 'error', lastError: expect.stringContaining('not valid') });
    // Stored as messages too, so Settings shows the problem in the agent's language.
    const korean = failed.lastErrorText!.map((line) => renderPackText(storedPackText(line)!, translator('ko').t));
    expect(korean).toEqual([
      '이 주소의 팩이 올바르지 않아 아무것도 바뀌지 않았습니다:',
      '템플릿 2(색인 1, ID "acme.refund"): 필드 "intents" - 목록 형식이어야 하지만 텍스트 "refund"입니다',
    ]);

    server.publish('team', V2); // the team fixes the file: the next check takes it
    expect(await refreshSubscription(server.url('team'))).toMatchObject({ status: 'updated', version: '1.1.0' });
    expect((await listSubscriptions())[0]!.lastError).toBeUndefined();
    expect((await listSubscriptions())[0]!.lastErrorText).toBeUndefined();
  });

  it('keeps going past a broken server and records its error', async () => {
    server.publish('a', V1);
    server.publish('b', testPack('1.0.0', [packTemplate('other.one')], 'other.pack'));
    await subscribe(server.url('a'));
    await subscribe(server.url('b'));
    server.publish('a', V1, { status: 500 });
    server.publish('b', testPack('2.0.0', [packTemplate('other.one', 'Two')], 'other.pack'));

    const results = await refreshAllSubscriptions();

    expect(results.map((r) => r.status)).toEqual(['error', 'updated']);
    expect(results[0]).toMatchObject({ message: 'The server answered 500 “Internal Server Error”.' });
    expect((await getTemplate('other.one'))?.body).toBe('Two');
  });

  it('nothing is stored when the first download fails', async () => {
    await expect(subscribe(server.url('missing'))).rejects.toThrow(/answered 404 “Not Found”\. Check that the file is still published/);
    server.publish('bad', '{"format":');
    await expect(subscribe(server.url('bad'))).rejects.toThrow(/not valid JSON/);
    expect(await listSubscriptions()).toEqual([]);
    expect(await listTemplates()).toEqual([]);
  });

  it('refuses a URL that swaps to another pack, or takes over the built-in pack', async () => {
    server.publish('team', V1);
    await subscribe(server.url('team'));
    server.publish('team', testPack('9.0.0', [packTemplate('evil.one')], 'evil.pack'));
    expect(await refreshSubscription(server.url('team'))).toMatchObject({
      status: 'error',
      message: expect.stringContaining('used to serve the pack "acme.support"'),
    });
    expect(await getTemplate('evil.one')).toBeUndefined();

    await importPack(testPack('1.0.0', [packTemplate('deskpilot.hello')], 'deskpilot.starter'), 'builtin');
    server.publish('fake-starter', testPack('99.0.0', [packTemplate('deskpilot.hello', 'Pwned')], 'deskpilot.starter'));
    await expect(subscribe(server.url('fake-starter'))).rejects.toBeInstanceOf(SubscriptionError);
    expect((await getTemplate('deskpilot.hello'))?.body).toBe(packTemplate('deskpilot.hello').body);
  });

  it('checks the host permission before fetching', async () => {
    server.publish('team', V1);
    const asked: string[] = [];
    const denied = async (pattern: string) => (asked.push(pattern), false);
    await expect(subscribe(server.url('team'), { hasHostPermission: denied })).rejects.toThrow(
      /no permission to read http:\/\/127\.0\.0\.1\./,
    );
    expect(asked).toEqual(['http://127.0.0.1/*']);
    expect(server.requests).toEqual([]);
  });
});

describe('fetchPack size cap', () => {
  const MB = new Uint8Array(1024 * 1024).fill(32);

  it('stops reading a body that streams past the cap', async () => {
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent++;
        controller.enqueue(MB);
      },
    });
    const fakeFetch = async () => new Response(endless, { status: 200 });
    await expect(fetchPack('https://packs.example.com/p.json', {}, fakeFetch)).rejects.toThrow(/larger than 20 MB/);
    expect(sent).toBeLessThan(25);
  });

  it('refuses a declared length over the cap without reading', async () => {
    const fakeFetch = async () => new Response('{}', { status: 200, headers: { 'content-length': String(50 * 1024 * 1024) } });
    await expect(fetchPack('https://packs.example.com/p.json', {}, fakeFetch)).rejects.toMatchObject({ kind: 'too_large' });
  });
});
