import { DEFAULT_JOIN_URL } from './join-url';

/**
 * The program announcement's facts (August 2023). The figures are texts (program.json,
 * stats.<id>Value), written as the announcement writes them: "3.2k", not a number the code formats.
 */
export const COMMUNITY_STATS = ['developers', 'stars', 'forks', 'cases'] as const;

export const CAPABILITIES = ['scheduling', 'lifecycle', 'queues', 'heterogeneous'] as const;
export const BENEFITS = ['guidance', 'promotion', 'sharing'] as const;
export const REQUIREMENTS = ['direction', 'help', 'influence'] as const;

/** Where the QR code and the program link point; set VITE_JOIN_URL at build time to change it. */
export const JOIN_URL: string = import.meta.env.VITE_JOIN_URL || DEFAULT_JOIN_URL;

export const CONTACT_EMAIL = 'wang.platform@gmail.com';

/** The id of the how-to-join part (steps, QR code, contact): the header's call to action links to it. */
export const JOIN_SECTION_ID = 'join';
