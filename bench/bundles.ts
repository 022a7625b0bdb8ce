// `npm run bench`: what sealing and publishing a large bundle costs. Three measurements, all on this machine
// and 127.0.0.1 only:
//   1. sha256File over every file of a ~1 GiB bundle (BENCH_BUNDLE_MIB=256 for a quicker run), then
//      writeBundleArchive (which hashes every file as it archives it: hash + archive in one pass, checked
//      against the manifest), against coreutils sha256sum over the same files in the same run, alternating,
//      best of SEAL_ROUNDS each;
//   2. peak RSS of a child process that hashes and archives a ~100 MiB and a ~1 GiB bundle (it should not
//      grow with the bundle);
//   3. publishBundle (S3Store.put: lib-storage multipart, 8 MiB parts × 4 in flight) of a 256 MiB archive
//      against one PutObjectCommand of the same bytes read into a Buffer, to the in-process S3 simulator,
//      with the peak RSS of each uploading child.
// Every measured step runs in a fresh child (this file, started again with `--child`) so that its peak RSS
// is its own. The table goes to stdout and the figures to .bench/bundles.json; temporary files are removed
// at the end, also on failure.
import { spawn, type ChildProcess } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { createWriteStream, rmSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { cpus, tmpdir } from 'node:os'
import { basename, dirname, join, relative, sep } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { PutObjectCommand } from '@aws-sdk/client-s3'
import { startS3Simulator, type S3Simulator } from '../__tests__/support/s3-simulator.js'
import { writeBundleArchive } from '../src/bundle/archive.js'
import { sha256File, sha256Hex } from '../src/bundle/hash.js'
import { CHECKSUMS_FILE } from '../src/bundle/checksums.js'
import { MANIFEST_FILE, MANIFEST_SCHEMA_VERSION, type Manifest } from '../src/bundle/manifest.js'
import { BundleWriter } from '../src/bundle/writer.js'
import { publishBundle } from '../src/store/publish.js'
import { S3Store } from '../src/store/s3.js'
import { TOOL_NAME, TOOL_VERSION } from '../src/version.js'

const MiB = 1024 * 1024
/** Large evidence files (exports, attachments): base64 text of random bytes, 16 MiB each. */
const LARGE_FILE_BYTES = 16 * MiB
/** Small evidence records (~1.5 KiB of JSON each), the same number in both bundles. */
const SMALL_FILES = 2000
const SMALL_REPOS = 200
/**
 * The large bundle: 1 GiB (64 × 16 MiB) unless BENCH_BUNDLE_MIB says another size, for a quick run
 * (e.g. BENCH_BUNDLE_MIB=256); 6 × 16 MiB ≈ 100 MiB with the small files for the other.
 */
const BIG_BUNDLE_MIB = bundleMib(process.env.BENCH_BUNDLE_MIB)
const BIG_BUNDLE_LARGE_FILES = Math.max(1, Math.round(BIG_BUNDLE_MIB / 16))
const BIG_LABEL = BIG_BUNDLE_MIB === 1024 ? '~1 GiB' : `~${BIG_BUNDLE_MIB} MiB`
/** sha256sum and hash + archive alternate this many times over the large bundle; the best of each counts. */
const SEAL_ROUNDS = 2
const SMALL_BUNDLE_LARGE_FILES = 6
/** In memory in the simulator (in this process), so 256 MiB rather than 1 GiB, deleted after each upload. */
const UPLOAD_BYTES = 256 * MiB
const UPLOAD_ROUNDS = 2
const ARCHIVE_MTIME = new Date('2025-01-01T00:00:00Z')
const BUCKET = 'bench'
/** Above this growth from the ~100 MiB bundle to the ~1 GiB one, the table says memory grows with size. */
const RSS_GROWTH_WARN_MIB = 32
// Generous: on a shared, loaded machine writing the 1 GiB of random base64 alone took 3.5 minutes.
const WATCHDOG_MS = 20 * 60_000
const CHILD_FLAG = '--child'
const SELF = fileURLToPath(import.meta.url)
const ROOT = fileURLToPath(new URL('..', import.meta.url))
const OUTPUT = join(ROOT, '.bench', 'bundles.json')

interface ChildReport {
  /**
   * process.resourceUsage().maxRSS of the child, in KiB. On Linux it is not the child's own peak: getrusage
   * keeps the high-water mark of the process image replaced by exec, which after spawn is a copy of this
   * (the parent's) address space, so it is never below the parent's RSS at spawn time.
   */
  maxRssKiB: number
  /** VmHWM from /proc/self/status (Linux): the peak RSS of the child's own image, what the table shows. */
  hwmKiB?: number
}

interface HashArchiveReport extends ChildReport {
  files: number
  bytes: number
  hashMs: number
  archiveMs: number
  archiveBytes: number
  archiveSha256: string
  /** Files whose sha256File digest differs from the manifest (written by BundleWriter): must be 0. */
  mismatches: number
  /** Files whose digest from writeBundleArchive's own pass differs from the manifest: must be 0. */
  archiveMismatches: number
  /** Files of the manifest writeBundleArchive did not report: must be 0. */
  archiveMissing: number
  /** Files on disk the manifest does not list, besides manifest.json and SHA256SUMS (which list it): must be 0. */
  unlisted: number
}

interface UploadReport extends ChildReport {
  ms: number
  bytes: number
  objects: number
}

type UploadMethod = 'single-put' | 'multipart'

interface UploadRun {
  method: UploadMethod
  round: number
  ms: number
  mibPerSecond: number
  /** Bytes of every object the child wrote (the tiny bundle files too, for publishBundle). */
  bytes: number
  objects: number
  peakRssMiB: number
  /** process.resourceUsage().maxRSS of the same child (inflated by the parent's RSS: see ChildReport). */
  getrusageMaxRssMiB: number
  /** UploadPart requests the simulator answered 200 for this run. */
  uploadParts: number
  putObjects: number
  /** The stored archive object has the same SHA-256 as the file. */
  intact: boolean
}

if (process.argv[2] === CHILD_FLAG) await child(process.argv[3] ?? '', process.argv.slice(4))
else await main()

// --- the parent: builds the data, starts the children, prints and saves the figures ------------------

async function main(): Promise<void> {
  const tmp = await mkdtemp(join(tmpdir(), 'annex-bench-bundles-'))
  const running = new Set<ChildProcess>()
  let simulator: S3Simulator | undefined
  const abandon = (why: string, code: number) => {
    console.error(`bench: ${why}; removing ${tmp}`)
    for (const proc of running) proc.kill('SIGKILL')
    rmSync(tmp, { recursive: true, force: true })
    process.exit(code)
  }
  const watchdog = setTimeout(
    () => abandon(`still running after ${WATCHDOG_MS / 1000}s, giving up`, 2),
    WATCHDOG_MS
  )
  watchdog.unref()
  process.once('SIGINT', () => abandon('interrupted', 130))
  process.once('SIGTERM', () => abandon('terminated', 143))

  const exec = (command: string, args: string[], options: ExecOptions = {}) =>
    execute(command, args, running, options)
  const runChild = async <T extends ChildReport>(
    mode: string,
    args: string[],
    env: Record<string, string> = {}
  ) => {
    const { stdout } = await exec(process.execPath, ['--import', 'tsx', SELF, CHILD_FLAG, mode, ...args], {
      env
    }).result
    const last = stdout.trim().split('\n').pop() ?? ''
    return JSON.parse(last) as T
  }

  console.log(
    `${cpus().length} CPU(s), node ${process.version}; data in ${tmp}\n` +
      `Bundles: ${SMALL_FILES} small JSON records plus 16 MiB base64 text files (random bytes; BundleWriter writes text)\n`
  )
  try {
    // -- the data ---------------------------------------------------------------------------------------
    let started = performance.now()
    const small = await buildBundle(join(tmp, 'small', 'bundle-100mib'), SMALL_BUNDLE_LARGE_FILES)
    const big = await buildBundle(join(tmp, 'big', `bundle-${BIG_BUNDLE_MIB}mib`), BIG_BUNDLE_LARGE_FILES)
    console.log(
      `Wrote the bundles with BundleWriter in ${ms(started)} ms: ${mib(small.bytes)} MiB and ${mib(big.bytes)} MiB\n`
    )

    // -- 1 and 2: hash + archive, sha256sum, peak RSS ---------------------------------------------------
    const idle = await runChild<ChildReport>('idle', [])
    console.log(`Idle child (imports only): peak RSS ${peakMib(idle)} MiB`)

    const hashArchive = async (bundle: Built, label: string) => {
      const archive = join(tmp, `${basename(bundle.dir)}.tar.gz`)
      console.log(`${label}: sha256File + writeBundleArchive in a child…`)
      const report = await runChild<HashArchiveReport>('hash-archive', [bundle.dir, archive])
      // coreutils' digest of the archive file must be the one writeBundleArchive returned.
      const [line] = (await exec('sha256sum', ['--', archive]).result).stdout.split('\n')
      const archiveDigestMatches = line?.split(' ')[0] === report.archiveSha256
      await rm(archive, { force: true })
      console.log(
        `  hash ${report.hashMs} ms, archive ${report.archiveMs} ms, peak RSS ${peakMib(report)} MiB`
      )
      return { ...report, archiveDigestMatches }
    }
    const smallRun = await hashArchive(small, `~100 MiB bundle (${small.files.length} files)`)

    console.log('~100 MiB bundle: tar -c | gzip -9 (native reference for the archive step)…')
    started = performance.now()
    const tar = exec('tar', ['-C', dirname(small.dir), '-cf', '-', basename(small.dir)], { stdout: 'pipe' })
    const gzip = exec('gzip', ['-9', '-n', '-c'], { stdin: tar.stdout, stdout: 'count' })
    const [, { bytes: gzipped }] = await Promise.all([tar.result, gzip.result])
    const nativeArchiveMs = ms(started)
    console.log(`  ${nativeArchiveMs} ms`)

    // sha256sum and hash + archive alternate, so a neighbour's load on this machine weighs on both.
    const manifestDigests = await digestsOf(big.dir)
    let sha256sumMs = Infinity
    let sha256sumMismatches = 0
    let sha256sumLines = 0
    const bigRuns: (HashArchiveReport & { archiveDigestMatches: boolean })[] = []
    for (let round = 1; round <= SEAL_ROUNDS; round += 1) {
      console.log(
        `${BIG_LABEL} bundle (${big.files.length} files), round ${round}: sha256sum over the same files…`
      )
      started = performance.now()
      const sums = (await exec('sha256sum', ['--', ...big.files], { cwd: big.dir }).result).stdout
      const took = ms(started)
      sha256sumMs = Math.min(sha256sumMs, took)
      sha256sumLines = 0
      for (const line of sums.trim().split('\n')) {
        const [digest, path] = [line.slice(0, 64), line.slice(66)]
        sha256sumLines += 1
        const expected = manifestDigests.get(path)
        if (expected !== undefined && expected !== digest) sha256sumMismatches += 1
      }
      console.log(`  ${took} ms`)
      bigRuns.push(await hashArchive(big, `${BIG_LABEL} bundle (${big.files.length} files), round ${round}`))
    }
    // The fastest round counts; the highest peak RSS and any problem of any round show; every round must
    // have written the same bytes (the archive is deterministic).
    const fastest = bigRuns.reduce((a, b) => (b.archiveMs < a.archiveMs ? b : a))
    const bigRun = {
      ...fastest,
      mismatches: Math.max(...bigRuns.map((r) => r.mismatches)),
      archiveMismatches: Math.max(...bigRuns.map((r) => r.archiveMismatches)),
      archiveMissing: Math.max(...bigRuns.map((r) => r.archiveMissing)),
      maxRssKiB: Math.max(...bigRuns.map((r) => r.maxRssKiB)),
      ...(fastest.hwmKiB !== undefined && { hwmKiB: Math.max(...bigRuns.map((r) => r.hwmKiB ?? 0)) }),
      archiveDigestMatches: bigRuns.every(
        (r) => r.archiveDigestMatches && r.archiveSha256 === fastest.archiveSha256
      )
    }
    await rm(join(tmp, 'small'), { recursive: true, force: true })
    await rm(join(tmp, 'big'), { recursive: true, force: true })

    // -- 3: upload ------------------------------------------------------------------------------------
    const uploadFile = join(tmp, 'upload', 'bundle-upload.tar.gz')
    const uploadSha256 = await writeRandomFile(uploadFile, UPLOAD_BYTES)
    const uploadBundle = await buildBundle(join(tmp, 'upload', 'bundle-upload'), 0, 1)
    simulator = await startS3Simulator({ buckets: [BUCKET] })
    const sim = simulator
    const env = {
      AWS_ACCESS_KEY_ID: sim.accessKeyId,
      AWS_SECRET_ACCESS_KEY: sim.secretAccessKey,
      AWS_REGION: sim.region
    }
    console.log(
      `\nS3 simulator on ${sim.endpoint} (objects kept in memory in this process: ${mib(UPLOAD_BYTES)} MiB file, ` +
        'objects deleted after each upload)'
    )
    const uploads: UploadRun[] = []
    const uploadReports: UploadReport[] = []
    for (let round = 1; round <= UPLOAD_ROUNDS; round += 1) {
      for (const method of ['single-put', 'multipart'] as const) {
        sim.resetLog()
        const key = `uploads/${method}-${round}`
        const archiveKey = `uploads/${basename(uploadFile)}`
        const report =
          method === 'single-put'
            ? await runChild<UploadReport>('upload-single', [sim.endpoint, archiveKey, uploadFile], env)
            : await runChild<UploadReport>(
                'upload-multipart',
                [sim.endpoint, uploadBundle.dir, key, uploadFile],
                env
              )
        uploadReports.push(report)
        const stored = sim.objects(BUCKET).get(archiveKey)
        const ok = (e: { status: number; operation: string }, operation: string) =>
          e.status === 200 && e.operation === operation
        uploads.push({
          method,
          round,
          ms: report.ms,
          mibPerSecond: round1(mib(UPLOAD_BYTES) / (report.ms / 1000)),
          bytes: report.bytes,
          objects: report.objects,
          peakRssMiB: peakMib(report),
          getrusageMaxRssMiB: kibToMib(report.maxRssKiB),
          uploadParts: sim.requests.filter((e) => ok(e, 'UploadPart')).length,
          putObjects: sim.requests.filter((e) => ok(e, 'PutObject')).length,
          intact:
            stored !== undefined &&
            stored.body.length === UPLOAD_BYTES &&
            sha256Hex(stored.body) === uploadSha256 &&
            sim.openUploads().length === 0
        })
        const last = uploads.at(-1)!
        console.log(
          `  ${method} round ${round}: ${last.ms} ms, ${last.mibPerSecond} MiB/s, peak RSS ${last.peakRssMiB} MiB`
        )
        sim.objects(BUCKET).clear()
      }
    }
    await sim.close()
    simulator = undefined

    // -- the figures ----------------------------------------------------------------------------------
    const rate = (bytes: number, millis: number) => round1(mib(bytes) / (millis / 1000))
    const hashRate = rate(bigRun.bytes, bigRun.hashMs)
    const sha256sumRate = rate(big.bytes, sha256sumMs)
    // writeBundleArchive hashes every file while archiving it: hash + archive is its one pass.
    const hashArchiveRate = rate(bigRun.bytes, bigRun.archiveMs)
    const best = (method: UploadMethod) =>
      uploads.filter((u) => u.method === method).reduce((a, b) => (b.ms < a.ms ? b : a))
    const single = best('single-put')
    const multipart = best('multipart')
    const rssGrowth = round1(peakMib(bigRun) - peakMib(smallRun))
    const figures = {
      hashArchive: {
        bundleBytes: big.bytes,
        files: big.files.length,
        sha256sum: { ms: sha256sumMs, mibPerSecond: sha256sumRate, files: sha256sumLines },
        sha256File: { ms: bigRun.hashMs, mibPerSecond: hashRate },
        writeBundleArchive: {
          ms: bigRun.archiveMs,
          mibPerSecond: rate(bigRun.bytes, bigRun.archiveMs),
          archiveBytes: bigRun.archiveBytes,
          compression: round2(bigRun.archiveBytes / bigRun.bytes)
        },
        hashPlusArchive: {
          ms: bigRun.archiveMs,
          mibPerSecond: hashArchiveRate,
          method: 'one pass: writeBundleArchive hashes each file as it archives it',
          twoPassMs: bigRun.hashMs + bigRun.archiveMs
        },
        ratios: {
          sha256FileOverSha256sum: round2(hashRate / sha256sumRate),
          hashPlusArchiveOverSha256sum: round2(hashArchiveRate / sha256sumRate)
        },
        checks: {
          sha256FileMismatches: bigRun.mismatches,
          archivePassMismatches: bigRun.archiveMismatches + bigRun.archiveMissing,
          sha256sumMismatches,
          unlistedFiles: bigRun.unlisted,
          archiveDigestMatchesSha256sum: bigRun.archiveDigestMatches
        }
      },
      nativeArchiveReference: {
        bundleBytes: small.bytes,
        tarGzip9: { ms: nativeArchiveMs, mibPerSecond: rate(small.bytes, nativeArchiveMs), bytes: gzipped },
        writeBundleArchive: {
          ms: smallRun.archiveMs,
          mibPerSecond: rate(smallRun.bytes, smallRun.archiveMs),
          bytes: smallRun.archiveBytes
        }
      },
      peakRss: {
        source: idle.hwmKiB === undefined ? 'getrusage maxRSS' : 'VmHWM of /proc/self/status',
        idleChildMiB: peakMib(idle),
        small: {
          bundleBytes: small.bytes,
          files: small.files.length,
          peakRssMiB: peakMib(smallRun)
        },
        big: { bundleBytes: big.bytes, files: big.files.length, peakRssMiB: peakMib(bigRun) },
        growthMiB: rssGrowth,
        getrusageMaxRssMiB: {
          idle: kibToMib(idle.maxRssKiB),
          small: kibToMib(smallRun.maxRssKiB),
          big: kibToMib(bigRun.maxRssKiB)
        },
        checks: {
          smallMismatches: smallRun.mismatches,
          smallUnlisted: smallRun.unlisted,
          smallArchiveDigestMatchesSha256sum: smallRun.archiveDigestMatches
        }
      },
      upload: {
        bytes: UPLOAD_BYTES,
        simulatorMemory: 'objects deleted from the simulator after each upload',
        runs: uploads,
        best: { singlePut: single, multipart },
        multipartOverSinglePut: round2(multipart.mibPerSecond / single.mibPerSecond)
      }
    }

    console.log()
    console.log(renderTable(tableRows(figures, smallRun, bigRun, uploads)))
    console.log()
    console.log(
      `Hashing: sha256File / sha256sum = ${figures.hashArchive.ratios.sha256FileOverSha256sum} ` +
        `(${hashRate} vs ${sha256sumRate} MiB/s); hash + archive in writeBundleArchive's one pass ` +
        `${figures.hashArchive.ratios.hashPlusArchiveOverSha256sum} of sha256sum: ` +
        `${figures.hashArchive.writeBundleArchive.mibPerSecond} MiB/s (gzip members on ${cpus().length} CPU(s)) ` +
        `against ${figures.nativeArchiveReference.tarGzip9.mibPerSecond} MiB/s for tar | gzip -9 on the ~100 MiB bundle`
    )
    console.log(
      `Sealing, ${BIG_LABEL} bundle (best of ${SEAL_ROUNDS}): sha256sum ${sha256sumRate} MiB/s, hash only (sha256File) ` +
        `${hashRate} MiB/s, hash + archive ${hashArchiveRate} MiB/s = ` +
        `${figures.hashArchive.ratios.hashPlusArchiveOverSha256sum} × sha256sum (target ≥ 0.8); peak RSS ` +
        `${figures.peakRss.big.peakRssMiB} MiB (limit 256); archive ${figures.hashArchive.writeBundleArchive.compression} of the input`
    )
    console.log(
      `Peak RSS, hash + archive: ${figures.peakRss.small.peakRssMiB} MiB (~100 MiB bundle) vs ` +
        `${figures.peakRss.big.peakRssMiB} MiB (${BIG_LABEL} bundle), idle child ${figures.peakRss.idleChildMiB} MiB` +
        (rssGrowth > RSS_GROWTH_WARN_MIB ? ` — grows by ${rssGrowth} MiB with size` : ' — flat')
    )
    const worstRss = (method: UploadMethod) =>
      Math.max(...uploads.filter((u) => u.method === method).map((u) => u.peakRssMiB))
    console.log(
      `Upload of ${mib(UPLOAD_BYTES)} MiB (best of ${UPLOAD_ROUNDS}): publishBundle multipart ${multipart.mibPerSecond} MiB/s, ` +
        `single PutObject ${single.mibPerSecond} MiB/s; highest peak RSS multipart ${worstRss('multipart')} MiB, ` +
        `single PutObject ${worstRss('single-put')} MiB`
    )
    const inflation = [idle, smallRun, bigRun, ...uploadReports]
      .filter((r) => r.hwmKiB !== undefined)
      .map((r) => kibToMib(r.maxRssKiB - r.hwmKiB!))
    if (inflation.length > 0) {
      console.log(
        `Peak RSS is each child's VmHWM (/proc/self/status). process.resourceUsage().maxRSS in the same children ` +
          `read up to ${Math.max(...inflation)} MiB more: on Linux it starts from the parent's RSS at spawn ` +
          `(here the S3 simulator's buffers); both are in ${relative(ROOT, OUTPUT)}`
      )
    }
    const problems = [
      bigRun.mismatches + smallRun.mismatches > 0 && 'sha256File disagrees with the manifest',
      bigRun.archiveMismatches +
        smallRun.archiveMismatches +
        bigRun.archiveMissing +
        smallRun.archiveMissing >
        0 && 'the digests of writeBundleArchive’s pass disagree with the manifest',
      sha256sumMismatches > 0 && 'sha256sum disagrees with the manifest',
      sha256sumLines !== big.files.length &&
        `sha256sum printed ${sha256sumLines} lines for ${big.files.length} files`,
      bigRun.unlisted + smallRun.unlisted > 0 && 'files on disk the manifest does not list',
      !(bigRun.archiveDigestMatches && smallRun.archiveDigestMatches) &&
        'the SHA-256 writeBundleArchive returned is not the archive file’s',
      uploads.some((u) => !u.intact) &&
        'an uploaded object differs from the file (or an upload was left open)',
      uploads.some((u) => u.method === 'multipart' && u.uploadParts !== UPLOAD_BYTES / (8 * MiB)) &&
        `multipart did not upload ${UPLOAD_BYTES / (8 * MiB)} parts of 8 MiB`
    ].filter((p): p is string => typeof p === 'string')
    for (const problem of problems) console.log(`PROBLEM: ${problem}`)

    await mkdir(dirname(OUTPUT), { recursive: true })
    await writeFile(
      OUTPUT,
      `${JSON.stringify(
        {
          generatedAt: new Date().toISOString(),
          node: process.version,
          cpus: cpus().length,
          data: {
            smallFiles: SMALL_FILES,
            largeFileBytes: LARGE_FILE_BYTES,
            largeFileContent: 'base64 text of random bytes',
            uploadContent: 'random bytes'
          },
          ...figures,
          problems
        },
        null,
        2
      )}\n`
    )
    console.log(`\nFigures written to ${OUTPUT}`)
    if (problems.length > 0) process.exitCode = 1
  } finally {
    clearTimeout(watchdog)
    for (const proc of running) proc.kill('SIGKILL')
    await simulator?.close().catch(() => {})
    await rm(tmp, { recursive: true, force: true })
  }
}

interface Built {
  dir: string
  /** Bundle-relative paths of every file, manifest included, sorted. */
  files: string[]
  bytes: number
}

/** A bundle written by the real BundleWriter: large base64 text files, small JSON records, a manifest. */
async function buildBundle(dir: string, largeFiles: number, smallFiles = SMALL_FILES): Promise<Built> {
  const writer = new BundleWriter(dir)
  await mkdir(dirname(dir), { recursive: true })
  const started = new Date()
  for (let i = 0; i < largeFiles; i += 1) {
    // 12 MiB of random bytes is exactly 16 MiB of base64.
    const text = randomBytes((LARGE_FILE_BYTES / 4) * 3).toString('base64')
    await writer.writeText(`attachments/export-${String(i).padStart(3, '0')}.txt`, text)
  }
  const kinds = ['branch-rules', 'protection', 'alerts', 'pulls', 'reviews', 'settings', 'teams', 'hooks']
  for (let i = 0; i < smallFiles; i += 1) {
    const repo = `repo-${String(i % SMALL_REPOS).padStart(3, '0')}`
    const kind = kinds[Math.floor(i / SMALL_REPOS) % kinds.length]!
    const path = `evidence/github/repos/bench/${repo}/${kind}-${Math.floor(i / (SMALL_REPOS * kinds.length))}.json`
    await writer.writeJson(path, {
      path,
      source: 'github',
      subject: `bench/${repo}`,
      kind,
      requests: [{ method: 'GET', url: `https://api.github.com/repos/bench/${repo}/${kind}`, status: 200 }],
      data: Array.from({ length: 8 }, (_, n) => ({
        id: n,
        sha: randomBytes(20).toString('hex'),
        note: randomBytes(48).toString('base64'),
        enabled: n % 2 === 0
      }))
    })
  }
  const now = new Date()
  // Whatever the writer accepts (the manifest without its file list), so this follows the schema.
  const manifest: Parameters<BundleWriter['finish']>[0] = {
    schemaVersion: MANIFEST_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    scope: 'bench',
    bundleKey: `bench/${basename(dir)}`,
    previous: null,
    run: { id: 'bench' },
    period: {
      start: new Date(now.getTime() - 86_400_000).toISOString(),
      end: now.toISOString(),
      expression: 'P1D'
    },
    startedAt: started.toISOString(),
    finishedAt: now.toISOString(),
    config: { path: null, sha256: sha256Hex('') },
    sources: {},
    requests: {},
    summary: { subjects: SMALL_REPOS, findings: {}, controls: {} }
  }
  await writer.finish(manifest)
  const files = await listFiles(dir)
  let bytes = 0
  for (const file of files) bytes += (await stat(join(dir, file))).size
  return { dir, files, bytes }
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort()
}

async function digestsOf(dir: string): Promise<Map<string, string>> {
  const manifest = JSON.parse(await readFile(join(dir, MANIFEST_FILE), 'utf8')) as Manifest
  return new Map(manifest.files.map((f) => [f.path, f.sha256]))
}

/** Streams random bytes to a file; returns their SHA-256. */
async function writeRandomFile(path: string, size: number): Promise<string> {
  await mkdir(dirname(path), { recursive: true })
  const hash = createHash('sha256')
  const out = createWriteStream(path)
  for (let written = 0; written < size; written += MiB) {
    const chunk = randomBytes(Math.min(MiB, size - written))
    hash.update(chunk)
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', resolve))
  }
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve()))
  )
  return hash.digest('hex')
}

