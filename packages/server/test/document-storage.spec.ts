import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { mkdtemp, readdir, rm, unlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import pino from 'pino';
import type { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig } from '../src/config';
import { connect } from '../src/db/database';
import { createApp, type App } from '../src/app';
import { DiskDocumentStorage } from '../src/modules/document/disk-document-storage';
import { sweepOrphanDocumentFiles } from '../src/modules/document/document-orphans';
import { listenForTests, startTestServer, type TestServer } from './support/test-server';
import { DEMO, loadFixture, type Fixture } from './authorization/fixture';
import { mutationCaller } from './writes/support';
import { dbIdOf, globalIdOf } from './support/ids';

/**
 * Document files behind the storage interface. Two API instances on one database, each with its
 * own connection pool and its own storage object, share one storage folder, as API containers
 * sharing a volume do: what one stores, the other serves, replaces and removes. Then the disk
 * driver's contract on its own.
 */
const MAX_BYTES = 64 * 1024;

/** A minimal well-formed PDF whose padding makes its content (and hash) unique to `label`. */
function pdf(label: string): Buffer {
  return Buffer.from(
    `%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog /Label (${label}) >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
    'latin1',
  );
}
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(200, 7),
]);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('two API instances sharing one storage folder', () => {
  let first: TestServer;
  let second: { url: string; app: App; server: Server; orm: MikroORM };
  let fixture: Fixture;
  let token: string;
  let documentId: string;
  const knex = () => first.orm.em.getKnex();
  const storedFiles = async () => (await readdir(first.documentDir).catch(() => [] as string[])).sort();
  const fileKey = async () =>
    (await knex()('cooperative_document').where('id', dbIdOf(documentId)).first('file_storage_key'))
      ?.file_storage_key as string | null | undefined;

  beforeAll(async () => {
    first = await startTestServer({ env: { DOCUMENT_MAX_BYTES: String(MAX_BYTES) } });
    // The second instance: its own pool on the first one's database, its own storage object on
    // the first one's folder; nothing else in common.
    const orm = await connect(first.orm.config.get('clientUrl')!, 4);
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DOCUMENT_STORAGE_DIR: first.documentDir,
      DOCUMENT_MAX_BYTES: String(MAX_BYTES),
    });
    const app = await createApp(config, orm, pino({ level: 'silent' }));
    const server = await listenForTests(app);
    second = { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, app, server, orm };

    fixture = await loadFixture(knex());
    token = await first.signIn(DEMO.ketua);
    const { payload } = await mutationCaller(first)<{ document: { id: string } }>(
      'addCooperativeDocument',
      'AddCooperativeDocumentInput',
      'document { id }',
      { cooperativeId: globalIdOf('Cooperative', fixture.demoCooperativeId), type: 'OTHER' },
      'ketua',
    );
    documentId = payload!.document!.id;
  });

  afterAll(async () => {
    if (second) {
      await new Promise<void>((resolve) => second.server.close(() => resolve()));
      await second.app.stop();
      await second.orm.close(true);
    }
    await first?.close();
  });

  async function upload(url: string, content: Buffer, name: string, type = 'application/pdf') {
    const form = new FormData();
    form.append('file', new Blob([content], { type }), name);
    const response = await fetch(`${url}/documents/${documentId}/file`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${token}` },
    });
    return {
      status: response.status,
      body: (await response.json()) as { document?: { file: { name: string; sha256: string } } },
    };
  }

  async function download(url: string) {
    const response = await fetch(`${url}/documents/${documentId}/file`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return { response, bytes: Buffer.from(await response.arrayBuffer()) };
  }

  test('a file uploaded through one instance is downloaded whole through the other', async () => {
    const content = pdf('through the first');
    const uploaded = await upload(first.url, content, 'akta.pdf');
    expect(uploaded.status).toBe(200);
    expect(uploaded.body.document!.file.sha256).toBe(sha256(content));

    const { response, bytes } = await download(second.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-length')).toBe(String(content.length));
    expect(response.headers.get('content-disposition')).toContain('filename="akta.pdf"');
    expect(bytes.equals(content)).toBe(true);
  });

  test('replaced through the other instance: the first serves the new file, the old one is gone from the folder', async () => {
    const old = await fileKey();
    expect(await storedFiles()).toContain(old);
    const replaced = await upload(second.url, PNG, 'foto.png', 'image/png');
    expect(replaced.status).toBe(200);
    const current = await fileKey();
    expect(current).not.toBe(old);
    expect(await storedFiles()).toEqual([current]);

    const { response, bytes } = await download(first.url);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(bytes.equals(PNG)).toBe(true);
  });

  test("one instance's orphan sweep keeps the other's referenced file and removes what no row names", async () => {
    const referenced = (await fileKey())!;
    const orphan = 'e'.repeat(48);
    const unfinished = `${'f'.repeat(48)}.part`;
    const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
    for (const name of [orphan, unfinished]) {
      await writeFile(path.join(first.documentDir, name), 'x');
      await utimes(path.join(first.documentDir, name), hourAgo, hourAgo);
    }
    // Everything counts as old here: only the reference keeps the first instance's upload.
    const deleted = await sweepOrphanDocumentFiles(
      second.orm.em.getKnex(),
      second.app.services.documentStorage,
      {
        graceMs: 0,
      },
    );
    expect(deleted).toBe(2);
    expect(await storedFiles()).toEqual([referenced]);
    expect((await download(first.url)).bytes.equals(PNG)).toBe(true);
  });

  test('a file missing from the shared folder answers 404 on either instance, and the API stays up', async () => {
    await unlink(path.join(first.documentDir, (await fileKey())!));
    for (const url of [first.url, second.url]) {
      const { response, bytes } = await download(url);
      expect({ url, status: response.status, body: JSON.parse(bytes.toString()) }).toEqual({
        url,
        status: 404,
        body: { error: { code: 'NOT_FOUND', message: 'The file is missing from storage.' } },
      });
      expect((await fetch(`${url}/health`)).status).toBe(200);
    }
  });

  test('removing the document through one instance removes the file the other stored', async () => {
    const content = pdf('through the second');
    expect((await upload(second.url, content, 'akta.pdf')).status).toBe(200);
    const key = await fileKey();
    expect(await storedFiles()).toEqual([key]);
    const version = (await knex()('cooperative_document').where('id', dbIdOf(documentId)).first('version'))
      .version as number;
    const { payload } = await mutationCaller(first)(
      'removeCooperativeDocument',
      'RemoveCooperativeDocumentInput',
      'removedDocumentId',
      { id: documentId, version },
      'ketua',
    );
    expect(payload!.userErrors).toEqual([]);
    expect(await storedFiles()).toEqual([]);
  });
});

