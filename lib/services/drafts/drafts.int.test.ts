/**
 * Auto-draft through the database: the demo account (as the importer stores it) → a change set with
 * its objects and decisions; the user's accept / change / exclude; re-drafting after a re-import;
 * cutover re-dating; sample events; catalogue as code (apply refuses bad files and changes nothing;
 * export → apply → export is byte-identical).
 */
import { describe, expect, it } from 'vitest'
import { parseCatalogJson } from '@/lib/catalog/format/parse-catalog-json'
import type { TDraftRate } from '@/lib/catalog/schemas'
import { demoAccount } from '@/lib/stand-ins/stripe/demo-account'
import { addMemberCtx, fixedClock, makeWorkspace } from '@/lib/testing/factories'
import { renderAccount, seedImportedAccount } from '@/lib/testing/imported-account'
import { applyCatalog, CatalogFileError } from '../catalog-code/apply-catalog'
import { exportCatalog } from '../catalog-code/export-catalog'
import type { WorkspaceCtx } from '../context'
import { actOnDecision, bulkDecisions, changeDecisionTargets, getDecisionDetail, listDraftDecisions } from './decisions'
import { getDraftOverview } from './overview'
import { runDraft } from './run-draft'
import { uploadSampleEvents } from './sample-events'
import { updateDraftSettingsService } from './settings'

const NOW = '2026-11-20T10:17:00Z'
const CUTOVER = '2026-12-01T00:00:00Z'

async function importedWorkspace(account = demoAccount()) {
  const ctx = await makeWorkspace(undefined, { clock: fixedClock(NOW) })
  const run = await seedImportedAccount(ctx.db, ctx.workspace.id, account)
  return { ctx, run, account }
}

async function exported(ctx: WorkspaceCtx, cs?: string) {
  const r = await exportCatalog(ctx, cs)
  const parsed = parseCatalogJson(r.text)
  if (!parsed.ok) throw new Error(`export does not parse: ${JSON.stringify(parsed.problems.slice(0, 5))}`)
  return { text: r.text, catalog: parsed.catalog, changeSet: r.changeSet }
}

const counts = async (ctx: WorkspaceCtx) => ({
  changeSets: await ctx.db.changeSet.count({ where: { workspaceId: ctx.workspace.id } }),
  objects: await ctx.db.catalogObject.count({ where: { changeSet: { workspaceId: ctx.workspace.id } } }),
  audit: await ctx.db.auditEvent.count({ where: { workspaceId: ctx.workspace.id } }),
})

describe('auto-draft', () => {
  it('drafts the imported account into a new auto_draft change set, every imported object explained, audited', async () => {
    const { ctx, run, account } = await importedWorkspace()
    const r = await runDraft(ctx)
    const cs = await ctx.db.changeSet.findUniqueOrThrow({ where: { id: r.changeSetId } })
    expect(cs).toMatchObject({ origin: 'auto_draft', status: 'draft', importRunId: run.runId, number: 1, authorId: ctx.actor.id })
    expect(r.report.options).toMatchObject({ cutoverAt: CUTOVER, cutoverDefaulted: true, integrationPattern: null })
    // the default cutover (next first of the month, 00:00 UTC) becomes the workspace's one effective date
    expect((await ctx.db.workspace.findUniqueOrThrow({ where: { id: ctx.workspace.id } })).cutoverAt?.toISOString()).toBe('2026-12-01T00:00:00.000Z')

    const explained = new Set(r.decisions.map((d) => `${d.stripeType}:${d.stripeId}`))
    const missing = renderAccount(account).filter((o) => !explained.has(`${o.type}:${o.id}`)).map((o) => `${o.type}:${o.id}`)
    expect(missing).toEqual([])
    expect(await ctx.db.mappingDecision.count({ where: { changeSetId: r.changeSetId } })).toBe(r.decisions.length)
    expect(await ctx.db.catalogObject.count({ where: { changeSetId: r.changeSetId } })).toBe(Object.values(r.counts).reduce((a, b) => a + b, 0))
    const positions = (await ctx.db.mappingDecision.findMany({ where: { changeSetId: r.changeSetId }, select: { position: true }, orderBy: { position: 'asc' } })).map((p) => p.position)
    expect(positions).toEqual(r.decisions.map((_, i) => i))

    const { catalog } = await exported(ctx)
    expect(catalog.rates.length).toBeGreaterThan(0)
    for (const rate of catalog.rates) expect(rate.starting_at).toBe(CUTOVER)
    expect(await ctx.db.auditEvent.count({ where: { workspaceId: ctx.workspace.id, action: 'draft.created', targetId: r.changeSetId } })).toBe(1)

    const overview = await getDraftOverview(ctx)
    expect(overview.changeSet?.number).toBe(1)
    expect(overview.counts.decisions).toBe(r.decisions.length)
    expect(overview.counts.fidelity.exact + overview.counts.fidelity.approximate + overview.counts.fidelity.unsupported).toBe(r.decisions.length)
    expect(overview.report?.recommendation.drivers.length).toBeGreaterThan(0)
  })

  it('refuses to draft with nothing imported, and needs the edit permission', async () => {
    const ctx = await makeWorkspace()
    await expect(runDraft(ctx)).rejects.toThrow(/Nothing has been imported from Stripe yet/)
    const { ctx: full } = await importedWorkspace()
    const viewer = await addMemberCtx(full, 'viewer')
    await expect(runDraft(viewer)).rejects.toThrow(/Your role \(viewer\) cannot edit the catalogue/)
    expect(await full.db.changeSet.count({ where: { workspaceId: full.workspace.id } })).toBe(0)
  })
})

