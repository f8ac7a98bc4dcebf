import { runRuleCases } from './rule-tester.js';
import { hubspotCases, regressions as hubspotRegressions } from './cases/hubspot.js';
import { salesforceCases, regressions as salesforceRegressions } from './cases/salesforce.js';
import { stripeCases, regressions as stripeRegressions } from './cases/stripe.js';
import { mailchimpCases, regressions as mailchimpRegressions } from './cases/mailchimp.js';
import { intercomCases, regressions as intercomRegressions } from './cases/intercom.js';
import { pipedriveCases, regressions as pipedriveRegressions } from './cases/pipedrive.js';
import { genericCases, regressions as genericRegressions } from './cases/generic.js';
import { othersCases, regressions as othersRegressions } from './cases/others.js';
import { noneCases, regressions as noneRegressions } from './cases/none.js';

// One table per provider: each case is one log line in and the expected classification out.
runRuleCases('hubspot', [...hubspotCases, ...hubspotRegressions]);
runRuleCases('salesforce', [...salesforceCases, ...salesforceRegressions]);
runRuleCases('stripe', [...stripeCases, ...stripeRegressions]);
runRuleCases('mailchimp', [...mailchimpCases, ...mailchimpRegressions]);
runRuleCases('intercom', [...intercomCases, ...intercomRegressions]);
runRuleCases('pipedrive', [...pipedriveCases, ...pipedriveRegressions]);
runRuleCases('generic', [...genericCases, ...genericRegressions]);
runRuleCases('others', [...othersCases, ...othersRegressions]);
runRuleCases('none', [...noneCases, ...noneRegressions]);
