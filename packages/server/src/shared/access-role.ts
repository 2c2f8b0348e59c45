/**
 * Coarse roles for `@Allow(...)` on operations (graphql/access.ts), as Viewer.has answers them; what
 * exactly a viewer may touch is checked in services.
 */
export enum AccessRole {
  SIGNED_IN = 'SIGNED_IN',
  COOPERATIVE = 'COOPERATIVE',
  PARTNER = 'PARTNER',
  PARTNER_ADMIN = 'PARTNER_ADMIN',
  MENTOR = 'MENTOR',
  DINAS = 'DINAS',
  ADMIN = 'ADMIN',
}

/** Why a read-only API token (scope READ) is refused a change, wherever it asks for one. */
export const READ_ONLY_TOKEN_MESSAGE =
  'This API token may only read (scope READ); a partner admin can create a READ_WRITE token.';
