import { graphql } from '../gql';

export const HomeOrganisationCountQuery = graphql(`
  query HomeOrganisationCount {
    organisations(first: 1) {
      totalCount
    }
  }
`);

export const HomeCadreCountQuery = graphql(`
  query HomeCadreCount {
    cadres(first: 1) {
      totalCount
    }
  }
`);

export const MyCadreQuery = graphql(`
  query MyCadre($id: ID!) {
    cadre(id: $id) {
      id
      name
      post
      rankLevel
      positionType
      tookPostOn
      organisation {
        id
        name
      }
      statusesOn
    }
  }
`);
