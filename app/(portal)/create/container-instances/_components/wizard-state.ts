// The wizard's whole state in one reducer, so switching tabs (or a refused Create) never
// loses what the person typed. Row ids come from a counter in the state, not randomness,
// so the server render and the browser agree on them.
import type { Dispatch } from 'react'
import { emptyWizardForm, type TEnvironmentVariableRow, type TPortRow, type TTagRow, type TWizardForm, type TWizardTab } from '@/server/containergroups/wizard-form'

export type TWizardState = {
  form: TWizardForm
  tab: TWizardTab
  nextRow: number
  /** Fields the person has changed; their problems show as they type. */
  touched: Record<string, true>
  /** After Review + create, every field shows its problem. */
  showAllErrors: boolean
  /** Messages from a server rejection, until the field they concern changes. */
  serverErrors: Record<string, string>
}

export type TWizardAction =
  | { type: 'set'; field: string | string[]; patch: Partial<TWizardForm> }
  | { type: 'tab'; tab: TWizardTab }
  | { type: 'addPort' }
  | { type: 'updatePort'; id: string; patch: Partial<TPortRow> }
  | { type: 'removePort'; id: string }
  | { type: 'updateEnvironmentVariable'; id: string; patch: Partial<TEnvironmentVariableRow> }
  | { type: 'removeEnvironmentVariable'; id: string }
  | { type: 'updateTag'; id: string; patch: Partial<TTagRow> }
  | { type: 'removeTag'; id: string }
  | { type: 'showAllErrors' }
  | { type: 'rejected'; errors: Record<string, string> }

export type TWizardDispatch = Dispatch<TWizardAction>

/** What every tab receives: the form, a way to change it, and the error to show beside a field. */
export type TTabProps = { form: TWizardForm; dispatch: TWizardDispatch; errorOf: (field: string) => string | undefined }

export function fieldDomId(field: string): string {
  return `cg-${field}`
}

export function initWizardState(subscriptionId: string): TWizardState {
  let nextRow = 0
  const form = emptyWizardForm({ subscriptionId, newRowId: () => `row${++nextRow}` })
  const state: TWizardState = { form, tab: 'basics', nextRow, touched: {}, showAllErrors: false, serverErrors: {} }
  return withTrailingRows(state)
}

// The environment variable and tag grids always end in an empty row, as in the portal.
function withTrailingRows(state: TWizardState): TWizardState {
  let { nextRow } = state
  const env = state.form.environmentVariables
  const tags = state.form.tags
  const lastEnv = env[env.length - 1]
  const lastTag = tags[tags.length - 1]
  const environmentVariables = !lastEnv || lastEnv.name || lastEnv.value ? [...env, { id: `row${++nextRow}`, secure: false, name: '', value: '' }] : env
  const newTags = !lastTag || lastTag.name || lastTag.value ? [...tags, { id: `row${++nextRow}`, name: '', value: '' }] : tags
  if (nextRow === state.nextRow) return state
  return { ...state, nextRow, form: { ...state.form, environmentVariables, tags: newTags } }
}

function touch(state: TWizardState, fields: string[], form: TWizardForm): TWizardState {
  const touched = { ...state.touched }
  const serverErrors = { ...state.serverErrors }
  for (const field of fields) {
    touched[field] = true
    delete serverErrors[field]
  }
  return withTrailingRows({ ...state, form, touched, serverErrors })
}

function patchRow<T extends { id: string }>(rows: T[], id: string, patch: Partial<T>): T[] {
  return rows.map((row) => (row.id === id ? { ...row, ...patch } : row))
}

export function wizardReducer(state: TWizardState, action: TWizardAction): TWizardState {
  const { form } = state
  switch (action.type) {
    case 'set':
      return touch(state, ([] as string[]).concat(action.field), { ...form, ...action.patch })
    case 'tab':
      return { ...state, tab: action.tab }
    case 'addPort': {
      const id = `row${state.nextRow + 1}`
      return { ...state, nextRow: state.nextRow + 1, form: { ...form, ports: [...form.ports, { id, port: '', protocol: 'TCP' }] } }
    }
    case 'updatePort':
      return touch(state, [`port-${action.id}`, `protocol-${action.id}`, 'ports'], { ...form, ports: patchRow(form.ports, action.id, action.patch) })
    case 'removePort':
      return touch(state, ['ports'], { ...form, ports: form.ports.filter((row) => row.id !== action.id) })
    case 'updateEnvironmentVariable': {
      const environmentVariables = patchRow(form.environmentVariables, action.id, action.patch)
      return touch(state, [`env-name-${action.id}`, `env-value-${action.id}`], { ...form, environmentVariables })
    }
    case 'removeEnvironmentVariable':
      return touch(state, [], { ...form, environmentVariables: form.environmentVariables.filter((row) => row.id !== action.id) })
    case 'updateTag':
      return touch(state, [`tag-name-${action.id}`, `tag-value-${action.id}`, 'tags'], { ...form, tags: patchRow(form.tags, action.id, action.patch) })
    case 'removeTag':
      return touch(state, ['tags'], { ...form, tags: form.tags.filter((row) => row.id !== action.id) })
    case 'showAllErrors':
      return { ...state, showAllErrors: true }
    case 'rejected':
      return { ...state, showAllErrors: true, serverErrors: { ...state.serverErrors, ...action.errors } }
  }
}
