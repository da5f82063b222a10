import { startTransition, useEffect } from 'react';
import type { PartnerData } from '@/features/partners/schema';
import { CommunitySection } from '@/features/program/community-section';
import { JOIN_SECTION_ID } from '@/features/program/program-facts';
import { ProgramSection } from '@/features/program/program-section';

export interface ProgramSectionsProps {
  /** The data's community lists; absent while the data failed. */
  community: PartnerData['community'] | undefined;
  showLinks: boolean;
  /** Called once the sections are on screen, texts and all. */
  onShown: (shown: true) => void;
}

/**
 * The program (ending with how to join) and the wider community, below the list. A visitor who
 * asked for #join before these sections were there (the header's call to action, a shared link)
 * is taken there once they are: the browser looked for the target too early.
 */
export function ProgramSections({ community, showLinks, onShown }: ProgramSectionsProps) {
  // In a transition: what follows the sections (the footer) renders in slices, not in one task.
  useEffect(() => startTransition(() => onShown(true)), [onShown]);
  useEffect(() => {
    if (window.location.hash !== `#${JOIN_SECTION_ID}`) return;
    const target = document.getElementById(JOIN_SECTION_ID);
    target?.scrollIntoView();
    target?.focus({ preventScroll: true });
  }, []);
  return (
    <>
      <ProgramSection showLinks={showLinks} />
      {community && <CommunitySection {...community} />}
    </>
  );
}
