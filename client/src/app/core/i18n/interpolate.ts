/** Values substituted into `{name}` placeholders of a translation. */
export type TranslationParams = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Replaces each `{name}` in the template by its parameter. A placeholder without a value is kept
 * as is, so a missing parameter shows up on screen instead of silently vanishing.
 */
export function interpolate(template: string, params: TranslationParams): string {
  return template.replace(PLACEHOLDER, (placeholder: string, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : placeholder,
  );
}
