// Function words per language: the most frequent closed-class words (articles, pronouns,
// prepositions, conjunctions, auxiliaries). Kept short on purpose: stopword density
// separates prose from menus only when the list holds true function words, not the
// long tails of general lists, which include content words like "information".

const LISTS: Readonly<Record<string, string>> = {
  en: `a about after all also an and any are as at be because been but by can could did do does for from
    had has have he her his how i if in into is it its just more most my no not of on one or our out over
    said say says she so some than that the their them then there these they this those to up us was we
    were what when where which while who will with would you your`,
  de: `aber als am an auch auf aus bei bis das dass dem den der des die doch du durch ein eine einem einen
    einer eines er es für hat hatte haben ich ihr im in ist ja kann mit nach nicht noch nur oder sich sie
    sind so um und uns von vor war wie wir wird wurde zu zum zur über`,
  fr: `à au aux avec ce ces cette comme dans de des du elle en est et il ils je la le les leur lui mais me
    même ne nous on ou par pas plus pour qu que qui sa se ses son sont sur un une vous été être a ont y`,
  es: `a al como con de del el en es esta este fue ha han la las le lo los más no o para pero por que se
    ser si sin sobre su sus también un una uno y ya era son entre cuando muy desde`,
  it: `a al alla anche che ci come con da dal del della delle di e è gli ha hanno i il in la le lo ma
    nel nella non per più questo questa si sono su sua suo tra un una uno alla degli dei ed`,
  pt: `a ao aos as com como da das de do dos e é ela ele em entre era foi mais mas na nas no nos o os ou
    para pela pelo por que se sem ser seu sua são também um uma já está muito quando`,
  nl: `aan al als bij dat de den der deze die dit door een en er het hij hoe in is je maar met naar niet
    nog of om ook op over te tot uit van voor was wat we worden werd wordt zich zijn ze zo`,
  ru: `а без был была были было в во вы да для до его ее её если же за и из или им их к как ко когда
    ли на над не него нет ни но о об он она они оно от по под при с со так также то только уже у что
    это этот я`,
  id: `ada adalah akan dan dari dengan di ini itu juga ke karena kami kita oleh pada para saat sebagai
    sudah tak tidak untuk yang dalam atau bahwa telah`,
}

/** Language tag → set of function words. Built once; read-only. */
export const STOPWORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(LISTS).map(([tag, words]) => [tag, new Set(words.split(/\s+/).filter(Boolean))]),
)
