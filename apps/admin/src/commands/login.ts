import { createClient, LoginDocument } from '@census/client';

import { apiUrl, type GlobalOptions } from '../connection';
import { saveCredentials } from '../credentials';
import { EXIT, UsageError } from '../errors';
import { type Io, print, readAll } from '../io';
import { acceptLanguage, adminLang, userErrorText } from '../messages';

export const LOGIN_HELP = `census-admin login --username NAME [--password-stdin] [--url URL]

Logs in and keeps the access token (1 hour; log in again when it expires) in
$CENSUS_ADMIN_HOME or ~/.config/census-admin/credentials.json (mode 600).
The password is read from standard input: type it at the prompt, or pipe it
with --password-stdin (e.g. from a secret store). It never goes on the command line.`;

async function readPassword(io: Io, fromStdin: boolean): Promise<string> {
  if (fromStdin || !io.stdin.isTTY) return (await readAll(io.stdin)).replace(/\r?\n$/, '');
  io.stderr.write('Password: ');
  const stdin = io.stdin as NodeJS.ReadStream;
  stdin.setRawMode?.(true);
  return new Promise((resolve) => {
    let password = '';
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\r' || char === '\n') {
          stdin.setRawMode?.(false);
          stdin.off('data', onData);
          stdin.pause();
          io.stderr.write('\n');
          resolve(password);
          return;
        }
        if (char === '\u0003') process.exit(EXIT.USAGE);
        password = char === '\u007f' ? password.slice(0, -1) : password + char;
      }
    };
    stdin.on('data', onData);
    stdin.resume();
  });
}

export async function login(
  args: { username?: string; passwordStdin: boolean },
  options: GlobalOptions,
  io: Io,
): Promise<number> {
  if (!args.username) throw new UsageError('login needs --username.');
  const url = apiUrl(options.url, io.env);
  const password = await readPassword(io, args.passwordStdin);
  const lang = adminLang(io.env);
  const headers = { 'accept-language': acceptLanguage(lang) };
  const result = await createClient({ url, headers }).request(LoginDocument, {
    input: { username: args.username, password },
  });
  const { token, expiresAt, account, userErrors } = result.login;
  if (!token || !account) {
    print(io.stderr, `Login refused: ${userErrors.map((e) => userErrorText(lang, e)).join(' ')}`);
    return EXIT.USAGE;
  }
  const file = await saveCredentials(io.env, { url, token, expiresAt, username: account.username });
  if (options.json)
    print(
      io.stdout,
      JSON.stringify({ username: account.username, role: account.role, expiresAt, credentials: file }),
    );
  else
    print(
      io.stdout,
      `Logged in as ${account.username} (${account.role}) at ${url}; token valid until ${expiresAt}.`,
    );
  return EXIT.OK;
}
