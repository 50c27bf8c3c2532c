// Writes src/lang/stopwords/<tag>.ts for every registered language: the function words
// of that language, as stopwords-iso (MIT) lists them, trimmed to the closed-class words
// below. Stopword density separates prose from menus only when the list holds true
// function words (articles, pronouns, prepositions, conjunctions, auxiliaries); the long
// tails of general lists hold content words ("information", "year") that menus use too.
//
//   npx tsx bench/generate-stopwords.ts          write the files
//   npx tsx bench/generate-stopwords.ts --check  exit 1 when a committed file is stale
import {readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {join} from 'node:path'

const require = createRequire(import.meta.url)
const iso = require('stopwords-iso/stopwords-iso.json') as Record<string, string[]>

/**
 * The closed-class words to keep, per language (stopwords-iso's code when it differs:
 * Norwegian Bokmål is listed as `no`). A word stopwords-iso does not list is dropped:
 * the maintained list is the authority on what is a stopword, this table on which of
 * them are function words.
 */
const FUNCTION_WORDS: Readonly<Record<string, {iso?: string; words: string; supplement?: string}>> = {
  en: {words: `a about after all also an and any are as at be because been but by can could did do does for from
    had has have he her his how i if in into is it its just more most my no not of on one or our out over
    said say says she so some than that the their them then there these they this those to up us was we
    were what when where which while who will with would you your`},
  de: {words: `aber als am an auch auf aus bei bis das dass dem den der des die doch du durch ein eine einem einen
    einer eines er es für hat hatte haben ich ihr im in ist ja kann mit nach nicht noch nur oder sich sie
    sind so um und uns von vor war wie wir wird wurde zu zum zur über`},
  fr: {words: `à au aux avec ce ces cette comme dans de des du elle en est et il ils je la le les leur lui mais me
    même ne nous on ou par pas plus pour qu que qui sa se ses son sont sur un une vous été être a ont y`},
  es: {words: `a al como con de del el en es esta este fue ha han la las le lo los más no o para pero por que se
    ser si sin sobre su sus también un una uno y ya era son entre cuando muy desde`},
  it: {words: `a al alla anche che ci come con da dal del della delle di e è gli ha hanno i il in la le lo ma
    nel nella non per più questo questa si sono su sua suo tra un una uno alla degli dei ed`},
  pt: {words: `a ao aos as com como da das de do dos e é ela ele em entre era foi mais mas na nas no nos o os ou
    para pela pelo por que se sem ser seu sua são também um uma já está muito quando`},
  nl: {words: `aan al als bij dat de der deze die dit door een en er het hij hoe in is je maar met naar niet
    nog of om ook op over te tot uit van voor was wat we worden werd wordt zich zijn ze zo`},
  ru: {words: `а без был была были было в во вы да для до его ее её если же за и из или им их к как когда
    ли на над не него нет ни но о об он она они оно от по под при с со так также то только уже у что
    это этот я`},
  pl: {words: `a aby ale ani bez by być był była było były bo co czy dla do go gdy gdzie i ich im jak jako jego
    jej jest jeszcze już lub ma może na nad nie nim o od oraz po pod przez przy się są ta tak także te
    tego tej też to tu tym w we więc z za ze że żeby`},
  cs: {words: `a aby ale ani být by byl byla bylo byli co do i jak jako je jeho její jen již jsem jsou k kde když
    ke která které který mezi na nad ne než nebo o od po pod pro před při s se si ta tak také tam
    to tu už v ve však z za že`},
  sv: {words: `att av de del den denna det detta efter en ett för från har hade han hon i inte jag kan man med
    men mot när och om på sig sin sina ska skulle som så till under upp ut var vad vi vid är även över`},
  da: {words: `af alle at blev da de den denne der det dette efter en er et for fra han har havde hun hvis i
    ikke jeg kan med men mod når og også om på sig sin skal som så til ud under var vi ved være været`},
  nb: {iso: 'no', words: `at av da de den denne der det dette du eller en er et etter for fra han har hadde hun
    i ikke jeg kan med men mot når og også om på seg sin skal som så til under ut var vi ved være vært`},
  fi: {words: `ei eikä en että he hän ja jo joka jos jotka kuin kun mutta myös ne niin nyt ole oli olivat on
    ovat se sekä sen siitä tai tämä tämän vaan vain voi mukaan eivät enää paljon yhtä kuitenkin jälkeen
    aikana vuoksi kanssa olla ollut nämä mikä mitä sitä hänen heidän vielä sitten koska vaikka kaikki jotta
    joita jonka`},
  tr: {words: `ama ancak bir birçok bu bunu bunun da daha de diye en gibi göre ile için ise kadar ki ne o
    olan olarak oldu olduğu olduğunu olmak ona onu onun sonra şu ve veya ya yani çok çünkü fakat her hem
    önce değil var yok ayrıca kendi tüm bütün`},
  el: {words: `αλλά από αυτά αυτή αυτό αυτός για δεν είναι ενώ ένα έναν η θα και κατά με μετά μια να ο οι
    όμως όπως ότι πιο που πως σε στα στη στην στις στο στον στους τα την της τις το τον του τους των ως`},
  uk: {words: `а або але в від він вона вони все вже да для до же з за і із й к коли мене ми на не ні о по
    при про та так також те то тому у як який яка які що це цей ця щоб`,
    // stopwords-iso's Ukrainian list lacks the commonest prepositions and particles.
    supplement: `а або в вже же за і к на не ні о по при то у яка які ця щоб`},
  ro: {words: `a acest această ai al ale am ar au ca care ce cu de din după este fi fost iar în își la mai
    nu o pe pentru prin sa sau se si să și sunt un una unei unui va`},
  hu: {words: `a az azt be de egy el és ez ha hogy is itt ki le meg mert mi mint még nem nincs pedig sem
    vagy van volt már csak amely amelyek aki akik ami amit szerint között után alatt mellett miatt óta lesz
    lesznek vannak kell lehet minden több sok nagyon azonban illetve ezt arra erre ezzel azzal őket neki
    nekik ő ők`},
  ar: {words: `أن إلى التي الذي على عن في كان لا لم ما من مع هذا هذه هو هي و أو ثم قد كما بعد بين حتى عند
    لكن إن أي كل ذلك كانت الذين تلك قبل لن هم نحو خلال منذ غير`},
  fa: {words: `از است اين اين این با برای به تا را که که آن او ما من نه هم و یا یک در بر شد می شود کرد
    خود اما اگر پس هر آنها ایشان`},
  he: {words: `אבל או אותו אז אחרי אין אל אם אנחנו אני את אתה גם הוא היא היה הם הן זה זאת כי כל כמו
    לא לפני מה מי עם על עד רק של אך כך יש אתם בין`},
  hi: {words: `और का की के को कि है हैं था थी थे में से पर ने भी यह वह इस उस एक लिए तो ही हो नहीं जो कर
    गया गई रहा रही साथ`},
  id: {words: `ada adalah akan dan dari dengan di ini itu juga ke karena kami kita oleh pada para saat sebagai
    sudah tak tidak untuk yang dalam atau bahwa telah`},
  vi: {words: `của và là có trong được cho các với những một này người không đã đến để từ khi về cũng như
    thì nhưng hay tại sẽ theo vào lại bị do đó`},
  th: {words: `และ ที่ ใน ของ ได้ มี เป็น ว่า จะ ไม่ ให้ การ กับ จาก แต่ ก็ โดย หรือ นี้ ซึ่ง อยู่ ไป มา เมื่อ
    แล้ว คือ ยัง ทั้ง ถึง`},
  // No spaces between words: measured as the share of characters that are particles.
  zh: {words: `的 了 是 在 和 与 也 就 都 而 及 但 被 把 对 从 这 那 他 她 我 们 之 其 或 并 于 为 以 着 中`},
  ja: {words: `の に は を が で と た し て も な る か から まで より へ や ます です こと この その れ`},
  ko: {words: `그 이 저 것 수 등 및 또 또는 그리고 하지만 그러나 때 중 더 위해 대한 있다 없다 했다 한다 있는 하는 통해`,
    // stopwords-iso's Korean list is mostly particles, which Korean writes attached to the word.
    supplement: `수 또는 중 더 위해 대한 없다 했다 한다 있는 하는 통해`},
}

/** Greek lists come with and without accents; compare letters only. */
const bare = (w: string) => w.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase()

function generate(): Map<string, string> {
  const files = new Map<string, string>()
  for (const [tag, {iso: code = tag, words, supplement = ''}] of Object.entries(FUNCTION_WORDS)) {
    const listed = iso[code]
    if (!listed) throw new Error(`stopwords-iso has no list for ${code}`)
    const known = new Set([...listed, ...supplement.split(/\s+/).filter(Boolean)].map(bare))
    const wanted = [...new Set(words.split(/\s+/).filter(Boolean).map((w) => w.normalize('NFC')))]
    const kept = wanted.filter((w) => known.has(bare(w)))
    const dropped = wanted.filter((w) => !known.has(bare(w)))
    if (dropped.length) console.error(`${tag}: not in stopwords-iso, dropped: ${dropped.join(' ')}`)
    const body = kept.map((w) => JSON.stringify(w)).join(', ')
    files.set(tag, `// Generated by bench/generate-stopwords.ts from stopwords-iso (MIT); do not edit.\n` +
      `export const ${tag}: readonly string[] = [${wrap(body)}]\n`)
  }
  return files
}

function wrap(body: string): string {
  const out: string[] = []
  let line = ''
  for (const item of body.split(', ')) {
    if (line && line.length + item.length > 100) {
      out.push(line)
      line = ''
    }
    line += (line ? ' ' : '') + item + ','
  }
  out.push(line)
  return `\n  ${out.join('\n  ')}\n`
}

const dir = join(import.meta.dirname, '..', 'src', 'lang', 'stopwords')
const check = process.argv.includes('--check')
let stale = 0
for (const [tag, text] of generate()) {
  const path = join(dir, `${tag}.ts`)
  if (check) {
    let old = ''
    try {
      old = readFileSync(path, 'utf8')
    } catch {}
    if (old !== text) {
      console.error(`stale: ${path}`)
      stale++
    }
  } else writeFileSync(path, text)
}
if (stale) process.exit(1)
