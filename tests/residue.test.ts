// Cleaning text that is already clean (an extractor's output) must leave it as it was.
import {expect, test} from 'vitest'
import {clean} from '../src/index.js'

const CLEAN_ARTICLES: Record<string, string> = {
  'news with subheadings and quotes': `Council backs bus expansion into northern suburbs
City council members voted on Tuesday to expand the bus network into three northern suburbs, a plan that has been debated for more than two years.
The expansion will add 14 routes and roughly 120 new stops, according to figures released by the transport department.
What changes for riders
Riders will be able to change between buses and trams on a single ticket from the first day of the new timetable.
"This is the biggest change to the network in a generation," the transport director said.
Opponents questioned whether the council could afford the running costs once federal grants expire at the end of the decade.`,
  'how-to with a list': `How to repot a houseplant
Most houseplants need a bigger pot every year or two, and spring is the best time to do it.
You will need:
a pot one size larger than the current one
fresh potting mix suited to the plant
a watering can
Water the plant a day before, so the roots slide out of the old pot without tearing.
Loosen the root ball gently with your fingers and set the plant at the same depth as before.`,
  'technical post with code': `Reading a file line by line in Node
The readline module turns any readable stream into an async iterator of lines, which keeps memory flat for large files.
const rl = createInterface({input: createReadStream(path)});
for await (const line of rl) {
  handle(line);
}
Each line arrives without its newline, and the loop ends when the stream does.`,
  'German article': `Stadtrat beschließt neue Buslinien
Der Stadtrat hat am Dienstag beschlossen, das Busnetz in drei nördliche Vororte auszuweiten, nachdem der Plan mehr als zwei Jahre lang diskutiert worden war.
Nach Angaben der Verkehrsbetriebe sollen dafür 14 neue Linien und rund 120 Haltestellen entstehen.
Befürworter sagen, dass die Pendler dadurch jeden Tag viel Zeit sparen werden.`,
}

test.each(Object.entries(CLEAN_ARTICLES))('%s comes out unchanged', (_name, text) => {
  const result = clean(text)
  expect(result.blocks.filter((b) => !b.kept).map((b) => `${b.rule}: ${b.text}`)).toEqual([])
  const expected = text.split('\n').map((l) => l.trim()).filter(Boolean).join('\n\n')
  expect(result.text).toBe(expected)
})
