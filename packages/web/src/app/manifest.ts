import type { MetadataRoute } from 'next';

/**
 * The web app manifest: a phone that adds MitraDesa to its home screen gets the name, the red of
 * the header and the icons (Indonesian, the default language).
 */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: 'MitraDesa',
    short_name: 'MitraDesa',
    description: 'Pasar kemitraan Koperasi Desa/Kelurahan Merah Putih',
    lang: 'id',
    start_url: '/',
    display: 'standalone',
    background_color: '#fafaf9',
    theme_color: '#a51616',
    icons: [
      { src: '/icon.svg', type: 'image/svg+xml', sizes: 'any' },
      { src: '/icons/icon-192.png', type: 'image/png', sizes: '192x192' },
      { src: '/icons/icon-512.png', type: 'image/png', sizes: '512x512' },
    ],
  };
}
