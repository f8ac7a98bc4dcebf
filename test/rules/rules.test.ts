import { runRuleCases } from './rule-tester.js';
import { hubspotCases } from './cases/hubspot.js';

runRuleCases('hubspot', hubspotCases);
