import { generateKeyPairSync } from 'node:crypto'
import { mkdir, symlink, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { CLI_ENTRY, runAction, runNode, type ProcessResult } from './run-action.js'

/**
 * The bad-input corpus (issue #11, item 16), run by __tests__/integration/bad-input.test.ts: what careless users type, each run against the built dist/
 * as a child process. Every case must exit 2 with ONE line that names the input and says what was
 * expected and what was found, and never a stack trace. Nothing here reaches a server: the API URL is a
 * closed port, so a case that slipped past validation would fail (or hang, and be killed) rather than pass.
 */

const DEAD_API = 'http://127.0.0.1:9'
const TOKEN = 'ghs_corpus0123456789abcdefCORPUS'
const SHA = 'a'.repeat(40)
const CASE_TIMEOUT_MS = 30_000

export interface BadInput {
  name: string
  /** CLI arguments (`{ws}` is the case's working directory), or action inputs. */
  cli?: string[]
  action?: Record<string, string>
  env?: Record<string, string>
  /** Files to create in the working directory (relative path → content). */
  files?: Record<string, string>
  /** Symlinks to create (relative path → target). */
  links?: Record<string, string>
  /** What the message must name: the flag, input, variable or file:line. */
  names: string
  /** What else the message must say; by default "expected" and "got". */
  says?: RegExp
}

const { privateKey } = generateKeyPairSync('ed25519')
const PRIVATE_PEM = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()

const s3 = ['--destination', 's3://evidence-bucket/nightly']
const bundle = { 'bundle/manifest.json': '{}' }
const bundles = { 'store/acme/2026/07/01/x/manifest.json': '{}' }
const CONFIG = '.github/evidence.yml'
const withCommand = (command: string, cases: BadInput[]): BadInput[] =>
  cases.map((c) => ({ ...c, cli: [command, ...(c.cli ?? [])] }))
const prEvent = (pullRequest: unknown) => ({
  action: { mode: 'pull-request' },
  env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: '{ws}/event.json' },
  files: { 'event.json': JSON.stringify({ action: 'opened', pull_request: pullRequest }) }
})
const goodPr = {
  number: 7,
  title: 'Add a thing',
  html_url: 'https://github.com/acme-corp/payments-api/pull/7',
  user: { login: 'octocat' },
  head: { sha: SHA, ref: 'feature', repo: { full_name: 'acme-corp/payments-api', fork: false } },
  base: { sha: SHA, ref: 'main', repo: { full_name: 'acme-corp/payments-api' } }
}

