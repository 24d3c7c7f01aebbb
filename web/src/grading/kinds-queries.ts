import { graphql } from '../gql';

export const CycleKindsQuery = graphql(`
  query CycleKinds($id: ID!) {
    cycle(id: $id) {
      id
      kind
      year
      settings
      specialRule {
        mode
        threshold
        points
        gateEffect
        bonusLimit
        deductionLimit
      }
      termPeriod {
        startsOn
        endsOn
      }
    }
  }
`);

export const SetSpecialRuleMutation = graphql(`
  mutation SetSpecialRule($input: SpecialRuleInput!) {
    setSpecialRule(input: $input) {
      mode
    }
  }
`);

export const SetTermPeriodMutation = graphql(`
  mutation SetTermPeriod($input: TermPeriodInput!) {
    setTermPeriod(input: $input) {
      startsOn
    }
  }
`);

export const AssessmentTermQuery = graphql(`
  query AssessmentTerm($id: ID!) {
    assessment(id: $id) {
      id
      kind
      finalGrade
      termTargets {
        id
        position
        target
        measure
        achieved
        score
      }
      termYears {
        year
        grade
        assessmentId
      }
    }
  }
`);

export const SetTermTargetsMutation = graphql(`
  mutation SetTermTargets($input: TermTargetsInput!) {
    setTermTargets(input: $input) {
      id
    }
  }
`);
