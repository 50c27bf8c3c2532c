import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {unified} from 'unified'
import rehypeParse from 'rehype-parse'
import {describe, expect, test} from 'vitest'
import {clean} from '../../src/index.js'
import {findDate, normalizeDate} from '../../src/metadata/dates.js'
import {isBylineLine, parseByline} from '../../src/metadata/byline.js'
import {readJsonLd} from '../../src/metadata/json-ld.js'
import {fold, metadataFromTree} from '../../src/metadata/index.js'

const PROSE = '<p>The city council met on Tuesday evening to discuss the new budget, which includes funding for parks, schools and road repairs across the district.</p>'
const page = (head: string, body: string) => `<!doctype html><html lang="en-GB"><head>${head}</head><body>${body}${PROSE}${PROSE.replace('Tuesday', 'Wednesday')}</body></html>`
const fromRehype = (html: string) => metadataFromTree(unified().use(rehypeParse).parse(html))

describe('dates', () => {
  test('ISO 8601 variants normalize, with the offset when given', () => {
    expect(normalizeDate('2021-11-01T10:52:50+0100')).toBe('2021-11-01T10:52:50+01:00')
    expect(normalizeDate('2015-03-27T13:07:55.096Z')).toBe('2015-03-27T13:07:55Z')
    expect(normalizeDate('2017-11-03 03:01:00.000000')).toBe('2017-11-03T03:01:00')
    expect(normalizeDate('2024-06-25')).toBe('2024-06-25')
    expect(normalizeDate('Tue, 05 Jan 2020 12:30:00 +0000')).toBe('2020-01-05T12:30:00Z')
  })

  test('absurd dates give none and never throw', () => {
    for (const bad of ['0000-00-00', '20190-01-05', '2019-02-30', '2019-13-01', '', 'soon', '9'.repeat(500), null, 42, {}]) {
      expect(normalizeDate(bad)).toBeUndefined()
    }
    expect(normalizeDate('2019-01-05T25:00:00Z')).toBe('2019-01-05') // a bad clock keeps the good day
  })

  test('datelines in the registry languages', () => {
    expect(findDate('Updated 12:30 GMT, 5 January 2020')?.iso).toBe('2020-01-05T12:30:00Z')
    expect(findDate('Von Jana Muster, 5. Januar 2020, 14:00 Uhr', ['de'])?.iso).toBe('2020-01-05T14:00:00')
    expect(findDate('Publié le 5 janvier 2020 à 12h30', ['fr'])?.iso).toBe('2020-01-05T12:30:00')
    expect(findDate('5 de enero de 2020', ['es'])?.iso).toBe('2020-01-05')
    expect(findDate('March 25, 2015 at 3:05 pm EDT')?.iso).toBe('2015-03-25T15:05:00-04:00')
    expect(findDate('Опубликовано 5 января 2020', ['ru'])?.iso).toBe('2020-01-05')
    expect(findDate('no date in here')).toBeUndefined()
  })

  test('each line is read from its start, whatever the line before stopped at', () => {
    // The scan reuses one regex: a search that returned early must not shift the next one.
    const long = 'Posted in News on the 14 March 2021 edition, page 12'
    const short = '3 May 2020'
    expect(findDate(long)?.iso).toBe('2021-03-14')
    expect(findDate(short)).toEqual({iso: '2020-05-03', index: 0})
    expect(findDate(long)?.index).toBe(long.indexOf('14 March'))
  })
})

describe('bylines', () => {
  test('openers, dates and joiners are cut into authors', () => {
    expect(parseByline('By Jane Doe and John Roe')).toEqual({byline: 'Jane Doe and John Roe', authors: ['Jane Doe', 'John Roe']})
    expect(parseByline('Von Jana Muster und Max Beispiel, 5. Januar 2020', ['de'])?.authors).toEqual(['Jana Muster', 'Max Beispiel'])
    expect(parseByline('Par Jean Dupont', ['fr'])?.byline).toBe('Jean Dupont')
    expect(parseByline('By Nathan Willis March 25, 2015')?.byline).toBe('Nathan Willis')
    expect(parseByline('Doe, Jane')?.authors).toEqual(['Doe, Jane'])
    expect(parseByline('https://example.org/jane')).toBeUndefined()
    expect(parseByline('   ')).toBeUndefined()
  })

  test('a byline line opens with a byline word and a name', () => {
    expect(isBylineLine('By Jane Doe')).toBe(true)
    expect(isBylineLine('Von Jana Muster', ['de'])).toBe(true)
    expect(isBylineLine('by the way, this is a sentence')).toBe(false)
    expect(isBylineLine('By ' + 'word '.repeat(20))).toBe(false)
  })
})

