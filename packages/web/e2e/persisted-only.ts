import { expect, test as base } from '@playwright/test';

/**
 * Every browser test, with one more check: the web app sends GraphQL operations by their persisted
 * hash only, never a document's text (the API runs no other document for browsers in production).
 * Each request the page makes to /graphql, and each subscription it starts on its WebSocket, is
 * recorded, and a test whose page sent a `query` fails.
 * Requests the tests themselves make through `request` (API helpers) are not the page's and are
 * not checked.
 */
export const test = base.extend<{ persistedOperationsOnly: void }>({
  persistedOperationsOnly: [
    async ({ page }, use) => {
      const documentsSent: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.pathname !== '/graphql') return;
        if (url.searchParams.has('query'))
          documentsSent.push(`${request.method()} ${url.search.slice(0, 120)}`);
        const body = request.postData();
        if (body && /"query"\s*:/.test(body)) documentsSent.push(`${request.method()} ${body.slice(0, 120)}`);
      });
      // Subscriptions over the WebSocket: a graphql-ws "subscribe" message with a non-empty query.
      page.on('websocket', (socket) => {
        if (new URL(socket.url()).pathname !== '/graphql') return;
        socket.on('framesent', ({ payload }) => {
          const message = JSON.parse(String(payload)) as { type?: string; payload?: { query?: string } };
          if (message.type === 'subscribe' && message.payload?.query) {
            documentsSent.push(`WebSocket ${message.payload.query.slice(0, 120)}`);
          }
        });
      });
      await use();
      expect(documentsSent, 'GraphQL documents sent as text by the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
