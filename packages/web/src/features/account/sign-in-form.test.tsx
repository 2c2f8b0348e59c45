import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { SignInDocument } from '@/graphql/generated/graphql';
import { renderWithIntl } from '@/test/render-with-intl';
import { SignInForm } from './sign-in-form';

const replace = jest.fn();
jest.mock('next/navigation', () => ({
  useRouter: () => ({ push: jest.fn(), replace, refresh: jest.fn(), prefetch: jest.fn() }),
  usePathname: () => '/sign-in',
  useSearchParams: () => new URLSearchParams(),
  useParams: () => ({}),
}));

type Membership = { role: string; cooperative?: boolean; partner?: boolean };

function signedIn(
  mustChangePassword: boolean,
  roles: string[] = ['COOPERATIVE'],
  memberships: Membership[] = [{ role: 'KETUA', cooperative: true }],
): MockLink.MockedResponse {
  return {
    request: {
      query: SignInDocument,
      variables: { input: { email: 'lupa@koperasi.id', password: 'sementara-123' } },
    },
    result: {
      data: {
        signIn: {
          __typename: 'SignInPayload',
          viewer: {
            __typename: 'Viewer',
            user: { __typename: 'User', id: 'VXNlcjo5', name: 'Siti' },
            mustChangePassword,
            roles,
            memberships: memberships.map((membership) => ({
              __typename: 'Membership',
              role: membership.role,
              cooperative: membership.cooperative
                ? { __typename: 'Cooperative', id: 'Q29vcGVyYXRpdmU6MQ' }
                : null,
              partner: membership.partner ? { __typename: 'Partner', id: 'UGFydG5lcjox' } : null,
            })),
          },
          errors: [],
        },
      },
    },
  };
}

describe('SignInForm', () => {
  beforeEach(() => replace.mockClear());

  test.each([
    [false, '/proposals'],
    [true, '/sign-in'],
  ])('with mustChangePassword %s it goes to %s', async (mustChangePassword, destination) => {
    renderWithIntl(
      <MockedProvider mocks={[signedIn(mustChangePassword)]}>
        <SignInForm returnTo="/proposals" />
      </MockedProvider>,
    );
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'lupa@koperasi.id' } });
    fireEvent.change(screen.getByLabelText('Kata sandi'), { target: { value: 'sementara-123' } });
    fireEvent.click(screen.getByRole('button', { name: 'Masuk' }));
    await waitFor(() => expect(replace).toHaveBeenCalled());
    expect(replace.mock.calls[0][0]).toMatch(new RegExp(`${destination}$`));
  });

  // Without a page to return to, each lands in their own workspace; several: the first of these.
  test.each<[string, string[], Membership[], string]>([
    ['a chair', ['COOPERATIVE'], [{ role: 'KETUA', cooperative: true }], '/cooperative'],
    ['a bank officer', ['PARTNER'], [{ role: 'PARTNER_STAFF', partner: true }], '/partner'],
    ['a mentor', ['MENTOR'], [{ role: 'MENTOR' }], '/mentor'],
    ['a Dinas officer', ['DINAS'], [{ role: 'DINAS' }], '/dinas'],
    [
      'a mentor who also chairs a cooperative',
      ['MENTOR', 'COOPERATIVE'],
      [{ role: 'MENTOR' }, { role: 'KETUA', cooperative: true }],
      '/cooperative',
    ],
    ['a user without an organisation', [], [], '/'],
  ])('%s lands in %s', async (_who, roles, memberships, destination) => {
    renderWithIntl(
      <MockedProvider mocks={[signedIn(false, roles, memberships)]}>
        <SignInForm returnTo={null} />
      </MockedProvider>,
    );
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'lupa@koperasi.id' } });
    fireEvent.change(screen.getByLabelText('Kata sandi'), { target: { value: 'sementara-123' } });
    fireEvent.click(screen.getByRole('button', { name: 'Masuk' }));
    await waitFor(() => expect(replace).toHaveBeenCalled());
    expect(replace.mock.calls[0][0]).toMatch(
      new RegExp(`^(/id)?${destination === '/' ? '/?' : destination}$`),
    );
  });
});
