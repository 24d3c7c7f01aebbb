import { Query, Resolver } from 'type-graphql';
import { Vocabulary, vocabulary } from './vocabulary.types.js';

/** The API's closed lists: public (the public notice page and the sign-in page label codes too), static, one call deep. */
@Resolver()
export class VocabularyResolver {
  @Query(() => Vocabulary, { description: 'The closed lists the API speaks in (error codes, penalty and outcome kinds, case vocabularies, lifecycle states), each value described in the schema' })
  vocabulary(): Vocabulary {
    return vocabulary();
  }
}
