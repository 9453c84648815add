/**
 * Who records a usage event: the agent's name from Settings (may be empty) and a random id of this
 * browser profile, made once, so a team lead merging exports tells apart two agents with no name.
 */
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { agentSetting } from '@/lib/settings';

const installIdItem = storage.defineItem<unknown>('local:usageInstallId');
const InstallIdSchema = z.string().min(1).max(100);

export interface AgentIdentity {
  agent: string;
  installId: string;
}

async function readOrMakeInstallId(): Promise<string> {
  const stored = InstallIdSchema.safeParse(await installIdItem.getValue());
  if (stored.success) return stored.data;
  const made = crypto.randomUUID();
  await installIdItem.setValue(made);
  return made;
}

/** One read at a time in this context: two first events at once must not make two ids. */
let pending: Promise<string> | undefined;

export function installId(): Promise<string> {
  pending ??= readOrMakeInstallId().finally(() => {
    pending = undefined;
  });
  return pending;
}

export async function currentIdentity(): Promise<AgentIdentity> {
  const [agent, id] = await Promise.all([agentSetting.get(), installId()]);
  return { agent: agent.name.trim(), installId: id };
}
