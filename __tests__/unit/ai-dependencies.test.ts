import {
  addedDependencies,
  ManifestParseError,
  manifestKind,
  parseDependencies,
  type Dependency
} from '../../src/ai/dependencies.js'

/** name@line, direct or not, for compact expectations. */
function summary(deps: Dependency[]): string[] {
  return deps.map((d) => `${d.name}@${d.line}${d.direct ? '' : ' (lock)'}`)
}

describe('manifestKind', () => {
  test.each([
    ['package.json', 'npm', false],
    ['web/package-lock.json', 'npm', true],
    ['npm-shrinkwrap.json', 'npm', true],
    ['yarn.lock', 'npm', true],
    ['pnpm-lock.yaml', 'npm', true],
    ['requirements.txt', 'pypi', false],
    ['svc/requirements-dev.txt', 'pypi', false],
    ['requirements/base.txt', 'pypi', false],
    ['pyproject.toml', 'pypi', false],
    ['Pipfile', 'pypi', false],
    ['poetry.lock', 'pypi', true],
    ['uv.lock', 'pypi', true],
    ['go.mod', 'go', false],
    ['go.sum', 'go', true],
    ['pom.xml', 'maven', false],
    ['app/build.gradle', 'maven', false],
    ['build.gradle.kts', 'maven', false],
    ['Gemfile', 'rubygems', false],
    ['Gemfile.lock', 'rubygems', true]
  ])('%s', (path, ecosystem, lockfile) => {
    expect(manifestKind(path)).toEqual({ ecosystem, lockfile })
  })

  test.each(['README.md', 'package.json5', 'src/requirements.py', 'docs/notes.txt', 'Pipfile.lock'])(
    '%s is not a manifest',
    (path) => {
      expect(manifestKind(path)).toBeUndefined()
      expect(parseDependencies(path, 'openai==1.0')).toEqual([])
    }
  )
})

