/**
 * Tests never touch the development data. Global setup creates a scratch database (on the server
 * of DATABASE_URL, or on a fresh embedded cluster of their own), migrates and seeds it once, and
 * every spec file then gets its own copy of it as a template, so each starts from the same state.
 */

/** Set by global setup for the spec workers. */
export const ADMIN_URL_ENV = 'MITRADESA_TEST_ADMIN_URL';
export const TEMPLATE_DB_ENV = 'MITRADESA_TEST_TEMPLATE_DB';
