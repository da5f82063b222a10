/** Figures from the program announcement (August 2023); labels live in locales/<lng>/common.json. */
export const COMMUNITY_STATS = [
  { id: 'developers', value: 58_000 },
  { id: 'stars', value: 3_200 },
  { id: 'forks', value: 730 },
  { id: 'cases', value: 50 },
] as const;

export const CAPABILITIES = ['scheduling', 'lifecycle', 'queues', 'heterogeneous'] as const;
export const BENEFITS = ['guidance', 'promotion', 'sharing'] as const;

/** Where the QR code and the application link point; set VITE_JOIN_URL at build time to change it. */
export const JOIN_URL: string =
  import.meta.env.VITE_JOIN_URL || 'https://github.com/volcano-sh/community/blob/master/community-building-program.md';

export const CONTACT_EMAIL = 'wang.platform@gmail.com';
