import { screen } from '@testing-library/react';
import { renderWithIntl } from '@/test/render-with-intl';
import { ReadinessFindings, ReadinessLevelBadge, type ReadinessFinding } from './readiness-summary';

const finding = (
  reason: ReadinessFinding['reason'],
  more: Partial<ReadinessFinding> = {},
): ReadinessFinding => ({
  __typename: 'ReadinessFinding',
  reason,
  documentType: null,
  officerRoles: [],
  ...more,
});

const EVERY_REASON: ReadinessFinding[] = [
  finding('NO_LEGAL_ENTITY'),
  finding('NO_COOPERATIVE_NUMBER'),
  finding('BOARD_INCOMPLETE', { officerRoles: ['SEKRETARIS', 'PENGAWAS'] }),
  finding('DOCUMENT_MISSING', { documentType: 'BUSINESS_PROPOSAL' }),
  finding('DOCUMENT_EXPIRED', { documentType: 'NPWP' }),
  finding('NOT_VERIFIED'),
  finding('NO_UNIT'),
];

const reasonTexts = () => screen.getAllByRole('listitem').map((item) => item.textContent);

describe('ReadinessFindings says each reason in plain words', () => {
  it('in Bahasa Indonesia, naming documents and officers in Indonesian', () => {
    renderWithIntl(<ReadinessFindings findings={EVERY_REASON} />, 'id');
    expect(screen.getByRole('heading', { name: 'Yang masih perlu dilengkapi' })).toBeInTheDocument();
    expect(reasonTexts()).toEqual([
      'Belum ada SK AHU yang berlaku: koperasi belum tercatat sebagai badan hukum.',
      'Belum ada sertifikat NIK koperasi yang berlaku.',
      'Susunan pengurus belum lengkap: Sekretaris dan Pengawas belum tercatat.',
      'Proposal bisnis belum tercatat.',
      'NPWP sudah kedaluwarsa dan perlu diperbarui.',
      'Data koperasi belum diverifikasi lewat dokumen atau oleh pemerintah.',
      'Belum ada gerai usaha yang tercatat, baik yang direncanakan maupun yang berjalan: belum ada yang dapat dibiayai.',
    ]);
  });

  it('in English, naming documents and officers in English', () => {
    renderWithIntl(<ReadinessFindings findings={EVERY_REASON} />, 'en');
    expect(screen.getByRole('heading', { name: 'What is still missing' })).toBeInTheDocument();
    expect(reasonTexts()).toEqual([
      'No SK AHU in force: the cooperative is not on record as a legal entity.',
      'No NIK koperasi certificate in force.',
      'The board is incomplete: Secretary and Supervisor not on record.',
      'Business proposal is not on record.',
      'Tax number (NPWP) has lapsed and needs renewing.',
      "The cooperative's data is not verified by documents or by the government yet.",
      'No business unit is on record, planned or running: there is nothing to finance yet.',
    ]);
  });

  it('marks each reason with its code and says when nothing is missing', () => {
    const { container, unmount } = renderWithIntl(<ReadinessFindings findings={EVERY_REASON} />);
    expect(
      [...container.querySelectorAll('[data-reason]')].map((item) => item.getAttribute('data-reason')),
    ).toEqual(EVERY_REASON.map((item) => item.reason));
    unmount();
    renderWithIntl(<ReadinessFindings findings={[]} />);
    expect(screen.getByText('Tidak ada yang kurang.')).toBeInTheDocument();
    expect(screen.queryByRole('list')).toBeNull();
  });
});

describe('ReadinessLevelBadge', () => {
  it('names the level, its place on the ladder and what it means, in the page language', () => {
    const { unmount } = renderWithIntl(<ReadinessLevelBadge level="NEEDS_DOCUMENTS" />, 'id');
    const badge = screen.getByTestId('readiness-level');
    expect(badge).toHaveAttribute('data-level', 'NEEDS_DOCUMENTS');
    expect(badge).toHaveTextContent('Tingkat kesiapan: ! Perlu melengkapi dokumen (tingkat 2 dari 4)');
    expect(
      screen.getByText(
        'Identitas koperasi sudah lengkap; masih ada dokumen pinjaman yang belum tercatat atau sudah kedaluwarsa.',
      ),
    ).toBeInTheDocument();
    unmount();
    renderWithIntl(<ReadinessLevelBadge level="BANKABLE" />, 'en');
    expect(screen.getByTestId('readiness-level')).toHaveTextContent(
      'Readiness level: ✓ Bankable (level 4 of 4)',
    );
  });
});
