import { screen, within } from '@testing-library/react';
import { expect, it, vi } from 'vitest';
import enCommon from '../../../locales/en/common.json';
import enCommunity from '../../../locales/en/community.json';
import enProgram from '../../../locales/en/program.json';
import { partnersData, partnersRoute, renderApp } from '@test/support/render-app';
import { reply } from '@test/support/fetch-stub';

const communityName = (id: string) => (enCommunity as Record<string, string>)[id];

it('drops one malformed community name and shows every partner and every other name', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const data = partnersData();
  const { contributors, users } = structuredClone(data.community);
  data.community.contributors.splice(1, 0, 'Not An Id');
  await renderApp({ lng: 'en', routes: partnersRoute(reply.json(data)) });

  expect(await screen.findAllByRole('article')).toHaveLength(data.partners.length);
  expect(screen.queryByText(enCommon.error.format)).not.toBeInTheDocument();
  const community = await screen.findByRole('region', { name: enProgram.community.heading });
  const [contributorList, userList] = within(community).getAllByRole('list');
  expect(
    within(contributorList!)
      .getAllByRole('listitem')
      .map((item) => item.textContent),
  ).toEqual(contributors.map(communityName));
  expect(
    within(userList!)
      .getAllByRole('listitem')
      .map((item) => item.textContent),
  ).toEqual(users.map(communityName));
  expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^community\.contributors\[1\] skipped/));
});
