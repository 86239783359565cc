import { describe, expect, it } from 'vitest';
import { AsnType } from '../reference/index.ts';
import { Sex } from './employee.enums.ts';
import { displayName, formatNip, maskDigits, maskEmail, parseNip, validateEmployeeRecord, validateNip } from './employee.rules.ts';
import { wholeYears } from '@asn-merit/common';

const TODAY = '2026-11-23';

describe('NIP (ASN-RULES §1)', () => {
  it('parses the worked PNS example 198609262015051001', () => {
    const check = parseNip('198609262015051001', AsnType.PNS, TODAY);
    expect(check.valid).toBe(true);
    expect(check.parts).toEqual({
      birthDate: '1986-09-26',
      appointment: '2015-05',
      appointmentYear: 2015,
      appointmentMonth: 5,
      pppkCode: null,
      sex: Sex.MALE,
      sequence: 1,
    });
  });

  it('parses the worked NI PPPK example 199009132025242014 without reading digits 13-14 as a month', () => {
    const check = parseNip('199009132025242014', AsnType.PPPK_PARUH_WAKTU, TODAY);
    expect(check.valid).toBe(true);
    expect(check.parts).toMatchObject({ birthDate: '1990-09-13', appointment: '2025', appointmentMonth: null, pppkCode: '24', sex: Sex.FEMALE, sequence: 14 });
    // The same digits as a PNS NIP have month 24: invalid.
    expect(parseNip('199009132025242014', AsnType.PNS, TODAY).problems.map((p) => p.reason)).toEqual(['NIP_APPOINTMENT_MONTH_INVALID']);
  });

  it.each([
    ['19860926201505100', 'NIP_FORMAT'],
    ['1986092620150510011', 'NIP_FORMAT'],
    ['19860926201505100A', 'NIP_FORMAT'],
    ['198602302015051001', 'NIP_BIRTH_DATE_INVALID'],
    ['198613262015051001', 'NIP_BIRTH_DATE_INVALID'],
    ['203001012015051001', 'NIP_BIRTH_DATE_INVALID'],
    ['198609262015131001', 'NIP_APPOINTMENT_MONTH_INVALID'],
    ['198609262015001001', 'NIP_APPOINTMENT_MONTH_INVALID'],
    ['198609261980051001', 'NIP_APPOINTMENT_YEAR_INVALID'],
    ['198609262015053001', 'NIP_SEX_INVALID'],
    ['198609262015051000', 'NIP_SEQUENCE_INVALID'],
  ])('rejects %s with %s', (nip, reason) => {
    const check = parseNip(nip, AsnType.PNS, TODAY);
    expect(check.valid).toBe(false);
    expect(check.problems.map((p) => p.reason)).toContain(reason);
  });

  it('cross-checks birth date, sex and TMT CPNS', () => {
    const ok = { nip: '198609262015051001', asnType: AsnType.PNS, birthDate: '1986-09-26', sex: Sex.MALE, tmtCpns: '2015-05-01' };
    expect(validateNip(ok, TODAY)).toEqual([]);
    expect(validateNip({ ...ok, birthDate: '1986-09-27' }, TODAY).map((p) => p.reason)).toEqual(['NIP_BIRTH_DATE_MISMATCH']);
    expect(validateNip({ ...ok, sex: Sex.FEMALE }, TODAY).map((p) => p.reason)).toEqual(['NIP_SEX_MISMATCH']);
    expect(validateNip({ ...ok, tmtCpns: '2015-06-01' }, TODAY).map((p) => p.reason)).toEqual(['NIP_TMT_CPNS_MISMATCH']);
    // PPPK: no TMT CPNS cross-check, digits 13-14 are a code.
    expect(validateNip({ nip: '199009132025242014', asnType: AsnType.PPPK, birthDate: '1990-09-13', sex: Sex.FEMALE }, TODAY)).toEqual([]);
  });

  it('builds NIPs that parse back', () => {
    const nip = formatNip('1990-01-31', 2014, 3, Sex.FEMALE, 12);
    expect(nip).toBe('199001312014032012');
    expect(parseNip(nip, AsnType.PNS, TODAY).parts).toMatchObject({ birthDate: '1990-01-31', appointment: '2014-03', sex: Sex.FEMALE, sequence: 12 });
  });
});

describe('employee record rules', () => {
  const pns = { nip: '198609262015051001', asnType: AsnType.PNS, birthDate: '1986-09-26', sex: Sex.MALE, tmtCpns: '2015-05-01', tmtPns: '2016-05-01' };

  it('accepts a consistent PNS record', () => {
    expect(validateEmployeeRecord(pns, TODAY)).toEqual([]);
  });

  it('names the field of each problem', () => {
    const problems = validateEmployeeRecord({ ...pns, tmtPns: '2014-01-01', nik: '123', legacyNip: '12' }, TODAY);
    expect(problems.map((p) => [p.field, p.reason])).toEqual([
      ['tmtPns', 'BEFORE_TMT_CPNS'],
      ['nik', 'NIK_FORMAT'],
      ['legacyNip', 'LEGACY_NIP_FORMAT'],
    ]);
  });

  it('requires TMT CPNS for a PNS and refuses it for a PPPK', () => {
    expect(validateEmployeeRecord({ ...pns, tmtCpns: null, tmtPns: null }, TODAY).map((p) => p.reason)).toEqual(['REQUIRED']);
    const pppk = { nip: '199009132025242014', asnType: AsnType.PPPK, birthDate: '1990-09-13', sex: Sex.FEMALE, tmtCpns: '2025-01-01' };
    expect(validateEmployeeRecord(pppk, TODAY).map((p) => [p.field, p.reason])).toEqual([['tmtCpns', 'NOT_ALLOWED']]);
  });

  it('refuses an inverted contract', () => {
    const pppk = { nip: '199009132025242014', asnType: AsnType.PPPK, birthDate: '1990-09-13', sex: Sex.FEMALE, contractStartDate: '2025-01-01', contractEndDate: '2024-12-31' };
    expect(validateEmployeeRecord(pppk, TODAY).map((p) => p.reason)).toEqual(['RANGE_INVERTED']);
  });
});

describe('helpers', () => {
  it('writes names with titles as on a decree', () => {
    expect(displayName({ frontTitle: 'dr.', fullName: 'Siti Aminah', backTitle: 'M.Kes.' })).toBe('dr. Siti Aminah, M.Kes.');
    expect(displayName({ fullName: 'Budi' })).toBe('Budi');
  });

  it('counts whole years', () => {
    expect(wholeYears('1986-09-26', '2026-09-25')).toBe(39);
    expect(wholeYears('1986-09-26', '2026-09-26')).toBe(40);
  });

  it('masks personal data', () => {
    expect(maskDigits('3374151502821301', 4, 2)).toBe('3374**********01');
    expect(maskEmail('budi.santoso@gmail.com')).toBe('b***@gmail.com');
  });
});
