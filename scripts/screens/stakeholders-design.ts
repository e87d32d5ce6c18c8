import type { Page } from 'playwright-core'
import type { ScreenDef } from '../../test/support/screens'

/** Clicks the n-th tab (0-based) of the stage screen and waits for its panel. */
async function tab(page: Page, index: number): Promise<void> {
  await page.locator('.tabs [role="tab"]').nth(index).click()
  await page.waitForSelector('.tabs__panel')
}

/** Scrolls the main column so an element sits near the top of the viewport. */
async function scrollTo(page: Page, selector: string): Promise<void> {
  await page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const main = el.closest('.stage-main')
      if (main) main.scrollTop += el.getBoundingClientRect().top - main.getBoundingClientRect().top - 12
      else el.scrollIntoView({ block: 'start' })
    })
  await page.waitForTimeout(100)
}

const PASTE = [
  'Nom\tSigle\tCatégorie\tPosition\tPouvoir\tIntérêt\tStratégie',
  'Ordre national des médecins\tCNOM\tOrdres professionnels et syndicats\tNon mobilisé\tMoyen\t2\tMobiliser',
  'Direction de l’épidémiologie\tDELM\tDépartements du ministère\tSoutien moyen\tÉlevé\t3\t',
  'Coopérative des sages-femmes\t\tCoopératives\tSoutien fort\tFaible\t9\t',
  '\tANAM\tOrganismes d’assurance (CNSS, CNOPS, ANAM)\tneutre\tmoyen\t3\t',
  'Association Amal pour la santé rurale\tAmal\tONG et associations\tSoutien fort\tFaible\t5\t'
].join('\n')

export const screens: ScreenDef[] = [
  { name: 'stakeholders-table', go: async ({ gotoStage, sampleId }) => gotoStage(sampleId, 'stakeholders') },
  {
    name: 'stakeholders-details',
    go: async ({ gotoStage, sampleId, page }) => {
      await gotoStage(sampleId, 'stakeholders')
      await page.locator('.sh-table__actions button[aria-expanded]').nth(5).click()
      await scrollTo(page, '.sh-table__row--open')
    }
  },
  {
    name: 'stakeholders-paste',
    go: async ({ gotoStage, sampleId, page }) => {
      await gotoStage(sampleId, 'stakeholders')
      await page.locator('.section__actions .btn').first().click()
      await page.locator('.sh-paste textarea').fill(PASTE)
      await page.waitForSelector('.sh-paste__table')
    }
  },
  {
    name: 'stakeholders-copy',
    go: async ({ gotoStage, sampleId, page }) => {
      await gotoStage(sampleId, 'stakeholders')
      await page.locator('.section__actions .btn').nth(1).click()
      await page.waitForSelector('.sh-paste textarea[readonly]')
    }
  },
  {
    name: 'stakeholders-grid',
    go: async ({ gotoStage, sampleId, page }) => {
      await gotoStage(sampleId, 'stakeholders')
      await tab(page, 1)
      await page.waitForSelector('.sh-grid .diagram__svg svg')
      await scrollTo(page, '.tabs')
    }
  },
  {
    name: 'stakeholders-quadrants',
    go: async ({ gotoStage, sampleId, page }) => {
      await gotoStage(sampleId, 'stakeholders')
      await tab(page, 1)
      await page.waitForSelector('.sh-grid .diagram__svg svg')
      await scrollTo(page, '.sh-quadrants')
    }
  },
  {
    name: 'stakeholders-map-feasibility',
    go: async ({ gotoStage, sampleId, page }) => {
      await gotoStage(sampleId, 'stakeholders')
      await tab(page, 1)
      await scrollTo(page, '.sh-map')
    }
  },
  {
    name: 'stakeholders-strategies',
    go: async ({ gotoStage, sampleId, page }) => {
      await gotoStage(sampleId, 'stakeholders')
      await tab(page, 2)
    }
  },
  {
    name: 'stakeholders-snapshots',
    go: async ({ gotoStage, sampleId, page }) => {
      await gotoStage(sampleId, 'stakeholders')
      await tab(page, 3)
      await page.locator('.sh-compare__pick select').first().selectOption({ index: 1 })
      await page.locator('.sh-compare__pick select').nth(1).selectOption({ index: 0 })
      await scrollTo(page, '.sh-snap__list')
    }
  },
  {
    name: 'stakeholders-categories',
    go: async ({ gotoStage, sampleId, page }) => {
      await gotoStage(sampleId, 'stakeholders')
      await tab(page, 4)
    }
  },
  { name: 'design-form', go: async ({ gotoStage, sampleId }) => gotoStage(sampleId, 'design') },
  {
    name: 'design-rules',
    go: async ({ gotoStage, sampleId, page }) => {
      await gotoStage(sampleId, 'design')
      await scrollTo(page, '.design-dates')
    }
  },
  {
    name: 'design-participants',
    go: async ({ gotoStage, sampleId, page }) => {
      await gotoStage(sampleId, 'design')
      await tab(page, 1)
    }
  },
  {
    name: 'design-balance',
    go: async ({ gotoStage, sampleId, page }) => {
      await gotoStage(sampleId, 'design')
      await tab(page, 1)
      await scrollTo(page, '.design-pack')
    }
  },
  {
    name: 'design-readiness',
    go: async ({ gotoStage, sampleId, page }) => {
      await gotoStage(sampleId, 'design')
      await tab(page, 2)
    }
  }
]
