import { useEffect } from 'react';
import type { PartnerData } from '@/features/partners/schema';
import { CommunitySection } from '@/features/program/community-section';
import { ProgramSection } from '@/features/program/program-section';

export interface ProgramSectionsProps {
  /** The data's community lists; absent while the data failed. */
  community: PartnerData['community'] | undefined;
  showLinks: boolean;
  /** Called once the sections are on screen, texts and all. */
  onShown: (shown: true) => void;
}

/** The community and the program, below the list. */
export function ProgramSections({ community, showLinks, onShown }: ProgramSectionsProps) {
  useEffect(() => onShown(true), [onShown]);
  return (
    <>
      {community && <CommunitySection {...community} />}
      <ProgramSection showLinks={showLinks} />
    </>
  );
}
