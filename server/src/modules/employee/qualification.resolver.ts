import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver } from 'type-graphql';
import { Parent } from '../../shared/root.ts';
import type { Context } from '../../context.ts';
import { ADMIN_ROLES } from '../../shared/auth.ts';
import { refId } from '../../shared/base.entity.ts';
import { Employee } from './employee.entity.ts';
import { AddQualificationInput, AddSanctionInput, UpdateQualificationInput, UpdateSanctionInput } from './qualification.inputs.ts';
import { DisciplinarySanction, Qualification } from './qualification.entity.ts';
import { QualificationService } from './qualification.service.ts';

const employeeOf = (row: { employee: unknown }, ctx: Context) => ctx.loaders.byId(Employee).load(refId(row.employee as string)!);

@Resolver(() => Qualification)
export class QualificationResolver {
  @Authorized(...ADMIN_ROLES)
  @Mutation(() => Qualification, { description: 'Record a passed ujian dinas / UKPPI or a completed leadership training (one per kind)' })
  addQualification(@Ctx() ctx: Context, @Arg('input', () => AddQualificationInput) input: AddQualificationInput) {
    return new QualificationService(ctx).addQualification(input);
  }

  @Authorized(...ADMIN_ROLES)
  @Mutation(() => Qualification)
  updateQualification(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateQualificationInput) input: UpdateQualificationInput) {
    return new QualificationService(ctx).updateQualification(id, input);
  }

  @Authorized(...ADMIN_ROLES)
  @Mutation(() => Boolean)
  deleteQualification(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return new QualificationService(ctx).remove(Qualification, 'Qualification', id, version);
  }

  @FieldResolver(() => Employee)
  employee(@Parent() row: Qualification, @Ctx() ctx: Context) {
    return employeeOf(row, ctx);
  }
}

@Resolver(() => DisciplinarySanction)
export class SanctionResolver {
  @Authorized(...ADMIN_ROLES)
  @Mutation(() => DisciplinarySanction, { description: 'Record a disciplinary sanction (PP 94/2021); one that bars promotion holds eligibility until it ends' })
  addSanction(@Ctx() ctx: Context, @Arg('input', () => AddSanctionInput) input: AddSanctionInput) {
    return new QualificationService(ctx).addSanction(input);
  }

  @Authorized(...ADMIN_ROLES)
  @Mutation(() => DisciplinarySanction)
  updateSanction(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateSanctionInput) input: UpdateSanctionInput) {
    return new QualificationService(ctx).updateSanction(id, input);
  }

  @Authorized(...ADMIN_ROLES)
  @Mutation(() => Boolean)
  deleteSanction(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return new QualificationService(ctx).remove(DisciplinarySanction, 'DisciplinarySanction', id, version);
  }

  @FieldResolver(() => Employee)
  employee(@Parent() row: DisciplinarySanction, @Ctx() ctx: Context) {
    return employeeOf(row, ctx);
  }
}
