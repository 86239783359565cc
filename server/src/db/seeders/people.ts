// Generates employees with consistent NIPs, education, rank and placement histories.
import { addDays, addMonths, firstOfMonth } from '@asn-merit/common';
import type { Faker } from '@faker-js/faker';
import { formatNip } from '../../modules/employee/employee.rules.ts';
import { Sex } from '../../modules/employee/employee.enums.ts';
import { promotionDateOnOrAfter } from '../../modules/promotion/promotion.rules.ts';
import type { GovernmentSeed } from './org-data.ts';
import type { PositionRow, Profile, UnitRow } from './structure.ts';

export interface LevelInfo {
  id: string;
  code: string;
  ordinal: number;
  ceilingOrdinal: number;
  startOrdinal: number;
  pppkOrdinal: number;
}

export interface Reference {
  pnsRankByOrdinal: Map<number, string>;
  pppkRankByOrdinal: Map<number, string>;
  levels: Map<string, LevelInfo>;
  /** Retirement age by `KIND:LEVEL` (level empty when the row is for the whole kind). */
  retirementAges: Map<string, number>;
}

export interface EmployeeRow {
  id: string;
  governmentId: string;
  nip: string;
  asnType: string;
  frontTitle: string | null;
  fullName: string;
  backTitle: string | null;
  sex: Sex;
  birthPlace: string;
  birthDate: string;
  nik: string;
  phone: string;
  email: string;
  address: string;
  status: string;
  tmtCpns: string | null;
  tmtPns: string | null;
  contractStartDate: string | null;
  contractEndDate: string | null;
}

export interface RankRow {
  id: string;
  governmentId: string;
  employeeId: string;
  rankId: string;
  tmt: string;
  decreeNumber: string;
  decreeDate: string;
}

export interface PlacementRow {
  id: string;
  governmentId: string;
  employeeId: string;
  positionId: string;
  unitId: string;
  startDate: string;
  endDate: string | null;
  decreeNumber: string;
  decreeDate: string;
}

export interface EducationRow {
  id: string;
  governmentId: string;
  employeeId: string;
  levelId: string;
  institution: string;
  major: string | null;
  graduationYear: number;
}

export interface QualificationRow {
  id: string;
  governmentId: string;
  employeeId: string;
  kind: string;
  passedOn: string;
  certificateNumber: string | null;
}

export interface SanctionRow {
  id: string;
  governmentId: string;
  employeeId: string;
  level: string;
  description: string;
  startDate: string;
  endDate: string | null;
  barsPromotion: boolean;
  decreeNumber: string | null;
}

export interface People {
  employees: EmployeeRow[];
  ranks: RankRow[];
  placements: PlacementRow[];
  education: EducationRow[];
  qualifications: QualificationRow[];
  sanctions: SanctionRow[];
}

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const ymd = (s: string) => s.split('-').map(Number) as [number, number, number];

/** The 1st of the month `months` after `date`'s month (demo dates fall on the 1st). */
const monthStartAfter = (date: string, months: number): string => addMonths(firstOfMonth(date), months);

