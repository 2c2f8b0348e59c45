import type { ReactNode } from 'react';
import './globals.css';

/**
 * The real root layout (with <html>) is app/[locale]/layout.tsx, which knows the language. This
 * one only exists because app/not-found.tsx needs a layout above it.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
