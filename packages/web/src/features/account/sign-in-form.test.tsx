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

function signedIn(mustChangePassword: boolean): MockLink.MockedResponse {
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
});