const STREETS = ['Pemuda', 'Pandanaran', 'Imam Bonjol', 'Gajah Mada', 'Diponegoro', 'Sudirman', 'Ahmad Yani', 'Majapahit', 'Setiabudi', 'Kartini', 'Veteran', 'Menteri Supeno', 'Dr. Cipto', 'Gatot Subroto', 'Siliwangi', 'Pahlawan', 'Thamrin', 'Kaligawe', 'Wolter Monginsidi', 'Sisingamangaraja', 'Sutomo', 'Ksatria', 'Gunung Leuser', 'Merdeka'];
const CAMPUSES: Record<string, string[]> = {
  '33.74': ['Universitas Diponegoro', 'Universitas Negeri Semarang', 'UIN Walisongo Semarang', 'Universitas Dian Nuswantoro', 'Universitas Katolik Soegijapranata', 'Universitas Islam Sultan Agung', 'Politeknik Negeri Semarang', 'Poltekkes Kemenkes Semarang', 'Universitas Muhammadiyah Semarang', 'Universitas PGRI Semarang'],
  '12.76': ['Universitas Sumatera Utara', 'Universitas Negeri Medan', 'UIN Sumatera Utara', 'Universitas Muhammadiyah Sumatera Utara', 'Politeknik Negeri Medan', 'Poltekkes Kemenkes Medan', 'Universitas HKBP Nommensen', 'Universitas Islam Sumatera Utara'],
};
const SCHOOLS: Record<string, string[]> = {
  '33.74': ['SMA Negeri 1 Semarang', 'SMA Negeri 3 Semarang', 'SMA Negeri 5 Semarang', 'SMK Negeri 1 Semarang', 'SMA Negeri 2 Semarang', 'SMK Negeri 7 Semarang'],
  '12.76': ['SMA Negeri 1 Tebing Tinggi', 'SMA Negeri 2 Tebing Tinggi', 'SMK Negeri 1 Tebing Tinggi', 'SMA Negeri 4 Tebing Tinggi'],
};
const MAJORS: Partial<Record<Profile, [string, string, string][]>> = {
  // [major, S1 title, S2 title]
  TEACHER: [['Pendidikan Guru Sekolah Dasar', 'S.Pd.', 'M.Pd.'], ['Pendidikan Matematika', 'S.Pd.', 'M.Pd.'], ['Pendidikan Bahasa Indonesia', 'S.Pd.', 'M.Pd.'], ['Pendidikan Bahasa Inggris', 'S.Pd.', 'M.Pd.'], ['Pendidikan IPA', 'S.Pd.', 'M.Pd.']],
  HEADMASTER: [['Pendidikan Guru Sekolah Dasar', 'S.Pd.', 'M.Pd.'], ['Manajemen Pendidikan', 'S.Pd.', 'M.Pd.']],
  NURSE: [['Keperawatan', 'S.Kep., Ns.', 'M.Kep.']],
  MIDWIFE: [['Kebidanan', 'S.Tr.Keb.', 'M.Keb.']],
  HEALTH_TECH: [['Kesehatan Lingkungan', 'S.KL.', 'M.Kes.'], ['Gizi', 'S.Gz.', 'M.Gz.'], ['Analis Kesehatan', 'S.Tr.AK.', 'M.Kes.'], ['Rekam Medis', 'S.Tr.RMIK.', 'M.Kes.']],
};
const GENERAL_MAJORS: [string, string, string][] = [
  ['Ilmu Administrasi Negara', 'S.AP.', 'M.AP.'],
  ['Ilmu Hukum', 'S.H.', 'M.H.'],
  ['Manajemen', 'S.E.', 'M.M.'],
  ['Akuntansi', 'S.Ak.', 'M.Ak.'],
  ['Ilmu Pemerintahan', 'S.IP.', 'M.Si.'],
  ['Teknik Sipil', 'S.T.', 'M.T.'],
  ['Teknik Informatika', 'S.Kom.', 'M.Kom.'],
  ['Sosiologi', 'S.Sos.', 'M.Si.'],
  ['Ekonomi Pembangunan', 'S.E.', 'M.E.'],
  ['Kesehatan Masyarakat', 'S.KM.', 'M.Kes.'],
  ['Perencanaan Wilayah dan Kota', 'S.T.', 'M.T.'],
];
const D3_TITLES: Partial<Record<Profile, string>> = { NURSE: 'A.Md.Kep.', MIDWIFE: 'A.Md.Keb.', HEALTH_TECH: 'A.Md.Kes.' };

interface Plan {
  ageMin: number;
  ageMax: number;
  /** [education code, weight] */
  education: [string, number][];
  female: number;
  pppk: number;
  partTime: number;
}

