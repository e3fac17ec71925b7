import type { ChangeTopic } from '../../gql/graphql';
import { enumValues } from '../../urql/schema';

/** Every topic of the schema's `ChangeTopic`, so a topic the server adds is offered here as soon as codegen runs. */
export const TOPICS = enumValues<ChangeTopic>('ChangeTopic');
