// Builds the demo governments' unit trees and position trees (with formasi) from org-data.ts.
import type { Faker } from '@faker-js/faker';
import type { AgencySeed, GovernmentSeed } from './org-data.ts';

export interface UnitRow {
  id: string;
  governmentId: string;
  parentId: string | null;
  path: string;
  depth: number;
  code: string;
  name: string;
  kind: string;
  sector: string;
  populationServed: number | null;
  kecamatan?: string;
}

/** Who may hold a position: drives education, age, sex and ASN type of generated holders. */
export type Profile =
  | 'LEADER'
  | 'MANAGER'
  | 'SUPERVISOR'
  | 'EXPERT'
  | 'SKILLED'
  | 'CLERK'
  | 'DRIVER'
  | 'DOCTOR'
  | 'SPECIALIST'
  | 'DENTIST'
  | 'PHARMACIST'
  | 'NURSE'
  | 'MIDWIFE'
  | 'HEALTH_TECH'
  | 'TEACHER'
  | 'HEADMASTER';

export interface PositionRow {
  id: string;
  governmentId: string;
  unitId: string;
  parentId: string | null;
  code: string;
  title: string;
  kind: string;
  functionalLevel: string | null;
  functionalFamily: string | null;
  grade: number;
  plannedHeadcount: number;
  minEducation: string | null;
  minRank: string | null;
  /** Relative staffing weight before scaling (heads have none: always 1). */
  weight: number;
  head: boolean;
  profile: Profile;
}

const EXPERT_GRADES: Record<string, number> = { AHLI_PERTAMA: 8, AHLI_MUDA: 9, AHLI_MADYA: 11, AHLI_UTAMA: 13 };
const SKILL_GRADES: Record<string, number> = { TERAMPIL: 6, MAHIR: 7, PENYELIA: 8 };

export class StructureBuilder {
  readonly units: UnitRow[] = [];
  readonly positions: PositionRow[] = [];
  private unitSeq = 0;
  private positionSeq = 0;

  constructor(
    private readonly faker: Faker,
    private readonly governmentId: string,
  ) {}

  private unit(parent: UnitRow | null, name: string, kind: string, sector: string, populationServed: number | null, code?: string): UnitRow {
    const id = this.faker.string.uuid();
    const row: UnitRow = {
      id,
      governmentId: this.governmentId,
      parentId: parent?.id ?? null,
      path: `${parent?.path ?? '/'}${id}/`,
      depth: parent ? parent.depth + 1 : 0,
      code: code ?? `${parent ? parent.code + '.' : ''}${String(++this.unitSeq).padStart(3, '0')}`,
      name,
      kind,
      sector,
      populationServed,
    };
    this.units.push(row);
    return row;
  }

  private position(unit: UnitRow, parent: PositionRow | null, p: Omit<PositionRow, 'id' | 'governmentId' | 'unitId' | 'parentId' | 'code' | 'plannedHeadcount'>): PositionRow {
    const row: PositionRow = {
      ...p,
      id: this.faker.string.uuid(),
      governmentId: this.governmentId,
      unitId: unit.id,
      parentId: parent?.id ?? null,
      code: `J-${String(++this.positionSeq).padStart(5, '0')}`,
      plannedHeadcount: 1,
    };
    this.positions.push(row);
    return row;
  }

  private head(unit: UnitRow, parent: PositionRow | null, title: string, kind: string, grade: number, minEducation: string | null, minRank: string | null, profile: Profile): PositionRow {
    return this.position(unit, parent, { title, kind, functionalLevel: null, functionalFamily: null, grade, minEducation, minRank, weight: 0, head: true, profile });
  }

  private functional(unit: UnitRow, parent: PositionRow | null, family: string, level: string, weight: number, profile: Profile, minEducation: string | null = null): PositionRow {
    const label = level.replace('AHLI_', 'Ahli ').replace('_', ' ').toLowerCase().replace(/(^|\s)\S/g, (c) => c.toUpperCase());
    const grade = EXPERT_GRADES[level] ?? SKILL_GRADES[level] ?? 7;
    return this.position(unit, parent, { title: `${family} ${label}`, kind: 'FUNGSIONAL', functionalLevel: level, functionalFamily: family, grade, minEducation, minRank: null, weight, head: false, profile });
  }

  private clerk(unit: UnitRow, parent: PositionRow | null, title: string, grade: number, weight: number, profile: Profile = 'CLERK'): PositionRow {
    return this.position(unit, parent, { title, kind: 'PELAKSANA', functionalLevel: null, functionalFamily: null, grade, minEducation: null, minRank: null, weight, head: false, profile });
  }

