import type { Provider } from './provider.js';

/**
 * Pinecone vector database (`api.pinecone.io`, index hosts `<index>-<project>.svc.<env>.pinecone.io`).
 * The Python client raises `pinecone.core.client.exceptions.ApiException: (400)` (later
 * `PineconeApiException`) and prints the status, headers and the body, which is JSON
 * (`{"error":{"code":"RESOURCE_EXHAUSTED","message":…}}`) or plain text. Project limits answer 400 /
 * 403 with wording such as "The index exceeds the project quota of 1 pods" or "You've reached the
 * max pod-based indexes allowed in project"; the free plan's limits lift only with an upgrade.
 * Sources: docs.pinecone.io/troubleshooting (errors, limits), docs.pinecone.io/reference/api/errors.
 */
export const provider: Provider = {
  name: 'pinecone',
  display: 'Pinecone',
  hints: ['[\\w.-]+\\.pinecone\\.io', 'pinecone\\.(?:core\\.)?(?:client\\.)?exceptions', 'Pinecone\\w*(?:Exception|Error)', '@pinecone-database/pinecone', 'pinecone-client', 'pinecone'],
  links: {
    auth: 'https://app.pinecone.io',
    plan: 'https://docs.pinecone.io/troubleshooting/pricing-and-limits',
    outage: 'https://status.pinecone.io',
  },
  rules: [
    {
      id: 'pinecone/project-quota',
      category: 'plan',
      cause: 'project quota',
      message: /\bexceeds the project quota of \d+ pods?\b|\breach(?:ed)? the max (?:pod-based |serverless )?(?:indexes|pods|collections) allowed in project\b/i,
      summary: 'Pinecone project quota reached (pods, indexes or collections allowed by the plan)',
      fix: 'Delete unused indexes or upgrade the plan (or raise the project’s pod quota); retrying fails the same way.',
    },
  ],
};
