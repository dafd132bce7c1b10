// The Azure quickstart "deploy a container instance in the portal", as a person does it:
// sign up, create the instance with the wizard, watch the deployment, open the FQDN, see the
// request in the logs, find the group through its resource group, delete it, and then delete the
// resource group itself. (That a delete frees the node's capacity is checked in the integration
// tests capacity and resource-group-deletion: the node pool's figures are for admins only.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openBrowser, type BrowserSession } from './harness'

const email = `walker-${Date.now()}@example.com`
const password = 'correct-horse-battery'
const dnsLabel = `walk${Date.now().toString(36)}`

describe('the portal quickstart walk', () => {
  let session: BrowserSession
  let page: Page
  let overviewUrl = ''
  let fqdnUrl = ''

  beforeAll(async () => {
    session = await openBrowser()
    page = session.page
    page.setDefaultTimeout(20_000)
  })

  afterAll(async () => {
    await session?.close()
  })

  it('signs up and lands on Home with a tenant and "Azure subscription 1"', async () => {
    await page.goto('/signup')
    await page.getByLabel('Email').fill(email)
    await page.getByLabel('Password', { exact: true }).fill(password)
    await page.getByLabel('Confirm password').fill(password)
    await page.getByRole('button', { name: /sign up|create account/i }).click()
    await page.waitForURL((url) => url.pathname === '/')
    await page.getByRole('main').getByText('Azure services').first().waitFor()
    await page.getByRole('main').getByRole('link', { name: /Create a resource/ }).first().waitFor()
  })

  it('opens the wizard from Home → Create a resource → Container Instances', async () => {
    await page.getByRole('main').getByRole('link', { name: /Create a resource/ }).first().click()
    await page.waitForURL('**/create')
    await page.getByRole('main').getByRole('link', { name: /Container Instances/ }).first().click()
    await page.waitForURL('**/create/container-instances')
    await page.getByRole('heading', { name: 'Create container instance' }).waitFor()
  })

  it('fills Basics with the quickstart defaults and a new resource group', async () => {
    const subscription = page.getByRole('combobox', { name: 'Subscription' })
    expect(await subscription.locator('option:checked').textContent()).toBe('Azure subscription 1')

    await page.getByRole('button', { name: 'Create new' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByRole('textbox', { name: 'Name' }).fill('myresourcegroup')
    await dialog.getByRole('button', { name: 'OK' }).click()
    expect(await page.getByRole('combobox', { name: 'Resource group' }).locator('option:checked').textContent()).toBe('(New) myresourcegroup')

    // Names are checked as you type, beside the field.
    const name = page.getByRole('textbox', { name: 'Container name' })
    await name.fill('My_Container')
    await page.getByText(/lowercase letters, numbers and hyphens/).first().waitFor()
    await name.fill('mycontainer')
    await page.getByText(/lowercase letters, numbers and hyphens/).first().waitFor({ state: 'detached' })

    expect(await page.getByRole('combobox', { name: 'Region' }).locator('option:checked').textContent()).toBe('East US')
    expect(await page.getByRole('group', { name: 'Image source' }).getByRole('radio', { name: 'Quickstart images' }).isChecked()).toBe(true)
    expect(await page.getByRole('combobox', { name: 'Image' }).inputValue()).toBe('mcr.microsoft.com/azuredocs/aci-helloworld:latest')
    await page.getByText('1 vCPU, 1.5 GiB memory, 0 gpus').waitFor()
  })

  it('sets a DNS name label on Networking, with Tenant reuse and port 80', async () => {
    await page.getByRole('button', { name: 'Next : Networking >' }).click()
    expect(await page.getByRole('group', { name: 'Networking type' }).getByRole('radio', { name: 'Public' }).isChecked()).toBe(true)
    await page.getByRole('textbox', { name: 'DNS name label' }).fill(dnsLabel)
    await page.getByRole('img', { name: 'DNS name label is available' }).waitFor()
    expect(await page.getByRole('combobox', { name: 'DNS name label scope reuse' }).locator('option:checked').textContent()).toBe('Tenant')
    expect(await page.getByRole('textbox', { name: 'Port, row 1' }).inputValue()).toBe('80')
  })

  it('passes Review + create validation and creates the deployment', async () => {
    await page.getByRole('tab', { name: 'Review + create' }).click()
    await page.getByText('Validation passed').waitFor()
    await page.getByText('mycontainer').first().waitFor()
    await page.getByRole('button', { name: 'Create', exact: true }).click()
    await page.waitForURL('**/deployments/**')
  })

  it('shows the deployment in progress, then complete, then goes to the resource', async () => {
    await page.getByText(/Deployment is in progress|Your deployment is complete/).first().waitFor()
    await page.getByText('Your deployment is complete').waitFor({ timeout: 60_000 })
    await page.getByRole('link', { name: 'Go to resource' }).click()
    await page.waitForURL('**/containerGroups/mycontainer')
    overviewUrl = page.url()
  })

  it('shows the overview: Running, FQDN, IP address, OS type, location, resource group, subscription', async () => {
    await page.getByRole('heading', { name: 'mycontainer' }).waitFor()
    await page.getByText('Running', { exact: true }).first().waitFor({ timeout: 60_000 })
    const fqdn = page.getByRole('link', { name: new RegExp(`^${dnsLabel}\\.[a-z][a-z0-9]{15}\\.eastus\\.`) })
    fqdnUrl = (await fqdn.getAttribute('href'))!
    expect(fqdnUrl).toMatch(new RegExp(`^http://${dnsLabel}\\.[a-z][a-z0-9]{15}\\.eastus\\.aci\\.localhost:\\d+/$`))
    const main = page.getByRole('main')
    for (const text of ['IP address (Public)', 'OS type', 'Linux', 'East US', 'myresourcegroup', 'Azure subscription 1']) {
      await main.getByText(text, { exact: true }).first().waitFor()
    }
    for (const command of ['Start', 'Restart', 'Stop', 'Delete']) {
      await main.getByRole('button', { name: command, exact: true }).waitFor()
    }
  })

  it('serves the hello-world page at the FQDN and streams that request into the logs live', async () => {
    await page.goto(overviewUrl + '/containers?tab=logs&container=mycontainer')
    await page.getByText('listening on port 80').waitFor({ timeout: 30_000 })

    const visitor = await session.context.newPage()
    const response = await visitor.goto(fqdnUrl)
    expect(response?.status()).toBe(200)
    await visitor.getByText('Welcome to Azure Container Instances!').waitFor()
    await visitor.close()

    // No reload: the line arrives over Server-Sent Events.
    await page.getByText(/"GET \/ HTTP\/1\.1" 200/).first().waitFor({ timeout: 15_000 })
  })

  it('lists Pulling, Pulled, Created and Started in the Events view', async () => {
    await page.getByRole('tab', { name: 'Events' }).click()
    for (const event of ['Pulling', 'Pulled', 'Created', 'Started']) {
      await page.getByRole('cell', { name: event, exact: true }).first().waitFor()
    }
  })

  it('reaches the same overview through Resource groups → myresourcegroup → mycontainer', async () => {
    await page.goto('/')
    await page.getByRole('navigation').getByRole('link', { name: 'Resource groups' }).first().click()
    await page.getByRole('main').getByRole('link', { name: 'myresourcegroup' }).click()
    await page.getByRole('main').getByRole('link', { name: 'mycontainer' }).click()
    await page.waitForURL(overviewUrl)
    await page.getByRole('heading', { name: 'mycontainer' }).waitFor()
  })

  it('deletes the group after a confirmation and the FQDN stops answering', async () => {
    await page.getByRole('main').getByRole('button', { name: 'Delete', exact: true }).click()
    await page.getByText("Do you want to delete the container group 'mycontainer'?").waitFor()
    await page.getByRole('button', { name: 'Yes', exact: true }).click()
    await page.waitForURL((url) => !url.pathname.endsWith('/containerGroups/mycontainer'))
    await page.goto('/container-instances')
    await page.getByRole('main').getByRole('link', { name: 'mycontainer' }).waitFor({ state: 'detached' })
    const visitor = await session.context.newPage()
    const response = await visitor.goto(fqdnUrl)
    expect(response?.status()).toBe(404)
    await visitor.close()
  })

  it('deletes the resource group from its page after typing its name, and it leaves Resource groups', async () => {
    await page.goto('/resource-groups')
    await page.getByRole('main').getByRole('link', { name: 'myresourcegroup', exact: true }).click()
    await page.getByRole('heading', { name: 'myresourcegroup' }).waitFor()
    await page.getByRole('button', { name: 'Delete resource group' }).click()
    const dialog = page.getByRole('dialog', { name: 'Delete myresourcegroup' })
    const confirm = dialog.getByRole('button', { name: 'Delete', exact: true })
    expect(await confirm.isDisabled()).toBe(true)
    await dialog.getByLabel('Enter resource group name to confirm deletion').fill('myresourcegroup')
    await confirm.click()
    await page.waitForURL((url) => url.pathname === '/resource-groups')
    // The deletion is a long-running operation carried out by the worker: reload until it is done.
    await expect
      .poll(
        async () => {
          await page.goto('/resource-groups')
          await page.getByText(/^Showing \d+ records?\.$/).waitFor()
          return page.getByRole('main').getByRole('link', { name: 'myresourcegroup', exact: true }).count()
        },
        { timeout: 30_000, interval: 500 },
      )
      .toBe(0)
  })
})
