import {
  addedDependencies,
  manifestAmbiguities,
  ManifestParseError,
  parseDependencies
} from '../../src/ai/dependencies.js'

const names = (path: string, text: string) => parseDependencies(path, text).map((d) => `${d.name}@${d.line}`)

describe('each parser reads what its tool reads (a hiding place is a divergence)', () => {
  test.each([
    [
      'package.json: a second `dependencies` block is what npm installs',
      'package.json',
      '{\n"dependencies": {"express": "1"},\n"dependencies": {"openai": "4"}\n}',
      ['openai@3']
    ],
    [
      'package.json: a repeated package key counts once, at its last place',
      'package.json',
      '{"dependencies": {\n"openai": "1",\n"openai": "4"\n}}',
      ['openai@3']
    ],
    [
      'package-lock.json: a second `packages` object replaces the first',
      'package-lock.json',
      '{"lockfileVersion": 3,\n"packages": {"node_modules/express": {"version": "1"}},\n"packages": {"node_modules/openai": {"version": "4"}}\n}',
      ['openai@3']
    ],
    [
      'pom.xml: whitespace inside the tag and CDATA do not hide a dependency',
      'pom.xml',
      '<project>\n<dependencies>\n<dependency >\n<groupId>com.openai</groupId>\n<artifactId><![CDATA[openai-java]]></artifactId>\n</dependency>\n</dependencies>\n</project>\n',
      ['com.openai:openai-java@5']
    ],
    [
      'pom.xml: character references are decoded as Maven decodes them',
      'pom.xml',
      '<project><dependencies>\n<dependency><groupId>dev&#46;langchain4j</groupId>\n<artifactId>langchain4j-open-ai</artifactId></dependency>\n</dependencies></project>',
      ['dev.langchain4j:langchain4j-open-ai@3']
    ],
    [
      'pom.xml: a namespace prefix does not hide a dependency',
      'pom.xml',
      '<m:project xmlns:m="http://maven.apache.org/POM/4.0.0"><m:dependencies>\n<m:dependency><m:groupId>com.openai</m:groupId><m:artifactId>openai-java</m:artifactId></m:dependency>\n</m:dependencies></m:project>',
      ['com.openai:openai-java@2']
    ],
    [
      'pom.xml: a commented-out dependency is not one',
      'pom.xml',
      '<project><dependencies>\n<!-- <dependency><groupId>com.openai</groupId><artifactId>openai-java</artifactId></dependency> -->\n</dependencies></project>',
      []
    ],
    [
      'pyproject.toml: a top-level dotted key is the [project] table',
      'pyproject.toml',
      '[build-system]\nrequires = ["hatchling"]\n',
      []
    ],
    [
      'pyproject.toml: project.dependencies as a dotted key',
      'pyproject.toml',
      'project.name = "x"\nproject.dependencies = [\n  "openai>=1",\n]\n',
      ['openai@3']
    ],
    [
      'pyproject.toml: optional-dependencies as a dotted key in [project]',
      'pyproject.toml',
      '[project]\nname = "x"\noptional-dependencies.ai = ["anthropic"]\n',
      ['anthropic@3']
    ],
    [
      'pyproject.toml: optional-dependencies as an inline table',
      'pyproject.toml',
      '[project]\nname = "x"\noptional-dependencies = { ai = ["openai>=1", "tiktoken"], dev = [] }\n',
      ['openai@3', 'tiktoken@3']
    ],
    [
      'pyproject.toml: a Poetry dependency as a dotted key',
      'pyproject.toml',
      '[tool.poetry]\ndependencies.openai = "^1.0"\n',
      ['openai@2']
    ],
    [
      'pyproject.toml: a multi-line string is text, not a dependencies line',
      'pyproject.toml',
      '[project]\ndescription = """\ndependencies = ["evil"]\n"""\ndependencies = ["openai"]\n',
      ['openai@5']
    ],
    [
      'Pipfile: a quoted key with dots is one package name',
      'Pipfile',
      '[packages]\n"llama-index.core" = "*"\n',
      ['llama-index.core@2']
    ]
  ])('%s', (_, path, text, expected) => {
    expect(names(path, text)).toEqual(expected)
  })
})

