import { readEvaluationSet } from '/work/main/pipeline/evaluate/index.js';
import { processDocument } from '/work/main/pipeline/orchestrate/index.js';
const dir = process.argv[2]; const only = process.argv[3];
const set = (await readEvaluationSet(dir))!;
for (const { name, text, gold } of set) {
  if (only && !name.startsWith(only)) continue;
  const { records } = processDocument({ document: name, shown: name, text });
  const r: any = records ?? {};
  console.log('==', name);
  const g: any = gold;
  console.log(' gold R:', JSON.stringify((g.responses ?? []).map((x: any) => [(x.actors??[x.actor])[0], x.country, x.optional ? 'opt' : ''])));
  console.log(' pred R:', JSON.stringify((r.responses ?? []).map((x: any) => [x.actor, x.country, x.country_source])));
  console.log(' gold Q:', JSON.stringify((g.quotes ?? []).map((x: any) => [String(x.text).slice(0, 25), x.speakers ? x.speakers[0] : x.speaker, x.speaker_country])));
  console.log(' pred Q:', JSON.stringify((r.quotes ?? []).map((x: any) => [String(x.text).slice(0, 25), x.speakers ? x.speakers[0] : x.speaker, x.speaker_country])));
  if (g.entities) console.log(' ents:', JSON.stringify(g.entities.map((e: any) => [e.names[0], e.type, e.country, e.country_in_text])));
}
