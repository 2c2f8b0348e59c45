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