const collectCases = withCommand('collect', [
  { name: '--shard 4/3', cli: ['--shard', '4/3'], names: '--shard' },
  { name: '--shard 0/0', cli: ['--shard', '0/0'], names: '--shard' },
  { name: '--shard with no n', cli: ['--shard', '2'], names: '--shard' },
  {
    name: '--shard to an s3:// destination',
    cli: [...s3, '--shard', '1/2', '--spool-dir', '{ws}/spool'],
    names: '--shard',
    says: /writes a partial bundle to a directory/
  },
  { name: 'empty --destination', cli: ['--destination', ''], names: '--destination' },
  { name: 'empty --period', cli: ['--period', ''], names: '--period' },
  { name: 'absurd --period', cli: ['--period', 'P99999999999D'], names: '--period' },
  { name: 'months in --period', cli: ['--period', 'P1M'], names: '--period' },
  { name: 'years in --period', cli: ['--period', 'P1Y'], names: '--period' },
  { name: 'not a duration', cli: ['--period', '1d'], names: '--period' },
  { name: 'zero period', cli: ['--period', 'P0D'], names: '--period' },
  { name: 'zero minutes', cli: ['--period', 'PT0M'], names: '--period' },
  { name: 'a bare P', cli: ['--period', 'P'], names: '--period' },
  { name: '--rate-limit-wait abc', cli: ['--rate-limit-wait', 'abc'], names: '--rate-limit-wait' },
  {
    name: 'negative --rate-limit-wait',
    cli: ['--rate-limit-wait', '-5'],
    names: '--rate-limit-wait',
    says: /argument is ambiguous/
  },
  { name: 'absurd --rate-limit-wait', cli: ['--rate-limit-wait', '1e9'], names: '--rate-limit-wait' },
  { name: 'empty --rate-limit-wait', cli: ['--rate-limit-wait', ''], names: '--rate-limit-wait' },
  { name: 'unknown --fail-on', cli: ['--fail-on', 'sometimes'], names: '--fail-on' },
  { name: 'empty --fail-on', cli: ['--fail-on', ''], names: '--fail-on' },
  {
    name: '/proc/self as destination (hung before)',
    cli: ['--destination', '/proc/self'],
    names: '--destination'
  },
  { name: '/proc as destination', cli: ['--destination', '/proc'], names: '--destination' },
  { name: '/sys as destination', cli: ['--destination', '/sys/kernel'], names: '--destination' },
  { name: '/dev/null as destination', cli: ['--destination', '/dev/null'], names: '--destination' },
  {
    name: 'a symlink into /proc as destination',
    cli: ['--destination', '{ws}/evidence'],
    links: { evidence: '/proc/self' },
    names: '--destination'
  },
  {
    name: 'a file as destination',
    cli: ['--destination', '{ws}/notes.txt'],
    files: { 'notes.txt': 'x' },
    names: '--destination'
  },
  {
    name: 'a destination under a file',
    cli: ['--destination', '{ws}/notes.txt/bundles'],
    files: { 'notes.txt': 'x' },
    names: '--destination'
  },
  { name: 'empty --spool-dir', cli: [...s3, '--spool-dir', ''], names: '--spool-dir' },
  { name: '/proc as spool', cli: [...s3, '--spool-dir', '/proc/self/fd'], names: '--spool-dir' },
  {
    name: 'a file as spool',
    cli: [...s3, '--spool-dir', '{ws}/notes.txt'],
    files: { 'notes.txt': 'x' },
    names: '--spool-dir'
  },
  { name: 's3:// without a bucket', cli: ['--destination', 's3://'], names: '--destination' },
  {
    name: 'an invalid bucket name',
    cli: ['--destination', 's3://Evidence_Bucket/x'],
    names: '--destination'
  },
  { name: 'a too short bucket name', cli: ['--destination', 's3://ab/x'], names: '--destination' },
  {
    name: '--s3-force-path-style yes',
    cli: [...s3, '--s3-force-path-style', 'yes'],
    names: '--s3-force-path-style'
  },
  {
    name: '--s3-force-path-style 1',
    cli: [...s3, '--s3-force-path-style', '1'],
    names: '--s3-force-path-style'
  },
  {
    name: '--s3-force-path-style on',
    cli: [...s3, '--s3-force-path-style', 'on'],
    names: '--s3-force-path-style'
  },
  {
    name: 'empty --s3-force-path-style',
    cli: [...s3, '--s3-force-path-style', ''],
    names: '--s3-force-path-style'
  },
  {
    name: '--s3-force-path-style with a directory destination',
    cli: ['--s3-force-path-style', 'true'],
    names: '--s3-force-path-style',
    says: /only used with an s3:\/\/ destination/
  },
  { name: 'unknown --sse', cli: [...s3, '--sse', 'rot13'], names: '--sse' },
  { name: 'lower-case --sse', cli: [...s3, '--sse', 'aes256'], names: '--sse' },
  {
    name: '--kms-key-id without --sse',
    cli: [...s3, '--kms-key-id', 'alias/evidence'],
    names: '--kms-key-id'
  },
  {
    name: '--kms-key-id with AES256',
    cli: [...s3, '--sse', 'AES256', '--kms-key-id', 'alias/evidence'],
    names: '--kms-key-id'
  },
  {
    name: 'unknown --retention-mode',
    cli: [...s3, '--retention-mode', 'FOREVER', '--retention-days', '3'],
    names: '--retention-mode'
  },
  {
    name: '--retention-mode without days',
    cli: [...s3, '--retention-mode', 'GOVERNANCE'],
    names: '--retention-days'
  },
  {
    name: '--retention-days without mode',
    cli: [...s3, '--retention-days', '30'],
    names: '--retention-mode'
  },
  {
    name: 'zero --retention-days',
    cli: [...s3, '--retention-mode', 'GOVERNANCE', '--retention-days', '0'],
    names: '--retention-days'
  },
  {
    name: 'fractional --retention-days',
    cli: [...s3, '--retention-mode', 'GOVERNANCE', '--retention-days', '1.5'],
    names: '--retention-days'
  },
  {
    name: 'more than 100 years of retention',
    cli: [...s3, '--retention-mode', 'COMPLIANCE', '--retention-days', '99999'],
    names: '--retention-days'
  },
  {
    name: 'an ftp --s3-endpoint',
    cli: [...s3, '--s3-endpoint', 'ftp://minio.local'],
    names: '--s3-endpoint'
  },
  {
    name: 'not a URL as --s3-endpoint',
    cli: [...s3, '--s3-endpoint', 'minio:9000 x'],
    names: '--s3-endpoint'
  },
  { name: 'empty --s3-endpoint', cli: [...s3, '--s3-endpoint', ''], names: '--s3-endpoint' },
  { name: 'a region with a space', cli: [...s3, '--aws-region', 'eu west 1'], names: '--aws-region' },
  { name: 'empty --aws-region', cli: [...s3, '--aws-region', ''], names: '--aws-region' },
  {
    name: '--sse with a directory destination',
    cli: ['--sse', 'AES256'],
    names: '--sse',
    says: /only used with an s3:\/\/ destination/
  },
  {
    name: 'retention with a directory destination',
    cli: ['--retention-mode', 'GOVERNANCE', '--retention-days', '1'],
    names: '--retention-mode',
    says: /only used with an s3:\/\/ destination/
  },
  { name: 'empty --config', cli: ['--config', ''], names: '--config' },
  { name: 'a missing --config', cli: ['--config', 'missing.yml'], names: '--config' },
  { name: '/dev/zero as --config', cli: ['--config', '/dev/zero'], names: '--config' },
  { name: 'a directory as --config', cli: ['--config', '{ws}'], names: '--config' },
  { name: 'empty --repositories', cli: ['--repositories', ''], names: '--repositories' },
  { name: 'not a repository', cli: ['--repositories', 'not a repo'], names: '--repositories' },
  { name: 'a path in --repositories', cli: ['--repositories', 'acme/app,../etc'], names: '--repositories' },
  { name: 'empty --signing-key-file', cli: ['--signing-key-file', ''], names: '--signing-key-file' },
  {
    name: 'a missing --signing-key-file',
    cli: ['--signing-key-file', 'nope.pem'],
    names: '--signing-key-file'
  },
  {
    name: 'an empty signing key file (was: an unsigned bundle)',
    cli: ['--signing-key-file', 'key.pem'],
    files: { 'key.pem': '' },
    names: '--signing-key-file'
  },
  {
    name: 'a blank signing key file',
    cli: ['--signing-key-file', 'key.pem'],
    files: { 'key.pem': '\n  \n' },
    names: '--signing-key-file'
  },
  { name: '/dev/zero as signing key', cli: ['--signing-key-file', '/dev/zero'], names: '--signing-key-file' },
  {
    name: 'a signing key file that is not a key',
    cli: ['--signing-key-file', 'key.pem'],
    files: { 'key.pem': 'hello' },
    names: '--signing-key-file',
    says: /expected an ed25519 private key/
  },
  { name: 'an empty SIGNING_KEY', cli: [], env: { SIGNING_KEY: '' }, names: 'SIGNING_KEY' },
  {
    name: 'a SIGNING_KEY that is not a key',
    cli: [],
    env: { SIGNING_KEY: 'not-a-key' },
    names: 'SIGNING_KEY',
    says: /expected an ed25519 private key/
  },
  {
    name: 'GITHUB_API_URL not a URL',
    cli: [],
    env: { GITHUB_API_URL: 'api.github.com' },
    names: 'GITHUB_API_URL'
  },
  {
    name: 'GITHUB_API_URL ftp',
    cli: [],
    env: { GITHUB_API_URL: 'ftp://ghes.local' },
    names: 'GITHUB_API_URL'
  },
  {
    name: 'GITHUB_API_URL with a query',
    cli: [],
    env: { GITHUB_API_URL: 'https://ghes.local/api/v3?x=1' },
    names: 'GITHUB_API_URL'
  },
  {
    name: 'GITHUB_GRAPHQL_URL not a URL',
    cli: [],
    env: { GITHUB_GRAPHQL_URL: 'graphql' },
    names: 'GITHUB_GRAPHQL_URL'
  },
  {
    name: 'AWS_ENDPOINT_URL_S3 not a URL',
    cli: [...s3],
    env: { AWS_ENDPOINT_URL_S3: 'minio' },
    names: 'AWS_ENDPOINT_URL_S3'
  },
  {
    name: 'AWS_ENDPOINT_URL not a URL',
    cli: [],
    env: { AWS_ENDPOINT_URL: 'localstack' },
    names: 'AWS_ENDPOINT_URL'
  },
  { name: 'no token', cli: [], env: { GITHUB_TOKEN: '' }, names: 'GITHUB_TOKEN' },
  {
    name: 'a malformed GITHUB_REPOSITORY',
    cli: [],
    env: { GITHUB_REPOSITORY: 'payments-api' },
    names: 'GITHUB_REPOSITORY'
  },
  { name: 'an unknown flag', cli: ['--frobnicate'], names: '--frobnicate', says: /Unknown option/ },
  {
    name: 'a flag without its value',
    cli: ['--destination'],
    names: '--destination',
    says: /argument missing/
  },
  { name: 'a stray argument', cli: ['extra'], names: 'extra', says: /Unexpected argument/ }
])

