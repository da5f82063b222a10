/** The industry taxonomy. Labels live in locales/<lng>/common.json under "industry". */
export const INDUSTRIES = ['internet', 'ai', 'cloud', 'ecommerce', 'finance', 'research', 'media', 'recruitment', 'architecture'] as const;

export type IndustryId = (typeof INDUSTRIES)[number];

export function isIndustryId(value: string): value is IndustryId {
  return (INDUSTRIES as readonly string[]).includes(value);
}