describe('npm', () => {
  const base = JSON.stringify({ name: 'app', dependencies: { express: '^4.0.0', openai: '^4.0.0' } }, null, 2)

  test('package.json: an added SDK is found on its line', () => {
    const head = `{
  "name": "app",
  "dependencies": {
    "express": "^4.0.0",
    "openai": "^4.0.0"
  },
  "devDependencies": {
    "@anthropic-ai/sdk": "^0.30.0"
  }
}
`
    expect(addedDependencies('package.json', base, head)).toEqual([
      { ecosystem: 'npm', name: '@anthropic-ai/sdk', version: '^0.30.0', line: 8, direct: true }
    ])
  })

  test('package.json: a version bump or a removal adds nothing', () => {
    expect(addedDependencies('package.json', base, base.replace('"^4.0.0"', '"^5.1.0"'))).toEqual([])
    expect(
      addedDependencies('package.json', base, JSON.stringify({ dependencies: { express: '4' } }))
    ).toEqual([])
    expect(addedDependencies('package.json', base, undefined)).toEqual([])
  })

  test('package.json: a new file adds all its dependencies', () => {
    expect(summary(addedDependencies('package.json', undefined, base))).toEqual(['express@4', 'openai@5'])
  })

  test('package.json: broken JSON throws ManifestParseError with file and line', () => {
    const broken = '{\n  "dependencies": {\n    "openai": "^4"\n    "ai": "^3"\n  }\n}\n'
    expect(() => parseDependencies('web/package.json', broken)).toThrow(ManifestParseError)
    expect(() => parseDependencies('web/package.json', broken)).toThrow(/^web\/package\.json:4: invalid JSON/)
    try {
      parseDependencies('web/package.json', broken)
    } catch (error) {
      expect(error).toMatchObject({ file: 'web/package.json', line: 4 })
    }
  })

  test('a malformed base does not hide a real addition, nor invent old ones', () => {
    const head = JSON.stringify({ dependencies: { express: '4', openai: '4' } }, null, 2)
    expect(summary(addedDependencies('package.json', '{ "dependencies": { "express": "4", }', head))).toEqual(
      ['openai@4']
    )
  })

  test('package-lock.json v3: lockfile-only additions are not direct; nested node_modules give the inner name', () => {
    const lock = (extra: string) => `{
  "name": "app",
  "lockfileVersion": 3,
  "packages": {
    "": { "name": "app", "dependencies": { "express": "^4.0.0" } },
    "node_modules/express": { "version": "4.19.2" },${extra}
    "packages/lib": { "version": "1.0.0" },
    "node_modules/lib": { "resolved": "packages/lib", "link": true }
  }
}
`
    const head = lock(`
    "node_modules/express/node_modules/@langchain/core": { "version": "0.3.1" },`)
    expect(parseDependencies('package-lock.json', head).map((d) => d.name)).toEqual([
      'express',
      '@langchain/core'
    ])
    expect(addedDependencies('package-lock.json', lock(''), head)).toEqual([
      { ecosystem: 'npm', name: '@langchain/core', version: '0.3.1', line: 7, direct: false }
    ])
    const bumped = head.replace('"0.3.1"', '"0.3.9"')
    expect(addedDependencies('package-lock.json', head, bumped)).toEqual([])
  })

  test('package-lock.json v1: the dependencies tree', () => {
    const v1 = JSON.stringify(
      {
        lockfileVersion: 1,
        dependencies: { a: { version: '1.0.0', dependencies: { openai: { version: '4.0.0' } } } }
      },
      null,
      2
    )
    expect(summary(parseDependencies('npm-shrinkwrap.json', v1))).toEqual(['a@4 (lock)', 'openai@7 (lock)'])
  })

  test('yarn.lock, classic and berry', () => {
    const classic = `# yarn lockfile v1


"@ai-sdk/openai@^1.0.0":
  version "1.0.4"
  resolved "https://registry.yarnpkg.com/@ai-sdk/openai/-/openai-1.0.4.tgz"

express@^4.0.0, express@^4.18.0:
  version "4.19.2"
`
    expect(parseDependencies('yarn.lock', classic)).toEqual([
      { ecosystem: 'npm', name: '@ai-sdk/openai', version: '1.0.4', line: 4, direct: false },
      { ecosystem: 'npm', name: 'express', version: '4.19.2', line: 8, direct: false }
    ])
    const berry = `__metadata:
  version: 8

"app@workspace:.":
  version: 0.0.0-use.local

"cohere-ai@npm:^7.0.0":
  version: 7.14.0
  resolution: "cohere-ai@npm:7.14.0"
`
    expect(parseDependencies('yarn.lock', berry)).toEqual([
      { ecosystem: 'npm', name: 'cohere-ai', version: '7.14.0', line: 7, direct: false }
    ])
  })

  test('pnpm-lock.yaml v5, v6 and v9 keys', () => {
    const lock = `lockfileVersion: '9.0'

importers:
  .:
    dependencies:
      openai:
        specifier: ^4.0.0

packages:

  '@mistralai/mistralai@1.3.0':
    resolution: {integrity: sha512-x}

  openai@4.77.0(zod@3.24.1):
    resolution: {integrity: sha512-y}

  /groq-sdk/0.9.0_zod@3.0.0:
    resolution: {integrity: sha512-z}

  /@huggingface/inference@2.8.1(foo@1.0.0):
    resolution: {integrity: sha512-w}

snapshots:

  openai@4.77.0(zod@3.24.1): {}
`
    expect(parseDependencies('pnpm-lock.yaml', lock)).toEqual([
      { ecosystem: 'npm', name: '@mistralai/mistralai', version: '1.3.0', line: 11, direct: false },
      { ecosystem: 'npm', name: 'openai', version: '4.77.0', line: 14, direct: false },
      { ecosystem: 'npm', name: 'groq-sdk', version: '0.9.0', line: 17, direct: false },
      { ecosystem: 'npm', name: '@huggingface/inference', version: '2.8.1', line: 20, direct: false }
    ])
  })

  // The line-by-line reader this replaced missed all of these: a comment after `packages:`, another
  // indentation, flow style. pnpm reads them (it parses YAML), so a dependency added so would be hidden.
  test.each([
    [
      'a comment after packages:',
      'packages: # resolved\n  openai@4.77.0:\n    resolution: {integrity: x}\n',
      2
    ],
    ['four-space indentation', 'packages:\n    openai@4.77.0:\n        resolution: {integrity: x}\n', 2],
    ['a flow mapping', "lockfileVersion: '9.0'\npackages: {openai@4.77.0: {resolution: {integrity: x}}}\n", 2]
  ])('pnpm-lock.yaml with %s is read as YAML', (_name, lock, line) => {
    expect(parseDependencies('pnpm-lock.yaml', lock)).toEqual([
      { ecosystem: 'npm', name: 'openai', version: '4.77.0', line, direct: false }
    ])
  })

  test('pnpm-lock.yaml that is not YAML is an error with its line, not an empty list', () => {
    expect(() => parseDependencies('pnpm-lock.yaml', 'packages:\n  openai@4.77.0: [\n')).toThrow(
      /^pnpm-lock\.yaml:\d+: invalid YAML/
    )
  })
})

