import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/sources/aws/errors.ts
var CREDENTIAL_ERRORS = /* @__PURE__ */ new Set([
  "CredentialsProviderError",
  "UnrecognizedClientException",
  "InvalidClientTokenId",
  "InvalidSignatureException",
  "SignatureDoesNotMatch",
  "ExpiredToken",
  "ExpiredTokenException",
  "IncompleteSignature",
  "IncompleteSignatureException",
  "MissingAuthenticationToken",
  "MissingAuthenticationTokenException",
  "InvalidAccessKeyId",
  "AuthFailure"
]);
var REGION_UNAVAILABLE_ERRORS = /* @__PURE__ */ new Set([
  "UnrecognizedClientException",
  "InvalidClientTokenId",
  "AuthFailure",
  "OptInRequired",
  "InvalidIdentityToken"
]);
var ACCESS_DENIED_ERRORS = /* @__PURE__ */ new Set([
  "AccessDenied",
  "AccessDeniedException",
  "UnauthorizedOperation",
  "AuthorizationError",
  "AuthorizationErrorException",
  "UnauthorizedException",
  "Forbidden"
]);
var THROTTLING_ERRORS = /* @__PURE__ */ new Set([
  "Throttling",
  "ThrottlingException",
  "ThrottledException",
  "TooManyRequestsException",
  "RequestLimitExceeded",
  "SlowDown",
  "RequestThrottled",
  "RequestThrottledException",
  // Security Hub's throttling error (Security Hub API reference, common errors: HTTP 429).
  "LimitExceededException"
]);
var NETWORK_CODES = /* @__PURE__ */ new Set(["ENOTFOUND", "ECONNREFUSED", "ECONNRESET", "EAI_AGAIN", "ETIMEDOUT"]);
function errorName(error) {
  const e = error;
  if (typeof e?.Code === "string" && e.Code) return e.Code;
  return typeof e?.name === "string" ? e.name : void 0;
}
function isError(error, ...names) {
  const e = error;
  return names.some((name) => e?.name === name || e?.Code === name);
}
function statusOf(error) {
  const status = error?.$metadata?.httpStatusCode;
  return typeof status === "number" ? status : void 0;
}
function isNoCredentials(error) {
  return isError(error, "CredentialsProviderError");
}
function isCredentialError(error) {
  return [...CREDENTIAL_ERRORS].some((name) => isError(error, name));
}
function isRegionUnavailable(error) {
  return [...REGION_UNAVAILABLE_ERRORS].some((name) => isError(error, name));
}
function isAccessDenied(error) {
  if ([...ACCESS_DENIED_ERRORS].some((name) => isError(error, name))) return true;
  return statusOf(error) === 403 && !isCredentialError(error);
}
function networkCode(error) {
  const code = error?.code;
  return typeof code === "string" && NETWORK_CODES.has(code) ? code : void 0;
}
function isMalformedResponse(error) {
  const status = statusOf(error);
  const message = safeMessage(error);
  return status !== void 0 && status >= 200 && status < 300 || /Deserialization error|XML parse error|is not valid JSON|Unexpected token|Unexpected end of JSON/i.test(
    message
  );
}
function safeMessage(error) {
  const raw = String(error?.message ?? error);
  return raw.replace(/x-amz-security-token[\s\S]*/i, "[redacted]").replace(/\b(AKIA|ASIA)[A-Z0-9]{16}\b/g, "[access key id]").replace(/\b(FwoG|IQoJ)[A-Za-z0-9/+=]{20,}/g, "[session token]").slice(0, 500);
}
function describeAwsError(error, call) {
  const status = statusOf(error);
  const name = errorName(error);
  const withStatus = status !== void 0 ? { status } : {};
  const about = call.target ? ` (${call.target})` : "";
  if (isNoCredentials(error)) {
    return {
      message: `${call.operation}: no AWS credentials were found. Give the job an AWS role before this step (e.g. aws-actions/configure-aws-credentials with OIDC).`
    };
  }
  if (isAccessDenied(error)) {
    const explicit = /explicit deny/i.test(safeMessage(error)) ? ` (AWS reports an explicit deny, e.g. in a service control or permissions boundary policy)` : "";
    return {
      status: status ?? 403,
      message: `${call.operation} was denied: the role lacks ${call.action}${explicit}`,
      missingPermission: call.action
    };
  }
  if (call.region && isRegionUnavailable(error)) {
    return {
      ...withStatus,
      message: `${call.operation} in ${call.region}: the region refused the credentials (${name}); the region is probably not enabled for this account (an opt-in region). Enable it, or leave it out of the configured regions.`
    };
  }
  if (isCredentialError(error)) {
    return {
      ...withStatus,
      message: `${call.operation}: the AWS credentials were refused (${name}). Check that they are current and for the right partition; the role session may have expired.`
    };
  }
  if (THROTTLING_ERRORS.has(name ?? "") || status === 429) {
    return {
      ...withStatus,
      message: `${call.operation}${about}: still throttled after the SDK's retries (${safeMessage(error)}).`
    };
  }
  if (isMalformedResponse(error)) {
    return {
      ...withStatus,
      message: `${call.operation}${about}: AWS answered with a response that could not be read (${safeMessage(error).split("\n")[0]}); nothing from it was recorded.`
    };
  }
  const code = networkCode(error);
  if (code) {
    return {
      message: `${call.operation}${call.region ? ` in ${call.region}` : ""}: cannot reach the endpoint (${code}); the service may not be offered in this region.`
    };
  }
  return {
    ...withStatus,
    message: `${call.operation}${about} failed: ${name ?? "error"}: ${safeMessage(error)}`
  };
}

export {
  errorName,
  isError,
  statusOf,
  isNoCredentials,
  isCredentialError,
  isRegionUnavailable,
  isAccessDenied,
  safeMessage,
  describeAwsError
};
//# sourceMappingURL=chunk-B6MMDUGK.js.map
