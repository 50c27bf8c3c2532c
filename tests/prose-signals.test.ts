// The text mode without tables: prose is told from chrome by shape, and a page in a
// language with no function-word list is never cut below what keeping every line gives.
import {describe, expect, test} from 'vitest'
import {clean} from '../src/index.js'
import {measure} from '../src/features.js'
import {classifyProse, proseByShape, stopwordsInformative} from '../src/text/prose-signals.js'

const none = new Set<string>()

// Lithuanian and Swahili: no tables, no function-word list. Written for this test.
const LITHUANIAN = [
  'Pradžia',
  'Naujienos',
  'Sportas',
  'Kultūra',
  'Miesto taryba patvirtino naujus autobusų maršrutus',
  'Taryba antradienį nusprendė išplėsti autobusų tinklą į tris šiaurinius rajonus, nes planas buvo svarstomas daugiau nei dvejus metus.',
  'Pasak vežėjo, atsiras keturiolika naujų maršrutų ir apie šimtą dvidešimt stotelių, kurios turėtų būti baigtos iki rudens pabaigos.',
  'Plano šalininkai teigia, kad keleiviai kasdien sutaupys daug laiko ir mažiau priklausys nuo savo automobilių, o opozicija reikalauja paskelbti projekto sąmatą.',
  'Kontaktai',
  'Reklama',
  'Privatumo politika',
]
const SWAHILI = [
  'Mwanzo',
  'Habari',
  'Michezo',
  'Biashara',
  'Baraza la jiji laidhinisha njia mpya za mabasi',
  'Baraza la jiji liliamua Jumanne kupanua mtandao wa mabasi hadi mitaa mitatu ya kaskazini, baada ya mpango huo kujadiliwa kwa zaidi ya miaka miwili.',
  'Kwa mujibu wa kampuni ya usafiri, kutakuwa na njia kumi na nne mpya na vituo takriban mia moja na ishirini vitakavyokamilika kabla ya vuli.',
  'Wanaounga mkono mpango huo wanasema abiria wataokoa muda mwingi kila siku na hawatategemea sana magari yao binafsi.',
  'Mawasiliano',
  'Matangazo',
]

describe('prose by shape', () => {
  test('a punctuated block of a dozen words is prose, a menu label is not, in any language', () => {
    expect(proseByShape(measure(LITHUANIAN[5], none))).toBe('prose')
    expect(proseByShape(measure('Privatumo politika', none))).toBe('none')
    expect(proseByShape(measure('Skaitykite daugiau.', none))).toBe('none')
    expect(proseByShape(measure('Tai buvo trumpas sakinys apie orą.', none))).toBe('short')
  })

  test('digits do not make prose: a table row of figures stays out', () => {
    expect(proseByShape(measure('2019 2020 2021 2022 12,5 13,1 14,8 15,2 16,0 17,3 18,9 19,4 20,1 21,7.', none))).toBe('none')
  })

  test('a function-word list that finds nothing in the sentences says little; one that does, says much', () => {
    expect(stopwordsInformative(LITHUANIAN.map((l) => measure(l, none)))).toBe(false)
    const english = new Set(['the', 'of', 'and', 'to', 'a', 'in', 'that', 'it', 'for', 'on'])
    const lines = [
      'The council voted on Tuesday to extend the bus network to three northern districts of the city.',
      'It said that the plan had been debated for more than two years before it came to a vote.',
      'Supporters of the plan say that commuters will save a lot of time on their way to work.',
    ]
    expect(stopwordsInformative(lines.map((l) => measure(l, english)))).toBe(true)
  })

  test('without a list, a short line printed twice is never prose; a long repeated paragraph may be', () => {
    const lines = ['Privatumo politika ir slapukai, taisyklės.', LITHUANIAN[5], LITHUANIAN[6], LITHUANIAN[7], 'Privatumo politika ir slapukai, taisyklės.']
    const prose = classifyProse(lines, lines.map((l) => measure(l, none)))
    expect(prose[0]).toBe('none')
    expect(prose.slice(1, 4)).toEqual(['prose', 'prose', 'prose'])
  })

  test('the lines of a brace block are code, from the line that opens it to the one starting with the brace that closes it', () => {
    const english = new Set(['the', 'a', 'of', 'to', 'and', 'in', 'is', 'it', 'that', 'for', 'with', 'on', 'as', 'when', 'should', 'always', 'use', 'your'])
    const block = ['type Ferry {', 'id: ID!', 'name: String!', 'routes: [Route!]!', '}']
    const lines = ['Every schema starts with object types, and these represent the data that your service exposes to its clients.', ...block, 'Mark a field as non-nullable when it should always have a value, and use lists for the relations.']
    const prose = classifyProse(lines, lines.map((l) => measure(l, english)))
    expect(prose).toEqual(['prose', 'code', 'code', 'code', 'code', 'code', 'prose'])
    // No closing line: the fields are read by their own shape.
    const open = classifyProse(lines.slice(0, 5), lines.slice(0, 5).map((l) => measure(l, english)))
    expect(open.slice(2)).not.toContain('code')
  })
})

describe('no collapse in a language without tables', () => {
  test.each([['Lithuanian', LITHUANIAN], ['Swahili', SWAHILI]])('%s: the prose and its headline are kept, the menus removed', (_, lines) => {
    const result = clean(lines.join('\n'), {format: 'text'})
    expect(result.language.tag).toBeUndefined()
    const kept = result.blocks.filter((b) => b.kept).map((b) => b.text)
    const prose = lines.filter((l) => l.split(' ').length >= 12)
    for (const p of prose) expect(kept).toContain(p)
    const headline = lines[lines.indexOf(prose[0]) - 1]
    expect(kept).toContain(headline)
    expect(kept.length).toBe(prose.length + 1)
    // Every removal is reported with a rule and a reason.
    for (const b of result.blocks.filter((b) => !b.kept)) expect(b.rule && b.reason).toBeTruthy()
  })
})
