// What an e2e test needs: the running stack's URL and a fresh Chromium page.
//   const { page, baseUrl, close } = await openBrowser()
//   afterAll(() => close())
import { inject } from 'vitest'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

// Headless Chromium as root on a machine with no outside network: no sandbox, no GPU, and
// none of the background services that would try to reach Google at every start.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export type BrowserSession = {
  baseUrl: string
  browser: Browser
  context: BrowserContext
  page: Page
  close: () => Promise<void>
}

export function baseUrl(): string {
  return inject('baseUrl')
}

/** A new Chromium with one page whose relative URLs (`page.goto('/')`) resolve against the stack. */
export async function openBrowser(): Promise<BrowserSession> {
  const url = baseUrl()
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
  const context = await browser.newContext({ baseURL: url })
  const page = await context.newPage()
  return {
    baseUrl: url,
    browser,
    context,
    page,
    close: async () => {
      await context.close().catch(() => {})
      await browser.close()
    },
  }
}
