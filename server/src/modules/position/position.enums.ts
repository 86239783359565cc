import { registerEnumType } from 'type-graphql';

/** Kind of jabatan (UU 20/2023, PP 11/2017). */
export enum PositionKind {
  JPT_UTAMA = 'JPT_UTAMA',
  JPT_MADYA = 'JPT_MADYA',
  JPT_PRATAMA = 'JPT_PRATAMA',
  ADMINISTRATOR = 'ADMINISTRATOR',
  PENGAWAS = 'PENGAWAS',
  FUNGSIONAL = 'FUNGSIONAL',
  PELAKSANA = 'PELAKSANA',
}
registerEnumType(PositionKind, { name: 'PositionKind' });

/** Level (jenjang) of a functional position: skill levels and expert levels. */
export enum FunctionalLevel {
  PEMULA = 'PEMULA',
  TERAMPIL = 'TERAMPIL',
  MAHIR = 'MAHIR',
  PENYELIA = 'PENYELIA',
  AHLI_PERTAMA = 'AHLI_PERTAMA',
  AHLI_MUDA = 'AHLI_MUDA',
  AHLI_MADYA = 'AHLI_MADYA',
  AHLI_UTAMA = 'AHLI_UTAMA',
}
registerEnumType(FunctionalLevel, { name: 'FunctionalLevel' });

const MANAGERIAL = new Set([PositionKind.JPT_UTAMA, PositionKind.JPT_MADYA, PositionKind.JPT_PRATAMA, PositionKind.ADMINISTRATOR, PositionKind.PENGAWAS]);

/** UU 20/2023: JPT, administrator and pengawas are managerial; fungsional and pelaksana are not. */
export function isManagerial(kind: PositionKind): boolean {
  return MANAGERIAL.has(kind);
}
