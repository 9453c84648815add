import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { packTemplate, testPack } from '@/lib/packs/testing/fixtures';
import { formatIssue, validatePack } from '@/lib/packs/validate';
import { importPack } from '@/lib/templates/import-pack';
import { listInstalledPacks } from '@/lib/templates/repository';

const valid = testPack('1.2.0', [packTemplate('acme.voice')]);
const voice = { tone: 'warm and brief', wordsToAvoid: ['unfortunately'], neverPromise: ['delivery by a date'] };

describe('pack voice (deskpilot.pack/v1, optional)', () => {
  it('accepts a pack with a voice, filling what it leaves out', () => {
    const result = validatePack({ ...valid, voice });
    expect(result).toMatchObject({ ok: true, pack: { voice: { ...voice, instructions: '', wordsToUse: [] } } });
  });

  it('names the exact path of a wrong voice field', () => {
    const result = validatePack({ ...valid, voice: { tone: 3, wordsToAvoid: ['ok', ''], promise: [] } });
    if (result.ok) throw new Error('expected invalid');
    const messages = result.issues.map(formatIssue);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Pack field "voice\.tone" /),
        expect.stringMatching(/^Pack field "voice\.wordsToAvoid\[1\]" /),
        expect.stringMatching(/promise/),
      ]),
    );
  });

  it('keeps the voice with the installed pack, and drops it when a later version has none', async () => {
    await importPack({ ...valid, voice }, 'file');
    expect((await listInstalledPacks()).find((p) => p.id === valid.id)?.voice).toMatchObject(voice);
    await importPack(testPack('1.3.0', [packTemplate('acme.voice')]), 'file');
    expect((await listInstalledPacks()).find((p) => p.id === valid.id)?.voice).toBeUndefined();
  });
});