  private staffAgency(a: AgencySeed, unit: UnitRow, parent: PositionRow, share: number): void {
    for (const [family, expert] of a.functional) {
      if (expert) {
        this.functional(unit, parent, family, 'AHLI_PERTAMA', a.size * share, 'EXPERT', 'S1');
        this.functional(unit, parent, family, 'AHLI_MUDA', a.size * share, 'EXPERT', 'S1');
        if (share >= 1) this.functional(unit, parent, family, 'AHLI_MADYA', a.size * 0.4, 'EXPERT', 'S1');
      } else {
        this.functional(unit, parent, family, 'TERAMPIL', a.size * 1.5 * share, 'SKILLED', 'SLTA');
        this.functional(unit, parent, family, 'MAHIR', a.size * share, 'SKILLED', 'SLTA');
      }
    }
    this.clerk(unit, parent, 'Pengadministrasi Perkantoran', 5, a.size * 2 * share);
    this.clerk(unit, parent, 'Pengolah Data dan Informasi', 6, a.size * share);
  }

  /** One perangkat daerah with its divisions and staff. Returns its head position. */
  agency(a: AgencySeed, superior: PositionRow | null): { unit: UnitRow; head: PositionRow } {
    const unit = this.unit(null, a.name, a.kind, a.sector, null, a.code);
    const headTitle =
      a.kind === 'SEKRETARIAT_DAERAH' ? 'Sekretaris Daerah' : a.kind === 'SEKRETARIAT_DPRD' ? 'Sekretaris DPRD' : a.kind === 'INSPEKTORAT' ? 'Inspektur' : a.kind === 'SATUAN' ? `Kepala ${a.name}` : `Kepala ${a.name}`;
    const head = this.head(unit, superior, headTitle, 'JPT_PRATAMA', a.kind === 'SEKRETARIAT_DAERAH' ? 15 : 14, 'S1', 'IV/b', 'LEADER');
    let office = head;
    if (a.kind !== 'SEKRETARIAT_DAERAH' && a.kind !== 'SEKRETARIAT_DPRD') {
      office = this.head(unit, head, `Sekretaris ${a.name}`, 'ADMINISTRATOR', 12, 'S1', 'III/d', 'MANAGER');
      this.head(unit, office, 'Kepala Subbagian Umum dan Kepegawaian', 'PENGAWAS', 9, 'D3', 'III/b', 'SUPERVISOR');
      this.head(unit, office, 'Kepala Subbagian Keuangan', 'PENGAWAS', 9, 'D3', 'III/b', 'SUPERVISOR');
    }
    this.clerk(unit, office, 'Pengemudi', 3, Math.max(1, a.size / 3), 'DRIVER');
    this.clerk(unit, office, 'Pengelola Keuangan', 7, a.size * 0.7);
    this.staffAgency(a, unit, office, 1);
    for (const d of a.divisions) {
      const kind = d.startsWith('Bagian') ? 'BAGIAN' : 'BIDANG';
      const div = this.unit(unit, d, kind, a.sector, null);
      const title = d.startsWith('Inspektur') ? d : `Kepala ${d}`;
      const divHead = this.head(div, head, title, 'ADMINISTRATOR', 12, 'S1', 'III/d', 'MANAGER');
      if (a.kind === 'DINAS' || a.kind === 'BADAN') this.head(div, divHead, `Kepala Seksi ${d.replace(/^(Bidang|Bagian) /, '')}`, 'PENGAWAS', 9, 'D3', 'III/b', 'SUPERVISOR');
      this.staffAgency(a, div, divHead, 0.5);
    }
    return { unit, head };
  }