test('a job title after the name is cut; a title alone is no byline', () => {
  expect(parseByline('By Jane Doe, Staff Writer')).toEqual({byline: 'Jane Doe', authors: ['Jane Doe']})
  expect(parseByline('Ben Silverman Games Editor')).toEqual({byline: 'Ben Silverman', authors: ['Ben Silverman']})
  expect(parseByline('Jane Doe and John Roe, senior reporters')).toEqual({byline: 'Jane Doe and John Roe', authors: ['Jane Doe', 'John Roe']})
  expect(parseByline('Staff Writer')).toBeUndefined()
  // One word before the role is a surname, not a name plus a title.
  expect(parseByline('Jane Editor')?.byline).toBe('Jane Editor')
})

describe('JSON-LD', () => {
  test('the article node of @graph, with authors, dates and publisher', () => {
    const ld = readJsonLd([JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        {'@type': 'WebSite', '@id': '#site', name: 'The Daily Example'},
        {'@type': 'Person', '@id': '#jane', name: 'Jane Doe'},
        {'@type': ['NewsArticle'], headline: 'Council approves budget', author: [{'@id': '#jane'}, {'@type': 'Person', name: 'John Roe'}],
          datePublished: '2020-01-05T12:30:00+00:00', publisher: {'@type': 'Organization', name: 'Example Media'}, image: {'@type': 'ImageObject', url: 'https://example.org/a.jpg'}},
      ],
    })])
    expect(ld).toMatchObject({headline: 'Council approves budget', authors: ['Jane Doe', 'John Roe'], published: '2020-01-05T12:30:00+00:00', publisher: 'Example Media', image: 'https://example.org/a.jpg'})
  })

  test('a list of structured authors gives one byline joined with ", ", each author whole', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council approves budget","author":[{"name":"Jane Doe"},{"name":"John Roe"}]}</script>'
    const {metadata} = clean(page(ld, '<h1>Council approves budget</h1>'), {metadata: true})
    expect(metadata?.byline).toBe('Jane Doe, John Roe')
    expect(metadata?.authors).toEqual(['Jane Doe', 'John Roe'])
  })

  test('malformed JSON-LD gives fewer fields, never an exception', () => {
    expect(readJsonLd(['{not json', '', '[1, 2, null]', '"a string"'])).toBeUndefined()
    expect(readJsonLd(['{"@type": "NewsArticle", "headline": "A\nB",}'])?.headline).toBe('A B') // raw newline, trailing comma
    expect(readJsonLd(['{"@type": "Article", "headline": 42, "author": {"name": ["x"]}}'])).toMatchObject({authors: ['x']})
    expect(readJsonLd(['<!--{"@type": "Article", "headline": "Wrapped"}-->'])?.headline).toBe('Wrapped')
  })
})

