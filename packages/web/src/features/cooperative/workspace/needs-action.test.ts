/** @jest-environment node */
import { workspaceActions } from './needs-action';

const NOW = new Date('2026-12-06T03:00:00.000Z');
const ALL_CORE = ['SK_AHU', 'NIK_CERTIFICATE', 'NIB', 'NPWP', 'BANK_ACCOUNT'].map((type) => ({
  type: type as 'SK_AHU',
  status: 'VALID' as const,
  expiresOn: null,
}));

describe('what needs action in a cooperative workspace', () => {
  it('nothing when no proposal waits, every offering stands a while, and the core documents are in force', () => {
    expect(
      workspaceActions(
        {
          awaitingResponse: 0,
          offerings: [
            { id: 'a', title: 'Madu', status: 'PUBLISHED', validUntil: '2026-12-20T00:00:00.000Z' },
            { id: 'b', title: 'Lada', status: 'CLOSED', validUntil: '2026-11-01T00:00:00.000Z' },
            { id: 'c', title: 'Draf', status: 'DRAFT', validUntil: null },
          ],
          documents: ALL_CORE,
        },
        NOW,
      ),
    ).toEqual([]);
  });

  it('lists waiting proposals, expired and soon-ending offerings, and documents to renew or to add, in that order', () => {
    const actions = workspaceActions(
      {
        awaitingResponse: 2,
        offerings: [
          { id: 'a', title: 'Madu', status: 'PUBLISHED', validUntil: '2026-12-10T00:00:00.000Z' },
          { id: 'b', title: 'Karet', status: 'EXPIRED', validUntil: '2026-12-01T00:00:00.000Z' },
          { id: 'c', title: 'Kopi', status: 'PUBLISHED', validUntil: '2026-12-14T00:00:00.000Z' },
        ],
        documents: [
          { type: 'SK_AHU', status: 'VALID', expiresOn: null },
          { type: 'NIB', status: 'EXPIRED', expiresOn: '2026-11-30' },
          { type: 'NPWP', status: 'VALID', expiresOn: '2027-01-05' },
          { type: 'BANK_ACCOUNT', status: 'VALID', expiresOn: '2027-01-06' },
        ],
      },
      NOW,
    );
    expect(actions).toEqual([
      { kind: 'proposalsWaiting', count: 2 },
      { kind: 'offeringEndsSoon', id: 'a', title: 'Madu', validUntil: '2026-12-10T00:00:00.000Z' },
      { kind: 'offeringExpired', id: 'b', title: 'Karet' },
      { kind: 'documentExpired', type: 'NIB' },
      { kind: 'documentLapsesSoon', type: 'NPWP', expiresOn: '2027-01-05' },
      { kind: 'documentMissing', type: 'NIK_CERTIFICATE' },
    ]);
  });
});
