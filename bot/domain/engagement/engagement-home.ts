import type { Engagement } from './engagement.ts';

/**
 * Where an engagement lives. A team is the home of co-managed IT: one engagement per team, shared by
 * all its channels and by its members' personal chats with Baton. Someone who tries Baton in their
 * personal chat first and sets it up there takes that setup along: the first team channel they open
 * Baton in, while that team has no setup of its own, becomes the engagement's home.
 */

/** The set-up personal-chat engagement of this person that has not moved to a team yet (the latest one). */
export function personalSetupToMove(engagements: readonly Engagement[], tenantId: string, personId: string): Engagement | undefined {
  return latest(
    engagements.filter((e) => e.conversationKind === 'personal' && e.setUp && e.teamId === undefined && e.tenantId === tenantId && e.people.some((p) => p.id === personId)),
  );
}

/** The engagement rebound to the team channel it moves to. */
export function moveToTeam(engagement: Engagement, team: { readonly teamId: string; readonly conversationId: string }, at: Date): Engagement {
  return {
    ...engagement,
    teamId: team.teamId,
    conversationId: team.conversationId,
    conversationKind: 'channel',
    movedFromPersonalChat: at.toISOString(),
    updatedAt: at.toISOString(),
  };
}

/**
 * The team (or group chat) engagement a person's personal chat speaks for: a set-up one of this tenant
 * that knows the person; the most recently changed when several do.
 */
export function sharedEngagementOf(engagements: readonly Engagement[], tenantId: string, personId: string): Engagement | undefined {
  return latest(engagements.filter((e) => e.setUp && e.conversationKind !== 'personal' && e.tenantId === tenantId && e.people.some((p) => p.id === personId)));
}

/** What a setup applies to, in one sentence for the setup and welcome cards. */
export function setupScope(engagement: Pick<Engagement, 'conversationKind'>): string {
  switch (engagement.conversationKind) {
    case 'channel':
      return 'Applies to this team: all its channels and its members’ personal chats with Baton.';
    case 'groupChat':
      return 'Applies to this group chat.';
    case 'personal':
      return 'Applies to your personal chat only, until you add Baton to your team’s channel: this setup then moves there with it.';
  }
}

function latest(engagements: readonly Engagement[]): Engagement | undefined {
  return engagements.reduce<Engagement | undefined>((best, e) => (best === undefined || e.updatedAt > best.updatedAt ? e : best), undefined);
}
