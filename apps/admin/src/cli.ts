import { GraphQLRequestError } from '@census/client';
import { parseArgs } from 'node:util';
import { importCommand, IMPORT_HELP } from './commands/import';
import { login, LOGIN_HELP } from './commands/login';
import { report, REPORT_HELP } from './commands/report';
import { interruptSignal, sync, SYNC_HELP } from './commands/sync';
import { whoami, WHOAMI_HELP } from './commands/whoami';
import type { GlobalOptions } from './connection';
import { EXIT, UsageError } from './errors';
import { print, type Io } from './io';

const HELP = `census-admin COMMAND [options]

Administrators' scripts for the census API. They talk to the API over HTTP with
an access token, never to the database.

Commands:
  login      log in and keep the token              census-admin login --username admin
  whoami     the account of the current token
  report     the progress report of a zone          census-admin report --zone 330106002 --format md
  import     import zones, staff or a source file   census-admin import registry registry.csv
  sync       follow the change feed into files      census-admin sync --out ./feed --follow

Options for every command:
  --url URL      the API (default $CENSUS_API_URL, the saved login, http://localhost:4000)
  --token TOKEN  access or API token (default $CENSUS_TOKEN, the saved login)
  --json         machine-readable output
  --help         help of a command: census-admin COMMAND --help

Exit codes: 0 done, 1 some rows were rejected, 2 usage or connection problem.`;

const COMMAND_HELP: Record<string, string> = {
  login: LOGIN_HELP,
  whoami: WHOAMI_HELP,
  report: REPORT_HELP,
  import: IMPORT_HELP,
  sync: SYNC_HELP,
};

export async function run(argv: string[], io: Io): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        url: { type: 'string' },
        token: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        username: { type: 'string' },
        'password-stdin': { type: 'boolean', default: false },
        zone: { type: 'string' },
        format: { type: 'string' },
        encoding: { type: 'string' },
        'batch-size': { type: 'string' },
        rejects: { type: 'string' },
        out: { type: 'string' },
        types: { type: 'string' },
        follow: { type: 'boolean', default: false },
        interval: { type: 'string' },
        'page-size': { type: 'string' },
      },
    });
    const [command, ...rest] = positionals;
    if (!command || command === 'help') {
      print(values.help || command === 'help' ? io.stdout : io.stderr, HELP);
      return values.help || command === 'help' ? EXIT.OK : EXIT.USAGE;
    }
    if (!(command in COMMAND_HELP)) throw new UsageError(`Unknown command '${command}'.`);
    if (values.help) {
      print(io.stdout, COMMAND_HELP[command]);
      return EXIT.OK;
    }
    if (command !== 'import' && rest.length) throw new UsageError(`Unexpected argument '${rest[0]}'.`);
    const options: GlobalOptions = { url: values.url, token: values.token, json: values.json ?? false };
    switch (command) {
      case 'login':
        return await login(
          { username: values.username, passwordStdin: values['password-stdin'] ?? false },
          options,
          io,
        );
      case 'whoami':
        return await whoami(options, io);
      case 'import':
        return await importCommand(
          {
            target: rest[0],
            files: rest.slice(1),
            format: values.format,
            encoding: values.encoding,
            batchSize: values['batch-size'],
            rejects: values.rejects,
          },
          options,
          io,
        );
      case 'report':
        return await report({ zone: values.zone, format: values.format }, options, io);
      case 'sync':
        return await sync(
          {
            out: values.out,
            types: values.types,
            follow: values.follow ?? false,
            interval: values.interval,
            pageSize: values['page-size'],
          },
          options,
          io,
          values.follow ? interruptSignal() : undefined,
        );
      default:
        throw new UsageError(`Unknown command '${command}'.`);
    }
  } catch (error) {
    // parseArgs errors are recognised by their code: they come from Node's own realm.
    const { code } = error as { code?: unknown };
    const parseError = typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
    if (error instanceof UsageError || parseError) {
      print(io.stderr, `census-admin: ${(error as Error).message}\nRun census-admin --help for usage.`);
      return EXIT.USAGE;
    }
    if (error instanceof GraphQLRequestError) {
      print(io.stderr, `census-admin: ${error.message}`);
      return EXIT.USAGE;
    }
    throw error;
  }
}
