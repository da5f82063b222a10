import type { ComponentProps } from 'react';
import { PartnerBrowser } from '@/features/partners/components/partner-browser';
import { JoinTile } from './join-tile';

/**
 * The list as the page shows it: the partners, then the invitation to be the next. One part of its
 * own, loaded once the first screen is interactive (see app.tsx).
 */
export function PartnerList(props: Omit<ComponentProps<typeof PartnerBrowser>, 'lastTile'>) {
  return <PartnerBrowser {...props} lastTile={<JoinTile />} />;
}
