import { screen } from '@testing-library/react';
import { renderWithIntl } from '@/test/render-with-intl';
import { VerificationBadge } from './status-badges';

describe('VerificationBadge', () => {
  test.each([
    ['MENTOR_ATTESTED', 'Dibenarkan pendamping'],
    ['DOCUMENTS_VERIFIED', 'Dokumen terverifikasi'],
    ['GOVERNMENT_VERIFIED', 'Terverifikasi pemerintah'],
  ] as const)('%s is shown as good news: green, with a check', (level, text) => {
    renderWithIntl(<VerificationBadge level={level} />);
    const badge = screen.getByText(text);
    expect(badge).toHaveClass('bg-emerald-50', 'text-emerald-800');
    expect(badge).not.toHaveClass('bg-brand-50');
    expect(badge).toHaveTextContent(`✓ ${text}`);
  });

  test.each([
    ['UNVERIFIED', 'Belum diverifikasi'],
    ['SELF_DECLARED', 'Dinyatakan sendiri'],
  ] as const)('%s stays plain, without a check', (level, text) => {
    renderWithIntl(<VerificationBadge level={level} />);
    const badge = screen.getByText(text);
    expect(badge).not.toHaveClass('bg-emerald-50');
    expect(badge).not.toHaveTextContent('✓');
  });
});
