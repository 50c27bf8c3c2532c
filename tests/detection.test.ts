// Language detection: franc once per document over the registry's languages, the page's
// declared language as a prior in HTML mode, and the any-language table where neither decides.
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import {describe, expect, test} from 'vitest'
import {clean} from '../src/index.js'
import {declaredLanguage, detectLanguage, isLanguageCode, ruleLanguages} from '../src/lang/detect.js'
import {ANY_LANGUAGE, LANGUAGES} from '../src/lang/registry.js'
import {PHRASE_RULES, type PhraseTable} from '../src/rules/catalogue.js'
import {matchPhrases} from '../src/rules/match.js'
import {parseHtml} from '../src/blocks/from-html/parse.js'

const page = (head: string, htmlAttrs: string, body: string) => `<!doctype html><html${htmlAttrs}><head>${head}</head><body>${body}</body></html>`
const paragraphs = (lines: readonly string[]) => lines.map((l) => `<p>${l}</p>`).join('')

/** Two sentences franc cannot place: Portuguese and Spanish, side by side. */
const MIXED = 'O conselho aprovou o novo plano de autocarros. El consejo aprobó el nuevo plan de autobuses.'
/** Dutch by a hair over English, German far behind (franc 1.000 / 0.994 / 0.952). */
const DUTCH_OR_ENGLISH = 'Der Stadtrat hat am Dienstag den Plan beschlossen. The council approved the new bus plan on Tuesday evening.'
const POLISH = [
  'Rada miasta zdecydowała we wtorek o rozbudowie sieci autobusowej w trzech północnych dzielnicach.',
  'Nowe linie mają ruszyć jesienią, a przewoźnik zapowiada też dłuższe kursy w weekendy i w nocy.',
]

describe('franc follows the registry', () => {
  test('every registered language is a candidate, and a code it may force', () => {
    for (const l of LANGUAGES) {
      expect(isLanguageCode(l.iso3), l.iso3).toBe(true)
      expect(isLanguageCode(l.tag), l.tag).toBe(true)
    }
  })

  test('a language without tables is told apart from its registered kin, and gets English and the any-language table', () => {
    const swahili = 'Serikali ya kaunti imetangaza mpango mpya wa usafiri wa umma katika mitaa mitatu ya kaskazini mwa jiji hilo kuanzia mwezi ujao.'
    const language = detectLanguage([swahili], null)
    expect(language).toEqual({code: 'swh', source: 'franc'})
    expect(ruleLanguages(language)).toEqual(['en', ANY_LANGUAGE])
  })
})

