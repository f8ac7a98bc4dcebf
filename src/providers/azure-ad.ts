import type { Provider } from './provider.js';

/**
 * Microsoft Entra ID (formerly Azure AD), the sign-in that issues tokens for Microsoft Graph, Azure
 * and Dynamics: `login.microsoftonline.com/<tenant>/oauth2/v2.0/token`. Its OAuth errors carry an
 * `AADSTS<number>` in `error_description`, and SDKs (MSAL, azure-identity) often print only that
 * text: AADSTS7000215 invalid client secret, 7000222 expired secret, 700016 app not found in the
 * tenant, 70008 / 700082 expired refresh token, 50126 bad password, 50076 / 50079 MFA required,
 * 65001 consent missing. The AADSTS rules are the oauth pack's (src/rules/generic/oauth.ts): an
 * OAuth error is an OAuth error whoever issued it; this module names the issuer.
 * Sources: learn.microsoft.com/entra/identity-platform/reference-error-codes, MSAL and
 * azure-identity exception docs.
 */
export const provider: Provider = {
  name: 'azure-ad',
  display: 'Microsoft Entra ID',
  aliases: ['azuread', 'entraid', 'entra', 'aad'],
  hints: [
    'AADSTS\\d{5,7}',
    'login\\.microsoftonline\\.com',
    'login\\.windows\\.net',
    'Msal\\w*Exception',
    'Microsoft\\.Identity\\.Client',
    '@azure/msal-\\w+',
    'azure\\.identity',
    '@azure/identity',
    '(?:ClientSecret|ClientCertificate|DefaultAzure|ManagedIdentity)Credential',
  ],
  links: {
    auth: 'https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes',
    permissions: 'https://learn.microsoft.com/en-us/entra/identity/enterprise-apps/grant-admin-consent',
    outage: 'https://status.cloud.microsoft',
  },
};
