import { graphql } from '../gql';

export const SelectionRecordFields = graphql(`
  fragment SelectionRecordFields on SelectionRecord {
    cadreId
    name
    personNo
    organisationName
    post
    rankLevel
    birthDate
    tookPostOn
    years {
      year
      grade
      versions
      organisationName
      postTitle
      score
    }
    counters {
      asOfYear
      excellentLast3
      excellentLast5
      consecutiveExcellent
      basicallyCompetentLast5
      incompetentLast5
      latestGrade
      latestYear
    }
    regular {
      fromYear
      toYear
      assessed
      good
      fair
      average
      poor
    }
    blocked
    blockers {
      kind
      since
      until
    }
    latestScore
    latestScoreYear
    promotions {
      id
      kind
      promotedOn
      post
      excellentBefore
    }
  }
`);

export const SelectionRecordQuery = graphql(`
  query SelectionRecord($cadreId: ID!) {
    selectionRecord(cadreId: $cadreId) {
      ...SelectionRecordFields
    }
  }
`);

export const CandidateSearchQuery = graphql(`
  query CandidateSearch($input: CandidateSearchInput!, $first: Int, $after: String) {
    candidateSearch(input: $input, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        place
        cadreId
        name
        organisationName
        post
        rankLevel
        blocked
        counters {
          asOfYear
          excellentLast3
          excellentLast5
          consecutiveExcellent
          latestGrade
          latestYear
        }
      }
    }
  }
`);

export const CandidateListsQuery = graphql(`
  query CandidateLists($first: Int, $after: String) {
    candidateLists(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        purpose
        organisationId
        organisationName
        createdAt
        memberCount
        version
      }
    }
  }
`);

export const CandidateListQuery = graphql(`
  query CandidateList($id: ID!) {
    candidateList(id: $id) {
      id
      name
      purpose
      organisationName
      memberCount
      version
      members {
        ...SelectionRecordFields
      }
    }
  }
`);

export const PrintCandidateListMutation = graphql(`
  mutation PrintCandidateList($id: ID!) {
    printCandidateList(id: $id) {
      id
      members {
        cadreId
      }
    }
  }
`);

export const CreateCandidateListMutation = graphql(`
  mutation CreateCandidateList($input: CreateCandidateListInput!) {
    createCandidateList(input: $input) {
      id
      name
      version
    }
  }
`);

export const ChangeCandidateListMutation = graphql(`
  mutation ChangeCandidateList($input: ChangeCandidateListInput!) {
    changeCandidateList(input: $input) {
      id
      memberCount
      version
    }
  }
`);

export const RecordPromotionMutation = graphql(`
  mutation RecordPromotion($input: RecordPromotionInput!) {
    recordPromotion(input: $input) {
      id
      excellentBefore
    }
  }
`);

export const PromotionSharesQuery = graphql(`
  query PromotionShares($organisationId: ID, $fromYear: Int!, $toYear: Int!) {
    promotionExcellentShares(organisationId: $organisationId, fromYear: $fromYear, toYear: $toYear) {
      year
      organisationName
      promoted
      withExcellent
      share
    }
  }
`);

export const PromotionsQuery = graphql(`
  query Promotions($year: Int, $first: Int, $after: String) {
    promotions(year: $year, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        cadreId
        cadreName
        kind
        promotedOn
        organisationName
        post
        excellentBefore
      }
    }
  }
`);
