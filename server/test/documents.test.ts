// The document store over HTTP and GraphQL, on real PostgreSQL and a real folder: who may attach,
// list and download, what a bad file gets, and that nothing is left half-written.
import { createHmac, hkdfSync } from 'node:crypto';
import { readdirSync, utimesSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type As, type TestApp } from './helpers.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9]);

let t: TestApp;
let own: { employeeId: string; rankHistoryId: string; educationId: string | null };
let other: { employeeId: string; rankHistoryId: string };
let foreign: { rankHistoryId: string };
let outsideUnit: { rankHistoryId: string };

const files = (sub: 'files' | 'uploads') => {
  const dir = sub === 'files' ? t.config.files.dir : t.config.files.tmpDir;
  if (!existsSync(dir)) return [];
  return sub === 'files' ? readdirSync(dir).flatMap((d) => readdirSync(path.join(dir, d)).map((f) => `${d}/${f}`)) : readdirSync(dir);
};
const rows = async () => Number((await t.sql<{ n: string }>('select count(*) as n from document'))[0].n);

async function upload(as: As, fields: Record<string, string>, file: { bytes: Buffer; name: string; type: string } | null, order: 'fields-first' | 'file-first' = 'fields-first') {
  const form = new FormData();
  const addFields = () => Object.entries(fields).forEach(([k, v]) => form.append(k, v));
  if (order === 'fields-first') addFields();
  if (file) form.append('file', new Blob([file.bytes], { type: file.type }), file.name);
  if (order === 'file-first') addFields();
  const res = await fetch(`${t.url}/files/documents`, { method: 'POST', headers: as === 'anonymous' ? {} : { authorization: `Bearer ${await t.token(as)}` }, body: form });
  return { status: res.status, body: (await res.json()) as any };
}

const skPangkat = (rankHistoryId: string) => ({ ownerKind: 'RANK_HISTORY', ownerId: rankHistoryId, typeCode: 'SK_PANGKAT' });
const LINK = 'query($id: ID!) { documentLink(id: $id) { url expiresAt } }';
const LIST = 'query($f: DocumentFilter) { documents(filter: $f, limit: 50) { total items { id fileName mime sizeBytes sha256 ownerKind ownerId employeeId version type { code name } } } }';

beforeAll(async () => {
  t = await startTestApp();
  const [me] = await t.sql<{ employee_id: string }>(`select employee_id from app_user where email = 'pegawai@semarangkota.go.id'`);
  const [rh] = await t.sql<{ id: string }>('select id from rank_history where employee_id = ? order by tmt limit 1', [me.employee_id]);
  const [ed] = await t.sql<{ id: string }>('select id from education_history where employee_id = ? limit 1', [me.employee_id]);
  own = { employeeId: me.employee_id, rankHistoryId: rh.id, educationId: ed?.id ?? null };
  const [o] = await t.sql<{ id: string; employee_id: string }>(
    `select rh.id, rh.employee_id from rank_history rh join government g on g.id = rh.government_id where g.code = '33.74' and rh.employee_id <> ? limit 1`,
    [me.employee_id],
  );
  other = { employeeId: o.employee_id, rankHistoryId: o.id };
  const [f] = await t.sql<{ id: string }>(`select rh.id from rank_history rh join government g on g.id = rh.government_id where g.code = '12.76' limit 1`);
  foreign = { rankHistoryId: f.id };
  // an employee of Semarang not placed in the unit admin's unit
  const [u] = await t.sql<{ id: string }>(
    `select rh.id from rank_history rh join government g on g.id = rh.government_id
      where g.code = '33.74' and not exists (
        select 1 from position_history ph join org_unit ou on ou.id = ph.unit_id
        join app_user au on au.email = 'dinkes@semarangkota.go.id'
        join org_unit mine on mine.id = au.unit_id
        where ph.employee_id = rh.employee_id and ph.end_date is null and ou.path like mine.path || '%')
      limit 1`,
  );
  outsideUnit = { rankHistoryId: u.id };
});

afterAll(() => t?.close());

