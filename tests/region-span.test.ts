// The text mode's region step on text that is already the article, and on the same
// text with the site around it (region/span.ts, showsNoChrome).
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, test} from 'vitest'
import {clean} from '../src/index.js'

const article = readFileSync(join(import.meta.dirname, 'fixtures', 'boilerplate--false-positive-clean-text-with-lists', 'input.txt'), 'utf8')
const LIST_ITEM = 'Find a site with six hours of sun'
const ruleOf = (input: string, text: string) => {
  const block = clean(input, {format: 'text'}).blocks.find((b) => b.text === text)
  expect(block, text).toBeDefined()
  return block!.kept ? 'kept' : block!.rule
}

describe('region span on clean text', () => {
  test('an article with no site chrome keeps its lists and headings', () => {
    const result = clean(article, {format: 'text'})
    expect(result.blocks.every((b) => b.kept)).toBe(true)
  })

  test('one line a chrome rule matches does not bring the region back', () => {
    expect(ruleOf(`${article}\nShare on Facebook\n`, LIST_ITEM)).toBe('kept')
  })

  test('two lines a chrome rule matches do: the list cut off from the body goes', () => {
    expect(ruleOf(`${article}\nShare on Facebook\nSubscribe to our newsletter\n`, LIST_ITEM)).toBe('boilerplate/outside-region')
  })

  test('a menu run above the article does too, with no rule matching a line of it', () => {
    const menu = ['Gardens', 'Allotments', 'Seeds', 'Tools', 'Events'].join('\n')
    expect(ruleOf(`${menu}\n${article}`, LIST_ITEM)).toBe('boilerplate/outside-region')
    expect(ruleOf(`${menu}\n${article}`, 'Allotments')).toBe('navigation/link-run')
  })

  test("a short list of one-to-three-word items between the prose is the article's, a long run there is a sidebar's", () => {
    const toppings = ['Lemon and sugar', 'Maple syrup', 'Stewed apples', 'Blueberries', 'Honey', 'Yoghurt']
    const recipe = (list: string[]) => [
      'Pancakes for a slow Sunday',
      'These pancakes need nothing you would not find in a small kitchen, and the batter can rest in the fridge overnight if you want breakfast to be quick.',
      'Whisk the eggs and milk first, then fold in the flour a spoonful at a time so that the batter stays smooth and free of lumps.',
      'Toppings we like',
      ...list,
      'Serve them at once, while they are still warm from the pan.',
    ].join('\n')
    // Six items inside the text: the page is the article already, all of it stays.
    const short = clean(recipe(toppings), {format: 'text'})
    expect(short.blocks.filter((b) => !b.kept)).toEqual([])
    // Twelve in a row there read as a sidebar's links: the region step runs and takes them.
    const sidebar = [...toppings, 'Waffles', 'Crepes', 'Porridge', 'Granola', 'Omelettes', 'Smoothies']
    expect(ruleOf(recipe(sidebar), 'Granola')).toBe('navigation/link-run')
  })

  test('one list of three short lines above a short text is no menu; four lines of them are', () => {
    const prose = [
      'Good coffee at home needs no machine, only fresh beans, water just off the boil and a little patience while it steeps.',
      'Let it stand four minutes, then press the plunger down gently and pour at once so that it does not turn bitter.',
    ]
    const steps = ['Grind the beans', 'Warm the pot', 'Pour slowly']
    expect(clean([...steps, ...prose].join('\n'), {format: 'text'}).blocks.filter((b) => !b.kept)).toEqual([])
    expect(ruleOf([...steps, 'Serve hot', ...prose].join('\n'), 'Serve hot')).toBe('navigation/link-run')
  })

  test('a site name and tagline above a dateline stay chrome on a page that shows no other', () => {
    const page = `Northern Gardener\nGrow your own.\nWednesday, Jan 14, 2026\n${article}`
    expect(ruleOf(page, 'Northern Gardener')).toBe('masthead/top-of-page')
    expect(ruleOf(page, LIST_ITEM)).toBe('kept')
  })

  test('lines with no letters or digits (rules, separators, braces) are no sign of a site around the text', () => {
    const separated = `${article}\n* * *\n---\n}\n`
    expect(ruleOf(separated, LIST_ITEM)).toBe('kept')
    expect(ruleOf(separated, '---')).toBe('boilerplate/no-words')
  })
})

describe('region span on a listing', () => {
  const menu = ['Home', 'Events', 'News', 'About us', 'Contact'].join('\n')
  const LABELS = ['Date', 'Location', 'Focus', 'Pricing', 'Registration', 'Tickets', 'Parking']
  const entry = (n: number, name: string, city: string, labels = LABELS) => [
    `${n}. ${name}`,
    `${labels[0]}: May ${n + 10}-${n + 12}, 2026`,
    `${labels[1]}: ${city}, Harbour County`,
    `${labels[2]}: boats, tides and sailing clubs`,
    `${labels[3]}: $${n}0 a day`,
    `${labels[4]}: https://events.example/${n}`,
    `${labels[5]}: sold at the gate and online`,
    `${labels[6]}: free on the quay after six`,
    `${name} brings sailors, boat builders and curious families to ${city} for a weekend of races and long talks on the quay.`,
  ]
  const listing = (labelsOf: (n: number) => string[]) => [menu, 'Harbour events worth the trip in 2026',
    'Every summer the coast fills up with festivals, and these are the ones we would not miss, whatever the weather does.',
    ...entry(1, 'Tall Ships Week', 'Northport', labelsOf(1)), ...entry(2, 'Oyster Fair', 'Eastbay', labelsOf(2)),
    ...entry(3, 'Lantern Regatta', 'Westcove', labelsOf(3)), ...entry(4, 'Rope and Sail Days', 'Southend', labelsOf(4)),
    'Share on Facebook', 'Subscribe to our newsletter'].join('\n')

  test("fields whose label every entry repeats are the listing's own, and the body runs through them", () => {
    const page = listing(() => LABELS)
    expect(ruleOf(page, 'Location: Southend, Harbour County')).toBe('kept')
    expect(ruleOf(page, entry(3, 'Lantern Regatta', 'Westcove').at(-1)!)).toBe('kept')
    // The site's menu is still outside the body.
    expect(ruleOf(page, 'Events')).toBe('navigation/link-run')
  })

  test('labels printed once or twice do not bridge: the body stops before them', () => {
    // Each label at most twice: entries 1 and 3 share a set, 2 and 4 another.
    const page = listing((n) => LABELS.map((l) => (n % 2 === 0 ? `${l} info` : l)))
    expect(ruleOf(page, 'Location info: Southend, Harbour County')).toBe('boilerplate/outside-region')
  })
})
