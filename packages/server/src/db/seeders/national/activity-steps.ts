import { NATIONAL_ACCOUNTS } from './account-steps';
import { R } from './cooperative-steps';
import { textArray, type SeedStep } from './steps';

/** What people write in a proposal's thread (the demo's lines). */
const MESSAGES = {
  COOPERATIVE: [
    'Terlampir proposal bisnis dan berita acara musyawarah desa.',
    'Kami siap menerima kunjungan survei ke gerai koperasi kapan saja.',
    'Mohon informasi kapan keputusan bisa kami terima.',
    'Harga tersebut sudah termasuk ongkos angkut sampai gudang.',
  ],
  PARTNER: [
    'Mohon lengkapi laporan keuangan dua tahun terakhir.',
    'Tim kami akan survei lokasi minggu depan.',
    'Apakah rekening atas nama koperasi sudah dibuka?',
    'Kami bisa menambah volume jika kualitas sesuai standar.',
  ],
};

const FACTS = [
  'Rapat anggota dihadiri sebagian besar anggota; daftar hadir sudah saya lihat.',
  'Papan nama dan jam buka gerai terpasang; pengurus piket saat kunjungan.',
  'Pembukuan harian ditulis rapi dan cocok dengan kas saat kunjungan.',
  'Lahan kas desa untuk gerai sudah disepakati dalam musyawarah desa.',
];

/**
 * The traces people leave: mentors' attestations behind the verification levels, messages in
 * proposal threads, and the notifications of the benchmark accounts (one per proposal they follow,
 * for its latest move).
 */
export const activitySteps: SeedStep[] = [
  {
    name: 'cooperative_attestation',
    sql: `
      insert into cooperative_attestation (id, cooperative_id, mentor_id, attested_by_id, subject, business_unit_id, document_id,
        note, attested_at)
      select row_number() over (order by x.cooperative_id, x.subject, x.ref), x.cooperative_id, x.mentor_id, null, x.subject,
             x.unit_id, x.document_id, x.note,
             least(${R} - interval '1 day', x.since + (1 + pg_temp.h(x.cooperative_id * 64 + x.ref, 151, 40)) * interval '1 day')
        from (
          -- Mentors recorded the originals they saw of documents, on cooperatives they verified.
          select d.cooperative_id, a.mentor_id, 'DOCUMENT_SEEN' as subject, d.id as ref, null::integer as unit_id,
                 d.id as document_id, null as note, greatest(a.started_at, d.created_at) as since
            from cooperative_document d
            join cooperative c on c.id = d.cooperative_id
             and c.verification_level in ('MENTOR_ATTESTED', 'DOCUMENTS_VERIFIED', 'GOVERNMENT_VERIFIED')
            join mentor_assignment a on a.cooperative_id = d.cooperative_id
           where d.source = 'MENTOR'
          union all
          -- and that the units they saw trading are active.
          select u.cooperative_id, a.mentor_id, 'UNIT_ACTIVE', u.id, u.id, null, null, a.started_at
            from business_unit u
            join cooperative c on c.id = u.cooperative_id
             and c.verification_level in ('MENTOR_ATTESTED', 'DOCUMENTS_VERIFIED', 'GOVERNMENT_VERIFIED')
            join mentor_assignment a on a.cooperative_id = u.cooperative_id
           where u.status = 'ACTIVE'
          union all
          select c.id, a.mentor_id, 'FACT', 0, null, null,
                 (${textArray(FACTS)})[1 + pg_temp.h(c.id, 152, ${FACTS.length})], a.started_at
            from cooperative c
            join mentor_assignment a on a.cooperative_id = c.id
           where c.verification_level in ('MENTOR_ATTESTED', 'DOCUMENTS_VERIFIED', 'GOVERNMENT_VERIFIED')
             and pg_temp.h(c.id, 153, 100) < 50
        ) x`,
  },
  {
    name: 'proposal_message',
    sql: `
      insert into proposal_message (id, proposal_id, author_id, author_actor, body, created_at)
      select p.id, p.id, null, m.actor,
             case m.actor when 'COOPERATIVE' then (${textArray(MESSAGES.COOPERATIVE)})[1 + pg_temp.h(p.id, 162, 4)]
               else (${textArray(MESSAGES.PARTNER)})[1 + pg_temp.h(p.id, 162, 4)] end,
             -- Within two hours of the submission; the next step comes at least three hours later.
             p.submitted_at + (5 + pg_temp.h(p.id, 163, 115)) * interval '1 minute'
        from proposal p
        cross join lateral (select case when pg_temp.h(p.id, 161, 2) = 0 then 'COOPERATIVE' else 'PARTNER' end as actor) m
       where p.submitted_at is not null and pg_temp.h(p.id, 160, 100) < 30`,
  },
  {
    name: 'notification',
    sql: `
      insert into notification (id, recipient_id, kind, subject_type, subject_id, subject_label, actor_name, proposal_action,
        created_at, read_at)
      select row_number() over (order by f.recipient_id, f.id), f.recipient_id,
             case when f.turn = f.side then 'PROPOSAL_YOUR_TURN' else 'PROPOSAL_UPDATED' end,
             'PROPOSAL', f.id, f.title,
             case when f.side = 'PARTNER' then c.name else x.name end,
             t.last_action, f.updated_at,
             -- Most of what is older than a week has been read.
             case when f.updated_at < ${R} - interval '7 days' and pg_temp.h(f.recipient_id * 2000000 + f.id, 171, 100) < 85
               then f.updated_at + (1 + pg_temp.h(f.id, 172, 48)) * interval '1 hour' end
        from (
          select m.user_id as recipient_id, 'PARTNER' as side, p.*
            from membership m join proposal p on p.partner_id = m.partner_id
           where m.user_id in (${NATIONAL_ACCOUNTS.bankOfficer.id}, ${NATIONAL_ACCOUNTS.bankAdmin.id}, ${NATIONAL_ACCOUNTS.buyer.id})
             and (p.submitted_at is not null or p.started_by = 'PARTNER')
          union all
          select m.user_id, 'COOPERATIVE', p.*
            from membership m join proposal p on p.cooperative_id = m.cooperative_id
           where m.user_id = ${NATIONAL_ACCOUNTS.ketua.id} and (p.submitted_at is not null or p.started_by = 'COOPERATIVE')
          union all
          select m.user_id, 'COOPERATIVE', p.*
            from membership m join proposal p on p.mentor_id = m.mentor_id
           where m.user_id = ${NATIONAL_ACCOUNTS.mentor.id}
        ) f
        join nat_proposal np on np.id = f.id
        join nat_template t on t.id = np.template_id
        -- Only a move by someone else notifies: the other side, or the system's expiry.
        join nat_template_step s on s.template_id = t.id and s.n = t.step_count - 1 and s.side is distinct from f.side
        join cooperative c on c.id = f.cooperative_id
        join partner x on x.id = f.partner_id`,
  },
];