describe('decisions: accept, change, exclude', () => {
  it('exclude removes the targets (and what depends on them) and restore puts exactly them back', async () => {
    const { ctx } = await importedWorkspace()
    await runDraft(ctx)
    const before = await exported(ctx)
    const list = await listDraftDecisions(ctx)
    const images = list.decisions.find((d) => d.rule === 'M11' && d.targets.some((t) => t.type === 'product'))!
    const detail = await getDecisionDetail(ctx, null, images.id)
    expect(detail.exclusionPreview.map((p) => `${p.type}:${p.key}`)).toEqual(expect.arrayContaining(images.targets.map((t) => `${t.type}:${t.key}`)))

    const ex = await actOnDecision(ctx, null, images.id, { action: 'exclude', note: 'priced by hand' })
    expect(ex.decision).toMatchObject({ userState: 'excluded', userNote: 'priced by hand' })
    const product = images.targets.find((t) => t.type === 'product')!.key
    const after = await exported(ctx)
    expect(after.catalog.products.map((p) => p.key)).not.toContain(product)
    expect(after.catalog.rates.filter((r) => r.product === product)).toEqual([])
    expect(ex.removed.map((r) => `${r.type}:${r.key}`)).toContain(`product:${product}`)

    const back = await actOnDecision(ctx, null, images.id, { action: 'restore' })
    expect(back.decision.userState).toBe('proposed')
    expect(back.restored).toBeGreaterThan(0)
    const restored = await exported(ctx)
    expect(restored.catalog).toEqual(before.catalog)
    const actions = (await ctx.db.auditEvent.findMany({ where: { workspaceId: ctx.workspace.id, targetId: images.key }, select: { action: true } })).map((a) => a.action)
    expect(actions).toEqual(expect.arrayContaining(['decision.excluded', 'decision.restored']))
  })

  it('change saves edited target objects after a structural check, and refuses bad ones naming the field', async () => {
    const { ctx } = await importedWorkspace()
    await runDraft(ctx)
    const list = await listDraftDecisions(ctx)
    const d = list.decisions.find((x) => x.rule === 'M9' && x.targets.some((t) => t.type === 'rate'))!
    const rateKey = d.targets.find((t) => t.type === 'rate')!.key
    const detail = await getDecisionDetail(ctx, null, d.id)
    const rate = detail.targets.find((t) => t.type === 'rate')!.doc as TDraftRate

    await expect(changeDecisionTargets(ctx, null, d.id, { objects: [{ type: 'rate', key: rateKey, doc: { ...rate, price: 0.5 } }] })).rejects.toThrow(/\/objects\/0\/doc\/price: "price" must be a string, not number 0.5/)
    await expect(changeDecisionTargets(ctx, null, d.id, { objects: [{ type: 'rate', key: rateKey, doc: { ...rate, product: 'no-such-product' } }] })).rejects.toThrow(/no product with key "no-such-product"/)
    await expect(changeDecisionTargets(ctx, null, d.id, { objects: [{ type: 'rate', key: rateKey, doc: { ...rate, key: 'renamed' } }] })).rejects.toThrow(/the key is the object's identity/)

    const r = await changeDecisionTargets(ctx, null, d.id, { objects: [{ type: 'rate', key: rateKey, doc: { ...rate, price: '0.5' } }], note: 'negotiated' })
    expect(r.decision).toMatchObject({ userState: 'changed', userNote: 'negotiated' })
    expect((await exported(ctx)).catalog.rates.find((x) => x.key === rateKey)?.price).toBe('0.5')
  })

  it('accepts many decisions at once: only those still to review, one audit event', async () => {
    const { ctx } = await importedWorkspace()
    await runDraft(ctx)
    const list = await listDraftDecisions(ctx)
    const exact = list.decisions.filter((d) => d.fidelity === 'exact')
    const excluded = exact.find((d) => d.targets.length > 0)!
    await actOnDecision(ctx, null, excluded.id, { action: 'exclude' })
    const r = await bulkDecisions(ctx, null, { ids: exact.map((d) => d.id), action: 'accept' })
    expect(r).toEqual({ changed: exact.length - 1, skipped: 1 })
    const after = await listDraftDecisions(ctx)
    expect(after.decisions.filter((d) => d.fidelity === 'exact' && d.userState === 'accepted')).toHaveLength(exact.length - 1)
    expect(after.decisions.find((d) => d.id === excluded.id)?.userState).toBe('excluded')
    expect(await ctx.db.auditEvent.count({ where: { workspaceId: ctx.workspace.id, action: 'decision.bulk_accepted' } })).toBe(1)
  })

  it('refuses edits from a reviewer and on a change set that is no longer a draft', async () => {
    const { ctx } = await importedWorkspace()
    const r = await runDraft(ctx)
    const d = (await listDraftDecisions(ctx)).decisions[0]!
    await expect(actOnDecision(await addMemberCtx(ctx, 'reviewer'), null, d.id, { action: 'accept' })).rejects.toThrow(/cannot edit the catalogue/)
    await ctx.db.changeSet.update({ where: { id: r.changeSetId }, data: { status: 'in_review' } })
    await expect(actOnDecision(ctx, null, d.id, { action: 'accept' })).rejects.toThrow(/CS-1 is in review: its content can change only while it is a draft/)
  })
})

describe('re-drafting after a re-import', () => {
  it("keeps what the user accepted, changed and excluded, and records what the new import changed", async () => {
    const { ctx, account } = await importedWorkspace()
    const first = await runDraft(ctx)
    const list = await listDraftDecisions(ctx)
    const m9 = list.decisions.filter((d) => d.rule === 'M9' && d.targets.some((t) => t.type === 'rate'))
    const accepted = list.decisions.find((d) => d.stripeType === 'meter' && d.rule === 'M2')!
    const acceptedThenChangedInStripe = m9[0]!
    const changed = m9[1]!
    const excluded = list.decisions.find((d) => d.rule === 'M11' && d.targets.some((t) => t.type === 'product'))!
    await actOnDecision(ctx, null, accepted.id, { action: 'accept', note: 'checked the aggregation' })
    await actOnDecision(ctx, null, acceptedThenChangedInStripe.id, { action: 'accept' })
    const rateKey = changed.targets.find((t) => t.type === 'rate')!.key
    const rate = (await getDecisionDetail(ctx, null, changed.id)).targets.find((t) => t.key === rateKey)!.doc as TDraftRate
    await changeDecisionTargets(ctx, null, changed.id, { objects: [{ type: 'rate', key: rateKey, doc: { ...rate, price: '0.777' } }] })
    await actOnDecision(ctx, null, excluded.id, { action: 'exclude' })
    const excludedProduct = excluded.targets.find((t) => t.type === 'product')!.key

    // The new import: a price changed in Stripe, a meter added.
    account.update('prices', acceptedThenChangedInStripe.stripeId, { unit_amount_decimal: '0.00123', unit_amount: null })
    const meter = account.meters.sorted().find((m) => m.status === 'active')!
    account.put('meters', { ...meter, id: 'mtr_test_new_audio_seconds', event_name: 'audio_seconds', display_name: 'Audio seconds' })
    await seedImportedAccount(ctx.db, ctx.workspace.id, account)

    const second = await runDraft(ctx)
    expect(second.number).toBe(2)
    expect(await ctx.db.changeSet.findUniqueOrThrow({ where: { id: first.changeSetId }, select: { status: true } })).toEqual({ status: 'superseded' })
    const redraft = second.report.redraft!
    expect(redraft.previous).toEqual({ id: first.changeSetId, number: 1 })
    expect(redraft.kept.map((k) => k.key)).toEqual(expect.arrayContaining([accepted.key, changed.key, excluded.key]))
    expect(redraft.changedSources.map((c) => c.key)).toContain(acceptedThenChangedInStripe.key)
    expect(redraft.newSources).toContainEqual({ stripeType: 'meter', stripeId: 'mtr_test_new_audio_seconds' })

    const now = await listDraftDecisions(ctx)
    const state = (key: string) => now.decisions.find((d) => d.key === key)!
    expect(state(accepted.key)).toMatchObject({ userState: 'accepted', userNote: 'checked the aggregation' })
    expect(state(changed.key).userState).toBe('changed')
    expect(state(excluded.key).userState).toBe('excluded')
    expect(state(excluded.key).stashed).toBeGreaterThan(0)
    expect(state(acceptedThenChangedInStripe.key)).toMatchObject({ userState: 'proposed', sourceChanged: true })
    expect(now.decisions.some((d) => d.stripeId === 'mtr_test_new_audio_seconds' && d.isNew)).toBe(true)

    const { catalog } = await exported(ctx)
    expect(catalog.rates.find((r) => r.key === rateKey)?.price).toBe('0.777')
    expect(catalog.products.map((p) => p.key)).not.toContain(excludedProduct)
    expect(await ctx.db.auditEvent.count({ where: { workspaceId: ctx.workspace.id, action: 'draft.redrafted', targetId: second.changeSetId } })).toBe(1)

    // un-excluding in the re-draft brings the freshly drafted objects back
    await actOnDecision(ctx, null, state(excluded.key).id, { action: 'restore' })
    expect((await exported(ctx)).catalog.products.map((p) => p.key)).toContain(excludedProduct)
  })
})

describe('cutover', () => {
  it('changing it re-dates the open auto-draft; bad values are refused with the fix', async () => {
    const { ctx } = await importedWorkspace()
    await runDraft(ctx)
    const before = await counts(ctx)
    await expect(updateDraftSettingsService(ctx, { cutoverAt: '2027-01-01T00:30:00Z' })).rejects.toThrow(/on the hour.*try 2027-01-01T00:00:00Z/)
    await expect(updateDraftSettingsService(ctx, { cutoverAt: '2027-01-01T00:00:00+02:00' })).rejects.toThrow(/not in UTC/)
    await expect(updateDraftSettingsService(ctx, { cutoverAt: '2027-02-30' })).rejects.toThrow(/not a real date/)
    await expect(updateDraftSettingsService(ctx, { cutoverAt: 'next month' })).rejects.toThrow(/RFC 3339/)
    expect(await counts(ctx)).toEqual(before)

    const r = await updateDraftSettingsService(ctx, { cutoverAt: '2027-01-01' })
    expect(r.settings).toMatchObject({ cutoverAt: '2027-01-01T00:00:00Z', cutoverIsDefault: false })
    expect(r.redated).toMatchObject({ changeSetNumber: 1, from: CUTOVER, to: '2027-01-01T00:00:00Z' })
    expect(r.redated!.moved).toBeGreaterThan(0)
    const { text, catalog } = await exported(ctx)
    for (const rate of catalog.rates) expect(rate.starting_at).toBe('2027-01-01T00:00:00Z')
    expect(text).not.toMatch(/"starting_at": "2026-12-01T00:00:00Z"/)
    expect(text).not.toMatch(/"invoice_generation_starting_at": "2026-12-01T00:00:00Z"/)
    expect(await ctx.db.auditEvent.count({ where: { workspaceId: ctx.workspace.id, action: 'workspace.cutover_changed' } })).toBe(1)

    // a re-draft uses the new cutover and gives the same dates
    const again = await runDraft(ctx)
    expect(again.report.options.cutoverAt).toBe('2027-01-01T00:00:00Z')
    for (const rate of (await exported(ctx)).catalog.rates) expect(rate.starting_at).toBe('2027-01-01T00:00:00Z')
  })

  it('the integration pattern override is followed by the next draft', async () => {
    const { ctx } = await importedWorkspace()
    const first = await runDraft(ctx)
    expect(first.report.recommendation.pattern).toBe('with_stripe_subscriptions')
    const r = await updateDraftSettingsService(ctx, { integrationPattern: 'metronome_only' })
    expect(r.redraftSuggested).toBe(true)
    const second = await runDraft(ctx)
    expect(second.report.recommendation).toMatchObject({ pattern: 'with_stripe_subscriptions', chosen: 'metronome_only' })
    expect(second.decisions.filter((d) => d.rule === 'M21' && d.targets.length > 0).length).toBeGreaterThan(0)
  })
})

describe('sample events', () => {
  const event = (o: Record<string, unknown>) => JSON.stringify({ event_name: 'api_input_tokens', timestamp: 1767225600, identifier: `evt_${Math.random()}`, ...o })

  it('refuses a file with unreadable lines, naming each line, and stores nothing', async () => {
    const { ctx } = await importedWorkspace()
    const text = [event({ payload: { stripe_customer_id: 'cus_1', tokens: '10' } }), '{not json', event({ payload: 'x' }), '', event({ timestamp: 1767225600000, payload: {} })].join('\n')
    const err = await uploadSampleEvents(ctx, { name: 'bad.jsonl', text }).catch((e: Error & { details?: unknown }) => e)
    expect((err as Error).message).toMatch(/3 lines of 4 could not be read, so nothing was stored/)
    expect((err as { details: { errors: Array<{ line: number }> } }).details.errors.map((e) => e.line)).toEqual([2, 3, 5])
    expect(await ctx.db.sampleEventSet.count({ where: { workspaceId: ctx.workspace.id } })).toBe(0)
    const skipped = await uploadSampleEvents(ctx, { name: 'bad.jsonl', text, skipInvalid: true })
    expect(skipped).toMatchObject({ stored: 1, skipped: 3 })
  })

  it('feeds the group-key suggestions: payload keys on every event are suggested, identifiers kept out with the reason', async () => {
    const { ctx } = await importedWorkspace()
    const lines = Array.from({ length: 60 }, (_, i) =>
      event({ payload: { stripe_customer_id: `cus_${i % 5}`, tokens: String(i * 10), model: ['lumen-small', 'lumen-large'][i % 2], region: ['eu', 'us'][i % 2], request_id: `req_${i}` } }),
    )
    const up = await uploadSampleEvents(ctx, { name: 'tokens.jsonl', text: lines.join('\n') })
    expect(up.stored).toBe(60)
    const r = await runDraft(ctx)
    expect(r.report.sampleEvents).toMatchObject({ used: 60, skipped: 0, sets: 1 })
    const tokens = r.report.groupKeySuggestions.find((s) => s.metric === 'api_tokens')!
    expect(tokens.fromSampleEvents).toContain('region')
    expect(tokens.keys.flat()).toContain('region')
    expect(tokens.excludedHighCardinality.map((e) => e.key)).toContain('request_id')
  })
})

describe('catalogue as code', () => {
  it('export → apply → export is byte-identical through the database', async () => {
    const { ctx } = await importedWorkspace()
    await runDraft(ctx)
    const list = await listDraftDecisions(ctx)
    await actOnDecision(ctx, null, list.decisions.find((d) => d.rule === 'M11')!.id, { action: 'exclude' })
    const first = await exported(ctx)
    const applied = await applyCatalog(ctx, first.text)
    expect(await ctx.db.changeSet.findUniqueOrThrow({ where: { id: applied.changeSetId } })).toMatchObject({ origin: 'apply', status: 'draft' })
    expect(await ctx.db.auditEvent.count({ where: { workspaceId: ctx.workspace.id, action: 'catalog.applied', targetId: applied.changeSetId } })).toBe(1)
    const second = await exportCatalog(ctx, applied.changeSetId)
    expect(second.text).toBe(first.text)
    // and by number, as the CLI accepts it
    expect((await exportCatalog(ctx, `CS-${applied.number}`)).text).toBe(first.text)
    expect((await exportCatalog(ctx, String(applied.number))).text).toBe(first.text)
  })

  it('apply refuses a file that fails the schema, listing each problem with its JSON path, and changes nothing', async () => {
    const { ctx } = await importedWorkspace()
    await runDraft(ctx)
    const { catalog } = await exported(ctx)
    const bad = structuredClone(catalog) as unknown as Record<string, Array<Record<string, unknown>>>
    bad.rates![0]!.price = 0.25
    bad.products![0]!.colour = 'blue'
    bad.rates![1]!.rate_card = 'no-such-card'
    const before = await counts(ctx)
    const err = await applyCatalog(ctx, JSON.stringify(bad, null, 2)).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(CatalogFileError)
    const paths = (err as CatalogFileError).problems.map((p) => p.path)
    expect(paths).toEqual(expect.arrayContaining(['/rates/0/price', '/products/0/colour']))
    expect((err as Error).message).toMatch(/\/rates\/0\/price: "price" must be a string, not number 0.25/)
    expect(await counts(ctx)).toEqual(before)

    const dangling = structuredClone(catalog) as unknown as Record<string, Array<Record<string, unknown>>>
    dangling.rates![1]!.rate_card = 'no-such-card'
    await expect(applyCatalog(ctx, JSON.stringify(dangling))).rejects.toThrow(/\/rates\/1\/rate_card: no rate card with key "no-such-card"/)
    await expect(applyCatalog(ctx, '{"format": "ratecraft.catalog",\n  "version": 1,\n}')).rejects.toThrow(/line 3, column 1/)
    await expect(applyCatalog(ctx, '')).rejects.toThrow(/the file is empty/)
    expect(await counts(ctx)).toEqual(before)
  })
})
