import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { OptionalId, OptionalIds } from '../../shared/inputs.ts';
import { DocumentMime, DocumentOwnerKind } from './document.enums.ts';

@InputType({ description: 'Which documents: of an employee, of one record, of some types' })
export class DocumentFilter {
  @OptionalIds()
  ids?: string[];

  @OptionalId('The employee the documents concern (every record of theirs)')
  employeeId?: string;

  @Field(() => DocumentOwnerKind, { nullable: true })
  @IsOptional()
  @IsEnum(DocumentOwnerKind)
  ownerKind?: DocumentOwnerKind;

  @Field(() => ID, { nullable: true, description: 'One record (with ownerKind)' })
  @IsOptional()
  @IsUUID()
  ownerId?: string;

  @OptionalIds('Document types')
  typeIds?: string[];

  @OptionalId()
  governmentId?: string;
}

@InputType({ description: 'A document type: names, accepted file kinds and size, the records it attaches to' })
export class UpdateDocumentTypeInput {
  @Field(() => Int)
  @IsInt()
  version!: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(2, 120)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(2, 120)
  nameEn?: string;

  @Field(() => Int, { nullable: true, description: '1 KB to 100 MB' })
  @IsOptional()
  @IsInt()
  @Min(1024)
  @Max(104_857_600)
  maxBytes?: number;

  @Field(() => [DocumentMime], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @IsEnum(DocumentMime, { each: true })
  mimes?: DocumentMime[];

  @Field(() => [DocumentOwnerKind], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsEnum(DocumentOwnerKind, { each: true })
  ownerKinds?: DocumentOwnerKind[];

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  personal?: boolean;
}