const verifyCases = withCommand('verify', [
  { name: 'no target', cli: [], names: 'verify' },
  { name: 'two targets', cli: ['a', 'b'], names: 'verify' },
  { name: 'an empty target', cli: [''], names: 'verify' },
  {
    name: '--from with one bundle (was: ignored)',
    cli: ['{ws}/bundle', '--from', '2026-07-01'],
    files: bundle,
    names: '--from',
    says: /only used when verifying a period/
  },
  {
    name: '--to with one bundle',
    cli: ['{ws}/bundle', '--to', '2026-07-01'],
    files: bundle,
    names: '--to',
    says: /only used when verifying/
  },
  {
    name: '--every with one bundle',
    cli: ['{ws}/bundle', '--every', '1d'],
    files: bundle,
    names: '--every',
    says: /only used when verifying/
  },
  {
    name: '--from with a bundle archive',
    cli: ['{ws}/b.tar.gz', '--from', '2026-07-01'],
    files: { 'b.tar.gz': 'x' },
    names: '--from',
    says: /only used when verifying/
  },
  { name: 'empty --from', cli: ['{ws}/store', '--from', ''], files: bundles, names: '--from' },
  {
    name: '--from 2026-02-30 (was: March 2)',
    cli: ['{ws}/store', '--from', '2026-02-30'],
    files: bundles,
    names: '--from'
  },
  { name: 'month 13', cli: ['{ws}/store', '--from', '2026-13-01'], files: bundles, names: '--from' },
  { name: 'a US date', cli: ['{ws}/store', '--from', '07/01/2026'], files: bundles, names: '--from' },
  {
    name: '29 February of a common year',
    cli: ['{ws}/store', '--to', '2026-02-29'],
    files: bundles,
    names: '--to'
  },
  { name: 'hour 25', cli: ['{ws}/store', '--from', '2026-07-01T25:00:00Z'], files: bundles, names: '--from' },
  {
    name: 'a time without a zone',
    cli: ['{ws}/store', '--from', '2026-07-01T00:00:00'],
    files: bundles,
    names: '--from'
  },
  { name: 'empty --to', cli: ['{ws}/store', '--to', ''], files: bundles, names: '--to' },
  {
    name: '--to before --from',
    cli: ['{ws}/store', '--from', '2026-07-02', '--to', '2026-07-01'],
    files: bundles,
    names: '--to',
    says: /after --from/
  },
  { name: '--every 0d', cli: ['{ws}/store', '--every', '0d'], files: bundles, names: '--every' },
  { name: '--every 0h', cli: ['{ws}/store', '--every', '0h'], files: bundles, names: '--every' },
  { name: '--every abc', cli: ['{ws}/store', '--every', 'abc'], files: bundles, names: '--every' },
  { name: 'an absurd --every', cli: ['{ws}/store', '--every', '9999d'], files: bundles, names: '--every' },
  { name: 'empty --every', cli: ['{ws}/store', '--every', ''], files: bundles, names: '--every' },
  {
    name: '--aws-region with a directory',
    cli: ['{ws}/store', '--aws-region', 'eu-west-1'],
    files: bundles,
    names: '--aws-region',
    says: /only used when verifying an s3/
  },
  {
    name: '--s3-force-path-style with a directory',
    cli: ['{ws}/store', '--s3-force-path-style', 'true'],
    files: bundles,
    names: '--s3-force-path-style',
    says: /only used when verifying/
  },
  {
    name: 'verify --s3-force-path-style yes',
    cli: ['s3://evidence-bucket/x', '--s3-force-path-style', 'yes'],
    names: '--s3-force-path-style'
  },
  {
    name: 'verify --s3-endpoint not a URL',
    cli: ['s3://evidence-bucket/x', '--s3-endpoint', 'nope'],
    names: '--s3-endpoint'
  },
  { name: 'verify an invalid bucket', cli: ['s3://B/x'], names: 'verify' },
  { name: 'verify /proc (hung before)', cli: ['/proc'], names: 'verify' },
  { name: 'verify /proc/self', cli: ['/proc/self'], names: 'verify' },
  { name: 'verify /sys', cli: ['/sys'], names: 'verify' },
  {
    name: 'empty --public-key',
    cli: ['{ws}/bundle', '--public-key', ''],
    files: bundle,
    names: '--public-key'
  },
  {
    name: 'a missing --public-key',
    cli: ['{ws}/bundle', '--public-key', 'nope.pub'],
    files: bundle,
    names: '--public-key'
  },
  {
    name: '/dev/zero as --public-key',
    cli: ['{ws}/bundle', '--public-key', '/dev/zero'],
    files: bundle,
    names: '--public-key'
  },
  {
    name: 'an empty --public-key file',
    cli: ['{ws}/bundle', '--public-key', 'key.pub'],
    files: { ...bundle, 'key.pub': '' },
    names: '--public-key',
    says: /is empty; expected/
  },
  {
    name: 'a private key as --public-key',
    cli: ['{ws}/bundle', '--public-key', 'key.pub'],
    files: { ...bundle, 'key.pub': PRIVATE_PEM },
    names: '--public-key',
    says: /found a private key/
  },
  {
    name: '--json with a value',
    cli: ['{ws}/bundle', '--json=yes'],
    files: bundle,
    names: '--json',
    says: /does not take an argument/
  },
  {
    name: 'an unknown verify flag',
    cli: ['--frobnicate', 'x'],
    names: '--frobnicate',
    says: /Unknown option/
  }
])