const PLANS: Record<Profile, Plan> = {
  LEADER: { ageMin: 46, ageMax: 57, education: [['S2', 7], ['S1', 3]], female: 0.3, pppk: 0, partTime: 0 },
  MANAGER: { ageMin: 38, ageMax: 57, education: [['S2', 4], ['S1', 6]], female: 0.35, pppk: 0, partTime: 0 },
  SUPERVISOR: { ageMin: 31, ageMax: 57, education: [['S1', 7], ['D3', 2], ['S2', 1]], female: 0.45, pppk: 0, partTime: 0 },
  EXPERT: { ageMin: 24, ageMax: 57, education: [['S1', 8], ['S2', 2]], female: 0.5, pppk: 0.1, partTime: 0 },
  SKILLED: { ageMin: 21, ageMax: 57, education: [['SLTA', 5], ['D3', 4], ['SLTA_KEJURUAN', 1]], female: 0.3, pppk: 0.2, partTime: 0 },
  CLERK: { ageMin: 20, ageMax: 57, education: [['SLTA', 5], ['D3', 2], ['S1', 2.5], ['SLTP', 0.5]], female: 0.45, pppk: 0.15, partTime: 0.12 },
  DRIVER: { ageMin: 22, ageMax: 57, education: [['SLTA', 6], ['SLTP', 3], ['SD', 1]], female: 0.02, pppk: 0.1, partTime: 0.25 },
  DOCTOR: { ageMin: 26, ageMax: 57, education: [['PROFESI', 1]], female: 0.6, pppk: 0.15, partTime: 0 },
  SPECIALIST: { ageMin: 32, ageMax: 59, education: [['S2', 1]], female: 0.45, pppk: 0.05, partTime: 0 },
  DENTIST: { ageMin: 26, ageMax: 57, education: [['PROFESI', 1]], female: 0.7, pppk: 0.15, partTime: 0 },
  PHARMACIST: { ageMin: 25, ageMax: 57, education: [['PROFESI', 1]], female: 0.75, pppk: 0.2, partTime: 0 },
  NURSE: { ageMin: 22, ageMax: 57, education: [['D3', 6], ['S1', 4]], female: 0.7, pppk: 0.3, partTime: 0 },
  MIDWIFE: { ageMin: 22, ageMax: 57, education: [['D3', 8], ['D4', 2]], female: 1, pppk: 0.3, partTime: 0 },
  HEALTH_TECH: { ageMin: 22, ageMax: 57, education: [['D3', 8], ['S1', 2]], female: 0.6, pppk: 0.25, partTime: 0 },
  TEACHER: { ageMin: 23, ageMax: 59, education: [['S1', 9], ['S2', 1]], female: 0.68, pppk: 0.35, partTime: 0 },
  HEADMASTER: { ageMin: 42, ageMax: 59, education: [['S1', 6], ['S2', 4]], female: 0.55, pppk: 0, partTime: 0 },
};

const GRAD_AGE: Record<string, number> = { SD: 12, SLTP: 15, SLTP_KEJURUAN: 16, SLTA: 18, SLTA_KEJURUAN: 18, D1: 19, D2: 20, D3: 21, SARJANA_MUDA: 21, AKADEMI: 21, D4: 22, S1: 22, PROFESI: 24, S2: 26, S3: 31 };
const EXPERT_MIN_AGE: Record<string, number> = { AHLI_PERTAMA: 23, AHLI_MUDA: 29, AHLI_MADYA: 37, AHLI_UTAMA: 45, TERAMPIL: 21, MAHIR: 27, PENYELIA: 34 };
const EXPERT_MAX_AGE: Record<string, number> = { AHLI_PERTAMA: 42, AHLI_MUDA: 52, AHLI_MADYA: 59, AHLI_UTAMA: 64, TERAMPIL: 45, MAHIR: 55, PENYELIA: 57 };

function weighted<T>(faker: Faker, items: [T, number][]): T {
  return faker.helpers.weightedArrayElement(items.filter(([, weight]) => weight > 0).map(([value, weight]) => ({ value, weight })));
}

export class PeopleGenerator {
  readonly people: People = { employees: [], ranks: [], placements: [], education: [], qualifications: [], sanctions: [] };
  private readonly nipSeq = new Map<string, number>();
  private nikSeq = 0;
  private decreeSeq = 0;

  constructor(
    private readonly faker: Faker,
    private readonly gov: GovernmentSeed,
    private readonly governmentId: string,
    private readonly ref: Reference,
    private readonly today: string,
    private readonly unitsById: Map<string, UnitRow>,
  ) {}

  private decree(prefix: string, date: string): string {
    return `${prefix}/${String(++this.decreeSeq).padStart(4, '0')}/${this.gov.shortName === 'Semarang' ? 'BKPP' : 'BKPSDM'}/${date.slice(0, 4)}`;
  }

  private nipFor(birth: string, year: number, monthOrCode: number, sex: Sex): string {
    const key = `${birth}${year}${monthOrCode}${sex}`;
    const n = (this.nipSeq.get(key) ?? 0) + 1;
    this.nipSeq.set(key, n);
    return formatNip(birth, year, monthOrCode, sex, n);
  }

