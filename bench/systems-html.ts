// HTML-mode systems scored by bench:quality (our HTML mode and the JS peers). Filled by the HTML mode work.
export interface System {
  name: string
  /** Extract the article text from the page's HTML. */
  extract(html: string, url: string | null): string | Promise<string>
}
export const htmlSystems: System[] = []