const otherCliCases: BadInput[] = [
  { name: 'merge with no bundles', cli: ['merge', '--destination', '{ws}/out'], names: 'merge' },
  { name: 'merge without --destination', cli: ['merge', '{ws}'], names: '--destination' },
  {
    name: 'merge of a path that does not exist',
    cli: ['merge', '{ws}/missing', '--destination', '{ws}/out'],
    names: 'merge'
  },
  {
    name: 'merge of a directory without bundles',
    cli: ['merge', '{ws}', '--destination', '{ws}/out'],
    names: 'merge'
  },
  { name: 'keygen --out empty', cli: ['keygen', '--out', ''], names: '--out' },
  {
    name: 'keygen --out over an existing file',
    cli: ['keygen', '--out', 'key'],
    files: { key: 'precious' },
    names: '--out',
    says: /already exists/
  },
  {
    name: 'keygen --out over an existing public key',
    cli: ['keygen', '--out', 'key'],
    files: { 'key.pub': 'precious' },
    names: '--out',
    says: /already exists/
  },
  { name: 'keygen --out in /proc', cli: ['keygen', '--out', '/proc/self/key'], names: '--out' },
  {
    name: 'keygen --out under a file',
    cli: ['keygen', '--out', '{ws}/notes.txt/key'],
    files: { 'notes.txt': 'x' },
    names: '--out'
  },
  {
    name: 'keygen with an argument',
    cli: ['keygen', 'key.pem'],
    names: 'key.pem',
    says: /Unexpected argument/
  },
  { name: 'an unknown command', cli: ['frobnicate'], names: 'frobnicate', says: /unknown command/ }
]