describe('pypi', () => {
  test('requirements.txt: added, bumped, removed; comments, options, extras, markers, continuations', () => {
    const base = '# deps\nrequests==2.31.0\nopenai==1.30.0\n'
    const head = `# deps
-r common.txt
--index-url https://pypi.org/simple
requests==2.31.0
openai==1.40.0  # bumped
langchain-openai[extras]>=0.1 ; python_version >= "3.10"
Anthropic \\
    >=0.30 \\
    --hash=sha256:abc
-e git+https://github.com/run-llama/llama_index.git#egg=llama_index
`
    expect(addedDependencies('requirements.txt', base, head)).toEqual([
      { ecosystem: 'pypi', name: 'langchain-openai', version: '>=0.1', line: 6, direct: true },
      { ecosystem: 'pypi', name: 'Anthropic', version: '>=0.30', line: 7, direct: true },
      { ecosystem: 'pypi', name: 'llama_index', line: 10, direct: true }
    ])
    expect(addedDependencies('requirements.txt', head, base)).toEqual([])
  })

  test('names compare normalised (PEP 503): huggingface_hub is huggingface-hub', () => {
    expect(
      addedDependencies('requirements.txt', 'huggingface_hub==0.20\n', 'Huggingface-Hub==0.21\n')
    ).toEqual([])
  })

  test('pyproject.toml: PEP 621, optional dependencies, dependency groups, uv, Poetry', () => {
    const base = `[project]
name = "svc"
dependencies = [
  "requests>=2",
]
`
    const head = `[project]
name = "svc"
dependencies = [
  "requests>=2",  # http
  "openai[datalib]>=1.40,<2; python_version>='3.9'",
]

[project.optional-dependencies]
rag = ["llama-index>=0.10", "langchain-community"]

[dependency-groups]
dev = [{ include-group = "lint" }, "litellm"]
lint = ["ruff"]

[tool.uv]
dev-dependencies = ["vllm"]

[tool.poetry.dependencies]
python = "^3.11"
anthropic = "^0.30"
mistralai = { version = "^1.0", optional = true }

[tool.poetry.group.ml.dependencies]
transformers = "*"

[tool.poetry.dependencies.cohere]
version = "^5.0"

[build-system]
requires = ["hatchling"]
`
    expect(addedDependencies('pyproject.toml', base, head)).toEqual([
      { ecosystem: 'pypi', name: 'openai', version: '>=1.40,<2', line: 5, direct: true },
      { ecosystem: 'pypi', name: 'llama-index', version: '>=0.10', line: 9, direct: true },
      { ecosystem: 'pypi', name: 'langchain-community', line: 9, direct: true },
      { ecosystem: 'pypi', name: 'litellm', line: 12, direct: true },
      { ecosystem: 'pypi', name: 'ruff', line: 13, direct: true },
      { ecosystem: 'pypi', name: 'vllm', line: 16, direct: true },
      { ecosystem: 'pypi', name: 'anthropic', version: '^0.30', line: 20, direct: true },
      { ecosystem: 'pypi', name: 'mistralai', version: '^1.0', line: 21, direct: true },
      { ecosystem: 'pypi', name: 'transformers', line: 24, direct: true },
      { ecosystem: 'pypi', name: 'cohere', version: '^5.0', line: 26, direct: true }
    ])
    expect(addedDependencies('pyproject.toml', head, head.replace('>=1.40,<2', '>=1.50'))).toEqual([])
  })

  test('pyproject.toml: an unterminated array throws with its line', () => {
    expect(() => parseDependencies('pyproject.toml', '[project]\ndependencies = [\n  "openai",\n')).toThrow(
      'pyproject.toml:2: unterminated array'
    )
  })

  test('Pipfile', () => {
    const pipfile = `[[source]]
url = "https://pypi.org/simple"

[packages]
requests = "*"
google-genai = {version = ">=1.0"}

[dev-packages]
pytest = "*"

[requires]
python_version = "3.12"
`
    expect(summary(addedDependencies('Pipfile', '[packages]\nrequests = "*"\n', pipfile))).toEqual([
      'google-genai@6',
      'pytest@9'
    ])
  })

  test('poetry.lock and uv.lock: lockfile-only additions are not direct; uv skips the project itself', () => {
    const poetry = `[[package]]
name = "httpx"
version = "0.27.0"

[package.dependencies]
anyio = "*"

[[package]]
name = "openai"
version = "1.40.0"
`
    expect(
      addedDependencies('poetry.lock', '[[package]]\nname = "httpx"\nversion = "0.26.0"\n', poetry)
    ).toEqual([{ ecosystem: 'pypi', name: 'openai', version: '1.40.0', line: 9, direct: false }])
    const uv = `version = 1

[[package]]
name = "svc"
version = "0.1.0"
source = { editable = "." }

[[package]]
name = "sentence-transformers"
version = "3.0.1"
source = { registry = "https://pypi.org/simple" }
`
    expect(summary(parseDependencies('uv.lock', uv))).toEqual(['sentence-transformers@9 (lock)'])
  })
})

