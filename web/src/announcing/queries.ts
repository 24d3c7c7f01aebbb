import { graphql } from '../gql';

export const AnnualCyclesQuery = graphql(`
  query AnnouncingCycles {
    cycles {
      id
      kind
      name
      year
      state
    }
  }
`);

export const DistributionFields = graphql(`
  fragment DistributionFields on ResultsDistributionView {
    teams
    teamsExcellent
    teamsGood
    teamsAverage
    teamsPoor
    teamsUndecided
    cadres
    cadresExcellent
    cadresCompetent
    cadresBasicallyCompetent
    cadresIncompetent
    cadresNotGraded
    cadresUndecided
    excellentTeamPercent
    rectificationTeamPercent
    excellentCadrePercent
  }
`);

export const DistributionGroupFields = graphql(`
  fragment DistributionGroupFields on ResultsDistributionGroupView {
    key
    name
    teams
    teamsExcellent
    teamsGood
    teamsAverage
    teamsPoor
    teamsUndecided
    cadres
    cadresExcellent
    cadresCompetent
    cadresBasicallyCompetent
    cadresIncompetent
    cadresNotGraded
    cadresUndecided
    excellentTeamPercent
    rectificationTeamPercent
    excellentCadrePercent
  }
`);

export const ReportTeamFields = graphql(`
  fragment ReportTeamFields on ReportTeamListView {
    totalCount
    nodes {
      assessmentId
      organisationId
      organisationName
      kind
      category
      regionName
      grade
    }
  }
`);

export const ResultsReportQuery = graphql(`
  query ResultsReport($cycleId: ID!, $organisationId: ID, $category: OrganisationCategory) {
    resultsReport(cycleId: $cycleId, organisationId: $organisationId, category: $category) {
      cycleId
      organisationId
      organisationName
      category
      total {
        ...DistributionFields
      }
      regions {
        ...DistributionGroupFields
      }
      categories {
        ...DistributionGroupFields
      }
      excellentTeams {
        ...ReportTeamFields
      }
      rectificationTeams {
        ...ReportTeamFields
      }
      outstandingRegions {
        ...ReportTeamFields
      }
      bonusCoefficients {
        grade
        coefficient
      }
    }
  }
`);

export const AnnouncementListsQuery = graphql(`
  query AnnouncementLists($cycleId: ID!) {
    announcementLists(cycleId: $cycleId) {
      cycleId
      kind
      number
      issuedOn
      entryCount
      entries {
        assessmentId
        name
        organisationName
        post
        grade
        firstYear
        lastYear
      }
    }
  }
`);

export const IssueAnnouncementListMutation = graphql(`
  mutation IssueAnnouncementList($input: IssueAnnouncementListInput!) {
    issueAnnouncementList(input: $input) {
      cycleId
      kind
      number
      issuedOn
    }
  }
`);
