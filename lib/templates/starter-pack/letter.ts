/**
 * Builds starter templates as short letters: greeting, paragraphs, sign-off in the template's
 * language. The greeting falls back to a neutral one when no real first name is known, and the
 * agent's name is only printed when set, so neither leaves a gap in an otherwise complete reply.
 */
import type { PackTemplate } from '@/lib/schemas/pack';
import type { Intent } from '@/lib/schemas/template';
import type { TemplateField } from '@/lib/schemas/template-field';
import type { SiteId } from '@/lib/schemas/ticket';

export type StarterLanguage = 'en' | 'de' | 'fr' | 'es' | 'ko' | 'ja';

const GREETING: Record<StarterLanguage, string> = {
  en: '{% if customer.first_name %}Hi {{ customer.first_name }},{% else %}Hello,{% endif %}',
  de: '{% if customer.first_name %}Hallo {{ customer.first_name }},{% else %}Guten Tag,{% endif %}',
  fr: '{% if customer.first_name %}Bonjour {{ customer.first_name }},{% else %}Bonjour,{% endif %}',
  es: '{% if customer.first_name %}Hola, {{ customer.first_name }}:{% else %}Hola:{% endif %}',
  // Korean and Japanese address the customer by full name with the honorific, never by given name alone.
  ko: '{% if customer.name %}안녕하세요, {{ customer.name }} 고객님.{% else %}안녕하세요, 고객님.{% endif %}',
  ja: '{% if customer.name %}{{ customer.name }} 様{% else %}お客様{% endif %}',
};

const CLOSING: Record<StarterLanguage, string> = {
  en: 'Best regards,',
  de: 'Viele Grüße',
  fr: 'Bien cordialement,',
  es: 'Un saludo,',
  ko: '감사합니다.',
  ja: '今後ともよろしくお願い申し上げます。',
};

const SIGNATURE = '{% if agent.name %}{{ agent.name }}\n{% endif %}{{ shop.signature }}';

export interface LetterSpec {
  id: string;
  title: string;
  intents: Intent[];
  tags?: string[];
  language?: StarterLanguage;
  sites?: SiteId[];
  paragraphs: string[];
  /** Fill-in fields the agent answers on insert (lib/schemas/template-field.ts). */
  fields?: TemplateField[];
}

export function letter({ id, title, intents, tags = [], language = 'en', sites = [], paragraphs, fields }: LetterSpec): PackTemplate {
  const body = [GREETING[language], ...paragraphs, `${CLOSING[language]}\n${SIGNATURE}`].join('\n\n');
  return { id, title, body, intents, language, sites, tags, ...(fields ? { fields } : {}) };
}

/** For Amazon buyer-seller messages: the same letter, limited to Amazon Seller Central. */
export function amazonLetter(spec: Omit<LetterSpec, 'sites'>): PackTemplate {
  return letter({ ...spec, sites: ['amazon-seller-central'], tags: [...(spec.tags ?? []), 'amazon-safe'] });
}
