// `npm run eld:pack`: writes models/eld-extrasmall.bin, the installed eld's extra-small database and code
// tables packed for the language detector (`src/domain/classify/eld-packed-codec.ts`), which the process
// loads instead of eld's own database module. Rerun after changing eld's version; a test fails until then.
import { writeFileSync } from 'node:fs';
import { ELD_FILE } from '../src/adapters/classifier-model/load-language-detector.js';
import { eldTables } from '../src/domain/classify/eld-database.js';
import { encodeEld } from '../src/domain/classify/eld-packed-codec.js';
import { eldParts } from '../src/domain/classify/eld-packed.js';

const { head, ngrams } = eldParts(eldTables);
const bytes = encodeEld(head, ngrams);
writeFileSync(ELD_FILE, bytes);
process.stdout.write(`${ELD_FILE}: ${ngrams.keys.length} n-grams, ${bytes.length} bytes\n`);
