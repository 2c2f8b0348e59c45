import { screen } from '@testing-library/react';
import type { PassportFieldsFragment } from '@/graphql/generated/graphql';
import { renderWithIntl } from '@/test/render-with-intl';
import { PassportRequirements } from './passport-requirements';

type Requirement = PassportFieldsFragment['requirements'][number];

const REQUIREMENTS: Requirement[] = [
  {
    __typename: 'EligibilityRequirement',
    key: 'DOCUMENT:SK_AHU',
    kind: 'DOCUMENT',
    status: 'MET',
    documentType: 'SK_AHU',
    document: {
      __typename: 'CooperativeDocument',
      id: 'RG9jOjE=',
      number: 'AHU-0001234.AH.01.29.TAHUN 2025',
      issuedOn: '2025-08-01',
      expiresOn: null,
      verificationLevel: 'GOVERNMENT_VERIFIED',
    },
  },
  {
    __typename: 'EligibilityRequirement',
    key: 'DOCUMENT:BANK_ACCOUNT',
    kind: 'DOCUMENT',
    status: 'MET',
    documentType: 'BANK_ACCOUNT',
    document: {
      __typename: 'CooperativeDocument',
      id: 'RG9jOjI=',
      number: null,
      issuedOn: '2025-09-01',
      expiresOn: '2027-03-31',
      verificationLevel: 'MENTOR_ATTESTED',
    },
  },
  {
    __typename: 'EligibilityRequirement',
    key: 'DOCUMENT:NPWP',
    kind: 'DOCUMENT',
    status: 'EXPIRED',
    documentType: 'NPWP',
    document: {
      __typename: 'CooperativeDocument',
      id: 'RG9jOjM=',
      number: '99.999.999.9-999.999',
      issuedOn: '2020-01-01',
      expiresOn: '2026-01-31',
      verificationLevel: 'SELF_DECLARED',
    },
  },
  {
    __typename: 'EligibilityRequirement',
    key: 'APPROVAL:VILLAGE_HEAD_APPROVAL',
    kind: 'APPROVAL',
    status: 'MISSING',
    documentType: 'VILLAGE_HEAD_APPROVAL',
    document: null,
  },
];

const row = (key: string) => {
  const item = document.querySelector<HTMLElement>(`[data-requirement="${key}"]`);
  if (!item) throw new Error(`no requirement ${key}`);
  return item;
};

describe('PassportRequirements', () => {
  it('shows each requirement with its sign, status and evidence: number, "berlaku s.d." and verification', () => {
    renderWithIntl(<PassportRequirements requirements={REQUIREMENTS} metCount={2} />, 'id');
    expect(screen.getByText('2 dari 4 syarat terpenuhi')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(4);
    expect(row('DOCUMENT:SK_AHU')).toHaveTextContent(
      '✓SK AHU (terpenuhi)No. AHU-0001234.AH.01.29.TAHUN 2025 · tanpa tanggal kedaluwarsa · Terverifikasi pemerintah',
    );
    expect(row('DOCUMENT:BANK_ACCOUNT')).toHaveTextContent(
      'berlaku s.d. 31 Maret 2027 · Dibenarkan pendamping',
    );
    expect(row('DOCUMENT:BANK_ACCOUNT')).not.toHaveTextContent('No.');
    expect(row('DOCUMENT:NPWP')).toHaveAttribute('data-status', 'EXPIRED');
    expect(row('DOCUMENT:NPWP')).toHaveTextContent(
      '!NPWP (kedaluwarsa)No. 99.999.999.9-999.999 · kedaluwarsa sejak 31 Januari 2026',
    );
    expect(row('APPROVAL:VILLAGE_HEAD_APPROVAL')).toHaveTextContent('✗');
    expect(row('APPROVAL:VILLAGE_HEAD_APPROVAL')).toHaveTextContent('(belum ada)belum tercatat');
  });

  it('in English', () => {
    renderWithIntl(<PassportRequirements requirements={REQUIREMENTS} metCount={2} />, 'en');
    expect(screen.getByText('2 of 4 requirements met')).toBeInTheDocument();
    expect(row('DOCUMENT:BANK_ACCOUNT')).toHaveTextContent('valid until 31 March 2027');
    expect(row('DOCUMENT:NPWP')).toHaveTextContent(
      '(expired)No. 99.999.999.9-999.999 · expired on 31 January 2026',
    );
  });
});
