// Splits date-holidays' own compiled rule tables (its data/holidays.json, every country's calendar, about
// 3.5 MB of heap once loaded) into one file per country under generated/holidays/, after `npm ci`, so that
// a process loads only the calendars its deadlines use (issue 17: idle memory). Each file is the same
// data as the package's, cut to one country: the shape date-holidays-parser reads, with the shared
// holiday names. Nothing is written by hand; a new date-holidays release is picked up by `npm ci`.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const source = join(dirname(require.resolve('date-holidays/package.json')), 'data', 'holidays.json');
const all = JSON.parse(readFileSync(source, 'utf8'));
const out = join(root, 'generated', 'holidays');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
// The list of countries, so that a country the tables lack is told apart from tables never generated.
writeFileSync(join(out, 'countries.json'), JSON.stringify(Object.keys(all.holidays).sort()));
for (const [country, rules] of Object.entries(all.holidays)) {
  const data = {
    version: all.version,
    license: all.license,
    holidays: { [country]: rules },
    names: all.names,
  };
  writeFileSync(join(out, `${country}.json`), JSON.stringify(data));
}
