import { Entity, Enum, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.ts';
import { GovernmentKind } from './organization.enums.ts';

/** An instansi: a city, regency, province or ministry. Every other record belongs to exactly one. */
@ObjectType({ description: 'Instansi (e.g. Pemerintah Kota Semarang)' })
@Entity({ tableName: 'government' })
export class Government extends BaseEntity {
  @Field({ description: 'Kemendagri region code, e.g. "33.74" for Kota Semarang' })
  @Property({ length: 16, unique: true })
  code!: string;

  @Field()
  @Property({ length: 160 })
  name!: string;

  @Field(() => GovernmentKind)
  @Enum({ items: () => GovernmentKind })
  kind!: GovernmentKind;

  @Field(() => String, { nullable: true })
  @Property({ length: 80, nullable: true })
  province?: string | null;
}
