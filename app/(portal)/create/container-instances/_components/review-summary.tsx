// Every setting of the wizard, grouped by tab as the portal's Review + create page lists them.
import { regionDisplayName } from '@/server/arm/regions'
import {
  DNS_NAME_LABEL_SCOPE_LABELS,
  IMAGE_SOURCES,
  RESTART_POLICY_LABELS,
  osTypeOfImage,
  type TWizardForm,
} from '@/server/containergroups/wizard-form'
import { parseCommandOverride } from '@/server/containergroups/wizard-to-create-input'
import type { TSubscriptionOption } from './basics-tab'

type TRow = [label: string, value: string]

function sections(form: TWizardForm, subscriptions: TSubscriptionOption[], dnsFqdn?: string): [title: string, rows: TRow[]][] {
  const networked = form.networkingType !== 'None'
  const env = form.environmentVariables.filter((row) => row.name || row.value)
  const tags = form.tags.filter((row) => row.name || row.value)
  const command = parseCommandOverride(form.commandOverride)
  const publicLabel = form.networkingType === 'Public' && form.dnsNameLabel
  return [
    [
      'Basics',
      [
        ['Subscription', subscriptions.find((s) => s.id === form.subscriptionId)?.displayName ?? ''],
        ['Resource group', form.resourceGroupIsNew ? `(new) ${form.resourceGroupName}` : form.resourceGroupName],
        ['Region', regionDisplayName(form.region)],
        ['Container name', form.name],
        ['Availability zones', form.availabilityZone],
        ['SKU', form.sku],
        ['Image source', IMAGE_SOURCES.find(([value]) => value === form.imageSource)?.[1] ?? ''],
        ['Image', form.image],
        ['OS type', osTypeOfImage(form.image)],
        ['Memory (GiB)', form.memoryInGB],
        ['Number of CPU cores', form.cpu],
        ['Number of GPUs', '0'],
      ],
    ],
    [
      'Networking',
      [
        ['Networking type', form.networkingType],
        ...(form.networkingType === 'Public'
          ? ([
              ['DNS name label', form.dnsNameLabel || 'None'],
              ['DNS name label scope reuse', DNS_NAME_LABEL_SCOPE_LABELS[form.dnsNameLabelScope]],
              ...(publicLabel && dnsFqdn ? [['FQDN', dnsFqdn] as TRow] : []),
            ] as TRow[])
          : []),
        ['Ports', networked ? form.ports.map((p) => `${p.port} (${p.protocol})`).join(', ') || 'None' : 'None'],
      ],
    ],
    [
      'Advanced',
      [
        ['Restart policy', RESTART_POLICY_LABELS[form.restartPolicy]],
        ['Environment variables', env.length ? env.map((row) => `${row.name}=${row.secure ? '(secure)' : row.value}`).join(', ') : 'None'],
        ['Command override', command.ok && command.command.length ? JSON.stringify(command.command) : form.commandOverride.trim() || 'None'],
      ],
    ],
    ['Tags', tags.length ? tags.map((row): TRow => [row.name, row.value]) : [['Tags', 'None']]],
  ]
}

export function ReviewSummary({ form, subscriptions, dnsFqdn }: { form: TWizardForm; subscriptions: TSubscriptionOption[]; dnsFqdn?: string }) {
  return (
    <div className="mt-5">
      {sections(form, subscriptions, dnsFqdn).map(([title, rows]) => (
        <section key={title} aria-labelledby={`review-${title}`} className="mb-5">
          <h2 id={`review-${title}`} className="mb-2 text-[15px] font-semibold">
            {title}
          </h2>
          <dl className="grid grid-cols-[minmax(10rem,16rem)_1fr] gap-x-6 gap-y-1.5 text-[13px]">
            {rows.map(([label, value], index) => (
              <div key={`${label}-${index}`} className="contents">
                <dt className="text-fg">{title === 'Tags' && value !== 'None' ? `${label} :` : label}</dt>
                <dd className="break-all text-fg">{value}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  )
}
