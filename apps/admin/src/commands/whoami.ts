import { MeDocument } from '@census/client';

import { connect, type GlobalOptions } from '../connection';
import { EXIT } from '../errors';
import { type Io, print } from '../io';

export const WHOAMI_HELP = `census-admin whoami

Shows the account of the current token and the zones it holds.`;

export async function whoami(options: GlobalOptions, io: Io): Promise<number> {
  const { me } = await (await connect(options, io.env)).request(MeDocument);
  if (options.json) print(io.stdout, JSON.stringify(me));
  else
    print(
      io.stdout,
      `${me.username} ${me.name} (${me.role}) holds ${me.zones.map((z) => `${z.code} ${z.name}`).join(', ') || 'no zone'}`,
    );
  return EXIT.OK;
}
