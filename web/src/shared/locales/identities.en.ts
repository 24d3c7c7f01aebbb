import type identitiesZhCN from './identities.zh-CN';

/** English for sign-in through the identity provider and external identities; the same keys as `identities.zh-CN.ts`. */
const identitiesEn: typeof identitiesZhCN = {
  oidc: {
    signInWith: 'Sign in with {name}',
    or: 'or',
    refused: 'Sign-in through the identity provider did not succeed',
    refusals: {
      UNKNOWN_SUBJECT: 'Your identity-provider account is not linked to an account here yet. Please ask a system administrator to link it.',
      ACCOUNT_DISABLED: 'The linked account is disabled. Please contact a system administrator.',
      BAD_STATE: 'The sign-in request has expired or was not started in this browser. Please click the button again.',
      PROVIDER_ERROR: 'The identity provider did not complete the sign-in (cancelled, or its answer did not check out). Please try again.',
      RATE_LIMITED: 'Too many sign-in attempts. Please wait a little and try again.',
      UNAVAILABLE: 'Sign-in is unavailable for the moment. Please try again shortly.',
    },
    unknownRefusal: 'Sign-in through the identity provider failed. Please try again.',
  },
  identities: {
    manage: 'Identity provider',
    title: 'Identity-provider links of {name}',
    description: 'These identity-provider accounts (issuer and subject) sign in as this account.',
    issuer: 'Issuer',
    subject: 'Subject (sub)',
    linkedAt: 'Linked',
    how: 'How',
    byAdministrator: 'By an administrator',
    byClaim: 'Matched at first sign-in',
    none: 'No identity-provider account is linked yet',
    addTitle: 'Add a link',
    issuerPlaceholder: 'Empty: the configured identity provider ({issuer})',
    issuerPlaceholderNone: 'No identity provider is configured: enter the issuer URL',
    subjectPlaceholder: 'The person’s subject identifier at the identity provider',
    link: 'Link',
    linked: 'Linked',
    unlink: 'Unlink',
    unlinkConfirm: 'Unlink {name} from the identity-provider account “{subject}”? It will no longer sign in as this account.',
    unlinked: 'The link has been removed',
  },
};

export default identitiesEn;
