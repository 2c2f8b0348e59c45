import { checkDocumentFile, DOCUMENT_MAX_BYTES, formatFileSize, uploadDocumentFile } from './document-upload';

describe('checkDocumentFile', () => {
  it.each([
    [{ size: 1000, type: 'application/pdf', name: 'a.pdf' }, null],
    [{ size: 1000, type: '', name: 'scan.JPG' }, null],
    [{ size: DOCUMENT_MAX_BYTES, type: 'application/pdf', name: 'a.pdf' }, null],
    [{ size: DOCUMENT_MAX_BYTES + 1, type: 'application/pdf', name: 'a.pdf' }, 'FILE_TOO_LARGE'],
    [{ size: 1000, type: 'application/msword', name: 'a.doc' }, 'UNSUPPORTED_FILE_TYPE'],
  ])('%j → %s', (file, expected) => {
    expect(checkDocumentFile(file)).toBe(expected);
  });
});

describe('formatFileSize', () => {
  it('shows bytes, kilobytes and megabytes', () => {
    expect(formatFileSize(512)).toBe('512 B');
    expect(formatFileSize(1536)).toBe('1,5 KB');
    expect(formatFileSize(5 * 1024 * 1024, 'en')).toBe('5 MB');
  });
});

describe('uploadDocumentFile', () => {
  const originalFetch = global.fetch;
  afterEach(() => {
    global.fetch = originalFetch;
  });
  const answer = (status: number, body: unknown) =>
    jest.fn().mockResolvedValue({ ok: status < 300, status, json: async () => body });

  it('posts the file same-origin with the CSRF header the API requires of cookie sessions', async () => {
    const fetchMock = answer(200, { document: { id: 'Q29vcGVyYXRpdmVEb2N1bWVudDox' } });
    global.fetch = fetchMock;
    const file = new File(['%PDF-1.4'], 'akta.pdf', { type: 'application/pdf' });
    expect(await uploadDocumentFile('Q29vcGVyYXRpdmVEb2N1bWVudDox', file)).toBeNull();
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/documents/Q29vcGVyYXRpdmVEb2N1bWVudDox/file');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    expect(new Headers(init.headers).get('apollo-require-preflight')).toBe('true');
    expect((init.body as FormData).get('file')).toBeInstanceOf(File);
  });

  it.each([
    [{ error: { code: 'FILE_TOO_LARGE' } }, 'FILE_TOO_LARGE'],
    [{ error: { code: 'CSRF_REFUSED' } }, 'FAILED'],
    [null, 'FAILED'],
  ])('an answer of %j reads as %s', async (body, expected) => {
    global.fetch = answer(400, body);
    expect(await uploadDocumentFile('x', new File(['x'], 'a.pdf'))).toBe(expected);
  });
});
