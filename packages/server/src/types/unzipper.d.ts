// The part of unzipper's API the SIMKOPDES reader uses (the package ships no types).
declare module 'unzipper' {
  interface CentralDirectoryEntry {
    path: string;
    buffer(): Promise<Buffer>;
    /** The entry's content, inflated, read from its place in the file. */
    stream(): import('node:stream').Readable;
  }
  interface CentralDirectory {
    files: CentralDirectoryEntry[];
  }
  export const Open: { file(path: string): Promise<CentralDirectory> };
}
