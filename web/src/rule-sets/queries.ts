import { graphql } from '../gql';

export const EffectiveRuleSetQuery = graphql(`
  query EffectiveRuleSet($organisationId: ID!, $day: String!) {
    effectiveRuleSet(organisationId: $organisationId, day: $day) {
      jurisdictionId
      settings
      ruleSet {
        id
        version
        effectiveFrom
        jurisdiction {
          id
          name
        }
      }
    }
  }
`);

export const RuleSetVersionsQuery = graphql(`
  query RuleSetVersions($jurisdictionId: ID!) {
    ruleSets(jurisdictionId: $jurisdictionId) {
      id
      version
      effectiveFrom
      note
      createdAt
      settings
    }
  }
`);

export const RuleSettingsDefaultsQuery = graphql(`
  query RuleSettingsDefaults {
    ruleSettingsDefaults
  }
`);

export const PublishRuleSetMutation = graphql(`
  mutation PublishRuleSet($input: PublishRuleSetInput!) {
    publishRuleSet(input: $input) {
      id
      version
      effectiveFrom
    }
  }
`);
