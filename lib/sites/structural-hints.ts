import type { SiteId } from '@/lib/schemas/ticket';

/**
 * What a site knows that helps the structural reader (lib/sites/structural.ts): which site it is,
 * who the signed-in agent is, and where the conversation usually sits. Type only: no runtime code.
 */
export type StructuralHints = {
  site: SiteId;
  self?: { names: string[]; emails: string[] };
  containerSelectors?: string[];
};
