// Builds small, fully known teams through the API (a unit, its positions, employees, logins) so
// tests can check worked examples without depending on the random demo data.
import { formatNip } from '../src/modules/employee/employee.rules.ts';
import { Sex } from '../src/modules/employee/employee.enums.ts';
import type { TestApp } from './helpers.ts';

export const PASSWORD = 'TestPass-2026';

let seq = 0;

/** 1 -> 'A', 27 -> 'AA': names may not contain digits. */
const letters = (n: number): string => (n > 26 ? letters(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(65 + ((n - 1) % 26));

export interface Member {
  id: string;
  nip: string;
  positionId: string;
  email?: string;
}

export interface Team {
  unitId: string;
  headPositionId: string;
  staffPositionId: string;
  functionalPositionId: string;
  head: Member;
  staff: Member[];
  functional: Member[];
}

const CREATE_EMPLOYEE = 'mutation($input: CreateEmployeeInput!) { createEmployee(input: $input) { id nip } }';

/** A PNS with a consistent NIP, placed in a position from `startDate`, with a starting rank. */
export async function hire(t: TestApp, opts: { positionId: string; rankCode?: string; birthYear?: number; cpnsYear?: number; sex?: Sex; name?: string; startDate?: string; as?: 'gov' | 'super' }): Promise<Member> {
  seq++;
  const sex = opts.sex ?? (seq % 2 ? Sex.MALE : Sex.FEMALE);
  const birthYear = opts.birthYear ?? 1985;
  const birthDate = `${birthYear}-${String((seq % 12) + 1).padStart(2, '0')}-${String((seq % 27) + 1).padStart(2, '0')}`;
  const cpnsYear = opts.cpnsYear ?? 2010;
  const nip = formatNip(birthDate, cpnsYear, 3, sex, 500 + seq);
  const ranks = (await t.ok<{ ranks: { id: string; code: string }[] }>('{ ranks(scheme: PNS) { id code } }')).ranks;
  const rankId = ranks.find((r) => r.code === (opts.rankCode ?? 'III/a'))!.id;
  const data = await t.ok<{ createEmployee: { id: string; nip: string } }>(
    CREATE_EMPLOYEE,
    {
      input: {
        nip,
        asnType: 'PNS',
        fullName: opts.name ?? `Pegawai Uji ${letters(seq)}`,
        sex,
        birthDate,
        tmtCpns: `${cpnsYear}-03-01`,
        initialRank: { rankId, tmt: `${cpnsYear}-03-01` },
        initialPlacement: { positionId: opts.positionId, startDate: opts.startDate ?? `${cpnsYear}-03-01` },
      },
    },
    opts.as ?? 'gov',
  );
  return { id: data.createEmployee.id, nip, positionId: opts.positionId };
}

/** An EMPLOYEE login for an employee (created by the government admin). */
export async function account(t: TestApp, member: Member): Promise<string> {
  const email = `pegawai.${member.nip}@uji.go.id`;
  await t.ok('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', {
    input: { email, displayName: `Akun ${member.nip}`, password: PASSWORD, role: 'EMPLOYEE', employeeId: member.id },
  });
  member.email = email;
  return email;
}

async function position(t: TestApp, input: Record<string, unknown>): Promise<string> {
  seq++;
  return (await t.ok<{ createPosition: { id: string } }>('mutation($input: CreatePositionInput!) { createPosition(input: $input) { id } }', { input: { code: `J-UJI-${seq}`, ...input } })).createPosition.id;
}

/** A unit (below `parentCode`, default BKPP) with a head, `staff` pelaksana and `functional` Ahli Pertama under them. */
export async function buildTeam(t: TestApp, opts: { staff?: number; functional?: number; parentCode?: string } = {}): Promise<Team> {
  seq++;
  const [parent] = await t.sql<{ id: string }>(`select u.id from org_unit u join government g on g.id = u.government_id where g.code = '33.74' and u.code = ?`, [opts.parentCode ?? 'BKPP']);
  const unitId = (await t.ok<{ createOrgUnit: { id: string } }>('mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }', {
    input: { code: `UJI-${seq}`, name: `Bidang Uji ${seq}`, kind: 'BIDANG', sector: 'KEPEGAWAIAN', parentId: parent.id },
  })).createOrgUnit.id;
  const headPositionId = await position(t, { unitId, title: `Kepala Bidang Uji ${seq}`, kind: 'ADMINISTRATOR', grade: 12, plannedHeadcount: 1 });
  const staffPositionId = await position(t, { unitId, parentId: headPositionId, title: 'Pengolah Data Uji', kind: 'PELAKSANA', grade: 6, plannedHeadcount: 10 });
  const functionalPositionId = await position(t, { unitId, parentId: headPositionId, title: 'Analis SDM Aparatur Ahli Pertama', kind: 'FUNGSIONAL', functionalLevel: 'AHLI_PERTAMA', grade: 8, plannedHeadcount: 10 });
  const head = await hire(t, { positionId: headPositionId, rankCode: 'III/d', birthYear: 1975, cpnsYear: 2000 });
  const staff: Member[] = [];
  for (let i = 0; i < (opts.staff ?? 3); i++) staff.push(await hire(t, { positionId: staffPositionId, rankCode: 'II/c', birthYear: 1990, cpnsYear: 2014 }));
  const functional: Member[] = [];
  for (let i = 0; i < (opts.functional ?? 1); i++) functional.push(await hire(t, { positionId: functionalPositionId, rankCode: 'III/a', birthYear: 1992, cpnsYear: 2018 }));
  return { unitId, headPositionId, staffPositionId, functionalPositionId, head, staff, functional };
}