// --- child processes ----------------------------------------------------------------------------------

interface ExecOptions {
  cwd?: string
  /** Added to a minimal environment (PATH and HOME only). */
  env?: Record<string, string>
  stdin?: NodeJS.ReadableStream
  /** What to do with stdout: keep it (default), only count its bytes, or leave it to the caller to pipe. */
  stdout?: 'keep' | 'count' | 'pipe'
}

interface Execution {
  stdout: NodeJS.ReadableStream
  /** Settles when the process exits: what it printed (unless piped) and how many bytes; rejects unless exit 0. */
  result: Promise<{ stdout: string; bytes: number }>
}

/** Starts a process, tracked in `running` until it exits so that a failure or the watchdog can kill it. */
function execute(
  command: string,
  args: string[],
  running: Set<ChildProcess>,
  options: ExecOptions = {}
): Execution {
  const proc = spawn(command, args, {
    cwd: options.cwd ?? ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir(), ...options.env },
    stdio: [options.stdin ? 'pipe' : 'ignore', 'pipe', 'pipe']
  })
  running.add(proc)
  if (options.stdin) options.stdin.pipe(proc.stdin!)
  const chunks: Buffer[] = []
  let bytes = 0
  let stderr = ''
  const mode = options.stdout ?? 'keep'
  if (mode !== 'pipe') {
    proc.stdout!.on('data', (chunk: Buffer) => {
      bytes += chunk.length
      if (mode === 'keep') chunks.push(chunk)
    })
  }
  proc.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const result = new Promise<{ stdout: string; bytes: number }>((resolve, reject) => {
    proc.on('error', (error) => {
      running.delete(proc)
      reject(error)
    })
    proc.on('close', (code, signal) => {
      running.delete(proc)
      if (code === 0) resolve({ stdout: Buffer.concat(chunks).toString('utf8'), bytes })
      else {
        const shown = [command === process.execPath ? 'node' : command, ...args.slice(0, 6)].join(' ')
        reject(new Error(`${shown} exited ${code ?? signal}:\n${stderr.slice(-3000)}`))
      }
    })
  })
  return { stdout: proc.stdout!, result }
}

