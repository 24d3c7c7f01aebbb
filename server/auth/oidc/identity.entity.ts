import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'user_identity' })
@ObjectType('ExternalIdentity', { description: 'An account of the organisation’s identity provider (OpenID Connect) that signs in as this user account' })
export class UserIdentity {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'The link’s id, to remove it with unlinkExternalIdentity' })
  id: string;

  @Column({ type: 'text' })
  @Field(() => String, { description: 'The identity provider’s issuer URL (the ID token’s iss)' })
  issuer: string;

  @Column({ type: 'text' })
  @Field(() => String, { description: 'The person’s subject identifier at that issuer (the ID token’s sub)' })
  subject: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'linked_at', type: 'timestamptz' })
  @Field(() => Date, { description: 'When the link was made' })
  linkedAt: Date;

  @Column({ name: 'linked_by', type: 'uuid', nullable: true })
  linkedBy: string | null;

  /** Set by the resolver from linkedBy: whether an administrator linked it, or the first sign-in matched it by the configured claim. */
  @Field(() => Boolean, { description: 'True when the first sign-in matched it by the configured claim (OIDC_MATCH_CLAIM); false when an administrator linked it' })
  get matchedByClaim(): boolean {
    return this.linkedBy === null;
  }
}
