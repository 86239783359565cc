import type { Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.ts';
import { Government } from '../organization/index.ts';
import { Employee } from '../employee/index.ts';
import { DocumentMime, DocumentOwnerKind } from './document.enums.ts';

/**
 * A kind of document (SK kenaikan pangkat, ijazah, sertifikat, ...): the national, editable
 * reference table of what may be uploaded, to which records, in which file kinds and sizes.
 */
@ObjectType({ description: 'A kind of document (editable reference table): which records it attaches to, which file kinds and how large' })
@Entity({ tableName: 'document_type' })
@Check({ name: 'document_type_max_bytes_check', expression: '"max_bytes" > 0 and "max_bytes" <= 104857600' })
export class DocumentType extends BaseEntity {
  @Field({ description: 'Stable code, e.g. SK_PANGKAT' })
  @Property({ length: 40, unique: true })
  code!: string;

  @Field({ description: 'Name in Bahasa Indonesia' })
  @Property({ length: 120 })
  name!: string;

  @Field({ description: 'Name in English' })
  @Property({ length: 120 })
  nameEn!: string;

  @Field(() => Int, { description: 'Largest file accepted, in bytes (at most 100 MB)' })
  @Property({ type: 'int' })
  maxBytes!: number;

  @Field(() => [DocumentMime], { description: 'File kinds accepted (checked by content)' })
  @Property({ type: 'jsonb' })
  mimes!: DocumentMime[];

  @Field(() => [DocumentOwnerKind], { description: 'Records a document of this type may be attached to' })
  @Property({ type: 'jsonb' })
  ownerKinds!: DocumentOwnerKind[];

  @Field({ description: 'Holds personal data (UU PDP): every download is written to the access log' })
  @Property({ default: true })
  personal: boolean = true;

  @Field(() => Int)
  @Property({ type: 'smallint', default: 0 })
  sortOrder: number = 0;
}

/** A stored file attached to a record, with its type, hash and who uploaded it. */
@ObjectType({ description: 'A document (file) attached to a record' })
@Entity({ tableName: 'document' })
@Index({ properties: ['ownerKind', 'ownerId'] })
@Index({ properties: ['employee', 'createdAt'] })
@Index({ properties: ['government', 'createdAt'] })
@Unique({ properties: ['storageKey'] })
@Check({ name: 'document_size_check', expression: '"size_bytes" > 0' })
export class Document extends BaseEntity {
  @ManyToOne(() => Government, { ref: true })
  government!: Ref<Government>;

  @Field(() => DocumentOwnerKind)
  @Enum({ items: () => DocumentOwnerKind })
  ownerKind!: DocumentOwnerKind;

  @Field(() => ID, { description: 'The record it is attached to (of ownerKind)' })
  @Property({ type: 'uuid' })
  ownerId!: string;

  /** The employee the record concerns (every record kind so far has one): the document's scope. */
  @ManyToOne(() => Employee, { ref: true, nullable: true, deleteRule: 'cascade' })
  employee?: Ref<Employee> | null;

  @ManyToOne(() => DocumentType, { ref: true, index: true, deleteRule: 'restrict' })
  type!: Ref<DocumentType>;

  @Field({ description: 'The file name as uploaded (no folders)' })
  @Property({ length: 200 })
  fileName!: string;

  @Field(() => DocumentMime)
  @Enum({ items: () => DocumentMime })
  mime!: DocumentMime;

  @Field(() => Int)
  @Property({ type: 'int' })
  sizeBytes!: number;

  @Field({ description: 'SHA-256 of the content, hex' })
  @Property({ length: 64 })
  sha256!: string;

  /** Where the store keeps it (`<government>/<id>`); never shown. */
  @Property({ length: 200 })
  storageKey!: string;

  @Field(() => ID, { nullable: true, description: 'The account that uploaded it' })
  @Property({ type: 'uuid', nullable: true })
  uploadedBy?: string | null;

  @Field(() => String, { nullable: true, description: 'A note (what the file shows)' })
  @Property({ length: 300, nullable: true })
  note?: string | null;
}
