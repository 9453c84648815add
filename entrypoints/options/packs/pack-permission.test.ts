import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { requestPackPermission } from './pack-permission';

function stubPermissions(request: () => Promise<boolean>, held: boolean) {
  const stubs = { request: vi.fn(request), contains: vi.fn(async () => held) };
  Object.assign(browser.permissions, stubs);
  return stubs;
}

beforeEach(() => fakeBrowser.reset());

describe('requestPackPermission', () => {
  it('asks for the one origin before anything is awaited, so the click still counts as a user gesture', async () => {
    const { request } = stubPermissions(async () => true, false);
    const granted = requestPackPermission('https://raw.githubusercontent.com/acme/support/main/pack.json');
    expect(request).toHaveBeenCalledWith({ origins: ['https://raw.githubusercontent.com/*'] });
    expect(await granted).toBe(true);
  });

  it('accepts an origin the extension already holds when the browser refuses to ask for it again', async () => {
    const { contains } = stubPermissions(async () => {
      throw new Error('Permission http://127.0.0.1/* is required and cannot be requested');
    }, true);
    expect(await requestPackPermission('http://127.0.0.1:8080/packs/team.json')).toBe(true);
    expect(contains).toHaveBeenCalledWith({ origins: ['http://127.0.0.1/*'] });
  });

  it('is false when the agent declines and the origin is not held', async () => {
    stubPermissions(async () => false, false);
    expect(await requestPackPermission('https://packs.example.com/team.json')).toBe(false);
  });

  it('asks nothing for an address Deskpilot will refuse anyway (subscribe explains why)', async () => {
    const { request } = stubPermissions(async () => true, false);
    expect(await requestPackPermission('ftp://packs.example.com/team.json')).toBe(true);
    expect(request).not.toHaveBeenCalled();
  });
});
