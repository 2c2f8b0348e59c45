import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen } from '@testing-library/react';
import { ChangePasswordDocument } from '@/graphql/generated/graphql';
import type { AppLocale } from '@/i18n/routing';
import { renderWithIntl } from '@/test/render-with-intl';
import { ChangePasswordForm } from './change-password-form';

function answer(
  newPassword: string,
  result: {
    isChanged: boolean;
    revokedSessionCount: number;
    errors: { code: string; field: string[] }[];
  },
): MockLink.MockedResponse {
  return {
    request: {
      query: ChangePasswordDocument,
      variables: { input: { currentPassword: 'sandi-lama-saya', newPassword } },
    },
    result: {
      data: {
        changePassword: {
          __typename: 'ChangePasswordPayload',
          ...result,
          errors: result.errors.map((error) => ({
            __typename: 'AccountError',
            message: 'English text from the API',
            ...error,
          })),
        },
      },
    },
  };
}

function fill(locale: AppLocale, newPassword: string, repeat = newPassword) {
  const labels =
    locale === 'id'
      ? { current: 'Kata sandi sekarang', next: 'Kata sandi baru', repeat: 'Ulangi kata sandi baru' }
      : { current: 'Current password', next: 'New password', repeat: 'Repeat the new password' };
  fireEvent.change(screen.getByLabelText(labels.current), { target: { value: 'sandi-lama-saya' } });
  fireEvent.change(screen.getByLabelText(labels.next), { target: { value: newPassword } });
  fireEvent.change(screen.getByLabelText(labels.repeat), { target: { value: repeat } });
  fireEvent.submit(screen.getByRole('form'));
}

describe('ChangePasswordForm', () => {
  test.each([
    ['id', 'Kata sandi ini termasuk yang paling sering dipakai. Pilih yang lain.'],
    ['en', 'This password is one of the most commonly used. Choose another.'],
  ] as const)('shows a refusal by its code in %s, at the new password', async (locale, text) => {
    renderWithIntl(
      <MockedProvider
        mocks={[
          answer('password123', {
            isChanged: false,
            revokedSessionCount: 0,
            errors: [{ code: 'PASSWORD_TOO_COMMON', field: ['input', 'newPassword'] }],
          }),
        ]}
      >
        <ChangePasswordForm />
      </MockedProvider>,
      locale,
    );
    fill(locale, 'password123');
    expect(await screen.findByRole('alert')).toHaveTextContent(text);
    expect(screen.queryByText('English text from the API')).toBeNull();
    const newPassword = screen.getByLabelText(locale === 'id' ? 'Kata sandi baru' : 'New password');
    expect(newPassword).toHaveAttribute('aria-invalid', 'true');
  });

  test('a wrong current password is marked at the current password', async () => {
    renderWithIntl(
      <MockedProvider
        mocks={[
          answer('kopi-gayo-pagi-hari', {
            isChanged: false,
            revokedSessionCount: 0,
            errors: [{ code: 'INVALID_CREDENTIALS', field: ['input', 'currentPassword'] }],
          }),
        ]}
      >
        <ChangePasswordForm />
      </MockedProvider>,
    );
    fill('id', 'kopi-gayo-pagi-hari');
    expect(await screen.findByRole('alert')).toHaveTextContent('Kata sandi sekarang salah.');
    expect(screen.getByLabelText('Kata sandi sekarang')).toHaveAttribute('aria-invalid', 'true');
  });

  test('two different new passwords are caught before anything is sent', async () => {
    renderWithIntl(
      <MockedProvider mocks={[]}>
        <ChangePasswordForm />
      </MockedProvider>,
    );
    fill('id', 'kopi-gayo-pagi-hari', 'kopi-gayo-sore-hari');
    expect(await screen.findByRole('alert')).toHaveTextContent('Kedua kata sandi baru berbeda.');
  });

  test('on success it says how many other devices were signed out and clears the fields', async () => {
    renderWithIntl(
      <MockedProvider
        mocks={[answer('kopi-gayo-pagi-hari', { isChanged: true, revokedSessionCount: 2, errors: [] })]}
      >
        <ChangePasswordForm />
      </MockedProvider>,
    );
    fill('id', 'kopi-gayo-pagi-hari');
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Kata sandi Anda sudah diganti. 2 perangkat lain dikeluarkan.',
    );
    expect(screen.getByLabelText('Kata sandi baru')).toHaveValue('');
  });
});
