import { checkDocumentFile, DOCUMENT_MAX_BYTES, formatFileSize } from './document-upload';

describe('checkDocumentFile', () => {
  it.each([
    [{ size: 1000, type: 'application/pdf', name: 'a.pdf' }, null],
    [{ size: 1000, type: '', name: 'scan.JPG' }, null],
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
