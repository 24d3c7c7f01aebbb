import { graphql } from '../gql';

export const BusinessAssessmentFields = graphql(`
  fragment BusinessAssessmentFields on BusinessAssessmentView {
    id
    cycleId
    name
    departmentId
    departmentName
    coversTeams
    coversCadres
    organisationKinds
    mode
    weight
    inspectionsPerUnit
    unitsCovered
    resultsEntered
    declaredAt
  }
`);

export const CycleBusinessQuery = graphql(`
  query CycleBusiness($cycleId: ID!) {
    businessAssessments(cycleId: $cycleId) {
      ...BusinessAssessmentFields
    }
    businessAssessmentReport(cycleId: $cycleId) {
      absorbed
      unitsCovered
      resultsEntered
      resultsMissing
      inspectionsReplaced
      lines {
        id
        name
        departmentName
        mode
        unitsCovered
        resultsEntered
        resultsMissing
        failed
        inspectionsReplaced
      }
    }
  }
`);

export const MyBusinessQuery = graphql(`
  query MyBusiness {
    myBusinessAssessments {
      ...BusinessAssessmentFields
    }
  }
`);

export const BusinessUnitsQuery = graphql(`
  query BusinessUnits($id: ID!) {
    businessAssessmentUnits(businessAssessmentId: $id) {
      organisationId
      organisationCode
      organisationName
      version
      score
      passed
      note
      recordedByName
      recordedAt
    }
  }
`);

export const DeclareBusinessMutation = graphql(`
  mutation DeclareBusiness($input: DeclareBusinessAssessmentInput!) {
    declareBusinessAssessment(input: $input)
  }
`);

export const EnterBusinessResultsMutation = graphql(`
  mutation EnterBusinessResults($input: EnterBusinessResultsInput!) {
    enterBusinessResults(input: $input)
  }
`);

export const ImportBusinessResultsMutation = graphql(`
  mutation ImportBusinessResults($input: ImportBusinessResultsInput!) {
    importBusinessResults(input: $input)
  }
`);
