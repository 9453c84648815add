import { afterEach, describe, expect, it, vi } from 'vitest';
import { readStructurally } from '../structural';
import { installStructuralReader, noteStructuralMiss, structuralReader, structuralReaderInstalled } from './structural-source';

afterEach(() => {
  vi.unstubAllEnvs();
  installStructuralReader(undefined);
});

describe('where the engine takes its structural reader from', () => {
  it('is the bundled reader everywhere but a site content script', () => {
    expect(structuralReader()).toBe(readStructurally);
    expect(noteStructuralMiss(structuralReader).missed).toBe(false);
  });

  it('in a site content script, is none until the structural-reader script installs it, and a read that asked says so', () => {
    vi.stubEnv('STRUCTURAL_ON_DEMAND', 'true');
    expect(noteStructuralMiss(structuralReader)).toEqual({ value: undefined, missed: true });
    // A read that never asked for it is not marked by the one before.
    expect(noteStructuralMiss(() => 'site read').missed).toBe(false);
    const installed = vi.fn(readStructurally);
    installStructuralReader(installed);
    expect(structuralReaderInstalled()).toBe(true);
    expect(noteStructuralMiss(structuralReader)).toEqual({ value: installed, missed: false });
  });
});
