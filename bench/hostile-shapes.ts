// The hostile input shapes an adversarial probe found (issue "Hostile input cannot
// stall or kill the process"), at the sizes it reported. Shared by the bench
// (`npm run bench:speed -- --hostile`) and tests/hostile.test.ts.

export interface HostileShape {
  name: string
  /** Built on demand: some are tens of megabytes. */
  input: () => string
  /** Options other than the defaults, for the rows that show a budget behind a raised `maxBytes`. */
  options?: {maxBytes: number}
}

const RAISED = {maxBytes: 64 * 1024 * 1024}

/** K `<b class=cN>` open in a `<div>`, then K paragraphs: parse5 re-creates all K per paragraph. */
function formattingAmplification(k: number): string {
  let open = '<div>'
  for (let i = 0; i < k; i++) open += `<b class=c${i}>`
  return open + '</div>' + '<p>x</p>'.repeat(k)
}

/** A `<pre>` whose whitespace run is not at the end (in a `<div>`, so the format is detected as HTML). */
function preWhitespace(n: number): string {
  return '<div><pre>a' + ' '.repeat(n) + 'b</pre></div>'
}

const SENTENCE = 'The council met on Tuesday to vote on the plan.' // 46 characters

export function hostileShapes(): HostileShape[] {
  return [
    {name: 'formatting amplification, 22 KB', input: () => formattingAmplification(1000)},
    {name: 'formatting amplification, 45 KB', input: () => formattingAmplification(2000)},
    {name: 'formatting amplification, 68 KB', input: () => formattingAmplification(3000)},
    {name: '<pre> inner whitespace, 80 KB', input: () => preWhitespace(80_000)},
    {name: '<pre> inner whitespace, 160 KB', input: () => preWhitespace(160_000)},
    {name: '"ab\\n" × 12 M, 36 MB', input: () => 'ab\n'.repeat(12_000_000)},
    {name: '"ab\\n" × 21 M, 63 MB', input: () => 'ab\n'.repeat(21_000_000)},
    {name: '"ab\\n" × 21 M, 63 MB, maxBytes 64 MiB', input: () => 'ab\n'.repeat(21_000_000), options: RAISED},
    {name: '500 k paragraphs, 4 MB', input: () => '<p>a</p>'.repeat(500_000)},
    {name: '990 k paragraphs, 53 MB', input: () => `<p>${SENTENCE}</p>`.repeat(990_000)},
    {name: '990 k paragraphs, 53 MB, maxBytes 64 MiB', input: () => `<p>${SENTENCE}</p>`.repeat(990_000), options: RAISED},
    {name: '600 nested divs, then paragraphs', input: () => '<div>'.repeat(600) + '<p>alpha</p><p>beta</p><li>gamma</li><li>delta</li>' + '</div>'.repeat(600)},
  ]
}
