import { useLocale, useTranslations } from 'next-intl';
import type {
  CooperativeAttestationItemFragment,
  CooperativeProfileQuery,
} from '@/graphql/generated/graphql';
import { formatDate, formatLocalDate } from '@/lib/format';
import { AttestButton } from '@/features/attestation/attest-button';
import { DocumentStatusBadge, VerificationBadge } from '@/components/ui/status-badges';

type Profile = NonNullable<CooperativeProfileQuery['cooperative']>;

/**
 * The documents a cooperative holds, as the public sees them: type, in force or lapsed, how far
 * verified (numbers and files stay with the cooperative). Its mentor gets "I have seen it".
 */
export function CooperativeDocuments({ cooperative }: { cooperative: Profile }) {
  const t = useTranslations('cooperative');
  const enums = useTranslations('enums');
  const locale = useLocale() as 'id' | 'en';
  if (cooperative.documents.length === 0) return <p className="text-stone-600">{t('noDocuments')}</p>;
  return (
    <ul aria-label={t('documentsTitle')} className="divide-y divide-stone-200">
      {cooperative.documents.map((document) => (
        <li key={document.id} className="py-2" data-document-type={document.type}>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <div className="min-w-0">
              <span className="font-medium">{enums(`documentType.${document.type}`)}</span>
              <span className="block text-xs text-stone-600">
                {document.expiresOn
                  ? t('documentValidUntil', { date: formatLocalDate(document.expiresOn, locale) })
                  : t('documentNoExpiry')}
              </span>
            </div>
            <div className="flex flex-wrap gap-1.5">
              <DocumentStatusBadge status={document.status} />
              <VerificationBadge level={document.verificationLevel} />
            </div>
          </div>
          {cooperative.viewerMayAttest ? (
            <AttestButton
              cooperativeId={cooperative.id}
              subject="DOCUMENT_SEEN"
              documentId={document.id}
              label={enums(`documentType.${document.type}`)}
            />
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** Who attested what about the cooperative, and when: the evidence behind its verification level. */
export function CooperativeAttestations({
  cooperative,
}: {
  cooperative: { attestations: readonly CooperativeAttestationItemFragment[] };
}) {
  const t = useTranslations('cooperative');
  const enums = useTranslations('enums');
  const locale = useLocale() as 'id' | 'en';
  if (cooperative.attestations.length === 0) return <p className="text-stone-600">{t('noAttestations')}</p>;
  return (
    <ul aria-label={t('attestationsTitle')} className="space-y-2">
      {cooperative.attestations.map((attestation) => {
        const what = attestation.document
          ? enums(`documentType.${attestation.document.type}`)
          : attestation.businessUnit
            ? enums(`unitType.${attestation.businessUnit.type}`)
            : null;
        return (
          <li key={attestation.id} className="text-sm">
            <span className="font-medium">
              {t(`attestationSubject.${attestation.subject}`, { what: what ?? '' })}
            </span>
            {attestation.note ? <span className="block text-stone-700">{attestation.note}</span> : null}
            <span className="block text-xs text-stone-600">
              {t('attestedBy', {
                mentor: attestation.mentor.name,
                date: formatDate(attestation.attestedAt, locale),
              })}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
