// Demo documents: the decrees and diplomas behind the demo employee's record (the self-service
// account), and the latest rank decree of a few employees per government. Their files go to the
// configured file store; without one (a bare `seed` into a database only) no documents are made.
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { query, sql } from '../../shared/sql.ts';
import { bulkInsert, demoEmployee, type Row, type SeedContext } from './common.ts';
import { simplePdf } from './pdf.ts';

/** Employees per government, besides the demo account, whose latest rank decree is on file. */
const PER_GOVERNMENT = 25;

export async function seedDocuments({ em, built, options, stamp }: SeedContext): Promise<string> {
  const files = options.files;
  if (!files) return 'no file store: no documents';
  const types = new Map((await query<{ id: string; code: string }>(em, sql`select id, code from document_type`)).map((t) => [t.code, t.id]));
  const p = built.people;
  const me = demoEmployee(built);
  const chosen = new Set<string>(me ? [me.id] : []);
  for (const gov of built.governmentIds.values()) {
    for (const e of p.employees.filter((x) => x.governmentId === gov).slice(0, PER_GOVERNMENT)) chosen.add(e.id);
  }
  const names = new Map(p.employees.filter((e) => chosen.has(e.id)).map((e) => [e.id, { name: [e.frontTitle, e.fullName].filter(Boolean).join(' ') + (e.backTitle ? `, ${e.backTitle}` : ''), nip: e.nip }]));
  type Doc = { ownerKind: string; ownerId: string; employeeId: string; governmentId: string; type: string; fileName: string; lines: string[] };
  const docs: Doc[] = [];
  const latestRank = new Map<string, (typeof p.ranks)[number]>();
  for (const r of p.ranks) {
    if (!chosen.has(r.employeeId)) continue;
    if (r.employeeId === me?.id) {
      docs.push({ ownerKind: 'RANK_HISTORY', ownerId: r.id, employeeId: r.employeeId, governmentId: r.governmentId, type: 'SK_PANGKAT', fileName: `SK Pangkat ${r.tmt}.pdf`, lines: ['SURAT KEPUTUSAN KENAIKAN PANGKAT', `Nomor: ${r.decreeNumber ?? '-'}`, `Tanggal: ${r.decreeDate ?? '-'}`, `TMT: ${r.tmt}`] });
    } else if (!latestRank.has(r.employeeId) || latestRank.get(r.employeeId)!.tmt < r.tmt) latestRank.set(r.employeeId, r);
  }
  for (const r of latestRank.values()) {
    docs.push({ ownerKind: 'RANK_HISTORY', ownerId: r.id, employeeId: r.employeeId, governmentId: r.governmentId, type: 'SK_PANGKAT', fileName: `SK Pangkat ${r.tmt}.pdf`, lines: ['SURAT KEPUTUSAN KENAIKAN PANGKAT', `Nomor: ${r.decreeNumber ?? '-'}`, `TMT: ${r.tmt}`] });
  }
  if (me) {
    for (const ph of p.placements.filter((x) => x.employeeId === me.id)) {
      docs.push({ ownerKind: 'POSITION_HISTORY', ownerId: ph.id, employeeId: me.id, governmentId: ph.governmentId, type: 'SK_JABATAN', fileName: `SK Jabatan ${ph.startDate}.pdf`, lines: ['SURAT KEPUTUSAN PENGANGKATAN DALAM JABATAN', `Nomor: ${ph.decreeNumber ?? '-'}`, `Mulai: ${ph.startDate}`] });
    }
    for (const ed of p.education.filter((x) => x.employeeId === me.id)) {
      docs.push({ ownerKind: 'EDUCATION_HISTORY', ownerId: ed.id, employeeId: me.id, governmentId: ed.governmentId, type: 'IJAZAH', fileName: `Ijazah ${ed.graduationYear}.pdf`, lines: ['IJAZAH', ed.institution, `Lulus: ${ed.graduationYear}`] });
    }
  }
  const tmp = await mkdtemp(path.join(tmpdir(), 'asn-merit-seed-'));
  const rows: Row[] = [];
  try {
    for (const d of docs) {
      const who = names.get(d.employeeId)!;
      const bytes = simplePdf([...d.lines, '', `Nama: ${who.name}`, `NIP: ${who.nip}`, '', 'Dokumen contoh (data demo ASN Merit)']);
      const id = uuidv7();
      const storageKey = `${d.governmentId}/${id}`;
      const file = path.join(tmp, id);
      await writeFile(file, bytes);
      await files.put(storageKey, file, bytes.length, 'application/pdf');
      rows.push({ id, governmentId: d.governmentId, ownerKind: d.ownerKind, ownerId: d.ownerId, employeeId: d.employeeId, typeId: types.get(d.type), fileName: d.fileName, mime: 'PDF', sizeBytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), storageKey, uploadedBy: null, note: null });
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  await bulkInsert(em, 'document', rows, stamp);
  return `${rows.length} documents`;
}
