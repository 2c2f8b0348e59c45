import type { EntityManager } from '@mikro-orm/postgresql';
import { NOTIFICATION_COLUMNS, type NotificationRow } from './notification.bus';
import { publishAfterCommit } from './notification.service';
import { OPEN_STATUSES } from '../proposal/proposal.transitions';

/** How many days ahead each deadline is reminded of (REMINDER_*_DAYS). */
export interface ReminderSettings {
  offeringDays: number;
  documentDays: number;
  proposalDays: number;
}

/** Deadlines taken per kind and round; a backlog (the first round on old data) takes a few rounds. */
const BATCH = 500;

/*
 * One statement per round: the deadlines now within reach that nobody was reminded of are recorded
 * in deadline_reminder (`on conflict do nothing`: a second process running the same round at once
 * records, and so reminds, nothing twice), and each becomes a notification for the people who can
 * act on it:
 * - an offering about to expire unless confirmed: its cooperative's officers and staff;
 * - a document about to lapse: its cooperative's chair and board, who renew and upload documents;
 * - a proposal about to expire on a party's turn: that party (the cooperative's people and its
 *   mentor, or the partner's staff).
 */
const REMIND_SQL = `
with due as (
  insert into deadline_reminder (subject_type, subject_id, due_at)
  select c.subject_type, c.subject_id, c.due_at from (
    (select 'OFFERING' as subject_type, o.id as subject_id, o.valid_until as due_at from offering o
      where o.status = 'PUBLISHED' and o.valid_until > now() and o.valid_until <= now() + make_interval(days => ?)
        and not exists (select 1 from deadline_reminder r
          where r.subject_type = 'OFFERING' and r.subject_id = o.id and r.due_at = o.valid_until)
      order by o.valid_until, o.id limit ${BATCH})
    union all
    (select 'COOPERATIVE_DOCUMENT', d.id, d.expires_on::timestamptz from cooperative_document d
      where d.expires_on >= current_date and d.expires_on <= current_date + ?::int
        and not exists (select 1 from deadline_reminder r
          where r.subject_type = 'COOPERATIVE_DOCUMENT' and r.subject_id = d.id and r.due_at = d.expires_on::timestamptz)
      order by d.expires_on, d.id limit ${BATCH})
    union all
    (select 'PROPOSAL', p.id, p.expires_at from proposal p
      where p.status in (${OPEN_STATUSES.map((status) => `'${status}'`).join(', ')}) and p.turn is not null
        and p.expires_at > now() and p.expires_at <= now() + make_interval(days => ?)
        and not exists (select 1 from deadline_reminder r
          where r.subject_type = 'PROPOSAL' and r.subject_id = p.id and r.due_at = p.expires_at)
      order by p.expires_at, p.id limit ${BATCH})
  ) c
  on conflict do nothing
  returning subject_type, subject_id, due_at
)
insert into notification (recipient_id, kind, subject_type, subject_id, subject_label, due_at)
select distinct on (due.subject_type, due.subject_id, told.user_id)
  told.user_id, told.kind, due.subject_type, due.subject_id, told.label, due.due_at
from due
cross join lateral (
  select m.user_id, 'OFFERING_LAPSING' as kind, left(o.title, 200) as label
    from offering o join membership m on m.cooperative_id = o.cooperative_id and m.role in ('KETUA', 'PENGURUS', 'STAFF')
   where due.subject_type = 'OFFERING' and o.id = due.subject_id
  union all
  select m.user_id, 'DOCUMENT_LAPSING', d.type
    from cooperative_document d join membership m on m.cooperative_id = d.cooperative_id and m.role in ('KETUA', 'PENGURUS')
   where due.subject_type = 'COOPERATIVE_DOCUMENT' and d.id = due.subject_id
  union all
  select m.user_id, 'PROPOSAL_DEADLINE', left(p.title, 200)
    from proposal p join membership m on
      (p.turn = 'COOPERATIVE' and m.cooperative_id = p.cooperative_id and m.role in ('KETUA', 'PENGURUS', 'STAFF'))
      or (p.turn = 'COOPERATIVE' and p.mentor_id is not null and m.mentor_id = p.mentor_id and m.role = 'MENTOR')
      or (p.turn = 'PARTNER' and m.partner_id = p.partner_id and m.role in ('PARTNER_ADMIN', 'PARTNER_OFFICER'))
   where due.subject_type = 'PROPOSAL' and p.id = due.subject_id
) told
join app_user u on u.id = told.user_id and u.is_active
order by due.subject_type, due.subject_id, told.user_id
returning ${NOTIFICATION_COLUMNS.join(', ')}`;

/**
 * Reminds the people who can act of the deadlines coming up within the configured days, once per
 * subject and deadline, in their bell (and by email, see email.jobs.ts). Returns how many were
 * told.
 */
export async function remindOfDeadlines(em: EntityManager, settings: ReminderSettings): Promise<number> {
  return em.transactional(async (tx) => {
    const rows: NotificationRow[] = await tx.execute(REMIND_SQL, [
      settings.offeringDays,
      settings.documentDays,
      settings.proposalDays,
    ]);
    publishAfterCommit(tx, rows);
    return rows.length;
  });
}
