// NIP and NI PPPK rules (ASN-RULES §1; Perka BKN 22/2007 and 43/2007). Pure functions, no I/O.
import { wholeYears } from '@asn-merit/common';
import { AsnType } from '../reference/index.ts';
import { Sex } from './employee.enums.ts';

export const NIP_LEGAL_BASIS = 'Peraturan Kepala BKN Nomor 22 Tahun 2007 dan Nomor 43 Tahun 2007';

export interface NipParts {
  birthDate: string;
  /** PNS: `YYYY-MM` of TMT CPNS. PPPK: the year of appointment only (`YYYY`). */
  appointment: string;
  appointmentYear: number;
  /** PNS: the month of TMT CPNS. PPPK: null, digits 13-14 are a code (e.g. 24 = part-time). */
  appointmentMonth: number | null;
  /** PPPK only: digits 13-14. */
  pppkCode: string | null;
  sex: Sex;
  sequence: number;
}

export interface NipProblem {
  /** Stable key, translated by the panel. */
  reason: string;
  message: string;
}

export interface NipCheck {
  valid: boolean;
  parts: NipParts | null;
  problems: NipProblem[];
}

function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * Checks the structure of an 18-digit NIP (PNS) or NI PPPK.
 * PNS: YYYYMMDD (birth) YYYYMM (TMT CPNS) G (1 male, 2 female) NNN (from 001).
 * PPPK: YYYYMMDD (birth) YYYY (appointment) CC (a code, not a month) G NNN.
 */
export function parseNip(nip: string, asnType: AsnType, today: string): NipCheck {
  const problems: NipProblem[] = [];
  if (!/^\d{18}$/.test(nip)) {
    return {
      valid: false,
      parts: null,
      problems: [{ reason: 'NIP_FORMAT', message: `NIP must be exactly 18 digits, got ${nip.length} character(s)` }],
    };
  }
  const by = Number(nip.slice(0, 4));
  const bm = Number(nip.slice(4, 6));
  const bd = Number(nip.slice(6, 8));
  const birthDate = `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`;
  if (!isRealDate(by, bm, bd)) {
    problems.push({ reason: 'NIP_BIRTH_DATE_INVALID', message: `NIP digits 1-8 (${nip.slice(0, 8)}) are not a real date of birth` });
  } else if (birthDate > today) {
    problems.push({ reason: 'NIP_BIRTH_DATE_INVALID', message: `NIP digits 1-8 give a date of birth in the future (${birthDate})` });
  }

  const ay = Number(nip.slice(8, 12));
  const isPns = asnType === AsnType.PNS;
  const am = isPns ? Number(nip.slice(12, 14)) : null;
  const thisYear = Number(today.slice(0, 4));
  if (ay < 1950 || ay > thisYear + 1) {
    problems.push({ reason: 'NIP_APPOINTMENT_YEAR_INVALID', message: `NIP digits 9-12 (${nip.slice(8, 12)}) are not a plausible year of appointment` });
  } else if (ay <= by) {
    problems.push({ reason: 'NIP_APPOINTMENT_YEAR_INVALID', message: `NIP year of appointment ${ay} is not after the year of birth ${by}` });
  }
  if (isPns && (am! < 1 || am! > 12)) {
    problems.push({ reason: 'NIP_APPOINTMENT_MONTH_INVALID', message: `NIP digits 13-14 (${nip.slice(12, 14)}) must be the month of TMT CPNS, 01-12` });
  }

  const g = nip[14];
  if (g !== '1' && g !== '2') {
    problems.push({ reason: 'NIP_SEX_INVALID', message: `NIP digit 15 must be 1 (male) or 2 (female), got ${g}` });
  }
  const sequence = Number(nip.slice(15, 18));
  if (sequence < 1) {
    problems.push({ reason: 'NIP_SEQUENCE_INVALID', message: 'NIP digits 16-18 (sequence) start at 001' });
  }

  const parts: NipParts = {
    birthDate,
    appointment: isPns ? `${nip.slice(8, 12)}-${nip.slice(12, 14)}` : nip.slice(8, 12),
    appointmentYear: ay,
    appointmentMonth: am,
    pppkCode: isPns ? null : nip.slice(12, 14),
    sex: g === '2' ? Sex.FEMALE : Sex.MALE,
    sequence,
  };
  return { valid: problems.length === 0, parts: problems.length === 0 ? parts : null, problems };
}

export interface NipSubject {
  nip: string;
  asnType: AsnType;
  birthDate: string;
  sex: Sex;
  tmtCpns?: string | null;
}

/**
 * Full NIP validation for an employee: the structure, then the cross-checks against the stored
 * birth date and sex, and (PNS) the year and month of TMT CPNS.
 */
export function validateNip(subject: NipSubject, today: string): NipProblem[] {
  const check = parseNip(subject.nip, subject.asnType, today);
  if (!check.valid || !check.parts) return check.problems;
  const p = check.parts;
  const problems: NipProblem[] = [];
  if (p.birthDate !== subject.birthDate) {
    problems.push({
      reason: 'NIP_BIRTH_DATE_MISMATCH',
      message: `NIP says born ${p.birthDate} but the date of birth is ${subject.birthDate}`,
    });
  }
  if (p.sex !== subject.sex) {
    problems.push({
      reason: 'NIP_SEX_MISMATCH',
      message: `NIP digit 15 says ${p.sex === Sex.MALE ? 'male (1)' : 'female (2)'} but the employee is ${subject.sex === Sex.MALE ? 'male' : 'female'}`,
    });
  }
  if (subject.asnType === AsnType.PNS && subject.tmtCpns) {
    const tmt = subject.tmtCpns.slice(0, 7);
    if (tmt !== p.appointment) {
      problems.push({
        reason: 'NIP_TMT_CPNS_MISMATCH',
        message: `NIP digits 9-14 say TMT CPNS ${p.appointment} but TMT CPNS is ${subject.tmtCpns}`,
      });
    }
  }
  return problems;
}

