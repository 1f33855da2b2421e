/**
 * `rightsdesk attach RD-1042 FILE [--type MIME] [--as NAME]`: attaches the answer's data file to a
 * ticket (issue 15). `fulfil` then sends it with the outcome letter to the verified requester. The
 * file's size is checked against the organisation's `delivery.maxExportBytes` before it is read; the
 * trail records its SHA-256 and size (`export.attached`), never its content.
 */
import { stat, readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { describeDeskError } from '../../app/desk/replies.js';
import { compose } from '../../composition-root.js';
import { formatBytes } from '../../domain/delivery/export-file.js';
import { type CliCommand, UsageError } from '../command.js';

/** The types exports usually come in; anything else is sent as bytes unless `--type` says otherwise. */
const TYPES: Readonly<Record<string, string>> = {
  '.json': 'application/json',
  '.csv': 'text/csv',
  '.txt': 'text/plain',
  '.xml': 'application/xml',
  '.html': 'text/html',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
  '.jsonl': 'application/jsonl',
};

export const attachCommand: CliCommand = {
  name: 'attach',
  usage: 'rightsdesk attach RD-1042 FILE [--type MIME] [--as NAME]',
  summary: "attach the answer's data file to a ticket; fulfil sends it to the verified requester",
  async run(argv, io) {
    const words: string[] = [];
    let actor = 'local';
    let type: string | null = null;
    for (let i = 0; i < argv.length; i++) {
      const word = argv[i] ?? '';
      if (word === '--as') actor = argv[++i] ?? '';
      else if (word === '--type') type = argv[++i] ?? '';
      else words.push(word);
    }
    if (!/^[\w.@-]+$/.test(actor)) throw new UsageError('--as needs a name');
    const [reference, file, extra] = words;
    if (!reference || !/^RD-\d{1,9}$/i.test(reference))
      throw new UsageError('give a ticket reference such as RD-1042');
    if (!file || extra !== undefined) throw new UsageError('give one FILE');
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) throw new UsageError(`${file} is not a readable file`);
    const app = await compose(io.env);
    try {
      const result = await app.exports.attach({
        reference,
        fileName: basename(file),
        contentType: type ?? TYPES[extname(file).toLowerCase()] ?? null,
        size: info.size,
        read: async () => new Uint8Array(await readFile(file)),
        source: 'cli',
        // The operator at the machine runs the process around tickets, as an agent does in chat.
        actor: { id: `cli:${actor}`, role: 'agent' },
      });
      if (!result.ok) {
        io.stderr.write(`${describeDeskError(result.error)}\n`);
        return 1;
      }
      const e = result.export;
      io.stdout.write(
        `${result.reference}: attached #${e.id} ${e.fileName} (${formatBytes(e.size)}, sha256 ${e.sha256}); fulfil sends it to the verified requester\n`,
      );
      return 0;
    } finally {
      await app.close();
    }
  },
};