describe('metadata of a page', () => {
  const head = `<title>Council approves budget | The Daily Example</title>
    <meta property="og:title" content="Council approves budget">
    <meta property="og:site_name" content="The Daily Example">
    <meta property="og:image" content="https://example.org/a.jpg">
    <meta name="description" content="The council voted on Tuesday.">
    <meta property="article:published_time" content="2020-01-05T12:30:00Z">
    <meta property="article:modified_time" content="2020-01-06T08:00:00+01:00">
    <meta name="author" content="Jane Doe">
    <link rel="canonical" href="https://example.org/budget">`

  test('every field, with the source that gave it', () => {
    const result = clean(page(head, '<h1>Council approves budget</h1>'), {metadata: true})
    expect(result.metadata).toEqual({
      title: 'Council approves budget', byline: 'Jane Doe', authors: ['Jane Doe'], published: '2020-01-05T12:30:00Z',
      modified: '2020-01-06T08:00:00+01:00', siteName: 'The Daily Example', url: 'https://example.org/budget',
      description: 'The council voted on Tuesday.', lang: 'en-GB', image: 'https://example.org/a.jpg',
    })
    expect(result.metadataSources).toMatchObject({title: 'meta:og:title+heading', byline: 'meta:author', published: 'meta:article:published_time', url: '<link rel=canonical>', lang: '<html lang>'})
  })

  test('clean() and the rehype tree give the same metadata', () => {
    const html = page(head + '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council approves budget","author":{"name":"John Roe"}}</script>', '<h1>Council approves budget</h1>')
    expect(clean(html, {metadata: true}).metadata).toEqual(fromRehype(html).metadata)
  })

  test('JSON-LD outranks meta tags; meta tags outrank the visible page', () => {
    const html = page(head + '<script type="application/ld+json">{"@type":"NewsArticle","author":{"name":"John Roe"},"datePublished":"2020-01-04"}</script>',
      '<h1>Council approves budget</h1><p class="byline">By Ann Poe</p><time datetime="2020-01-03">3 January</time>')
    const {metadata, metadataSources} = clean(html, {metadata: true})
    expect(metadata).toMatchObject({byline: 'John Roe', published: '2020-01-04'})
    expect(metadataSources).toMatchObject({byline: 'json-ld', published: 'json-ld'})
  })

  test('without structured data the visible byline, <time> and headline count', () => {
    const {metadata, metadataSources} = clean(page('', '<h1>Council approves budget</h1><p class="byline">By Ann Poe</p><time datetime="2020-01-03T09:00:00-05:00">3 January</time>'), {metadata: true})
    expect(metadata).toMatchObject({title: 'Council approves budget', byline: 'Ann Poe', authors: ['Ann Poe'], published: '2020-01-03T09:00:00-05:00'})
    expect(metadataSources).toMatchObject({title: 'heading', byline: 'class', published: '<time>'})
  })

  test('a class or id naming a byline marks the byline, as Readability reads them', () => {
    const {metadata, metadataSources} = clean(page('', '<h1>Council approves budget</h1><span class="pb-byline">By <a href="/people/ann">Ann Poe</a></span>'), {metadata: true})
    expect(metadata).toMatchObject({byline: 'Ann Poe', authors: ['Ann Poe']})
    expect(metadataSources?.byline).toBe('class')
    expect(clean(page('', '<h1>Council approves budget</h1><div id="story-byline">John Roe</div>'), {metadata: true}).metadata?.byline).toBe('John Roe')
    // In any case; "author" inside a longer class (an author bio) is not a byline.
    expect(clean(page('', '<h1>Council approves budget</h1><span class="meta Author-Name">Ann Poe</span>'), {metadata: true}).metadata?.byline).toBe('Ann Poe')
    expect(clean(page('', '<h1>Council approves budget</h1><div class="author-bio">Ann Poe writes about cities</div>'), {metadata: true}).metadata?.byline).toBeUndefined()
  })

  test('an <article>\'s own <aside> or <footer> is read for its byline and date; the page\'s are not', () => {
    const body = (margin: string) => `<article><h1>Council approves budget</h1>${PROSE}${margin}</article>`
    const aside = clean(page('', body('<aside><span itemprop="author">Ann Poe</span> <time datetime="2020-01-03">3 January</time></aside>')), {metadata: true})
    expect(aside.metadata).toMatchObject({byline: 'Ann Poe', published: '2020-01-03'})
    expect(aside.metadataSources).toMatchObject({byline: 'itemprop', published: '<time>'})
    const footer = clean(page('', body('<footer><a rel="author" href="/ann">Ann Poe</a></footer>')), {metadata: true})
    expect(footer.metadata?.byline).toBe('Ann Poe')
    // A heading in the article's aside is not a title candidate.
    const heading = clean(page('', `<article>${PROSE}<aside><h1>Related stories</h1></aside></article>`), {metadata: true})
    expect(heading.metadata?.title).toBeUndefined()
    // The page's own sidebar, outside any article, is still skipped: a teaser's author is not the byline.
    const sidebar = clean(page('', `<h1>Council approves budget</h1><aside><span itemprop="author">Teaser Writer</span></aside>`), {metadata: true})
    expect(sidebar.metadata?.byline).toBeUndefined()
  })

  test('an author meta tag repeated once per author gives every author, each value one name', () => {
    const head = '<meta name="dc.creator" content="Kooman, F."><meta name="dc.creator" content="Jong, Michiel de"><meta name="dc.creator" content="Kooman, F.">'
    const {metadata, metadataSources} = clean(page(head, '<h1>Council approves budget</h1>'), {metadata: true})
    expect(metadata).toMatchObject({byline: 'Kooman, F., Jong, Michiel de', authors: ['Kooman, F.', 'Jong, Michiel de']})
    expect(metadataSources?.byline).toBe('meta:dc.creator')
    // One value naming several people is still split at its joiners.
    const one = clean(page('<meta name="author" content="Jane Doe and John Roe">', '<h1>Council approves budget</h1>'), {metadata: true})
    expect(one.metadata?.authors).toEqual(['Jane Doe', 'John Roe'])
  })

  test('a JSON-LD author that is an account handle yields to the name printed on the page', () => {
    const ld = (author: string) => `<script type="application/ld+json">{"@type":"NewsArticle","author":{"name":"${author}"}}</script>`
    const printed = clean(page(ld('jdoe42'), '<h1>Council approves budget</h1><span class="author-name">Jane Doe</span>'), {metadata: true})
    expect(printed.metadata).toMatchObject({byline: 'Jane Doe', authors: ['Jane Doe']})
    expect(printed.metadataSources?.byline).toBe('class')
    // Nothing printed: the handle is all there is.
    expect(clean(page(ld('jdoe42'), '<h1>Council approves budget</h1>'), {metadata: true}).metadata?.byline).toBe('jdoe42')
    // A person's name in JSON-LD still outranks the page.
    expect(clean(page(ld('John Roe'), '<h1>Council approves budget</h1><span class="author-name">Jane Doe</span>'), {metadata: true}).metadata?.byline).toBe('John Roe')
  })

  test('the site name is cut from <title>, and a logo <h1> is not the title', () => {
    const html = page('<title>Council approves budget – The Daily Example</title><meta property="og:site_name" content="The Daily Example">', '<h1>The Daily Example</h1><h2>Council approves budget</h2>')
    expect(clean(html, {metadata: true}).metadata?.title).toBe('Council approves budget')
    // An og:site_name of a sentence's length that the <h1> repeats is the title, not a logo.
    const long = 'How the council approved a new budget for parks and schools this week'
    const titleAsSite = page(`<title>Budget | Example</title><meta property="og:site_name" content="${long}">`, `<h1>${long}</h1>`)
    expect(clean(titleAsSite, {metadata: true}).metadata?.title).toBe(long)
  })

  test('a headline printed with a kicker or label before the structured title gives the structured title', () => {
    for (const printed of ['Politics | Council approves new budget', 'Blog: Council approves new budget', 'Dec 18 2025 Council approves new budget']) {
      const html = page('<meta property="og:title" content="Council approves new budget - The Daily Example"><meta property="og:site_name" content="The Daily Example">', `<h1>${printed}</h1>`)
      expect(clean(html, {metadata: true}).metadata?.title).toBe('Council approves new budget')
    }
    // One word before it is part of the printed headline, not a label: kept.
    for (const printed of ['The Council approves new budget', '2026 Council approves new budget']) {
      const html = page('<meta property="og:title" content="Council approves new budget - The Daily Example"><meta property="og:site_name" content="The Daily Example">', `<h1>${printed}</h1>`)
      expect(clean(html, {metadata: true}).metadata?.title).toBe(printed)
    }
    // Words after the structured title are part of the printed headline, not a label: kept.
    const longer = page('<meta property="og:title" content="Council approves new budget">', '<h1>Council approves new budget for parks</h1>')
    expect(clean(longer, {metadata: true}).metadata?.title).toBe('Council approves new budget for parks')
  })

  test('a headline printed with a kicker or a subtitle in its own element gives the piece the structured title names', () => {
    const og = '<meta property="og:title" content="Council approves new budget - The Daily Example"><meta property="og:site_name" content="The Daily Example">'
    const printed = [
      '<h1><span class="kicker">City hall</span> Council approves new budget</h1>',
      '<h1><span itemprop="headline"><small>City hall</small><br>Council approves new budget</span></h1>',
      '<h1>Council approves new budget <small>Parks and schools get more</small></h1>',
    ]
    for (const h1 of printed) {
      const {metadata, metadataSources} = clean(page(og, h1), {metadata: true})
      expect(metadata?.title).toBe('Council approves new budget')
      expect(metadataSources?.title).toBe('meta:og:title+heading')
    }
    // A structured title that names the kicker too keeps the headline whole.
    const whole = page('<meta property="og:title" content="City hall: Council approves new budget">', '<h1>City hall: Council approves new budget</h1>')
    expect(clean(whole, {metadata: true}).metadata?.title).toBe('City hall: Council approves new budget')
    // A list item's number is no kicker: pieces of a lower heading are not read.
    const listed = page('<meta property="og:title" content="Five budgets compared | Example">', '<h1>Five budgets compared</h1><h3><span>1.</span> Example</h3>')
    expect(clean(listed, {metadata: true}).metadata?.title).toBe('Five budgets compared')
  })

  test('the page\'s only <h1> is the headline even when the structured title is worded for search; not a one-word or paragraph-long one', () => {
    const head = '<title>Cheap loans compared: rates for 2026 | Example Bank</title>'
    const only = clean(page(head, '<h1>What a personal loan really costs you</h1>'), {metadata: true})
    expect(only.metadata?.title).toBe('What a personal loan really costs you')
    expect(only.metadataSources?.title).toBe('heading')
    // Two different <h1>s, or a one-word one, leave the structured title.
    expect(clean(page(head, '<h1>Menu</h1>'), {metadata: true}).metadata?.title).toBe('Cheap loans compared: rates for 2026')
    expect(clean(page(head, '<h1>What a personal loan really costs you</h1><h1>Sign up for our newsletter today</h1>'), {metadata: true}).metadata?.title).toBe('Cheap loans compared: rates for 2026')
    const summary = `<h1>${'Loans cost more than you think and here is why. '.repeat(4)}</h1>`
    expect(clean(page(head, summary), {metadata: true}).metadata?.title).toBe('Cheap loans compared: rates for 2026')
    // A one- or two-word <h1> heads the page when the structured title, written for search
    // results with the site's name, names its word; on a page titled without a site, it does not.
    expect(clean(page(head, '<h1>Loans</h1>'), {metadata: true}).metadata?.title).toBe('Loans')
    expect(clean(page('<title>History - Example Boys Choir</title>', '<h1>Choir history</h1>'), {metadata: true}).metadata?.title).toBe('Choir history')
    expect(clean(page('<title>Cheap loans compared for 2026</title>', '<h1>Loans</h1>'), {metadata: true}).metadata?.title).toBe('Cheap loans compared for 2026')
  })

  test('a lower heading that repeats the structured title yields to the <h1> that prints it with more words', () => {
    const og = '<meta property="og:title" content="Battery maker expands its plant">'
    const teaser = '<h1>Battery maker expands its plant in Tennessee</h1><h3 class="entry-title">Battery maker expands its plant</h3>'
    expect(clean(page(og, teaser), {metadata: true}).metadata?.title).toBe('Battery maker expands its plant in Tennessee')
    // Figures or brackets after it are a counter or a source, not the headline's words.
    const counted = '<h1>Battery maker expands its plant (example.com) 87</h1><h2>Battery maker expands its plant</h2>'
    expect(clean(page(og, counted), {metadata: true}).metadata?.title).toBe('Battery maker expands its plant')
  })

  test('a kicker the structured title sets off by a colon, printed as a piece of its own, is cut', () => {
    const og = '<meta property="og:title" content="Lockdown: Car dealers expect a slow restart | Example News">'
    const html = page(og, '<h1><span>After the lockdown</span> <span>Car dealers expect a slow restart</span></h1>')
    const {metadata, metadataSources} = clean(html, {metadata: true})
    expect(metadata?.title).toBe('Car dealers expect a slow restart')
    expect(metadataSources?.title).toBe('meta:og:title+heading')
  })

  test('a ruby\'s reading (<rt>, <rp>) is not part of the title', () => {
    const html = page('<title>Example News | 子どもの法律</title>', '<h1>子<rp>(</rp><rt>こ</rt><rp>)</rp>どもの法律</h1>').replace('lang="en-GB"', 'lang="ja"')
    expect(clean(html, {metadata: true}).metadata?.title).toBe('子どもの法律')
  })

  test('a kicker set off by a separator piece of its own is a label over the headline, even when the structured title names it', () => {
    const og = '<meta property="og:title" content="City hall: Council approves new budget"><title>City hall: Council approves new budget | The Daily Example</title>'
    for (const h1 of [
      '<h1><span class="kicker">City hall</span><span>:</span> <span class="headline">Council approves new budget</span></h1>',
      '<h1><span>City hall</span> <span class="sep">–</span> <span>Council approves new budget</span></h1>',
    ]) {
      const {metadata, metadataSources} = clean(page(og.replace(': ', h1.includes('–') ? ' – ' : ': '), h1), {metadata: true})
      expect(metadata?.title).toBe('Council approves new budget')
      expect(metadataSources?.title).toBe('meta:og:title+heading')
    }
    // The separator written into the kicker's piece, or a kicker as long as the headline, keeps the heading whole.
    const attached = page(og, '<h1><span>City hall:</span> <span>Council approves new budget</span></h1>')
    expect(clean(attached, {metadata: true}).metadata?.title).toBe('City hall: Council approves new budget')
    const long = page('<meta property="og:title" content="The city council of Example: Budget passes">', '<h1><span>The city council of Example</span><span>:</span> <span>Budget passes</span></h1>')
    expect(clean(long, {metadata: true}).metadata?.title).toBe('The city council of Example: Budget passes')
  })

  test('a title-marked heading and the <h1> compete on the words they share with the structured title', () => {
    const html = page('<meta property="og:title" content="Budget for parks approved by council">', '<h3 class="entry-title">Five things to do this weekend</h3><h1>Council approves the budget for parks</h1>')
    expect(clean(html, {metadata: true}).metadata?.title).toBe('Council approves the budget for parks')
  })

  test('a lower heading the structured title contains is a section named after the story when the page has an <h1>', () => {
    const og = '<meta property="og:title" content="How Fast Do Electric Bikes Go? Top Speeds Revealed">'
    const body = '<h1>How Fast Does an Electric Bike Go? Top Speeds Revealed</h1><h2>How Fast Do Electric Bikes Go</h2>'
    expect(clean(page(og, body), {metadata: true}).metadata?.title).toBe('How Fast Does an Electric Bike Go? Top Speeds Revealed')
    // Without an <h1> or a marked heading, the contained <h2> is still the printed headline.
    expect(clean(page(og, '<h2>How Fast Do Electric Bikes Go</h2>'), {metadata: true}).metadata?.title).toBe('How Fast Do Electric Bikes Go')
  })

  test('conflicting titles give one best value; absurd dates give none', () => {
    const html = page('<meta property="og:title" content="Budget vote"><meta property="og:title" content="Other story"><meta name="date" content="0000-00-00"><meta name="pubdate" content="20190-01-01">', '<h1>Sidebar</h1><h1>The budget vote as printed</h1>')
    const {metadata} = clean(html, {metadata: true})
    // The <h1> sharing words with the structured title wins; the first og:title is the one it is compared with.
    expect(metadata?.title).toBe('The budget vote as printed')
    expect(metadata?.published).toBeUndefined()
  })

  test('quotes: an English title keeps the structured spelling, another language the printed one', () => {
    // English: the CMS curls on the page what the editor typed straight in og:title.
    const en = page('<meta property="og:title" content="Why cheap loans don\'t pay">', '<h1>Why cheap loans don’t pay</h1>')
    expect(clean(en, {metadata: true}).metadata?.title).toBe("Why cheap loans don't pay")
    // German and French print the language's own quotes („…“, l’): the heading's spelling is kept.
    const de = page('<meta property="og:title" content="&quot;Wir wollen mehr&quot;, sagt der Rat">', '<h1>„Wir wollen mehr“, sagt der Rat</h1>').replace('lang="en-GB"', 'lang="de"')
    expect(clean(de, {metadata: true}).metadata?.title).toBe('„Wir wollen mehr“, sagt der Rat')
    const fr = page('<meta property="og:locale" content="fr_FR"><meta property="og:title" content="Le budget de l\'an prochain">', '<h1>Le budget de l’an prochain</h1>').replace(' lang="en-GB"', '')
    expect(clean(fr, {metadata: true}).metadata?.title).toBe('Le budget de l’an prochain')
  })

  test('what follows a pipe left in the title is a tail for search results, cut when the head reads as a headline', () => {
    const og = '<meta property="og:title" content="Best budget apps of 2026 | Tested and ranked | Example"><meta property="og:site_name" content="Example">'
    const {metadata, metadataSources} = clean(page(og, '<h1>Best budget apps of 2026 | Tested and ranked</h1>'), {metadata: true})
    expect(metadata?.title).toBe('Best budget apps of 2026')
    expect(metadataSources?.title).toBe('meta:og:title+heading')
    // A head of one or two words is a label, not the headline: the title stays whole.
    const short = page('<meta property="og:title" content="Budget apps | Tested and ranked for 2026">', '<h1>Budget apps | Tested and ranked for 2026</h1>')
    expect(clean(short, {metadata: true}).metadata?.title).toBe('Budget apps | Tested and ranked for 2026')
  })

  test('the site is named by og:site_name, a part of it, or the host with its suffix, and is cut wherever it is printed', () => {
    // The page and the JSON-LD both print the headline with the site's name appended.
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Best art shows of 2025 – Artview"}</script>'
    const appended = page(`${ld}<meta property="og:site_name" content="Artview">`, '<h1>Best art shows of 2025 – Artview</h1>')
    expect(clean(appended, {metadata: true}).metadata?.title).toBe('Best art shows of 2025')
    // The title names the site shorter than og:site_name does: still the site, not the longer side.
    const shorter = page('<title>Our web portfolio | Harbour Web Design Studio</title><meta property="og:site_name" content="Harbour Web Design Studio Agency">', '<h1>Projects</h1>')
    expect(clean(shorter, {metadata: true}).metadata?.title).toBe('Our web portfolio')
    // A logo heading that spells the host with its suffix is not the title.
    const host = page('<title>Autohäuser rechnen mit langsamem Geschäft | HarbourPost.de</title><link rel="canonical" href="https://www.harbourpost.de/wirtschaft/1">', '<h2>HarbourPost.de</h2><h1>Nach dem Lockdown: Autohäuser rechnen mit langsamem Geschäft</h1>')
    expect(clean(host.replace('lang="en-GB"', 'lang="de"'), {metadata: true}).metadata?.title).toBe('Autohäuser rechnen mit langsamem Geschäft')
  })

  test('a title segment that is only a date is when the story was posted, not its title: it is cut as the site is', () => {
    const dated = page('<meta property="og:title" content="23.01.2022 - Harbour ferry returns to service">', '<h1>23.01.2022 - Harbour ferry returns to service</h1>')
    expect(clean(dated, {metadata: true}).metadata?.title).toBe('Harbour ferry returns to service')
    const iso = page('<title>Harbour ferry returns to service | 2022-01-23</title>', '<p>Harbour news</p>')
    expect(clean(iso, {metadata: true}).metadata?.title).toBe('Harbour ferry returns to service')
    // A number in the story's words is not a date segment.
    const count = page('<title>Harbour ferry: 12 routes return</title>', '<p>Harbour news</p>')
    expect(clean(count, {metadata: true}).metadata?.title).toBe('Harbour ferry: 12 routes return')
  })

  test('titles compare by full case folding: ß is ss, as its capital SS', () => {
    expect(fold('Schnee-Vergnügen ohne Fußabdruck')).toBe(fold('SCHNEE-VERGNÜGEN OHNE FUSSABDRUCK'))
    expect(fold('Große  Pläne ')).toBe('grosse pläne')
  })

  test('a heading that is one link to the home page is the site as a logo, not the headline, and its name is cut from the title', () => {
    // The logo's name has a separator of its own; the story's heading is not an <h1>.
    const wiki = page('<title>Ferry timetables - Harbour Tales - Notes from the coast</title>', '<h1><a href="/"><span>Harbour Tales - Notes from the coast</span></a></h1><h2>Winter routes</h2><p>Ferries run twice a day.</p>')
    expect(clean(wiki, {metadata: true}).metadata?.title).toBe('Ferry timetables')
    // A logo linking to the host's root (or rel=home) beside the story's own <h1>.
    const blog = page('<title>Harbour ferry returns to service | Harbour Tales</title>', '<h1 class="site-title"><a href="https://harbour.example/" rel="home">Harbour Tales</a></h1><h1 class="page-title">Harbour ferry returns</h1>')
    expect(clean(blog, {metadata: true}).metadata?.title).toBe('Harbour ferry returns')
    // A headline that links to its own article is still the headline.
    const permalink = page('<title>Harbour Tales</title>', '<h1><a href="/2024/ferry-returns">Harbour ferry returns to service</a></h1>')
    expect(clean(permalink, {metadata: true}).metadata?.title).toBe('Harbour ferry returns to service')
  })

  test('a quotation before the colon is part of the headline, not a label to cut', () => {
    const quoted = page('<title>Ferry returns to the harbour - Harbour Tales</title>', '<h1>„Finally home“: Ferry returns to the harbour</h1>').replace('lang="en-GB"', 'lang="de"')
    expect(clean(quoted, {metadata: true}).metadata?.title).toBe('„Finally home“: Ferry returns to the harbour')
    // A label is cut.
    const label = page('<title>Ferry returns to the harbour - Harbour Tales</title>', '<h1>Harbour blog: Ferry returns to the harbour</h1>')
    expect(clean(label, {metadata: true}).metadata?.title).toBe('Ferry returns to the harbour')
  })

  test('a headline printed as several segments of the structured title is matched whole, not by a section heading that repeats one segment', () => {
    const title = (t: string) => `<title>${t}</title>`
    // The headline is the title's first two segments; a sidebar heading repeats the third.
    const chapter = page(title('Chapter 1: Prologue - The storm - Harbour Tales | Example Fiction') + '<meta property="og:site_name" content="Example Fiction">', '<h2>Harbour Tales</h2><h1>Chapter 1: Prologue - The storm</h1>')
    expect(clean(chapter, {metadata: true}).metadata?.title).toBe('Chapter 1: Prologue - The storm')
    // A title written as a path from the site down ("Site » Archive » Story") ends with the story.
    const path = page(title('Harbour Notes » Blog Archive » Why the ferry stopped running'), '<h1>Harbour Notes</h1><h2>Why the ferry stopped running</h2>')
    expect(clean(path, {metadata: true}).metadata?.title).toBe('Why the ferry stopped running')
    // A one-word segment is a section that a heading may repeat: the headline is tried first.
    const section = page('<meta name="title" content="Notices - Customs rules change for tobacco">', '<h1>Notices</h1><h1>Customs rules change for tobacco</h1>')
    expect(clean(section, {metadata: true}).metadata?.title).toBe('Customs rules change for tobacco')
  })

  test('soft hyphens and zero-width characters in a heading are not part of the title', () => {
    const html = page('<title>Presse - Messengerdienste sind kein rechtsfreier Raum</title>', '<h1>Bundesamt</h1><h1>Mes&shy;sen&shy;ger&shy;diens&shy;te sind kein rechts&shy;frei&#8203;er Raum</h1>').replace('lang="en-GB"', 'lang="de"')
    const {metadata, metadataSources} = clean(html, {metadata: true})
    expect(metadata?.title).toBe('Messengerdienste sind kein rechtsfreier Raum')
    expect(metadataSources?.title).toBe('<title>+heading')
  })

  test('twice-escaped entities in meta content are decoded once more', () => {
    const html = page('<meta property="og:title" content="Rates &amp;amp; prices &amp;#8220;2020&amp;#8221;">', '')
    expect(clean(html, {metadata: true}).metadata?.title).toBe('Rates & prices “2020”')
  })

  test('not asked for, not computed', () => {
    const result = clean(page(head, '<h1>Council approves budget</h1>'))
    expect(result.metadata).toBeUndefined()
    expect(result.metadataSources).toBeUndefined()
    expect(result.markdown).toBeUndefined()
  })
})