  /** Creates one holder for `position`, placed there today (after `previous`, for some). */
  hold(position: PositionRow, previous?: PositionRow): void {
    const f = this.faker;
    const plan = PLANS[position.profile];
    const sex = f.datatype.boolean(plan.female) ? Sex.FEMALE : Sex.MALE;
    const isPppk = !position.head && f.datatype.boolean(plan.pppk);
    const partTime = isPppk && f.datatype.boolean(plan.partTime / Math.max(plan.pppk, 0.01));
    let education = weighted(f, plan.education);
    if (position.minEducation && this.ref.levels.get(position.minEducation)!.ordinal > this.ref.levels.get(education)!.ordinal) education = position.minEducation;
    const level = this.ref.levels.get(education)!;
    const thisYear = Number(this.today.slice(0, 4));

    // Age fits the profile and, for functional positions, the level.
    let ageMin = plan.ageMin;
    let ageMax = plan.ageMax;
    if (position.functionalLevel) {
      ageMin = Math.max(ageMin, EXPERT_MIN_AGE[position.functionalLevel] ?? ageMin);
      ageMax = Math.min(ageMax, EXPERT_MAX_AGE[position.functionalLevel] ?? ageMax);
    }
    ageMin = Math.max(ageMin, GRAD_AGE[education] + 2);
    // Nobody in service is past the retirement age of their position (§11): at most a year short of it.
    const bup = this.ref.retirementAges.get(`${position.kind}:${position.functionalLevel ?? ''}`) ?? this.ref.retirementAges.get(`${position.kind}:`) ?? 58;
    ageMax = Math.min(ageMax, bup - 2);
    if (ageMax < ageMin) ageMax = ageMin;
    const age = f.number.int({ min: ageMin, max: ageMax });
    const birthYear = thisYear - age - 1;
    const birthDate = iso(birthYear, f.number.int({ min: 1, max: 12 }), f.number.int({ min: 1, max: 28 }));

    // Appointment: after graduating (the appointment diploma may be below an S2 earned later).
    const appointedWith = education === 'S2' && position.profile !== 'SPECIALIST' && f.datatype.boolean(0.75) ? 'S1' : education;
    const gradYear = birthYear + GRAD_AGE[appointedWith];
    const latestAppointment = thisYear - 1;
    let appointYear = Math.min(latestAppointment, gradYear + f.number.int({ min: 1, max: 6 }));
    if (appointYear <= gradYear) appointYear = Math.min(latestAppointment, gradYear + 1);
    const month = f.helpers.arrayElement([1, 2, 3, 4]);

    const firstName = f.person.firstName(sex === Sex.FEMALE ? 'female' : 'male');
    const lastName = f.person.lastName(sex === Sex.FEMALE ? 'female' : 'male');
    const fullName = f.datatype.boolean(0.2) ? firstName : `${firstName} ${lastName}`;
    const kecamatan = f.helpers.arrayElement(this.gov.kecamatan);
    const kelurahan = f.helpers.arrayElement(kecamatan.kelurahan);
    const [by, bm, bd] = ymd(birthDate);
    const nik = `${this.gov.region}${String(this.gov.kecamatan.indexOf(kecamatan) + 1).padStart(2, '0')}${String(sex === Sex.FEMALE ? bd + 40 : bd).padStart(2, '0')}${String(bm).padStart(2, '0')}${String(by % 100).padStart(2, '0')}${String((++this.nikSeq % 9999) + 1).padStart(4, '0')}`;

    const employeeId = f.string.uuid();
    let tmtCpns: string | null = null;
    let tmtPns: string | null = null;
    let contractStart: string | null = null;
    let contractEnd: string | null = null;
    let nip: string;
    let serviceStart: string;
    if (!isPppk) {
      tmtCpns = iso(appointYear, month, 1);
      tmtPns = monthStartAfter(tmtCpns, 12 + f.number.int({ min: 0, max: 6 }));
      if (tmtPns > this.today) tmtPns = null;
      nip = this.nipFor(birthDate, appointYear, month, sex);
      serviceStart = tmtCpns;
    } else {
      const [start, years] = partTime
        ? f.helpers.arrayElement([['2025-10-01', 1], ['2026-01-01', 1]] as [string, number][])
        : f.helpers.arrayElement([['2021-03-01', 5], ['2022-01-01', 5], ['2023-01-01', 5], ['2024-03-01', 5], ['2025-03-01', 5]] as [string, number][]);
      contractStart = start > this.today ? '2025-10-01' : start;
      contractEnd = addDays(monthStartAfter(contractStart, years * 12), -1);
      const startYear = Number(contractStart.slice(0, 4));
      nip = this.nipFor(birthDate, startYear, partTime ? 24 : 21, sex);
      serviceStart = contractStart;
    }

    // Education records: the highest diploma, plus the appointment one if different, plus SLTA.
    const campuses = CAMPUSES[this.gov.code] ?? CAMPUSES['33.74'];
    const schools = SCHOOLS[this.gov.code] ?? SCHOOLS['33.74'];
    const majors = MAJORS[position.profile] ?? GENERAL_MAJORS;
    const [major, s1Title, s2Title] = f.helpers.arrayElement(majors);
    const eduRows: EducationRow[] = [];
    const addEdu = (code: string, year: number, institution: string, majorName: string | null) =>
      eduRows.push({ id: f.string.uuid(), governmentId: this.governmentId, employeeId, levelId: this.ref.levels.get(code)!.id, institution, major: majorName, graduationYear: year });
    if (this.ref.levels.get(education)!.ordinal > this.ref.levels.get('SLTA')!.ordinal) addEdu('SLTA', birthYear + 18, f.helpers.arrayElement(schools), 'IPA');
    let s2Year: number | null = null;
    if (education === 'S2' && appointedWith === 'S1') {
      addEdu('S1', gradYear, f.helpers.arrayElement(campuses), major);
      s2Year = Math.min(thisYear - 1, appointYear + f.number.int({ min: 3, max: 10 }));
      addEdu('S2', s2Year, f.helpers.arrayElement(campuses), major);
    } else if (education === 'PROFESI') {
      addEdu('S1', gradYear - 2, f.helpers.arrayElement(campuses), position.profile === 'PHARMACIST' ? 'Farmasi' : position.profile === 'DENTIST' ? 'Kedokteran Gigi' : 'Kedokteran');
      addEdu('PROFESI', gradYear, f.helpers.arrayElement(campuses), position.profile === 'PHARMACIST' ? 'Profesi Apoteker' : position.profile === 'DENTIST' ? 'Profesi Dokter Gigi' : 'Profesi Dokter');
    } else if (education === 'S2') {
      addEdu('S1', gradYear - 4, f.helpers.arrayElement(campuses), 'Kedokteran');
      addEdu('S2', gradYear, f.helpers.arrayElement(campuses), 'Spesialis');
    } else if (education === 'SLTA' || education === 'SLTA_KEJURUAN') {
      addEdu(education, birthYear + 18, f.helpers.arrayElement(schools), null);
    } else if (education === 'SLTP' || education === 'SD') {
      addEdu(education, birthYear + GRAD_AGE[education], education === 'SD' ? `SD Negeri ${kelurahan}` : `SMP Negeri ${f.number.int({ min: 1, max: 40 })} ${this.gov.shortName}`, null);
    } else {
      addEdu(education, gradYear, f.helpers.arrayElement(campuses), major);
    }

    let frontTitle: string | null = null;
    let backTitle: string | null = null;
    if (position.profile === 'DOCTOR' || position.profile === 'SPECIALIST') frontTitle = 'dr.';
    else if (position.profile === 'DENTIST') frontTitle = 'drg.';
    else if (position.profile === 'PHARMACIST') {
      frontTitle = 'apt.';
      backTitle = 'S.Farm.';
    } else if (education === 'S2') backTitle = `${s1Title}, ${s2Title}`;
    else if (education === 'S1' || education === 'D4') backTitle = s1Title;
    else if (education === 'D3') backTitle = D3_TITLES[position.profile] ?? 'A.Md.';
    if (position.profile === 'SPECIALIST') backTitle = f.helpers.arrayElement(['Sp.PD.', 'Sp.A.', 'Sp.OG.', 'Sp.B.', 'Sp.An.', 'Sp.Rad.', 'Sp.JP.']);

    const status = isPppk ? 'AKTIF' : weighted(f, [['AKTIF', 97], ['CUTI', 1.5], ['TUGAS_BELAJAR', age < 45 && education !== 'SLTA' ? 1.5 : 0]]);
    this.people.employees.push({
      id: employeeId,
      governmentId: this.governmentId,
      nip,
      asnType: isPppk ? (partTime ? 'PPPK_PARUH_WAKTU' : 'PPPK') : 'PNS',
      frontTitle,
      fullName,
      backTitle,
      sex,
      birthPlace: f.datatype.boolean(0.7) ? this.gov.shortName === 'Tebingtinggi' ? 'Tebing Tinggi' : this.gov.shortName : f.helpers.arrayElement(['Kendal', 'Demak', 'Ungaran', 'Salatiga', 'Pati', 'Kudus', 'Medan', 'Pematang Siantar', 'Surakarta', 'Yogyakarta', 'Pekalongan']),
      birthDate,
      nik,
      phone: `08${f.helpers.arrayElement(['11', '12', '13', '21', '22', '52', '53', '57', '77', '78', '95', '96'])}${f.string.numeric(8)}`,
      email: f.internet.email({ firstName, lastName, provider: f.helpers.arrayElement(['gmail.com', 'yahoo.co.id', 'gmail.com']) }).toLowerCase(),
      address: `Jl. ${f.helpers.arrayElement(STREETS)} No. ${f.number.int({ min: 1, max: 250 })}, Kel. ${kelurahan}, Kec. ${kecamatan.name}, Kota ${this.gov.shortName}`,
      status,
      tmtCpns,
      tmtPns,
      contractStartDate: contractStart,
      contractEndDate: contractEnd,
    });
    for (const e of eduRows) this.people.education.push(e);

    this.rankHistory(employeeId, isPppk, serviceStart, appointedWith, education, s2Year);
    if (!isPppk) this.sanction(employeeId, serviceStart);
    this.placementHistory(employeeId, position, previous ?? position, serviceStart);
  }