describe('repeated keys and tables are reported as ambiguities, at the later occurrence', () => {
  test.each([
    ['package.json', '{\n"dependencies": {},\n"dependencies": {"openai": "4"}\n}', [3]],
    ['package-lock.json', '{"packages": {\n"node_modules/a": {"version": "1",\n"version": "2"}}}', [3]],
    ['pyproject.toml', '[project]\nname = "a"\n[project]\ndependencies = ["openai"]\n', [3]],
    ['pyproject.toml', '[project]\nname = "a"\nname = "b"\n', [3]],
    ['poetry.lock', '[[package]]\nname = "a"\n[[package]]\nname = "b"\n', []],
    ['package.json', '{"dependencies": {"openai": "4"}}', []],
    ['requirements.txt', 'openai\nopenai\n', []]
  ])('%s %#', (path, text, lines) => {
    expect(manifestAmbiguities(path, text).map((a) => a.line)).toEqual(lines)
  })

  test('the message says which reader sees what', () => {
    expect(manifestAmbiguities('package.json', '{"dependencies": {},\n"dependencies": {}}')[0]!.message).toBe(
      '"dependencies" appears twice in (top level) (first on line 1): npm reads only this later one, other readers the first.'
    )
  })
})

describe('bombs are parse errors with the limit, never a crash', () => {
  test('200,000-deep JSON', () => {
    const deep = `{"dependencies": ${'['.repeat(200_000)}${']'.repeat(200_000)}}`
    expect(() => parseDependencies('package.json', deep)).toThrow(ManifestParseError)
    expect(() => parseDependencies('package.json', deep)).toThrow(
      'package.json:1: JSON nested deeper than 256 levels'
    )
    expect(manifestAmbiguities('package.json', deep)).toEqual([])
  })

  test('a pom.xml with a DOCTYPE (entity expansion) is refused', () => {
    const bomb =
      '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>\n<project/>'
    expect(() => addedDependencies('pom.xml', undefined, bomb)).toThrow('pom.xml:2: a DOCTYPE')
  })

  test('a pom.xml nested 100,000 deep is refused with the limit', () => {
    const deep = `<project>${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}</project>`
    expect(() => parseDependencies('pom.xml', deep)).toThrow(ManifestParseError)
    expect(() => parseDependencies('pom.xml', deep)).toThrow('pom.xml:1: XML nested deeper than 64 levels')
  })

  test('TOML arrays nested 100,000 deep, or a table defined twice, are parse errors with a line', () => {
    const deep = `[project]\ndependencies = ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`
    expect(() => parseDependencies('pyproject.toml', deep)).toThrow(ManifestParseError)
    expect(() => parseDependencies('pyproject.toml', deep)).toThrow(
      /^pyproject\.toml:2: invalid TOML: .*nested/
    )
    // pip, uv and Poetry refuse such a file; so does the parser (and the ambiguity check says why).
    expect(() =>
      parseDependencies('pyproject.toml', '[project]\nname = "a"\n[project]\ndependencies = ["openai"]\n')
    ).toThrow('pyproject.toml:3: invalid TOML: trying to redefine')
    expect(() => parseDependencies('poetry.lock', '[[package]]\nname = "a"\nname = "b"\n')).toThrow(
      'poetry.lock:3: invalid TOML'
    )
  })

  test('JSON with comments or trailing commas is invalid, as for npm', () => {
    expect(() => parseDependencies('package.json', '{"dependencies": {"a": "1",}}')).toThrow(/invalid JSON/)
    expect(() => parseDependencies('package.json', '// x\n{}')).toThrow(/invalid JSON/)
  })
})
