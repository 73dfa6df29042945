import { TeamsActivityHandler, TurnContext, type AdaptiveCardInvokeResponse, type AdaptiveCardInvokeValue, type InvokeResponse } from 'botbuilder';
import type { BotDeps } from './bot-deps.ts';
import type { CardAction, CardActionResult } from './card-action.ts';
import { routeCardAction } from './card-action-router.ts';
import { ConcurrencyError } from '../storage/concurrency-error.ts';
import { StorageRefusedError } from '../storage/storage-refusal.ts';
import { runCommand } from './command-router.ts';
import { sendCard } from './send-card.ts';
import { welcomeReplies } from './handlers/welcome-handler.ts';
import { actorOf, bindingOf, commandText, entraIdOf, tenantOf } from './turn-info.ts';
import { noticeCard } from './replies/notice-reply.ts';
import { movedHereCard } from './replies/moved-here-reply.ts';
import type { Engagement } from '../domain/engagement/engagement.ts';

const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/**
 * Baton in Teams: messages become commands or "who owns" questions, card buttons become card
 * actions, installation posts the welcome and setup cards. Every turn is checked against the
 * tenant allow-list first and stores the conversation reference for later proactive messages.
 */
export class BatonBot extends TeamsActivityHandler {
  readonly #deps: BotDeps;

  constructor(deps: BotDeps) {
    super();
    this.#deps = deps;

    this.onMessage(async (context, next) => {
      const value = context.activity.value as Record<string, unknown> | undefined;
      if (value && typeof value === 'object' && typeof value.verb === 'string') {
        // Action.Submit fallback from an older client: same actions, answered with a new message.
        const result = await this.#cardAction(context, value.verb, value);
        await this.#sendResult(context, result);
      } else {
        const { engagement, moved } = await this.#engagementOfTurn(context);
        if (moved) await sendCard(context, movedHereCard(engagement));
        await runCommand(context, this.#deps, engagement, commandText(context));
      }
      await next();
    });

    this.onInstallationUpdateAdd(async (context, next) => {
      const { engagement, moved } = await this.#engagementOfTurn(context);
      if (moved) await sendCard(context, movedHereCard(engagement));
      else for (const card of welcomeReplies(engagement, this.#deps.config)) await sendCard(context, card);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    const tenant = tenantOf(context.activity);
    const allowed = this.#deps.config.allowedTenants;
    if (allowed.length > 0 && (!tenant || !allowed.includes(tenant))) {
      this.#deps.logger.warn({ tenant: tenant ?? null, type: context.activity.type }, 'activity from a tenant not on BATON_ALLOWED_TENANTS ignored');
      if (context.activity.type === 'invoke') {
        await context.sendActivity({
          type: 'invokeResponse',
          value: {
            status: 403,
            body: { statusCode: 403, type: 'application/vnd.microsoft.error', value: { code: 'Forbidden', message: 'This tenant may not use Baton.' } },
          } satisfies InvokeResponse,
        });
      }
      return;
    }
    await super.run(context);
  }

  /**
   * Invokes: a card action without an action object (Teams never sends one, anyone posting activities
   * can) fails inside botbuilder and came back 501; so did every invoke Baton does not handle. Both
   * are the caller's mistake: 400, in words.
   */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    const { name, value } = context.activity;
    if (name === 'adaptiveCard/action') {
      const action = typeof value === 'object' && value !== null ? (value as { action?: unknown }).action : undefined;
      if (typeof action !== 'object' || action === null || Array.isArray(action)) return badInvoke('The card action has no action object.');
    }
    const response = await super.onInvokeActivity(context);
    if (response.status === 501) return badInvoke('Baton does not handle this kind of invoke.');
    return response;
  }

  protected override async onAdaptiveCardInvoke(context: TurnContext, invokeValue: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const verb = invokeValue.action?.verb;
    if (typeof verb !== 'string' || verb === '') {
      return { statusCode: 400, type: 'application/vnd.microsoft.error', value: { code: 'BadRequest', message: 'The card action has no verb.' } as never };
    }
    const data = (invokeValue.action.data ?? {}) as Record<string, unknown>;
    let result: CardActionResult;
    try {
      result = await this.#cardAction(context, verb, data);
    } catch (err) {
      // The card stays as it was; the person is told, in words, instead of Teams' "something went wrong".
      this.#deps.logger.error({ err, verb }, 'card action failed');
      const message =
        err instanceof ConcurrencyError
          ? 'Many people changed this at the same moment and yours did not get through: please click again.'
          : err instanceof StorageRefusedError
            ? 'Baton cannot store that as it is (it is too large): shorten what you typed and try again.'
            : 'Baton could not do that just now (the error is logged): please try again in a moment.';
      return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: message as never };
    }
    if ('card' in result) return { statusCode: 200, type: CARD_CONTENT_TYPE, value: result.card as never };
    return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: result.message as never };
  }

  async #cardAction(context: TurnContext, verb: string, data: Record<string, unknown>): Promise<CardActionResult> {
    const { engagement } = await this.#engagementOfTurn(context);
    const cardId = context.activity.replyToId;
    const entraId = entraIdOf(context.activity);
    const action: CardAction = { verb, data, actor: actorOf(context.activity), engagement, ...(cardId ? { cardId } : {}), ...(entraId ? { actorEntraId: entraId } : {}) };
    return routeCardAction(action, this.#deps);
  }

  async #sendResult(context: TurnContext, result: CardActionResult): Promise<void> {
    if ('card' in result && result.submitted) await sendCard(context, noticeCard({ title: result.submitted, style: 'good' }));
    else if ('card' in result) await sendCard(context, result.card);
    else await sendCard(context, noticeCard({ title: result.message, style: 'default' }));
  }

  /**
   * The conversation's engagement (created on first contact); its conversation reference is kept. One
   * engagement per team: a personal chat that was never set up itself speaks for the team engagement that
   * knows the user, and a team channel opened without a setup takes the one its user made in their
   * personal chat (`moved`).
   */
  async #engagementOfTurn(context: TurnContext): Promise<{ engagement: Engagement; moved?: true }> {
    const { services, logger } = this.#deps;
    const binding = bindingOf(context.activity);
    const actor = actorOf(context.activity);
    const { engagement: own, moved } = await services.engagements.ensureFor(binding, actor);
    const linked = binding.conversationKind === 'personal' && !own.setUp ? await services.engagements.sharedEngagementOf(binding.tenantId, actor.id) : undefined;
    const engagement = linked ?? own;
    // Only what a proactive message needs: who the user was and which message it was change every turn.
    const { activityId: _activity, user: _user, ...reference } = TurnContext.getConversationReference(context.activity);
    // Not awaited on the turn's path: a reference that fails to save is logged and saved on the next turn.
    services.conversations
      .save({ engagementId: engagement.id, conversationId: binding.conversationId, reference: reference as Record<string, unknown>, updatedAt: services.clock().toISOString() })
      .catch((err: unknown) => logger.warn({ err }, 'could not store the conversation reference'));
    return { engagement, ...(moved ? { moved } : {}) };
  }
}

function badInvoke(message: string): InvokeResponse {
  return { status: 400, body: { statusCode: 400, type: 'application/vnd.microsoft.error', value: { code: 'BadRequest', message } } };
}
