import { useId } from 'react';
import { useTexts } from '@/shared/hooks/use-texts';

interface CommunitySectionProps {
  contributors: readonly string[];
  users: readonly string[];
}

function NameList({ ids }: { ids: readonly string[] }) {
  const { t } = useTexts('community');
  const names = ids.map((id) => ({ id, name: t(id as never) as string })).filter((entry) => entry.name);
  return (
    <ul className="name-list">
      {names.map(({ id, name }) => (
        <li key={id}>{name}</li>
      ))}
    </ul>
  );
}

/** The wider community: companies that contribute and the main users, from the data file. */
export function CommunitySection({ contributors, users }: CommunitySectionProps) {
  const { tx } = useTexts('program');
  const headingId = useId();
  if (contributors.length === 0 && users.length === 0) return null;
  return (
    <section className="community" aria-labelledby={headingId}>
      <h2 id={headingId}>{tx('community.heading')}</h2>
      <div className="program__columns">
        <div>
          <h3>{tx('community.contributorsHeading')}</h3>
          <NameList ids={contributors} />
        </div>
        <div>
          <h3>{tx('community.usersHeading')}</h3>
          <NameList ids={users} />
        </div>
      </div>
    </section>
  );
}
