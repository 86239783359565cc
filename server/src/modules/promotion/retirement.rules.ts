// Retirement age and date (ASN-RULES §11; UU 20/2023 art. 55, PP 11/2017 art. 239). Pure.
import { addYears } from '@asn-merit/common';

export const RETIREMENT_BASIS = 'UU 20/2023 tentang ASN pasal 55; PP 11/2017 pasal 239 (batas usia pensiun)';

export interface RetirementAgeRow {
  positionKind: string;
  functionalLevel: string | null;
  age: number;
}

/** Age for the kind (and functional level) of the position held; null when the table has no row for it. */
export function retirementAge(kind: string | null, level: string | null, table: RetirementAgeRow[]): number | null {
  if (!kind) return null;
  const exact = table.find((r) => r.positionKind === kind && r.functionalLevel === level);
  return (exact ?? table.find((r) => r.positionKind === kind && r.functionalLevel === null))?.age ?? null;
}

/**
 * The day retirement takes effect: the 1st of the month after the birthday on which the age is
 * reached (configurable), or that birthday itself.
 */
export function retirementDate(birthDate: string, age: number, firstOfFollowingMonth: boolean): string {
  const reached = addYears(birthDate, age);
  if (!firstOfFollowingMonth) return reached;
  const [y, m] = reached.split('-').map(Number);
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}
