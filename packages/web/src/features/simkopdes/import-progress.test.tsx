import { MockedProvider } from '@apollo/client/testing/react';
import { act, screen } from '@testing-library/react';
import { SimkopdesImportProgressDocument } from '@/graphql/generated/graphql';
import { renderWithIntl } from '@/test/render-with-intl';
import { ImportProgress, ImportProgressBar, progressPercent } from './import-progress';

const refresh = jest.fn();
jest.mock('@/i18n/navigation', () => ({
  useRouter: () => ({ refresh, push: jest.fn(), replace: jest.fn(), prefetch: jest.fn() }),
}));

beforeEach(() => refresh.mockClear());

const RUN = 'U2lta29wZGVzSW1wb3J0OjE=';

describe('ImportProgressBar', () => {
  it('shows the rows applied as a bar and a sentence with the percentage, announced politely', () => {
    renderWithIntl(<ImportProgressBar progress={{ status: 'APPLYING', rowsDone: 450, rowsTotal: 1200 }} />);
    const bar = screen.getByRole('progressbar', { name: 'Kemajuan impor' });
    expect(bar).toHaveAttribute('value', '450');
    expect(bar).toHaveAttribute('max', '1200');
    const status = screen.getByRole('status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status).toHaveTextContent('450 dari 1.200 baris diterapkan (38%)');
  });

  it('has no value while the amount is unknown, and is full once the run is done', () => {
    const { unmount } = renderWithIntl(
      <ImportProgressBar progress={{ status: 'CHECKING', rowsDone: 0, rowsTotal: 0 }} />,
    );
    expect(screen.getByRole('progressbar')).not.toHaveAttribute('value');
    expect(screen.getByRole('status')).toHaveTextContent('Berkas sedang diperiksa…');
    unmount();
    renderWithIntl(<ImportProgressBar progress={{ status: 'APPLIED', rowsDone: 1200, rowsTotal: 1200 }} />);
    expect(screen.getByRole('progressbar')).toHaveAttribute('value', '1');
    expect(screen.getByRole('status')).toHaveTextContent('Selesai: Diterapkan');
  });

  it('never reads above 100 %', () => {
    expect(progressPercent({ status: 'APPLYING', rowsDone: 15, rowsTotal: 10 }, 'en')).toBe('100%');
    expect(progressPercent({ status: 'QUEUED', rowsDone: 0, rowsTotal: 0 }, 'id')).toBe('0%');
  });
});

describe('ImportProgress', () => {
  afterEach(() => jest.useRealTimers());

  const answer = (status: string, rowsDone: number) => ({
    request: { query: SimkopdesImportProgressDocument, variables: { id: RUN } },
    result: {
      data: {
        simkopdesImport: {
          __typename: 'SimkopdesImport',
          id: RUN,
          status,
          rowsDone,
          rowsTotal: 100,
          error: null,
        },
      },
    },
  });

  it('asks for the run again until the job is done with it, then renders the page again', async () => {
    jest.useFakeTimers();
    renderWithIntl(
      <MockedProvider mocks={[answer('APPLYING', 40), answer('APPLIED', 100)]}>
        <ImportProgress
          importId={RUN}
          initial={{ status: 'APPLYING', rowsDone: 0, rowsTotal: 100 }}
          pollMs={1000}
        />
      </MockedProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('0 dari 100 baris diterapkan (0%)');
    // Each answer takes the mock link a few milliseconds.
    await act(() => jest.advanceTimersByTimeAsync(1100));
    expect(screen.getByRole('status')).toHaveTextContent('40 dari 100 baris diterapkan (40%)');
    expect(refresh).not.toHaveBeenCalled();
    await act(() => jest.advanceTimersByTimeAsync(1100));
    expect(screen.getByRole('status')).toHaveTextContent('Selesai: Diterapkan');
    expect(refresh).toHaveBeenCalledTimes(1);
    // Done: no more questions (a third would find no mock and fail the provider).
    await act(() => jest.advanceTimersByTimeAsync(5000));
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('does not ask at all for a run the job is done with', async () => {
    jest.useFakeTimers();
    renderWithIntl(
      <MockedProvider mocks={[]}>
        <ImportProgress
          importId={RUN}
          initial={{ status: 'APPLIED', rowsDone: 5, rowsTotal: 5 }}
          pollMs={1000}
        />
      </MockedProvider>,
    );
    await act(() => jest.advanceTimersByTimeAsync(5000));
    expect(refresh).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent('Selesai: Diterapkan');
  });
});
