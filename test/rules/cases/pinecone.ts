import type { RuleCase } from '../rule-tester.js';

/**
 * Pinecone: project limits worded in the body (plain text or JSON).
 * Sources: docs.pinecone.io/troubleshooting.
 */
export const pineconeCases: RuleCase[] = [
  {
    line: 'pinecone.core.client.exceptions.ApiException: (400) Reason: Bad Request HTTP response body: The index exceeds the project quota of 2 pods by 1 pods. Upgrade your account or change the project settings to increase the quota.',
    category: 'plan',
    destination: 'pinecone',
    rule: 'pinecone/project-quota',
    note: 'a project quota under a 400: plan',
  },
];
