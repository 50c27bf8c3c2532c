// The invariants every input must keep, as fast-check properties. tests/properties.test.ts
// runs each for a few hundred cases in `npm test`; `npm run fuzz` runs the long version.
import {parse} from 'parse5'
import type {DefaultTreeAdapterMap} from 'parse5'
import fc from 'fast-check'
import {clean, DechromeError, OptionsError} from '../../src/index.js'
import type {CleanResult} from '../../src/index.js'

// ---------- generators ----------

const WORDS = ['the', 'council', 'voted', 'on', 'Tuesday', 'to', 'expand', 'bus', 'network', 'and', 'ferry', 'routes', 'après', 'Straße', 'город', '东京', '2019', '34', 'O’Neill']
const CHROME = ['Read more:', 'READ MORE: Ferry fares rise', 'Subscribe to our newsletter', 'Share', 'Share this article', '© 2024 Gazette', 'Advertisement', '0:00', 'Close', '×', 'Related Articles', 'Most read', 'Comments', 'Accept cookies', 'Home', 'News', 'Sport', 'November 19, 2019 at 6:34 am', '3 days ago', '|', '—', '...']
const JUNK = ['\u00a0', '\t', '\u2028', '\ufeff', '\u200b', '\ud800', 'a\u0301', '👍🏽', '<', '&amp;', '"', "'", '\\', '{}', '();']

const word = fc.constantFrom(...WORDS)
const sentence = fc.array(word, {minLength: 3, maxLength: 30}).map((w) => `${w.join(' ')}.`)
const prose = fc.array(sentence, {minLength: 1, maxLength: 4}).map((s) => s.join(' '))
const line = fc.oneof(
  {weight: 4, arbitrary: prose},
  {weight: 3, arbitrary: fc.constantFrom(...CHROME)},
  {weight: 1, arbitrary: fc.constantFrom('', ' ', '\t \u00a0')},
  {weight: 1, arbitrary: fc.array(fc.constantFrom(...WORDS, ...JUNK), {maxLength: 8}).map((p) => p.join(''))},
  {weight: 1, arbitrary: fc.string({maxLength: 40})},
)
const breakChars = fc.constantFrom('\n', '\n', '\r\n', '\r', '\n\n')

/** Scraped text: lines of prose, chrome and junk with mixed line ends. */
export const scrapedText = fc.tuple(fc.array(line, {maxLength: 40}), fc.array(breakChars, {minLength: 40, maxLength: 40}))
  .map(([lines, breaks]) => lines.map((l, i) => l + breaks[i]).join(''))

interface HtmlPiece {
  html: string
  /** The visible words, in order. */
  words: string[]
}

const BLOCK = ['div', 'p', 'section', 'article', 'aside', 'nav', 'footer', 'header', 'h2', 'blockquote', 'figure', 'figcaption', 'pre']
const INLINE = ['span', 'b', 'i', 'em', 'strong', 'a', 'small', 'code']
const CLASSES = ['', ' class="share"', ' class="related"', ' class="article-body"', ' class="newsletter"', ' id="comments"', ' role="navigation"', ' class="shareholder"']

const textPiece: fc.Arbitrary<HtmlPiece> = fc.oneof(prose, fc.constantFrom(...CHROME)).map((t) => {
  // Spaces around each text node keep words apart across tags; entities for the markup characters.
  const escaped = t.replace(/&/g, '&amp;').replace(/</g, '&lt;')
  return {html: ` ${escaped} `, words: t.split(/\s+/).filter(Boolean)}
})

/** An HTML fragment tree: nested blocks and inlines, lists, line breaks, scripts and comments (invisible). */
export const htmlPiece: fc.Arbitrary<HtmlPiece> = fc.letrec<{piece: HtmlPiece; children: HtmlPiece[]}>((tie) => ({
  piece: fc.oneof(
    {depthSize: 'small', withCrossShrink: true},
    {weight: 3, arbitrary: textPiece},
    fc.tuple(fc.constantFrom(...BLOCK), fc.constantFrom(...CLASSES), tie('children')).map(([tag, attrs, kids]) => wrap(`<${tag}${attrs}>`, `</${tag}>`, kids)),
    fc.tuple(fc.constantFrom(...INLINE), tie('children')).map(([tag, kids]) => wrap(tag === 'a' ? '<a href="/x">' : `<${tag}>`, `</${tag}>`, kids)),
    tie('children').map((kids) => wrap('<ul><li>', '</li></ul>', kids)),
    fc.constantFrom<HtmlPiece>({html: '<br>', words: []}, {html: '<script>var hidden = 1</script>', words: []}, {html: '<!-- note -->', words: []}, {html: '<style>p{}</style>', words: []}),
  ),
  children: fc.array(tie('piece'), {maxLength: 4}),
})).piece as fc.Arbitrary<HtmlPiece>

