import { loadCatalogs } from '../../src/controls/catalog.js'
import { findingId } from '../../src/report/finding-id.js'
import { renderReportHtml } from '../../src/report/html/render.js'
import { escapeHtml, scriptJson } from '../../src/report/html/text.js'
import { hostileReportInput } from '../support/hostile-report.js'

describe('report.html', () => {
  it('renders every string from evidence as text: no tag, attribute or script of its own', async () => {
    const html = renderReportHtml(await hostileReportInput())
    expect(html.match(/<script\b/g)).toHaveLength(2)
    expect(html).not.toMatch(/<(img|svg|iframe|a href="javascript)/i)
    expect(html).not.toContain('window.__pwned = 1</script>')
    expect(html).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/)
    // The index block ends where the page put its end, and reads back as the data.
    const block = html.match(/<script type="application\/json" id="report-index">([\s\S]*?)<\/script>/)![1]!
    expect(block).not.toContain('<')
    expect(JSON.parse(block).findings).toBeDefined()
  })

  it('lists every control of both frameworks and links findings by id', async () => {
    const input = await hostileReportInput()
    const html = renderReportHtml(input)
    const catalogs = await loadCatalogs()
    for (const [framework, catalog] of Object.entries(catalogs)) {
      for (const control of catalog.controls)
        expect(html).toContain(`data-control="${framework}/${control.id}"`)
    }
    for (const finding of input.findings) expect(html).toContain(`href="#${findingId(finding)}"`)
  })

  it('caps embedded evidence data per record and says where the whole record is', async () => {
    const input = await hostileReportInput()
    const html = renderReportHtml(input)
    expect(html).toMatch(
      /Truncated: the first 16384 of \d+ characters are shown\. The whole of it is in <code>evidence\/github\/repos\/acme-corp\/big\/pulls\.json<\/code>/
    )
    expect(html.length).toBeLessThan(1024 * 1024)
    const spent = renderReportHtml({ ...input, limits: { perRecord: 1024, total: 10 } })
    expect(spent).toContain('Not embedded')
  })

  it('is deterministic', async () => {
    expect(renderReportHtml(await hostileReportInput())).toBe(renderReportHtml(await hostileReportInput()))
  })

  it('escapes for text and attributes, and keeps </script> out of embedded JSON', () => {
    expect(escapeHtml(`<a href="x" title='y'>&`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;')
    expect(scriptJson({ a: '</script><!--' })).toBe('{"a":"\\u003c/script\\u003e\\u003c!--"}')
    expect(JSON.parse(scriptJson({ a: '</script>&' }))).toEqual({ a: '</script>&' })
  })
})
