import { registerEnumType } from 'type-graphql';

export enum Sex {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}
registerEnumType(Sex, { name: 'Sex', description: 'MALE = 1 and FEMALE = 2 in digit 15 of the NIP' });

export enum EmployeeStatus {
  AKTIF = 'AKTIF',
  CUTI = 'CUTI',
  TUGAS_BELAJAR = 'TUGAS_BELAJAR',
  PENSIUN = 'PENSIUN',
  BERHENTI = 'BERHENTI',
}
registerEnumType(EmployeeStatus, { name: 'EmployeeStatus' });