  private rankHistory(employeeId: string, isPppk: boolean, start: string, appointedWith: string, highest: string, s2Year: number | null): void {
    const f = this.faker;
    const add = (rankId: string, tmt: string, kind: string) => {
      const decreeDate = addDays(tmt, -f.number.int({ min: 10, max: 60 }));
      this.people.ranks.push({ id: f.string.uuid(), governmentId: this.governmentId, employeeId, rankId, tmt, decreeNumber: this.decree(kind, decreeDate), decreeDate });
    };
    if (isPppk) {
      add(this.ref.pppkRankByOrdinal.get(this.ref.levels.get(highest)!.pppkOrdinal)!, start, '813.3');
      return;
    }
    const first = this.ref.levels.get(appointedWith)!;
    let ordinal = first.startOrdinal;
    add(this.ref.pnsRankByOrdinal.get(ordinal)!, start, '813.2');
    let tmt = start;
    for (;;) {
      // Four years per rank; a late file or a weak year costs another.
      const years = 4 + (f.datatype.boolean(0.2) ? 1 : 0);
      const due = promotionDateOnOrAfter(monthStartAfter(tmt, years * 12));
      if (due > this.today) break;
      // The ceiling of the diplomas held on that date (an S-2 earned in service raises it).
      const holdsS2 = s2Year !== null && Number(due.slice(0, 4)) > s2Year;
      const ceiling = holdsS2 ? this.ref.levels.get('S2')!.ceilingOrdinal : first.ceilingOrdinal;
      if (ordinal + 1 > ceiling) break;
      // Crossing into golongan III or IV needs a passed ujian dinas; some never sit it and wait.
      const exam = ordinal + 1 === 9 ? 'UJIAN_DINAS_I' : ordinal + 1 === 13 ? 'UJIAN_DINAS_II' : null;
      if (exam) {
        if (f.datatype.boolean(0.12)) break;
        const passed = monthStartAfter(due, -f.number.int({ min: 3, max: 24 }));
        this.qualify(employeeId, exam, passed > tmt ? passed : addDays(due, -30));
      }
      ordinal++;
      tmt = due;
      add(this.ref.pnsRankByOrdinal.get(ordinal)!, tmt, '823.3');
    }
  }