describe('go', () => {
  const base = `module example.com/svc

go 1.23

require github.com/spf13/cobra v1.8.0
`
  test('go.mod: single and block requires; indirect ones are not direct', () => {
    const head = `module example.com/svc

go 1.23

require github.com/spf13/cobra v1.8.1

require (
	github.com/openai/openai-go v0.1.0-alpha.40
	github.com/tmc/langchaingo v0.1.12 // indirect
)
`
    expect(addedDependencies('go.mod', base, head)).toEqual([
      {
        ecosystem: 'go',
        name: 'github.com/openai/openai-go',
        version: 'v0.1.0-alpha.40',
        line: 8,
        direct: true
      },
      { ecosystem: 'go', name: 'github.com/tmc/langchaingo', version: 'v0.1.12', line: 9, direct: false }
    ])
  })

  test('go.mod: a major version bump (/v2 → /v3) is a bump, and a removal adds nothing', () => {
    const v2 = `${base}require github.com/cohere-ai/cohere-go/v2 v2.12.0\n`
    expect(addedDependencies('go.mod', v2, v2.replace('/v2 v2.12.0', '/v3 v3.0.0'))).toEqual([])
    expect(addedDependencies('go.mod', v2, base)).toEqual([])
  })

  test('go.sum: lockfile-only, one entry per module', () => {
    const sum = `github.com/spf13/cobra v1.8.0 h1:abc=
github.com/spf13/cobra v1.8.0/go.mod h1:def=
github.com/sashabaranov/go-openai v1.28.0 h1:ghi=
github.com/sashabaranov/go-openai v1.28.0/go.mod h1:jkl=
`
    expect(addedDependencies('go.sum', sum.split('\n').slice(0, 2).join('\n'), sum)).toEqual([
      {
        ecosystem: 'go',
        name: 'github.com/sashabaranov/go-openai',
        version: 'v1.28.0',
        line: 3,
        direct: false
      }
    ])
  })
})

