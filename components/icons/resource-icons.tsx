// Service icons in the portal's colours: container instances (blue cube), resource groups
// (bracketed cube), subscriptions (key), the marketplace plus and home.

type IconProps = { className?: string }

export function ContainerInstancesIcon({ className = 'h-5 w-5' }: IconProps) {
  return (
    <svg aria-hidden="true" viewBox="0 0 18 18" className={className}>
      <path fill="#0078d4" d="M9 1 2 4.5v9L9 17l7-3.5v-9L9 1Z" />
      <path fill="#50e6ff" d="M9 1 2 4.5 9 8l7-3.5L9 1Z" />
      <path fill="#005ba1" d="M9 8v9l7-3.5v-9L9 8Z" />
      <path fill="#fff" opacity=".85" d="M5 7.6 7.5 8.9v4.5L5 12.1V7.6Z" />
    </svg>
  )
}

export function ResourceGroupIcon({ className = 'h-5 w-5' }: IconProps) {
  return (
    <svg aria-hidden="true" viewBox="0 0 18 18" className={className}>
      <path fill="#949494" d="M1 2h3v1.3H2.3v11.4H4V16H1V2Zm16 0h-3v1.3h1.7v11.4H14V16h3V2Z" />
      <path fill="#0078d4" d="M9 4 4.5 6.2v5.6L9 14l4.5-2.2V6.2L9 4Z" />
      <path fill="#83b9f9" d="M9 4 4.5 6.2 9 8.4l4.5-2.2L9 4Z" />
      <path fill="#005ba1" d="M9 8.4V14l4.5-2.2V6.2L9 8.4Z" />
    </svg>
  )
}

export function SubscriptionIcon({ className = 'h-5 w-5' }: IconProps) {
  return (
    <svg aria-hidden="true" viewBox="0 0 18 18" className={className}>
      <circle cx="6" cy="9" r="4.5" fill="#fcd116" />
      <circle cx="5" cy="9" r="1.5" fill="#fff" />
      <path fill="#fcd116" d="M9.5 8h7.5v2h-1.5v2.5h-2V10h-1v1.5h-2V10h-1z" />
    </svg>
  )
}

export function CreateResourceIcon({ className = 'h-5 w-5' }: IconProps) {
  return (
    <svg aria-hidden="true" viewBox="0 0 18 18" className={className}>
      <path fill="#0078d4" d="M8 1h2v7h7v2h-7v7H8v-7H1V8h7V1Z" />
    </svg>
  )
}

export function HomeIcon({ className = 'h-5 w-5' }: IconProps) {
  return (
    <svg aria-hidden="true" viewBox="0 0 18 18" className={className}>
      <path fill="#0078d4" d="M9 1.5 1 8.3l.9 1L3 8.4V16h4.5v-5h3v5H15V8.4l1.1.9.9-1L9 1.5Z" />
    </svg>
  )
}

export function AllResourcesIcon({ className = 'h-5 w-5' }: IconProps) {
  return (
    <svg aria-hidden="true" viewBox="0 0 18 18" className={className}>
      <path fill="#0078d4" d="M1 1h7v7H1zM10 1h7v7h-7zM1 10h7v7H1z" />
      <path fill="#50e6ff" d="M10 10h7v7h-7z" />
    </svg>
  )
}

export function DeploymentIcon({ className = 'h-5 w-5' }: IconProps) {
  return (
    <svg aria-hidden="true" viewBox="0 0 18 18" className={className}>
      <path fill="#0078d4" d="M2 2h14v14H2z" />
      <path fill="#fff" d="M5 6h8v1H5zm0 2.5h8v1H5zM5 11h5v1H5z" />
    </svg>
  )
}
