// papertrail mirror: every release of a dataset copied, verified, into a local folder.
import path from 'node:path';
import { displayPath } from '../build.js';
import { hasErrors } from '../base/diagnostics.js';
import { barProgress, mirror, plainProgress } from '../release/index.js';
import { EXIT, type Command } from './command.js';
import { report } from './shared.js';

export const command: Command = {
  usage: 'papertrail mirror SOURCE DEST',
  help: `Fetches every version that SOURCE offers and DEST does not hold yet. SOURCE is GitHub releases
(https://github.com/OWNER/REPO/releases), a static folder served over HTTP that holds index.json and
<version>/<file>, or a local folder such as dist/. Each file is checked against SHA256SUMS, datapackage.json
against index.json, and the version as 'validate' checks it, before it is moved into DEST/<version>/; then
DEST/index.json is written. Transient failures are retried with backoff; an interrupted run resumes where it
stopped. Names that leave DEST, an index.json that drops or alters a version DEST holds, and a version whose
package names another version are refused. Exits 1 naming every file that failed; DEST keeps its good copies.`,
  options: {},
  positionals: { min: 2, max: 2 },
  async run(_values, [source, dest], io) {
    const shownDest = displayPath(path.resolve(dest!));
    const progress = process.stderr.isTTY ? barProgress(process.stderr) : plainProgress(io.out);
    const result = await mirror({ source: source!, dest: path.resolve(dest!), shownDest, progress });
    report(result.files, io, false);
    if (hasErrors(result.files)) {
      io.err(
        `papertrail mirror: ${result.files.length} file${result.files.length === 1 ? '' : 's'} failed; ${shownDest} keeps its last good copies`,
      );
      return EXIT.invalid;
    }
    io.out(
      result.fetched.length ? `mirrored ${result.fetched.join(', ')} into ${shownDest}` : `${shownDest} is up to date`,
    );
    return EXIT.ok;
  },
};
