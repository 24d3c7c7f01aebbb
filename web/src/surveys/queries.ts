import { graphql } from '../gql';

export const SurveyFields = graphql(`
  fragment SurveyFields on SurveyView {
    id
    cycleId
    year
    kind
    title
    firm
    state
    fieldworkFrom
    fieldworkTo
    questionnaireVersion
    totalResponses
    shortfalls
    publishedAt
    questions {
      code
      text
      weight
    }
    sample {
      organisationId
      organisationName
      organisationCode
      target
      responses
      score
      sd
      margin
      shortfall
      origin
      ratingScore
    }
  }
`);

/** The list's columns only: the sample plan and questionnaire are read on the survey's own page. */
export const SurveysQuery = graphql(`
  query Surveys($cycleId: ID!) {
    surveys(cycleId: $cycleId) {
      id
      kind
      title
      firm
      state
      fieldworkFrom
      fieldworkTo
      totalResponses
      shortfalls
    }
  }
`);

export const SurveyQuery = graphql(`
  query Survey($id: ID!) {
    survey(id: $id) {
      ...SurveyFields
    }
  }
`);

export const PlanSurveyMutation = graphql(`
  mutation PlanSurvey($input: PlanSurveyInput!) {
    planSurvey(input: $input) {
      ...SurveyFields
    }
  }
`);

export const StartSurveyFieldworkMutation = graphql(`
  mutation StartSurveyFieldwork($id: ID!) {
    startSurveyFieldwork(id: $id) {
      ...SurveyFields
    }
  }
`);

export const CloseSurveyFieldworkMutation = graphql(`
  mutation CloseSurveyFieldwork($id: ID!) {
    closeSurveyFieldwork(id: $id) {
      ...SurveyFields
    }
  }
`);

export const PublishSurveyMutation = graphql(`
  mutation PublishSurvey($id: ID!) {
    publishSurvey(id: $id) {
      ...SurveyFields
    }
  }
`);

export const ImportSurveyResultsMutation = graphql(`
  mutation ImportSurveyResults($input: ImportSurveyResultsInput!) {
    importSurveyResults(input: $input) {
      ...SurveyFields
    }
  }
`);

export const EnterSurveyResultMutation = graphql(`
  mutation EnterSurveyResult($input: EnterSurveyResultInput!) {
    enterSurveyResult(input: $input) {
      ...SurveyFields
    }
  }
`);

export const ServiceRatingsQuery = graphql(`
  query ServiceRatings($year: Int!) {
    serviceRatings(year: $year) {
      organisationId
      organisationName
      organisationCode
      year
      periods
      verySatisfied
      satisfied
      basicallySatisfied
      dissatisfied
      veryDissatisfied
      good
      bad
      score
    }
  }
`);

export const ImportServiceRatingsMutation = graphql(`
  mutation ImportServiceRatings($input: ImportServiceRatingsInput!) {
    importServiceRatings(input: $input)
  }
`);

export const SurveyOrganisationsQuery = graphql(`
  query SurveyOrganisations($first: Int!) {
    organisations(first: $first) {
      nodes {
        id
        name
        code
      }
    }
  }
`);