function wrap(open: string, close: string, kids: HtmlPiece[]): HtmlPiece {
  return {html: open + kids.map((k) => k.html).join('') + close, words: kids.flatMap((k) => k.words)}
}

export const htmlPage = fc.array(htmlPiece, {minLength: 1, maxLength: 6}).map((pieces) => wrap('<!doctype html><html><body>', '</body></html>', pieces))

/** Markup an attacker would send: event handlers, script URLs (obfuscated), active elements. */
const VECTORS = [
  '<script>alert(1)</script>', '<img src=x onerror="alert(1)">', '<a href="javascript:alert(1)">link text here</a>',
  '<a href=" jav&#x09;ascript:alert(2)">tab</a>', '<a href="JaVaScRiPt:alert(3)">caps</a>', '<a href="&#106;avascript:alert(4)">entity</a>',
  '<a href="vbscript:msgbox(1)">vb</a>', '<a href="data:text/html,<script>alert(5)</script>">data</a>', '<svg onload="alert(6)"><text>svg</text></svg>',
  '<iframe src="javascript:alert(7)"></iframe>', '<object data="x.swf"></object>', '<embed src="x.swf">', '<p onclick="steal()">click</p>',
  '<form action="javascript:alert(8)"><button formaction="javascript:alert(9)">go</button></form>', '<meta http-equiv="refresh" content="0;url=javascript:alert(10)">',
  '<base href="javascript:/">', '<style>*{background:url(javascript:alert(11))}</style>', '<math><mi xlink:href="javascript:alert(12)">m</mi></math>',
  '<img src="java\nscript:alert(13)">', '<a href="\u0001javascript:alert(14)">ctl</a>', '<p style="background:url(javascript:alert(15))">styled</p>',
  '<details open ontoggle="alert(16)">d</details>', '<noscript><p title="</noscript><img src=x onerror=alert(17)>">n</p></noscript>', '<template><script>alert(18)</script></template>',
]
export const hostilePage = fc.array(fc.oneof(htmlPiece.map((p) => p.html), fc.constantFrom(...VECTORS)), {minLength: 1, maxLength: 10})
  .map((parts) => `<!doctype html><html><body><article>${parts.join('')}</article></body></html>`)

const validOptions = fc.record({
  format: fc.constantFrom('auto', 'text', 'html'),
  favor: fc.constantFrom('precision', 'balanced', 'recall'),
  language: fc.constantFrom('de', 'deu', 'en', 'xx', null),
  maxBytes: fc.integer({min: 1, max: 100_000}),
  maxElements: fc.integer({min: 1, max: 500}),
  maxBlocks: fc.integer({min: 1, max: 50}),
  output: fc.constantFrom('text', 'html'),
}, {requiredKeys: []})
const KEYS = ['format', 'favor', 'keep', 'language', 'maxBytes', 'maxElements', 'maxBlocks', 'output', 'dedup', 'id', 'duplicates', 'typo'] as const
const optionValue = fc.oneof(fc.anything(), fc.constantFrom('auto', 'text', 'html', 'precision', 'flag', 'drop', 'de', 1, 1000, -1, 0.5, Infinity, NaN))
export const anyOptions = fc.oneof(
  {weight: 3, arbitrary: validOptions},
  {weight: 2, arbitrary: fc.dictionary(fc.constantFrom(...KEYS), optionValue, {maxKeys: 4})},
  {weight: 1, arbitrary: fc.anything()},
)
export const anyInput = fc.oneof(
  {weight: 2, arbitrary: fc.string({unit: 'binary', maxLength: 300})},
  {weight: 2, arbitrary: scrapedText},
  {weight: 2, arbitrary: htmlPage.map((p) => p.html)},
  {weight: 1, arbitrary: hostilePage},
  {weight: 1, arbitrary: fc.anything()},
)

// ---------- invariants ----------

/** Text mode: kept + removed blocks rebuild every non-blank line, in order, and every removal is reported. */
export function checkTextConservation(input: string, result: CleanResult): void {
  const lines = input.split(/\r\n|\r|\n/)
  const nonBlank = lines.flatMap((text, i) => (text.trim() ? [{text, line: i + 1}] : []))
  assert(result.blocks.length === nonBlank.length, `blocks ${result.blocks.length} != non-blank lines ${nonBlank.length}`)
  result.blocks.forEach((b, i) => {
    assert(b.text === nonBlank[i].text && b.line === nonBlank[i].line, `block ${i} is not line ${nonBlank[i].line}`)
    assert(b.kept || Boolean(b.category && b.rule && b.reason), `removed block ${i} without category, rule and reason`)
  })
}