/** Builds a NIP from its parts (used by the seeder and tests). */
export function formatNip(birthDate: string, appointmentYear: number, monthOrCode: number, sex: Sex, sequence: number): string {
  return `${birthDate.replaceAll('-', '')}${appointmentYear}${pad(monthOrCode)}${sex === Sex.MALE ? 1 : 2}${pad(sequence, 3)}`;
}

/** NIK (Nomor Induk Kependudukan): 16 digits, region code first. */
export function validateNik(nik: string): NipProblem | null {
  if (!/^\d{16}$/.test(nik)) return { reason: 'NIK_FORMAT', message: 'NIK must be exactly 16 digits' };
  if (nik.startsWith('00')) return { reason: 'NIK_FORMAT', message: 'NIK must start with a province code (11-94)' };
  return null;
}

/** Legacy (pre-2007) NIP: 9 digits. */
export function validateLegacyNip(nip: string): NipProblem | null {
  return /^\d{9}$/.test(nip) ? null : { reason: 'LEGACY_NIP_FORMAT', message: 'Legacy NIP must be exactly 9 digits' };
}

/** Full name with academic titles as written on a decree: "dr. Siti Aminah, M.Kes." */
export function displayName(e: { frontTitle?: string | null; fullName: string; backTitle?: string | null }): string {
  const front = e.frontTitle?.trim();
  const back = e.backTitle?.trim();
  return `${front ? front + ' ' : ''}${e.fullName}${back ? ', ' + back : ''}`;
}

export interface FieldProblem extends NipProblem {
  field: string;
}

export interface EmployeeRecord extends NipSubject {
  tmtPns?: string | null;
  contractStartDate?: string | null;
  contractEndDate?: string | null;
  nik?: string | null;
  legacyNip?: string | null;
}

/**
 * Every rule an employee record must satisfy on its own: the NIP (structure and cross-checks),
 * plausible dates, PNS-only and PPPK-only fields, NIK and legacy NIP formats.
 */
export function validateEmployeeRecord(e: EmployeeRecord, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: string, p: NipProblem | null) => p && problems.push({ field, ...p });

  if (e.birthDate > today) add('birthDate', { reason: 'DATE_IN_FUTURE', message: 'birthDate: the date of birth is in the future' });
  else if (wholeYears(e.birthDate, today) > 100) add('birthDate', { reason: 'DATE_IMPLAUSIBLE', message: 'birthDate: more than 100 years ago' });

  for (const p of validateNip(e, today)) add('nip', p);

  const isPns = e.asnType === AsnType.PNS;
  if (isPns) {
    if (!e.tmtCpns) add('tmtCpns', { reason: 'REQUIRED', message: 'tmtCpns: TMT CPNS is required for a PNS' });
    if (e.contractStartDate || e.contractEndDate) add('contractStartDate', { reason: 'NOT_ALLOWED', message: 'contractStartDate: contract dates apply to PPPK only' });
  } else {
    if (e.tmtCpns || e.tmtPns) add('tmtCpns', { reason: 'NOT_ALLOWED', message: 'tmtCpns: TMT CPNS and TMT PNS apply to PNS only' });
  }
  if (e.tmtCpns) {
    if (e.tmtCpns <= e.birthDate || wholeYears(e.birthDate, e.tmtCpns) < 17) {
      add('tmtCpns', { reason: 'DATE_IMPLAUSIBLE', message: 'tmtCpns: TMT CPNS must be at least 17 years after the date of birth' });
    }
    if (e.tmtCpns > today && e.tmtCpns.slice(0, 4) > today.slice(0, 4)) add('tmtCpns', { reason: 'DATE_IN_FUTURE', message: 'tmtCpns: TMT CPNS is in a future year' });
  }
  if (e.tmtPns && e.tmtCpns && e.tmtPns < e.tmtCpns) add('tmtPns', { reason: 'BEFORE_TMT_CPNS', message: 'tmtPns: TMT PNS cannot be before TMT CPNS' });
  if (e.tmtPns && !e.tmtCpns) add('tmtPns', { reason: 'REQUIRES_TMT_CPNS', message: 'tmtPns: give TMT CPNS first' });
  if (e.contractStartDate && e.contractEndDate && e.contractEndDate < e.contractStartDate) {
    add('contractEndDate', { reason: 'RANGE_INVERTED', message: 'contractEndDate: the contract ends before it starts' });
  }
  if (e.contractStartDate && e.contractStartDate <= e.birthDate) add('contractStartDate', { reason: 'DATE_IMPLAUSIBLE', message: 'contractStartDate: before the date of birth' });
  if (e.nik) add('nik', validateNik(e.nik));
  if (e.legacyNip) add('legacyNip', validateLegacyNip(e.legacyNip));
  return problems;
}

// Personal data shown to roles that may not see it in full (UU PDP 27/2022): enough to recognise
// a record, not enough to use it.
export function maskDigits(value: string, keepStart: number, keepEnd: number): string {
  if (value.length <= keepStart + keepEnd) return '*'.repeat(value.length);
  return value.slice(0, keepStart) + '*'.repeat(value.length - keepStart - keepEnd) + value.slice(value.length - keepEnd);
}

export function maskEmail(email: string): string {
  const [local, domain] = email.split('@');
  return `${local.slice(0, 1)}***@${domain ?? ''}`;
}

/** A NIP / NI PPPK with its date-of-birth digits (1-8) masked: the rest still identifies the record. */
export function maskNip(nip: string): string {
  return '*'.repeat(Math.min(8, nip.length)) + nip.slice(8);
}
