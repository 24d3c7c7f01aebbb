import { IsOptional, IsUUID, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';

@InputType({ description: 'A subject of an identity provider to sign in as an account' })
export class LinkExternalIdentityInput {
  @Field(() => ID, { description: 'The account the subject signs in as' })
  @IsUUID()
  userId: string;

  @Field(() => String, { nullable: true, description: 'The provider’s issuer URL; omitted: the configured provider (OIDC_ISSUER)' })
  @IsOptional()
  @Length(1, 500)
  issuer?: string | null;

  @Field(() => String, { description: 'The person’s subject identifier at the provider (the ID token’s sub), up to 255 characters' })
  @Length(1, 255)
  @MaxLength(255)
  subject: string;
}

@ObjectType({ description: 'The organisation’s identity provider, when sign-in through it is on' })
export class IdentityProviderOption {
  @Field(() => String, { description: 'The text of the sign-in button (OIDC_DISPLAY_NAME), e.g. 统一身份认证' })
  displayName: string;

  @Field(() => String, { description: 'Where the button sends the browser: /auth/oidc/start (add ?redirect=<path> to come back to a page)' })
  startPath: string;

  @Field(() => String, { description: 'The provider’s issuer URL, the default issuer of linkExternalIdentity' })
  issuer: string;

  @Field(() => Boolean, { description: 'Whether an account linked to an external identity may still sign in with its password' })
  passwordForLinkedAccounts: boolean;
}

@ObjectType({ description: 'How one may sign in, for the sign-in page (public)' })
export class SignInOptions {
  @Field(() => IdentityProviderOption, { nullable: true, description: 'Sign-in through the organisation’s identity provider (OpenID Connect); null when it is off' })
  identityProvider: IdentityProviderOption | null;
}