/** HTML mode: the words of all blocks, kept and removed, are the page's visible words, in order. */
export function checkHtmlConservation(page: HtmlPiece, result: CleanResult): void {
  const got = result.blocks.flatMap((b) => b.text.split(/\s+/).filter(Boolean))
  assert(got.join(' ') === page.words.join(' '), `block words differ from the page's visible words:\n${got.join(' ')}\n${page.words.join(' ')}`)
  for (const b of result.blocks) assert(b.kept || Boolean(b.category && b.rule && b.reason), 'removed block without category, rule and reason')
}

/** `text` is the kept blocks, a blank line between them; a text line reads with its runs of spaces (and every tab) made one space, trimmed. */
export function checkKeptText(result: CleanResult): void {
  const kept = result.blocks.filter((b) => b.kept).map((b) => (result.format === 'text' ? b.text.replace(/[ \t\f\v\u00a0]{2,}|[\t\f\v]/g, ' ').trim() : b.text))
  assert(result.text === kept.join('\n\n'), 'result.text is not the kept blocks joined')
}

/** A result, or a typed error; never any other exception. */
export function checkTypedErrors(input: unknown, options: unknown): void {
  try {
    clean(input as string, options as never)
  } catch (error) {
    assert(error instanceof DechromeError || error instanceof OptionsError, `untyped error: ${String(error)}`)
    assert(typeof (error as {code?: unknown}).code === 'string', 'error without a code')
  }
}

const ACTIVE_TAGS = new Set(['script', 'style', 'iframe', 'object', 'embed', 'svg', 'math', 'base', 'meta', 'link', 'form', 'button', 'frame', 'frameset', 'template', 'noscript', 'details'])
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite', 'action', 'formaction', 'xlink:href', 'srcset', 'poster', 'background', 'data'])

/** Nothing in `result.html` can run: no active elements, no handlers or styles, no script or data URLs. */
export function checkNoExecutable(html: string): void {
  const document = parse(html)
  const stack: DefaultTreeAdapterMap['node'][] = [document]
  while (stack.length > 0) {
    const node = stack.pop()!
    if ('tagName' in node) {
      assert(!ACTIVE_TAGS.has(node.tagName), `active element <${node.tagName}> in the output`)
      for (const attr of node.attrs) {
        assert(!attr.name.startsWith('on') && attr.name !== 'style', `attribute ${attr.name} in the output`)
        if (URL_ATTRIBUTES.has(attr.name)) {
          const squeezed = attr.value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase()
          assert(!/^(?:javascript|vbscript|data):/.test(squeezed), `${attr.name}="${attr.value}" in the output`)
        }
      }
    }
    if ('childNodes' in node) stack.push(...node.childNodes)
  }
}

function assert(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message)
}

// ---------- the properties ----------

export function properties(): Record<string, fc.IPropertyWithHooks<never>> {
  return {
    'text mode: conservation and kept text': fc.property(scrapedText, fc.constantFrom('precision', 'balanced', 'recall'), (input, favor) => {
      const result = clean(input, {format: 'text', favor})
      checkTextConservation(input, result)
      checkKeptText(result)
    }),
    'html mode: conservation and kept text': fc.property(htmlPage, fc.constantFrom('precision', 'balanced', 'recall'), (page, favor) => {
      const result = clean(page.html, {format: 'html', favor})
      checkHtmlConservation(page, result)
      checkKeptText(result)
    }),
    'budgets: a truncated result accounts for the input up to where it stopped': fc.property(scrapedText, htmlPage, fc.integer({min: 1, max: 30}), (text, page, budget) => {
      const cut = clean(text, {format: 'text', maxBlocks: budget})
      checkTextConservation(cut.truncated ? text.slice(0, cut.truncated.offset) : text, cut)
      assert(cut.blocks.length <= budget, `${cut.blocks.length} blocks held over maxBlocks ${budget}`)
      checkKeptText(cut)
      const html = clean(page.html, {format: 'html', maxElements: budget * 3})
      assert(Boolean(html.truncated) || html.blocks.length > 0 || page.words.length === 0, 'no blocks and not truncated')
      checkKeptText(html)
    }),
    'determinism: the same input gives the same result, whatever ran before': fc.property(fc.oneof(scrapedText, htmlPage.map((p) => p.html)), scrapedText, (input, other) => {
      const first = JSON.stringify(clean(input))
      clean(other)
      assert(JSON.stringify(clean(input)) === first, 'a second run differs')
    }),
    'typed errors only': fc.property(anyInput, anyOptions, (input, options) => checkTypedErrors(input, options)),
    'no executable output in output: html': fc.property(hostilePage, fc.constantFrom('precision', 'balanced', 'recall'), (html, favor) => {
      const result = clean(html, {format: 'html', output: 'html', favor}) as CleanResult & {html?: string}
      checkNoExecutable(result.html ?? '')
      checkKeptText(result)
    }),
  } as unknown as Record<string, fc.IPropertyWithHooks<never>>
}
