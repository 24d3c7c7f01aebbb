import { graphql } from '../gql';

export const PrintCycleQuery = graphql(`
  query PrintCycle($id: ID!) {
    cycle(id: $id) {
      id
      name
      year
      organisation {
        id
        name
        issuingOrgan
      }
    }
  }
`);

/** What the written notice prints besides the assessment: the issuing organ, and whether a review may be offered (the server's rule). */
export const WrittenNoticeIssuerQuery = graphql(`
  query WrittenNoticeIssuer($id: ID!) {
    assessment(id: $id) {
      id
      cycle {
        id
        organisation {
          id
          issuingOrgan
        }
      }
      reviewWindow {
        reviewable
        reviewRequestDays
      }
    }
  }
`);
