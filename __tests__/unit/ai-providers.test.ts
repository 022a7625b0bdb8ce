import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { addedDependencies } from '../../src/ai/dependencies.js'
import {
  lineOfOffset,
  loadAiProviders,
  matchModels,
  matchPackage,
  type AiProviderCatalog
} from '../../src/ai/providers.js'
import { MappingError } from '../../src/controls/catalog.js'

let catalog: AiProviderCatalog
beforeAll(async () => {
  catalog = await loadAiProviders()
})

function models(text: string): string[] {
  return matchModels(catalog, text).map((m) => `${m.provider.id}:${m.model}`)
}

describe('the shipped catalog', () => {
  test('loads, with unique ids', () => {
    const ids = catalog.providers.map((p) => p.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toEqual(expect.arrayContaining(['openai', 'anthropic', 'google', 'aws-bedrock', 'langchain']))
  })

  test.each([
    ['npm', 'openai', 'openai'],
    ['npm', '@anthropic-ai/sdk', 'anthropic'],
    ['npm', '@google/genai', 'google'],
    ['npm', '@aws-sdk/client-bedrock-runtime', 'aws-bedrock'],
    ['npm', '@langchain/openai', 'openai'], // exact entry beats the @langchain/* wildcard
    ['npm', '@langchain/core', 'langchain'],
    ['npm', '@langchain/google-genai', 'google'], // longer prefix wins
    ['npm', 'ai', 'vercel-ai'],
    ['npm', '@ai-sdk/react', 'vercel-ai'],
    ['pypi', 'Huggingface_Hub', 'huggingface'],
    ['pypi', 'langchain-community', 'langchain'],
    ['pypi', 'llama_index.core', 'llamaindex'],
    ['go', 'github.com/sashabaranov/go-openai', 'openai'],
    ['go', 'github.com/cohere-ai/cohere-go/v2', 'cohere'],
    ['maven', 'dev.langchain4j:langchain4j', 'langchain'],
    ['maven', 'dev.langchain4j:langchain4j-anthropic', 'anthropic'],
    ['maven', 'software.amazon.awssdk:bedrockruntime', 'aws-bedrock'],
    ['rubygems', 'ruby-openai', 'openai'],
    ['rubygems', 'langchainrb', 'langchain']
  ] as const)('%s %s → %s', (ecosystem, name, id) => {
    expect(matchPackage(catalog, ecosystem, name)?.id).toBe(id)
  })

  test.each([
    ['npm', 'aix'],
    ['npm', 'express'],
    ['npm', 'tiktoken'],
    ['pypi', 'torch'],
    ['pypi', 'boto3'],
    ['pypi', 'langchainx'],
    ['maven', 'software.amazon.awssdk:s3'],
    ['go', 'github.com/aws/aws-sdk-go-v2']
  ] as const)('%s %s is not an AI provider package', (ecosystem, name) => {
    expect(matchPackage(catalog, ecosystem, name)).toBeUndefined()
  })
})

describe('model identifiers in configuration', () => {
  test('YAML', () => {
    const yaml = `llm:
  model: gpt-4o-mini-2024-07-18
  fallback: "claude-3-5-sonnet-20241022"
  embeddings: text-embedding-3-small
  reasoning: o3-mini
`
    const found = matchModels(catalog, yaml)
    expect(found.map((m) => `${m.provider.id}:${m.model}@${lineOfOffset(yaml, m.index)}`)).toEqual([
      'openai:gpt-4o-mini-2024-07-18@2',
      'anthropic:claude-3-5-sonnet-20241022@3',
      'openai:text-embedding-3-small@4',
      'openai:o3-mini@5'
    ])
  })

  test('JSON', () => {
    expect(
      models(
        '{"model": "gemini-2.0-flash", "alt": ["mistral-large-latest", "command-r-plus"], "local": "llama3.1:8b"}'
      )
    ).toEqual([
      'google:gemini-2.0-flash',
      'mistral:mistral-large-latest',
      'cohere:command-r-plus',
      'meta-llama:llama3.1:8b'
    ])
  })

  test('.env', () => {
    expect(
      models(
        'OPENAI_MODEL=gpt-4.1\nBEDROCK_MODEL_ID=anthropic.claude-3-haiku-20240307-v1:0\nEMBED=amazon.titan-embed-text-v2:0\nX=o1\n'
      )
    ).toEqual([
      'openai:gpt-4.1',
      'anthropic:claude-3-haiku-20240307-v1:0',
      'aws-bedrock:amazon.titan-embed-text-v2:0',
      'openai:o1'
    ])
  })

  test.each([
    'gpt',
    'gpt-',
    'chatgpt-4o',
    'my-gpt-4o',
    'gpt-4x',
    'foo1 bar',
    'proto1',
    'cc -O3 main.c',
    'version: o1.2',
    'path: /o3/',
    'claude-code',
    'claude',
    'gemini',
    'llama-index',
    'ollama',
    'mistral',
    'command-line',
    'deepseek'
  ])('%j is not a model identifier', (text) => {
    expect(models(text)).toEqual([])
  })
})

describe('extension from config', () => {
  test('a new id adds a provider; an existing id gets more packages and models; replace replaces', async () => {
    const extended = await loadAiProviders([
      { id: 'acme-llm', name: 'ACME LLM gateway', vendor: 'ACME', packages: { npm: ['@acme/llm-*'] } },
      { id: 'openai', packages: { pypi: ['acme-openai-wrapper'] }, models: ['(?<![\\w-])acme-gpt-\\d+'] },
      { id: 'groq', name: 'Groq (ours)', vendor: 'Groq', replace: true }
    ])
    expect(matchPackage(extended, 'npm', '@acme/llm-client')?.id).toBe('acme-llm')
    expect(matchPackage(extended, 'pypi', 'acme_openai_wrapper')?.id).toBe('openai')
    expect(matchPackage(extended, 'pypi', 'openai')?.id).toBe('openai')
    expect(matchPackage(extended, 'npm', 'groq-sdk')).toBeUndefined()
    expect(matchModels(extended, 'model: acme-gpt-2').map((m) => m.model)).toEqual(['acme-gpt-2'])
  })

  test('bad entries are refused naming the entry', async () => {
    await expect(loadAiProviders([{ id: 'new-one', packages: { npm: ['x'] } }])).rejects.toThrow(
      'config (AI providers): [0] (new-one): a new provider ("new-one" is not built in) needs name and vendor'
    )
    await expect(loadAiProviders([{ id: 'openai', models: ['gpt-(4'] }])).rejects.toThrow(
      /\[0\]\.models\[0\] \(openai\): not a valid regular expression/
    )
    await expect(loadAiProviders([{ id: 'openai', packages: { npm: ['*'] } }])).rejects.toThrow(MappingError)
    await expect(loadAiProviders([{ id: 'openai', packages: { cargo: ['x'] } } as never])).rejects.toThrow(
      MappingError
    )
  })

  test('a broken mappings file is a MappingError naming the entry', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ai-providers-'))
    await writeFile(
      join(dir, 'ai-providers.yaml'),
      'providers:\n  - id: x\n    name: X\n    vendor: X\n    models: ["a*"]\n'
    )
    await expect(loadAiProviders([], { dir })).rejects.toThrow(
      'mappings/ai-providers.yaml: providers[0].models[0] (x): the pattern "a*" matches the empty string'
    )
  })
})

test('end to end: an added SDK in a manifest maps to its provider', () => {
  const added = addedDependencies(
    'requirements.txt',
    'requests\n',
    'requests\nlangchain-anthropic==0.2\nnumpy\n'
  ).flatMap((d) => {
    const provider = matchPackage(catalog, d.ecosystem, d.name)
    return provider ? [`${d.name}@${d.line} → ${provider.id}`] : []
  })
  expect(added).toEqual(['langchain-anthropic@2 → anthropic'])
})
