import { createHash } from 'node:crypto'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startS3Simulator } from './__tests__/support/s3-simulator.js'
import { S3Store } from './src/store/s3.js'
it('store', async () => {
  const sim = await startS3Simulator({ objectLockBuckets: ['ev'] })
  process.env.AWS_ACCESS_KEY_ID = sim.accessKeyId
  process.env.AWS_SECRET_ACCESS_KEY = sim.secretAccessKey
  const store = new S3Store({ uri: 's3://ev/pre', endpoint: sim.endpoint, forcePathStyle: true, retentionMode: 'COMPLIANCE', retentionDays: 1, sse: 'aws:kms' })
  const dir = await mkdtemp(join(tmpdir(), 'probe-'))
  for (const [name, size] of [['small', 1000], ['big', 20 * 1024 * 1024]] as const) {
    const data = Buffer.alloc(size, name.length)
    await writeFile(join(dir, name), data)
    const sha256 = createHash('sha256').update(data).digest('hex')
    await store.put(name, join(dir, name), { sha256, size, contentType: 'application/octet-stream' })
    const o = sim.objects('ev').get(`pre/${name}`)!
    console.log(name, o.body.equals(data), o.checksumSha256, o.checksumType, o.metadata, o.objectLockMode, o.serverSideEncryption, o.kmsKeyId)
    await store.put(name, join(dir, name), { sha256, size, contentType: 'application/octet-stream' }).catch((e) => console.log(String(e)))
  }
  console.log(await store.head('small'), await store.head('nope'))
  for await (const x of store.list('')) console.log(x)
  console.log(sim.requests.map((r) => [r.operation, r.status, r.errorCode, r.headers['x-amz-checksum-sha256'] ?? r.headers['x-amz-trailer']]))
  console.log(sim.openUploads())
  sim.denyAction('s3:ListBucket')
  await store.head('nope').catch((e) => console.log(String(e)))
  store.client.destroy()
  await sim.close()
})
