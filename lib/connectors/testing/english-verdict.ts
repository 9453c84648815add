/** A "Test connection" verdict as the English interface shows it, for tests that read its words. */
import { englishMessage } from '@/lib/i18n/local-message';
import type { ConnectionVerdict } from '@/lib/connectors/types';

export interface EnglishVerdict extends Omit<ConnectionVerdict, 'message' | 'warnings'> {
  message: string;
  warnings: string[];
}

export async function englishVerdict(verdict: ConnectionVerdict | Promise<ConnectionVerdict>): Promise<EnglishVerdict> {
  const found = await verdict;
  return { ...found, message: englishMessage(found.message), warnings: found.warnings.map(englishMessage) };
}
