// The S3 adapter against a real S3-protocol server (s3rver, started here): keep, read back, list,
// delete; then the whole upload and download path of the app with FILE_STORAGE=s3.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S3Store } from '../src/modules/document/index.ts';
import { startTestApp, type TestApp } from './helpers.ts';

const BUCKET = 'asn-merit-documents';
let server: S3rver;
let dir: string;
let endpoint: string;
const s3 = () => ({ endpoint, region: 'us-east-1', bucket: BUCKET, accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', forcePathStyle: true });

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'asn-merit-s3-'));
  server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: dir, configureBuckets: [{ name: BUCKET, configs: [] }] });
  const address = (await server.run()) as AddressInfo;
  endpoint = `http://127.0.0.1:${address.port}`;
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('S3Store', () => {
  it('keeps a file, reads it back, lists it and deletes it', async () => {
    const store = new S3Store(s3());
    const file = path.join(dir, 'source.txt');
    writeFileSync(file, 'isi dokumen');
    const key = '0190a000-0000-7000-8000-00000000000a/0190a000-0000-7000-8000-00000000000b';
    await store.put(key, file, 11, 'application/pdf');
    expect(await text((await store.get(key))!)).toBe('isi dokumen');
    const listed = [];
    for await (const f of store.list()) listed.push(f);
    expect(listed.map((f) => f.key)).toEqual([key]);
    expect(listed[0].modifiedAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
    await store.delete(key);
    expect(await store.get(key)).toBeNull();
    await expect(store.put('../../escape', file, 11, 'text/plain')).rejects.toThrow(/not a storage key/);
    store.destroy();
  });
});

describe('the app on S3 storage', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ FILE_STORAGE: 's3', S3_ENDPOINT: endpoint, S3_BUCKET: BUCKET, S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER' });
  });
  afterAll(() => t?.close());

  it('uploads a document into the bucket and downloads it through a signed link', async () => {
    const [rh] = await t.sql<{ id: string }>(`select rh.id from rank_history rh join government g on g.id = rh.government_id where g.code = '33.74' limit 1`);
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n', 'latin1');
    const form = new FormData();
    form.append('ownerKind', 'RANK_HISTORY');
    form.append('ownerId', rh.id);
    form.append('typeCode', 'SK_PANGKAT');
    form.append('file', new Blob([pdf], { type: 'application/pdf' }), 'sk.pdf');
    const res = await fetch(`${t.url}/files/documents`, { method: 'POST', headers: { authorization: `Bearer ${await t.token('gov')}` }, body: form });
    expect(res.status).toBe(201);
    const { document } = (await res.json()) as { document: { id: string } };
    const keys = [];
    for await (const f of t.app.files.list()) keys.push(f.key);
    const [{ storage_key }] = await t.sql('select storage_key from document where id = ?', [document.id]);
    expect(keys).toContain(storage_key);
    const { documentLink } = await t.ok('query($id: ID!) { documentLink(id: $id) { url } }', { id: document.id });
    const got = await fetch(`${t.url}${documentLink.url}`);
    expect(got.status).toBe(200);
    expect(Buffer.from(await got.arrayBuffer()).equals(pdf)).toBe(true);
  });
});
