import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { CONNECTORS } from '@/lib/connectors';
import { SECRET_FIELDS } from '@/lib/connectors/secret-store';
import { PLATFORM_FIELDS } from './platform-fields';
import { CONNECTABLE_PLATFORMS } from './store-list';

const schemaKeys = (platform: (typeof CONNECTABLE_PLATFORMS)[number]) =>
  Object.keys((CONNECTORS[platform].configSchema as unknown as z.ZodObject).shape).filter((key) => key !== 'platform' && key !== 'id');

describe('the store form for each platform', () => {
  it.each(CONNECTABLE_PLATFORMS)('%s: has exactly its connection’s fields, with every credential as a secret input', (platform) => {
    const fields = PLATFORM_FIELDS[platform];
    expect(fields.map((f) => f.key).sort()).toEqual(schemaKeys(platform).sort());
    for (const field of fields) expect(field.kind === 'secret').toBe((SECRET_FIELDS as readonly string[]).includes(field.key));
    expect(fields.find((f) => f.key === 'baseUrl')).toMatchObject({ advanced: true, label: 'stores.field.baseUrl' });
  });
});
