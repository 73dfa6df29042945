/**
 * The shape an inbound Bot Framework activity must have before Baton does anything with it. Teams
 * always sends these fields; a request without them is not from Teams, and with authentication off
 * it used to create an engagement for tenant "unknown-tenant" and make Baton post to whatever
 * service URL it named.
 */

export type ActivityCheck = { readonly ok: true } | { readonly ok: false; readonly errors: string[] };

export interface ActivityShapeOptions {
  /** Only loopback service URLs (authentication off: local development with an emulator). */
  readonly loopbackServiceUrlOnly: boolean;
}

const text = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '' && v.length <= 2048;

/** Hosts that are this machine. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

export function checkActivityShape(body: unknown, options: ActivityShapeOptions): ActivityCheck {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { ok: false, errors: ['the body must be a JSON object'] };
  const a = body as Record<string, unknown>;
  const errors: string[] = [];
  if (!text(a.type)) errors.push('type: required');
  if (!text(a.channelId)) errors.push('channelId: required');
  const conversation = a.conversation as Record<string, unknown> | undefined;
  if (typeof conversation !== 'object' || conversation === null || !text(conversation.id)) errors.push('conversation.id: required');
  const from = a.from as Record<string, unknown> | undefined;
  if (typeof from !== 'object' || from === null || !text(from.id)) errors.push('from.id: required');
  const channelData = a.channelData as { tenant?: { id?: unknown } } | undefined;
  const tenant = (typeof channelData === 'object' && channelData !== null ? channelData.tenant?.id : undefined) ?? conversation?.tenantId;
  if (!text(tenant)) errors.push('channelData.tenant.id: required (the Microsoft Entra tenant)');
  if (!text(a.serviceUrl)) errors.push('serviceUrl: required');
  else {
    let url: URL | undefined;
    try {
      url = new URL(a.serviceUrl);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) errors.push('serviceUrl: must be an http(s) URL');
    else if (options.loopbackServiceUrlOnly && !isLoopbackHost(url.hostname)) {
      errors.push('serviceUrl: with authentication off (no MicrosoftAppId) Baton only talks to a connector on this machine');
    }
  }
  return errors.length === 0 ? { ok: true } : { ok: false, errors };
}
