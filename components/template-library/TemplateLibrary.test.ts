import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resetDatabase } from '@/lib/templates/testing/reset-database';
import { getTemplate, listTemplates, recordUsage } from '@/lib/templates/repository';
import { ensureStarterPack } from '@/lib/templates/seed';
import { STARTER_PACK } from '@/lib/templates/starter-pack';
import { TemplateLibrary } from './TemplateLibrary';
import { buttonNamed, byTestId, control, press, renderSection, type, unmountSection, until } from './testing/dom';

const rows = (view: HTMLElement) => [...view.querySelectorAll<HTMLElement>('[data-testid=library-template]')];
const row = (view: HTMLElement, id: string) => view.querySelector<HTMLElement>(`[data-testid=library-template][data-template="${id}"]`);

async function openLibrary(): Promise<HTMLElement> {
  const view = await renderSection(TemplateLibrary);
  await until(() => rows(view).length > 0);
  return view;
}

beforeEach(async () => {
  fakeBrowser.reset();
  await resetDatabase();
});
afterEach(unmountSection);

describe('TemplateLibrary', () => {
  it('lists the starter pack with usage counts and narrows it by words and intent', async () => {
    const first = STARTER_PACK.templates[0]!;
    await ensureStarterPack();
    await recordUsage(first.id);
    await recordUsage(first.id);
    const again = await openLibrary();
    // The list shows 100 at a time; the rest is one "Show … more" away.
    const total = (await listTemplates()).length;
    expect(rows(again)).toHaveLength(Math.min(100, total));
    if (total > 100) {
      await press(buttonNamed(again, `Show ${Math.min(100, total - 100)} more`));
      expect(rows(again)).toHaveLength(Math.min(200, total));
    }
    expect(row(again, first.id)?.querySelector('[data-testid=usage-count]')?.textContent).toBe('Used 2 times');

    await type(control(again, 'Intent'), 'refund');
    expect(rows(again).length).toBeGreaterThan(0);
    for (const element of rows(again)) expect((await getTemplate(element.dataset.template!))?.intents).toContain('refund');
    await type(control(again, 'Search'), 'zzzz-nothing-like-this');
    expect(rows(again)).toHaveLength(0);
    expect(byTestId(again, 'library-count')?.textContent).toMatch(/^0 of \d+ templates$/);
  });

  it('creates a template with a live preview of the sample ticket, marking unknown variables and Liquid errors', async () => {
    const view = await openLibrary();
    await press(buttonNamed(view, 'New template'));
    const editor = byTestId(view, 'template-editor')!;
    await type(control(editor, 'Title'), 'Gift wrapping');
    const body = control(editor, 'Reply text (Liquid)');

    await type(body, 'Hi {{ customer.first_name }}, order {{ order.number }} ({{ order.carrier }}). {{ custmer.name }}');
    await until(() => byTestId(editor, 'unknown-variables'));
    expect(byTestId(editor, 'rendered')?.textContent).toContain('Hi Emma, order #1047 (UPS).');
    expect(byTestId(editor, 'unknown-variables')?.textContent).toContain(
      'Unknown variable custmer.name: it will always be a gap. Did you mean customer.name?',
    );
    expect(editor.querySelector('mark.gap')?.getAttribute('data-gap')).toBe('custmer.name');
    expect(editor.textContent).toContain('Emma Schneider and order #1047 from the demo store');

    await type(body, 'Hi {% if order %}unclosed');
    await until(() => byTestId(editor, 'liquid-error'));
    await press(buttonNamed(editor, 'Save'));
    expect(byTestId(editor, 'editor-problems')?.textContent).toContain('Reply text: not valid Liquid');

    await type(body, 'Hi {{ customer.first_name }}, we gift-wrap for free.');
    await press(buttonNamed(editor, 'Save'));
    await until(() => rows(view).find((r) => r.textContent?.includes('Gift wrapping')));
    const saved = (await listTemplates()).find((t) => t.title === 'Gift wrapping');
    expect(saved).toMatchObject({ body: 'Hi {{ customer.first_name }}, we gift-wrap for free.', locallyModified: false, usageCount: 0 });
    expect(saved?.id).toMatch(/^local\.gift-wrapping-/);
    expect(byTestId(view, 'library-status')?.textContent).toContain('Saved “Gift wrapping”.');
  });

  it('editing a pack template marks it edited here', async () => {
    const id = STARTER_PACK.templates[0]!.id;
    const view = await openLibrary();
    await press(buttonNamed(row(view, id)!, 'Edit'));
    const editor = byTestId(view, 'template-editor')!;
    await type(control(editor, 'Reply text (Liquid)'), 'My own wording, {{ customer.first_name }}.');
    await press(buttonNamed(editor, 'Save'));
    await until(() => row(view, id)?.querySelector('[data-testid=locally-modified]'));
    expect(await getTemplate(id)).toMatchObject({
      body: 'My own wording, {{ customer.first_name }}.',
      locallyModified: true,
      packId: STARTER_PACK.id,
    });
  });

  it('deletes a template and Undo brings it back as it was', async () => {
    const id = STARTER_PACK.templates[1]!.id;
    await ensureStarterPack();
    await recordUsage(id);
    const view = await openLibrary();
    const before = await getTemplate(id);
    await press(buttonNamed(row(view, id)!, 'Delete'));
    await until(() => !row(view, id));
    expect(await getTemplate(id)).toBeUndefined();

    await press(buttonNamed(byTestId(view, 'library-status')!, 'Undo'));
    await until(() => row(view, id));
    expect(await getTemplate(id)).toEqual({ ...before, updatedAt: expect.any(String) });
    expect(byTestId(view, 'library-status')?.textContent).toContain('Restored');
  });
});
