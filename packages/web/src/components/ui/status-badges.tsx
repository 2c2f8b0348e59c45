import { useTranslations } from 'next-intl';
import type {
  BusinessUnitStatus,
  CooperativeStage,
  DocumentStatus,
  VerificationLevel,
} from '@/graphql/generated/graphql';
import { Badge, type BadgeTone } from './badge';

const STAGE_TONE: Record<CooperativeStage, BadgeTone> = {
  LEGALLY_FORMED: 'muted',
  ORGANISED: 'neutral',
  BUILDING_UNITS: 'progress',
  OPERATING: 'positive',
  GROWING: 'positive',
};

export function StageBadge({ stage }: { stage: CooperativeStage }) {
  const t = useTranslations('enums.stage');
  return <Badge tone={STAGE_TONE[stage]}>{t(stage)}</Badge>;
}

const UNIT_STATUS_TONE: Record<BusinessUnitStatus, BadgeTone> = {
  PLANNED: 'muted',
  UNDER_CONSTRUCTION: 'progress',
  NOT_ACTIVE: 'neutral',
  ACTIVE: 'positive',
};

export function UnitStatusBadge({ status }: { status: BusinessUnitStatus }) {
  const t = useTranslations('enums.unitStatus');
  return <Badge tone={UNIT_STATUS_TONE[status]}>{t(status)}</Badge>;
}

/**
 * Verified by someone else reads as good news (green, with a check): the brand's red read as a
 * warning. Not verified, or only declared by the cooperative itself, stays plain.
 */
const VERIFICATION_TONE: Record<VerificationLevel, BadgeTone> = {
  UNVERIFIED: 'muted',
  SELF_DECLARED: 'neutral',
  MENTOR_ATTESTED: 'positive',
  DOCUMENTS_VERIFIED: 'positive',
  GOVERNMENT_VERIFIED: 'positive',
};

export function VerificationBadge({ level }: { level: VerificationLevel }) {
  const t = useTranslations('enums.verificationLevel');
  const tone = VERIFICATION_TONE[level];
  return (
    <Badge tone={tone}>
      {tone === 'positive' ? <span aria-hidden="true">{'✓ '}</span> : null}
      {t(level)}
    </Badge>
  );
}

const DOCUMENT_STATUS_TONE: Record<DocumentStatus, BadgeTone> = {
  VALID: 'positive',
  EXPIRED: 'progress',
  MISSING: 'muted',
};

/** "Berlaku" / "Kedaluwarsa": whether a document is in force today. */
export function DocumentStatusBadge({ status }: { status: DocumentStatus }) {
  const t = useTranslations('enums.documentStatus');
  return <Badge tone={DOCUMENT_STATUS_TONE[status]}>{t(status)}</Badge>;
}