describe('uploading a document', () => {
  it('attaches a PDF to a rank history entry, with its hash, type and uploader, and lists it for the employee', async () => {
    const res = await upload('gov', { ...skPangkat(own.rankHistoryId), note: 'SK kenaikan pangkat' }, { bytes: PDF, name: 'SK Pangkat III-c.pdf', type: 'application/pdf' });
    expect(res.status).toBe(201);
    expect(res.body.document).toMatchObject({ ownerKind: 'RANK_HISTORY', ownerId: own.rankHistoryId, fileName: 'SK Pangkat III-c.pdf', mime: 'PDF', sizeBytes: PDF.length });
    expect(res.body.document.sha256).toMatch(/^[0-9a-f]{64}$/);
    const list = await t.ok(LIST, { f: { employeeId: own.employeeId } });
    const doc = list.documents.items.find((d: any) => d.id === res.body.document.id);
    expect(doc).toMatchObject({ employeeId: own.employeeId, type: { code: 'SK_PANGKAT' } });
    const [stored] = await t.sql(`select uploaded_by, government_id, storage_key from document where id = ?`, [doc.id]);
    expect(stored.uploaded_by).toBeTruthy();
    expect(files('files')).toContain(stored.storage_key);
    expect(files('uploads')).toEqual([]);
  });

  it('refuses bad files with the field and reason, and keeps no row and no file', async () => {
    const before = { rows: await rows(), files: files('files').length };
    const cases: [Record<string, string>, { bytes: Buffer; name: string; type: string }, string][] = [
      [skPangkat(own.rankHistoryId), { bytes: Buffer.from('MZ\x90\x00\x03rest of a program', 'latin1'), name: 'sk.pdf', type: 'application/pdf' }, 'FILE_EXECUTABLE'],
      [skPangkat(own.rankHistoryId), { bytes: JPEG, name: 'sk.pdf', type: 'application/pdf' }, 'FILE_TYPE_MISMATCH'],
      [skPangkat(own.rankHistoryId), { bytes: JPEG, name: 'sk.jpg', type: 'image/jpeg' }, 'FILE_TYPE_NOT_ALLOWED'],
      [skPangkat(own.rankHistoryId), { bytes: Buffer.from('plain text'), name: 'sk.pdf', type: 'application/pdf' }, 'FILE_TYPE_UNKNOWN'],
      [skPangkat(own.rankHistoryId), { bytes: Buffer.alloc(0), name: 'sk.pdf', type: 'application/pdf' }, 'FILE_EMPTY'],
      [skPangkat(own.rankHistoryId), { bytes: PDF, name: '../../etc/sk.pdf', type: 'application/pdf' }, 'FILE_NAME_PATH'],
      [skPangkat(own.rankHistoryId), { bytes: Buffer.from('%PDF-1.4\n1 0 obj << /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj\n%%EOF', 'latin1'), name: 'sk.pdf', type: 'application/pdf' }, 'PDF_ACTIVE_CONTENT'],
      [
        skPangkat(own.rankHistoryId),
        {
          bytes: (() => {
            const bomb = deflateSync(Buffer.alloc(100 * 1024 * 1024));
            return Buffer.concat([Buffer.from(`%PDF-1.4\n1 0 obj << /Length ${bomb.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'), bomb, Buffer.from('\nendstream\nendobj\n%%EOF', 'latin1')]);
          })(),
          name: 'sk.pdf',
          type: 'application/pdf',
        },
        'PDF_BOMB',
      ],
      [{ ownerKind: 'RANK_HISTORY', ownerId: own.rankHistoryId, typeCode: 'IJAZAH' }, { bytes: PDF, name: 'ijazah.pdf', type: 'application/pdf' }, 'TYPE_NOT_FOR_RECORD'],
    ];
    for (const [fields, file, reason] of cases) {
      const res = await upload('gov', fields, file);
      expect(res.status, reason).toBe(400);
      expect(res.body.errors[0].extensions, reason).toMatchObject({ code: 'BAD_USER_INPUT', reason });
      expect(res.body.errors[0].message).not.toMatch(/\n\s+at |\.ts:\d|select .* from|insert into/);
    }
    expect(await rows()).toBe(before.rows);
    expect(files('files').length).toBe(before.files);
    expect(files('uploads')).toEqual([]);
  });

  it('refuses a file over its type\'s size limit while it arrives', async () => {
    const types = await t.ok('{ documentTypes { id code maxBytes version } }', {}, 'super');
    const sk = types.documentTypes.find((d: any) => d.code === 'SK_PANGKAT');
    const small = await t.ok('mutation($id: ID!, $i: UpdateDocumentTypeInput!) { updateDocumentType(id: $id, input: $i) { maxBytes version } }', { id: sk.id, i: { version: sk.version, maxBytes: 2048 } }, 'super');
    try {
      const big = Buffer.concat([PDF, Buffer.alloc(4096, 0x20)]);
      const res = await upload('gov', skPangkat(own.rankHistoryId), { bytes: big, name: 'sk.pdf', type: 'application/pdf' });
      expect(res.status).toBe(400);
      expect(res.body.errors[0].extensions).toMatchObject({ reason: 'FILE_TOO_LARGE', field: 'file', params: { maxBytes: 2048 } });
      expect(files('uploads')).toEqual([]);
    } finally {
      await t.ok('mutation($id: ID!, $i: UpdateDocumentTypeInput!) { updateDocumentType(id: $id, input: $i) { maxBytes } }', { id: sk.id, i: { version: small.updateDocumentType.version, maxBytes: sk.maxBytes } }, 'super');
    }
  });

  it('lets only those who may edit the record attach to it', async () => {
    const file = { bytes: PDF, name: 'sk.pdf', type: 'application/pdf' };
    const expectRefused = async (as: As, ownerId: string, code: string, reason?: string) => {
      const res = await upload(as, skPangkat(ownerId), file);
      expect(res.body.errors?.[0]?.extensions, `${as}`).toMatchObject({ code, ...(reason ? { reason } : {}) });
    };
    await expectRefused('employee', own.rankHistoryId, 'FORBIDDEN', 'READ_ONLY');
    await expectRefused('analyst', own.rankHistoryId, 'FORBIDDEN', 'READ_ONLY');
    await expectRefused('otherGov', own.rankHistoryId, 'NOT_FOUND');
    await expectRefused('gov', foreign.rankHistoryId, 'NOT_FOUND');
    await expectRefused('unit', outsideUnit.rankHistoryId, 'NOT_FOUND');
    await expectRefused('anonymous', own.rankHistoryId, 'UNAUTHENTICATED');
    const res = await upload('gov', {}, file, 'file-first');
    expect(res.body.errors[0].extensions).toMatchObject({ reason: 'UPLOAD_FIELD_ORDER' });
    const missing = await upload('gov', skPangkat(own.rankHistoryId), null);
    expect(missing.body.errors[0].extensions).toMatchObject({ reason: 'FILE_MISSING' });
  });

  it('removes the stored file when the transaction fails, and keeps no row', async () => {
    const before = { rows: await rows(), files: files('files').length };
    const store = t.app.files;
    const put = store.put.bind(store);
    store.put = async (...args) => {
      await put(...args);
      throw new Error('storage failed after writing');
    };
    try {
      const res = await upload('gov', skPangkat(own.rankHistoryId), { bytes: PDF, name: 'sk.pdf', type: 'application/pdf' });
      expect(res.status).toBe(500);
      expect(JSON.stringify(res.body)).not.toMatch(/storage failed/);
    } finally {
      store.put = put;
    }
    expect(await rows()).toBe(before.rows);
    expect(files('files').length).toBe(before.files);
  });
});

describe('reading documents', () => {
  let docId: string;
  let otherDocId: string;
  beforeAll(async () => {
    docId = (await upload('gov', skPangkat(own.rankHistoryId), { bytes: PDF, name: 'SK Pangkat.pdf', type: 'application/pdf' })).body.document.id;
    otherDocId = (await upload('gov', skPangkat(other.rankHistoryId), { bytes: PDF, name: 'SK lain.pdf', type: 'application/pdf' })).body.document.id;
  });

  it('shows an employee their own documents only', async () => {
    const mine = await t.ok(LIST, {}, 'employee');
    const ids = mine.documents.items.map((d: any) => d.id);
    expect(ids).toContain(docId);
    expect(ids).not.toContain(otherDocId);
    expect(mine.documents.items.every((d: any) => d.employeeId === own.employeeId)).toBe(true);
    const theirs = await t.gql(LINK, { id: otherDocId }, 'employee');
    expect(theirs.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('gives analysts and other governments nothing', async () => {
    expect((await t.gql(LIST, {}, 'analyst')).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE' });
    const otherGov = await t.ok(LIST, { f: { employeeId: own.employeeId } }, 'otherGov');
    expect(otherGov.documents.total).toBe(0);
    expect((await t.gql(LINK, { id: docId }, 'otherGov')).errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('downloads through a short-lived signed link, and logs the download', async () => {
    const { documentLink } = await t.ok(LINK, { id: docId }, 'employee');
    expect(new Date(documentLink.expiresAt).getTime()).toBeGreaterThan(Date.now());
    const res = await fetch(`${t.url}${documentLink.url}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain('attachment; filename="SK Pangkat.pdf"');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(Buffer.from(await res.arrayBuffer()).equals(PDF)).toBe(true);
    const inline = await fetch(`${t.url}${documentLink.url}&inline=1`);
    expect(inline.headers.get('content-disposition')).toMatch(/^inline/);
    await t.app.accessLog.drain();
    const log = await t.sql(`select actor_email, action, fields, reason from access_log where entity_id = ? and action = 'DOCUMENT_DOWNLOAD'`, [docId]);
    expect(log).toHaveLength(2);
    expect(log[0]).toMatchObject({ actor_email: 'pegawai@semarangkota.go.id', fields: ['SK_PANGKAT'], reason: 'PERSONAL' });
  });

  it('refuses a tampered, foreign or expired link', async () => {
    const { documentLink } = await t.ok(LINK, { id: docId }, 'gov');
    const url = new URL(documentLink.url, t.url);
    const tampered = new URL(url);
    tampered.searchParams.set('e', String(Number(url.searchParams.get('e')) + 3600));
    expect(((await (await fetch(tampered)).json()) as any).errors[0].extensions.reason).toBe('LINK_INVALID');
    const moved = new URL(url.toString().replace(docId, otherDocId));
    expect(((await (await fetch(moved)).json()) as any).errors[0].extensions.reason).toBe('LINK_INVALID');
    // a correctly signed link whose time is up
    const u = url.searchParams.get('u')!;
    const e = Math.floor(Date.now() / 1000) - 1;
    const key = Buffer.from(hkdfSync('sha256', t.config.jwtSecret, 'asn-merit', 'document-download-link', 32));
    const s = createHmac('sha256', key).update(`${docId}.${u}.${e}`).digest('base64url');
    const expired = await fetch(`${t.url}/files/documents/${docId}?u=${u}&e=${e}&s=${s}`);
    expect(expired.status).toBe(400);
    expect(((await expired.json()) as any).errors[0].extensions.reason).toBe('LINK_EXPIRED');
  });

  it('deletes a document with its file, for admins only', async () => {
    const id = (await upload('gov', skPangkat(own.rankHistoryId), { bytes: PDF, name: 'salah.pdf', type: 'application/pdf' })).body.document.id;
    const [{ storage_key }] = await t.sql('select storage_key from document where id = ?', [id]);
    expect((await t.gql('mutation($id: ID!) { deleteDocument(id: $id, version: 1) }', { id }, 'employee')).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(await t.ok('mutation($id: ID!) { deleteDocument(id: $id, version: 1) }', { id }, 'gov')).toEqual({ deleteDocument: true });
    expect(await t.sql('select 1 from document where id = ?', [id])).toHaveLength(0);
    expect(files('files')).not.toContain(storage_key);
    const [audit] = await t.sql(`select action from audit_entry where entity_name = 'Document' and entity_id = ? and action = 'DELETE'`, [id]);
    expect(audit?.action).toBe('DELETE');
  });
});

describe('large files in chunks', () => {
  const auth = async () => ({ authorization: `Bearer ${await t.token('gov')}` });
  const big = Buffer.concat([PDF.subarray(0, PDF.length - 6), Buffer.alloc(200 * 1024, 0x20), Buffer.from('\n%%EOF\n')]);

  it('takes a file in parts, resumes from the offset the server holds, and refuses a wrong offset or an early finish', async () => {
    const start = await fetch(`${t.url}/files/uploads`, {
      method: 'POST',
      headers: { ...(await auth()), 'content-type': 'application/json' },
      body: JSON.stringify({ ...skPangkat(own.rankHistoryId), fileName: 'SK besar.pdf', size: big.length, mimeType: 'application/pdf' }),
    });
    expect(start.status).toBe(201);
    const { uploadId } = (await start.json()) as { uploadId: string };
    const part = async (at: number, bytes: Buffer) =>
      fetch(`${t.url}/files/uploads/${uploadId}`, { method: 'PATCH', headers: { ...(await auth()), 'upload-offset': String(at), 'content-type': 'application/offset+octet-stream' }, body: bytes });
    const half = Math.floor(big.length / 2);
    expect((await part(0, big.subarray(0, half))).status).toBe(200);
    const wrong = await part(0, big.subarray(0, 10));
    expect(wrong.status).toBe(409);
    expect(((await wrong.json()) as any).errors[0].extensions).toMatchObject({ reason: 'UPLOAD_OFFSET', params: { offset: half } });
    const early = await fetch(`${t.url}/files/uploads/${uploadId}/complete`, { method: 'POST', headers: await auth() });
    expect(((await early.json()) as any).errors[0].extensions.reason).toBe('UPLOAD_INCOMPLETE');
    // resume: ask where it stands, send the rest
    const state = (await (await fetch(`${t.url}/files/uploads/${uploadId}`, { headers: await auth() })).json()) as { offset: number };
    expect(state.offset).toBe(half);
    const otherUser = await fetch(`${t.url}/files/uploads/${uploadId}`, { headers: { authorization: `Bearer ${await t.token('super')}` } });
    expect(otherUser.status).toBe(404);
    expect((await part(state.offset, big.subarray(state.offset))).status).toBe(200);
    const done = await fetch(`${t.url}/files/uploads/${uploadId}/complete`, { method: 'POST', headers: await auth() });
    expect(done.status).toBe(201);
    const { document } = (await done.json()) as { document: { id: string; sizeBytes: number } };
    expect(document.sizeBytes).toBe(big.length);
    expect(files('uploads')).toEqual([]);
    const { documentLink } = await t.ok(LINK, { id: document.id });
    expect(Buffer.from(await (await fetch(`${t.url}${documentLink.url}`)).arrayBuffer()).equals(big)).toBe(true);
  });

  it('refuses a declared size over the type\'s limit before any byte', async () => {
    const res = await fetch(`${t.url}/files/uploads`, {
      method: 'POST',
      headers: { ...(await auth()), 'content-type': 'application/json' },
      body: JSON.stringify({ ...skPangkat(own.rankHistoryId), fileName: 'x.pdf', size: 500 * 1024 * 1024 }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).errors[0].extensions).toMatchObject({ reason: "FILE_TOO_LARGE", field: "size" });
  });
});

describe('the orphan sweep', () => {
  it('removes old files without a record and abandoned uploads, and keeps every file with one', async () => {
    const kept = files('files');
    const [gov] = await t.sql<{ id: string }>(`select id from government where code = '33.74'`);
    const orphan = `${gov.id}/0190a000-0000-7000-8000-000000000001`;
    mkdirSync(path.join(t.config.files.dir, gov.id), { recursive: true });
    writeFileSync(path.join(t.config.files.dir, orphan), PDF);
    writeFileSync(path.join(t.config.files.tmpDir, '0190a000-0000-7000-8000-000000000002.part'), 'half');
    const young = `${gov.id}/0190a000-0000-7000-8000-000000000003`;
    writeFileSync(path.join(t.config.files.dir, young), PDF);
    const old = new Date(Date.now() - 2 * 3600_000);
    utimesSync(path.join(t.config.files.dir, orphan), old, old);
    utimesSync(path.join(t.config.files.tmpDir, '0190a000-0000-7000-8000-000000000002.part'), old, old);
    for (const k of kept) utimesSync(path.join(t.config.files.dir, k), old, old);
    const swept = await t.app.sweepOrphans();
    expect(swept).toEqual({ stored: 1, uploads: 1 });
    expect(files('files').sort()).toEqual([...kept, young].sort());
  });
});
