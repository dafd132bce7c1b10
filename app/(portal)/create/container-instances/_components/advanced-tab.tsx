'use client'
// Advanced: restart policy, environment variables and command override.
import { Field, FormSection } from '@/components/form/field'
import { Select } from '@/components/form/select'
import { TextInput } from '@/components/form/text-input'
import { RESTART_POLICIES } from '@/server/containergroups/schemas'
import { RESTART_POLICY_LABELS, type TRestartPolicy } from '@/server/containergroups/wizard-form'
import { EnvironmentVariablesTable } from './environment-variables-table'
import { fieldDomId, type TTabProps } from './wizard-state'

const RESTART_OPTIONS = RESTART_POLICIES.map((policy) => ({ value: policy, label: RESTART_POLICY_LABELS[policy] }))

export function AdvancedTab({ form, dispatch, errorOf }: TTabProps) {
  return (
    <div className="max-w-5xl">
      <p className="mb-5 max-w-3xl text-[13px] text-fg">Configure additional container properties and variables.</p>
      <Field
        label="Restart policy"
        htmlFor={fieldDomId('restartPolicy')}
        error={errorOf('restartPolicy')}
        info="Always restarts the container whenever it exits; On failure only after a non-zero exit code; Never runs it once."
      >
        <Select
          id={fieldDomId('restartPolicy')}
          value={form.restartPolicy}
          error={errorOf('restartPolicy')}
          options={RESTART_OPTIONS}
          onChange={(event) => dispatch({ type: 'set', field: 'restartPolicy', patch: { restartPolicy: event.target.value as TRestartPolicy } })}
        />
      </Field>
      <FormSection title="Environment variables">
        <EnvironmentVariablesTable rows={form.environmentVariables} dispatch={dispatch} errorOf={errorOf} />
      </FormSection>
      <Field
        label="Command override"
        htmlFor={fieldDomId('commandOverride')}
        error={errorOf('commandOverride')}
        info={`Replaces the image's start command. Example: ["/bin/sh", "-c", "echo hello"]`}
      >
        <TextInput
          id={fieldDomId('commandOverride')}
          value={form.commandOverride}
          error={errorOf('commandOverride')}
          placeholder='[ "/bin/bash", "-c", "echo hello; sleep 100000" ]'
          spellCheck={false}
          autoComplete="off"
          className="font-mono"
          onChange={(event) => dispatch({ type: 'set', field: 'commandOverride', patch: { commandOverride: event.target.value } })}
        />
      </Field>
    </div>
  )
}
