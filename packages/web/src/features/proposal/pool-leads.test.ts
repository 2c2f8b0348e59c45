import type { SignedInViewer } from '@/lib/session';
import { poolLeadsOf } from './pool-leads';

const pool = {
  members: [{ cooperative: { id: 'A' } }, { cooperative: { id: 'B' } }, { cooperative: { id: 'C' } }],
};

function viewerWith(
  memberships: { role: string; cooperative: { id: string; name: string } }[],
): SignedInViewer {
  return { memberships } as unknown as SignedInViewer;
}

const caseload = (ids: string[], totalCount = ids.length) => ({
  memberships: [{ mentor: { caseload: { totalCount, edges: ids.map((id) => ({ node: { id } })) } } }],
});

describe('poolLeadsOf', () => {
  it("lets a board lead for its own cooperative, not its staff's", () => {
    const viewer = viewerWith([
      { role: 'KETUA', cooperative: { id: 'A', name: 'A' } },
      { role: 'STAFF', cooperative: { id: 'B', name: 'B' } },
    ]);
    const { boards, leadsOf } = poolLeadsOf(viewer, { memberships: [] });
    expect([...boards]).toEqual(['A']);
    expect(leadsOf(pool)).toEqual(['A']);
  });

  it('lets a mentor lead for the cooperatives of their caseload, none of them a board', () => {
    const { boards, leadsOf } = poolLeadsOf(viewerWith([]), caseload(['B', 'Z']));
    expect(boards.size).toBe(0);
    expect(leadsOf(pool)).toEqual(['B']);
  });

  it('offers every member to a mentor whose caseload was not read in full (the API decides)', () => {
    expect(poolLeadsOf(viewerWith([]), caseload(['Z'], 150)).leadsOf(pool)).toEqual(['A', 'B', 'C']);
  });

  it('offers nothing to anyone else, nor for a pool that is not there', () => {
    const { leadsOf } = poolLeadsOf(null, null);
    expect(leadsOf(pool)).toEqual([]);
    expect(
      poolLeadsOf(viewerWith([{ role: 'KETUA', cooperative: { id: 'A', name: 'A' } }]), null).leadsOf(
        undefined,
      ),
    ).toEqual([]);
  });
});