const actionCases: BadInput[] = [
  { name: 'empty github-token', action: { 'github-token': '' }, names: 'github-token input' },
  { name: 'fail-on sometimes', action: { 'fail-on': 'sometimes' }, names: 'fail-on input' },
  { name: 'rate-limit-wait abc', action: { 'rate-limit-wait': 'abc' }, names: 'rate-limit-wait input' },
  { name: 'rate-limit-wait -1', action: { 'rate-limit-wait': '-1' }, names: 'rate-limit-wait input' },
  { name: 'an absurd period', action: { period: 'P99999999999D' }, names: 'period input' },
  { name: 'period in months', action: { period: 'P1M' }, names: 'period input' },
  { name: 'destination /proc/self', action: { destination: '/proc/self' }, names: 'destination input' },
  {
    name: 'destination a file',
    action: { destination: 'notes.txt' },
    files: { 'notes.txt': 'x' },
    names: 'destination input'
  },
  {
    name: 'spool-dir in /proc',
    action: { destination: 's3://evidence-bucket/x', 'spool-dir': '/proc/self/fd' },
    names: 'spool-dir input'
  },
  {
    name: 's3-force-path-style: yes',
    action: { destination: 's3://evidence-bucket/x', 's3-force-path-style': 'yes' },
    names: 's3-force-path-style input'
  },
  {
    name: 's3-force-path-style: 1',
    action: { destination: 's3://evidence-bucket/x', 's3-force-path-style': '1' },
    names: 's3-force-path-style input'
  },
  {
    name: 'sse rot13',
    action: { destination: 's3://evidence-bucket/x', sse: 'rot13' },
    names: 'sse input',
    says: /expected AES256 or aws:kms, got "rot13"/
  },
  {
    name: 'retention-days abc',
    action: {
      destination: 's3://evidence-bucket/x',
      'retention-mode': 'GOVERNANCE',
      'retention-days': 'abc'
    },
    names: 'retention-days input'
  },
  {
    name: 's3-endpoint not a URL',
    action: { destination: 's3://evidence-bucket/x', 's3-endpoint': 'minio' },
    names: 's3-endpoint input'
  },
  {
    name: 'kms-key-id without sse',
    action: { destination: 's3://evidence-bucket/x', 'kms-key-id': 'alias/x' },
    names: 'kms-key-id input'
  },
  {
    name: 'sse with a directory destination',
    action: { sse: 'AES256' },
    names: 'sse input',
    says: /only used with an s3:\/\/ destination/
  },
  { name: 'attest maybe', action: { attest: 'maybe' }, names: 'attest input' },
  { name: 'mode sometimes', action: { mode: 'sometimes' }, names: 'mode input' },
  { name: 'shard 3/2', action: { shard: '3/2' }, names: 'shard input' },
  { name: 'shard 1/1000', action: { shard: '1/1000' }, names: 'shard input' },
  { name: 'mode merge without partial-bundles', action: { mode: 'merge' }, names: 'partial-bundles input' },
  {
    name: 'mode merge of partial-bundles that do not exist',
    action: { mode: 'merge', 'partial-bundles': '{ws}/shards' },
    names: 'partial-bundles input'
  },
  {
    name: 'mode merge with a repositories input',
    action: { mode: 'merge', 'partial-bundles': '{ws}', repositories: 'acme-corp/*' },
    names: 'repositories input',
    says: /only used when collecting/
  },
  {
    name: 'partial-bundles without mode merge (was: ignored)',
    action: { 'partial-bundles': '{ws}' },
    names: 'partial-bundles input',
    says: /only used with mode: merge/
  },
  {
    name: 'mode merge with a period input',
    action: { mode: 'merge', 'partial-bundles': '{ws}', period: 'P7D' },
    names: 'period input',
    says: /only used when collecting/
  },
  {
    name: 'mode merge with a shard input',
    action: { mode: 'merge', 'partial-bundles': '{ws}', shard: '1/2' },
    names: 'shard input',
    says: /only used when collecting a shard/
  },
  {
    name: 'an empty signing-key (a secret that is not set; was: an unsigned bundle)',
    action: { 'signing-key': '' },
    names: 'signing-key input'
  },
  { name: 'a blank signing-key', action: { 'signing-key': ' \n ' }, names: 'signing-key input' },
  {
    name: 'a signing-key that is not a key',
    action: { 'signing-key': 'not-a-key' },
    names: 'signing-key input',
    says: /expected an ed25519 private key/
  },
  { name: 'config missing', action: { config: 'missing.yml' }, names: 'config input' },
  { name: 'config /dev/zero', action: { config: '/dev/zero' }, names: 'config input' },
  { name: 'repositories not a repo', action: { repositories: 'not a repo' }, names: 'repositories input' },
  {
    name: 'GITHUB_API_URL not a URL (action)',
    action: {},
    env: { GITHUB_API_URL: 'nope' },
    names: 'GITHUB_API_URL'
  },
  {
    name: 'pull-request mode without GITHUB_EVENT_PATH',
    action: { mode: 'pull-request' },
    names: 'GITHUB_EVENT_PATH'
  },
  {
    name: 'a missing event file',
    action: { mode: 'pull-request' },
    env: { GITHUB_EVENT_PATH: '{ws}/nope.json' },
    names: 'GITHUB_EVENT_PATH'
  },
  {
    name: 'an event file that is not JSON',
    action: { mode: 'pull-request' },
    env: { GITHUB_EVENT_PATH: '{ws}/event.json' },
    files: { 'event.json': '{"pull_request": ' },
    names: 'GITHUB_EVENT_PATH'
  },
  {
    name: 'an event file holding a list',
    action: { mode: 'pull-request' },
    env: { GITHUB_EVENT_PATH: '{ws}/event.json' },
    files: { 'event.json': '[]' },
    names: 'GITHUB_EVENT_PATH'
  },
  {
    name: '/dev/zero as event file',
    action: { mode: 'pull-request' },
    env: { GITHUB_EVENT_PATH: '/dev/zero' },
    names: 'GITHUB_EVENT_PATH'
  },
  {
    name: 'a directory as event file',
    action: { mode: 'pull-request' },
    env: { GITHUB_EVENT_PATH: '{ws}' },
    names: 'GITHUB_EVENT_PATH'
  },
  {
    name: 'an event without pull_request',
    action: { mode: 'pull-request' },
    env: { GITHUB_EVENT_PATH: '{ws}/event.json' },
    files: { 'event.json': '{"action": "opened"}' },
    names: 'GITHUB_EVENT_PATH'
  },
  { name: 'an empty pull_request', ...prEvent({}), names: 'pull_request.number' },
  {
    name: 'a pull request number as text',
    ...prEvent({ ...goodPr, number: '7' }),
    names: 'pull_request.number'
  },
  {
    name: 'a head sha that is no sha',
    ...prEvent({ ...goodPr, head: { ...goodPr.head, sha: 'zzz' } }),
    names: 'pull_request.head.sha'
  },
  {
    name: 'a base without repository',
    ...prEvent({ ...goodPr, base: { sha: SHA, ref: 'main' } }),
    names: 'pull_request.base.repo'
  },
  {
    name: 'a hostile repository name',
    ...prEvent({ ...goodPr, base: { ...goodPr.base, repo: { full_name: '../../etc' } } }),
    names: 'pull_request.base.repo.full_name'
  }
]