describe('the disk driver', () => {
  let dir: string;
  let storage: DiskDocumentStorage;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'mitradesa-disk-storage-'));
    storage = new DiskDocumentStorage(path.join(dir, 'documents'), MAX_BYTES);
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const all = async (names: AsyncIterable<string>) => {
    const found: string[] = [];
    for await (const name of names) found.push(name);
    return found.sort();
  };

  test('receive → open → discard: the bytes come back, and a second discard says the file was already gone', async () => {
    const content = pdf('driver');
    const result = await storage.receive(Readable.from([content.subarray(0, 10), content.subarray(10)]));
    expect(result).toEqual({
      ok: true,
      file: {
        key: expect.stringMatching(/^[a-f0-9]{48}$/),
        sizeBytes: content.length,
        sha256: sha256(content),
        mimeType: 'application/pdf',
      },
    });
    const key = result.ok ? result.file.key : '';
    const stream = await storage.open(key);
    const chunks: Buffer[] = [];
    for await (const chunk of stream!) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).equals(content)).toBe(true);

    expect(await storage.discard(key)).toBe(true);
    expect(await storage.discard(key)).toBe(false);
    expect(await storage.open(key)).toBeNull();
    expect(await storage.discard(null)).toBe(false);
  });

  test('refused content leaves nothing behind, not even an unfinished upload', async () => {
    expect(await storage.receive(Readable.from([Buffer.from('<html><script>alert(1)</script>')]))).toEqual({
      ok: false,
      reason: 'UNSUPPORTED_FILE_TYPE',
    });
    expect(await storage.receive(Readable.from([]))).toEqual({ ok: false, reason: 'EMPTY' });
    expect(await readdir(storage.dir)).toEqual([]);
  });

  test('a stream that fails midway rejects and leaves nothing behind', async () => {
    const failing = new Readable({
      read() {
        this.push(pdf('cut'));
        this.destroy(new Error('the body was cut short'));
      },
    });
    await expect(storage.receive(failing)).rejects.toThrow('the body was cut short');
    expect(await readdir(storage.dir)).toEqual([]);
  });

  test('the listings give old stored keys and old unfinished uploads only, and ignore names that are not ours', async () => {
    expect(await all(storage.storedKeysOlderThan(Date.now()))).toEqual([]); // no folder yet
    const result = await storage.receive(Readable.from([PNG]));
    const fresh = result.ok ? result.file.key : '';
    const old = new Date(Date.now() - 10_000);
    for (const name of ['1'.repeat(48), `${'2'.repeat(48)}.part`, 'notes.txt']) {
      await writeFile(path.join(storage.dir, name), 'x');
      await utimes(path.join(storage.dir, name), old, old);
    }
    const cutoff = Date.now() - 5_000;
    expect(await all(storage.storedKeysOlderThan(cutoff))).toEqual(['1'.repeat(48)]);
    expect(await all(storage.unfinishedUploadsOlderThan(cutoff))).toEqual([`${'2'.repeat(48)}.part`]);
    expect(await all(storage.storedKeysOlderThan(Date.now() + 1000))).toEqual(['1'.repeat(48), fresh].sort());

    expect(await storage.discardUpload(`${'2'.repeat(48)}.part`)).toBe(true);
    expect(await storage.discardUpload(`${'2'.repeat(48)}.part`)).toBe(false);
  });

  test('names that are not keys are refused before the filesystem is touched', async () => {
    await expect(storage.open('../../etc/passwd')).rejects.toThrow('not a document storage key');
    await expect(storage.discard('../outside')).rejects.toThrow('not a document storage key');
    await expect(storage.discardUpload('../outside.part')).rejects.toThrow(
      'not an unfinished document upload',
    );
  });
});