/** Runs one measured step in this process and prints its report as the last line of stdout. */
async function child(mode: string, args: string[]): Promise<void> {
  const report = async (values: object) => {
    const status = await readFile('/proc/self/status', 'utf8').catch(() => '')
    const hwm = /^VmHWM:\s*(\d+) kB$/m.exec(status)?.[1]
    const maxRssKiB = process.resourceUsage().maxRSS
    console.log(JSON.stringify({ ...values, maxRssKiB, ...(hwm !== undefined && { hwmKiB: Number(hwm) }) }))
  }
  switch (mode) {
    case 'idle':
      await report({})
      return
    case 'hash-archive': {
      const [dir, archive] = args as [string, string]
      const expected = await digestsOf(dir)
      const files = await listFiles(dir)
      let bytes = 0
      let mismatches = 0
      let unlisted = 0
      const started = performance.now()
      for (const file of files) {
        const { sha256, size } = await sha256File(join(dir, file))
        bytes += size
        const digest = expected.get(file)
        if (digest === undefined) unlisted += file === MANIFEST_FILE || file === CHECKSUMS_FILE ? 0 : 1
        else if (digest !== sha256) mismatches += 1
      }
      const hashMs = ms(started)
      const archiveStarted = performance.now()
      const written = await writeBundleArchive(dir, archive, { mtime: ARCHIVE_MTIME })
      const archiveMs = ms(archiveStarted)
      const archived = new Map(written.files.map((file) => [file.path, file.sha256]))
      let archiveMismatches = 0
      for (const [path, digest] of expected)
        if (archived.has(path) && archived.get(path) !== digest) archiveMismatches += 1
      const archiveMissing = [...expected.keys()].filter((path) => !archived.has(path)).length
      await report({
        files: files.length,
        bytes,
        hashMs,
        archiveMs,
        archiveBytes: written.size,
        archiveSha256: written.sha256,
        mismatches,
        archiveMismatches,
        archiveMissing,
        unlisted
      })
      return
    }
    case 'upload-multipart': {
      const [endpoint, bundleDir, bundleKey, file] = args as [string, string, string, string]
      const store = new S3Store({ uri: `s3://${BUCKET}`, endpoint, forcePathStyle: true, maxAttempts: 1 })
      const started = performance.now()
      const result = await publishBundle(store, bundleDir, bundleKey, file, (message) =>
        console.error(message)
      )
      const elapsed = ms(started)
      store.client.destroy()
      await report({ ms: elapsed, bytes: result.bytes, objects: result.objects })
      return
    }
    case 'upload-single': {
      const [endpoint, key, file] = args as [string, string, string]
      const store = new S3Store({ uri: `s3://${BUCKET}`, endpoint, forcePathStyle: true, maxAttempts: 1 })
      const started = performance.now()
      // The baseline: the whole file in memory, its SHA-256, one PUT with the same conditions S3Store uses.
      const body = await readFile(file)
      const sha256 = createHash('sha256').update(body).digest()
      await store.client.send(
        new PutObjectCommand({
          Bucket: BUCKET,
          Key: key,
          Body: body,
          ContentLength: body.length,
          ContentType: 'application/gzip',
          IfNoneMatch: '*',
          ChecksumSHA256: sha256.toString('base64'),
          Metadata: { sha256: sha256.toString('hex') }
        })
      )
      const elapsed = ms(started)
      store.client.destroy()
      await report({ ms: elapsed, bytes: body.length, objects: 1 })
      return
    }
    default:
      throw new Error(`bench child: unknown mode ${JSON.stringify(mode)}`)
  }
}

