import { fireEvent, screen } from '@testing-library/react';
import { renderWithIntl } from '@/test/render-with-intl';
import { LanguageSwitcher } from './language-switcher';

let pathname = '/cooperatives';
let search = 'regency=61.03&unitType=SAVINGS_AND_LOAN';
jest.mock('next/navigation', () => ({
  useRouter: () => ({ push: jest.fn(), replace: jest.fn(), refresh: jest.fn(), prefetch: jest.fn() }),
  usePathname: () => pathname,
  useSearchParams: () => new URLSearchParams(search),
  useParams: () => ({}),
}));

function clearCookies() {
  for (const cookie of document.cookie.split(';')) {
    const name = cookie.split('=')[0]?.trim();
    if (name) document.cookie = `${name}=; max-age=0; path=/`;
  }
}

beforeEach(() => {
  pathname = '/cooperatives';
  search = 'regency=61.03&unitType=SAVINGS_AND_LOAN';
  clearCookies();
});

describe('LanguageSwitcher', () => {
  it('names both languages in their own language and marks the current one', () => {
    renderWithIntl(<LanguageSwitcher />, 'id');
    const nav = screen.getByRole('navigation', { name: 'Bahasa' });
    expect(nav).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Bahasa Indonesia' })).toHaveAttribute('aria-current', 'true');
    expect(screen.getByRole('link', { name: 'English' })).not.toHaveAttribute('aria-current');
    expect(screen.getByRole('link', { name: 'English' })).toHaveAttribute('lang', 'en');
  });

  it('links to the same page and filters in the other language', () => {
    renderWithIntl(<LanguageSwitcher />, 'id');
    expect(screen.getByRole('link', { name: 'English' })).toHaveAttribute(
      'href',
      '/en/cooperatives?regency=61.03&unitType=SAVINGS_AND_LOAN',
    );
  });

  it('links back to Indonesian through its prefix, so the proxy can update the remembered choice', () => {
    pathname = '/en/offerings';
    search = '';
    renderWithIntl(<LanguageSwitcher />, 'en');
    expect(screen.getByRole('navigation', { name: 'Language' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Bahasa Indonesia' })).toHaveAttribute('href', '/id/offerings');
    expect(screen.getByRole('link', { name: 'English' })).toHaveAttribute('aria-current', 'true');
  });

  it('remembers the choice in the locale cookie when a language is picked', () => {
    renderWithIntl(<LanguageSwitcher />, 'id');
    const english = screen.getByRole('link', { name: 'English' });
    // jsdom cannot navigate; the click handler still runs before the navigation would.
    english.addEventListener('click', (event) => event.preventDefault());
    fireEvent.click(english);
    expect(document.cookie).toContain('NEXT_LOCALE=en');
  });
});