describe('the declared language, a prior in HTML mode', () => {
  test('<html lang> and content-language are read, reduced to a registered primary tag', () => {
    expect(declaredLanguage(parseHtml(page('', ' lang="pl-PL"', '')).tree)).toBe('pl')
    expect(declaredLanguage(parseHtml(page('', ' lang="zh-Hant-TW"', '')).tree)).toBe('zh')
    expect(declaredLanguage(parseHtml(page('', ' lang="no"', '')).tree)).toBe('nb')
    expect(declaredLanguage(parseHtml(page('<meta http-equiv="Content-Language" content="de-AT, en">', '', '')).tree)).toBe('de')
    expect(declaredLanguage(parseHtml(page('', ' lang="sw"', '')).tree)).toBeUndefined()
    expect(declaredLanguage(parseHtml(page('', '', '')).tree)).toBeUndefined()
  })

  test('the rehype plugin\'s tree declares the same', () => {
    const tree = unified().use(rehypeParse).parse(page('<meta http-equiv="content-language" content="fr">', '', ''))
    expect(declaredLanguage(tree)).toBe('fr')
    expect(declaredLanguage(unified().use(rehypeParse).parse(page('', ' lang="ko"', '')))).toBe('ko')
  })

  test('a short page falls back to the tag: source markup', () => {
    const html = page('', ' lang="pl"', '<h1>Czytaj także</h1><p>Nowe linie autobusowe.</p>')
    const result = clean(html, {format: 'html'})
    expect(result.language).toEqual({code: 'pol', tag: 'pl', source: 'markup'})
    expect(result.blocks[0]).toMatchObject({kept: false, rule: 'related/heading'})
  })

  test('content-language decides a short page too', () => {
    const html = page('<meta http-equiv="content-language" content="tr">', '', '<p>İlgili haberler</p>')
    expect(clean(html, {format: 'html'}).language).toEqual({code: 'tur', tag: 'tr', source: 'markup'})
  })

  test('a declared language franc scores as close as its best wins over it', () => {
    expect(detectLanguage([DUTCH_OR_ENGLISH], null, 800)).toEqual({code: 'nld', tag: 'nl', source: 'franc'})
    expect(detectLanguage([DUTCH_OR_ENGLISH], null, 800, 'en')).toEqual({code: 'eng', tag: 'en', source: 'markup'})
  })

  test('a mixed page falls back to the tag', () => {
    expect(detectLanguage([MIXED], null, 800, 'pt')).toEqual({code: 'por', tag: 'pt', source: 'markup'})
    expect(clean(page('', ' lang="es"', paragraphs([MIXED])), {format: 'html'}).language).toEqual({code: 'spa', tag: 'es', source: 'markup'})
  })

  test('a clear answer beats a template\'s lang="en"', () => {
    const result = clean(page('', ' lang="en"', paragraphs(POLISH)), {format: 'html'})
    expect(result.language).toEqual({code: 'pol', tag: 'pl', source: 'franc'})
  })

  test('franc agreeing with the tag is franc\'s answer', () => {
    expect(clean(page('', ' lang="pl"', paragraphs(POLISH)), {format: 'html'}).language).toEqual({code: 'pol', tag: 'pl', source: 'franc'})
  })

  test('the text mode has no markup: a mixed page keeps franc\'s best, and the any-language table is on', () => {
    const language = clean(MIXED, {format: 'text'}).language
    expect(language).toEqual({code: 'por', tag: 'pt', source: 'franc'})
    expect(ruleLanguages(language)).toEqual(['en', 'pt', ANY_LANGUAGE])
  })

  test('an English page reads English tables only; a page without enough text reads English and the any-language table', () => {
    expect(ruleLanguages({code: 'eng', tag: 'en', source: 'franc'})).toEqual(['en'])
    expect(ruleLanguages(detectLanguage(['Czytaj także'], null))).toEqual(['en', ANY_LANGUAGE])
  })
})

describe('the any-language table', () => {
  const strongestOf = (table: PhraseTable) => {
    for (const rule of PHRASE_RULES) {
      if (rule.placement !== 'whole') continue
      const phrase = table[rule.id as keyof PhraseTable]?.[0]
      if (phrase) return {rule: rule.id, phrase}
    }
    return undefined
  }

  test('holds a whole-block phrase of every registered language, read on every page not read as English', () => {
    for (const l of LANGUAGES) {
      const strongest = strongestOf(l.phrases)
      expect(strongest, l.tag).toBeDefined()
      const hit = matchPhrases(strongest!.phrase, ['en', ANY_LANGUAGE])
      expect(hit?.rule, `${l.tag}: ${strongest!.phrase}`).toBeDefined()
    }
  })

  test('a mixed page loses other languages\' teasers and headings, and keeps its prose', () => {
    const lines = [MIXED, MIXED.replace('novo', 'grande'), 'Czytaj także: Nowe linie autobusowe w Gdańsku', 'Leia também: Novas linhas de autocarro', '関連記事']
    const result = clean(lines.join('\n'), {format: 'text'})
    expect(result.language.tag).toBe('pt')
    expect(result.blocks.filter((b) => b.kept).map((b) => b.text)).toEqual(lines.slice(0, 2))
    const removed = result.blocks.filter((b) => !b.kept)
    expect(removed.map((b) => b.rule)).toEqual(['teaser/read-more', 'teaser/read-more', 'related/heading'])
  })

  test('does not read one-word prefixes of other languages: prose starting with them stays', () => {
    // "Więcej:" is a Polish teaser prefix; only openers of two words or more are any-language.
    expect(matchPhrases('Więcej: autobusy jeżdżą częściej w weekendy', ['en', ANY_LANGUAGE])).toBeUndefined()
    expect(matchPhrases('Więcej: autobusy jeżdżą częściej w weekendy', ['en', 'pl'])?.rule).toBe('teaser/read-more')
  })
})