  puskesmas(dinkes: UnitRow, dinkesHead: PositionRow, name: string, population: number): void {
    const u = this.unit(dinkes, `Puskesmas ${name}`, 'PUSKESMAS', 'KESEHATAN', population);
    const head = this.head(u, dinkesHead, `Kepala Puskesmas ${name}`, 'PENGAWAS', 9, 'S1', 'III/c', 'SUPERVISOR');
    this.functional(u, head, 'Dokter', 'AHLI_PERTAMA', 2, 'DOCTOR', 'PROFESI');
    this.functional(u, head, 'Dokter', 'AHLI_MUDA', 1, 'DOCTOR', 'PROFESI');
    this.functional(u, head, 'Dokter Gigi', 'AHLI_PERTAMA', 1, 'DENTIST', 'PROFESI');
    this.functional(u, head, 'Perawat', 'TERAMPIL', 4, 'NURSE', 'D3');
    this.functional(u, head, 'Perawat', 'AHLI_PERTAMA', 2, 'NURSE', 'S1');
    this.functional(u, head, 'Bidan', 'TERAMPIL', 3, 'MIDWIFE', 'D3');
    this.functional(u, head, 'Apoteker', 'AHLI_PERTAMA', 1, 'PHARMACIST', 'PROFESI');
    this.functional(u, head, 'Sanitarian', 'TERAMPIL', 1, 'HEALTH_TECH', 'D3');
    this.functional(u, head, 'Nutrisionis', 'TERAMPIL', 1, 'HEALTH_TECH', 'D3');
    this.functional(u, head, 'Pranata Laboratorium Kesehatan', 'TERAMPIL', 1, 'HEALTH_TECH', 'D3');
    this.functional(u, head, 'Perekam Medis', 'TERAMPIL', 1, 'HEALTH_TECH', 'D3');
    this.clerk(u, head, 'Pengadministrasi Umum', 5, 2);
  }

  hospital(name: string, superior: PositionRow | null, big: boolean): void {
    const u = this.unit(null, name, 'RSUD', 'KESEHATAN', null, 'RSUD');
    const head = this.head(u, superior, `Direktur ${name}`, big ? 'JPT_PRATAMA' : 'ADMINISTRATOR', big ? 14 : 12, 'PROFESI', 'IV/a', 'LEADER');
    const deputy = this.head(u, head, 'Wakil Direktur Pelayanan', 'ADMINISTRATOR', 12, 'S1', 'III/d', 'MANAGER');
    this.head(u, head, 'Wakil Direktur Umum dan Keuangan', 'ADMINISTRATOR', 12, 'S1', 'III/d', 'MANAGER');
    this.functional(u, deputy, 'Dokter Spesialis', 'AHLI_MADYA', 6, 'SPECIALIST', 'S2');
    this.functional(u, deputy, 'Dokter', 'AHLI_PERTAMA', 5, 'DOCTOR', 'PROFESI');
    this.functional(u, deputy, 'Dokter', 'AHLI_MUDA', 3, 'DOCTOR', 'PROFESI');
    this.functional(u, deputy, 'Perawat', 'TERAMPIL', 25, 'NURSE', 'D3');
    this.functional(u, deputy, 'Perawat', 'AHLI_PERTAMA', 10, 'NURSE', 'S1');
    this.functional(u, deputy, 'Perawat', 'AHLI_MUDA', 4, 'NURSE', 'S1');
    this.functional(u, deputy, 'Bidan', 'TERAMPIL', 6, 'MIDWIFE', 'D3');
    this.functional(u, deputy, 'Apoteker', 'AHLI_PERTAMA', 3, 'PHARMACIST', 'PROFESI');
    this.functional(u, deputy, 'Pranata Laboratorium Kesehatan', 'TERAMPIL', 4, 'HEALTH_TECH', 'D3');
    this.functional(u, deputy, 'Radiografer', 'TERAMPIL', 2, 'HEALTH_TECH', 'D3');
    this.functional(u, deputy, 'Fisioterapis', 'TERAMPIL', 2, 'HEALTH_TECH', 'D3');
    this.functional(u, deputy, 'Perekam Medis', 'TERAMPIL', 4, 'HEALTH_TECH', 'D3');
    this.clerk(u, head, 'Pengadministrasi Umum', 5, 10);
  }

  school(disdik: UnitRow, disdikHead: PositionRow, name: string, junior: boolean): void {
    const u = this.unit(disdik, name, 'SEKOLAH', 'PENDIDIKAN', junior ? this.faker.number.int({ min: 500, max: 1000 }) : this.faker.number.int({ min: 150, max: 450 }));
    const head = this.position(u, disdikHead, { title: `Kepala ${name}`, kind: 'FUNGSIONAL', functionalLevel: 'AHLI_MADYA', functionalFamily: 'Guru', grade: 11, minEducation: 'S1', minRank: 'III/c', weight: 0, head: true, profile: 'HEADMASTER' });
    const subject = junior ? 'Guru Mata Pelajaran' : 'Guru Kelas';
    const scale = junior ? 2.2 : 1;
    this.functional(u, head, subject, 'AHLI_PERTAMA', 3 * scale, 'TEACHER', 'S1');
    this.functional(u, head, subject, 'AHLI_MUDA', 3 * scale, 'TEACHER', 'S1');
    this.functional(u, head, subject, 'AHLI_MADYA', 2 * scale, 'TEACHER', 'S1');
    this.functional(u, head, 'Guru Pendidikan Agama', 'AHLI_MUDA', 1, 'TEACHER', 'S1');
    this.functional(u, head, 'Guru Pendidikan Jasmani', 'AHLI_PERTAMA', 1, 'TEACHER', 'S1');
    this.clerk(u, head, 'Pengadministrasi Sekolah', 5, junior ? 2 : 1);
  }

