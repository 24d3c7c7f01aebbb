import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsUUID } from 'class-validator';
import type { OwnerKind } from './attachment-owners.js';

@ObjectType({ description: 'A file attached to a self-report, a review or appeal case’s grounds, or an objection' })
export class Attachment {
  @Field(() => ID, { description: 'The attachment id; GET /attachments/{id} downloads it' })
  id: string;

  @Field(() => String, { description: 'The file name as uploaded' })
  name: string;

  @Field(() => Int, { description: 'The size in bytes' })
  size: number;

  @Field(() => String, { description: 'The media type its content was recognised as (application/pdf, image/png…)' })
  mediaType: string;

  @Field(() => String, { description: 'The SHA-256 of the content, hex' })
  sha256: string;

  @Field(() => Date, { description: 'When it was uploaded' })
  uploadedAt: Date;

  @Field(() => String, { nullable: true, description: 'Who uploaded it; null for an anonymous objector' })
  uploaderName: string | null;

  @Field(() => String, { description: 'Where to download it: /attachments/{id}' })
  url: string;

  ownerKind: OwnerKind;
  ownerId: string;
  uploadedBy: string | null;
}

@ObjectType({ description: 'The limits of attachments, to tell people before they upload' })
export class AttachmentLimits {
  @Field(() => Int, { description: 'The largest file accepted, in bytes (ATTACHMENT_MAX_MB)' })
  maxBytes: number;

  @Field(() => Int, { description: 'The most attachments of one self-report or case (ATTACHMENT_MAX_PER_OWNER)' })
  maxPerOwner: number;

  @Field(() => Int, { description: 'The most attachments an objector adds to one objection (ATTACHMENT_MAX_PER_OBJECTION)' })
  maxPerObjection: number;

  @Field(() => [String], { description: 'The file extensions accepted (pdf, png, jpg, docx…); the content must match the extension' })
  extensions: string[];
}

@InputType({ description: 'The attachment to delete' })
export class DeleteAttachmentInput {
  @Field(() => ID, { description: 'The attachment id' })
  @IsUUID()
  attachmentId: string;
}
