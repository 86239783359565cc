import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.ts';
import { Role } from '../../shared/auth.ts';
import { refId } from '../../shared/base.entity.ts';
import { PageArgs, PageType } from '../../shared/list.ts';
import { Parent } from '../../shared/root.ts';
import { Document, DocumentType } from './document.entity.ts';
import { DocumentFilter, UpdateDocumentTypeInput } from './document.inputs.ts';
import { DocumentService, type DocumentRow } from './document.service.ts';
import { DocumentReferenceService } from './reference.service.ts';

@ObjectType()
export class DocumentPage extends PageType(Document) {}

@ObjectType({ description: 'A short-lived link to download a document (for the account that asked)' })
export class DocumentLink {
  @Field({ description: 'Path on this server; add `&inline=1` to show it in the browser' })
  url!: string;

  @Field()
  expiresAt!: Date;
}

@Resolver(() => Document)
export class DocumentResolver {
  @Authorized()
  @Query(() => DocumentPage, { description: 'Documents of records the viewer may see (an employee: their own). Newest first.' })
  documents(@Ctx() ctx: Context, @Arg('filter', () => DocumentFilter, { nullable: true }) filter: DocumentFilter | null, @Args(() => PageArgs) { limit, offset }: PageArgs) {
    return new DocumentService(ctx).list(filter ?? {}, limit, offset);
  }

  @Authorized()
  @Query(() => DocumentLink, { description: 'A signed download link, valid for DOCUMENT_LINK_TTL_SECONDS (default 5 minutes); every download is logged' })
  async documentLink(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    const { url, expiresAt } = await new DocumentService(ctx).link(id);
    return { url, expiresAt };
  }

  @Authorized(Role.SUPER_ADMIN, Role.GOV_ADMIN, Role.UNIT_ADMIN)
  @Mutation(() => Boolean, { description: 'Removes a document and its file' })
  deleteDocument(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return new DocumentService(ctx).delete(id, version);
  }

  @Authorized()
  @Query(() => [DocumentType], { description: 'Document types (editable reference table)' })
  documentTypes(@Ctx() ctx: Context) {
    return new DocumentReferenceService(ctx).documentTypes();
  }

  @Authorized(Role.SUPER_ADMIN)
  @Mutation(() => DocumentType)
  updateDocumentType(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateDocumentTypeInput) input: UpdateDocumentTypeInput) {
    return new DocumentReferenceService(ctx).updateDocumentType(id, input);
  }

  @FieldResolver(() => DocumentType)
  type(@Parent() row: DocumentRow, @Ctx() ctx: Context) {
    return ctx.loaders.byId(DocumentType).load(refId(row.type)!);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The employee the record concerns' })
  employeeId(@Parent() row: DocumentRow) {
    return refId(row.employee);
  }
}