  kecamatan(name: string, population: number, kelurahan: string[], sekdaHead: PositionRow | null): void {
    const kec = this.unit(null, `Kecamatan ${name}`, 'KECAMATAN', 'PEMERINTAHAN', population);
    kec.kecamatan = name;
    const camat = this.head(kec, sekdaHead, `Camat ${name}`, 'ADMINISTRATOR', 12, 'S1', 'III/d', 'MANAGER');
    const sekcam = this.head(kec, camat, `Sekretaris Kecamatan ${name}`, 'ADMINISTRATOR', 11, 'S1', 'III/c', 'MANAGER');
    for (const s of ['Pemerintahan', 'Ketenteraman dan Ketertiban Umum', 'Kesejahteraan Sosial', 'Pemberdayaan Masyarakat']) {
      this.head(kec, camat, `Kepala Seksi ${s}`, 'PENGAWAS', 9, 'D3', 'III/b', 'SUPERVISOR');
    }
    this.clerk(kec, sekcam, 'Pengadministrasi Umum', 5, 4);
    this.clerk(kec, sekcam, 'Pengelola Layanan Kependudukan', 6, 2);
    const each = Math.round(population / Math.max(1, kelurahan.length));
    for (const k of kelurahan) {
      const kel = this.unit(kec, `Kelurahan ${k}`, 'KELURAHAN', 'PEMERINTAHAN', Math.round(each * this.faker.number.float({ min: 0.6, max: 1.4 })));
      kel.kecamatan = name;
      const lurah = this.head(kel, camat, `Lurah ${k}`, 'PENGAWAS', 9, 'D3', 'III/b', 'SUPERVISOR');
      this.head(kel, lurah, `Sekretaris Kelurahan ${k}`, 'PENGAWAS', 8, 'D3', 'III/a', 'SUPERVISOR');
      this.clerk(kel, lurah, 'Pengadministrasi Umum', 5, 1.5);
    }
  }

  /** The whole government. */
  build(g: GovernmentSeed): void {
    const setda = g.agencies.find((a) => a.kind === 'SEKRETARIAT_DAERAH')!;
    const { head: sekda } = this.agency(setda, null);
    for (const a of g.agencies) {
      if (a === setda) continue;
      const { unit, head } = this.agency(a, sekda);
      if (a.role === 'HEALTH') for (const p of g.puskesmas) this.puskesmas(unit, head, p, this.faker.number.int({ min: 25_000, max: 70_000 }));
      if (a.role === 'EDUCATION') {
        const kelurahan = g.kecamatan.flatMap((k) => k.kelurahan);
        for (const [prefix, count] of g.schools) {
          const junior = prefix.startsWith('SMP');
          for (let i = 1; i <= count; i++) {
            const name = junior ? `${prefix} ${i} ${g.shortName}` : `${prefix} ${kelurahan[(i - 1) % kelurahan.length]} ${String(Math.floor((i - 1) / kelurahan.length) + 1).padStart(2, '0')}`;
            this.school(unit, head, name, junior);
          }
        }
      }
    }
    this.hospital(g.hospital, sekda, g.share > 0.5);
    for (const k of g.kecamatan) this.kecamatan(k.name, k.population, k.kelurahan, sekda);
  }

  /**
   * Sets formasi so that the government's positions plan for about `employees / fill` people:
   * heads stay at 1, the others get their weight's share (at least 1).
   */
  scaleHeadcount(employees: number, fill = 0.92): void {
    const heads = this.positions.filter((p) => p.head).length;
    const weight = this.positions.reduce((s, p) => s + p.weight, 0);
    const k = Math.max(0, employees / fill - heads) / Math.max(weight, 1);
    for (const p of this.positions) p.plannedHeadcount = p.head ? 1 : Math.max(1, Math.round(p.weight * k));
  }
}
