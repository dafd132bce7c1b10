import { NotFoundBlade } from '@/components/blade/not-found-blade'

export default function PortalNotFound() {
  return <NotFoundBlade />
}