  private placementHistory(employeeId: string, position: PositionRow, previous: PositionRow, serviceStart: string): void {
    const f = this.faker;
    const unit = this.unitsById.get(position.unitId)!;
    const yearsServed = Number(this.today.slice(0, 4)) - Number(serviceStart.slice(0, 4));
    let start = serviceStart;
    if (yearsServed > 3 && f.datatype.boolean(0.75)) {
      // The current position since some years; before that an earlier one.
      const back = f.number.int({ min: 1, max: Math.min(yearsServed - 1, 10) });
      const candidate = iso(Number(this.today.slice(0, 4)) - back, f.helpers.arrayElement([1, 3, 7, 10]), 1);
      if (candidate > serviceStart && candidate <= this.today) {
        const end = addDays(candidate, -1);
        const decreeDate = addDays(serviceStart, -14);
        this.people.placements.push({
          id: f.string.uuid(), governmentId: this.governmentId, employeeId, positionId: previous.id, unitId: previous.unitId,
          startDate: serviceStart, endDate: end, decreeNumber: this.decree('821.2', decreeDate), decreeDate,
        });
        start = candidate;
      }
    }
    const decreeDate = addDays(start, -f.number.int({ min: 7, max: 30 }));
    this.people.placements.push({
      id: f.string.uuid(), governmentId: this.governmentId, employeeId, positionId: position.id, unitId: unit.id,
      startDate: start, endDate: null, decreeNumber: this.decree('821.2', decreeDate), decreeDate,
    });
    // Leadership training of managerial officials, most within a year or two of taking office.
    const trainings: Record<string, [string, number][]> = {
      PENGAWAS: [['PKP', 0.85]],
      ADMINISTRATOR: [['PKP', 0.6], ['PKA', 0.85]],
      JPT_PRATAMA: [['PKA', 0.8], ['PKN_II', 0.85]],
    };
    let earliest = serviceStart;
    for (const [kind, share] of trainings[position.kind] ?? []) {
      if (!f.datatype.boolean(share)) continue;
      let on = monthStartAfter(start, f.number.int({ min: -36, max: 18 }));
      if (on > this.today) on = addDays(this.today, -f.number.int({ min: 30, max: 200 }));
      if (on <= earliest) on = monthStartAfter(earliest, 6);
      if (on > this.today) continue;
      this.qualify(employeeId, kind, on);
      earliest = on;
    }
  }

