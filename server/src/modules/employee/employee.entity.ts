import type { Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.ts';
import { DateOnly } from '../../shared/scalars.ts';
import { Government } from '../organization/index.ts';
import { AsnType } from '../reference/index.ts';
import { EmployeeStatus, Sex } from './employee.enums.ts';

/**
 * An ASN (PNS or PPPK). Current rank, position and unit are not stored here: they are derived
 * from the effective-dated histories. Personal data (UU PDP 27/2022: NIK, birth place and date,
 * phone, email, address) has no plain GraphQL field; it is exposed by role-checked resolvers.
 */
@ObjectType({ description: 'Pegawai ASN' })
@Entity({ tableName: 'employee' })
@Unique({ properties: ['government', 'nip'] })
@Index({ name: 'employee_full_name_trgm_idx', expression: 'create index "employee_full_name_trgm_idx" on "employee" using gin ("full_name" gin_trgm_ops)' })
// The list's default order within a government (a 50-row page reads 50 index entries, not a sort of 17,200 rows).
@Index({ name: 'employee_government_id_full_name_id_index', properties: ['government', 'fullName', 'id'] })
@Index({ name: 'employee_nip_prefix_idx', expression: 'create index "employee_nip_prefix_idx" on "employee" ("nip" text_pattern_ops)' })
export class Employee extends BaseEntity<'status'> {
  @ManyToOne(() => Government, { ref: true, index: true })
  government!: Ref<Government>;

  @Field({ description: 'NIP (PNS) or NI PPPK, 18 digits' })
  @Property({ length: 18 })
  nip!: string;

  @Field(() => String, { nullable: true, description: 'Pre-2007 9-digit NIP' })
  @Property({ length: 9, nullable: true })
  legacyNip?: string | null;

  @Field(() => AsnType)
  @Enum({ items: () => AsnType })
  @Index()
  asnType!: AsnType;

  @Field(() => String, { nullable: true, description: 'Front academic title, e.g. "dr.", "Ir."' })
  @Property({ length: 40, nullable: true })
  frontTitle?: string | null;

  @Field()
  @Property({ length: 160 })
  fullName!: string;

  @Field(() => String, { nullable: true, description: 'Back academic titles, e.g. "S.Kom., M.T."' })
  @Property({ length: 80, nullable: true })
  backTitle?: string | null;

  @Field(() => Sex)
  @Enum({ items: () => Sex })
  sex!: Sex;

  // Personal data: no @Field here (see EmployeeResolver).
  @Property({ length: 80, nullable: true })
  birthPlace?: string | null;

  @Property({ type: 'date' })
  @Index()
  birthDate!: string;

  @Property({ length: 16, nullable: true })
  nik?: string | null;

  @Property({ length: 32, nullable: true })
  phone?: string | null;

  @Property({ length: 160, nullable: true })
  email?: string | null;

  @Property({ length: 400, nullable: true })
  address?: string | null;

  @Field(() => EmployeeStatus, { nullable: true, description: 'Null for viewers who see the directory card only' })
  @Enum({ items: () => EmployeeStatus })
  @Index()
  status: EmployeeStatus = EmployeeStatus.AKTIF;

  @Field(() => DateOnly, { nullable: true, description: 'TMT CPNS (PNS only)' })
  @Property({ type: 'date', nullable: true })
  tmtCpns?: string | null;

  @Field(() => DateOnly, { nullable: true, description: 'TMT PNS (PNS only)' })
  @Property({ type: 'date', nullable: true })
  tmtPns?: string | null;

  @Field(() => DateOnly, { nullable: true, description: 'Start of the current PPPK contract' })
  @Property({ type: 'date', nullable: true })
  contractStartDate?: string | null;

  @Field(() => DateOnly, { nullable: true, description: 'End of the current PPPK contract' })
  @Property({ type: 'date', nullable: true })
  @Index()
  contractEndDate?: string | null;
}
