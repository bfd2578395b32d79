import { Command, CommanderError } from 'commander';

import { GraphQLRequestError } from '@census/client';

import { IMPORT_HELP, importCommand } from './commands/import';
import { login, LOGIN_HELP } from './commands/login';
import { report, REPORT_HELP } from './commands/report';
import { interruptSignal, sync, SYNC_HELP } from './commands/sync';
import { whoami, WHOAMI_HELP } from './commands/whoami';
import type { GlobalOptions } from './connection';
import { EXIT, UsageError } from './errors';
import { type Io, print } from './io';

const HELP = `census-admin COMMAND [options]

Administrators' scripts for the census API. They talk to the API over HTTP with
an access token, never to the database.

Commands:
  login      log in and keep the token              census-admin login --username admin
  whoami     the account of the current token
  report     the progress report of a zone          census-admin report --zone 330106002 --format md
  import     import zones, staff, a source file or  census-admin import registry registry.csv
             zone outlines (GeoJSON)                census-admin import boundaries xihu.geojson
  sync       follow the change feed into files      census-admin sync --out ./feed --follow

Options for every command:
  --url URL      the API (default $CENSUS_API_URL, the saved login, http://localhost:4000)
  --token TOKEN  access or API token (default $CENSUS_TOKEN, the saved login)
  --json         machine-readable output
  --help         help of a command: census-admin COMMAND --help

Exit codes: 0 done, 1 some rows were rejected, 2 usage or connection problem.`;

/**
 * The command line, parsed by commander: the options of every command (`--url`, `--token`, `--json`, `--help`) and
 * those of each command; the help texts are the hand-written ones above and in the commands (commander's generated
 * help is not used). Commander's exits become exceptions (`exitOverride`) so that `run` answers the exit code.
 */
function program(io: Io, done: (code: number) => void): Command {
  const root = new Command('census-admin')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // Errors are printed by `run`, the census-admin way.
      outputError: () => {},
    })
    .showSuggestionAfterError(false)
    .helpOption('-h, --help')
    .helpCommand('help [command]')
    .option('--url <url>')
    .option('--token <token>')
    .option('--json', '', false);
  root.helpInformation = () => `${HELP}\n`;

  const command = (name: string, help: string) => {
    const sub = root.command(name).allowExcessArguments(false);
    sub.helpInformation = () => `${help}\n`;
    return sub;
  };
  const globals = (sub: Command): GlobalOptions => {
    const { url, token, json } = sub.optsWithGlobals<{ url?: string; token?: string; json?: boolean }>();
    return { url, token, json: json ?? false };
  };

  command('login', LOGIN_HELP)
    .option('--username <name>')
    .option('--password-stdin', '', false)
    .action(async (options: { username?: string; passwordStdin: boolean }, sub: Command) =>
      done(
        await login({ username: options.username, passwordStdin: options.passwordStdin }, globals(sub), io),
      ),
    );
  command('whoami', WHOAMI_HELP).action(async (_options: object, sub: Command) =>
    done(await whoami(globals(sub), io)),
  );
  command('report', REPORT_HELP)
    .option('--zone <code>')
    .option('--format <format>')
    .action(async (options: { zone?: string; format?: string }, sub: Command) =>
      done(await report({ zone: options.zone, format: options.format }, globals(sub), io)),
    );
  command('import', IMPORT_HELP)
    .argument('[target]')
    .argument('[files...]')
    .option('--format <format>')
    .option('--encoding <encoding>')
    .option('--batch-size <rows>')
    .option('--rejects <file>')
    .option('--restart', '', false)
    .option('--resume', '', false)
    .action(
      async (
        target: string | undefined,
        files: string[],
        options: {
          format?: string;
          encoding?: string;
          batchSize?: string;
          rejects?: string;
          restart: boolean;
          resume: boolean;
        },
        sub: Command,
      ) =>
        done(
          await importCommand(
            {
              target,
              files,
              format: options.format,
              encoding: options.encoding,
              batchSize: options.batchSize,
              rejects: options.rejects,
              restart: options.restart,
              resume: options.resume,
            },
            globals(sub),
            io,
          ),
        ),
    );
  command('sync', SYNC_HELP)
    .option('--out <folder>')
    .option('--types <types>')
    .option('--follow', '', false)
    .option('--interval <seconds>')
    .option('--page-size <n>')
    .action(
      async (
        options: { out?: string; types?: string; follow: boolean; interval?: string; pageSize?: string },
        sub: Command,
      ) =>
        done(
          await sync(
            {
              out: options.out,
              types: options.types,
              follow: options.follow,
              interval: options.interval,
              pageSize: options.pageSize,
            },
            globals(sub),
            io,
            options.follow ? interruptSignal() : undefined,
          ),
        ),
    );
  return root;
}

/** Commander's message as census-admin says it: `error: unknown option '--x'` becomes `Unknown option '--x'.` */
function usageMessage(error: CommanderError): string {
  const text = error.message.replace(/^error: /, '');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? '' : '.'}`;
}

export async function run(argv: string[], io: Io): Promise<number> {
  let code: number = EXIT.OK;
  try {
    await program(io, (answered) => (code = answered)).parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and `help`: the help was printed, exit 0. Anything else commander refuses is a usage mistake.
      if (error.exitCode === 0) return EXIT.OK;
      // No command: commander printed the help on standard error.
      if (error.code === 'commander.help') return EXIT.USAGE;
      const unknown = error.code === 'commander.unknownCommand' && /'([^']*)'/.exec(error.message);
      print(
        io.stderr,
        `census-admin: ${unknown ? `Unknown command '${unknown[1]}'.` : usageMessage(error)}\nRun census-admin --help for usage.`,
      );
      return EXIT.USAGE;
    }
    if (error instanceof UsageError) {
      print(io.stderr, `census-admin: ${error.message}\nRun census-admin --help for usage.`);
      return EXIT.USAGE;
    }
    if (error instanceof GraphQLRequestError) {
      print(io.stderr, `census-admin: ${error.message}`);
      return EXIT.USAGE;
    }
    throw error;
  }
}