describe('text mode', () => {
  const text = readFileSync(join(import.meta.dirname, '../render/fixtures/markdown--text-mode/input.txt'), 'utf8')

  test('headline, byline and dateline lines', () => {
    const input = text.replace('By Jane Doe\n', 'By Jane Doe and John Roe\nUpdated 12:30 GMT, 5 January 2020\n')
    const {metadata, metadataSources} = clean(input, {metadata: true})
    expect(metadata).toMatchObject({title: 'Council approves the new budget', byline: 'Jane Doe and John Roe', authors: ['Jane Doe', 'John Roe'], modified: '2020-01-05T12:30:00Z', lang: 'en'})
    expect(metadataSources).toMatchObject({title: 'text', byline: 'text', modified: 'text', lang: 'franc'})
  })

  test('German byline and dateline', () => {
    const input = 'Stadtrat beschließt den neuen Haushalt\nVon Jana Muster\n5. Januar 2020, 14:00 Uhr\n' +
      'Der Stadtrat hat am Dienstagabend über den neuen Haushalt beraten, der Mittel für Parks, Schulen und Straßen im ganzen Bezirk vorsieht.\n' +
      'Die Bürger, die an der Sitzung teilnahmen, zeigten sich mit dem Plan zufrieden, wollten aber wissen, wie das Geld ausgegeben wird.\n'
    const {metadata} = clean(input, {metadata: true})
    expect(metadata).toMatchObject({byline: 'Jana Muster', published: '2020-01-05T14:00:00', lang: 'de'})
  })
})
