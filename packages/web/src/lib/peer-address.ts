/**
 * Set to "true" by server.mjs, which replaces every request's X-Forwarded-For with the address of
 * the connection it accepted. proxy.ts forwards X-Forwarded-For to the API only when it is set.
 * Keep the name in step with server.mjs, which cannot import TypeScript.
 */
export const PEER_ADDRESS_FROM_SOCKET_ENV = 'MITRADESA_WEB_PEER_ADDRESS_FROM_SOCKET';
