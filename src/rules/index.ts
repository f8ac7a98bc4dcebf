import type { RulePack } from './rule.js';
import { hubspot } from './providers/hubspot.js';
import { salesforce } from './providers/salesforce.js';
import { stripe, stripeNetwork } from './providers/stripe.js';
import { mailchimp } from './providers/mailchimp.js';
import { intercom } from './providers/intercom.js';
import { pipedrive } from './providers/pipedrive.js';
import { google } from './providers/google.js';
import { microsoftGraph } from './providers/microsoft-graph.js';
import { marketo } from './providers/marketo.js';
import { commerce } from './providers/commerce.js';
import { snowflake } from './providers/snowflake.js';
import { oauth } from './generic/oauth.js';
import { edge } from './generic/edge.js';
import { network } from './generic/network.js';
import { http } from './generic/http.js';

/** Built-in packs in priority order: providers first, then the generic families, HTTP last. */
export const BUILTIN_PACKS: RulePack[] = [
  hubspot,
  salesforce,
  stripe,
  mailchimp,
  intercom,
  pipedrive,
  google,
  microsoftGraph,
  marketo,
  commerce,
  snowflake,
  oauth,
  edge,
  network,
  stripeNetwork,
  http,
];

/** Packs that know no provider: HTTP statuses and wording, OAuth 2.0, CDN pages, network errors. */
export const GENERIC_PACKS: ReadonlySet<string> = new Set([oauth.name, edge.name, network.name, http.name]);
