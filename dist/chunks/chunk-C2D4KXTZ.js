import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  external_exports
} from "./chunk-U734E4WK.js";
import {
  InputError
} from "./chunk-R3RSZNU2.js";

// src/bundle/manifest.ts
var MANIFEST_SCHEMA_VERSION = 1;
var MANIFEST_FILE = "manifest.json";
var BUNDLE_FILES = {
  findings: "findings.json",
  controls: "controls.json",
  checks: "checks.json",
  mapping: "mapping.json",
  config: "config.json",
  soaCsv: "soa.csv",
  soaMarkdown: "soa.md"
};
var fileEntry = external_exports.strictObject({
  path: external_exports.string(),
  sha256: external_exports.string().regex(/^[0-9a-f]{64}$/),
  size: external_exports.number().int().min(0)
});
var sha256 = external_exports.string().regex(/^[0-9a-f]{64}$/);
var periodSchema = external_exports.object({ start: external_exports.string(), end: external_exports.string(), expression: external_exports.string() });
var shardSchema = external_exports.object({
  partial: external_exports.literal(true),
  index: external_exports.number().int().min(1),
  count: external_exports.number().int().min(1).max(256),
  /** The subjects this shard collected (`owner/repo`, `org:owner`, `aws:<account>`), canonical and sorted. */
  subjects: external_exports.array(external_exports.string()),
  /** Every subject in scope as this shard listed it: the shards of one run must have seen one population. */
  population: external_exports.object({ count: external_exports.number().int().min(0), sha256 })
});
var mergedSchema = external_exports.object({
  shards: external_exports.array(
    external_exports.object({
      index: external_exports.number().int().min(1),
      count: external_exports.number().int().min(1),
      bundleKey: external_exports.string(),
      manifestSha256: sha256,
      startedAt: external_exports.string(),
      finishedAt: external_exports.string(),
      period: periodSchema,
      subjects: external_exports.number().int().min(0)
    })
  )
});
var manifestSchema = external_exports.object({
  schemaVersion: external_exports.literal(MANIFEST_SCHEMA_VERSION),
  /** Which checks made the findings: the nightly evidence run, or the checks of one pull request. */
  mode: external_exports.enum(["nightly", "pull-request"]).default("nightly"),
  tool: external_exports.object({ name: external_exports.string(), version: external_exports.string() }),
  scope: external_exports.string(),
  /** Where this bundle belongs in the store: a bundle found under another key was moved or swapped. */
  bundleKey: external_exports.string(),
  /** The bundle before this one in the same scope, so a deleted or replaced bundle shows. */
  previous: external_exports.object({ key: external_exports.string(), manifestSha256: external_exports.string().regex(/^[0-9a-f]{64}$/) }).nullable(),
  /** Present when the manifest is signed; the signature is in manifest.sig beside it. */
  signature: external_exports.object({ algorithm: external_exports.literal("ed25519"), keyFingerprint: external_exports.string() }).optional(),
  run: external_exports.object({
    id: external_exports.string(),
    attempt: external_exports.string().optional(),
    repository: external_exports.string().optional(),
    workflow: external_exports.string().optional(),
    commit: external_exports.string().optional(),
    ref: external_exports.string().optional(),
    event: external_exports.string().optional(),
    actor: external_exports.string().optional(),
    serverUrl: external_exports.string().optional()
  }),
  period: external_exports.object({ start: external_exports.string(), end: external_exports.string(), expression: external_exports.string() }),
  startedAt: external_exports.string(),
  finishedAt: external_exports.string(),
  config: external_exports.object({ path: external_exports.string().nullable(), sha256: external_exports.string() }),
  sources: external_exports.record(external_exports.string(), external_exports.unknown()),
  requests: external_exports.record(external_exports.string(), external_exports.number()),
  summary: external_exports.object({
    subjects: external_exports.number(),
    findings: external_exports.record(external_exports.string(), external_exports.number()),
    controls: external_exports.record(external_exports.string(), external_exports.record(external_exports.string(), external_exports.number()))
  }),
  shard: shardSchema.optional(),
  merged: mergedSchema.optional(),
  files: external_exports.array(fileEntry)
});

