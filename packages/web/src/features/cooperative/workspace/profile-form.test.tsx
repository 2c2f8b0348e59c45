import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen } from '@testing-library/react';
import { UpdateCooperativeProfileDocument } from '@/graphql/generated/graphql';
import { renderWithIntl } from '@/test/render-with-intl';
import { ProfileForm, type ProfileValues } from './profile-form';

jest.mock('@/i18n/navigation', () => ({
  useRouter: () => ({ refresh: jest.fn(), push: jest.fn(), replace: jest.fn(), prefetch: jest.fn() }),
}));

const PROFILE: ProfileValues = {
  id: 'Q29vcGVyYXRpdmU6MQ==',
  version: 3,
  name: 'KDMP Botuh Lintang',
  managementPattern: 'KONVENSIONAL',
  memberCount: 610,
  expectedMonthlyIncome: '45000000',
  stage: 'OPERATING',
};

function saving(sent: unknown[]): MockLink.MockedResponse {
  return {
    request: {
      query: UpdateCooperativeProfileDocument,
      variables: (variables) => {
        sent.push(variables.input);
        return true;
      },
    },
    result: {
      data: {
        updateCooperativeProfile: {
          __typename: 'UpdateCooperativeProfilePayload',
          cooperative: { __typename: 'Cooperative', id: PROFILE.id, version: 4 },
          userErrors: [],
        },
      },
    },
  };
}

const income = () => screen.getByLabelText(/Perkiraan pendapatan per bulan \(Rp\)/);

describe('ProfileForm: expected monthly income', () => {
  it('shows the stated income the Indonesian way and sends what is typed as an exact decimal', async () => {
    const sent: unknown[] = [];
    renderWithIntl(
      <MockedProvider mocks={[saving(sent)]}>
        <ProfileForm cooperative={PROFILE} canEdit />
      </MockedProvider>,
    );
    expect(income()).toHaveValue('45.000.000');
    fireEvent.change(income(), { target: { value: '52.500.000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan profil' }));
    await screen.findByText('Perubahan disimpan.');
    expect(sent).toEqual([expect.objectContaining({ version: 3, expectedMonthlyIncome: '52500000' })]);
  });

  it('an empty field clears the figure (null, not left out)', async () => {
    const sent: unknown[] = [];
    renderWithIntl(
      <MockedProvider mocks={[saving(sent)]}>
        <ProfileForm cooperative={PROFILE} canEdit />
      </MockedProvider>,
    );
    fireEvent.change(income(), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan profil' }));
    await screen.findByText('Perubahan disimpan.');
    expect(sent).toEqual([expect.objectContaining({ expectedMonthlyIncome: null })]);
  });

  it('refuses an unreadable amount at its field without sending', () => {
    renderWithIntl(
      <MockedProvider mocks={[]}>
        <ProfileForm cooperative={{ ...PROFILE, expectedMonthlyIncome: null }} canEdit />
      </MockedProvider>,
      'en',
    );
    expect(screen.getByLabelText(/Expected monthly income \(IDR\)/)).toHaveValue('');
    fireEvent.change(screen.getByLabelText(/Expected monthly income \(IDR\)/), {
      target: { value: '45 juta' },
    });
    fireEvent.click(screen.getByRole('button', { name: /Save profile/ }));
    expect(screen.getByLabelText(/Expected monthly income \(IDR\)/)).toHaveAttribute('aria-invalid', 'true');
  });
});
