import { Check, Entity, Property } from '@mikro-orm/decorators/legacy';
import { Field, Float, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.ts';

/**
 * The IKM grade table (mutu pelayanan A-D and kinerja unit) of PermenPANRB 14/2017. Configurable
 * reference data: a super admin may edit it, with its legal basis; the migration seeds it.
 */
@ObjectType({ description: 'Mutu pelayanan: IKM range, grade and performance label' })
@Entity({ tableName: 'ikm_grade' })
// (The 25-100 bounds are checked on input: a literal compared with a double column comes back
// from PostgreSQL with a cast the schema diff cannot match.)
@Check({ name: 'ikm_grade_range_check', expression: '"min_ikm" <= "max_ikm"' })
export class IkmGrade extends BaseEntity {
  @Field({ description: '"A" .. "D"' })
  @Property({ length: 2, unique: true })
  grade!: string;

  @Field(() => Float, { description: 'Lowest IKM of the grade (2 decimals, inclusive)' })
  @Property({ type: 'double' })
  minIkm!: number;

  @Field(() => Float, { description: 'Highest IKM of the grade (2 decimals, inclusive)' })
  @Property({ type: 'double' })
  maxIkm!: number;

  @Field({ description: 'Kinerja unit pelayanan, e.g. "Sangat Baik"' })
  @Property({ length: 40 })
  label!: string;

  @Field()
  @Property({ length: 300 })
  legalBasis!: string;
}