/** Config files with bad keys, values and types; each read by the CLI (the action shares the loader). */
const configCases: BadInput[] = [
  [
    'an unknown top-level key',
    'perod: P1D\n',
    'evidence.yml:1',
    /unknown key "perod" \(did you mean "period"\?\)/
  ],
  [
    'a misspelt nested key',
    'checks:\n  pr-reveiw:\n    min-approvals: 1\n',
    'evidence.yml:2',
    /did you mean "pr-review"/
  ],
  ['a misspelt aws key', 'aws:\n  enable: true\n', 'evidence.yml:2', /did you mean "enabled"/],
  [
    'a misspelt mapping key',
    'mappings:\n  github.branch-protection:\n    replce: {}\n',
    'evidence.yml:3',
    /did you mean "replace"/
  ],
  [
    'a number as text',
    'checks:\n  pr-review:\n    min-approvals: two\n',
    'evidence.yml:3',
    /expected a number, got "two"/
  ],
  ['a negative count', 'checks:\n  branch-protection:\n    min-approvals: -1\n', 'evidence.yml:3', undefined],
  ['months as config period', 'period: P1M\n', 'evidence.yml', /period/],
  ['an absurd config period', 'period: P99999999999D\n', 'evidence.yml', /period/],
  [
    'repositories as a string',
    'repositories: acme-corp/payments-api\n',
    'evidence.yml:1',
    /expected an array/
  ],
  ['a bad repository in config', 'repositories: ["not a repo"]\n', 'evidence.yml: repositories', undefined],
  ['invalid YAML', 'checks: [skip\n', 'evidence.yml:', /invalid YAML/],
  ['a duplicate key', 'period: P1D\nperiod: P7D\n', 'evidence.yml:2', /invalid YAML/],
  ['a list as config', '- period\n', 'evidence.yml', /\(top level\): expected an object, got a list/],
  ['a bad role ARN', 'aws:\n  role-arns: ["arn:aws:iam::1:role/x"]\n', 'evidence.yml:2', /IAM role ARN/],
  [
    'a bad threshold',
    'models:\n  thresholds: ["accuracy is high"]\n',
    'evidence.yml:2',
    /<metric> <operator> <number>/
  ],
  ['not a URL for MLflow', 'models:\n  mlflow:\n    url: mlflow.local\n', 'evidence.yml:3', undefined],
  ['a zero assessment age', 'ai-inventory:\n  max-assessment-age-days: 0\n', 'evidence.yml:2', undefined],
  ['an SLA as text', 'checks:\n  dependabot-sla:\n    critical: seven\n', 'evidence.yml:3', undefined],
  [
    'not applicable without justification',
    'controls:\n  iso27001-2022:\n    A.5.1:\n      applicable: false\n',
    'evidence.yml',
    /justification/
  ],
  [
    'an unknown skipped check',
    'checks:\n  skip: [github.no-such-check]\n',
    'evidence.yml',
    /checks.skip: unknown check id/
  ]
].map(([name, text, names, says]) => ({
  name: `config: ${name as string}`,
  cli: ['collect'],
  files: { [CONFIG]: text as string },
  names: names as string,
  ...(says ? { says: says as RegExp } : {})
}))

