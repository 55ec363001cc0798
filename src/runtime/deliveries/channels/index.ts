// Every channel this node can deliver through, one file each beside this one.
import type { ChannelKind } from '../../../core/playbook/integrations-schema.js';
import type { Channel } from '../channel.js';
import { makeChatwootChannel } from './chatwoot.js';
import { makeEmailChannel } from './email.js';
import { makeSlackChannel } from './slack.js';
import { makeWebhookChannel } from './webhook.js';
import { makeZendeskChannel } from './zendesk.js';

export function makeChannels(): Partial<Record<ChannelKind, Channel>> {
  return {
    webhook: makeWebhookChannel(),
    slack: makeSlackChannel(),
    email: makeEmailChannel(),
    chatwoot: makeChatwootChannel(),
    zendesk: makeZendeskChannel(),
  };
}
