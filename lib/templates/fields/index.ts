/** Fill-in fields of a template (lib/schemas/template-field.ts): usage, form, values, problems. */
export { effectiveFields, labelOf, type FormField } from '@/lib/templates/fields/effective';
export { fieldIssues, type FieldIssue } from '@/lib/templates/fields/issues';
export { fieldUsage, type FieldUsage } from '@/lib/templates/fields/usage';
export {
  fieldScope,
  missingFields,
  sampleFieldValues,
  MAX_FIELD_VALUE,
  SAMPLE_FIELD_DATE,
  type FieldScope,
  type FieldValues,
} from '@/lib/templates/fields/values';
export { renderFilled, type FilledRender } from '@/lib/templates/fields/render-filled';