  private qualify(employeeId: string, kind: string, passedOn: string): void {
    const f = this.faker;
    this.people.qualifications.push({
      id: f.string.uuid(), governmentId: this.governmentId, employeeId, kind, passedOn,
      certificateNumber: kind.startsWith('UJIAN') ? `UD-${passedOn.slice(0, 4)}-${f.string.numeric(5)}` : `STTPL/${kind}/${f.string.numeric(4)}/${passedOn.slice(0, 4)}`,
    });
  }

  /** A few PNS with a disciplinary sanction (PP 94/2021): light ones in the past, moderate or heavy ones in force. */
  private sanction(employeeId: string, serviceStart: string): void {
    const f = this.faker;
    const roll = f.number.float({ min: 0, max: 1 });
    if (roll > 0.012) return;
    const [level, description, months, bars] =
      roll < 0.005 ? ['RINGAN', 'Teguran tertulis', 0, false]
        : roll < 0.01 ? ['SEDANG', 'Pemotongan tunjangan kinerja sebesar 25% selama 12 bulan', 12, true]
          : ['BERAT', 'Penurunan jabatan setingkat lebih rendah selama 12 bulan', 12, true];
    let start = months ? monthStartAfter(this.today, -f.number.int({ min: 1, max: 10 })) : monthStartAfter(this.today, -f.number.int({ min: 12, max: 60 }));
    if (start <= serviceStart) start = monthStartAfter(serviceStart, 1);
    if (start > this.today) return;
    const decreeDate = addDays(start, -f.number.int({ min: 5, max: 20 }));
    this.people.sanctions.push({
      id: f.string.uuid(), governmentId: this.governmentId, employeeId, level: level as string, description: description as string,
      startDate: start, endDate: months ? addDays(monthStartAfter(start, months as number), -1) : start, barsPromotion: bars as boolean,
      decreeNumber: this.decree('862.3', decreeDate),
    });
  }
}
