const root = process.argv[2];
const { compileLexicons } = await import(root + '/src/domain/classify/lexicon/index.ts');
const set = compileLexicons();
const count = (lex: any, name: string) => {
  let total = 0, always = 0; const samples: string[] = [];
  for (const c of lex.cues ?? []) { total++; if (c.literals === null) { always++; if (samples.length < 4) samples.push(String(c.pattern?.source ?? c.source ?? '').slice(0, 80)); } }
  return { name, total, always, samples };
};
const rows = [];
for (const [k, v] of set.byLanguage) rows.push(count(v, k));
rows.push(count(set.universal, 'universal'));
let bt = 0, ba = 0; for (const [k, v] of set.basic) { const r = count(v, k); bt += r.total; ba += r.always; }
for (const r of rows) console.log(r.name, r.total, r.always, JSON.stringify(r.samples));
console.log('basic', bt, ba);
