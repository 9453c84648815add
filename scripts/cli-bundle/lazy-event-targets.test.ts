// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lazyEventTargets } from './bundle.mjs';

const EVENT_TARGET = 'node_modules/linkedom/esm/interface/event-target.js';

describe("the bundle's lazy linkedom event listeners", () => {
  it('apply to the installed linkedom: no listener map made per node, one made on the first listener', () => {
    const source = readFileSync(EVENT_TARGET, 'utf8');
    const lazy = lazyEventTargets(source);
    expect(lazy).not.toBeNull();
    expect(lazy).not.toContain('wm.set(this, new Map);');
    expect(lazy!.match(/if \(!map\) wm\.set\(this, \(map = new Map\(\)\)\);/g)).toHaveLength(2);
    // Dispatching still treats a node with no map as one with no listeners.
    expect(lazy).toContain('if (map && map.has(this.type))');
  });

  it('leave a linkedom whose source reads otherwise as it is', () => {
    expect(lazyEventTargets('class DOMEventTarget { constructor() { this.listeners = new Map(); } }')).toBeNull();
  });
});
