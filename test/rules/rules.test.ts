import { runRuleCases } from './rule-tester.js';
import { TABLES } from './tables.js';

// One table per file of test/rules/cases: each case is one log line in and the expected classification out.
for (const [name, cases] of TABLES) runRuleCases(name, cases);
