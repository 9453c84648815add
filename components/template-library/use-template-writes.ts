/**
 * The library's writes. Each one refreshes every query under `templates` (the list, pending
 * pack updates) and `packs`, so the options page never shows a stale library. The side panel is
 * another page with its own cache; it reads the database again when it regains focus.
 */
import { useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/lib/queries/keys';
import type { Template } from '@/lib/schemas/template';
import { deleteTemplate, saveTemplate } from '@/lib/templates/repository';

export function useRefreshLibrary(): () => Promise<void> {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.templates }),
      queryClient.invalidateQueries({ queryKey: queryKeys.packs }),
      // A pack may carry triage thresholds.
      queryClient.invalidateQueries({ queryKey: queryKeys.triageSettings }),
    ]);
  };
}

export function useTemplateWrites() {
  const refresh = useRefreshLibrary();
  return {
    async save(template: Template): Promise<Template> {
      const saved = await saveTemplate(template);
      await refresh();
      return saved;
    },
    async remove(template: Template): Promise<void> {
      await deleteTemplate(template.id);
      await refresh();
    },
    /** Undo of a delete: the record comes back as it was (usage count, pack link, local edits). */
    async restore(template: Template): Promise<void> {
      await saveTemplate(template);
      await refresh();
    },
  };
}