// --- printing -------------------------------------------------------------------------------------------

type Row = [step: string, data: string, files: string, ms: string, rate: string, rss: string, note: string]

function tableRows(
  f: {
    hashArchive: {
      sha256sum: { ms: number; mibPerSecond: number }
      sha256File: { ms: number; mibPerSecond: number }
      writeBundleArchive: { ms: number; mibPerSecond: number; compression: number }
      hashPlusArchive: { ms: number; mibPerSecond: number }
      ratios: { sha256FileOverSha256sum: number; hashPlusArchiveOverSha256sum: number }
      files: number
      bundleBytes: number
    }
    nativeArchiveReference: {
      bundleBytes: number
      tarGzip9: { ms: number; mibPerSecond: number; bytes: number }
      writeBundleArchive: { ms: number; mibPerSecond: number }
    }
    peakRss: { idleChildMiB: number }
  },
  smallRun: HashArchiveReport,
  bigRun: HashArchiveReport,
  uploads: UploadRun[]
): Row[] {
  const h = f.hashArchive
  const n = f.nativeArchiveReference
  const bigData = `${mib(h.bundleBytes)} MiB`
  const smallData = `${mib(n.bundleBytes)} MiB`
  return [
    [
      'sha256sum (coreutils)',
      bigData,
      String(h.files),
      String(h.sha256sum.ms),
      fixed(h.sha256sum.mibPerSecond),
      '-',
      '1.00 (baseline)'
    ],
    [
      'sha256File, file by file',
      bigData,
      String(h.files),
      String(h.sha256File.ms),
      fixed(h.sha256File.mibPerSecond),
      '-',
      `${h.ratios.sha256FileOverSha256sum.toFixed(2)} of sha256sum`
    ],
    [
      'writeBundleArchive (gzip members)',
      bigData,
      String(h.files),
      String(h.writeBundleArchive.ms),
      fixed(h.writeBundleArchive.mibPerSecond),
      '-',
      `archive ${h.writeBundleArchive.compression.toFixed(2)} of input`
    ],
    [
      'hash + archive (one pass)',
      bigData,
      String(h.files),
      String(h.hashPlusArchive.ms),
      fixed(h.hashPlusArchive.mibPerSecond),
      peakMib(bigRun).toFixed(1),
      `${h.ratios.hashPlusArchiveOverSha256sum.toFixed(2)} of sha256sum`
    ],
    [
      'hash + archive (one pass)',
      smallData,
      String(smallRun.files),
      String(smallRun.archiveMs),
      fixed(mib(smallRun.bytes) / (smallRun.archiveMs / 1000)),
      peakMib(smallRun).toFixed(1),
      `sha256File alone ${smallRun.hashMs} ms`
    ],
    [
      '  writeBundleArchive alone',
      smallData,
      String(smallRun.files),
      String(n.writeBundleArchive.ms),
      fixed(n.writeBundleArchive.mibPerSecond),
      '-',
      ''
    ],
    [
      '  tar -c | gzip -9 (native)',
      smallData,
      String(smallRun.files),
      String(n.tarGzip9.ms),
      fixed(n.tarGzip9.mibPerSecond),
      '-',
      'reference'
    ],
    ['idle child (imports only)', '-', '-', '-', '-', `${f.peakRss.idleChildMiB.toFixed(1)}`, 'RSS floor'],
    ...uploads.map((u): Row => [
      u.method === 'multipart' ? 'publishBundle → S3Store.put' : 'PutObjectCommand, Buffer',
      `${mib(UPLOAD_BYTES)} MiB`,
      String(u.objects),
      String(u.ms),
      fixed(u.mibPerSecond),
      u.peakRssMiB.toFixed(1),
      u.method === 'multipart'
        ? `run ${u.round}: ${u.uploadParts} parts × 8 MiB, 4 in flight`
        : `run ${u.round}: single PUT (${u.putObjects})`
    ])
  ]
}