// src/bundle/signing.ts
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify
} from "node:crypto";
var SIGNATURE_FILE = "manifest.sig";
var SIGNATURE_ALGORITHM = "ed25519";
var PKCS8_ED25519_PREFIX = Buffer.from("302e020100300506032b657004220420", "hex");
var SEED_BYTES = 32;
var SIGNATURE_BYTES = 64;
var FINGERPRINT_PATTERN = /^SHA256:[A-Za-z0-9_-]{43}$/;
var PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/g;
var HOW_TO_GENERATE = "generate one with `openssl genpkey -algorithm ed25519`";
function parseSigningKey(text, where = "signing-key") {
  const expected = `expected an ed25519 private key as PKCS#8 PEM ("BEGIN PRIVATE KEY") or base64 of its 32-byte seed`;
  const trimmed = text.trim();
  if (trimmed === "") throw new InputError(`${where}: is empty; ${expected}`);
  const privateKey = trimmed.includes("-----BEGIN") ? privateKeyFromPem(trimmed, where, expected) : privateKeyFromSeed(trimmed, where, expected);
  const publicKey = createPublicKey(privateKey);
  return { privateKey, publicKey, fingerprint: publicKeyFingerprint(publicKey) };
}
function parsePublicKey(text, where = "--public-key") {
  const expected = 'expected an ed25519 public key as SPKI PEM ("BEGIN PUBLIC KEY")';
  const trimmed = text.trim();
  if (trimmed === "") throw new InputError(`${where}: is empty; ${expected}`);
  const label = singlePemLabel(trimmed, where, expected);
  if (label.includes("PRIVATE KEY")) {
    throw new InputError(
      `${where}: found a private key (PEM "${label}"); ${expected}. Give auditors only the public key, and treat this private key as exposed`
    );
  }
  if (label !== "PUBLIC KEY") throw new InputError(`${where}: found PEM "${label}"; ${expected}`);
  let publicKey;
  try {
    publicKey = createPublicKey({ key: trimmed, format: "pem" });
  } catch {
    throw new InputError(`${where}: the PEM "PUBLIC KEY" block cannot be decoded; ${expected}`);
  }
  const type = publicKey.asymmetricKeyType;
  if (type !== "ed25519")
    throw new InputError(`${where}: found a public key of type ${type ?? "unknown"}; ${expected}`);
  return { publicKey, fingerprint: publicKeyFingerprint(publicKey) };
}
function publicKeyFingerprint(publicKey) {
  if (publicKey.type !== "public") throw new TypeError("publicKeyFingerprint: expected a public key");
  const der = publicKey.export({ type: "spki", format: "der" });
  return `SHA256:${createHash("sha256").update(der).digest("base64url")}`;
}
function generateSigningKeyPair() {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  return {
    privateKeyPem: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    publicKeyPem: publicKey.export({ type: "spki", format: "pem" }).toString(),
    fingerprint: publicKeyFingerprint(publicKey)
  };
}
function signManifest(manifestBytes, key) {
  const signature = sign(null, manifestBytes, key.privateKey);
  if (!verify(null, manifestBytes, key.publicKey, signature)) {
    throw new Error("signManifest: the public key does not belong to the private key");
  }
  const file = {
    algorithm: SIGNATURE_ALGORITHM,
    keyFingerprint: publicKeyFingerprint(key.publicKey),
    signature: signature.toString("base64"),
    signedFile: MANIFEST_FILE,
    signedSha256: createHash("sha256").update(manifestBytes).digest("hex")
  };
  return `${JSON.stringify(file, null, 2)}
`;
}
function checkManifestSignature(manifestBytes, signatureText, trusted) {
  if (signatureText === void 0) {
    return { status: "unsigned", message: `the bundle has no ${SIGNATURE_FILE}: it is not signed` };
  }
  const parsed = parseSignatureFile(signatureText);
  if (typeof parsed === "string") return { status: "invalid", message: `${SIGNATURE_FILE}: ${parsed}` };
  const fingerprint = parsed.keyFingerprint;
  const actualSha256 = createHash("sha256").update(manifestBytes).digest("hex");
  if (actualSha256 !== parsed.signedSha256) {
    return {
      status: "invalid",
      fingerprint,
      message: `${MANIFEST_FILE} changed after signing: its SHA-256 is ${actualSha256}, ${SIGNATURE_FILE} says ${parsed.signedSha256}`
    };
  }
  if (trusted.length === 0) {
    return {
      status: "unchecked",
      fingerprint,
      message: `${SIGNATURE_FILE} says the manifest was signed by key ${fingerprint}, but the signature was NOT checked: pass --public-key with the signer's public key (obtained from the signer, not from the bundle)`
    };
  }
  const key = trusted.find((candidate) => publicKeyFingerprint(candidate.publicKey) === fingerprint);
  if (!key) {
    const known = trusted.map((candidate) => publicKeyFingerprint(candidate.publicKey)).join(", ");
    return {
      status: "untrusted-key",
      fingerprint,
      message: `${MANIFEST_FILE} is signed by key ${fingerprint}, which is not a trusted key (${known})`
    };
  }
  if (!verify(null, manifestBytes, key.publicKey, Buffer.from(parsed.signature, "base64"))) {
    return {
      status: "invalid",
      fingerprint,
      message: `the signature in ${SIGNATURE_FILE} does not verify under trusted key ${fingerprint}: it was altered`
    };
  }
  return { status: "valid", fingerprint, message: `${MANIFEST_FILE} is signed by trusted key ${fingerprint}` };
}
function parseSignatureFile(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return "is not valid JSON";
  }
  if (!data || typeof data !== "object" || Array.isArray(data)) return "expected a JSON object";
  const file = data;
  if (file.algorithm !== SIGNATURE_ALGORITHM) {
    return `algorithm is ${JSON.stringify(file.algorithm)}; only "${SIGNATURE_ALGORITHM}" is supported`;
  }
  if (file.signedFile !== MANIFEST_FILE) {
    return `signedFile is ${JSON.stringify(file.signedFile)}, expected "${MANIFEST_FILE}"`;
  }
  if (typeof file.keyFingerprint !== "string" || !FINGERPRINT_PATTERN.test(file.keyFingerprint)) {
    return "keyFingerprint is missing or not of the form SHA256:<43 base64url characters>";
  }
  if (typeof file.signedSha256 !== "string" || !/^[0-9a-f]{64}$/.test(file.signedSha256)) {
    return "signedSha256 is missing or not 64 lowercase hex digits";
  }
  if (typeof file.signature !== "string" || !isBase64(file.signature) || Buffer.from(file.signature, "base64").length !== SIGNATURE_BYTES) {
    return `signature is missing or not base64 of ${SIGNATURE_BYTES} bytes`;
  }
  return file;
}
function privateKeyFromPem(text, where, expected) {
  const label = singlePemLabel(text, where, expected);
  if (label === "PUBLIC KEY" || label === "CERTIFICATE") {
    throw new InputError(`${where}: found a ${label.toLowerCase()} (PEM "${label}"); ${expected}`);
  }
  if (label === "ENCRYPTED PRIVATE KEY") {
    throw new InputError(`${where}: found an encrypted private key; ${expected}, without a passphrase`);
  }
  if (label === "OPENSSH PRIVATE KEY") {
    throw new InputError(`${where}: found an OpenSSH private key, which is not supported; ${HOW_TO_GENERATE}`);
  }
  if (label === "RSA PRIVATE KEY" || label === "EC PRIVATE KEY") {
    throw new InputError(`${where}: found an ${label.split(" ")[0]} private key; ${expected}`);
  }
  if (label !== "PRIVATE KEY") throw new InputError(`${where}: found PEM "${label}"; ${expected}`);
  let key;
  try {
    key = createPrivateKey({ key: text, format: "pem" });
  } catch {
    throw new InputError(`${where}: the PEM "PRIVATE KEY" block cannot be decoded; ${expected}`);
  }
  const type = key.asymmetricKeyType;
  if (type !== "ed25519") {
    throw new InputError(
      `${where}: found a private key of type ${type ?? "unknown"}; ${expected} (${HOW_TO_GENERATE})`
    );
  }
  return key;
}
function privateKeyFromSeed(text, where, expected) {
  const compact = text.replace(/\s+/g, "");
  if (!isBase64(compact)) {
    throw new InputError(`${where}: is neither PEM nor base64; ${expected}`);
  }
  const seed = Buffer.from(compact, "base64");
  try {
    if (seed.length !== SEED_BYTES) {
      const hint = /^[0-9a-fA-F]{64}$/.test(compact) ? " (this looks like hex; encode the seed as base64)" : "";
      throw new InputError(`${where}: base64 decodes to ${seed.length} bytes; ${expected}${hint}`);
    }
    const der = Buffer.concat([PKCS8_ED25519_PREFIX, seed]);
    try {
      return createPrivateKey({ key: der, format: "der", type: "pkcs8" });
    } finally {
      der.fill(0);
    }
  } finally {
    seed.fill(0);
  }
}
function singlePemLabel(text, where, expected) {
  const blocks = [...text.matchAll(PEM_BLOCK)];
  if (blocks.length !== 1) {
    throw new InputError(
      blocks.length === 0 ? `${where}: not a well-formed PEM block (BEGIN/END lines missing or mismatched); ${expected}` : `${where}: found ${blocks.length} PEM blocks; ${expected}, alone`
    );
  }
  if (text.replace(PEM_BLOCK, "").trim() !== "") {
    throw new InputError(`${where}: has text outside the PEM block; ${expected}, alone`);
  }
  return blocks[0][1];
}
function isBase64(text) {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return false;
  return text.includes("=") ? text.length % 4 === 0 : text.length % 4 !== 1;
}

export {
  MANIFEST_SCHEMA_VERSION,
  MANIFEST_FILE,
  BUNDLE_FILES,
  manifestSchema,
  SIGNATURE_FILE,
  parseSigningKey,
  parsePublicKey,
  generateSigningKeyPair,
  signManifest,
  checkManifestSignature
};
//# sourceMappingURL=chunk-C2D4KXTZ.js.map
