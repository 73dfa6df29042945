/** Teams-shaped activities, as the Teams service sends them, for tests over HTTP. */
export const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
export const TEAM = '19:team-general@thread.tacv2';
export const CHANNEL = '19:team-general@thread.tacv2';
export const BOT = { id: '28:baton-bot', name: 'Baton' };

export interface TestUser {
  readonly id: string;
  readonly aadObjectId: string;
  readonly name: string;
}

export const ALEX: TestUser = { id: '29:alex', aadObjectId: 'aad-alex', name: 'Alex Wilber' };
export const MEGAN: TestUser = { id: '29:megan', aadObjectId: 'aad-megan', name: 'Megan Bowen' };
export const ADELE: TestUser = { id: '29:adele', aadObjectId: 'aad-adele', name: 'Adele Vance' };

let counter = 0;

function base(user: TestUser, conversation: { id: string; conversationType: string }, teamId?: string) {
  counter += 1;
  return {
    id: `act-${counter}`,
    channelId: 'msteams',
    timestamp: new Date().toISOString(),
    from: user,
    recipient: BOT,
    conversation: { ...conversation, tenantId: TENANT },
    channelData: { tenant: { id: TENANT }, ...(teamId ? { team: { id: teamId }, channel: { id: conversation.id } } : {}) },
  };
}

export const inChannel = { id: CHANNEL, conversationType: 'channel' };
export const inGroupChat = { id: '19:group-chat@thread.v2', conversationType: 'groupChat' };
export const inPersonalChat = { id: 'a:personal-chat-alex', conversationType: 'personal' };

/** A message; in a channel it carries the @mention Teams requires. */
export function message(text: string, options: { user?: TestUser; where?: { id: string; conversationType: string } } = {}) {
  const where = options.where ?? inChannel;
  const mention = where.conversationType === 'personal' ? '' : `<at>${BOT.name}</at> `;
  return {
    ...base(options.user ?? ALEX, where, where === inChannel ? TEAM : undefined),
    type: 'message',
    text: `${mention}${text}`,
    entities: mention ? [{ type: 'mention', text: `<at>${BOT.name}</at>`, mentioned: BOT }] : [],
  };
}

/** The bot installed in a team, group chat or personal scope. */
export function installed(options: { user?: TestUser; where?: { id: string; conversationType: string } } = {}) {
  const where = options.where ?? inChannel;
  return { ...base(options.user ?? ALEX, where, where === inChannel ? TEAM : undefined), type: 'installationUpdate', action: 'add' };
}

/** An Action.Execute click (invoke adaptiveCard/action); `replyToId` is the message the card is on. */
export function cardAction(verb: string, data: Record<string, unknown>, options: { user?: TestUser; where?: { id: string; conversationType: string }; replyToId?: string } = {}) {
  const where = options.where ?? inChannel;
  return {
    ...base(options.user ?? ALEX, where, where === inChannel ? TEAM : undefined),
    ...(options.replyToId ? { replyToId: options.replyToId } : {}),
    type: 'invoke',
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  };
}

/** The Action.Submit fallback of older clients: a message whose value carries the data and verb. */
export function cardSubmit(verb: string, data: Record<string, unknown>, options: { user?: TestUser; where?: { id: string; conversationType: string } } = {}) {
  const where = options.where ?? inChannel;
  return { ...base(options.user ?? ALEX, where, where === inChannel ? TEAM : undefined), type: 'message', value: { ...data, verb } };
}
