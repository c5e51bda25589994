// The browser side of the e2e page: hydrates the server-rendered Analysis from the built package.
import type { Dataset } from '@karabakh-aftermath/schema'
import { hydrateRoot } from 'react-dom/client'
import { Analysis } from '../dist/analysis/index.js'

declare global {
  interface Window {
    __kaHydrated?: boolean
    __kaRecoverable?: string[]
  }
}

const data = JSON.parse(document.getElementById('ka-data')?.textContent ?? '{}') as Dataset
const root = document.getElementById('root')
window.__kaRecoverable = []
if (root) {
  hydrateRoot(root, <Analysis dataset={data} />, {
    onRecoverableError(error) {
      window.__kaRecoverable?.push(String(error))
    },
  })
}
window.__kaHydrated = true
