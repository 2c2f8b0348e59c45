import { EmailKind, Locale } from '../account/account.entity';
import { DocumentType } from '../document/document-type';

/**
 * The mails' words, in the recipient's language: Indonesian first, English second. Each mail is a
 * plain-text part and a simple HTML part (no images, no tracking), a link to the page concerned,
 * and a line that says why it came and how to stop it.
 */

export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

interface Link {
  label: string;
  url: string;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const FOOTER: Record<Locale, (kind: string) => string> = {
  [Locale.ID]: (kind) => `Anda menerima email ini karena ${kind} aktif di pengaturan MitraDesa Anda.`,
  [Locale.EN]: (kind) => `You get this email because ${kind} is on in your MitraDesa settings.`,
};

const KIND_NAME: Record<Locale, Record<EmailKind, string>> = {
  [Locale.ID]: {
    [EmailKind.PROPOSAL_YOUR_TURN]: 'email "giliran Anda"',
    [EmailKind.PROPOSAL_DECIDED]: 'email keputusan proposal',
    [EmailKind.DOCUMENT_LAPSING]: 'pengingat dokumen',
    [EmailKind.DEADLINE_REMINDER]: 'pengingat tenggat',
    [EmailKind.DAILY_DIGEST]: 'ringkasan harian',
  },
  [Locale.EN]: {
    [EmailKind.PROPOSAL_YOUR_TURN]: '"your turn" emails',
    [EmailKind.PROPOSAL_DECIDED]: 'proposal decision emails',
    [EmailKind.DOCUMENT_LAPSING]: 'document reminders',
    [EmailKind.DEADLINE_REMINDER]: 'deadline reminders',
    [EmailKind.DAILY_DIGEST]: 'the daily digest',
  },
};

const UNSUBSCRIBE: Record<Locale, string> = {
  [Locale.ID]: 'Berhenti menerima email jenis ini',
  [Locale.EN]: 'Stop these emails',
};

/** The common frame: greeting, paragraphs, links, and the footer with the unsubscribe link. */
function compose(
  locale: Locale,
  kind: EmailKind,
  parts: {
    subject: string;
    name: string;
    paragraphs: string[];
    links: Link[];
    /** Lists under headings, after the links (the digest's). */
    sections?: { heading: string; links: Link[] }[];
    unsubscribeUrl: string;
  },
): MailContent {
  const greeting = locale === Locale.ID ? `Halo ${parts.name},` : `Hello ${parts.name},`;
  const footer = FOOTER[locale](KIND_NAME[locale][kind]);
  const text = [
    greeting,
    '',
    ...parts.paragraphs.flatMap((paragraph) => [paragraph, '']),
    ...parts.links.map((link) => `${link.label}: ${link.url}`),
    ...(parts.sections ?? []).flatMap((section) => [
      section.heading,
      ...section.links.map((link) => `- ${link.label}: ${link.url}`),
      '',
    ]),
    '',
    '—',
    footer,
    `${UNSUBSCRIBE[locale]}: ${parts.unsubscribeUrl}`,
  ].join('\n');
  const html = [
    `<!doctype html><html lang="${locale}"><body style="font-family:sans-serif;line-height:1.5;color:#1c1917">`,
    `<p>${escapeHtml(greeting)}</p>`,
    ...parts.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
    ...parts.links.map((link) => `<p><a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a></p>`),
    ...(parts.sections ?? []).flatMap((section) => [
      `<h3 style="font-size:16px;margin:16px 0 4px">${escapeHtml(section.heading)}</h3><ul>`,
      ...section.links.map(
        (link) => `<li><a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a></li>`,
      ),
      '</ul>',
    ]),
    `<hr><p style="font-size:12px;color:#57534e">${escapeHtml(footer)} `,
    `<a href="${escapeHtml(parts.unsubscribeUrl)}">${escapeHtml(UNSUBSCRIBE[locale])}</a></p>`,
    '</body></html>',
  ].join('');
  return { subject: parts.subject, text, html };
}

export interface ProposalMail {
  name: string;
  proposalTitle: string;
  actorName: string | null;
  decision: 'ACCEPT' | 'DECLINE' | null;
  proposalUrl: string;
  unsubscribeUrl: string;
}

export function yourTurnMail(locale: Locale, mail: ProposalMail): MailContent {
  const by = mail.actorName;
  return compose(locale, EmailKind.PROPOSAL_YOUR_TURN, {
    subject:
      locale === Locale.ID ? `Giliran Anda: ${mail.proposalTitle}` : `Your turn: ${mail.proposalTitle}`,
    name: mail.name,
    paragraphs: [
      locale === Locale.ID
        ? `${by ? `${by} baru saja menanggapi` : 'Ada perkembangan pada'} proposal "${mail.proposalTitle}". Sekarang giliran lembaga Anda untuk menjawab sebelum tenggatnya.`
        : `${by ? `${by} has just answered` : 'There is news on'} the proposal "${mail.proposalTitle}". It is now your organisation's turn to answer before its deadline.`,
    ],
    links: [{ label: locale === Locale.ID ? 'Buka proposal' : 'Open the proposal', url: mail.proposalUrl }],
    unsubscribeUrl: mail.unsubscribeUrl,
  });
}

export function decisionMail(locale: Locale, mail: ProposalMail): MailContent {
  const accepted = mail.decision === 'ACCEPT';
  const by = mail.actorName ?? (locale === Locale.ID ? 'Pihak lain' : 'The other party');
  return compose(locale, EmailKind.PROPOSAL_DECIDED, {
    subject:
      locale === Locale.ID
        ? `Proposal ${accepted ? 'diterima' : 'ditolak'}: ${mail.proposalTitle}`
        : `Proposal ${accepted ? 'accepted' : 'declined'}: ${mail.proposalTitle}`,
    name: mail.name,
    paragraphs: [
      locale === Locale.ID
        ? `${by} ${accepted ? 'menerima' : 'menolak'} proposal "${mail.proposalTitle}".`
        : `${by} ${accepted ? 'accepted' : 'declined'} the proposal "${mail.proposalTitle}".`,
    ],
    links: [{ label: locale === Locale.ID ? 'Buka proposal' : 'Open the proposal', url: mail.proposalUrl }],
    unsubscribeUrl: mail.unsubscribeUrl,
  });
}

const DOCUMENT_LABEL: Record<Locale, Record<DocumentType, string>> = {
  [Locale.ID]: {
    [DocumentType.NOTARIAL_DEED]: 'Akta pendirian',
    [DocumentType.SK_AHU]: 'SK AHU',
    [DocumentType.NIK_CERTIFICATE]: 'Sertifikat NIK koperasi',
    [DocumentType.NIB]: 'NIB',
    [DocumentType.NPWP]: 'NPWP',
    [DocumentType.BANK_ACCOUNT]: 'Rekening bank atas nama koperasi',
    [DocumentType.OFFICER_IDS]: 'KTP pengurus',
    [DocumentType.VILLAGE_DELIBERATION_MINUTES]: 'Berita acara musyawarah desa',
    [DocumentType.VILLAGE_HEAD_APPROVAL]: 'Persetujuan kepala desa',
    [DocumentType.REGENT_APPROVAL]: 'Persetujuan bupati/wali kota',
    [DocumentType.BUSINESS_PROPOSAL]: 'Proposal bisnis',
    [DocumentType.ANNUAL_MEETING_REPORT]: 'Laporan rapat anggota tahunan (RAT)',
    [DocumentType.FINANCIAL_REPORT]: 'Laporan keuangan',
    [DocumentType.LAND_PROOF]: 'Bukti penguasaan lahan',
    [DocumentType.UNIT_PHOTO]: 'Foto gerai',
    [DocumentType.OTHER]: 'Dokumen lain',
  },
  [Locale.EN]: {
    [DocumentType.NOTARIAL_DEED]: 'Notarial deed of establishment',
    [DocumentType.SK_AHU]: 'SK AHU legal-entity decree',
    [DocumentType.NIK_CERTIFICATE]: 'Cooperative registration (NIK) certificate',
    [DocumentType.NIB]: 'Business licence (NIB)',
    [DocumentType.NPWP]: 'Tax number (NPWP)',
    [DocumentType.BANK_ACCOUNT]: "Bank account in the cooperative's name",
    [DocumentType.OFFICER_IDS]: "Officers' identity cards (KTP)",
    [DocumentType.VILLAGE_DELIBERATION_MINUTES]: 'Minutes of the village deliberation',
    [DocumentType.VILLAGE_HEAD_APPROVAL]: 'Approval of the village head',
    [DocumentType.REGENT_APPROVAL]: 'Approval of the regent or mayor',
    [DocumentType.BUSINESS_PROPOSAL]: 'Business proposal',
    [DocumentType.ANNUAL_MEETING_REPORT]: 'Annual members meeting (RAT) report',
    [DocumentType.FINANCIAL_REPORT]: 'Financial report',
    [DocumentType.LAND_PROOF]: 'Proof of land use',
    [DocumentType.UNIT_PHOTO]: 'Photo of a business unit',
    [DocumentType.OTHER]: 'Other document',
  },
};

export function documentLapsingMail(
  locale: Locale,
  mail: {
    name: string;
    cooperativeName: string;
    type: DocumentType;
    expiresOn: string;
    documentsUrl: string;
    unsubscribeUrl: string;
  },
): MailContent {
  const label = DOCUMENT_LABEL[locale][mail.type] ?? mail.type;
  const date = new Intl.DateTimeFormat(locale === Locale.ID ? 'id-ID' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${mail.expiresOn}T00:00:00Z`));
  return compose(locale, EmailKind.DOCUMENT_LAPSING, {
    subject: locale === Locale.ID ? `${label} berakhir pada ${date}` : `${label} lapses on ${date}`,
    name: mail.name,
    paragraphs: [
      locale === Locale.ID
        ? `${label} milik ${mail.cooperativeName} berlaku sampai ${date}. Perbarui dokumen ini dan unggah versi barunya agar mitra tetap dapat memeriksanya.`
        : `The ${label} of ${mail.cooperativeName} is valid until ${date}. Renew it and upload the new one so that partners can still check it.`,
    ],
    links: [
      {
        label: locale === Locale.ID ? 'Buka dokumen koperasi' : "Open the cooperative's documents",
        url: mail.documentsUrl,
      },
    ],
    unsubscribeUrl: mail.unsubscribeUrl,
  });
}

/** A reminder of a deadline: an offering that expires unless confirmed, a proposal unless answered. */
export function deadlineMail(
  locale: Locale,
  mail: {
    name: string;
    subject: 'OFFERING' | 'PROPOSAL';
    title: string;
    dueAt: Date;
    url: string;
    unsubscribeUrl: string;
  },
): MailContent {
  const intl = locale === Locale.ID ? 'id-ID' : 'en-GB';
  const date = new Intl.DateTimeFormat(intl, { dateStyle: 'long', timeZone: 'Asia/Pontianak' }).format(
    mail.dueAt,
  );
  const time = new Intl.DateTimeFormat(intl, { timeStyle: 'short', timeZone: 'Asia/Pontianak' }).format(
    mail.dueAt,
  );
  const when = `${date}, ${time} WIB`;
  const offering = mail.subject === 'OFFERING';
  const texts =
    locale === Locale.ID
      ? {
          subject: offering
            ? `Penawaran berakhir ${date}: ${mail.title}`
            : `Proposal kedaluwarsa ${date}: ${mail.title}`,
          paragraph: offering
            ? `Penawaran "${mail.title}" berlaku sampai ${when}. Bila masih berlaku, konfirmasikan di ruang kerja koperasi agar tetap tampil bagi mitra.`
            : `Proposal "${mail.title}" menunggu tanggapan lembaga Anda dan kedaluwarsa pada ${when} bila tidak ditanggapi.`,
          link: offering ? 'Buka ruang kerja koperasi' : 'Buka proposal',
        }
      : {
          subject: offering
            ? `Offering ends ${date}: ${mail.title}`
            : `Proposal expires ${date}: ${mail.title}`,
          paragraph: offering
            ? `The offering "${mail.title}" stands until ${when}. If it still stands, confirm it in the cooperative's workspace so that partners keep seeing it.`
            : `The proposal "${mail.title}" waits for your organisation and expires at ${when} unless you answer it.`,
          link: offering ? "Open the cooperative's workspace" : 'Open the proposal',
        };
  return compose(locale, EmailKind.DEADLINE_REMINDER, {
    subject: texts.subject,
    name: mail.name,
    paragraphs: [texts.paragraph],
    links: [{ label: texts.link, url: mail.url }],
    unsubscribeUrl: mail.unsubscribeUrl,
  });
}

/** A listing in the digest: where it is, and why it is there. */
export interface DigestEntry {
  title: string;
  url: string;
}

export interface DigestMail {
  name: string;
  /** Saved searches' new results, each with the search's name. */
  hits: (DigestEntry & { search: string })[];
  /** Newly published listings that fit one of the reader's organisations, with the fit's score. */
  matches: (DigestEntry & { organisation: string; score: number })[];
  /** Where the rest of a long section is: the reader's workspace, their saved searches. */
  moreUrls: { matches: string; hits: string };
  unsubscribeUrl: string;
}

/** The most entries a digest lists per section; the rest are counted. */
export const DIGEST_SECTION_LIMIT = 20;

function limited(locale: Locale, links: Link[], moreUrl: string): Link[] {
  if (links.length <= DIGEST_SECTION_LIMIT) return links;
  const more = links.length - DIGEST_SECTION_LIMIT;
  return [
    ...links.slice(0, DIGEST_SECTION_LIMIT),
    { label: locale === Locale.ID ? `dan ${more} lainnya` : `and ${more} more`, url: moreUrl },
  ];
}

export function digestMail(locale: Locale, mail: DigestMail): MailContent {
  const id = locale === Locale.ID;
  const counts = [
    mail.matches.length > 0 &&
      (id
        ? `${mail.matches.length} kecocokan baru`
        : `${mail.matches.length} new ${mail.matches.length === 1 ? 'match' : 'matches'}`),
    mail.hits.length > 0 &&
      (id
        ? `${mail.hits.length} hasil pencarian tersimpan`
        : `${mail.hits.length} saved-search ${mail.hits.length === 1 ? 'result' : 'results'}`),
  ].filter(Boolean);
  const sections = [];
  if (mail.matches.length > 0)
    sections.push({
      heading: id ? 'Baru dipublikasikan dan cocok untuk Anda' : 'Newly published, and a good fit for you',
      links: limited(
        locale,
        mail.matches.map((match) => ({
          label: id
            ? `${match.title} — cocok ${match.score}% untuk ${match.organisation}`
            : `${match.title} — a ${match.score}% fit for ${match.organisation}`,
          url: match.url,
        })),
        mail.moreUrls.matches,
      ),
    });
  if (mail.hits.length > 0)
    sections.push({
      heading: id ? 'Hasil baru pencarian tersimpan Anda' : 'New results for your saved searches',
      links: limited(
        locale,
        mail.hits.map((hit) => ({ label: `${hit.search} — ${hit.title}`, url: hit.url })),
        mail.moreUrls.hits,
      ),
    });
  return compose(locale, EmailKind.DAILY_DIGEST, {
    subject: `${id ? 'Ringkasan harian' : 'Daily digest'}: ${counts.join(', ')}`,
    name: mail.name,
    paragraphs: [id ? 'Sejak ringkasan terakhir di MitraDesa:' : 'Since the last digest on MitraDesa:'],
    links: [],
    sections,
    unsubscribeUrl: mail.unsubscribeUrl,
  });
}

/**
 * An invitation to join an organisation, to an address that may have no account yet (so no
 * language of theirs is known): Indonesian first, then English, in one mail. No unsubscribe line:
 * it is sent once, when an admin asks for it.
 */
export function invitationMail(mail: {
  organisationName: string;
  roleName: Record<Locale, string>;
  inviterName: string;
  url: string;
  expiresAt: Date;
}): MailContent {
  const date = (locale: Locale) =>
    new Intl.DateTimeFormat(locale === Locale.ID ? 'id-ID' : 'en-GB', {
      dateStyle: 'long',
      timeZone: 'Asia/Jakarta',
    }).format(mail.expiresAt);
  const parts = {
    [Locale.ID]: [
      `${mail.inviterName} mengundang Anda bergabung dengan ${mail.organisationName} di MitraDesa sebagai ${mail.roleName[Locale.ID]}.`,
      `Buka tautan ini untuk menerima undangan dan membuat kata sandi Anda. Tautan berlaku sampai ${date(Locale.ID)}.`,
      'Terima undangan',
    ],
    [Locale.EN]: [
      `${mail.inviterName} invites you to join ${mail.organisationName} on MitraDesa as ${mail.roleName[Locale.EN]}.`,
      `Open this link to accept and set your password. It is valid until ${date(Locale.EN)}.`,
      'Accept the invitation',
    ],
  };
  const ignore = {
    [Locale.ID]: 'Jika Anda tidak mengenal undangan ini, abaikan email ini.',
    [Locale.EN]: 'If you do not expect this invitation, ignore this email.',
  };
  const text = [Locale.ID, Locale.EN]
    .flatMap((locale) => {
      const [invite, open, label] = parts[locale];
      return [invite, '', open, `${label}: ${mail.url}`, '', ignore[locale], '', '—', ''];
    })
    .join('\n');
  const html = [
    '<!doctype html><html lang="id"><body style="font-family:sans-serif;line-height:1.5;color:#1c1917">',
    ...[Locale.ID, Locale.EN].flatMap((locale) => {
      const [invite, open, label] = parts[locale];
      return [
        `<div lang="${locale}">`,
        `<p>${escapeHtml(invite)}</p><p>${escapeHtml(open)}</p>`,
        `<p><a href="${escapeHtml(mail.url)}">${escapeHtml(label)}</a></p>`,
        `<p style="font-size:12px;color:#57534e">${escapeHtml(ignore[locale])}</p></div><hr>`,
      ];
    }),
    '</body></html>',
  ].join('');
  return {
    subject: `Undangan bergabung dengan ${mail.organisationName} di MitraDesa / Invitation to join ${mail.organisationName}`,
    text,
    html,
  };
}