function renderTable(rows: Row[]): string {
  const header: Row = ['step', 'data', 'files', 'ms', 'MiB/s', 'peak RSS MiB', 'note']
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
  // Text columns left-aligned, figures right-aligned.
  const left = (i: number) => i === 0 || i === header.length - 1
  const line = (values: string[]) =>
    `| ${values.map((v, i) => (left(i) ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join(' | ')} |`
  const rule = `|${widths.map((w, i) => (left(i) ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`
  return [line(header), rule, ...rows.map(line)].join('\n')
}

/** The child's own peak RSS in MiB: VmHWM where /proc has it, else getrusage's (see ChildReport). */
function peakMib(report: ChildReport): number {
  return kibToMib(report.hwmKiB ?? report.maxRssKiB)
}

function kibToMib(kib: number): number {
  return round1(kib / 1024)
}

function mib(bytes: number): number {
  return round1(bytes / MiB)
}

function fixed(value: number): string {
  return value.toFixed(1)
}

function ms(since: number): number {
  return Math.round(performance.now() - since)
}

function round1(value: number): number {
  return Math.round(value * 10) / 10
}

function round2(value: number): number {
  return Math.round(value * 100) / 100
}

/** BENCH_BUNDLE_MIB: the large bundle's size in MiB (16 to 16384; 1024 when unset). */
function bundleMib(value: string | undefined): number {
  if (value === undefined || value === '') return 1024
  const parsed = Number(value)
  if (!Number.isInteger(parsed) || parsed < 16 || parsed > 16384)
    throw new Error(
      `BENCH_BUNDLE_MIB must be a whole number of MiB from 16 to 16384, got ${JSON.stringify(value)}`
    )
  return parsed
}
