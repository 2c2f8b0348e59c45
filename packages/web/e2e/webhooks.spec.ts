import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './persisted-only';
import { expectNoHorizontalScroll } from './layout';
import { asUser } from './pool-helpers';
import { signInAs } from './workspace-sign-in';

interface Received {
  headers: http.IncomingHttpHeaders;
  proposalId: unknown;
}

/**
 * A partner's system on loopback (allowed outside production). The bank's proposals move in
 * other tests too, so it keeps apart the events of one proposal (`watched`): 500 to the first of
 * them, then 200.
 */
async function startReceiver(): Promise<{
  url: string;
  watch(proposalId: string): void;
  requests(): Received[];
  close(): void;
}> {
  let watched: string | null = null;
  const received: Received[] = [];
  const ofWatched = () => received.filter((entry) => entry.proposalId === watched);
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { data?: { proposalId?: unknown } };
      received.push({ headers: request.headers, proposalId: body.data?.proposalId });
      response.statusCode = body.data?.proposalId === watched && ofWatched().length === 1 ? 500 : 200;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/mitradesa`,
    watch: (proposalId) => void (watched = proposalId),
    requests: ofWatched,
    close: () => server.close(),
  };
}

test('a bank admin registers a webhook, sees its secret once, and follows a proposal move through its delivery log', async ({
  page,
  request,
}, testInfo) => {
  const receiver = await startReceiver();
  try {
    await signInAs(page, 'bank.admin@demo.mitradesa.id', '/partner');
    await page.getByRole('link', { name: 'Webhook', exact: true }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: /^Webhook Bank Rakyat Indonesia/ }),
    ).toBeVisible();

    const form = page.getByRole('form', { name: 'Daftarkan endpoint baru' });
    await form.getByLabel('URL endpoint').fill(receiver.url);
    await form.getByLabel('Keterangan').fill('Sistem originasi kredit');
    await expect(form.getByLabel('Proposal bergerak (status dan giliran)')).toBeChecked();
    await form.getByRole('button', { name: 'Daftarkan endpoint' }).click();
    const shown = page.getByRole('status').filter({ hasText: 'Endpoint terdaftar' });
    await expect(shown).toContainText('tidak akan ditampilkan lagi');
    expect((await page.getByTestId('webhook-secret').textContent())!.trim()).toMatch(
      /^whsec_[A-Za-z0-9+/]{43}=$/,
    );
    await expectNoHorizontalScroll(page);
    const listed = page.getByRole('article', { name: receiver.url });
    await expect(listed).toContainText('Aktif');

    // The bank's officer answers a proposal: the bank's system hears of it, on the second try.
    const officer = await asUser(request, 'bank@demo.mitradesa.id');
    // Each project its own proposal, so that the two runs do not see each other's moves.
    const { proposals } = await officer(
      `query { proposals(first: 2, filter: { side: PARTNER, statuses: [SUBMITTED, UNDER_REVIEW, NEGOTIATING] }) {
         edges { node { id } } } }`,
    );
    const proposalId: string = proposals.edges[testInfo.project.name.startsWith('phone') ? 1 : 0].node.id;
    receiver.watch(proposalId);
    await officer(
      'mutation ($input: SendProposalMessageInput!) { sendProposalMessage(input: $input) { userErrors { code } } }',
      { input: { proposalId, body: 'Survei lapangan dijadwalkan Senin.' } },
    );
    await expect.poll(() => receiver.requests().length, { timeout: 15_000 }).toBe(2);
    const [first, second] = receiver.requests();
    expect(first.headers['webhook-id']).toBe(second.headers['webhook-id']);
    expect(second.headers['webhook-signature']).toMatch(/^v1,/);

    await listed.getByRole('link', { name: `Log kiriman ${receiver.url}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Log kiriman' })).toBeVisible();
    const delivery = page
      .getByRole('article')
      .filter({ has: page.getByRole('link', { name: 'Buka proposal' }) })
      .filter({ has: page.locator(`a[href$="/proposals/${encodeURIComponent(proposalId)}"]`) });
    await expect(delivery).toContainText('Terkirim');
    await expect(delivery).toContainText('2 percobaan');
    await expect(delivery).toContainText('Jawaban terakhir: HTTP 200');
    await delivery.getByText('Isi kiriman').click();
    await expect(delivery).toContainText('"type": "proposal.moved"');
    await expect(delivery).toContainText(`webhook-id: ${first.headers['webhook-id']}`);
    await expectNoHorizontalScroll(page);

    // Sent once more on request, with the same message id.
    await delivery.getByRole('button', { name: 'Kirim ulang' }).click();
    await expect(delivery.getByRole('status')).toHaveText('Dijadwalkan untuk dikirim ulang.');
    await expect.poll(() => receiver.requests().length, { timeout: 15_000 }).toBe(3);
    expect(receiver.requests()[2].headers['webhook-id']).toBe(first.headers['webhook-id']);

    // Deleted with its log.
    await page.getByRole('link', { name: 'Kembali ke daftar webhook' }).click();
    await listed.getByRole('button', { name: 'Hapus' }).click();
    await listed.getByRole('button', { name: 'Ya, hapus' }).click();
    await expect(listed).toHaveCount(0);
  } finally {
    // A failed run leaves no endpoint behind for the bank's later moves.
    const admin = await asUser(request, 'bank.admin@demo.mitradesa.id');
    const { webhookEndpoints } = await admin('{ webhookEndpoints { id url } }');
    for (const endpoint of webhookEndpoints as { id: string; url: string }[])
      if (endpoint.url === receiver.url)
        await admin(
          'mutation ($input: DeleteWebhookEndpointInput!) { deleteWebhookEndpoint(input: $input) { deletedId } }',
          {
            input: { id: endpoint.id },
          },
        );
    receiver.close();
  }
});

test('a partner officer is told that webhooks are the admin’s', async ({ page }) => {
  await signInAs(page, 'bank@demo.mitradesa.id', '/partner');
  await expect(page.getByRole('link', { name: 'Webhook', exact: true })).toHaveCount(0);
  await page.goto('/partner/webhooks');
  await expect(page.getByRole('heading', { name: 'Hanya admin mitra' })).toBeVisible();
});
