/** Writes the emitted GraphQL schema to libs/api/schema.graphql (committed; the client is generated from it). */
import { printCensusSchema } from '@census/api';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

const target = path.resolve(__dirname, '..', '..', '..', 'libs', 'api', 'schema.graphql');

printCensusSchema()
  .then((sdl) => writeFile(target, sdl))
  .then(
    () => console.log(`wrote ${target}`),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
