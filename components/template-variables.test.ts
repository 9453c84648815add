import { describe, expect, it } from 'vitest';
import { CATALOGS } from '@/lib/i18n/catalogs';
import { UI_LOCALES } from '@/lib/i18n/locales';
import { LOOP_FIELDS, TEMPLATE_VARIABLES } from '@/lib/templates/variable-catalog';
import { descriptionKey } from './template-variables';

describe('the template variables list, in every language', () => {
  it('has a line for every variable in every catalog', () => {
    for (const locale of UI_LOCALES)
      for (const { name } of TEMPLATE_VARIABLES) expect(CATALOGS[locale][descriptionKey(name)], `${locale} ${name}`).toBeTruthy();
  });

  it('says in English what the variable catalog says, loop fields included', () => {
    for (const { name, description } of TEMPLATE_VARIABLES) {
      const fields = name in LOOP_FIELDS ? LOOP_FIELDS[name as keyof typeof LOOP_FIELDS].map((f) => f.name).join(', ') : '';
      expect(CATALOGS.en[descriptionKey(name)].replace('{fields}', fields), name).toBe(description);
    }
  });
});
