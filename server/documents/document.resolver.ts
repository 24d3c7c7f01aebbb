import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Organisation } from '../organisations/organisation.entity.js';
import { issuerOf } from './issuer.js';

/** The issuing organ of an organisation's official documents (the rule of `issuer.ts`), for pages that print it. */
@Resolver(() => Organisation)
export class OrganisationIssuerResolver {
  @FieldResolver(() => String, {
    description:
      'The organ that issues the assessment documents of cycles run by this organisation (版头 and signature): 中共<name>委员会组织部 for a province, city, county or township; 中共<name>党组 for a department; 中共<name>委员会 otherwise',
  })
  issuingOrgan(@Root() organisation: Organisation): string {
    return issuerOf(organisation).organ;
  }
}