describe('maven', () => {
  test('pom.xml: dependencies by groupId:artifactId on the artifactId line; comments and exclusions ignored', () => {
    const pom = (extra: string) => `<project>
  <dependencies>
    <dependency>
      <groupId>org.slf4j</groupId>
      <artifactId>slf4j-api</artifactId>
      <version>2.0.13</version>
    </dependency>${extra}
  </dependencies>
</project>
`
    const head = pom(`
    <!--
    <dependency><groupId>com.openai</groupId><artifactId>openai-java</artifactId></dependency>
    -->
    <dependency>
      <groupId>dev.langchain4j</groupId>
      <artifactId>langchain4j-open-ai</artifactId>
      <version>\${langchain4j.version}</version>
      <exclusions>
        <exclusion><groupId>com.squareup.okhttp3</groupId><artifactId>okhttp</artifactId></exclusion>
      </exclusions>
    </dependency>`)
    expect(addedDependencies('pom.xml', pom(''), head)).toEqual([
      {
        ecosystem: 'maven',
        name: 'dev.langchain4j:langchain4j-open-ai',
        version: '${langchain4j.version}',
        line: 13,
        direct: true
      }
    ])
    expect(addedDependencies('pom.xml', head, head.replace('${langchain4j.version}', '1.0.0'))).toEqual([])
    expect(addedDependencies('pom.xml', head, pom(''))).toEqual([])
  })

  test('build.gradle and build.gradle.kts: string and map notation, platforms; comments and URLs ignored', () => {
    const groovy = `repositories {
  maven { url "https://repo.example.com/maven2" }
}
dependencies {
  implementation 'org.slf4j:slf4j-api:2.0.13'
  // implementation 'com.openai:openai-java:0.1.0'
  implementation group: 'com.anthropic', name: 'anthropic-java', version: '1.0.0'
  runtimeOnly "software.amazon.awssdk:bedrockruntime"
}
`
    expect(
      addedDependencies(
        'build.gradle',
        "dependencies { implementation 'org.slf4j:slf4j-api:2.0.12' }",
        groovy
      )
    ).toEqual([
      { ecosystem: 'maven', name: 'com.anthropic:anthropic-java', version: '1.0.0', line: 7, direct: true },
      { ecosystem: 'maven', name: 'software.amazon.awssdk:bedrockruntime', line: 8, direct: true }
    ])
    const kts = `dependencies {
    implementation(platform("dev.langchain4j:langchain4j-bom:1.0.0"))
    implementation("com.google.cloud:google-cloud-vertexai:1.2.0")
}
`
    expect(summary(parseDependencies('build.gradle.kts', kts))).toEqual([
      'dev.langchain4j:langchain4j-bom@2',
      'com.google.cloud:google-cloud-vertexai@3'
    ])
  })
})

describe('rubygems', () => {
  test('Gemfile: added gem on its line; bumped or removed adds nothing', () => {
    const base = "source 'https://rubygems.org'\ngem 'rails', '~> 7.1'\n"
    const head = `source 'https://rubygems.org'
gem 'rails', '~> 7.2'
# gem 'anthropic'
gem "ruby-openai", "~> 7.0", require: "openai"
gem 'langchainrb'
`
    expect(addedDependencies('Gemfile', base, head)).toEqual([
      { ecosystem: 'rubygems', name: 'ruby-openai', version: '~> 7.0', line: 4, direct: true },
      { ecosystem: 'rubygems', name: 'langchainrb', line: 5, direct: true }
    ])
    expect(addedDependencies('Gemfile', head, base)).toEqual([])
  })

  test('Gemfile.lock: specs of GEM and GIT, not their dependencies, not PATH', () => {
    const lock = `PATH
  remote: .
  specs:
    myapp (0.1.0)

GEM
  remote: https://rubygems.org/
  specs:
    faraday (2.9.0)
    ruby-openai (7.1.0)
      faraday (>= 1)

PLATFORMS
  ruby

DEPENDENCIES
  ruby-openai
`
    expect(addedDependencies('Gemfile.lock', 'GEM\n  specs:\n    faraday (2.8.0)\n', lock)).toEqual([
      { ecosystem: 'rubygems', name: 'ruby-openai', version: '7.1.0', line: 10, direct: false }
    ])
  })
})
