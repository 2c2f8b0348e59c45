/**
 * Where the API listens, as seen from the web server (never the browser: the browser only talks
 * to this app's own /graphql, which proxy.ts forwards here). Read at request time, so one build
 * serves any environment.
 */
export function apiUrl(): string {
  return (process.env.API_URL || 'http://localhost:4000').replace(/\/+$/, '');
}

/** The API's httpOnly session cookie, set by its signIn mutation. */
export const SESSION_COOKIE = 'mitradesa_session';
