import { databaseCommand, KeyMismatchError } from '@census/api';

databaseCommand(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof KeyMismatchError ? error.message : error);
    process.exit(1);
  },
);