export const CASES: BadInput[] = [
  ...collectCases,
  ...verifyCases,
  ...otherCliCases,
  ...actionCases,
  ...configCases
]

export const STACK_TRACE = [
  /^\s+at /m,
  /node:internal/,
  /^file:\/\//m,
  /^Node\.js v\d/m,
  /^\w*Error: /m,
  /%0A\s*at /
]

/** Runs one case in its own directory under `root`. */
export async function runCase(c: BadInput, root: string, index: number): Promise<ProcessResult> {
  const ws = join(root, String(index))
  await mkdir(ws, { recursive: true })
  const fill = (value: string) => value.replaceAll('{ws}', ws)
  for (const [path, text] of Object.entries(c.files ?? {})) {
    await mkdir(dirname(join(ws, path)), { recursive: true })
    await writeFile(join(ws, path), text)
  }
  for (const [path, target] of Object.entries(c.links ?? {})) await symlink(target, join(ws, path))
  const env = Object.fromEntries(Object.entries(c.env ?? {}).map(([k, v]) => [k, fill(v)]))
  if (c.action) {
    const inputs = Object.fromEntries(Object.entries(c.action).map(([k, v]) => [k, fill(v)]))
    return runAction({
      inputs: { 'github-token': TOKEN, ...inputs },
      apiUrl: DEAD_API,
      graphqlUrl: `${DEAD_API}/graphql`,
      workspace: ws,
      env: { NODE_COMPILE_CACHE: join(root, 'compile-cache'), ...env },
      timeoutMs: CASE_TIMEOUT_MS
    })
  }
  return runNode(
    CLI_ENTRY,
    c.cli!.map(fill),
    {
      GITHUB_TOKEN: TOKEN,
      GITHUB_API_URL: DEAD_API,
      GITHUB_REPOSITORY: 'acme-corp/payments-api',
      ANNEX_EVIDENCE_RETRY_BASE_MS: '20',
      // The same code starts 100+ times: V8's compile cache keeps the corpus inside its time budget.
      NODE_COMPILE_CACHE: join(root, 'compile-cache'),
      ...env
    },
    ws,
    undefined,
    { timeoutMs: CASE_TIMEOUT_MS }
  )
}
