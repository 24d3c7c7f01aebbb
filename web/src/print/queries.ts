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
      }
    }
  }
`);
