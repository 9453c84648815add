import { beforeEach, describe, expect, it } from 'vitest';
import { importPackFile } from '@/lib/packs/import-file';
import { packTemplate, testPack } from '@/lib/packs/testing/fixtures';
import { resetDatabase } from '@/lib/templates/testing/reset-database';
import { acceptUpdate, keepMine, lineDiff, NoPendingUpdateError, pendingUpdates } from '@/lib/packs/updates';
import { getTemplate, saveTemplate } from '@/lib/templates/repository';

const V1_BODY = 'Hi {{ customer.first_name }},\nYour parcel is on its way.\nBest, {{ agent.name }}';
const V2_BODY = 'Hi {{ customer.first_name }},\nYour parcel left our warehouse today.\nBest, {{ agent.name }}';
const MINE = 'Hi {{ customer.first_name }},\nGood news: your parcel is on its way!\nBest, {{ agent.name }}';

async function install(version: string, body: string): Promise<void> {
  const result = await importPackFile(JSON.stringify(testPack(version, [packTemplate('acme.where', body), packTemplate('acme.other')])));
  expect(result.ok).toBe(true);
}

async function editLocally(id: string, body: string): Promise<void> {
  await saveTemplate({ ...(await getTemplate(id))!, body });
}

beforeEach(resetDatabase);

describe('pending pack updates', () => {
  it('offers nothing for a local edit until the pack ships a different body', async () => {
    await install('1.0.0', V1_BODY);
    await editLocally('acme.where', MINE);
    expect(await pendingUpdates()).toEqual([]);
    await install('1.1.0', V1_BODY); // new version, this template unchanged
    expect(await pendingUpdates()).toEqual([]);
    expect((await getTemplate('acme.where'))?.body).toBe(MINE);
  });

  it('keeps the edit when the pack updates and offers the new body with a line diff', async () => {
    await install('1.0.0', V1_BODY);
    await editLocally('acme.where', MINE);
    await install('2.0.0', V2_BODY);
    expect((await getTemplate('acme.where'))?.body).toBe(MINE);
    const [update, ...others] = await pendingUpdates();
    expect(others).toEqual([]);
    expect(update).toMatchObject({
      templateId: 'acme.where',
      packId: 'acme.support',
      packVersion: '2.0.0',
      local: MINE,
      incoming: V2_BODY,
    });
    expect(update!.diff).toEqual([
      { kind: 'same', text: 'Hi {{ customer.first_name }},' },
      { kind: 'removed', text: 'Good news: your parcel is on its way!' },
      { kind: 'added', text: 'Your parcel left our warehouse today.' },
      { kind: 'same', text: 'Best, {{ agent.name }}' },
    ]);
  });

  it('accepting takes the pack body and follows the pack again', async () => {
    await install('1.0.0', V1_BODY);
    await editLocally('acme.where', MINE);
    await install('2.0.0', V2_BODY);
    const accepted = await acceptUpdate('acme.where');
    expect(accepted).toMatchObject({ body: V2_BODY, locallyModified: false });
    expect(accepted.reviewedPackBody).toBeUndefined();
    expect(await pendingUpdates()).toEqual([]);
    await install('3.0.0', 'Version three body');
    expect((await getTemplate('acme.where'))?.body).toBe('Version three body');
  });

  it('keeping mine hides this version but offers the next one', async () => {
    await install('1.0.0', V1_BODY);
    await editLocally('acme.where', MINE);
    await install('2.0.0', V2_BODY);
    expect(await keepMine('acme.where')).toMatchObject({ body: MINE, locallyModified: true });
    expect(await pendingUpdates()).toEqual([]);
    await install('2.0.1', V2_BODY);
    expect(await pendingUpdates()).toEqual([]);
    await install('3.0.0', 'Version three body');
    expect((await pendingUpdates()).map((u) => [u.templateId, u.incoming])).toEqual([['acme.where', 'Version three body']]);
    expect((await getTemplate('acme.where'))?.body).toBe(MINE);
  });

  it('refuses to resolve a template without a waiting update', async () => {
    await install('1.0.0', V1_BODY);
    await expect(acceptUpdate('acme.where')).rejects.toBeInstanceOf(NoPendingUpdateError);
    await expect(keepMine('missing')).rejects.toBeInstanceOf(NoPendingUpdateError);
  });

  it('diffs line by line, including added and removed trailing lines', () => {
    expect(lineDiff('a\nb', 'a\nb\nc')).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'same', text: 'b' },
      { kind: 'added', text: 'c' },
    ]);
    expect(lineDiff('one\n\nthree', 'one\nthree')).toEqual([
      { kind: 'same', text: 'one' },
      { kind: 'removed', text: '' },
      { kind: 'same', text: 'three' },
    ]);
  });
});
