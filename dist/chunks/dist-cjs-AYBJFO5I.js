import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  client_exports as client_exports2,
  dist_es_exports,
  httpAuthSchemes_exports,
  init_client as init_client2,
  init_dist_es,
  init_httpAuthSchemes,
  init_protocols,
  init_protocols2,
  init_retry,
  init_sso_oidc,
  protocols_exports,
  protocols_exports2,
  require_dist_cjs3 as require_dist_cjs,
  require_dist_cjs4 as require_dist_cjs2,
  retry_exports,
  sso_oidc_exports
} from "./chunk-RFZFBYDH.js";
import {
  checksum_exports,
  client_exports,
  config_exports,
  endpoints_exports,
  init_checksum,
  init_client,
  init_config,
  init_endpoints,
  init_schema,
  init_serde,
  schema_exports,
  serde_exports
} from "./chunk-AZM7JLX4.js";
import {
  __commonJS,
  __require,
  __toCommonJS
} from "./chunk-E4WBWSDB.js";

// node_modules/@aws-sdk/client-bedrock/node_modules/@aws-sdk/token-providers/dist-cjs/index.js
var require_dist_cjs3 = __commonJS({
  "node_modules/@aws-sdk/client-bedrock/node_modules/@aws-sdk/token-providers/dist-cjs/index.js"(exports) {
    var { setTokenFeature } = (init_client2(), __toCommonJS(client_exports2));
    var { getBearerTokenEnvKey } = (init_httpAuthSchemes(), __toCommonJS(httpAuthSchemes_exports));
    var { TokenProviderError, getSSOTokenFilepath, parseKnownFiles, getProfileName, loadSsoSessionData, getSSOTokenFromFile, memoize, chain } = (init_config(), __toCommonJS(config_exports));
    var { promises } = __require("node:fs");
    var fromEnvSigningName = ({ logger, signingName } = {}) => async () => {
      logger?.debug?.("@aws-sdk/token-providers - fromEnvSigningName");
      if (!signingName) {
        throw new TokenProviderError("Please pass 'signingName' to compute environment variable key", { logger });
      }
      const bearerTokenKey = getBearerTokenEnvKey(signingName);
      if (!(bearerTokenKey in process.env)) {
        throw new TokenProviderError(`Token not present in '${bearerTokenKey}' environment variable`, { logger });
      }
      const token = { token: process.env[bearerTokenKey] };
      setTokenFeature(token, "BEARER_SERVICE_ENV_VARS", "3");
      return token;
    };
    var EXPIRE_WINDOW_MS = 5 * 60 * 1e3;
    var REFRESH_MESSAGE = `To refresh this SSO session run 'aws sso login' with the corresponding profile.`;
    var getSsoOidcClient = async (ssoRegion, init = {}, callerClientConfig) => {
      const { SSOOIDCClient } = (init_sso_oidc(), __toCommonJS(sso_oidc_exports));
      const coalesce = (prop) => init.clientConfig?.[prop] ?? init.parentClientConfig?.[prop] ?? callerClientConfig?.[prop];
      const ssoOidcClient = new SSOOIDCClient(Object.assign({}, init.clientConfig ?? {}, {
        region: ssoRegion ?? init.clientConfig?.region,
        logger: coalesce("logger"),
        userAgentAppId: coalesce("userAgentAppId")
      }));
      return ssoOidcClient;
    };
    var getNewSsoOidcToken = async (ssoToken, ssoRegion, init = {}, callerClientConfig) => {
      const { CreateTokenCommand } = (init_sso_oidc(), __toCommonJS(sso_oidc_exports));
      const ssoOidcClient = await getSsoOidcClient(ssoRegion, init, callerClientConfig);
      return ssoOidcClient.send(new CreateTokenCommand({
        clientId: ssoToken.clientId,
        clientSecret: ssoToken.clientSecret,
        refreshToken: ssoToken.refreshToken,
        grantType: "refresh_token"
      }));
    };
    var validateTokenExpiry = (token) => {
      if (token.expiration && token.expiration.getTime() < Date.now()) {
        throw new TokenProviderError(`Token is expired. ${REFRESH_MESSAGE}`, false);
      }
    };
    var validateTokenKey = (key, value, forRefresh = false) => {
      if (typeof value === "undefined") {
        throw new TokenProviderError(`Value not present for '${key}' in SSO Token${forRefresh ? ". Cannot refresh" : ""}. ${REFRESH_MESSAGE}`, false);
      }
    };
    var { writeFile } = promises;
    var writeSSOTokenToFile = (id, ssoToken) => {
      const tokenFilepath = getSSOTokenFilepath(id);
      const tokenString = JSON.stringify(ssoToken, null, 2);
      return writeFile(tokenFilepath, tokenString);
    };
    var lastRefreshAttemptTimes = /* @__PURE__ */ new Map();
    var inFlightRefreshes = /* @__PURE__ */ new Map();
    var fromSso = (init = {}) => async ({ callerClientConfig } = {}) => {
      init.logger?.debug("@aws-sdk/token-providers - fromSso");
      const profiles = await parseKnownFiles(init);
      const profileName = getProfileName({
        profile: init.profile ?? callerClientConfig?.profile
      });
      const profile = profiles[profileName];
      if (!profile) {
        throw new TokenProviderError(`Profile '${profileName}' could not be found in shared credentials file.`, false);
      } else if (!profile["sso_session"]) {
        throw new TokenProviderError(`Profile '${profileName}' is missing required property 'sso_session'.`);
      }
      const ssoSessionName = profile["sso_session"];
      const inFlightRefresh = inFlightRefreshes.get(ssoSessionName);
      if (inFlightRefresh) {
        return await inFlightRefresh;
      }
      const ssoSessions = await loadSsoSessionData(init);
      const ssoSession = ssoSessions[ssoSessionName];
      if (!ssoSession) {
        throw new TokenProviderError(`Sso session '${ssoSessionName}' could not be found in shared credentials file.`, false);
      }
      for (const ssoSessionRequiredKey of ["sso_start_url", "sso_region"]) {
        if (!ssoSession[ssoSessionRequiredKey]) {
          throw new TokenProviderError(`Sso session '${ssoSessionName}' is missing required property '${ssoSessionRequiredKey}'.`, false);
        }
      }
      ssoSession["sso_start_url"];
      const ssoRegion = ssoSession["sso_region"];
      let ssoToken;
      try {
        ssoToken = await getSSOTokenFromFile(ssoSessionName);
      } catch (e) {
        throw new TokenProviderError(`The SSO session token associated with profile=${profileName} was not found or is invalid. ${REFRESH_MESSAGE}`, false);
      }
      validateTokenKey("accessToken", ssoToken.accessToken);
      validateTokenKey("expiresAt", ssoToken.expiresAt);
      const { accessToken, expiresAt } = ssoToken;
      const existingToken = {
        token: accessToken,
        expiration: new Date(expiresAt)
      };
      if (existingToken.expiration.getTime() - Date.now() > EXPIRE_WINDOW_MS) {
        return existingToken;
      }
      const inFlightRefreshAfterReadingToken = inFlightRefreshes.get(ssoSessionName);
      if (inFlightRefreshAfterReadingToken) {
        return await inFlightRefreshAfterReadingToken;
      }
      const lastRefreshAttemptTime = lastRefreshAttemptTimes.get(ssoSessionName) ?? 0;
      if (Date.now() - lastRefreshAttemptTime < 30 * 1e3) {
        validateTokenExpiry(existingToken);
        return existingToken;
      }
      validateTokenKey("clientId", ssoToken.clientId, true);
      validateTokenKey("clientSecret", ssoToken.clientSecret, true);
      validateTokenKey("refreshToken", ssoToken.refreshToken, true);
      const refresh = (async () => {
        try {
          lastRefreshAttemptTimes.set(ssoSessionName, Date.now());
          const newSsoOidcToken = await getNewSsoOidcToken(ssoToken, ssoRegion, init, callerClientConfig);
          validateTokenKey("accessToken", newSsoOidcToken.accessToken);
          validateTokenKey("expiresIn", newSsoOidcToken.expiresIn);
          const newTokenExpiration = new Date(Date.now() + newSsoOidcToken.expiresIn * 1e3);
          try {
            await writeSSOTokenToFile(ssoSessionName, {
              ...ssoToken,
              accessToken: newSsoOidcToken.accessToken,
              expiresAt: newTokenExpiration.toISOString(),
              refreshToken: newSsoOidcToken.refreshToken
            });
          } catch (error) {
          }
          return {
            token: newSsoOidcToken.accessToken,
            expiration: newTokenExpiration
          };
        } catch (error) {
          validateTokenExpiry(existingToken);
          return existingToken;
        }
      })();
      inFlightRefreshes.set(ssoSessionName, refresh);
      try {
        return await refresh;
      } finally {
        inFlightRefreshes.delete(ssoSessionName);
      }
    };
    var fromStatic = ({ token, logger }) => async () => {
      logger?.debug("@aws-sdk/token-providers - fromStatic");
      if (!token || !token.token) {
        throw new TokenProviderError(`Please pass a valid token to fromStatic`, false);
      }
      return token;
    };
    var nodeProvider = (init = {}) => memoize(chain(fromSso(init), async () => {
      throw new TokenProviderError("Could not load token from any providers", false);
    }), (token) => token.expiration !== void 0 && token.expiration.getTime() - Date.now() < 3e5, (token) => token.expiration !== void 0);
    exports.fromEnvSigningName = fromEnvSigningName;
    exports.fromSso = fromSso;
    exports.fromStatic = fromStatic;
    exports.nodeProvider = nodeProvider;
  }
});

// node_modules/@aws-sdk/client-bedrock/dist-cjs/index.js
var require_dist_cjs4 = __commonJS({
  "node_modules/@aws-sdk/client-bedrock/dist-cjs/index.js"(exports) {
    var { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, getDefaultSocketTimeout, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = (init_client2(), __toCommonJS(client_exports2));
    var { memoizeIdentityProvider, isIdentityExpired, doesIdentityRequireRefresh, HttpBearerAuthSigner, getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = (init_dist_es(), __toCommonJS(dist_es_exports));
    var { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createAggregatedClient } = (init_client(), __toCommonJS(client_exports));
    var { Command: $Command } = (init_client(), __toCommonJS(client_exports));
    exports.$Command = $Command;
    exports.__Client = Client;
    var { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = (init_config(), __toCommonJS(config_exports));
    var { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveEndpointConfig, getEndpointPlugin } = (init_endpoints(), __toCommonJS(endpoints_exports));
    var { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = (init_protocols(), __toCommonJS(protocols_exports));
    var { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = (init_retry(), __toCommonJS(retry_exports));
    var { TypeRegistry, getSchemaSerdePlugin } = (init_schema(), __toCommonJS(schema_exports));
    var { resolveAwsSdkSigV4Config, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = (init_httpAuthSchemes(), __toCommonJS(httpAuthSchemes_exports));
    var { defaultProvider } = require_dist_cjs2();
    var { fromEnvSigningName, nodeProvider } = require_dist_cjs3();
    var { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = (init_serde(), __toCommonJS(serde_exports));
    var { streamCollector, NodeHttpHandler } = require_dist_cjs();
    var { AwsRestJsonProtocol } = (init_protocols2(), __toCommonJS(protocols_exports2));
    var { Sha256 } = (init_checksum(), __toCommonJS(checksum_exports));
    var defaultBedrockHttpAuthSchemeParametersProvider = async (config, context, input) => {
      return {
        operation: getSmithyContext(context).operation,
        region: await normalizeProvider(config.region)() || (() => {
          throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })()
      };
    };
    function createAwsAuthSigv4HttpAuthOption(authParameters) {
      return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
          name: "bedrock",
          region: authParameters.region
        },
        propertiesExtractor: (config, context) => ({
          signingProperties: {
            config,
            context
          }
        })
      };
    }
    function createSmithyApiHttpBearerAuthHttpAuthOption(authParameters) {
      return {
        schemeId: "smithy.api#httpBearerAuth",
        propertiesExtractor: ({ profile, filepath, configFilepath, ignoreCache }, context) => ({
          identityProperties: {
            profile,
            filepath,
            configFilepath,
            ignoreCache
          }
        })
      };
    }
    var defaultBedrockHttpAuthSchemeProvider = (authParameters) => {
      const options = [];
      switch (authParameters.operation) {
        default: {
          options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
          options.push(createSmithyApiHttpBearerAuthHttpAuthOption());
        }
      }
      return options;
    };
    var resolveHttpAuthSchemeConfig = (config) => {
      const token = memoizeIdentityProvider(config.token, isIdentityExpired, doesIdentityRequireRefresh);
      const config_0 = resolveAwsSdkSigV4Config(config);
      return Object.assign(config_0, {
        authSchemePreference: normalizeProvider(config.authSchemePreference ?? []),
        token
      });
    };
    var resolveClientEndpointParameters = (options) => {
      return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "bedrock"
      });
    };
    var commonParams = {
      UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
      Endpoint: { type: "builtInParams", name: "endpoint" },
      Region: { type: "builtInParams", name: "region" },
      UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
    };
    var version = "3.1163.0";
    var packageInfo = {
      version
    };
    var k = "ref";
    var a = -1;
    var b = true;
    var c = "isSet";
    var d = "PartitionResult";
    var e = "booleanEquals";
    var f = "getAttr";
    var g = { [k]: "Endpoint" };
    var h = { [k]: d };
    var i = {};
    var j = [{ [k]: "Region" }];
    var _data = {
      conditions: [
        [c, [g]],
        [c, j],
        ["aws.partition", j, d],
        [e, [{ [k]: "UseFIPS" }, b]],
        [e, [{ [k]: "UseDualStack" }, b]],
        [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]],
        [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]]
      ],
      results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [g, i],
        ["https://bedrock-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://bedrock-fips.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://bedrock.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://bedrock.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "Invalid Configuration: Missing Region"]
      ]
    };
    var root = 2;
    var r = 1e8;
    var nodes = new Int32Array([
      -1,
      1,
      -1,
      0,
      12,
      3,
      1,
      4,
      r + 11,
      2,
      5,
      r + 11,
      3,
      8,
      6,
      4,
      7,
      r + 10,
      5,
      r + 8,
      r + 9,
      4,
      10,
      9,
      6,
      r + 6,
      r + 7,
      5,
      11,
      r + 5,
      6,
      r + 4,
      r + 5,
      3,
      r + 1,
      13,
      4,
      r + 2,
      r + 3
    ]);
    var bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);
    var cache = new EndpointCache({
      size: 50,
      params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"]
    });
    var defaultEndpointResolver = (endpointParams, context = {}) => {
      return cache.get(endpointParams, () => decideEndpoint(bdd, {
        endpointParams,
        logger: context.logger
      }));
    };
    customEndpointFunctions.aws = awsEndpointFunctions;
    var BedrockServiceException = class _BedrockServiceException extends ServiceException {
      static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.bedrock#BedrockServiceException";
      constructor(options) {
        super(options);
        Object.setPrototypeOf(this, _BedrockServiceException.prototype);
      }
    };
    var AccessDeniedException = class _AccessDeniedException extends BedrockServiceException {
      static shapeId = "com.amazonaws.bedrock#AccessDeniedException";
      name = "AccessDeniedException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "AccessDeniedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AccessDeniedException.prototype);
      }
    };
    var InternalServerException = class _InternalServerException extends BedrockServiceException {
      static shapeId = "com.amazonaws.bedrock#InternalServerException";
      name = "InternalServerException";
      $fault = "server";
      constructor(opts) {
        super({
          name: "InternalServerException",
          $fault: "server",
          ...opts
        });
        Object.setPrototypeOf(this, _InternalServerException.prototype);
      }
    };
    var ThrottlingException = class _ThrottlingException extends BedrockServiceException {
      static shapeId = "com.amazonaws.bedrock#ThrottlingException";
      name = "ThrottlingException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ThrottlingException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ThrottlingException.prototype);
      }
    };
    var ValidationException = class _ValidationException extends BedrockServiceException {
      static shapeId = "com.amazonaws.bedrock#ValidationException";
      name = "ValidationException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ValidationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ValidationException.prototype);
      }
    };
    var ConflictException = class _ConflictException extends BedrockServiceException {
      static shapeId = "com.amazonaws.bedrock#ConflictException";
      name = "ConflictException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ConflictException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ConflictException.prototype);
      }
    };
    var ResourceNotFoundException = class _ResourceNotFoundException extends BedrockServiceException {
      static shapeId = "com.amazonaws.bedrock#ResourceNotFoundException";
      name = "ResourceNotFoundException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ResourceNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResourceNotFoundException.prototype);
      }
    };
    var ServiceQuotaExceededException = class _ServiceQuotaExceededException extends BedrockServiceException {
      static shapeId = "com.amazonaws.bedrock#ServiceQuotaExceededException";
      name = "ServiceQuotaExceededException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ServiceQuotaExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ServiceQuotaExceededException.prototype);
      }
    };
    var TooManyTagsException = class _TooManyTagsException extends BedrockServiceException {
      static shapeId = "com.amazonaws.bedrock#TooManyTagsException";
      name = "TooManyTagsException";
      $fault = "client";
      resourceName;
      constructor(opts) {
        super({
          name: "TooManyTagsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TooManyTagsException.prototype);
        this.resourceName = opts.resourceName;
      }
    };
    var ResourceInUseException = class _ResourceInUseException extends BedrockServiceException {
      static shapeId = "com.amazonaws.bedrock#ResourceInUseException";
      name = "ResourceInUseException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ResourceInUseException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResourceInUseException.prototype);
      }
    };
    var ServiceUnavailableException = class _ServiceUnavailableException extends BedrockServiceException {
      static shapeId = "com.amazonaws.bedrock#ServiceUnavailableException";
      name = "ServiceUnavailableException";
      $fault = "server";
      constructor(opts) {
        super({
          name: "ServiceUnavailableException",
          $fault: "server",
          ...opts
        });
        Object.setPrototypeOf(this, _ServiceUnavailableException.prototype);
      }
    };
    var _AA = "AgreementAvailability";
    var _ADE = "AccessDeniedException";
    var _AEC = "AutomatedEvaluationConfig";
    var _AECM = "AutomatedEvaluationCustomMetrics";
    var _AECMC = "AutomatedEvaluationCustomMetricConfig";
    var _AECMS = "AutomatedEvaluationCustomMetricSource";
    var _AEGIIC = "AccountEnforcedGuardrailInferenceInputConfiguration";
    var _AEGOC = "AccountEnforcedGuardrailOutputConfiguration";
    var _AEGOCc = "AccountEnforcedGuardrailsOutputConfiguration";
    var _APOIC = "AdvancedPromptOptimizationInputConfig";
    var _APOJS = "AdvancedPromptOptimizationJobSummary";
    var _APOJSd = "AdvancedPromptOptimizationJobSummaries";
    var _APOOC = "AdvancedPromptOptimizationOutputConfig";
    var _ARCDSL = "AutomatedReasoningCheckDifferenceScenarioList";
    var _ARCF = "AutomatedReasoningCheckFinding";
    var _ARCFL = "AutomatedReasoningCheckFindingList";
    var _ARCIF = "AutomatedReasoningCheckImpossibleFinding";
    var _ARCIFu = "AutomatedReasoningCheckInvalidFinding";
    var _ARCITR = "AutomatedReasoningCheckInputTextReference";
    var _ARCITRL = "AutomatedReasoningCheckInputTextReferenceList";
    var _ARCLW = "AutomatedReasoningCheckLogicWarning";
    var _ARCNTF = "AutomatedReasoningCheckNoTranslationsFinding";
    var _ARCR = "AutomatedReasoningCheckRule";
    var _ARCRL = "AutomatedReasoningCheckRuleList";
    var _ARCS = "AutomatedReasoningCheckScenario";
    var _ARCSF = "AutomatedReasoningCheckSatisfiableFinding";
    var _ARCT = "AutomatedReasoningCheckTranslation";
    var _ARCTAF = "AutomatedReasoningCheckTranslationAmbiguousFinding";
    var _ARCTCF = "AutomatedReasoningCheckTooComplexFinding";
    var _ARCTL = "AutomatedReasoningCheckTranslationList";
    var _ARCTO = "AutomatedReasoningCheckTranslationOption";
    var _ARCTOL = "AutomatedReasoningCheckTranslationOptionList";
    var _ARCVF = "AutomatedReasoningCheckValidFinding";
    var _ARLS = "AutomatedReasoningLogicStatement";
    var _ARLSC = "AutomatedReasoningLogicStatementContent";
    var _ARLSL = "AutomatedReasoningLogicStatementList";
    var _ARNLSC = "AutomatedReasoningNaturalLanguageStatementContent";
    var _ARPA = "AutomatedReasoningPolicyAnnotation";
    var _ARPAC = "AutomatedReasoningPolicyAnnotatedChunk";
    var _ARPACL = "AutomatedReasoningPolicyAnnotatedChunkList";
    var _ARPACLu = "AutomatedReasoningPolicyAnnotatedContentList";
    var _ARPACu = "AutomatedReasoningPolicyAnnotatedContent";
    var _ARPAFNL = "AutomatedReasoningPolicyAnnotationFeedbackNaturalLanguage";
    var _ARPAIC = "AutomatedReasoningPolicyAnnotationIngestContent";
    var _ARPAL = "AutomatedReasoningPolicyAnnotatedLine";
    var _ARPALu = "AutomatedReasoningPolicyAnnotationList";
    var _ARPARA = "AutomatedReasoningPolicyAddRuleAnnotation";
    var _ARPARFNLA = "AutomatedReasoningPolicyAddRuleFromNaturalLanguageAnnotation";
    var _ARPARM = "AutomatedReasoningPolicyAddRuleMutation";
    var _ARPARNL = "AutomatedReasoningPolicyAnnotationRuleNaturalLanguage";
    var _ARPAS = "AutomatedReasoningPolicyAtomicStatement";
    var _ARPASL = "AutomatedReasoningPolicyAtomicStatementList";
    var _ARPATA = "AutomatedReasoningPolicyAddTypeAnnotation";
    var _ARPATM = "AutomatedReasoningPolicyAddTypeMutation";
    var _ARPATV = "AutomatedReasoningPolicyAddTypeValue";
    var _ARPAVA = "AutomatedReasoningPolicyAddVariableAnnotation";
    var _ARPAVM = "AutomatedReasoningPolicyAddVariableMutation";
    var _ARPBDB = "AutomatedReasoningPolicyBuildDocumentBlob";
    var _ARPBDD = "AutomatedReasoningPolicyBuildDocumentDescription";
    var _ARPBDN = "AutomatedReasoningPolicyBuildDocumentName";
    var _ARPBF = "AutomatedReasoningPolicyBuildFeedback";
    var _ARPBL = "AutomatedReasoningPolicyBuildLog";
    var _ARPBLE = "AutomatedReasoningPolicyBuildLogEntry";
    var _ARPBLEL = "AutomatedReasoningPolicyBuildLogEntryList";
    var _ARPBRA = "AutomatedReasoningPolicyBuildResultAssets";
    var _ARPBRAM = "AutomatedReasoningPolicyBuildResultAssetManifest";
    var _ARPBRAME = "AutomatedReasoningPolicyBuildResultAssetManifestEntry";
    var _ARPBRAML = "AutomatedReasoningPolicyBuildResultAssetManifestList";
    var _ARPBRAN = "AutomatedReasoningPolicyBuildResultAssetName";
    var _ARPBS = "AutomatedReasoningPolicyBuildStep";
    var _ARPBSC = "AutomatedReasoningPolicyBuildStepContext";
    var _ARPBSL = "AutomatedReasoningPolicyBuildStepList";
    var _ARPBSM = "AutomatedReasoningPolicyBuildStepMessage";
    var _ARPBSML = "AutomatedReasoningPolicyBuildStepMessageList";
    var _ARPBWD = "AutomatedReasoningPolicyBuildWorkflowDocument";
    var _ARPBWDL = "AutomatedReasoningPolicyBuildWorkflowDocumentList";
    var _ARPBWRC = "AutomatedReasoningPolicyBuildWorkflowRepairContent";
    var _ARPBWS = "AutomatedReasoningPolicyBuildWorkflowSource";
    var _ARPBWSu = "AutomatedReasoningPolicyBuildWorkflowSummary";
    var _ARPBWSut = "AutomatedReasoningPolicyBuildWorkflowSummaries";
    var _ARPD = "AutomatedReasoningPolicyDescription";
    var _ARPDE = "AutomatedReasoningPolicyDefinitionElement";
    var _ARPDQR = "AutomatedReasoningPolicyDefinitionQualityReport";
    var _ARPDR = "AutomatedReasoningPolicyDefinitionRule";
    var _ARPDRA = "AutomatedReasoningPolicyDeleteRuleAnnotation";
    var _ARPDRAE = "AutomatedReasoningPolicyDefinitionRuleAlternateExpression";
    var _ARPDRE = "AutomatedReasoningPolicyDefinitionRuleExpression";
    var _ARPDRL = "AutomatedReasoningPolicyDefinitionRuleList";
    var _ARPDRM = "AutomatedReasoningPolicyDeleteRuleMutation";
    var _ARPDRS = "AutomatedReasoningPolicyDisjointRuleSet";
    var _ARPDRSL = "AutomatedReasoningPolicyDisjointRuleSetList";
    var _ARPDT = "AutomatedReasoningPolicyDefinitionType";
    var _ARPDTA = "AutomatedReasoningPolicyDeleteTypeAnnotation";
    var _ARPDTD = "AutomatedReasoningPolicyDefinitionTypeDescription";
    var _ARPDTL = "AutomatedReasoningPolicyDefinitionTypeList";
    var _ARPDTM = "AutomatedReasoningPolicyDeleteTypeMutation";
    var _ARPDTN = "AutomatedReasoningPolicyDefinitionTypeName";
    var _ARPDTNL = "AutomatedReasoningPolicyDefinitionTypeNameList";
    var _ARPDTV = "AutomatedReasoningPolicyDefinitionTypeValue";
    var _ARPDTVD = "AutomatedReasoningPolicyDefinitionTypeValueDescription";
    var _ARPDTVL = "AutomatedReasoningPolicyDefinitionTypeValueList";
    var _ARPDTVP = "AutomatedReasoningPolicyDefinitionTypeValuePair";
    var _ARPDTVPL = "AutomatedReasoningPolicyDefinitionTypeValuePairList";
    var _ARPDTVu = "AutomatedReasoningPolicyDeleteTypeValue";
    var _ARPDV = "AutomatedReasoningPolicyDefinitionVariable";
    var _ARPDVA = "AutomatedReasoningPolicyDeleteVariableAnnotation";
    var _ARPDVD = "AutomatedReasoningPolicyDefinitionVariableDescription";
    var _ARPDVL = "AutomatedReasoningPolicyDefinitionVariableList";
    var _ARPDVM = "AutomatedReasoningPolicyDeleteVariableMutation";
    var _ARPDVN = "AutomatedReasoningPolicyDefinitionVariableName";
    var _ARPDVNL = "AutomatedReasoningPolicyDefinitionVariableNameList";
    var _ARPDu = "AutomatedReasoningPolicyDefinition";
    var _ARPFR = "AutomatedReasoningPolicyFidelityReport";
    var _ARPGFRC = "AutomatedReasoningPolicyGenerateFidelityReportContent";
    var _ARPGFRDL = "AutomatedReasoningPolicyGenerateFidelityReportDocumentList";
    var _ARPGTC = "AutomatedReasoningPolicyGeneratedTestCase";
    var _ARPGTCL = "AutomatedReasoningPolicyGeneratedTestCaseList";
    var _ARPGTCu = "AutomatedReasoningPolicyGeneratedTestCases";
    var _ARPICA = "AutomatedReasoningPolicyIngestContentAnnotation";
    var _ARPIRC = "AutomatedReasoningPolicyIterativeRefinementContent";
    var _ARPIRDL = "AutomatedReasoningPolicyIterativeRefinementDocumentList";
    var _ARPJL = "AutomatedReasoningPolicyJustificationList";
    var _ARPJT = "AutomatedReasoningPolicyJustificationText";
    var _ARPLT = "AutomatedReasoningPolicyLineText";
    var _ARPM = "AutomatedReasoningPolicyMutation";
    var _ARPN = "AutomatedReasoningPolicyName";
    var _ARPP = "AutomatedReasoningPolicyPlanning";
    var _ARPRR = "AutomatedReasoningPolicyRuleReport";
    var _ARPRRM = "AutomatedReasoningPolicyRuleReportMap";
    var _ARPRSD = "AutomatedReasoningPolicyReportSourceDocument";
    var _ARPRSDL = "AutomatedReasoningPolicyReportSourceDocumentList";
    var _ARPS = "AutomatedReasoningPolicyScenario";
    var _ARPSAE = "AutomatedReasoningPolicyScenarioAlternateExpression";
    var _ARPSD = "AutomatedReasoningPolicySourceDocument";
    var _ARPSE = "AutomatedReasoningPolicyScenarioExpression";
    var _ARPSL = "AutomatedReasoningPolicyStatementLocation";
    var _ARPSLu = "AutomatedReasoningPolicyScenarioList";
    var _ARPSR = "AutomatedReasoningPolicyStatementReference";
    var _ARPSRL = "AutomatedReasoningPolicyStatementReferenceList";
    var _ARPST = "AutomatedReasoningPolicyStatementText";
    var _ARPSu = "AutomatedReasoningPolicyScenarios";
    var _ARPSut = "AutomatedReasoningPolicySummary";
    var _ARPSuto = "AutomatedReasoningPolicySummaries";
    var _ARPTC = "AutomatedReasoningPolicyTestCase";
    var _ARPTCL = "AutomatedReasoningPolicyTestCaseList";
    var _ARPTGC = "AutomatedReasoningPolicyTestGuardContent";
    var _ARPTL = "AutomatedReasoningPolicyTestList";
    var _ARPTQC = "AutomatedReasoningPolicyTestQueryContent";
    var _ARPTR = "AutomatedReasoningPolicyTestResult";
    var _ARPTVA = "AutomatedReasoningPolicyTypeValueAnnotation";
    var _ARPTVAL = "AutomatedReasoningPolicyTypeValueAnnotationList";
    var _ARPUFRFA = "AutomatedReasoningPolicyUpdateFromRuleFeedbackAnnotation";
    var _ARPUFSFA = "AutomatedReasoningPolicyUpdateFromScenarioFeedbackAnnotation";
    var _ARPURA = "AutomatedReasoningPolicyUpdateRuleAnnotation";
    var _ARPURM = "AutomatedReasoningPolicyUpdateRuleMutation";
    var _ARPUTA = "AutomatedReasoningPolicyUpdateTypeAnnotation";
    var _ARPUTM = "AutomatedReasoningPolicyUpdateTypeMutation";
    var _ARPUTV = "AutomatedReasoningPolicyUpdateTypeValue";
    var _ARPUVA = "AutomatedReasoningPolicyUpdateVariableAnnotation";
    var _ARPUVM = "AutomatedReasoningPolicyUpdateVariableMutation";
    var _ARPVR = "AutomatedReasoningPolicyVariableReport";
    var _ARPVRM = "AutomatedReasoningPolicyVariableReportMap";
    var _ARPWTC = "AutomatedReasoningPolicyWorkflowTypeContent";
    var _BCB = "ByteContentBlob";
    var _BCD = "ByteContentDoc";
    var _BDAPOJ = "BatchDeleteAdvancedPromptOptimizationJob";
    var _BDAPOJE = "BatchDeleteAdvancedPromptOptimizationJobError";
    var _BDAPOJEa = "BatchDeleteAdvancedPromptOptimizationJobErrors";
    var _BDAPOJI = "BatchDeleteAdvancedPromptOptimizationJobItem";
    var _BDAPOJIa = "BatchDeleteAdvancedPromptOptimizationJobItems";
    var _BDAPOJR = "BatchDeleteAdvancedPromptOptimizationJobRequest";
    var _BDAPOJRa = "BatchDeleteAdvancedPromptOptimizationJobResponse";
    var _BDEJ = "BatchDeleteEvaluationJob";
    var _BDEJE = "BatchDeleteEvaluationJobError";
    var _BDEJEa = "BatchDeleteEvaluationJobErrors";
    var _BDEJI = "BatchDeleteEvaluationJobItem";
    var _BDEJIa = "BatchDeleteEvaluationJobItems";
    var _BDEJR = "BatchDeleteEvaluationJobRequest";
    var _BDEJRa = "BatchDeleteEvaluationJobResponse";
    var _BEM = "BedrockEvaluatorModel";
    var _BEMe = "BedrockEvaluatorModels";
    var _CAPOJ = "CreateAdvancedPromptOptimizationJob";
    var _CAPOJR = "CreateAdvancedPromptOptimizationJobRequest";
    var _CAPOJRr = "CreateAdvancedPromptOptimizationJobResponse";
    var _CARP = "CreateAutomatedReasoningPolicy";
    var _CARPBW = "CancelAutomatedReasoningPolicyBuildWorkflow";
    var _CARPBWR = "CancelAutomatedReasoningPolicyBuildWorkflowRequest";
    var _CARPBWRa = "CancelAutomatedReasoningPolicyBuildWorkflowResponse";
    var _CARPR = "CreateAutomatedReasoningPolicyRequest";
    var _CARPRr = "CreateAutomatedReasoningPolicyResponse";
    var _CARPTC = "CreateAutomatedReasoningPolicyTestCase";
    var _CARPTCR = "CreateAutomatedReasoningPolicyTestCaseRequest";
    var _CARPTCRr = "CreateAutomatedReasoningPolicyTestCaseResponse";
    var _CARPV = "CreateAutomatedReasoningPolicyVersion";
    var _CARPVR = "CreateAutomatedReasoningPolicyVersionRequest";
    var _CARPVRr = "CreateAutomatedReasoningPolicyVersionResponse";
    var _CC = "CustomizationConfig";
    var _CCM = "CreateCustomModel";
    var _CCMD = "CreateCustomModelDeployment";
    var _CCMDR = "CreateCustomModelDeploymentRequest";
    var _CCMDRr = "CreateCustomModelDeploymentResponse";
    var _CCMR = "CreateCustomModelRequest";
    var _CCMRr = "CreateCustomModelResponse";
    var _CE = "ConflictException";
    var _CEJ = "CreateEvaluationJob";
    var _CEJR = "CreateEvaluationJobRequest";
    var _CEJRr = "CreateEvaluationJobResponse";
    var _CFMA = "CreateFoundationModelAgreement";
    var _CFMAR = "CreateFoundationModelAgreementRequest";
    var _CFMARr = "CreateFoundationModelAgreementResponse";
    var _CG = "CreateGuardrail";
    var _CGR = "CreateGuardrailRequest";
    var _CGRr = "CreateGuardrailResponse";
    var _CGV = "CreateGuardrailVersion";
    var _CGVR = "CreateGuardrailVersionRequest";
    var _CGVRr = "CreateGuardrailVersionResponse";
    var _CIP = "CreateInferenceProfile";
    var _CIPR = "CreateInferenceProfileRequest";
    var _CIPRr = "CreateInferenceProfileResponse";
    var _CMBEM = "CustomMetricBedrockEvaluatorModel";
    var _CMBEMu = "CustomMetricBedrockEvaluatorModels";
    var _CMCJ = "CreateModelCopyJob";
    var _CMCJR = "CreateModelCopyJobRequest";
    var _CMCJRr = "CreateModelCopyJobResponse";
    var _CMCJRre = "CreateModelCustomizationJobRequest";
    var _CMCJRrea = "CreateModelCustomizationJobResponse";
    var _CMCJr = "CreateModelCustomizationJob";
    var _CMD = "CustomMetricDefinition";
    var _CMDS = "CustomModelDeploymentSummary";
    var _CMDSL = "CustomModelDeploymentSummaryList";
    var _CMDSu = "CustomModelDataSource";
    var _CMDUD = "CustomModelDeploymentUpdateDetails";
    var _CMEMC = "CustomMetricEvaluatorModelConfig";
    var _CMIJ = "CreateModelImportJob";
    var _CMIJR = "CreateModelImportJobRequest";
    var _CMIJRr = "CreateModelImportJobResponse";
    var _CMIJRre = "CreateModelInvocationJobRequest";
    var _CMIJRrea = "CreateModelInvocationJobResponse";
    var _CMIJr = "CreateModelInvocationJob";
    var _CMME = "CreateMarketplaceModelEndpoint";
    var _CMMER = "CreateMarketplaceModelEndpointRequest";
    var _CMMERr = "CreateMarketplaceModelEndpointResponse";
    var _CMS = "CustomModelSummary";
    var _CMSL = "CustomModelSummaryList";
    var _CMU = "CustomModelUnits";
    var _CPMT = "CreateProvisionedModelThroughput";
    var _CPMTR = "CreateProvisionedModelThroughputRequest";
    var _CPMTRr = "CreateProvisionedModelThroughputResponse";
    var _CPR = "CreatePromptRouter";
    var _CPRR = "CreatePromptRouterRequest";
    var _CPRRr = "CreatePromptRouterResponse";
    var _CWC = "CloudWatchConfig";
    var _DARP = "DeleteAutomatedReasoningPolicy";
    var _DARPBW = "DeleteAutomatedReasoningPolicyBuildWorkflow";
    var _DARPBWR = "DeleteAutomatedReasoningPolicyBuildWorkflowRequest";
    var _DARPBWRe = "DeleteAutomatedReasoningPolicyBuildWorkflowResponse";
    var _DARPR = "DeleteAutomatedReasoningPolicyRequest";
    var _DARPRe = "DeleteAutomatedReasoningPolicyResponse";
    var _DARPTC = "DeleteAutomatedReasoningPolicyTestCase";
    var _DARPTCR = "DeleteAutomatedReasoningPolicyTestCaseRequest";
    var _DARPTCRe = "DeleteAutomatedReasoningPolicyTestCaseResponse";
    var _DC = "DistillationConfig";
    var _DCM = "DeleteCustomModel";
    var _DCMD = "DeleteCustomModelDeployment";
    var _DCMDR = "DeleteCustomModelDeploymentRequest";
    var _DCMDRe = "DeleteCustomModelDeploymentResponse";
    var _DCMR = "DeleteCustomModelRequest";
    var _DCMRe = "DeleteCustomModelResponse";
    var _DEGC = "DeleteEnforcedGuardrailConfiguration";
    var _DEGCR = "DeleteEnforcedGuardrailConfigurationRequest";
    var _DEGCRe = "DeleteEnforcedGuardrailConfigurationResponse";
    var _DFMA = "DeleteFoundationModelAgreement";
    var _DFMAR = "DeleteFoundationModelAgreementRequest";
    var _DFMARe = "DeleteFoundationModelAgreementResponse";
    var _DG = "DeleteGuardrail";
    var _DGR = "DeleteGuardrailRequest";
    var _DGRe = "DeleteGuardrailResponse";
    var _DIM = "DeleteImportedModel";
    var _DIMR = "DeleteImportedModelRequest";
    var _DIMRe = "DeleteImportedModelResponse";
    var _DIP = "DeleteInferenceProfile";
    var _DIPR = "DeleteInferenceProfileRequest";
    var _DIPRe = "DeleteInferenceProfileResponse";
    var _DMILC = "DeleteModelInvocationLoggingConfiguration";
    var _DMILCR = "DeleteModelInvocationLoggingConfigurationRequest";
    var _DMILCRe = "DeleteModelInvocationLoggingConfigurationResponse";
    var _DMME = "DeleteMarketplaceModelEndpoint";
    var _DMMER = "DeleteMarketplaceModelEndpointRequest";
    var _DMMERe = "DeleteMarketplaceModelEndpointResponse";
    var _DMMERer = "DeregisterMarketplaceModelEndpointRequest";
    var _DMMERere = "DeregisterMarketplaceModelEndpointResponse";
    var _DMMEe = "DeregisterMarketplaceModelEndpoint";
    var _DPD = "DataProcessingDetails";
    var _DPMT = "DeleteProvisionedModelThroughput";
    var _DPMTR = "DeleteProvisionedModelThroughputRequest";
    var _DPMTRe = "DeleteProvisionedModelThroughputResponse";
    var _DPR = "DimensionalPriceRate";
    var _DPRR = "DeletePromptRouterRequest";
    var _DPRRe = "DeletePromptRouterResponse";
    var _DPRe = "DeletePromptRouter";
    var _DRP = "DeleteResourcePolicy";
    var _DRPR = "DeleteResourcePolicyRequest";
    var _DRPRe = "DeleteResourcePolicyResponse";
    var _EARPV = "ExportAutomatedReasoningPolicyVersion";
    var _EARPVR = "ExportAutomatedReasoningPolicyVersionRequest";
    var _EARPVRx = "ExportAutomatedReasoningPolicyVersionResponse";
    var _EBM = "EvaluationBedrockModel";
    var _EC = "EndpointConfig";
    var _ECv = "EvaluationConfig";
    var _ED = "EvaluationDataset";
    var _EDL = "EvaluationDatasetLocation";
    var _EDMC = "EvaluationDatasetMetricConfig";
    var _EDMCv = "EvaluationDatasetMetricConfigs";
    var _EDN = "EvaluationDatasetName";
    var _EIC = "EvaluationInferenceConfig";
    var _EICS = "EvaluationInferenceConfigSummary";
    var _EJD = "EvaluationJobDescription";
    var _EJI = "EvaluationJobIdentifier";
    var _EJIv = "EvaluationJobIdentifiers";
    var _EMC = "EvaluationModelConfigs";
    var _EMCS = "EvaluationModelConfigSummary";
    var _EMCv = "EvaluationModelConfig";
    var _EMCva = "EvaluatorModelConfig";
    var _EMD = "EvaluationMetricDescription";
    var _EMIP = "EvaluationModelInferenceParams";
    var _EMN = "EvaluationMetricName";
    var _EMNv = "EvaluationMetricNames";
    var _EODC = "EvaluationOutputDataConfig";
    var _EPIS = "EvaluationPrecomputedInferenceSource";
    var _EPRAGSC = "EvaluationPrecomputedRetrieveAndGenerateSourceConfig";
    var _EPRSC = "EvaluationPrecomputedRetrieveSourceConfig";
    var _EPRSCv = "EvaluationPrecomputedRagSourceConfig";
    var _ERCS = "EvaluationRagConfigSummary";
    var _ES = "EvaluationSummary";
    var _ESGC = "ExternalSourcesGenerationConfiguration";
    var _ESRAGC = "ExternalSourcesRetrieveAndGenerateConfiguration";
    var _ESv = "EvaluationSummaries";
    var _ESx = "ExternalSource";
    var _ESxt = "ExternalSources";
    var _FA = "FilterAttribute";
    var _FFR = "FieldForReranking";
    var _FFRi = "FieldsForReranking";
    var _FMD = "FoundationModelDetails";
    var _FML = "FoundationModelLifecycle";
    var _FMS = "FoundationModelSummary";
    var _FMSL = "FoundationModelSummaryList";
    var _GADR = "GetAccountDataRetention";
    var _GADRR = "GetAccountDataRetentionRequest";
    var _GADRRe = "GetAccountDataRetentionResponse";
    var _GAPOJ = "GetAdvancedPromptOptimizationJob";
    var _GAPOJR = "GetAdvancedPromptOptimizationJobRequest";
    var _GAPOJRe = "GetAdvancedPromptOptimizationJobResponse";
    var _GARP = "GuardrailAutomatedReasoningPolicy";
    var _GARPA = "GetAutomatedReasoningPolicyAnnotations";
    var _GARPAR = "GetAutomatedReasoningPolicyAnnotationsRequest";
    var _GARPARe = "GetAutomatedReasoningPolicyAnnotationsResponse";
    var _GARPBW = "GetAutomatedReasoningPolicyBuildWorkflow";
    var _GARPBWR = "GetAutomatedReasoningPolicyBuildWorkflowRequest";
    var _GARPBWRA = "GetAutomatedReasoningPolicyBuildWorkflowResultAssets";
    var _GARPBWRAR = "GetAutomatedReasoningPolicyBuildWorkflowResultAssetsRequest";
    var _GARPBWRARe = "GetAutomatedReasoningPolicyBuildWorkflowResultAssetsResponse";
    var _GARPBWRe = "GetAutomatedReasoningPolicyBuildWorkflowResponse";
    var _GARPC = "GuardrailAutomatedReasoningPolicyConfig";
    var _GARPNS = "GetAutomatedReasoningPolicyNextScenario";
    var _GARPNSR = "GetAutomatedReasoningPolicyNextScenarioRequest";
    var _GARPNSRe = "GetAutomatedReasoningPolicyNextScenarioResponse";
    var _GARPR = "GetAutomatedReasoningPolicyRequest";
    var _GARPRe = "GetAutomatedReasoningPolicyResponse";
    var _GARPTC = "GetAutomatedReasoningPolicyTestCase";
    var _GARPTCR = "GetAutomatedReasoningPolicyTestCaseRequest";
    var _GARPTCRe = "GetAutomatedReasoningPolicyTestCaseResponse";
    var _GARPTR = "GetAutomatedReasoningPolicyTestResult";
    var _GARPTRR = "GetAutomatedReasoningPolicyTestResultRequest";
    var _GARPTRRe = "GetAutomatedReasoningPolicyTestResultResponse";
    var _GARPe = "GetAutomatedReasoningPolicy";
    var _GBM = "GuardrailBlockedMessaging";
    var _GC = "GenerationConfiguration";
    var _GCF = "GuardrailContentFilter";
    var _GCFA = "GuardrailContentFilterAction";
    var _GCFC = "GuardrailContentFilterConfig";
    var _GCFCu = "GuardrailContentFiltersConfig";
    var _GCFT = "GuardrailContentFiltersTier";
    var _GCFTC = "GuardrailContentFiltersTierConfig";
    var _GCFTN = "GuardrailContentFiltersTierName";
    var _GCFu = "GuardrailContentFilters";
    var _GCGA = "GuardrailContextualGroundingAction";
    var _GCGF = "GuardrailContextualGroundingFilter";
    var _GCGFC = "GuardrailContextualGroundingFilterConfig";
    var _GCGFCu = "GuardrailContextualGroundingFiltersConfig";
    var _GCGFu = "GuardrailContextualGroundingFilters";
    var _GCGP = "GuardrailContextualGroundingPolicy";
    var _GCGPC = "GuardrailContextualGroundingPolicyConfig";
    var _GCGT = "GuardrailContextualGroundingTier";
    var _GCGTC = "GuardrailContextualGroundingTierConfig";
    var _GCGTN = "GuardrailContextualGroundingTierName";
    var _GCM = "GetCustomModel";
    var _GCMD = "GetCustomModelDeployment";
    var _GCMDR = "GetCustomModelDeploymentRequest";
    var _GCMDRe = "GetCustomModelDeploymentResponse";
    var _GCMR = "GetCustomModelRequest";
    var _GCMRe = "GetCustomModelResponse";
    var _GCP = "GuardrailContentPolicy";
    var _GCPC = "GuardrailContentPolicyConfig";
    var _GCRC = "GuardrailCrossRegionConfig";
    var _GCRD = "GuardrailCrossRegionDetails";
    var _GCr = "GraderConfig";
    var _GCu = "GuardrailConfiguration";
    var _GD = "GuardrailDescription";
    var _GEJ = "GetEvaluationJob";
    var _GEJR = "GetEvaluationJobRequest";
    var _GEJRe = "GetEvaluationJobResponse";
    var _GFM = "GetFoundationModel";
    var _GFMA = "GetFoundationModelAvailability";
    var _GFMAR = "GetFoundationModelAvailabilityRequest";
    var _GFMARe = "GetFoundationModelAvailabilityResponse";
    var _GFMR = "GetFoundationModelRequest";
    var _GFMRe = "GetFoundationModelResponse";
    var _GFR = "GuardrailFailureRecommendation";
    var _GFRu = "GuardrailFailureRecommendations";
    var _GG = "GetGuardrail";
    var _GGR = "GetGuardrailRequest";
    var _GGRe = "GetGuardrailResponse";
    var _GIM = "GetImportedModel";
    var _GIMR = "GetImportedModelRequest";
    var _GIMRe = "GetImportedModelResponse";
    var _GIP = "GetInferenceProfile";
    var _GIPR = "GetInferenceProfileRequest";
    var _GIPRe = "GetInferenceProfileResponse";
    var _GM = "GuardrailModality";
    var _GMCJ = "GetModelCopyJob";
    var _GMCJR = "GetModelCopyJobRequest";
    var _GMCJRe = "GetModelCopyJobResponse";
    var _GMCJRet = "GetModelCustomizationJobRequest";
    var _GMCJReto = "GetModelCustomizationJobResponse";
    var _GMCJe = "GetModelCustomizationJob";
    var _GMIJ = "GetModelImportJob";
    var _GMIJR = "GetModelImportJobRequest";
    var _GMIJRe = "GetModelImportJobResponse";
    var _GMIJRet = "GetModelInvocationJobRequest";
    var _GMIJReto = "GetModelInvocationJobResponse";
    var _GMIJe = "GetModelInvocationJob";
    var _GMILC = "GetModelInvocationLoggingConfiguration";
    var _GMILCR = "GetModelInvocationLoggingConfigurationRequest";
    var _GMILCRe = "GetModelInvocationLoggingConfigurationResponse";
    var _GMME = "GetMarketplaceModelEndpoint";
    var _GMMER = "GetMarketplaceModelEndpointRequest";
    var _GMMERe = "GetMarketplaceModelEndpointResponse";
    var _GMW = "GuardrailManagedWords";
    var _GMWC = "GuardrailManagedWordsConfig";
    var _GMWL = "GuardrailManagedWordLists";
    var _GMWLC = "GuardrailManagedWordListsConfig";
    var _GMu = "GuardrailModalities";
    var _GN = "GuardrailName";
    var _GPE = "GuardrailPiiEntity";
    var _GPEC = "GuardrailPiiEntityConfig";
    var _GPECu = "GuardrailPiiEntitiesConfig";
    var _GPEu = "GuardrailPiiEntities";
    var _GPMT = "GetProvisionedModelThroughput";
    var _GPMTR = "GetProvisionedModelThroughputRequest";
    var _GPMTRe = "GetProvisionedModelThroughputResponse";
    var _GPR = "GetPromptRouter";
    var _GPRR = "GetPromptRouterRequest";
    var _GPRRe = "GetPromptRouterResponse";
    var _GR = "GuardrailRegex";
    var _GRC = "GuardrailRegexConfig";
    var _GRCu = "GuardrailRegexesConfig";
    var _GRP = "GetResourcePolicy";
    var _GRPR = "GetResourcePolicyRequest";
    var _GRPRe = "GetResourcePolicyResponse";
    var _GRu = "GuardrailRegexes";
    var _GS = "GuardrailSummary";
    var _GSIP = "GuardrailSensitiveInformationPolicy";
    var _GSIPC = "GuardrailSensitiveInformationPolicyConfig";
    var _GSR = "GuardrailStatusReason";
    var _GSRu = "GuardrailStatusReasons";
    var _GSu = "GuardrailSummaries";
    var _GT = "GuardrailTopic";
    var _GTA = "GuardrailTopicAction";
    var _GTC = "GuardrailTopicConfig";
    var _GTCu = "GuardrailTopicsConfig";
    var _GTD = "GuardrailTopicDefinition";
    var _GTE = "GuardrailTopicExample";
    var _GTEu = "GuardrailTopicExamples";
    var _GTN = "GuardrailTopicName";
    var _GTP = "GuardrailTopicPolicy";
    var _GTPC = "GuardrailTopicPolicyConfig";
    var _GTT = "GuardrailTopicsTier";
    var _GTTC = "GuardrailTopicsTierConfig";
    var _GTTN = "GuardrailTopicsTierName";
    var _GTu = "GuardrailTopics";
    var _GUCFMA = "GetUseCaseForModelAccess";
    var _GUCFMAR = "GetUseCaseForModelAccessRequest";
    var _GUCFMARe = "GetUseCaseForModelAccessResponse";
    var _GW = "GuardrailWord";
    var _GWA = "GuardrailWordAction";
    var _GWC = "GuardrailWordConfig";
    var _GWCu = "GuardrailWordsConfig";
    var _GWP = "GuardrailWordPolicy";
    var _GWPC = "GuardrailWordPolicyConfig";
    var _GWu = "GuardrailWords";
    var _HEC = "HumanEvaluationConfig";
    var _HECM = "HumanEvaluationCustomMetric";
    var _HECMu = "HumanEvaluationCustomMetrics";
    var _HTI = "HumanTaskInstructions";
    var _HWC = "HumanWorkflowConfig";
    var _I = "Identifier";
    var _IC = "InferenceConfiguration";
    var _IFC = "ImplicitFilterConfiguration";
    var _ILC = "InvocationLogsConfig";
    var _ILS = "InvocationLogSource";
    var _IMS = "ImportedModelSummary";
    var _IMSL = "ImportedModelSummaryList";
    var _IPD = "InferenceProfileDescription";
    var _IPM = "InferenceProfileModel";
    var _IPMS = "InferenceProfileModelSource";
    var _IPMn = "InferenceProfileModels";
    var _IPS = "InferenceProfileSummary";
    var _IPSn = "InferenceProfileSummaries";
    var _ISE = "InternalServerException";
    var _KBC = "KnowledgeBaseConfig";
    var _KBRAGC = "KnowledgeBaseRetrieveAndGenerateConfiguration";
    var _KBRC = "KnowledgeBaseRetrievalConfiguration";
    var _KBVSC = "KnowledgeBaseVectorSearchConfiguration";
    var _KIC = "KbInferenceConfig";
    var _LAPOJ = "ListAdvancedPromptOptimizationJobs";
    var _LAPOJR = "ListAdvancedPromptOptimizationJobsRequest";
    var _LAPOJRi = "ListAdvancedPromptOptimizationJobsResponse";
    var _LARP = "ListAutomatedReasoningPolicies";
    var _LARPBW = "ListAutomatedReasoningPolicyBuildWorkflows";
    var _LARPBWR = "ListAutomatedReasoningPolicyBuildWorkflowsRequest";
    var _LARPBWRi = "ListAutomatedReasoningPolicyBuildWorkflowsResponse";
    var _LARPR = "ListAutomatedReasoningPoliciesRequest";
    var _LARPRi = "ListAutomatedReasoningPoliciesResponse";
    var _LARPTC = "ListAutomatedReasoningPolicyTestCases";
    var _LARPTCR = "ListAutomatedReasoningPolicyTestCasesRequest";
    var _LARPTCRi = "ListAutomatedReasoningPolicyTestCasesResponse";
    var _LARPTR = "ListAutomatedReasoningPolicyTestResults";
    var _LARPTRR = "ListAutomatedReasoningPolicyTestResultsRequest";
    var _LARPTRRi = "ListAutomatedReasoningPolicyTestResultsResponse";
    var _LC = "LoggingConfig";
    var _LCM = "ListCustomModels";
    var _LCMD = "ListCustomModelDeployments";
    var _LCMDR = "ListCustomModelDeploymentsRequest";
    var _LCMDRi = "ListCustomModelDeploymentsResponse";
    var _LCMR = "ListCustomModelsRequest";
    var _LCMRi = "ListCustomModelsResponse";
    var _LEGC = "ListEnforcedGuardrailsConfiguration";
    var _LEGCR = "ListEnforcedGuardrailsConfigurationRequest";
    var _LEGCRi = "ListEnforcedGuardrailsConfigurationResponse";
    var _LEJ = "ListEvaluationJobs";
    var _LEJR = "ListEvaluationJobsRequest";
    var _LEJRi = "ListEvaluationJobsResponse";
    var _LFM = "ListFoundationModels";
    var _LFMAO = "ListFoundationModelAgreementOffers";
    var _LFMAOR = "ListFoundationModelAgreementOffersRequest";
    var _LFMAORi = "ListFoundationModelAgreementOffersResponse";
    var _LFMR = "ListFoundationModelsRequest";
    var _LFMRi = "ListFoundationModelsResponse";
    var _LG = "ListGuardrails";
    var _LGC = "LambdaGraderConfig";
    var _LGR = "ListGuardrailsRequest";
    var _LGRi = "ListGuardrailsResponse";
    var _LIM = "ListImportedModels";
    var _LIMR = "ListImportedModelsRequest";
    var _LIMRi = "ListImportedModelsResponse";
    var _LIP = "ListInferenceProfiles";
    var _LIPR = "ListInferenceProfilesRequest";
    var _LIPRi = "ListInferenceProfilesResponse";
    var _LMCJ = "ListModelCopyJobs";
    var _LMCJR = "ListModelCopyJobsRequest";
    var _LMCJRi = "ListModelCopyJobsResponse";
    var _LMCJRis = "ListModelCustomizationJobsRequest";
    var _LMCJRist = "ListModelCustomizationJobsResponse";
    var _LMCJi = "ListModelCustomizationJobs";
    var _LMIJ = "ListModelImportJobs";
    var _LMIJR = "ListModelImportJobsRequest";
    var _LMIJRi = "ListModelImportJobsResponse";
    var _LMIJRis = "ListModelInvocationJobsRequest";
    var _LMIJRist = "ListModelInvocationJobsResponse";
    var _LMIJi = "ListModelInvocationJobs";
    var _LMME = "ListMarketplaceModelEndpoints";
    var _LMMER = "ListMarketplaceModelEndpointsRequest";
    var _LMMERi = "ListMarketplaceModelEndpointsResponse";
    var _LPMT = "ListProvisionedModelThroughputs";
    var _LPMTR = "ListProvisionedModelThroughputsRequest";
    var _LPMTRi = "ListProvisionedModelThroughputsResponse";
    var _LPR = "ListPromptRouters";
    var _LPRR = "ListPromptRoutersRequest";
    var _LPRRi = "ListPromptRoutersResponse";
    var _LT = "LegalTerm";
    var _LTFR = "ListTagsForResource";
    var _LTFRR = "ListTagsForResourceRequest";
    var _LTFRRi = "ListTagsForResourceResponse";
    var _M = "Message";
    var _MAS = "MetadataAttributeSchema";
    var _MASL = "MetadataAttributeSchemaList";
    var _MC = "ModelConfiguration";
    var _MCFR = "MetadataConfigurationForReranking";
    var _MCJS = "ModelCopyJobSummary";
    var _MCJSo = "ModelCustomizationJobSummary";
    var _MCJSod = "ModelCopyJobSummaries";
    var _MCJSode = "ModelCustomizationJobSummaries";
    var _MCo = "ModelConfigurations";
    var _MDS = "ModelDataSource";
    var _ME = "ModelEnforcement";
    var _MIJIDC = "ModelInvocationJobInputDataConfig";
    var _MIJODC = "ModelInvocationJobOutputDataConfig";
    var _MIJS = "ModelImportJobSummary";
    var _MIJSIDC = "ModelInvocationJobS3InputDataConfig";
    var _MIJSODC = "ModelInvocationJobS3OutputDataConfig";
    var _MIJSo = "ModelInvocationJobSummary";
    var _MIJSod = "ModelImportJobSummaries";
    var _MIJSode = "ModelInvocationJobSummaries";
    var _MME = "MarketplaceModelEndpoint";
    var _MMES = "MarketplaceModelEndpointSummary";
    var _MMESa = "MarketplaceModelEndpointSummaries";
    var _MN = "MetricName";
    var _MPADS = "ModelPackageArnDataSource";
    var _O = "Offer";
    var _OC = "OrchestrationConfiguration";
    var _ODC = "OutputDataConfig";
    var _Of = "Offers";
    var _PADR = "PutAccountDataRetention";
    var _PADRR = "PutAccountDataRetentionRequest";
    var _PADRRu = "PutAccountDataRetentionResponse";
    var _PC = "PerformanceConfiguration";
    var _PEGC = "PutEnforcedGuardrailConfiguration";
    var _PEGCR = "PutEnforcedGuardrailConfigurationRequest";
    var _PEGCRu = "PutEnforcedGuardrailConfigurationResponse";
    var _PMILC = "PutModelInvocationLoggingConfiguration";
    var _PMILCR = "PutModelInvocationLoggingConfigurationRequest";
    var _PMILCRu = "PutModelInvocationLoggingConfigurationResponse";
    var _PMS = "ProvisionedModelSummary";
    var _PMSr = "ProvisionedModelSummaries";
    var _PRD = "PromptRouterDescription";
    var _PRP = "PutResourcePolicy";
    var _PRPR = "PutResourcePolicyRequest";
    var _PRPRu = "PutResourcePolicyResponse";
    var _PRS = "PromptRouterSummary";
    var _PRSr = "PromptRouterSummaries";
    var _PRTM = "PromptRouterTargetModel";
    var _PRTMr = "PromptRouterTargetModels";
    var _PT = "PricingTerm";
    var _PTr = "PromptTemplate";
    var _PUCFMA = "PutUseCaseForModelAccess";
    var _PUCFMAR = "PutUseCaseForModelAccessRequest";
    var _PUCFMARu = "PutUseCaseForModelAccessResponse";
    var _QTC = "QueryTransformationConfiguration";
    var _RAGC = "RetrieveAndGenerateConfiguration";
    var _RAGCo = "RAGConfig";
    var _RC = "RetrieveConfig";
    var _RCa = "RagConfigs";
    var _RCat = "RateCard";
    var _RCo = "RoutingCriteria";
    var _RF = "RetrievalFilter";
    var _RFL = "RetrievalFilterList";
    var _RFTC = "RFTConfig";
    var _RFTHP = "RFTHyperParameters";
    var _RIUE = "ResourceInUseException";
    var _RMBF = "RequestMetadataBaseFilters";
    var _RMF = "RequestMetadataFilters";
    var _RMFL = "RequestMetadataFiltersList";
    var _RMM = "RequestMetadataMap";
    var _RMME = "RegisterMarketplaceModelEndpoint";
    var _RMMER = "RegisterMarketplaceModelEndpointRequest";
    var _RMMERe = "RegisterMarketplaceModelEndpointResponse";
    var _RMSMC = "RerankingMetadataSelectiveModeConfiguration";
    var _RNFE = "ResourceNotFoundException";
    var _RS = "RatingScale";
    var _RSI = "RatingScaleItem";
    var _RSIV = "RatingScaleItemValue";
    var _SAPOJ = "StopAdvancedPromptOptimizationJob";
    var _SAPOJR = "StopAdvancedPromptOptimizationJobRequest";
    var _SAPOJRt = "StopAdvancedPromptOptimizationJobResponse";
    var _SARPBW = "StartAutomatedReasoningPolicyBuildWorkflow";
    var _SARPBWR = "StartAutomatedReasoningPolicyBuildWorkflowRequest";
    var _SARPBWRt = "StartAutomatedReasoningPolicyBuildWorkflowResponse";
    var _SARPTW = "StartAutomatedReasoningPolicyTestWorkflow";
    var _SARPTWR = "StartAutomatedReasoningPolicyTestWorkflowRequest";
    var _SARPTWRt = "StartAutomatedReasoningPolicyTestWorkflowResponse";
    var _SC = "S3Config";
    var _SCG = "SelectiveContentGuarding";
    var _SD = "StatusDetails";
    var _SDS = "S3DataSource";
    var _SEJ = "StopEvaluationJob";
    var _SEJR = "StopEvaluationJobRequest";
    var _SEJRt = "StopEvaluationJobResponse";
    var _SMCJ = "StopModelCustomizationJob";
    var _SMCJR = "StopModelCustomizationJobRequest";
    var _SMCJRt = "StopModelCustomizationJobResponse";
    var _SME = "SageMakerEndpoint";
    var _SMIJ = "StopModelInvocationJob";
    var _SMIJR = "StopModelInvocationJobRequest";
    var _SMIJRt = "StopModelInvocationJobResponse";
    var _SOD = "S3ObjectDoc";
    var _SQEE = "ServiceQuotaExceededException";
    var _ST = "SupportTerm";
    var _SUE = "ServiceUnavailableException";
    var _T = "Tag";
    var _TD = "TermDetails";
    var _TDC = "TrainingDataConfig";
    var _TDr = "TrainingDetails";
    var _TE = "ThrottlingException";
    var _TIC = "TextInferenceConfig";
    var _TL = "TagList";
    var _TM = "TrainingMetrics";
    var _TMC = "TeacherModelConfig";
    var _TMTE = "TooManyTagsException";
    var _TPT = "TextPromptTemplate";
    var _TR = "TagResource";
    var _TRR = "TagResourceRequest";
    var _TRRa = "TagResourceResponse";
    var _UARP = "UpdateAutomatedReasoningPolicy";
    var _UARPA = "UpdateAutomatedReasoningPolicyAnnotations";
    var _UARPAR = "UpdateAutomatedReasoningPolicyAnnotationsRequest";
    var _UARPARp = "UpdateAutomatedReasoningPolicyAnnotationsResponse";
    var _UARPR = "UpdateAutomatedReasoningPolicyRequest";
    var _UARPRp = "UpdateAutomatedReasoningPolicyResponse";
    var _UARPTC = "UpdateAutomatedReasoningPolicyTestCase";
    var _UARPTCR = "UpdateAutomatedReasoningPolicyTestCaseRequest";
    var _UARPTCRp = "UpdateAutomatedReasoningPolicyTestCaseResponse";
    var _UCMD = "UpdateCustomModelDeployment";
    var _UCMDR = "UpdateCustomModelDeploymentRequest";
    var _UCMDRp = "UpdateCustomModelDeploymentResponse";
    var _UG = "UpdateGuardrail";
    var _UGR = "UpdateGuardrailRequest";
    var _UGRp = "UpdateGuardrailResponse";
    var _UMME = "UpdateMarketplaceModelEndpoint";
    var _UMMER = "UpdateMarketplaceModelEndpointRequest";
    var _UMMERp = "UpdateMarketplaceModelEndpointResponse";
    var _UPMT = "UpdateProvisionedModelThroughput";
    var _UPMTR = "UpdateProvisionedModelThroughputRequest";
    var _UPMTRp = "UpdateProvisionedModelThroughputResponse";
    var _UR = "UntagResource";
    var _URR = "UntagResourceRequest";
    var _URRn = "UntagResourceResponse";
    var _V = "Validator";
    var _VC = "VpcConfig";
    var _VD = "ValidationDetails";
    var _VDC = "ValidationDataConfig";
    var _VE = "ValidationException";
    var _VM = "ValidatorMetric";
    var _VMa = "ValidationMetrics";
    var _VSBRC = "VectorSearchBedrockRerankingConfiguration";
    var _VSBRMC = "VectorSearchBedrockRerankingModelConfiguration";
    var _VSRC = "VectorSearchRerankingConfiguration";
    var _VT = "ValidityTerm";
    var _Va = "Validators";
    var _a = "annotation";
    var _aA = "agreementAvailability";
    var _aAn = "andAll";
    var _aD = "agreementDuration";
    var _aDDE = "audioDataDeliveryEnabled";
    var _aE = "alternateExpression";
    var _aEc = "acceptEula";
    var _aI = "assetId";
    var _aJ = "accuracyJustification";
    var _aM = "assetManifest";
    var _aMRF = "additionalModelRequestFields";
    var _aN = "assetName";
    var _aPOJ = "advancedPromptOptimizationJobs";
    var _aR = "addRule";
    var _aRFNL = "addRuleFromNaturalLanguage";
    var _aRP = "automatedReasoningPolicy";
    var _aRPBWS = "automatedReasoningPolicyBuildWorkflowSummaries";
    var _aRPC = "automatedReasoningPolicyConfig";
    var _aRPS = "automatedReasoningPolicySummaries";
    var _aS = "accuracyScore";
    var _aSH = "annotationSetHash";
    var _aSt = "atomicStatements";
    var _aSu = "authorizationStatus";
    var _aT = "assetType";
    var _aTE = "applicationTypeEquals";
    var _aTFR = "aggregatedTestFindingsResult";
    var _aTV = "addTypeValue";
    var _aTd = "addType";
    var _aTp = "applicationType";
    var _aV = "addVariable";
    var _ac = "action";
    var _an = "annotations";
    var _ar = "arn";
    var _au = "automated";
    var _bC = "byteContent";
    var _bCT = "byCustomizationType";
    var _bEM = "bedrockEvaluatorModels";
    var _bIM = "blockedInputMessaging";
    var _bIT = "byInferenceType";
    var _bKBI = "bedrockKnowledgeBaseIdentifiers";
    var _bL = "buildLog";
    var _bM = "bedrockModel";
    var _bMA = "baseModelArn";
    var _bMAE = "baseModelArnEquals";
    var _bMI = "baseModelIdentifier";
    var _bMIe = "bedrockModelIdentifiers";
    var _bMN = "baseModelName";
    var _bN = "bucketName";
    var _bOM = "blockedOutputsMessaging";
    var _bOMy = "byOutputModality";
    var _bP = "byProvider";
    var _bRC = "bedrockRerankingConfiguration";
    var _bS = "buildSteps";
    var _bSa = "batchSize";
    var _bWA = "buildWorkflowAssets";
    var _bWI = "buildWorkflowId";
    var _bWT = "buildWorkflowType";
    var _c = "client";
    var _cA = "createdAt";
    var _cAr = "createdAfter";
    var _cB = "createdBy";
    var _cBr = "createdBefore";
    var _cC = "customizationConfig";
    var _cD = "commitmentDuration";
    var _cEKI = "customerEncryptionKeyId";
    var _cET = "commitmentExpirationTime";
    var _cF = "copyFrom";
    var _cFS = "claimsFalseScenario";
    var _cGP = "contextualGroundingPolicy";
    var _cGPC = "contextualGroundingPolicyConfig";
    var _cI = "configId";
    var _cM = "customMetrics";
    var _cMA = "customModelArn";
    var _cMC = "customMetricConfig";
    var _cMD = "customMetricDefinition";
    var _cMDA = "customModelDeploymentArn";
    var _cMDI = "customModelDeploymentIdentifier";
    var _cMDN = "customModelDeploymentName";
    var _cMDS = "customModelDataSource";
    var _cMEMI = "customMetricsEvaluatorModelIdentifiers";
    var _cMKKI = "customModelKmsKeyId";
    var _cMN = "customModelName";
    var _cMT = "customModelTags";
    var _cMU = "customModelUnits";
    var _cMUPMC = "customModelUnitsPerModelCopy";
    var _cMUV = "customModelUnitsVersion";
    var _cP = "contentPolicy";
    var _cPC = "contentPolicyConfig";
    var _cR = "contradictingRules";
    var _cRC = "crossRegionConfig";
    var _cRD = "crossRegionDetails";
    var _cRT = "clientRequestToken";
    var _cRo = "conflictingRules";
    var _cS = "coverageScore";
    var _cSu = "customizationsSupported";
    var _cT = "creationTime";
    var _cTA = "creationTimeAfter";
    var _cTB = "creationTimeBefore";
    var _cTS = "claimsTrueScenario";
    var _cTl = "clientToken";
    var _cTo = "confidenceThreshold";
    var _cTon = "contentType";
    var _cTu = "customizationType";
    var _cWC = "cloudWatchConfig";
    var _cl = "claims";
    var _co = "confidence";
    var _cod = "code";
    var _con = "content";
    var _cont = "context";
    var _d = "description";
    var _dC = "documentContent";
    var _dCT = "documentContentType";
    var _dCi = "distillationConfig";
    var _dD = "documentDescription";
    var _dH = "documentHash";
    var _dHe = "definitionHash";
    var _dI = "documentId";
    var _dL = "datasetLocation";
    var _dMA = "desiredModelArn";
    var _dMC = "datasetMetricConfigs";
    var _dMI = "desiredModelId";
    var _dMU = "desiredModelUnits";
    var _dN = "documentName";
    var _dPD = "dataProcessingDetails";
    var _dPMN = "desiredProvisionedModelName";
    var _dR = "deleteRule";
    var _dRS = "disjointRuleSets";
    var _dS = "differenceScenarios";
    var _dSo = "documentSources";
    var _dT = "deleteType";
    var _dTV = "deleteTypeValue";
    var _dV = "deleteVariable";
    var _da = "data";
    var _dat = "dataset";
    var _de = "definition";
    var _di = "dimension";
    var _do = "document";
    var _doc = "documents";
    var _e = "error";
    var _eA = "endpointArn";
    var _eAFR = "expectedAggregatedFindingsResult";
    var _eAn = "entitlementAvailability";
    var _eC = "evaluationConfig";
    var _eCn = "endpointConfig";
    var _eCp = "epochCount";
    var _eDDE = "embeddingDataDeliveryEnabled";
    var _eI = "endpointIdentifier";
    var _eIv = "evalInterval";
    var _eJ = "evaluationJobs";
    var _eKA = "encryptionKeyArn";
    var _eM = "errorMessage";
    var _eMC = "evaluatorModelConfig";
    var _eMI = "evaluatorModelIdentifiers";
    var _eMx = "excludedModels";
    var _eN = "endpointName";
    var _eOLT = "endOfLifeTime";
    var _eR = "expectedResult";
    var _eRC = "errorRecordCount";
    var _eRx = "executionRole";
    var _eS = "endpointStatus";
    var _eSC = "externalSourcesConfiguration";
    var _eSM = "endpointStatusMessage";
    var _eT = "endTime";
    var _eTT = "evaluationTaskTypes";
    var _en = "entries";
    var _ena = "enabled";
    var _eq = "equals";
    var _er = "errors";
    var _ex = "expression";
    var _exa = "examples";
    var _f = "feedback";
    var _fC = "filtersConfig";
    var _fD = "formData";
    var _fDA = "flowDefinitionArn";
    var _fM = "fallbackModel";
    var _fMA = "foundationModelArn";
    var _fMAE = "foundationModelArnEquals";
    var _fMa = "failureMessage";
    var _fMai = "failureMessages";
    var _fN = "fieldName";
    var _fR = "failureRecommendations";
    var _fRi = "fidelityReport";
    var _fTE = "fieldsToExclude";
    var _fTI = "fieldsToInclude";
    var _fV = "floatValue";
    var _fi = "filters";
    var _fil = "filter";
    var _fo = "force";
    var _g = "guardrails";
    var _gA = "guardrailArn";
    var _gC = "guardContent";
    var _gCe = "generationConfiguration";
    var _gCr = "graderConfig";
    var _gCu = "guardrailConfiguration";
    var _gCua = "guardrailsConfig";
    var _gFRC = "generateFidelityReportContent";
    var _gI = "guardrailIdentifier";
    var _gIC = "guardrailInferenceConfig";
    var _gIu = "guardrailId";
    var _gJ = "groundingJustifications";
    var _gPA = "guardrailProfileArn";
    var _gPI = "guardrailProfileIdentifier";
    var _gPIu = "guardrailProfileId";
    var _gS = "groundingStatements";
    var _gT = "greaterThan";
    var _gTC = "generatedTestCases";
    var _gTOE = "greaterThanOrEquals";
    var _gV = "guardrailVersion";
    var _h = "human";
    var _hE = "httpError";
    var _hH = "httpHeader";
    var _hP = "hyperParameters";
    var _hQ = "httpQuery";
    var _hWC = "humanWorkflowConfig";
    var _ht = "http";
    var _i = "id";
    var _iA = "inputAction";
    var _iC = "inputConfig";
    var _iCS = "inferenceConfigSummary";
    var _iCn = "inferenceConfig";
    var _iCng = "ingestContent";
    var _iDC = "inputDataConfig";
    var _iDDE = "imageDataDeliveryEnabled";
    var _iE = "inputEnabled";
    var _iFC = "implicitFilterConfiguration";
    var _iIC = "initialInstanceCount";
    var _iJS = "invocationJobSummaries";
    var _iLC = "invocationLogsConfig";
    var _iLS = "invocationLogSource";
    var _iM = "inputModalities";
    var _iMA = "importedModelArn";
    var _iMKKA = "importedModelKmsKeyArn";
    var _iMKKI = "importedModelKmsKeyId";
    var _iMN = "importedModelName";
    var _iMT = "importedModelTags";
    var _iMTn = "inferenceMaxTokens";
    var _iMn = "includedModels";
    var _iO = "isOwned";
    var _iP = "inferenceParams";
    var _iPA = "inferenceProfileArn";
    var _iPI = "inferenceProfileIdentifier";
    var _iPIn = "inferenceProfileId";
    var _iPN = "inferenceProfileName";
    var _iPS = "inferenceProfileSummaries";
    var _iRC = "iterativeRefinementContent";
    var _iS = "instructSupported";
    var _iSI = "inferenceSourceIdentifier";
    var _iSn = "inputStrength";
    var _iT = "inputTags";
    var _iTS = "inferenceTypesSupported";
    var _iTd = "idempotencyToken";
    var _iTn = "instanceType";
    var _id = "identifier";
    var _im = "impossible";
    var _in = "instructions";
    var _in_ = "in";
    var _inv = "invalid";
    var _jA = "jobArn";
    var _jD = "jobDescription";
    var _jET = "jobExpirationTime";
    var _jI = "jobIdentifier";
    var _jIo = "jobIdentifiers";
    var _jN = "jobName";
    var _jS = "jobStatus";
    var _jSo = "jobSummaries";
    var _jT = "jobTags";
    var _jTo = "jobType";
    var _k = "key";
    var _kBC = "knowledgeBaseConfiguration";
    var _kBCn = "knowledgeBaseConfig";
    var _kBI = "knowledgeBaseId";
    var _kBRC = "knowledgeBaseRetrievalConfiguration";
    var _kEK = "kmsEncryptionKey";
    var _kIC = "kbInferenceConfig";
    var _kKA = "kmsKeyArn";
    var _kKI = "kmsKeyId";
    var _kP = "keyPrefix";
    var _l = "logic";
    var _lA = "lambdaArn";
    var _lC = "loggingConfig";
    var _lCi = "listContains";
    var _lDDSC = "largeDataDeliveryS3Config";
    var _lG = "lambdaGrader";
    var _lGN = "logGroupName";
    var _lMT = "lastModifiedTime";
    var _lN = "lineNumber";
    var _lR = "learningRate";
    var _lT = "lineText";
    var _lTOE = "lessThanOrEquals";
    var _lTe = "legacyTime";
    var _lTeg = "legalTerm";
    var _lTes = "lessThan";
    var _lUA = "lastUpdatedAt";
    var _lUASH = "lastUpdatedAnnotationSetHash";
    var _lUDH = "lastUpdatedDefinitionHash";
    var _lW = "logicWarning";
    var _la = "latency";
    var _li = "lines";
    var _lin = "line";
    var _lo = "location";
    var _m = "message";
    var _mA = "modelArn";
    var _mAE = "modelArnEquals";
    var _mAe = "metadataAttributes";
    var _mAo = "modelArchitecture";
    var _mC = "modelConfigurations";
    var _mCJS = "modelCopyJobSummaries";
    var _mCJSo = "modelCustomizationJobSummaries";
    var _mCS = "modelConfigSummary";
    var _mCe = "metadataConfiguration";
    var _mCo = "modelConfiguration";
    var _mD = "modelDetails";
    var _mDN = "modelDeploymentName";
    var _mDS = "modelDataSource";
    var _mDSo = "modelDeploymentSummaries";
    var _mE = "modelEnforcement";
    var _mI = "modelIdentifier";
    var _mIJS = "modelImportJobSummaries";
    var _mIT = "modelInvocationType";
    var _mIo = "modelId";
    var _mIod = "modelIdentifiers";
    var _mKKA = "modelKmsKeyArn";
    var _mKKI = "modelKmsKeyId";
    var _mL = "modelLifecycle";
    var _mME = "marketplaceModelEndpoint";
    var _mMEa = "marketplaceModelEndpoints";
    var _mN = "modelName";
    var _mNe = "metricNames";
    var _mPA = "modelPackageArn";
    var _mPADS = "modelPackageArnDataSource";
    var _mPL = "maxPromptLength";
    var _mR = "maxResults";
    var _mRLFI = "maxResponseLengthForInference";
    var _mS = "modelSource";
    var _mSC = "modelSourceConfig";
    var _mSE = "modelSourceEquals";
    var _mSI = "modelSourceIdentifier";
    var _mSo = "modelStatus";
    var _mSod = "modelSummaries";
    var _mT = "messageType";
    var _mTa = "maxTokens";
    var _mTo = "modelTags";
    var _mU = "modelUnits";
    var _mWL = "managedWordLists";
    var _mWLC = "managedWordListsConfig";
    var _me = "messages";
    var _mo = "models";
    var _mod = "mode";
    var _mu = "mutation";
    var _n = "name";
    var _nC = "nameContains";
    var _nE = "notEquals";
    var _nI = "notIn";
    var _nL = "naturalLanguage";
    var _nN = "newName";
    var _nOR = "numberOfResults";
    var _nORR = "numberOfRerankedResults";
    var _nT = "nextToken";
    var _nTo = "noTranslations";
    var _nV = "newValue";
    var _o = "owner";
    var _oA = "outputAction";
    var _oAI = "ownerAccountId";
    var _oAr = "orAll";
    var _oC = "outputConfig";
    var _oCr = "orchestrationConfiguration";
    var _oDC = "outputDataConfig";
    var _oE = "outputEnabled";
    var _oI = "offerId";
    var _oM = "outputModalities";
    var _oMA = "outputModelArn";
    var _oMKKA = "outputModelKmsKeyArn";
    var _oMN = "outputModelName";
    var _oMNC = "outputModelNameContains";
    var _oS = "outputStrength";
    var _oST = "overrideSearchType";
    var _oT = "offerToken";
    var _oTf = "offerType";
    var _of = "offers";
    var _op = "options";
    var _p = "premises";
    var _pA = "policyArn";
    var _pC = "performanceConfig";
    var _pD = "policyDefinition";
    var _pDR = "policyDefinitionRule";
    var _pDT = "policyDefinitionType";
    var _pDV = "policyDefinitionVariable";
    var _pE = "priorElement";
    var _pEAT = "publicExtendedAccessTime";
    var _pEC = "piiEntitiesConfig";
    var _pEi = "piiEntities";
    var _pI = "policyId";
    var _pIS = "precomputedInferenceSource";
    var _pISI = "precomputedInferenceSourceIdentifiers";
    var _pMA = "provisionedModelArn";
    var _pMI = "provisionedModelId";
    var _pMN = "provisionedModelName";
    var _pMS = "provisionedModelSummaries";
    var _pN = "pageNumber";
    var _pNr = "providerName";
    var _pRA = "promptRouterArn";
    var _pRAo = "policyRepairAssets";
    var _pRC = "processedRecordCount";
    var _pRN = "promptRouterName";
    var _pRS = "promptRouterSummaries";
    var _pRSC = "precomputedRagSourceConfig";
    var _pRSI = "precomputedRagSourceIdentifiers";
    var _pS = "policyScenarios";
    var _pT = "promptTemplate";
    var _pV = "policyVariable";
    var _pVA = "policyVersionArn";
    var _pa = "pattern";
    var _pl = "planning";
    var _po = "policies";
    var _pr = "price";
    var _qC = "queryContent";
    var _qR = "qualityReport";
    var _qTC = "queryTransformationConfiguration";
    var _r = "rule";
    var _rA = "roleArn";
    var _rAGC = "retrieveAndGenerateConfig";
    var _rAGSC = "retrieveAndGenerateSourceConfig";
    var _rARN = "resourceARN";
    var _rAe = "resourceArn";
    var _rAeg = "regionAvailability";
    var _rC = "ruleCount";
    var _rCS = "ragConfigSummary";
    var _rCa = "rateCard";
    var _rCag = "ragConfigs";
    var _rCe = "regexesConfig";
    var _rCer = "rerankingConfiguration";
    var _rCet = "retrievalConfiguration";
    var _rCetr = "retrieveConfig";
    var _rCf = "rftConfig";
    var _rCo = "routingCriteria";
    var _rE = "reasoningEffort";
    var _rI = "ruleId";
    var _rIa = "ragIdentifiers";
    var _rIu = "ruleIds";
    var _rM = "ratingMethod";
    var _rMF = "requestMetadataFilters";
    var _rN = "resourceName";
    var _rP = "resourcePolicy";
    var _rPD = "refundPolicyDescription";
    var _rQD = "responseQualityDifference";
    var _rR = "ruleReports";
    var _rS = "ratingScale";
    var _rSC = "retrieveSourceConfig";
    var _rSI = "ragSourceIdentifier";
    var _rSS = "responseStreamingSupported";
    var _re = "regexes";
    var _ru = "rules";
    var _s = "smithy.ts.sdk.synthetic.com.amazonaws.bedrock";
    var _sAE = "sourceAccountEquals";
    var _sAI = "sourceAccountId";
    var _sB = "sortBy";
    var _sBO = "s3BucketOwner";
    var _sC = "s3Config";
    var _sCG = "selectiveContentGuarding";
    var _sCo = "sourceContent";
    var _sCt = "stringContains";
    var _sD = "statusDetails";
    var _sDS = "s3DataSource";
    var _sE = "scenarioExpression";
    var _sEKI = "s3EncryptionKeyId";
    var _sEt = "statusEquals";
    var _sGI = "securityGroupIds";
    var _sI = "statementId";
    var _sIDC = "s3InputDataConfig";
    var _sIF = "s3InputFormat";
    var _sIP = "sensitiveInformationPolicy";
    var _sIPC = "sensitiveInformationPolicyConfig";
    var _sIu = "subnetIds";
    var _sL = "s3Location";
    var _sM = "statusMessage";
    var _sMA = "sourceModelArn";
    var _sMAE = "sourceModelArnEquals";
    var _sMC = "selectiveModeConfiguration";
    var _sMN = "sourceModelName";
    var _sMa = "sageMaker";
    var _sMe = "selectionMode";
    var _sO = "sortOrder";
    var _sODC = "s3OutputDataConfig";
    var _sOLT = "startOfLifeTime";
    var _sR = "supportingRules";
    var _sRC = "successRecordCount";
    var _sRt = "statusReasons";
    var _sS = "stopSequences";
    var _sT = "sourceType";
    var _sTA = "submitTimeAfter";
    var _sTB = "submitTimeBefore";
    var _sTu = "submitTime";
    var _sTup = "supportTerm";
    var _sU = "s3Uri";
    var _sV = "stringValue";
    var _sW = "startsWith";
    var _sa = "satisfiable";
    var _sc = "scenario";
    var _se = "server";
    var _so = "sources";
    var _st = "status";
    var _sta = "statements";
    var _sy = "system";
    var _t = "translation";
    var _tA = "translationAmbiguous";
    var _tC = "typeCount";
    var _tCI = "testCaseId";
    var _tCIe = "testCaseIds";
    var _tCe = "testCase";
    var _tCes = "testCases";
    var _tCi = "tierConfig";
    var _tCo = "topicsConfig";
    var _tCoo = "tooComplex";
    var _tD = "termDetails";
    var _tDC = "trainingDataConfig";
    var _tDDE = "textDataDeliveryEnabled";
    var _tDIH = "timeoutDurationInHours";
    var _tDr = "trainingDetails";
    var _tE = "typeEquals";
    var _tF = "testFindings";
    var _tIC = "textInferenceConfig";
    var _tK = "tagKeys";
    var _tL = "trainingLoss";
    var _tM = "trainingMetrics";
    var _tMA = "targetModelArn";
    var _tMC = "teacherModelConfig";
    var _tMI = "teacherModelIdentifier";
    var _tMKKA = "targetModelKmsKeyArn";
    var _tMN = "targetModelName";
    var _tMNC = "targetModelNameContains";
    var _tMT = "targetModelTags";
    var _tN = "typeName";
    var _tNi = "tierName";
    var _tP = "topicPolicy";
    var _tPC = "topicPolicyConfig";
    var _tPT = "textPromptTemplate";
    var _tPo = "topP";
    var _tR = "testResult";
    var _tRC = "totalRecordCount";
    var _tRR = "testRunResult";
    var _tRS = "testRunStatus";
    var _tRe = "testResults";
    var _tSPP = "trainingSamplePerPrompt";
    var _tT = "taskType";
    var _ta = "tags";
    var _te = "text";
    var _tem = "temperature";
    var _th = "threshold";
    var _ti = "tier";
    var _to = "topics";
    var _tr = "translations";
    var _ty = "type";
    var _typ = "types";
    var _u = "unit";
    var _uA = "updatedAt";
    var _uB = "updatedBy";
    var _uBPT = "usageBasedPricingTerm";
    var _uC = "untranslatedClaims";
    var _uD = "updateDetails";
    var _uFRF = "updateFromRulesFeedback";
    var _uFSF = "updateFromScenarioFeedback";
    var _uP = "untranslatedPremises";
    var _uPR = "usePromptResponse";
    var _uR = "updateRule";
    var _uS = "updateStatus";
    var _uT = "unusedTypes";
    var _uTV = "unusedTypeValues";
    var _uTVp = "updateTypeValue";
    var _uTp = "updateType";
    var _uV = "unusedVariables";
    var _uVp = "updateVariable";
    var _ur = "url";
    var _uri = "uri";
    var _v = "values";
    var _vC = "variableCount";
    var _vCp = "vpcConfig";
    var _vD = "validationDetails";
    var _vDC = "validationDataConfig";
    var _vDDE = "videoDataDeliveryEnabled";
    var _vL = "validationLoss";
    var _vM = "validationMetrics";
    var _vN = "valueName";
    var _vR = "variableReports";
    var _vSC = "vectorSearchConfiguration";
    var _vT = "validityTerm";
    var _va = "value";
    var _val = "validators";
    var _vali = "valid";
    var _var = "variable";
    var _vari = "variables";
    var _ve = "version";
    var _vp = "vpc";
    var _w = "words";
    var _wC = "workflowContent";
    var _wCo = "wordsConfig";
    var _wP = "wordPolicy";
    var _wPC = "wordPolicyConfig";
    var _xact = "x-amz-client-token";
    var n0 = "com.amazonaws.bedrock";
    var _s_registry = new TypeRegistry(_s);
    var BedrockServiceException$ = [-3, _s, "BedrockServiceException", 0, [], []];
    _s_registry.registerError(BedrockServiceException$, BedrockServiceException);
    var n0_registry = new TypeRegistry(n0);
    var AccessDeniedException$ = [
      -3,
      n0,
      _ADE,
      { [_e]: _c, [_hE]: 403 },
      [_m],
      [0]
    ];
    n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
    var ConflictException$ = [
      -3,
      n0,
      _CE,
      { [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(ConflictException$, ConflictException);
    var InternalServerException$ = [
      -3,
      n0,
      _ISE,
      { [_e]: _se, [_hE]: 500 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InternalServerException$, InternalServerException);
    var ResourceInUseException$ = [
      -3,
      n0,
      _RIUE,
      { [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(ResourceInUseException$, ResourceInUseException);
    var ResourceNotFoundException$ = [
      -3,
      n0,
      _RNFE,
      { [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
    var ServiceQuotaExceededException$ = [
      -3,
      n0,
      _SQEE,
      { [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(ServiceQuotaExceededException$, ServiceQuotaExceededException);
    var ServiceUnavailableException$ = [
      -3,
      n0,
      _SUE,
      { [_e]: _se, [_hE]: 503 },
      [_m],
      [0]
    ];
    n0_registry.registerError(ServiceUnavailableException$, ServiceUnavailableException);
    var ThrottlingException$ = [
      -3,
      n0,
      _TE,
      { [_e]: _c, [_hE]: 429 },
      [_m],
      [0]
    ];
    n0_registry.registerError(ThrottlingException$, ThrottlingException);
    var TooManyTagsException$ = [
      -3,
      n0,
      _TMTE,
      { [_e]: _c, [_hE]: 400 },
      [_m, _rN],
      [0, 0]
    ];
    n0_registry.registerError(TooManyTagsException$, TooManyTagsException);
    var ValidationException$ = [
      -3,
      n0,
      _VE,
      { [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(ValidationException$, ValidationException);
    var errorTypeRegistries = [
      _s_registry,
      n0_registry
    ];
    var AutomatedReasoningLogicStatementContent = [0, n0, _ARLSC, 8, 0];
    var AutomatedReasoningNaturalLanguageStatementContent = [0, n0, _ARNLSC, 8, 0];
    var AutomatedReasoningPolicyAnnotationFeedbackNaturalLanguage = [0, n0, _ARPAFNL, 8, 0];
    var AutomatedReasoningPolicyAnnotationIngestContent = [0, n0, _ARPAIC, 8, 0];
    var AutomatedReasoningPolicyAnnotationRuleNaturalLanguage = [0, n0, _ARPARNL, 8, 0];
    var AutomatedReasoningPolicyBuildDocumentBlob = [0, n0, _ARPBDB, 8, 21];
    var AutomatedReasoningPolicyBuildDocumentDescription = [0, n0, _ARPBDD, 8, 0];
    var AutomatedReasoningPolicyBuildDocumentName = [0, n0, _ARPBDN, 8, 0];
    var AutomatedReasoningPolicyBuildFeedback = [0, n0, _ARPBF, 8, 0];
    var AutomatedReasoningPolicyBuildResultAssetName = [0, n0, _ARPBRAN, 8, 0];
    var AutomatedReasoningPolicyDefinitionRuleAlternateExpression = [0, n0, _ARPDRAE, 8, 0];
    var AutomatedReasoningPolicyDefinitionRuleExpression = [0, n0, _ARPDRE, 8, 0];
    var AutomatedReasoningPolicyDefinitionTypeDescription = [0, n0, _ARPDTD, 8, 0];
    var AutomatedReasoningPolicyDefinitionTypeName = [0, n0, _ARPDTN, 8, 0];
    var AutomatedReasoningPolicyDefinitionTypeValueDescription = [0, n0, _ARPDTVD, 8, 0];
    var AutomatedReasoningPolicyDefinitionVariableDescription = [0, n0, _ARPDVD, 8, 0];
    var AutomatedReasoningPolicyDefinitionVariableName = [0, n0, _ARPDVN, 8, 0];
    var AutomatedReasoningPolicyDescription = [0, n0, _ARPD, 8, 0];
    var AutomatedReasoningPolicyJustificationText = [0, n0, _ARPJT, 8, 0];
    var AutomatedReasoningPolicyLineText = [0, n0, _ARPLT, 8, 0];
    var AutomatedReasoningPolicyName = [0, n0, _ARPN, 8, 0];
    var AutomatedReasoningPolicyScenarioAlternateExpression = [0, n0, _ARPSAE, 8, 0];
    var AutomatedReasoningPolicyScenarioExpression = [0, n0, _ARPSE, 8, 0];
    var AutomatedReasoningPolicyStatementText = [0, n0, _ARPST, 8, 0];
    var AutomatedReasoningPolicyTestGuardContent = [0, n0, _ARPTGC, 8, 0];
    var AutomatedReasoningPolicyTestQueryContent = [0, n0, _ARPTQC, 8, 0];
    var ByteContentBlob = [0, n0, _BCB, 8, 21];
    var EvaluationDatasetName = [0, n0, _EDN, 8, 0];
    var EvaluationJobDescription = [0, n0, _EJD, 8, 0];
    var EvaluationJobIdentifier = [0, n0, _EJI, 8, 0];
    var EvaluationMetricDescription = [0, n0, _EMD, 8, 0];
    var EvaluationMetricName = [0, n0, _EMN, 8, 0];
    var EvaluationModelInferenceParams = [0, n0, _EMIP, 8, 0];
    var GuardrailBlockedMessaging = [0, n0, _GBM, 8, 0];
    var GuardrailContentFilterAction$1 = [0, n0, _GCFA, 8, 0];
    var GuardrailContentFiltersTierName$1 = [0, n0, _GCFTN, 8, 0];
    var GuardrailContextualGroundingAction$1 = [0, n0, _GCGA, 8, 0];
    var GuardrailContextualGroundingTierName$1 = [0, n0, _GCGTN, 8, 0];
    var GuardrailDescription = [0, n0, _GD, 8, 0];
    var GuardrailFailureRecommendation = [0, n0, _GFR, 8, 0];
    var GuardrailModality$1 = [0, n0, _GM, 8, 0];
    var GuardrailName = [0, n0, _GN, 8, 0];
    var GuardrailStatusReason = [0, n0, _GSR, 8, 0];
    var GuardrailTopicAction$1 = [0, n0, _GTA, 8, 0];
    var GuardrailTopicDefinition = [0, n0, _GTD, 8, 0];
    var GuardrailTopicExample = [0, n0, _GTE, 8, 0];
    var GuardrailTopicName = [0, n0, _GTN, 8, 0];
    var GuardrailTopicsTierName$1 = [0, n0, _GTTN, 8, 0];
    var GuardrailWordAction$1 = [0, n0, _GWA, 8, 0];
    var HumanTaskInstructions = [0, n0, _HTI, 8, 0];
    var Identifier = [0, n0, _I, 8, 0];
    var InferenceProfileDescription = [0, n0, _IPD, 8, 0];
    var Message = [0, n0, _M, 8, 0];
    var MetricName = [0, n0, _MN, 8, 0];
    var PromptRouterDescription = [0, n0, _PRD, 8, 0];
    var TextPromptTemplate = [0, n0, _TPT, 8, 0];
    var AccountEnforcedGuardrailInferenceInputConfiguration$ = [
      3,
      n0,
      _AEGIIC,
      0,
      [_gI, _gV, _sCG, _mE],
      [0, 0, () => SelectiveContentGuarding$, () => ModelEnforcement$],
      2
    ];
    var AccountEnforcedGuardrailOutputConfiguration$ = [
      3,
      n0,
      _AEGOC,
      0,
      [_cI, _gA, _gIu, _iT, _sCG, _gV, _cA, _cB, _uA, _uB, _o, _mE],
      [0, 0, 0, 0, () => SelectiveContentGuarding$, 0, 5, 0, 5, 0, 0, () => ModelEnforcement$]
    ];
    var AdvancedPromptOptimizationInputConfig$ = [
      3,
      n0,
      _APOIC,
      0,
      [_sU],
      [0],
      1
    ];
    var AdvancedPromptOptimizationJobSummary$ = [
      3,
      n0,
      _APOJS,
      0,
      [_jA, _jN, _jS, _cT, _lMT],
      [0, 0, 0, 5, 5],
      4
    ];
    var AdvancedPromptOptimizationOutputConfig$ = [
      3,
      n0,
      _APOOC,
      0,
      [_sU],
      [0],
      1
    ];
    var AgreementAvailability$ = [
      3,
      n0,
      _AA,
      0,
      [_st, _eM],
      [0, 0],
      1
    ];
    var AutomatedEvaluationConfig$ = [
      3,
      n0,
      _AEC,
      0,
      [_dMC, _eMC, _cMC],
      [[() => EvaluationDatasetMetricConfigs, 0], () => EvaluatorModelConfig$, [() => AutomatedEvaluationCustomMetricConfig$, 0]],
      1
    ];
    var AutomatedEvaluationCustomMetricConfig$ = [
      3,
      n0,
      _AECMC,
      0,
      [_cM, _eMC],
      [[() => AutomatedEvaluationCustomMetrics, 0], () => CustomMetricEvaluatorModelConfig$],
      2
    ];
    var AutomatedReasoningCheckImpossibleFinding$ = [
      3,
      n0,
      _ARCIF,
      0,
      [_t, _cR, _lW],
      [[() => AutomatedReasoningCheckTranslation$, 0], () => AutomatedReasoningCheckRuleList, [() => AutomatedReasoningCheckLogicWarning$, 0]]
    ];
    var AutomatedReasoningCheckInputTextReference$ = [
      3,
      n0,
      _ARCITR,
      0,
      [_te],
      [[() => AutomatedReasoningNaturalLanguageStatementContent, 0]]
    ];
    var AutomatedReasoningCheckInvalidFinding$ = [
      3,
      n0,
      _ARCIFu,
      0,
      [_t, _cR, _lW],
      [[() => AutomatedReasoningCheckTranslation$, 0], () => AutomatedReasoningCheckRuleList, [() => AutomatedReasoningCheckLogicWarning$, 0]]
    ];
    var AutomatedReasoningCheckLogicWarning$ = [
      3,
      n0,
      _ARCLW,
      0,
      [_ty, _p, _cl],
      [0, [() => AutomatedReasoningLogicStatementList, 0], [() => AutomatedReasoningLogicStatementList, 0]]
    ];
    var AutomatedReasoningCheckNoTranslationsFinding$ = [
      3,
      n0,
      _ARCNTF,
      0,
      [],
      []
    ];
    var AutomatedReasoningCheckRule$ = [
      3,
      n0,
      _ARCR,
      0,
      [_i, _pVA],
      [0, 0]
    ];
    var AutomatedReasoningCheckSatisfiableFinding$ = [
      3,
      n0,
      _ARCSF,
      0,
      [_t, _cTS, _cFS, _lW],
      [[() => AutomatedReasoningCheckTranslation$, 0], [() => AutomatedReasoningCheckScenario$, 0], [() => AutomatedReasoningCheckScenario$, 0], [() => AutomatedReasoningCheckLogicWarning$, 0]]
    ];
    var AutomatedReasoningCheckScenario$ = [
      3,
      n0,
      _ARCS,
      0,
      [_sta],
      [[() => AutomatedReasoningLogicStatementList, 0]]
    ];
    var AutomatedReasoningCheckTooComplexFinding$ = [
      3,
      n0,
      _ARCTCF,
      0,
      [],
      []
    ];
    var AutomatedReasoningCheckTranslation$ = [
      3,
      n0,
      _ARCT,
      0,
      [_cl, _co, _p, _uP, _uC],
      [[() => AutomatedReasoningLogicStatementList, 0], 1, [() => AutomatedReasoningLogicStatementList, 0], [() => AutomatedReasoningCheckInputTextReferenceList, 0], [() => AutomatedReasoningCheckInputTextReferenceList, 0]],
      2
    ];
    var AutomatedReasoningCheckTranslationAmbiguousFinding$ = [
      3,
      n0,
      _ARCTAF,
      0,
      [_op, _dS],
      [[() => AutomatedReasoningCheckTranslationOptionList, 0], [() => AutomatedReasoningCheckDifferenceScenarioList, 0]]
    ];
    var AutomatedReasoningCheckTranslationOption$ = [
      3,
      n0,
      _ARCTO,
      0,
      [_tr],
      [[() => AutomatedReasoningCheckTranslationList, 0]]
    ];
    var AutomatedReasoningCheckValidFinding$ = [
      3,
      n0,
      _ARCVF,
      0,
      [_t, _cTS, _sR, _lW],
      [[() => AutomatedReasoningCheckTranslation$, 0], [() => AutomatedReasoningCheckScenario$, 0], () => AutomatedReasoningCheckRuleList, [() => AutomatedReasoningCheckLogicWarning$, 0]]
    ];
    var AutomatedReasoningLogicStatement$ = [
      3,
      n0,
      _ARLS,
      0,
      [_l, _nL],
      [[() => AutomatedReasoningLogicStatementContent, 0], [() => AutomatedReasoningNaturalLanguageStatementContent, 0]],
      1
    ];
    var AutomatedReasoningPolicyAddRuleAnnotation$ = [
      3,
      n0,
      _ARPARA,
      0,
      [_ex],
      [[() => AutomatedReasoningPolicyDefinitionRuleExpression, 0]],
      1
    ];
    var AutomatedReasoningPolicyAddRuleFromNaturalLanguageAnnotation$ = [
      3,
      n0,
      _ARPARFNLA,
      0,
      [_nL],
      [[() => AutomatedReasoningPolicyAnnotationRuleNaturalLanguage, 0]],
      1
    ];
    var AutomatedReasoningPolicyAddRuleMutation$ = [
      3,
      n0,
      _ARPARM,
      0,
      [_r],
      [[() => AutomatedReasoningPolicyDefinitionRule$, 0]],
      1
    ];
    var AutomatedReasoningPolicyAddTypeAnnotation$ = [
      3,
      n0,
      _ARPATA,
      0,
      [_n, _d, _v],
      [[() => AutomatedReasoningPolicyDefinitionTypeName, 0], [() => AutomatedReasoningPolicyDefinitionTypeDescription, 0], [() => AutomatedReasoningPolicyDefinitionTypeValueList, 0]],
      3
    ];
    var AutomatedReasoningPolicyAddTypeMutation$ = [
      3,
      n0,
      _ARPATM,
      0,
      [_ty],
      [[() => AutomatedReasoningPolicyDefinitionType$, 0]],
      1
    ];
    var AutomatedReasoningPolicyAddTypeValue$ = [
      3,
      n0,
      _ARPATV,
      0,
      [_va, _d],
      [0, [() => AutomatedReasoningPolicyDefinitionTypeValueDescription, 0]],
      1
    ];
    var AutomatedReasoningPolicyAddVariableAnnotation$ = [
      3,
      n0,
      _ARPAVA,
      0,
      [_n, _ty, _d],
      [[() => AutomatedReasoningPolicyDefinitionVariableName, 0], [() => AutomatedReasoningPolicyDefinitionTypeName, 0], [() => AutomatedReasoningPolicyDefinitionVariableDescription, 0]],
      3
    ];
    var AutomatedReasoningPolicyAddVariableMutation$ = [
      3,
      n0,
      _ARPAVM,
      0,
      [_var],
      [[() => AutomatedReasoningPolicyDefinitionVariable$, 0]],
      1
    ];
    var AutomatedReasoningPolicyAnnotatedChunk$ = [
      3,
      n0,
      _ARPAC,
      0,
      [_con, _pN],
      [[() => AutomatedReasoningPolicyAnnotatedContentList, 0], 1],
      1
    ];
    var AutomatedReasoningPolicyAnnotatedLine$ = [
      3,
      n0,
      _ARPAL,
      0,
      [_lN, _lT],
      [1, [() => AutomatedReasoningPolicyLineText, 0]]
    ];
    var AutomatedReasoningPolicyAtomicStatement$ = [
      3,
      n0,
      _ARPAS,
      0,
      [_i, _te, _lo],
      [0, [() => AutomatedReasoningPolicyStatementText, 0], () => AutomatedReasoningPolicyStatementLocation$],
      3
    ];
    var AutomatedReasoningPolicyBuildLog$ = [
      3,
      n0,
      _ARPBL,
      0,
      [_en],
      [[() => AutomatedReasoningPolicyBuildLogEntryList, 0]],
      1
    ];
    var AutomatedReasoningPolicyBuildLogEntry$ = [
      3,
      n0,
      _ARPBLE,
      0,
      [_a, _st, _bS],
      [[() => AutomatedReasoningPolicyAnnotation$, 0], 0, [() => AutomatedReasoningPolicyBuildStepList, 0]],
      3
    ];
    var AutomatedReasoningPolicyBuildResultAssetManifest$ = [
      3,
      n0,
      _ARPBRAM,
      0,
      [_en],
      [[() => AutomatedReasoningPolicyBuildResultAssetManifestList, 0]],
      1
    ];
    var AutomatedReasoningPolicyBuildResultAssetManifestEntry$ = [
      3,
      n0,
      _ARPBRAME,
      0,
      [_aT, _aN, _aI],
      [0, [() => AutomatedReasoningPolicyBuildResultAssetName, 0], 0],
      1
    ];
    var AutomatedReasoningPolicyBuildStep$ = [
      3,
      n0,
      _ARPBS,
      0,
      [_cont, _me, _pE],
      [[() => AutomatedReasoningPolicyBuildStepContext$, 0], () => AutomatedReasoningPolicyBuildStepMessageList, [() => AutomatedReasoningPolicyDefinitionElement$, 0]],
      2
    ];
    var AutomatedReasoningPolicyBuildStepMessage$ = [
      3,
      n0,
      _ARPBSM,
      0,
      [_m, _mT],
      [0, 0],
      2
    ];
    var AutomatedReasoningPolicyBuildWorkflowDocument$ = [
      3,
      n0,
      _ARPBWD,
      0,
      [_do, _dCT, _dN, _dD],
      [[() => AutomatedReasoningPolicyBuildDocumentBlob, 0], 0, [() => AutomatedReasoningPolicyBuildDocumentName, 0], [() => AutomatedReasoningPolicyBuildDocumentDescription, 0]],
      3
    ];
    var AutomatedReasoningPolicyBuildWorkflowRepairContent$ = [
      3,
      n0,
      _ARPBWRC,
      0,
      [_an],
      [[() => AutomatedReasoningPolicyAnnotationList, 0]],
      1
    ];
    var AutomatedReasoningPolicyBuildWorkflowSource$ = [
      3,
      n0,
      _ARPBWS,
      0,
      [_pD, _wC],
      [[() => AutomatedReasoningPolicyDefinition$, 0], [() => AutomatedReasoningPolicyWorkflowTypeContent$, 0]]
    ];
    var AutomatedReasoningPolicyBuildWorkflowSummary$ = [
      3,
      n0,
      _ARPBWSu,
      0,
      [_pA, _bWI, _st, _bWT, _cA, _uA],
      [0, 0, 0, 0, 5, 5],
      6
    ];
    var AutomatedReasoningPolicyDefinition$ = [
      3,
      n0,
      _ARPDu,
      0,
      [_ve, _typ, _ru, _vari],
      [0, [() => AutomatedReasoningPolicyDefinitionTypeList, 0], [() => AutomatedReasoningPolicyDefinitionRuleList, 0], [() => AutomatedReasoningPolicyDefinitionVariableList, 0]]
    ];
    var AutomatedReasoningPolicyDefinitionQualityReport$ = [
      3,
      n0,
      _ARPDQR,
      0,
      [_tC, _vC, _rC, _uT, _uTV, _uV, _cRo, _dRS],
      [1, 1, 1, [() => AutomatedReasoningPolicyDefinitionTypeNameList, 0], [() => AutomatedReasoningPolicyDefinitionTypeValuePairList, 0], [() => AutomatedReasoningPolicyDefinitionVariableNameList, 0], 64 | 0, [() => AutomatedReasoningPolicyDisjointRuleSetList, 0]],
      8
    ];
    var AutomatedReasoningPolicyDefinitionRule$ = [
      3,
      n0,
      _ARPDR,
      0,
      [_i, _ex, _aE],
      [0, [() => AutomatedReasoningPolicyDefinitionRuleExpression, 0], [() => AutomatedReasoningPolicyDefinitionRuleAlternateExpression, 0]],
      2
    ];
    var AutomatedReasoningPolicyDefinitionType$ = [
      3,
      n0,
      _ARPDT,
      0,
      [_n, _v, _d],
      [[() => AutomatedReasoningPolicyDefinitionTypeName, 0], [() => AutomatedReasoningPolicyDefinitionTypeValueList, 0], [() => AutomatedReasoningPolicyDefinitionTypeDescription, 0]],
      2
    ];
    var AutomatedReasoningPolicyDefinitionTypeValue$ = [
      3,
      n0,
      _ARPDTV,
      0,
      [_va, _d],
      [0, [() => AutomatedReasoningPolicyDefinitionTypeValueDescription, 0]],
      1
    ];
    var AutomatedReasoningPolicyDefinitionTypeValuePair$ = [
      3,
      n0,
      _ARPDTVP,
      0,
      [_tN, _vN],
      [[() => AutomatedReasoningPolicyDefinitionTypeName, 0], 0],
      2
    ];
    var AutomatedReasoningPolicyDefinitionVariable$ = [
      3,
      n0,
      _ARPDV,
      0,
      [_n, _ty, _d],
      [[() => AutomatedReasoningPolicyDefinitionVariableName, 0], [() => AutomatedReasoningPolicyDefinitionTypeName, 0], [() => AutomatedReasoningPolicyDefinitionVariableDescription, 0]],
      3
    ];
    var AutomatedReasoningPolicyDeleteRuleAnnotation$ = [
      3,
      n0,
      _ARPDRA,
      0,
      [_rI],
      [0],
      1
    ];
    var AutomatedReasoningPolicyDeleteRuleMutation$ = [
      3,
      n0,
      _ARPDRM,
      0,
      [_i],
      [0],
      1
    ];
    var AutomatedReasoningPolicyDeleteTypeAnnotation$ = [
      3,
      n0,
      _ARPDTA,
      0,
      [_n],
      [[() => AutomatedReasoningPolicyDefinitionTypeName, 0]],
      1
    ];
    var AutomatedReasoningPolicyDeleteTypeMutation$ = [
      3,
      n0,
      _ARPDTM,
      0,
      [_n],
      [[() => AutomatedReasoningPolicyDefinitionTypeName, 0]],
      1
    ];
    var AutomatedReasoningPolicyDeleteTypeValue$ = [
      3,
      n0,
      _ARPDTVu,
      0,
      [_va],
      [0],
      1
    ];
    var AutomatedReasoningPolicyDeleteVariableAnnotation$ = [
      3,
      n0,
      _ARPDVA,
      0,
      [_n],
      [[() => AutomatedReasoningPolicyDefinitionVariableName, 0]],
      1
    ];
    var AutomatedReasoningPolicyDeleteVariableMutation$ = [
      3,
      n0,
      _ARPDVM,
      0,
      [_n],
      [[() => AutomatedReasoningPolicyDefinitionVariableName, 0]],
      1
    ];
    var AutomatedReasoningPolicyDisjointRuleSet$ = [
      3,
      n0,
      _ARPDRS,
      0,
      [_vari, _ru],
      [[() => AutomatedReasoningPolicyDefinitionVariableNameList, 0], 64 | 0],
      2
    ];
    var AutomatedReasoningPolicyFidelityReport$ = [
      3,
      n0,
      _ARPFR,
      0,
      [_cS, _aS, _rR, _vR, _dSo],
      [1, 1, [() => AutomatedReasoningPolicyRuleReportMap, 0], [() => AutomatedReasoningPolicyVariableReportMap, 0], [() => AutomatedReasoningPolicyReportSourceDocumentList, 0]],
      5
    ];
    var AutomatedReasoningPolicyGeneratedTestCase$ = [
      3,
      n0,
      _ARPGTC,
      0,
      [_qC, _gC, _eAFR],
      [[() => AutomatedReasoningPolicyTestQueryContent, 0], [() => AutomatedReasoningPolicyTestGuardContent, 0], 0],
      3
    ];
    var AutomatedReasoningPolicyGeneratedTestCases$ = [
      3,
      n0,
      _ARPGTCu,
      0,
      [_gTC],
      [[() => AutomatedReasoningPolicyGeneratedTestCaseList, 0]],
      1
    ];
    var AutomatedReasoningPolicyIngestContentAnnotation$ = [
      3,
      n0,
      _ARPICA,
      0,
      [_con],
      [[() => AutomatedReasoningPolicyAnnotationIngestContent, 0]],
      1
    ];
    var AutomatedReasoningPolicyIterativeRefinementContent$ = [
      3,
      n0,
      _ARPIRC,
      0,
      [_doc, _f],
      [[() => AutomatedReasoningPolicyIterativeRefinementDocumentList, 0], [() => AutomatedReasoningPolicyBuildFeedback, 0]],
      1
    ];
    var AutomatedReasoningPolicyPlanning$ = [
      3,
      n0,
      _ARPP,
      0,
      [],
      []
    ];
    var AutomatedReasoningPolicyReportSourceDocument$ = [
      3,
      n0,
      _ARPRSD,
      0,
      [_dN, _dH, _dI, _aSt, _dC],
      [[() => AutomatedReasoningPolicyBuildDocumentName, 0], 0, 0, [() => AutomatedReasoningPolicyAtomicStatementList, 0], [() => AutomatedReasoningPolicyAnnotatedChunkList, 0]],
      5
    ];
    var AutomatedReasoningPolicyRuleReport$ = [
      3,
      n0,
      _ARPRR,
      0,
      [_r, _gS, _gJ, _aS, _aJ],
      [0, () => AutomatedReasoningPolicyStatementReferenceList, [() => AutomatedReasoningPolicyJustificationList, 0], 1, [() => AutomatedReasoningPolicyJustificationText, 0]],
      1
    ];
    var AutomatedReasoningPolicyScenario$ = [
      3,
      n0,
      _ARPS,
      0,
      [_ex, _aE, _eR, _rIu],
      [[() => AutomatedReasoningPolicyScenarioExpression, 0], [() => AutomatedReasoningPolicyScenarioAlternateExpression, 0], 0, 64 | 0],
      4
    ];
    var AutomatedReasoningPolicyScenarios$ = [
      3,
      n0,
      _ARPSu,
      0,
      [_pS],
      [[() => AutomatedReasoningPolicyScenarioList, 0]],
      1
    ];
    var AutomatedReasoningPolicySourceDocument$ = [
      3,
      n0,
      _ARPSD,
      0,
      [_do, _dCT, _dN, _dH, _dD],
      [[() => AutomatedReasoningPolicyBuildDocumentBlob, 0], 0, [() => AutomatedReasoningPolicyBuildDocumentName, 0], 0, [() => AutomatedReasoningPolicyBuildDocumentDescription, 0]],
      4
    ];
    var AutomatedReasoningPolicyStatementLocation$ = [
      3,
      n0,
      _ARPSL,
      0,
      [_li],
      [64 | 1],
      1
    ];
    var AutomatedReasoningPolicyStatementReference$ = [
      3,
      n0,
      _ARPSR,
      0,
      [_dI, _sI],
      [0, 0],
      2
    ];
    var AutomatedReasoningPolicySummary$ = [
      3,
      n0,
      _ARPSut,
      0,
      [_pA, _n, _ve, _pI, _cA, _uA, _d],
      [0, [() => AutomatedReasoningPolicyName, 0], 0, 0, 5, 5, [() => AutomatedReasoningPolicyDescription, 0]],
      6
    ];
    var AutomatedReasoningPolicyTestCase$ = [
      3,
      n0,
      _ARPTC,
      0,
      [_tCI, _gC, _cA, _uA, _qC, _eAFR, _cTo],
      [0, [() => AutomatedReasoningPolicyTestGuardContent, 0], 5, 5, [() => AutomatedReasoningPolicyTestQueryContent, 0], 0, 1],
      4
    ];
    var AutomatedReasoningPolicyTestResult$ = [
      3,
      n0,
      _ARPTR,
      0,
      [_tCe, _pA, _tRS, _uA, _tF, _tRR, _aTFR],
      [[() => AutomatedReasoningPolicyTestCase$, 0], 0, 0, 5, [() => AutomatedReasoningCheckFindingList, 0], 0, 0],
      4
    ];
    var AutomatedReasoningPolicyUpdateFromRuleFeedbackAnnotation$ = [
      3,
      n0,
      _ARPUFRFA,
      0,
      [_f, _rIu],
      [[() => AutomatedReasoningPolicyAnnotationFeedbackNaturalLanguage, 0], 64 | 0],
      1
    ];
    var AutomatedReasoningPolicyUpdateFromScenarioFeedbackAnnotation$ = [
      3,
      n0,
      _ARPUFSFA,
      0,
      [_sE, _rIu, _f],
      [[() => AutomatedReasoningPolicyScenarioExpression, 0], 64 | 0, [() => AutomatedReasoningPolicyAnnotationFeedbackNaturalLanguage, 0]],
      1
    ];
    var AutomatedReasoningPolicyUpdateRuleAnnotation$ = [
      3,
      n0,
      _ARPURA,
      0,
      [_rI, _ex],
      [0, [() => AutomatedReasoningPolicyDefinitionRuleExpression, 0]],
      2
    ];
    var AutomatedReasoningPolicyUpdateRuleMutation$ = [
      3,
      n0,
      _ARPURM,
      0,
      [_r],
      [[() => AutomatedReasoningPolicyDefinitionRule$, 0]],
      1
    ];
    var AutomatedReasoningPolicyUpdateTypeAnnotation$ = [
      3,
      n0,
      _ARPUTA,
      0,
      [_n, _v, _nN, _d],
      [[() => AutomatedReasoningPolicyDefinitionTypeName, 0], [() => AutomatedReasoningPolicyTypeValueAnnotationList, 0], [() => AutomatedReasoningPolicyDefinitionTypeName, 0], [() => AutomatedReasoningPolicyDefinitionTypeDescription, 0]],
      2
    ];
    var AutomatedReasoningPolicyUpdateTypeMutation$ = [
      3,
      n0,
      _ARPUTM,
      0,
      [_ty],
      [[() => AutomatedReasoningPolicyDefinitionType$, 0]],
      1
    ];
    var AutomatedReasoningPolicyUpdateTypeValue$ = [
      3,
      n0,
      _ARPUTV,
      0,
      [_va, _nV, _d],
      [0, 0, [() => AutomatedReasoningPolicyDefinitionTypeValueDescription, 0]],
      1
    ];
    var AutomatedReasoningPolicyUpdateVariableAnnotation$ = [
      3,
      n0,
      _ARPUVA,
      0,
      [_n, _nN, _d],
      [[() => AutomatedReasoningPolicyDefinitionVariableName, 0], [() => AutomatedReasoningPolicyDefinitionVariableName, 0], [() => AutomatedReasoningPolicyDefinitionVariableDescription, 0]],
      1
    ];
    var AutomatedReasoningPolicyUpdateVariableMutation$ = [
      3,
      n0,
      _ARPUVM,
      0,
      [_var],
      [[() => AutomatedReasoningPolicyDefinitionVariable$, 0]],
      1
    ];
    var AutomatedReasoningPolicyVariableReport$ = [
      3,
      n0,
      _ARPVR,
      0,
      [_pV, _gS, _gJ, _aS, _aJ],
      [[() => AutomatedReasoningPolicyDefinitionVariableName, 0], () => AutomatedReasoningPolicyStatementReferenceList, [() => AutomatedReasoningPolicyJustificationList, 0], 1, [() => AutomatedReasoningPolicyJustificationText, 0]],
      1
    ];
    var BatchDeleteAdvancedPromptOptimizationJobError$ = [
      3,
      n0,
      _BDAPOJE,
      0,
      [_jI, _cod, _m],
      [0, 0, 0],
      2
    ];
    var BatchDeleteAdvancedPromptOptimizationJobItem$ = [
      3,
      n0,
      _BDAPOJI,
      0,
      [_jI, _jS],
      [0, 0],
      2
    ];
    var BatchDeleteAdvancedPromptOptimizationJobRequest$ = [
      3,
      n0,
      _BDAPOJR,
      0,
      [_jIo],
      [64 | 0],
      1
    ];
    var BatchDeleteAdvancedPromptOptimizationJobResponse$ = [
      3,
      n0,
      _BDAPOJRa,
      0,
      [_er, _aPOJ],
      [() => BatchDeleteAdvancedPromptOptimizationJobErrors, () => BatchDeleteAdvancedPromptOptimizationJobItems],
      2
    ];
    var BatchDeleteEvaluationJobError$ = [
      3,
      n0,
      _BDEJE,
      0,
      [_jI, _cod, _m],
      [[() => EvaluationJobIdentifier, 0], 0, 0],
      2
    ];
    var BatchDeleteEvaluationJobItem$ = [
      3,
      n0,
      _BDEJI,
      0,
      [_jI, _jS],
      [[() => EvaluationJobIdentifier, 0], 0],
      2
    ];
    var BatchDeleteEvaluationJobRequest$ = [
      3,
      n0,
      _BDEJR,
      0,
      [_jIo],
      [[() => EvaluationJobIdentifiers, 0]],
      1
    ];
    var BatchDeleteEvaluationJobResponse$ = [
      3,
      n0,
      _BDEJRa,
      0,
      [_er, _eJ],
      [[() => BatchDeleteEvaluationJobErrors, 0], [() => BatchDeleteEvaluationJobItems, 0]],
      2
    ];
    var BedrockEvaluatorModel$ = [
      3,
      n0,
      _BEM,
      0,
      [_mI],
      [0],
      1
    ];
    var ByteContentDoc$ = [
      3,
      n0,
      _BCD,
      0,
      [_id, _cTon, _da],
      [[() => Identifier, 0], 0, [() => ByteContentBlob, 0]],
      3
    ];
    var CancelAutomatedReasoningPolicyBuildWorkflowRequest$ = [
      3,
      n0,
      _CARPBWR,
      0,
      [_pA, _bWI],
      [[0, 1], [0, 1]],
      2
    ];
    var CancelAutomatedReasoningPolicyBuildWorkflowResponse$ = [
      3,
      n0,
      _CARPBWRa,
      0,
      [],
      []
    ];
    var CloudWatchConfig$ = [
      3,
      n0,
      _CWC,
      0,
      [_lGN, _rA, _lDDSC],
      [0, 0, () => S3Config$],
      2
    ];
    var CreateAdvancedPromptOptimizationJobRequest$ = [
      3,
      n0,
      _CAPOJR,
      0,
      [_jN, _iC, _oC, _mC, _jD, _cTl, _eKA, _ta],
      [0, () => AdvancedPromptOptimizationInputConfig$, () => AdvancedPromptOptimizationOutputConfig$, () => ModelConfigurations, 0, [0, 4], 0, () => TagList],
      4
    ];
    var CreateAdvancedPromptOptimizationJobResponse$ = [
      3,
      n0,
      _CAPOJRr,
      0,
      [_jA],
      [0],
      1
    ];
    var CreateAutomatedReasoningPolicyRequest$ = [
      3,
      n0,
      _CARPR,
      0,
      [_n, _d, _cRT, _pD, _kKI, _ta],
      [[() => AutomatedReasoningPolicyName, 0], [() => AutomatedReasoningPolicyDescription, 0], [0, 4], [() => AutomatedReasoningPolicyDefinition$, 0], 0, () => TagList],
      1
    ];
    var CreateAutomatedReasoningPolicyResponse$ = [
      3,
      n0,
      _CARPRr,
      0,
      [_pA, _ve, _n, _cA, _uA, _d, _dHe],
      [0, 0, [() => AutomatedReasoningPolicyName, 0], 5, 5, [() => AutomatedReasoningPolicyDescription, 0], 0],
      5
    ];
    var CreateAutomatedReasoningPolicyTestCaseRequest$ = [
      3,
      n0,
      _CARPTCR,
      0,
      [_pA, _gC, _eAFR, _qC, _cRT, _cTo],
      [[0, 1], [() => AutomatedReasoningPolicyTestGuardContent, 0], 0, [() => AutomatedReasoningPolicyTestQueryContent, 0], [0, 4], 1],
      3
    ];
    var CreateAutomatedReasoningPolicyTestCaseResponse$ = [
      3,
      n0,
      _CARPTCRr,
      0,
      [_pA, _tCI],
      [0, 0],
      2
    ];
    var CreateAutomatedReasoningPolicyVersionRequest$ = [
      3,
      n0,
      _CARPVR,
      0,
      [_pA, _lUDH, _cRT, _ta],
      [[0, 1], 0, [0, 4], () => TagList],
      2
    ];
    var CreateAutomatedReasoningPolicyVersionResponse$ = [
      3,
      n0,
      _CARPVRr,
      0,
      [_pA, _ve, _n, _dHe, _cA, _d],
      [0, 0, [() => AutomatedReasoningPolicyName, 0], 0, 5, [() => AutomatedReasoningPolicyDescription, 0]],
      5
    ];
    var CreateCustomModelDeploymentRequest$ = [
      3,
      n0,
      _CCMDR,
      0,
      [_mDN, _mA, _d, _ta, _cRT],
      [0, 0, 0, () => TagList, [0, 4]],
      2
    ];
    var CreateCustomModelDeploymentResponse$ = [
      3,
      n0,
      _CCMDRr,
      0,
      [_cMDA],
      [0],
      1
    ];
    var CreateCustomModelRequest$ = [
      3,
      n0,
      _CCMR,
      0,
      [_mN, _mSC, _cMDS, _mKKA, _rA, _mTo, _cRT],
      [0, () => ModelDataSource$, () => CustomModelDataSource$, 0, 0, () => TagList, [0, 4]],
      1
    ];
    var CreateCustomModelResponse$ = [
      3,
      n0,
      _CCMRr,
      0,
      [_mA],
      [0],
      1
    ];
    var CreateEvaluationJobRequest$ = [
      3,
      n0,
      _CEJR,
      0,
      [_jN, _rA, _eC, _iCn, _oDC, _jD, _cRT, _cEKI, _jT, _aTp],
      [0, 0, [() => EvaluationConfig$, 0], [() => EvaluationInferenceConfig$, 0], () => EvaluationOutputDataConfig$, [() => EvaluationJobDescription, 0], [0, 4], 0, () => TagList, 0],
      5
    ];
    var CreateEvaluationJobResponse$ = [
      3,
      n0,
      _CEJRr,
      0,
      [_jA],
      [0],
      1
    ];
    var CreateFoundationModelAgreementRequest$ = [
      3,
      n0,
      _CFMAR,
      0,
      [_oT, _mIo],
      [0, 0],
      2
    ];
    var CreateFoundationModelAgreementResponse$ = [
      3,
      n0,
      _CFMARr,
      0,
      [_mIo],
      [0],
      1
    ];
    var CreateGuardrailRequest$ = [
      3,
      n0,
      _CGR,
      0,
      [_n, _bIM, _bOM, _d, _tPC, _cPC, _wPC, _sIPC, _cGPC, _aRPC, _cRC, _kKI, _ta, _cRT],
      [[() => GuardrailName, 0], [() => GuardrailBlockedMessaging, 0], [() => GuardrailBlockedMessaging, 0], [() => GuardrailDescription, 0], [() => GuardrailTopicPolicyConfig$, 0], [() => GuardrailContentPolicyConfig$, 0], [() => GuardrailWordPolicyConfig$, 0], () => GuardrailSensitiveInformationPolicyConfig$, [() => GuardrailContextualGroundingPolicyConfig$, 0], () => GuardrailAutomatedReasoningPolicyConfig$, () => GuardrailCrossRegionConfig$, 0, () => TagList, [0, 4]],
      3
    ];
    var CreateGuardrailResponse$ = [
      3,
      n0,
      _CGRr,
      0,
      [_gIu, _gA, _ve, _cA],
      [0, 0, 0, 5],
      4
    ];
    var CreateGuardrailVersionRequest$ = [
      3,
      n0,
      _CGVR,
      0,
      [_gI, _d, _cRT],
      [[0, 1], [() => GuardrailDescription, 0], [0, 4]],
      1
    ];
    var CreateGuardrailVersionResponse$ = [
      3,
      n0,
      _CGVRr,
      0,
      [_gIu, _ve],
      [0, 0],
      2
    ];
    var CreateInferenceProfileRequest$ = [
      3,
      n0,
      _CIPR,
      0,
      [_iPN, _mS, _d, _cRT, _ta],
      [0, () => InferenceProfileModelSource$, [() => InferenceProfileDescription, 0], [0, 4], () => TagList],
      2
    ];
    var CreateInferenceProfileResponse$ = [
      3,
      n0,
      _CIPRr,
      0,
      [_iPA, _st],
      [0, 0],
      1
    ];
    var CreateMarketplaceModelEndpointRequest$ = [
      3,
      n0,
      _CMMER,
      0,
      [_mSI, _eCn, _eN, _aEc, _cRT, _ta],
      [0, () => EndpointConfig$, 0, 2, [0, 4], () => TagList],
      3
    ];
    var CreateMarketplaceModelEndpointResponse$ = [
      3,
      n0,
      _CMMERr,
      0,
      [_mME],
      [() => MarketplaceModelEndpoint$],
      1
    ];
    var CreateModelCopyJobRequest$ = [
      3,
      n0,
      _CMCJR,
      0,
      [_sMA, _tMN, _mKKI, _tMT, _cRT],
      [0, 0, 0, () => TagList, [0, 4]],
      2
    ];
    var CreateModelCopyJobResponse$ = [
      3,
      n0,
      _CMCJRr,
      0,
      [_jA],
      [0],
      1
    ];
    var CreateModelCustomizationJobRequest$ = [
      3,
      n0,
      _CMCJRre,
      0,
      [_jN, _cMN, _rA, _bMI, _tDC, _oDC, _cRT, _cTu, _cMKKI, _jT, _cMT, _vDC, _hP, _vCp, _cC],
      [0, 0, 0, 0, [() => TrainingDataConfig$, 0], () => OutputDataConfig$, [0, 4], 0, 0, () => TagList, () => TagList, () => ValidationDataConfig$, 128 | 0, () => VpcConfig$, () => CustomizationConfig$],
      6
    ];
    var CreateModelCustomizationJobResponse$ = [
      3,
      n0,
      _CMCJRrea,
      0,
      [_jA],
      [0],
      1
    ];
    var CreateModelImportJobRequest$ = [
      3,
      n0,
      _CMIJR,
      0,
      [_jN, _iMN, _rA, _mDS, _jT, _iMT, _cRT, _vCp, _iMKKI],
      [0, 0, 0, () => ModelDataSource$, () => TagList, () => TagList, 0, () => VpcConfig$, 0],
      4
    ];
    var CreateModelImportJobResponse$ = [
      3,
      n0,
      _CMIJRr,
      0,
      [_jA],
      [0],
      1
    ];
    var CreateModelInvocationJobRequest$ = [
      3,
      n0,
      _CMIJRre,
      0,
      [_jN, _rA, _mIo, _iDC, _oDC, _cRT, _vCp, _tDIH, _ta, _mIT],
      [0, 0, 0, () => ModelInvocationJobInputDataConfig$, () => ModelInvocationJobOutputDataConfig$, [0, 4], () => VpcConfig$, 1, () => TagList, 0],
      5
    ];
    var CreateModelInvocationJobResponse$ = [
      3,
      n0,
      _CMIJRrea,
      0,
      [_jA],
      [0],
      1
    ];
    var CreatePromptRouterRequest$ = [
      3,
      n0,
      _CPRR,
      0,
      [_pRN, _mo, _rCo, _fM, _cRT, _d, _ta],
      [0, () => PromptRouterTargetModels, () => RoutingCriteria$, () => PromptRouterTargetModel$, [0, 4], [() => PromptRouterDescription, 0], () => TagList],
      4
    ];
    var CreatePromptRouterResponse$ = [
      3,
      n0,
      _CPRRr,
      0,
      [_pRA],
      [0]
    ];
    var CreateProvisionedModelThroughputRequest$ = [
      3,
      n0,
      _CPMTR,
      0,
      [_mU, _pMN, _mIo, _cRT, _cD, _ta],
      [1, 0, 0, [0, 4], 0, () => TagList],
      3
    ];
    var CreateProvisionedModelThroughputResponse$ = [
      3,
      n0,
      _CPMTRr,
      0,
      [_pMA],
      [0],
      1
    ];
    var CustomMetricBedrockEvaluatorModel$ = [
      3,
      n0,
      _CMBEM,
      0,
      [_mI],
      [0],
      1
    ];
    var CustomMetricDefinition$ = [
      3,
      n0,
      _CMD,
      8,
      [_n, _in, _rS],
      [[() => MetricName, 0], 0, () => RatingScale],
      2
    ];
    var CustomMetricEvaluatorModelConfig$ = [
      3,
      n0,
      _CMEMC,
      0,
      [_bEM],
      [() => CustomMetricBedrockEvaluatorModels],
      1
    ];
    var CustomModelDeploymentSummary$ = [
      3,
      n0,
      _CMDS,
      0,
      [_cMDA, _cMDN, _mA, _cA, _st, _lUA, _fMa],
      [0, 0, 0, 5, 0, 5, 0],
      5
    ];
    var CustomModelDeploymentUpdateDetails$ = [
      3,
      n0,
      _CMDUD,
      0,
      [_mA, _uS],
      [0, 0],
      2
    ];
    var CustomModelSummary$ = [
      3,
      n0,
      _CMS,
      0,
      [_mA, _mN, _cT, _bMA, _bMN, _cTu, _oAI, _mSo],
      [0, 0, 5, 0, 0, 0, 0, 0],
      5
    ];
    var CustomModelUnits$ = [
      3,
      n0,
      _CMU,
      0,
      [_cMUPMC, _cMUV],
      [1, 0]
    ];
    var DataProcessingDetails$ = [
      3,
      n0,
      _DPD,
      0,
      [_st, _cT, _lMT],
      [0, 5, 5]
    ];
    var DeleteAutomatedReasoningPolicyBuildWorkflowRequest$ = [
      3,
      n0,
      _DARPBWR,
      0,
      [_pA, _bWI, _lUA],
      [[0, 1], [0, 1], [5, { [_hQ]: _uA }]],
      3
    ];
    var DeleteAutomatedReasoningPolicyBuildWorkflowResponse$ = [
      3,
      n0,
      _DARPBWRe,
      0,
      [],
      []
    ];
    var DeleteAutomatedReasoningPolicyRequest$ = [
      3,
      n0,
      _DARPR,
      0,
      [_pA, _fo],
      [[0, 1], [2, { [_hQ]: _fo }]],
      1
    ];
    var DeleteAutomatedReasoningPolicyResponse$ = [
      3,
      n0,
      _DARPRe,
      0,
      [],
      []
    ];
    var DeleteAutomatedReasoningPolicyTestCaseRequest$ = [
      3,
      n0,
      _DARPTCR,
      0,
      [_pA, _tCI, _lUA],
      [[0, 1], [0, 1], [5, { [_hQ]: _uA }]],
      3
    ];
    var DeleteAutomatedReasoningPolicyTestCaseResponse$ = [
      3,
      n0,
      _DARPTCRe,
      0,
      [],
      []
    ];
    var DeleteCustomModelDeploymentRequest$ = [
      3,
      n0,
      _DCMDR,
      0,
      [_cMDI],
      [[0, 1]],
      1
    ];
    var DeleteCustomModelDeploymentResponse$ = [
      3,
      n0,
      _DCMDRe,
      0,
      [],
      []
    ];
    var DeleteCustomModelRequest$ = [
      3,
      n0,
      _DCMR,
      0,
      [_mI],
      [[0, 1]],
      1
    ];
    var DeleteCustomModelResponse$ = [
      3,
      n0,
      _DCMRe,
      0,
      [],
      []
    ];
    var DeleteEnforcedGuardrailConfigurationRequest$ = [
      3,
      n0,
      _DEGCR,
      0,
      [_cI],
      [[0, 1]],
      1
    ];
    var DeleteEnforcedGuardrailConfigurationResponse$ = [
      3,
      n0,
      _DEGCRe,
      0,
      [],
      []
    ];
    var DeleteFoundationModelAgreementRequest$ = [
      3,
      n0,
      _DFMAR,
      0,
      [_mIo],
      [0],
      1
    ];
    var DeleteFoundationModelAgreementResponse$ = [
      3,
      n0,
      _DFMARe,
      0,
      [],
      []
    ];
    var DeleteGuardrailRequest$ = [
      3,
      n0,
      _DGR,
      0,
      [_gI, _gV],
      [[0, 1], [0, { [_hQ]: _gV }]],
      1
    ];
    var DeleteGuardrailResponse$ = [
      3,
      n0,
      _DGRe,
      0,
      [],
      []
    ];
    var DeleteImportedModelRequest$ = [
      3,
      n0,
      _DIMR,
      0,
      [_mI],
      [[0, 1]],
      1
    ];
    var DeleteImportedModelResponse$ = [
      3,
      n0,
      _DIMRe,
      0,
      [],
      []
    ];
    var DeleteInferenceProfileRequest$ = [
      3,
      n0,
      _DIPR,
      0,
      [_iPI],
      [[0, 1]],
      1
    ];
    var DeleteInferenceProfileResponse$ = [
      3,
      n0,
      _DIPRe,
      0,
      [],
      []
    ];
    var DeleteMarketplaceModelEndpointRequest$ = [
      3,
      n0,
      _DMMER,
      0,
      [_eA],
      [[0, 1]],
      1
    ];
    var DeleteMarketplaceModelEndpointResponse$ = [
      3,
      n0,
      _DMMERe,
      0,
      [],
      []
    ];
    var DeleteModelInvocationLoggingConfigurationRequest$ = [
      3,
      n0,
      _DMILCR,
      0,
      [],
      []
    ];
    var DeleteModelInvocationLoggingConfigurationResponse$ = [
      3,
      n0,
      _DMILCRe,
      0,
      [],
      []
    ];
    var DeletePromptRouterRequest$ = [
      3,
      n0,
      _DPRR,
      0,
      [_pRA],
      [[0, 1]],
      1
    ];
    var DeletePromptRouterResponse$ = [
      3,
      n0,
      _DPRRe,
      0,
      [],
      []
    ];
    var DeleteProvisionedModelThroughputRequest$ = [
      3,
      n0,
      _DPMTR,
      0,
      [_pMI],
      [[0, 1]],
      1
    ];
    var DeleteProvisionedModelThroughputResponse$ = [
      3,
      n0,
      _DPMTRe,
      0,
      [],
      []
    ];
    var DeleteResourcePolicyRequest$ = [
      3,
      n0,
      _DRPR,
      0,
      [_rAe],
      [[0, 1]],
      1
    ];
    var DeleteResourcePolicyResponse$ = [
      3,
      n0,
      _DRPRe,
      0,
      [],
      []
    ];
    var DeregisterMarketplaceModelEndpointRequest$ = [
      3,
      n0,
      _DMMERer,
      0,
      [_eA],
      [[0, 1]],
      1
    ];
    var DeregisterMarketplaceModelEndpointResponse$ = [
      3,
      n0,
      _DMMERere,
      0,
      [],
      []
    ];
    var DimensionalPriceRate$ = [
      3,
      n0,
      _DPR,
      0,
      [_di, _pr, _d, _u],
      [0, 0, 0, 0]
    ];
    var DistillationConfig$ = [
      3,
      n0,
      _DC,
      0,
      [_tMC],
      [() => TeacherModelConfig$],
      1
    ];
    var EvaluationBedrockModel$ = [
      3,
      n0,
      _EBM,
      0,
      [_mI, _iP, _pC],
      [0, [() => EvaluationModelInferenceParams, 0], () => PerformanceConfiguration$],
      1
    ];
    var EvaluationDataset$ = [
      3,
      n0,
      _ED,
      0,
      [_n, _dL],
      [[() => EvaluationDatasetName, 0], () => EvaluationDatasetLocation$],
      1
    ];
    var EvaluationDatasetMetricConfig$ = [
      3,
      n0,
      _EDMC,
      0,
      [_tT, _dat, _mNe],
      [0, [() => EvaluationDataset$, 0], [() => EvaluationMetricNames, 0]],
      3
    ];
    var EvaluationInferenceConfigSummary$ = [
      3,
      n0,
      _EICS,
      0,
      [_mCS, _rCS],
      [() => EvaluationModelConfigSummary$, () => EvaluationRagConfigSummary$]
    ];
    var EvaluationModelConfigSummary$ = [
      3,
      n0,
      _EMCS,
      0,
      [_bMIe, _pISI],
      [64 | 0, 64 | 0]
    ];
    var EvaluationOutputDataConfig$ = [
      3,
      n0,
      _EODC,
      0,
      [_sU],
      [0],
      1
    ];
    var EvaluationPrecomputedInferenceSource$ = [
      3,
      n0,
      _EPIS,
      0,
      [_iSI],
      [0],
      1
    ];
    var EvaluationPrecomputedRetrieveAndGenerateSourceConfig$ = [
      3,
      n0,
      _EPRAGSC,
      0,
      [_rSI],
      [0],
      1
    ];
    var EvaluationPrecomputedRetrieveSourceConfig$ = [
      3,
      n0,
      _EPRSC,
      0,
      [_rSI],
      [0],
      1
    ];
    var EvaluationRagConfigSummary$ = [
      3,
      n0,
      _ERCS,
      0,
      [_bKBI, _pRSI],
      [64 | 0, 64 | 0]
    ];
    var EvaluationSummary$ = [
      3,
      n0,
      _ES,
      0,
      [_jA, _jN, _st, _cT, _jTo, _eTT, _mIod, _rIa, _eMI, _cMEMI, _iCS, _aTp],
      [0, 0, 0, 5, 0, 64 | 0, 64 | 0, 64 | 0, 64 | 0, 64 | 0, () => EvaluationInferenceConfigSummary$, 0],
      6
    ];
    var ExportAutomatedReasoningPolicyVersionRequest$ = [
      3,
      n0,
      _EARPVR,
      0,
      [_pA],
      [[0, 1]],
      1
    ];
    var ExportAutomatedReasoningPolicyVersionResponse$ = [
      3,
      n0,
      _EARPVRx,
      0,
      [_pD],
      [[() => AutomatedReasoningPolicyDefinition$, 16]],
      1
    ];
    var ExternalSource$ = [
      3,
      n0,
      _ESx,
      0,
      [_sT, _sL, _bC],
      [0, () => S3ObjectDoc$, [() => ByteContentDoc$, 0]],
      1
    ];
    var ExternalSourcesGenerationConfiguration$ = [
      3,
      n0,
      _ESGC,
      0,
      [_pT, _gCu, _kIC, _aMRF],
      [[() => PromptTemplate$, 0], () => GuardrailConfiguration$, () => KbInferenceConfig$, 128 | 15]
    ];
    var ExternalSourcesRetrieveAndGenerateConfiguration$ = [
      3,
      n0,
      _ESRAGC,
      0,
      [_mA, _so, _gCe],
      [0, [() => ExternalSources, 0], [() => ExternalSourcesGenerationConfiguration$, 0]],
      2
    ];
    var FieldForReranking$ = [
      3,
      n0,
      _FFR,
      0,
      [_fN],
      [0],
      1
    ];
    var FilterAttribute$ = [
      3,
      n0,
      _FA,
      0,
      [_k, _va],
      [0, 15],
      2
    ];
    var FoundationModelDetails$ = [
      3,
      n0,
      _FMD,
      0,
      [_mA, _mIo, _mN, _pNr, _iM, _oM, _rSS, _cSu, _iTS, _mL],
      [0, 0, 0, 0, 64 | 0, 64 | 0, 2, 64 | 0, 64 | 0, () => FoundationModelLifecycle$],
      2
    ];
    var FoundationModelLifecycle$ = [
      3,
      n0,
      _FML,
      0,
      [_st, _sOLT, _eOLT, _lTe, _pEAT],
      [0, 5, 5, 5, 5],
      1
    ];
    var FoundationModelSummary$ = [
      3,
      n0,
      _FMS,
      0,
      [_mA, _mIo, _mN, _pNr, _iM, _oM, _rSS, _cSu, _iTS, _mL],
      [0, 0, 0, 0, 64 | 0, 64 | 0, 2, 64 | 0, 64 | 0, () => FoundationModelLifecycle$],
      2
    ];
    var GenerationConfiguration$ = [
      3,
      n0,
      _GC,
      0,
      [_pT, _gCu, _kIC, _aMRF],
      [[() => PromptTemplate$, 0], () => GuardrailConfiguration$, () => KbInferenceConfig$, 128 | 15]
    ];
    var GetAccountDataRetentionRequest$ = [
      3,
      n0,
      _GADRR,
      0,
      [],
      []
    ];
    var GetAccountDataRetentionResponse$ = [
      3,
      n0,
      _GADRRe,
      0,
      [_mod, _uA],
      [0, 5],
      1
    ];
    var GetAdvancedPromptOptimizationJobRequest$ = [
      3,
      n0,
      _GAPOJR,
      0,
      [_jI],
      [[0, 1]],
      1
    ];
    var GetAdvancedPromptOptimizationJobResponse$ = [
      3,
      n0,
      _GAPOJRe,
      0,
      [_jA, _jN, _jS, _iC, _oC, _cT, _mC, _jD, _eKA, _lMT, _fMa],
      [0, 0, 0, () => AdvancedPromptOptimizationInputConfig$, () => AdvancedPromptOptimizationOutputConfig$, 5, () => ModelConfigurations, 0, 0, 5, 0],
      7
    ];
    var GetAutomatedReasoningPolicyAnnotationsRequest$ = [
      3,
      n0,
      _GARPAR,
      0,
      [_pA, _bWI],
      [[0, 1], [0, 1]],
      2
    ];
    var GetAutomatedReasoningPolicyAnnotationsResponse$ = [
      3,
      n0,
      _GARPARe,
      0,
      [_pA, _n, _bWI, _an, _aSH, _uA],
      [0, [() => AutomatedReasoningPolicyName, 0], 0, [() => AutomatedReasoningPolicyAnnotationList, 0], 0, 5],
      6
    ];
    var GetAutomatedReasoningPolicyBuildWorkflowRequest$ = [
      3,
      n0,
      _GARPBWR,
      0,
      [_pA, _bWI],
      [[0, 1], [0, 1]],
      2
    ];
    var GetAutomatedReasoningPolicyBuildWorkflowResponse$ = [
      3,
      n0,
      _GARPBWRe,
      0,
      [_pA, _bWI, _st, _bWT, _cA, _uA, _dN, _dCT, _dD],
      [0, 0, 0, 0, 5, 5, [() => AutomatedReasoningPolicyBuildDocumentName, 0], 0, [() => AutomatedReasoningPolicyBuildDocumentDescription, 0]],
      6
    ];
    var GetAutomatedReasoningPolicyBuildWorkflowResultAssetsRequest$ = [
      3,
      n0,
      _GARPBWRAR,
      0,
      [_pA, _bWI, _aT, _aI],
      [[0, 1], [0, 1], [0, { [_hQ]: _aT }], [0, { [_hQ]: _aI }]],
      3
    ];
    var GetAutomatedReasoningPolicyBuildWorkflowResultAssetsResponse$ = [
      3,
      n0,
      _GARPBWRARe,
      0,
      [_pA, _bWI, _bWA],
      [0, 0, [() => AutomatedReasoningPolicyBuildResultAssets$, 0]],
      2
    ];
    var GetAutomatedReasoningPolicyNextScenarioRequest$ = [
      3,
      n0,
      _GARPNSR,
      0,
      [_pA, _bWI],
      [[0, 1], [0, 1]],
      2
    ];
    var GetAutomatedReasoningPolicyNextScenarioResponse$ = [
      3,
      n0,
      _GARPNSRe,
      0,
      [_pA, _sc],
      [0, [() => AutomatedReasoningPolicyScenario$, 0]],
      1
    ];
    var GetAutomatedReasoningPolicyRequest$ = [
      3,
      n0,
      _GARPR,
      0,
      [_pA],
      [[0, 1]],
      1
    ];
    var GetAutomatedReasoningPolicyResponse$ = [
      3,
      n0,
      _GARPRe,
      0,
      [_pA, _n, _ve, _pI, _dHe, _uA, _d, _kKA, _cA],
      [0, [() => AutomatedReasoningPolicyName, 0], 0, 0, 0, 5, [() => AutomatedReasoningPolicyDescription, 0], 0, 5],
      6
    ];
    var GetAutomatedReasoningPolicyTestCaseRequest$ = [
      3,
      n0,
      _GARPTCR,
      0,
      [_pA, _tCI],
      [[0, 1], [0, 1]],
      2
    ];
    var GetAutomatedReasoningPolicyTestCaseResponse$ = [
      3,
      n0,
      _GARPTCRe,
      0,
      [_pA, _tCe],
      [0, [() => AutomatedReasoningPolicyTestCase$, 0]],
      2
    ];
    var GetAutomatedReasoningPolicyTestResultRequest$ = [
      3,
      n0,
      _GARPTRR,
      0,
      [_pA, _bWI, _tCI],
      [[0, 1], [0, 1], [0, 1]],
      3
    ];
    var GetAutomatedReasoningPolicyTestResultResponse$ = [
      3,
      n0,
      _GARPTRRe,
      0,
      [_tR],
      [[() => AutomatedReasoningPolicyTestResult$, 0]],
      1
    ];
    var GetCustomModelDeploymentRequest$ = [
      3,
      n0,
      _GCMDR,
      0,
      [_cMDI],
      [[0, 1]],
      1
    ];
    var GetCustomModelDeploymentResponse$ = [
      3,
      n0,
      _GCMDRe,
      0,
      [_cMDA, _mDN, _mA, _cA, _st, _d, _uD, _fMa, _lUA],
      [0, 0, 0, 5, 0, 0, () => CustomModelDeploymentUpdateDetails$, 0, 5],
      5
    ];
    var GetCustomModelRequest$ = [
      3,
      n0,
      _GCMR,
      0,
      [_mI],
      [[0, 1]],
      1
    ];
    var GetCustomModelResponse$ = [
      3,
      n0,
      _GCMRe,
      0,
      [_mA, _mN, _cT, _jN, _jA, _bMA, _cTu, _mKKA, _hP, _tDC, _vDC, _oDC, _tM, _vM, _cC, _mSo, _fMa],
      [0, 0, 5, 0, 0, 0, 0, 0, 128 | 0, [() => TrainingDataConfig$, 0], () => ValidationDataConfig$, () => OutputDataConfig$, () => TrainingMetrics$, () => ValidationMetrics, () => CustomizationConfig$, 0, 0],
      3
    ];
    var GetEvaluationJobRequest$ = [
      3,
      n0,
      _GEJR,
      0,
      [_jI],
      [[() => EvaluationJobIdentifier, 1]],
      1
    ];
    var GetEvaluationJobResponse$ = [
      3,
      n0,
      _GEJRe,
      0,
      [_jN, _st, _jA, _rA, _jTo, _eC, _iCn, _oDC, _cT, _jD, _cEKI, _aTp, _lMT, _fMai],
      [0, 0, 0, 0, 0, [() => EvaluationConfig$, 0], [() => EvaluationInferenceConfig$, 0], () => EvaluationOutputDataConfig$, 5, [() => EvaluationJobDescription, 0], 0, 0, 5, 64 | 0],
      9
    ];
    var GetFoundationModelAvailabilityRequest$ = [
      3,
      n0,
      _GFMAR,
      0,
      [_mIo],
      [[0, 1]],
      1
    ];
    var GetFoundationModelAvailabilityResponse$ = [
      3,
      n0,
      _GFMARe,
      0,
      [_mIo, _aA, _aSu, _eAn, _rAeg],
      [0, () => AgreementAvailability$, 0, 0, 0],
      5
    ];
    var GetFoundationModelRequest$ = [
      3,
      n0,
      _GFMR,
      0,
      [_mI],
      [[0, 1]],
      1
    ];
    var GetFoundationModelResponse$ = [
      3,
      n0,
      _GFMRe,
      0,
      [_mD],
      [() => FoundationModelDetails$]
    ];
    var GetGuardrailRequest$ = [
      3,
      n0,
      _GGR,
      0,
      [_gI, _gV],
      [[0, 1], [0, { [_hQ]: _gV }]],
      1
    ];
    var GetGuardrailResponse$ = [
      3,
      n0,
      _GGRe,
      0,
      [_n, _gIu, _gA, _ve, _st, _cA, _uA, _bIM, _bOM, _d, _tP, _cP, _wP, _sIP, _cGP, _aRP, _cRD, _sRt, _fR, _kKA],
      [[() => GuardrailName, 0], 0, 0, 0, 0, 5, 5, [() => GuardrailBlockedMessaging, 0], [() => GuardrailBlockedMessaging, 0], [() => GuardrailDescription, 0], [() => GuardrailTopicPolicy$, 0], [() => GuardrailContentPolicy$, 0], [() => GuardrailWordPolicy$, 0], () => GuardrailSensitiveInformationPolicy$, [() => GuardrailContextualGroundingPolicy$, 0], () => GuardrailAutomatedReasoningPolicy$, () => GuardrailCrossRegionDetails$, [() => GuardrailStatusReasons, 0], [() => GuardrailFailureRecommendations, 0], 0],
      9
    ];
    var GetImportedModelRequest$ = [
      3,
      n0,
      _GIMR,
      0,
      [_mI],
      [[0, 1]],
      1
    ];
    var GetImportedModelResponse$ = [
      3,
      n0,
      _GIMRe,
      0,
      [_mA, _mN, _jN, _jA, _mDS, _cT, _mAo, _mKKA, _iS, _cMU],
      [0, 0, 0, 0, () => ModelDataSource$, 5, 0, 0, 2, () => CustomModelUnits$]
    ];
    var GetInferenceProfileRequest$ = [
      3,
      n0,
      _GIPR,
      0,
      [_iPI],
      [[0, 1]],
      1
    ];
    var GetInferenceProfileResponse$ = [
      3,
      n0,
      _GIPRe,
      0,
      [_iPN, _iPA, _mo, _iPIn, _st, _ty, _d, _cA, _uA],
      [0, 0, () => InferenceProfileModels, 0, 0, 0, [() => InferenceProfileDescription, 0], 5, 5],
      6
    ];
    var GetMarketplaceModelEndpointRequest$ = [
      3,
      n0,
      _GMMER,
      0,
      [_eA],
      [[0, 1]],
      1
    ];
    var GetMarketplaceModelEndpointResponse$ = [
      3,
      n0,
      _GMMERe,
      0,
      [_mME],
      [() => MarketplaceModelEndpoint$]
    ];
    var GetModelCopyJobRequest$ = [
      3,
      n0,
      _GMCJR,
      0,
      [_jA],
      [[0, 1]],
      1
    ];
    var GetModelCopyJobResponse$ = [
      3,
      n0,
      _GMCJRe,
      0,
      [_jA, _st, _cT, _tMA, _sAI, _sMA, _tMN, _tMKKA, _tMT, _fMa, _sMN],
      [0, 0, 5, 0, 0, 0, 0, 0, () => TagList, 0, 0],
      6
    ];
    var GetModelCustomizationJobRequest$ = [
      3,
      n0,
      _GMCJRet,
      0,
      [_jI],
      [[0, 1]],
      1
    ];
    var GetModelCustomizationJobResponse$ = [
      3,
      n0,
      _GMCJReto,
      0,
      [_jA, _jN, _oMN, _rA, _cT, _bMA, _tDC, _vDC, _oDC, _oMA, _cRT, _st, _sD, _fMa, _lMT, _eT, _hP, _cTu, _oMKKA, _tM, _vM, _vCp, _cC],
      [0, 0, 0, 0, 5, 0, [() => TrainingDataConfig$, 0], () => ValidationDataConfig$, () => OutputDataConfig$, 0, 0, 0, () => StatusDetails$, 0, 5, 5, 128 | 0, 0, 0, () => TrainingMetrics$, () => ValidationMetrics, () => VpcConfig$, () => CustomizationConfig$],
      9
    ];
    var GetModelImportJobRequest$ = [
      3,
      n0,
      _GMIJR,
      0,
      [_jI],
      [[0, 1]],
      1
    ];
    var GetModelImportJobResponse$ = [
      3,
      n0,
      _GMIJRe,
      0,
      [_jA, _jN, _iMN, _iMA, _rA, _mDS, _st, _fMa, _cT, _lMT, _eT, _vCp, _iMKKA],
      [0, 0, 0, 0, 0, () => ModelDataSource$, 0, 0, 5, 5, 5, () => VpcConfig$, 0]
    ];
    var GetModelInvocationJobRequest$ = [
      3,
      n0,
      _GMIJRet,
      0,
      [_jI],
      [[0, 1]],
      1
    ];
    var GetModelInvocationJobResponse$ = [
      3,
      n0,
      _GMIJReto,
      0,
      [_jA, _mIo, _rA, _sTu, _iDC, _oDC, _jN, _cRT, _st, _m, _lMT, _eT, _vCp, _tDIH, _jET, _mIT, _tRC, _pRC, _sRC, _eRC],
      [0, 0, 0, 5, () => ModelInvocationJobInputDataConfig$, () => ModelInvocationJobOutputDataConfig$, 0, 0, 0, [() => Message, 0], 5, 5, () => VpcConfig$, 1, 5, 0, 1, 1, 1, 1],
      6
    ];
    var GetModelInvocationLoggingConfigurationRequest$ = [
      3,
      n0,
      _GMILCR,
      0,
      [],
      []
    ];
    var GetModelInvocationLoggingConfigurationResponse$ = [
      3,
      n0,
      _GMILCRe,
      0,
      [_lC],
      [() => LoggingConfig$]
    ];
    var GetPromptRouterRequest$ = [
      3,
      n0,
      _GPRR,
      0,
      [_pRA],
      [[0, 1]],
      1
    ];
    var GetPromptRouterResponse$ = [
      3,
      n0,
      _GPRRe,
      0,
      [_pRN, _rCo, _pRA, _mo, _fM, _st, _ty, _d, _cA, _uA],
      [0, () => RoutingCriteria$, 0, () => PromptRouterTargetModels, () => PromptRouterTargetModel$, 0, 0, [() => PromptRouterDescription, 0], 5, 5],
      7
    ];
    var GetProvisionedModelThroughputRequest$ = [
      3,
      n0,
      _GPMTR,
      0,
      [_pMI],
      [[0, 1]],
      1
    ];
    var GetProvisionedModelThroughputResponse$ = [
      3,
      n0,
      _GPMTRe,
      0,
      [_mU, _dMU, _pMN, _pMA, _mA, _dMA, _fMA, _st, _cT, _lMT, _fMa, _cD, _cET],
      [1, 1, 0, 0, 0, 0, 0, 0, 5, 5, 0, 0, 5],
      10
    ];
    var GetResourcePolicyRequest$ = [
      3,
      n0,
      _GRPR,
      0,
      [_rAe],
      [[0, 1]],
      1
    ];
    var GetResourcePolicyResponse$ = [
      3,
      n0,
      _GRPRe,
      0,
      [_rP],
      [0]
    ];
    var GetUseCaseForModelAccessRequest$ = [
      3,
      n0,
      _GUCFMAR,
      0,
      [],
      []
    ];
    var GetUseCaseForModelAccessResponse$ = [
      3,
      n0,
      _GUCFMARe,
      0,
      [_fD],
      [21],
      1
    ];
    var GuardrailAutomatedReasoningPolicy$ = [
      3,
      n0,
      _GARP,
      0,
      [_po, _cTo],
      [64 | 0, 1],
      1
    ];
    var GuardrailAutomatedReasoningPolicyConfig$ = [
      3,
      n0,
      _GARPC,
      0,
      [_po, _cTo],
      [64 | 0, 1],
      1
    ];
    var GuardrailConfiguration$ = [
      3,
      n0,
      _GCu,
      0,
      [_gIu, _gV],
      [0, 0],
      2
    ];
    var GuardrailContentFilter$ = [
      3,
      n0,
      _GCF,
      0,
      [_ty, _iSn, _oS, _iM, _oM, _iA, _oA, _iE, _oE],
      [0, 0, 0, [() => GuardrailModalities, 0], [() => GuardrailModalities, 0], [() => GuardrailContentFilterAction$1, 0], [() => GuardrailContentFilterAction$1, 0], 2, 2],
      3
    ];
    var GuardrailContentFilterConfig$ = [
      3,
      n0,
      _GCFC,
      0,
      [_ty, _iSn, _oS, _iM, _oM, _iA, _oA, _iE, _oE],
      [0, 0, 0, [() => GuardrailModalities, 0], [() => GuardrailModalities, 0], [() => GuardrailContentFilterAction$1, 0], [() => GuardrailContentFilterAction$1, 0], 2, 2],
      3
    ];
    var GuardrailContentFiltersTier$ = [
      3,
      n0,
      _GCFT,
      0,
      [_tNi],
      [[() => GuardrailContentFiltersTierName$1, 0]],
      1
    ];
    var GuardrailContentFiltersTierConfig$ = [
      3,
      n0,
      _GCFTC,
      0,
      [_tNi],
      [[() => GuardrailContentFiltersTierName$1, 0]],
      1
    ];
    var GuardrailContentPolicy$ = [
      3,
      n0,
      _GCP,
      0,
      [_fi, _ti],
      [[() => GuardrailContentFilters, 0], [() => GuardrailContentFiltersTier$, 0]]
    ];
    var GuardrailContentPolicyConfig$ = [
      3,
      n0,
      _GCPC,
      0,
      [_fC, _tCi],
      [[() => GuardrailContentFiltersConfig, 0], [() => GuardrailContentFiltersTierConfig$, 0]],
      1
    ];
    var GuardrailContextualGroundingFilter$ = [
      3,
      n0,
      _GCGF,
      0,
      [_ty, _th, _ac, _ena],
      [0, 1, [() => GuardrailContextualGroundingAction$1, 0], 2],
      2
    ];
    var GuardrailContextualGroundingFilterConfig$ = [
      3,
      n0,
      _GCGFC,
      0,
      [_ty, _th, _ac, _ena],
      [0, 1, [() => GuardrailContextualGroundingAction$1, 0], 2],
      2
    ];
    var GuardrailContextualGroundingPolicy$ = [
      3,
      n0,
      _GCGP,
      0,
      [_fi, _ti],
      [[() => GuardrailContextualGroundingFilters, 0], [() => GuardrailContextualGroundingTier$, 0]],
      1
    ];
    var GuardrailContextualGroundingPolicyConfig$ = [
      3,
      n0,
      _GCGPC,
      0,
      [_fC, _tCi],
      [[() => GuardrailContextualGroundingFiltersConfig, 0], [() => GuardrailContextualGroundingTierConfig$, 0]],
      1
    ];
    var GuardrailContextualGroundingTier$ = [
      3,
      n0,
      _GCGT,
      0,
      [_tNi],
      [[() => GuardrailContextualGroundingTierName$1, 0]],
      1
    ];
    var GuardrailContextualGroundingTierConfig$ = [
      3,
      n0,
      _GCGTC,
      0,
      [_tNi],
      [[() => GuardrailContextualGroundingTierName$1, 0]],
      1
    ];
    var GuardrailCrossRegionConfig$ = [
      3,
      n0,
      _GCRC,
      0,
      [_gPI],
      [0],
      1
    ];
    var GuardrailCrossRegionDetails$ = [
      3,
      n0,
      _GCRD,
      0,
      [_gPIu, _gPA],
      [0, 0]
    ];
    var GuardrailManagedWords$ = [
      3,
      n0,
      _GMW,
      0,
      [_ty, _iA, _oA, _iE, _oE],
      [0, [() => GuardrailWordAction$1, 0], [() => GuardrailWordAction$1, 0], 2, 2],
      1
    ];
    var GuardrailManagedWordsConfig$ = [
      3,
      n0,
      _GMWC,
      0,
      [_ty, _iA, _oA, _iE, _oE],
      [0, [() => GuardrailWordAction$1, 0], [() => GuardrailWordAction$1, 0], 2, 2],
      1
    ];
    var GuardrailPiiEntity$ = [
      3,
      n0,
      _GPE,
      0,
      [_ty, _ac, _iA, _oA, _iE, _oE],
      [0, 0, 0, 0, 2, 2],
      2
    ];
    var GuardrailPiiEntityConfig$ = [
      3,
      n0,
      _GPEC,
      0,
      [_ty, _ac, _iA, _oA, _iE, _oE],
      [0, 0, 0, 0, 2, 2],
      2
    ];
    var GuardrailRegex$ = [
      3,
      n0,
      _GR,
      0,
      [_n, _pa, _ac, _d, _iA, _oA, _iE, _oE],
      [0, 0, 0, 0, 0, 0, 2, 2],
      3
    ];
    var GuardrailRegexConfig$ = [
      3,
      n0,
      _GRC,
      0,
      [_n, _pa, _ac, _d, _iA, _oA, _iE, _oE],
      [0, 0, 0, 0, 0, 0, 2, 2],
      3
    ];
    var GuardrailSensitiveInformationPolicy$ = [
      3,
      n0,
      _GSIP,
      0,
      [_pEi, _re],
      [() => GuardrailPiiEntities, () => GuardrailRegexes]
    ];
    var GuardrailSensitiveInformationPolicyConfig$ = [
      3,
      n0,
      _GSIPC,
      0,
      [_pEC, _rCe],
      [() => GuardrailPiiEntitiesConfig, () => GuardrailRegexesConfig]
    ];
    var GuardrailSummary$ = [
      3,
      n0,
      _GS,
      0,
      [_i, _ar, _st, _n, _ve, _cA, _uA, _d, _cRD],
      [0, 0, 0, [() => GuardrailName, 0], 0, 5, 5, [() => GuardrailDescription, 0], () => GuardrailCrossRegionDetails$],
      7
    ];
    var GuardrailTopic$ = [
      3,
      n0,
      _GT,
      0,
      [_n, _de, _exa, _ty, _iA, _oA, _iE, _oE],
      [[() => GuardrailTopicName, 0], [() => GuardrailTopicDefinition, 0], [() => GuardrailTopicExamples, 0], 0, [() => GuardrailTopicAction$1, 0], [() => GuardrailTopicAction$1, 0], 2, 2],
      2
    ];
    var GuardrailTopicConfig$ = [
      3,
      n0,
      _GTC,
      0,
      [_n, _de, _ty, _exa, _iA, _oA, _iE, _oE],
      [[() => GuardrailTopicName, 0], [() => GuardrailTopicDefinition, 0], 0, [() => GuardrailTopicExamples, 0], [() => GuardrailTopicAction$1, 0], [() => GuardrailTopicAction$1, 0], 2, 2],
      3
    ];
    var GuardrailTopicPolicy$ = [
      3,
      n0,
      _GTP,
      0,
      [_to, _ti],
      [[() => GuardrailTopics, 0], [() => GuardrailTopicsTier$, 0]],
      1
    ];
    var GuardrailTopicPolicyConfig$ = [
      3,
      n0,
      _GTPC,
      0,
      [_tCo, _tCi],
      [[() => GuardrailTopicsConfig, 0], [() => GuardrailTopicsTierConfig$, 0]],
      1
    ];
    var GuardrailTopicsTier$ = [
      3,
      n0,
      _GTT,
      0,
      [_tNi],
      [[() => GuardrailTopicsTierName$1, 0]],
      1
    ];
    var GuardrailTopicsTierConfig$ = [
      3,
      n0,
      _GTTC,
      0,
      [_tNi],
      [[() => GuardrailTopicsTierName$1, 0]],
      1
    ];
    var GuardrailWord$ = [
      3,
      n0,
      _GW,
      0,
      [_te, _iA, _oA, _iE, _oE],
      [0, [() => GuardrailWordAction$1, 0], [() => GuardrailWordAction$1, 0], 2, 2],
      1
    ];
    var GuardrailWordConfig$ = [
      3,
      n0,
      _GWC,
      0,
      [_te, _iA, _oA, _iE, _oE],
      [0, [() => GuardrailWordAction$1, 0], [() => GuardrailWordAction$1, 0], 2, 2],
      1
    ];
    var GuardrailWordPolicy$ = [
      3,
      n0,
      _GWP,
      0,
      [_w, _mWL],
      [[() => GuardrailWords, 0], [() => GuardrailManagedWordLists, 0]]
    ];
    var GuardrailWordPolicyConfig$ = [
      3,
      n0,
      _GWPC,
      0,
      [_wCo, _mWLC],
      [[() => GuardrailWordsConfig, 0], [() => GuardrailManagedWordListsConfig, 0]]
    ];
    var HumanEvaluationConfig$ = [
      3,
      n0,
      _HEC,
      0,
      [_dMC, _hWC, _cM],
      [[() => EvaluationDatasetMetricConfigs, 0], [() => HumanWorkflowConfig$, 0], [() => HumanEvaluationCustomMetrics, 0]],
      1
    ];
    var HumanEvaluationCustomMetric$ = [
      3,
      n0,
      _HECM,
      0,
      [_n, _rM, _d],
      [[() => EvaluationMetricName, 0], 0, [() => EvaluationMetricDescription, 0]],
      2
    ];
    var HumanWorkflowConfig$ = [
      3,
      n0,
      _HWC,
      0,
      [_fDA, _in],
      [0, [() => HumanTaskInstructions, 0]],
      1
    ];
    var ImplicitFilterConfiguration$ = [
      3,
      n0,
      _IFC,
      0,
      [_mAe, _mA],
      [[() => MetadataAttributeSchemaList, 0], 0],
      2
    ];
    var ImportedModelSummary$ = [
      3,
      n0,
      _IMS,
      0,
      [_mA, _mN, _cT, _iS, _mAo],
      [0, 0, 5, 2, 0],
      3
    ];
    var InferenceConfiguration$ = [
      3,
      n0,
      _IC,
      0,
      [_mTa, _tem, _tPo, _sS],
      [1, 1, 1, 64 | 0]
    ];
    var InferenceProfileModel$ = [
      3,
      n0,
      _IPM,
      0,
      [_mA],
      [0]
    ];
    var InferenceProfileSummary$ = [
      3,
      n0,
      _IPS,
      0,
      [_iPN, _iPA, _mo, _iPIn, _st, _ty, _d, _cA, _uA],
      [0, 0, () => InferenceProfileModels, 0, 0, 0, [() => InferenceProfileDescription, 0], 5, 5],
      6
    ];
    var InvocationLogsConfig$ = [
      3,
      n0,
      _ILC,
      0,
      [_iLS, _uPR, _rMF],
      [() => InvocationLogSource$, 2, [() => RequestMetadataFilters$, 0]],
      1
    ];
    var KbInferenceConfig$ = [
      3,
      n0,
      _KIC,
      0,
      [_tIC],
      [() => TextInferenceConfig$]
    ];
    var KnowledgeBaseRetrievalConfiguration$ = [
      3,
      n0,
      _KBRC,
      0,
      [_vSC],
      [[() => KnowledgeBaseVectorSearchConfiguration$, 0]],
      1
    ];
    var KnowledgeBaseRetrieveAndGenerateConfiguration$ = [
      3,
      n0,
      _KBRAGC,
      0,
      [_kBI, _mA, _rCet, _gCe, _oCr],
      [0, 0, [() => KnowledgeBaseRetrievalConfiguration$, 0], [() => GenerationConfiguration$, 0], () => OrchestrationConfiguration$],
      2
    ];
    var KnowledgeBaseVectorSearchConfiguration$ = [
      3,
      n0,
      _KBVSC,
      0,
      [_nOR, _oST, _fil, _iFC, _rCer],
      [1, 0, [() => RetrievalFilter$, 0], [() => ImplicitFilterConfiguration$, 0], [() => VectorSearchRerankingConfiguration$, 0]]
    ];
    var LambdaGraderConfig$ = [
      3,
      n0,
      _LGC,
      0,
      [_lA],
      [0],
      1
    ];
    var LegalTerm$ = [
      3,
      n0,
      _LT,
      0,
      [_ur],
      [0]
    ];
    var ListAdvancedPromptOptimizationJobsRequest$ = [
      3,
      n0,
      _LAPOJR,
      0,
      [_mR, _nT, _sB, _sO],
      [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }], [0, { [_hQ]: _sB }], [0, { [_hQ]: _sO }]]
    ];
    var ListAdvancedPromptOptimizationJobsResponse$ = [
      3,
      n0,
      _LAPOJRi,
      0,
      [_jSo, _nT],
      [() => AdvancedPromptOptimizationJobSummaries, 0]
    ];
    var ListAutomatedReasoningPoliciesRequest$ = [
      3,
      n0,
      _LARPR,
      0,
      [_pA, _nT, _mR],
      [[0, { [_hQ]: _pA }], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]]
    ];
    var ListAutomatedReasoningPoliciesResponse$ = [
      3,
      n0,
      _LARPRi,
      0,
      [_aRPS, _nT],
      [[() => AutomatedReasoningPolicySummaries, 0], 0],
      1
    ];
    var ListAutomatedReasoningPolicyBuildWorkflowsRequest$ = [
      3,
      n0,
      _LARPBWR,
      0,
      [_pA, _nT, _mR],
      [[0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]],
      1
    ];
    var ListAutomatedReasoningPolicyBuildWorkflowsResponse$ = [
      3,
      n0,
      _LARPBWRi,
      0,
      [_aRPBWS, _nT],
      [() => AutomatedReasoningPolicyBuildWorkflowSummaries, 0],
      1
    ];
    var ListAutomatedReasoningPolicyTestCasesRequest$ = [
      3,
      n0,
      _LARPTCR,
      0,
      [_pA, _nT, _mR],
      [[0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]],
      1
    ];
    var ListAutomatedReasoningPolicyTestCasesResponse$ = [
      3,
      n0,
      _LARPTCRi,
      0,
      [_tCes, _nT],
      [[() => AutomatedReasoningPolicyTestCaseList, 0], 0],
      1
    ];
    var ListAutomatedReasoningPolicyTestResultsRequest$ = [
      3,
      n0,
      _LARPTRR,
      0,
      [_pA, _bWI, _nT, _mR],
      [[0, 1], [0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]],
      2
    ];
    var ListAutomatedReasoningPolicyTestResultsResponse$ = [
      3,
      n0,
      _LARPTRRi,
      0,
      [_tRe, _nT],
      [[() => AutomatedReasoningPolicyTestList, 0], 0],
      1
    ];
    var ListCustomModelDeploymentsRequest$ = [
      3,
      n0,
      _LCMDR,
      0,
      [_cBr, _cAr, _nC, _mR, _nT, _sB, _sO, _sEt, _mAE],
      [[5, { [_hQ]: _cBr }], [5, { [_hQ]: _cAr }], [0, { [_hQ]: _nC }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }], [0, { [_hQ]: _sB }], [0, { [_hQ]: _sO }], [0, { [_hQ]: _sEt }], [0, { [_hQ]: _mAE }]]
    ];
    var ListCustomModelDeploymentsResponse$ = [
      3,
      n0,
      _LCMDRi,
      0,
      [_nT, _mDSo],
      [0, () => CustomModelDeploymentSummaryList]
    ];
    var ListCustomModelsRequest$ = [
      3,
      n0,
      _LCMR,
      0,
      [_cTB, _cTA, _nC, _bMAE, _fMAE, _mR, _nT, _sB, _sO, _iO, _mSo],
      [[5, { [_hQ]: _cTB }], [5, { [_hQ]: _cTA }], [0, { [_hQ]: _nC }], [0, { [_hQ]: _bMAE }], [0, { [_hQ]: _fMAE }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }], [0, { [_hQ]: _sB }], [0, { [_hQ]: _sO }], [2, { [_hQ]: _iO }], [0, { [_hQ]: _mSo }]]
    ];
    var ListCustomModelsResponse$ = [
      3,
      n0,
      _LCMRi,
      0,
      [_nT, _mSod],
      [0, () => CustomModelSummaryList]
    ];
    var ListEnforcedGuardrailsConfigurationRequest$ = [
      3,
      n0,
      _LEGCR,
      0,
      [_nT],
      [[0, { [_hQ]: _nT }]]
    ];
    var ListEnforcedGuardrailsConfigurationResponse$ = [
      3,
      n0,
      _LEGCRi,
      0,
      [_gCua, _nT],
      [() => AccountEnforcedGuardrailsOutputConfiguration, 0],
      1
    ];
    var ListEvaluationJobsRequest$ = [
      3,
      n0,
      _LEJR,
      0,
      [_cTA, _cTB, _sEt, _aTE, _nC, _mR, _nT, _sB, _sO],
      [[5, { [_hQ]: _cTA }], [5, { [_hQ]: _cTB }], [0, { [_hQ]: _sEt }], [0, { [_hQ]: _aTE }], [0, { [_hQ]: _nC }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }], [0, { [_hQ]: _sB }], [0, { [_hQ]: _sO }]]
    ];
    var ListEvaluationJobsResponse$ = [
      3,
      n0,
      _LEJRi,
      0,
      [_nT, _jSo],
      [0, () => EvaluationSummaries]
    ];
    var ListFoundationModelAgreementOffersRequest$ = [
      3,
      n0,
      _LFMAOR,
      0,
      [_mIo, _oTf],
      [[0, 1], [0, { [_hQ]: _oTf }]],
      1
    ];
    var ListFoundationModelAgreementOffersResponse$ = [
      3,
      n0,
      _LFMAORi,
      0,
      [_mIo, _of],
      [0, () => Offers],
      2
    ];
    var ListFoundationModelsRequest$ = [
      3,
      n0,
      _LFMR,
      0,
      [_bP, _bCT, _bOMy, _bIT],
      [[0, { [_hQ]: _bP }], [0, { [_hQ]: _bCT }], [0, { [_hQ]: _bOMy }], [0, { [_hQ]: _bIT }]]
    ];
    var ListFoundationModelsResponse$ = [
      3,
      n0,
      _LFMRi,
      0,
      [_mSod],
      [() => FoundationModelSummaryList]
    ];
    var ListGuardrailsRequest$ = [
      3,
      n0,
      _LGR,
      0,
      [_gI, _mR, _nT],
      [[0, { [_hQ]: _gI }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]]
    ];
    var ListGuardrailsResponse$ = [
      3,
      n0,
      _LGRi,
      0,
      [_g, _nT],
      [[() => GuardrailSummaries, 0], 0],
      1
    ];
    var ListImportedModelsRequest$ = [
      3,
      n0,
      _LIMR,
      0,
      [_cTB, _cTA, _nC, _mR, _nT, _sB, _sO],
      [[5, { [_hQ]: _cTB }], [5, { [_hQ]: _cTA }], [0, { [_hQ]: _nC }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }], [0, { [_hQ]: _sB }], [0, { [_hQ]: _sO }]]
    ];
    var ListImportedModelsResponse$ = [
      3,
      n0,
      _LIMRi,
      0,
      [_nT, _mSod],
      [0, () => ImportedModelSummaryList]
    ];
    var ListInferenceProfilesRequest$ = [
      3,
      n0,
      _LIPR,
      0,
      [_mR, _nT, _tE],
      [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }], [0, { [_hQ]: _ty }]]
    ];
    var ListInferenceProfilesResponse$ = [
      3,
      n0,
      _LIPRi,
      0,
      [_iPS, _nT],
      [[() => InferenceProfileSummaries, 0], 0]
    ];
    var ListMarketplaceModelEndpointsRequest$ = [
      3,
      n0,
      _LMMER,
      0,
      [_mR, _nT, _mSE],
      [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }], [0, { [_hQ]: _mSI }]]
    ];
    var ListMarketplaceModelEndpointsResponse$ = [
      3,
      n0,
      _LMMERi,
      0,
      [_mMEa, _nT],
      [() => MarketplaceModelEndpointSummaries, 0]
    ];
    var ListModelCopyJobsRequest$ = [
      3,
      n0,
      _LMCJR,
      0,
      [_cTA, _cTB, _sEt, _sAE, _sMAE, _tMNC, _mR, _nT, _sB, _sO],
      [[5, { [_hQ]: _cTA }], [5, { [_hQ]: _cTB }], [0, { [_hQ]: _sEt }], [0, { [_hQ]: _sAE }], [0, { [_hQ]: _sMAE }], [0, { [_hQ]: _oMNC }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }], [0, { [_hQ]: _sB }], [0, { [_hQ]: _sO }]]
    ];
    var ListModelCopyJobsResponse$ = [
      3,
      n0,
      _LMCJRi,
      0,
      [_nT, _mCJS],
      [0, () => ModelCopyJobSummaries]
    ];
    var ListModelCustomizationJobsRequest$ = [
      3,
      n0,
      _LMCJRis,
      0,
      [_cTA, _cTB, _sEt, _nC, _mR, _nT, _sB, _sO],
      [[5, { [_hQ]: _cTA }], [5, { [_hQ]: _cTB }], [0, { [_hQ]: _sEt }], [0, { [_hQ]: _nC }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }], [0, { [_hQ]: _sB }], [0, { [_hQ]: _sO }]]
    ];
    var ListModelCustomizationJobsResponse$ = [
      3,
      n0,
      _LMCJRist,
      0,
      [_nT, _mCJSo],
      [0, () => ModelCustomizationJobSummaries]
    ];
    var ListModelImportJobsRequest$ = [
      3,
      n0,
      _LMIJR,
      0,
      [_cTA, _cTB, _sEt, _nC, _mR, _nT, _sB, _sO],
      [[5, { [_hQ]: _cTA }], [5, { [_hQ]: _cTB }], [0, { [_hQ]: _sEt }], [0, { [_hQ]: _nC }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }], [0, { [_hQ]: _sB }], [0, { [_hQ]: _sO }]]
    ];
    var ListModelImportJobsResponse$ = [
      3,
      n0,
      _LMIJRi,
      0,
      [_nT, _mIJS],
      [0, () => ModelImportJobSummaries]
    ];
    var ListModelInvocationJobsRequest$ = [
      3,
      n0,
      _LMIJRis,
      0,
      [_sTA, _sTB, _sEt, _nC, _mR, _nT, _sB, _sO],
      [[5, { [_hQ]: _sTA }], [5, { [_hQ]: _sTB }], [0, { [_hQ]: _sEt }], [0, { [_hQ]: _nC }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }], [0, { [_hQ]: _sB }], [0, { [_hQ]: _sO }]]
    ];
    var ListModelInvocationJobsResponse$ = [
      3,
      n0,
      _LMIJRist,
      0,
      [_nT, _iJS],
      [0, [() => ModelInvocationJobSummaries, 0]]
    ];
    var ListPromptRoutersRequest$ = [
      3,
      n0,
      _LPRR,
      0,
      [_mR, _nT, _ty],
      [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }], [0, { [_hQ]: _ty }]]
    ];
    var ListPromptRoutersResponse$ = [
      3,
      n0,
      _LPRRi,
      0,
      [_pRS, _nT],
      [[() => PromptRouterSummaries, 0], 0]
    ];
    var ListProvisionedModelThroughputsRequest$ = [
      3,
      n0,
      _LPMTR,
      0,
      [_cTA, _cTB, _sEt, _mAE, _nC, _mR, _nT, _sB, _sO],
      [[5, { [_hQ]: _cTA }], [5, { [_hQ]: _cTB }], [0, { [_hQ]: _sEt }], [0, { [_hQ]: _mAE }], [0, { [_hQ]: _nC }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }], [0, { [_hQ]: _sB }], [0, { [_hQ]: _sO }]]
    ];
    var ListProvisionedModelThroughputsResponse$ = [
      3,
      n0,
      _LPMTRi,
      0,
      [_nT, _pMS],
      [0, () => ProvisionedModelSummaries]
    ];
    var ListTagsForResourceRequest$ = [
      3,
      n0,
      _LTFRR,
      0,
      [_rARN],
      [0],
      1
    ];
    var ListTagsForResourceResponse$ = [
      3,
      n0,
      _LTFRRi,
      0,
      [_ta],
      [() => TagList]
    ];
    var LoggingConfig$ = [
      3,
      n0,
      _LC,
      0,
      [_cWC, _sC, _tDDE, _iDDE, _eDDE, _vDDE, _aDDE],
      [() => CloudWatchConfig$, () => S3Config$, 2, 2, 2, 2, 2]
    ];
    var MarketplaceModelEndpoint$ = [
      3,
      n0,
      _MME,
      0,
      [_eA, _mSI, _cA, _uA, _eCn, _eS, _st, _sM, _eSM],
      [0, 0, 5, 5, () => EndpointConfig$, 0, 0, 0, 0],
      6
    ];
    var MarketplaceModelEndpointSummary$ = [
      3,
      n0,
      _MMES,
      0,
      [_eA, _mSI, _cA, _uA, _st, _sM],
      [0, 0, 5, 5, 0, 0],
      4
    ];
    var MetadataAttributeSchema$ = [
      3,
      n0,
      _MAS,
      8,
      [_k, _ty, _d],
      [0, 0, 0],
      3
    ];
    var MetadataConfigurationForReranking$ = [
      3,
      n0,
      _MCFR,
      0,
      [_sMe, _sMC],
      [0, [() => RerankingMetadataSelectiveModeConfiguration$, 0]],
      1
    ];
    var ModelConfiguration$ = [
      3,
      n0,
      _MC,
      0,
      [_mIo, _iCn, _aMRF],
      [0, () => InferenceConfiguration$, 128 | 15],
      1
    ];
    var ModelCopyJobSummary$ = [
      3,
      n0,
      _MCJS,
      0,
      [_jA, _st, _cT, _tMA, _sAI, _sMA, _tMN, _tMKKA, _tMT, _fMa, _sMN],
      [0, 0, 5, 0, 0, 0, 0, 0, () => TagList, 0, 0],
      6
    ];
    var ModelCustomizationJobSummary$ = [
      3,
      n0,
      _MCJSo,
      0,
      [_jA, _bMA, _jN, _st, _cT, _sD, _lMT, _eT, _cMA, _cMN, _cTu],
      [0, 0, 0, 0, 5, () => StatusDetails$, 5, 5, 0, 0, 0],
      5
    ];
    var ModelEnforcement$ = [
      3,
      n0,
      _ME,
      0,
      [_iMn, _eMx],
      [64 | 0, 64 | 0],
      2
    ];
    var ModelImportJobSummary$ = [
      3,
      n0,
      _MIJS,
      0,
      [_jA, _jN, _st, _cT, _lMT, _eT, _iMA, _iMN],
      [0, 0, 0, 5, 5, 5, 0, 0],
      4
    ];
    var ModelInvocationJobS3InputDataConfig$ = [
      3,
      n0,
      _MIJSIDC,
      0,
      [_sU, _sIF, _sBO],
      [0, 0, 0],
      1
    ];
    var ModelInvocationJobS3OutputDataConfig$ = [
      3,
      n0,
      _MIJSODC,
      0,
      [_sU, _sEKI, _sBO],
      [0, 0, 0],
      1
    ];
    var ModelInvocationJobSummary$ = [
      3,
      n0,
      _MIJSo,
      0,
      [_jA, _jN, _mIo, _rA, _sTu, _iDC, _oDC, _cRT, _st, _m, _lMT, _eT, _vCp, _tDIH, _jET, _mIT, _tRC, _pRC, _sRC, _eRC],
      [0, 0, 0, 0, 5, () => ModelInvocationJobInputDataConfig$, () => ModelInvocationJobOutputDataConfig$, 0, 0, [() => Message, 0], 5, 5, () => VpcConfig$, 1, 5, 0, 1, 1, 1, 1],
      7
    ];
    var ModelPackageArnDataSource$ = [
      3,
      n0,
      _MPADS,
      0,
      [_mPA],
      [0],
      1
    ];
    var Offer$ = [
      3,
      n0,
      _O,
      0,
      [_oT, _tD, _oI],
      [0, () => TermDetails$, 0],
      2
    ];
    var OrchestrationConfiguration$ = [
      3,
      n0,
      _OC,
      0,
      [_qTC],
      [() => QueryTransformationConfiguration$],
      1
    ];
    var OutputDataConfig$ = [
      3,
      n0,
      _ODC,
      0,
      [_sU],
      [0],
      1
    ];
    var PerformanceConfiguration$ = [
      3,
      n0,
      _PC,
      0,
      [_la],
      [0]
    ];
    var PricingTerm$ = [
      3,
      n0,
      _PT,
      0,
      [_rCa],
      [() => RateCard],
      1
    ];
    var PromptRouterSummary$ = [
      3,
      n0,
      _PRS,
      0,
      [_pRN, _rCo, _pRA, _mo, _fM, _st, _ty, _d, _cA, _uA],
      [0, () => RoutingCriteria$, 0, () => PromptRouterTargetModels, () => PromptRouterTargetModel$, 0, 0, [() => PromptRouterDescription, 0], 5, 5],
      7
    ];
    var PromptRouterTargetModel$ = [
      3,
      n0,
      _PRTM,
      0,
      [_mA],
      [0],
      1
    ];
    var PromptTemplate$ = [
      3,
      n0,
      _PTr,
      0,
      [_tPT],
      [[() => TextPromptTemplate, 0]]
    ];
    var ProvisionedModelSummary$ = [
      3,
      n0,
      _PMS,
      0,
      [_pMN, _pMA, _mA, _dMA, _fMA, _mU, _dMU, _st, _cT, _lMT, _cD, _cET],
      [0, 0, 0, 0, 0, 1, 1, 0, 5, 5, 0, 5],
      10
    ];
    var PutAccountDataRetentionRequest$ = [
      3,
      n0,
      _PADRR,
      0,
      [_mod],
      [0],
      1
    ];
    var PutAccountDataRetentionResponse$ = [
      3,
      n0,
      _PADRRu,
      0,
      [_mod, _uA],
      [0, 5],
      1
    ];
    var PutEnforcedGuardrailConfigurationRequest$ = [
      3,
      n0,
      _PEGCR,
      0,
      [_gIC, _cI],
      [() => AccountEnforcedGuardrailInferenceInputConfiguration$, 0],
      1
    ];
    var PutEnforcedGuardrailConfigurationResponse$ = [
      3,
      n0,
      _PEGCRu,
      0,
      [_cI, _uA, _uB],
      [0, 5, 0]
    ];
    var PutModelInvocationLoggingConfigurationRequest$ = [
      3,
      n0,
      _PMILCR,
      0,
      [_lC],
      [() => LoggingConfig$],
      1
    ];
    var PutModelInvocationLoggingConfigurationResponse$ = [
      3,
      n0,
      _PMILCRu,
      0,
      [],
      []
    ];
    var PutResourcePolicyRequest$ = [
      3,
      n0,
      _PRPR,
      0,
      [_rAe, _rP],
      [0, 0],
      2
    ];
    var PutResourcePolicyResponse$ = [
      3,
      n0,
      _PRPRu,
      0,
      [_rAe],
      [0]
    ];
    var PutUseCaseForModelAccessRequest$ = [
      3,
      n0,
      _PUCFMAR,
      0,
      [_fD],
      [21],
      1
    ];
    var PutUseCaseForModelAccessResponse$ = [
      3,
      n0,
      _PUCFMARu,
      0,
      [],
      []
    ];
    var QueryTransformationConfiguration$ = [
      3,
      n0,
      _QTC,
      0,
      [_ty],
      [0],
      1
    ];
    var RatingScaleItem$ = [
      3,
      n0,
      _RSI,
      0,
      [_de, _va],
      [0, () => RatingScaleItemValue$],
      2
    ];
    var RegisterMarketplaceModelEndpointRequest$ = [
      3,
      n0,
      _RMMER,
      0,
      [_eI, _mSI],
      [[0, 1], 0],
      2
    ];
    var RegisterMarketplaceModelEndpointResponse$ = [
      3,
      n0,
      _RMMERe,
      0,
      [_mME],
      [() => MarketplaceModelEndpoint$],
      1
    ];
    var RequestMetadataBaseFilters$ = [
      3,
      n0,
      _RMBF,
      0,
      [_eq, _nE],
      [[() => RequestMetadataMap, 0], [() => RequestMetadataMap, 0]]
    ];
    var RetrieveAndGenerateConfiguration$ = [
      3,
      n0,
      _RAGC,
      0,
      [_ty, _kBC, _eSC],
      [0, [() => KnowledgeBaseRetrieveAndGenerateConfiguration$, 0], [() => ExternalSourcesRetrieveAndGenerateConfiguration$, 0]],
      1
    ];
    var RetrieveConfig$ = [
      3,
      n0,
      _RC,
      0,
      [_kBI, _kBRC],
      [0, [() => KnowledgeBaseRetrievalConfiguration$, 0]],
      2
    ];
    var RFTConfig$ = [
      3,
      n0,
      _RFTC,
      0,
      [_gCr, _hP],
      [() => GraderConfig$, () => RFTHyperParameters$]
    ];
    var RFTHyperParameters$ = [
      3,
      n0,
      _RFTHP,
      0,
      [_eCp, _bSa, _lR, _mPL, _tSPP, _iMTn, _rE, _eIv],
      [1, 1, 1, 1, 1, 1, 0, 1]
    ];
    var RoutingCriteria$ = [
      3,
      n0,
      _RCo,
      0,
      [_rQD],
      [1],
      1
    ];
    var S3Config$ = [
      3,
      n0,
      _SC,
      0,
      [_bN, _kP],
      [0, 0],
      1
    ];
    var S3DataSource$ = [
      3,
      n0,
      _SDS,
      0,
      [_sU],
      [0],
      1
    ];
    var S3ObjectDoc$ = [
      3,
      n0,
      _SOD,
      0,
      [_uri],
      [0],
      1
    ];
    var SageMakerEndpoint$ = [
      3,
      n0,
      _SME,
      0,
      [_iIC, _iTn, _eRx, _kEK, _vp],
      [1, 0, 0, 0, () => VpcConfig$],
      3
    ];
    var SelectiveContentGuarding$ = [
      3,
      n0,
      _SCG,
      0,
      [_sy, _me],
      [0, 0]
    ];
    var StartAutomatedReasoningPolicyBuildWorkflowRequest$ = [
      3,
      n0,
      _SARPBWR,
      0,
      [_pA, _bWT, _sCo, _cRT],
      [[0, 1], [0, 1], [() => AutomatedReasoningPolicyBuildWorkflowSource$, 16], [0, { [_hH]: _xact, [_iTd]: 1 }]],
      3
    ];
    var StartAutomatedReasoningPolicyBuildWorkflowResponse$ = [
      3,
      n0,
      _SARPBWRt,
      0,
      [_pA, _bWI],
      [0, 0],
      2
    ];
    var StartAutomatedReasoningPolicyTestWorkflowRequest$ = [
      3,
      n0,
      _SARPTWR,
      0,
      [_pA, _bWI, _tCIe, _cRT],
      [[0, 1], [0, 1], 64 | 0, [0, 4]],
      2
    ];
    var StartAutomatedReasoningPolicyTestWorkflowResponse$ = [
      3,
      n0,
      _SARPTWRt,
      0,
      [_pA],
      [0],
      1
    ];
    var StatusDetails$ = [
      3,
      n0,
      _SD,
      0,
      [_vD, _dPD, _tDr],
      [() => ValidationDetails$, () => DataProcessingDetails$, () => TrainingDetails$]
    ];
    var StopAdvancedPromptOptimizationJobRequest$ = [
      3,
      n0,
      _SAPOJR,
      0,
      [_jI],
      [[0, 1]],
      1
    ];
    var StopAdvancedPromptOptimizationJobResponse$ = [
      3,
      n0,
      _SAPOJRt,
      0,
      [],
      []
    ];
    var StopEvaluationJobRequest$ = [
      3,
      n0,
      _SEJR,
      0,
      [_jI],
      [[() => EvaluationJobIdentifier, 1]],
      1
    ];
    var StopEvaluationJobResponse$ = [
      3,
      n0,
      _SEJRt,
      0,
      [],
      []
    ];
    var StopModelCustomizationJobRequest$ = [
      3,
      n0,
      _SMCJR,
      0,
      [_jI],
      [[0, 1]],
      1
    ];
    var StopModelCustomizationJobResponse$ = [
      3,
      n0,
      _SMCJRt,
      0,
      [],
      []
    ];
    var StopModelInvocationJobRequest$ = [
      3,
      n0,
      _SMIJR,
      0,
      [_jI],
      [[0, 1]],
      1
    ];
    var StopModelInvocationJobResponse$ = [
      3,
      n0,
      _SMIJRt,
      0,
      [],
      []
    ];
    var SupportTerm$ = [
      3,
      n0,
      _ST,
      0,
      [_rPD],
      [0]
    ];
    var Tag$ = [
      3,
      n0,
      _T,
      0,
      [_k, _va],
      [0, 0],
      2
    ];
    var TagResourceRequest$ = [
      3,
      n0,
      _TRR,
      0,
      [_rARN, _ta],
      [0, () => TagList],
      2
    ];
    var TagResourceResponse$ = [
      3,
      n0,
      _TRRa,
      0,
      [],
      []
    ];
    var TeacherModelConfig$ = [
      3,
      n0,
      _TMC,
      0,
      [_tMI, _mRLFI],
      [0, 1],
      1
    ];
    var TermDetails$ = [
      3,
      n0,
      _TD,
      0,
      [_uBPT, _lTeg, _sTup, _vT],
      [() => PricingTerm$, () => LegalTerm$, () => SupportTerm$, () => ValidityTerm$],
      3
    ];
    var TextInferenceConfig$ = [
      3,
      n0,
      _TIC,
      0,
      [_tem, _tPo, _mTa, _sS],
      [1, 1, 1, 64 | 0]
    ];
    var TrainingDataConfig$ = [
      3,
      n0,
      _TDC,
      0,
      [_sU, _iLC],
      [0, [() => InvocationLogsConfig$, 0]]
    ];
    var TrainingDetails$ = [
      3,
      n0,
      _TDr,
      0,
      [_st, _cT, _lMT],
      [0, 5, 5]
    ];
    var TrainingMetrics$ = [
      3,
      n0,
      _TM,
      0,
      [_tL],
      [1]
    ];
    var UntagResourceRequest$ = [
      3,
      n0,
      _URR,
      0,
      [_rARN, _tK],
      [0, 64 | 0],
      2
    ];
    var UntagResourceResponse$ = [
      3,
      n0,
      _URRn,
      0,
      [],
      []
    ];
    var UpdateAutomatedReasoningPolicyAnnotationsRequest$ = [
      3,
      n0,
      _UARPAR,
      0,
      [_pA, _bWI, _an, _lUASH],
      [[0, 1], [0, 1], [() => AutomatedReasoningPolicyAnnotationList, 0], 0],
      4
    ];
    var UpdateAutomatedReasoningPolicyAnnotationsResponse$ = [
      3,
      n0,
      _UARPARp,
      0,
      [_pA, _bWI, _aSH, _uA],
      [0, 0, 0, 5],
      4
    ];
    var UpdateAutomatedReasoningPolicyRequest$ = [
      3,
      n0,
      _UARPR,
      0,
      [_pA, _pD, _n, _d],
      [[0, 1], [() => AutomatedReasoningPolicyDefinition$, 0], [() => AutomatedReasoningPolicyName, 0], [() => AutomatedReasoningPolicyDescription, 0]],
      2
    ];
    var UpdateAutomatedReasoningPolicyResponse$ = [
      3,
      n0,
      _UARPRp,
      0,
      [_pA, _n, _dHe, _uA],
      [0, [() => AutomatedReasoningPolicyName, 0], 0, 5],
      4
    ];
    var UpdateAutomatedReasoningPolicyTestCaseRequest$ = [
      3,
      n0,
      _UARPTCR,
      0,
      [_pA, _tCI, _gC, _lUA, _eAFR, _qC, _cTo, _cRT],
      [[0, 1], [0, 1], [() => AutomatedReasoningPolicyTestGuardContent, 0], 5, 0, [() => AutomatedReasoningPolicyTestQueryContent, 0], 1, [0, 4]],
      5
    ];
    var UpdateAutomatedReasoningPolicyTestCaseResponse$ = [
      3,
      n0,
      _UARPTCRp,
      0,
      [_pA, _tCI],
      [0, 0],
      2
    ];
    var UpdateCustomModelDeploymentRequest$ = [
      3,
      n0,
      _UCMDR,
      0,
      [_mA, _cMDI],
      [0, [0, 1]],
      2
    ];
    var UpdateCustomModelDeploymentResponse$ = [
      3,
      n0,
      _UCMDRp,
      0,
      [_cMDA],
      [0],
      1
    ];
    var UpdateGuardrailRequest$ = [
      3,
      n0,
      _UGR,
      0,
      [_gI, _n, _bIM, _bOM, _d, _tPC, _cPC, _wPC, _sIPC, _cGPC, _aRPC, _cRC, _kKI],
      [[0, 1], [() => GuardrailName, 0], [() => GuardrailBlockedMessaging, 0], [() => GuardrailBlockedMessaging, 0], [() => GuardrailDescription, 0], [() => GuardrailTopicPolicyConfig$, 0], [() => GuardrailContentPolicyConfig$, 0], [() => GuardrailWordPolicyConfig$, 0], () => GuardrailSensitiveInformationPolicyConfig$, [() => GuardrailContextualGroundingPolicyConfig$, 0], () => GuardrailAutomatedReasoningPolicyConfig$, () => GuardrailCrossRegionConfig$, 0],
      4
    ];
    var UpdateGuardrailResponse$ = [
      3,
      n0,
      _UGRp,
      0,
      [_gIu, _gA, _ve, _uA],
      [0, 0, 0, 5],
      4
    ];
    var UpdateMarketplaceModelEndpointRequest$ = [
      3,
      n0,
      _UMMER,
      0,
      [_eA, _eCn, _cRT],
      [[0, 1], () => EndpointConfig$, [0, 4]],
      2
    ];
    var UpdateMarketplaceModelEndpointResponse$ = [
      3,
      n0,
      _UMMERp,
      0,
      [_mME],
      [() => MarketplaceModelEndpoint$],
      1
    ];
    var UpdateProvisionedModelThroughputRequest$ = [
      3,
      n0,
      _UPMTR,
      0,
      [_pMI, _dPMN, _dMI],
      [[0, 1], 0, 0],
      1
    ];
    var UpdateProvisionedModelThroughputResponse$ = [
      3,
      n0,
      _UPMTRp,
      0,
      [],
      []
    ];
    var ValidationDataConfig$ = [
      3,
      n0,
      _VDC,
      0,
      [_val],
      [() => Validators],
      1
    ];
    var ValidationDetails$ = [
      3,
      n0,
      _VD,
      0,
      [_st, _cT, _lMT],
      [0, 5, 5]
    ];
    var Validator$ = [
      3,
      n0,
      _V,
      0,
      [_sU],
      [0],
      1
    ];
    var ValidatorMetric$ = [
      3,
      n0,
      _VM,
      0,
      [_vL],
      [1]
    ];
    var ValidityTerm$ = [
      3,
      n0,
      _VT,
      0,
      [_aD],
      [0]
    ];
    var VectorSearchBedrockRerankingConfiguration$ = [
      3,
      n0,
      _VSBRC,
      0,
      [_mCo, _nORR, _mCe],
      [() => VectorSearchBedrockRerankingModelConfiguration$, 1, [() => MetadataConfigurationForReranking$, 0]],
      1
    ];
    var VectorSearchBedrockRerankingModelConfiguration$ = [
      3,
      n0,
      _VSBRMC,
      0,
      [_mA, _aMRF],
      [0, 128 | 15],
      1
    ];
    var VectorSearchRerankingConfiguration$ = [
      3,
      n0,
      _VSRC,
      0,
      [_ty, _bRC],
      [0, [() => VectorSearchBedrockRerankingConfiguration$, 0]],
      1
    ];
    var VpcConfig$ = [
      3,
      n0,
      _VC,
      0,
      [_sIu, _sGI],
      [64 | 0, 64 | 0],
      2
    ];
    var AccountEnforcedGuardrailsOutputConfiguration = [
      1,
      n0,
      _AEGOCc,
      0,
      () => AccountEnforcedGuardrailOutputConfiguration$
    ];
    var AdvancedPromptOptimizationJobSummaries = [
      1,
      n0,
      _APOJSd,
      0,
      () => AdvancedPromptOptimizationJobSummary$
    ];
    var AutomatedEvaluationCustomMetrics = [
      1,
      n0,
      _AECM,
      0,
      [
        () => AutomatedEvaluationCustomMetricSource$,
        0
      ]
    ];
    var AutomatedReasoningCheckDifferenceScenarioList = [
      1,
      n0,
      _ARCDSL,
      0,
      [
        () => AutomatedReasoningCheckScenario$,
        0
      ]
    ];
    var AutomatedReasoningCheckFindingList = [
      1,
      n0,
      _ARCFL,
      0,
      [
        () => AutomatedReasoningCheckFinding$,
        0
      ]
    ];
    var AutomatedReasoningCheckInputTextReferenceList = [
      1,
      n0,
      _ARCITRL,
      0,
      [
        () => AutomatedReasoningCheckInputTextReference$,
        0
      ]
    ];
    var AutomatedReasoningCheckRuleList = [
      1,
      n0,
      _ARCRL,
      0,
      () => AutomatedReasoningCheckRule$
    ];
    var AutomatedReasoningCheckTranslationList = [
      1,
      n0,
      _ARCTL,
      0,
      [
        () => AutomatedReasoningCheckTranslation$,
        0
      ]
    ];
    var AutomatedReasoningCheckTranslationOptionList = [
      1,
      n0,
      _ARCTOL,
      0,
      [
        () => AutomatedReasoningCheckTranslationOption$,
        0
      ]
    ];
    var AutomatedReasoningLogicStatementList = [
      1,
      n0,
      _ARLSL,
      0,
      [
        () => AutomatedReasoningLogicStatement$,
        0
      ]
    ];
    var AutomatedReasoningPolicyAnnotatedChunkList = [
      1,
      n0,
      _ARPACL,
      0,
      [
        () => AutomatedReasoningPolicyAnnotatedChunk$,
        0
      ]
    ];
    var AutomatedReasoningPolicyAnnotatedContentList = [
      1,
      n0,
      _ARPACLu,
      0,
      [
        () => AutomatedReasoningPolicyAnnotatedContent$,
        0
      ]
    ];
    var AutomatedReasoningPolicyAnnotationList = [
      1,
      n0,
      _ARPALu,
      0,
      [
        () => AutomatedReasoningPolicyAnnotation$,
        0
      ]
    ];
    var AutomatedReasoningPolicyAtomicStatementList = [
      1,
      n0,
      _ARPASL,
      0,
      [
        () => AutomatedReasoningPolicyAtomicStatement$,
        0
      ]
    ];
    var AutomatedReasoningPolicyBuildLogEntryList = [
      1,
      n0,
      _ARPBLEL,
      0,
      [
        () => AutomatedReasoningPolicyBuildLogEntry$,
        0
      ]
    ];
    var AutomatedReasoningPolicyBuildResultAssetManifestList = [
      1,
      n0,
      _ARPBRAML,
      0,
      [
        () => AutomatedReasoningPolicyBuildResultAssetManifestEntry$,
        0
      ]
    ];
    var AutomatedReasoningPolicyBuildStepList = [
      1,
      n0,
      _ARPBSL,
      0,
      [
        () => AutomatedReasoningPolicyBuildStep$,
        0
      ]
    ];
    var AutomatedReasoningPolicyBuildStepMessageList = [
      1,
      n0,
      _ARPBSML,
      0,
      () => AutomatedReasoningPolicyBuildStepMessage$
    ];
    var AutomatedReasoningPolicyBuildWorkflowDocumentList = [
      1,
      n0,
      _ARPBWDL,
      0,
      [
        () => AutomatedReasoningPolicyBuildWorkflowDocument$,
        0
      ]
    ];
    var AutomatedReasoningPolicyBuildWorkflowSummaries = [
      1,
      n0,
      _ARPBWSut,
      0,
      () => AutomatedReasoningPolicyBuildWorkflowSummary$
    ];
    var AutomatedReasoningPolicyDefinitionRuleList = [
      1,
      n0,
      _ARPDRL,
      0,
      [
        () => AutomatedReasoningPolicyDefinitionRule$,
        0
      ]
    ];
    var AutomatedReasoningPolicyDefinitionTypeList = [
      1,
      n0,
      _ARPDTL,
      0,
      [
        () => AutomatedReasoningPolicyDefinitionType$,
        0
      ]
    ];
    var AutomatedReasoningPolicyDefinitionTypeNameList = [
      1,
      n0,
      _ARPDTNL,
      0,
      [
        () => AutomatedReasoningPolicyDefinitionTypeName,
        0
      ]
    ];
    var AutomatedReasoningPolicyDefinitionTypeValueList = [
      1,
      n0,
      _ARPDTVL,
      0,
      [
        () => AutomatedReasoningPolicyDefinitionTypeValue$,
        0
      ]
    ];
    var AutomatedReasoningPolicyDefinitionTypeValuePairList = [
      1,
      n0,
      _ARPDTVPL,
      0,
      [
        () => AutomatedReasoningPolicyDefinitionTypeValuePair$,
        0
      ]
    ];
    var AutomatedReasoningPolicyDefinitionVariableList = [
      1,
      n0,
      _ARPDVL,
      0,
      [
        () => AutomatedReasoningPolicyDefinitionVariable$,
        0
      ]
    ];
    var AutomatedReasoningPolicyDefinitionVariableNameList = [
      1,
      n0,
      _ARPDVNL,
      0,
      [
        () => AutomatedReasoningPolicyDefinitionVariableName,
        0
      ]
    ];
    var AutomatedReasoningPolicyDisjointRuleSetList = [
      1,
      n0,
      _ARPDRSL,
      0,
      [
        () => AutomatedReasoningPolicyDisjointRuleSet$,
        0
      ]
    ];
    var AutomatedReasoningPolicyGeneratedTestCaseList = [
      1,
      n0,
      _ARPGTCL,
      0,
      [
        () => AutomatedReasoningPolicyGeneratedTestCase$,
        0
      ]
    ];
    var AutomatedReasoningPolicyGenerateFidelityReportDocumentList = [
      1,
      n0,
      _ARPGFRDL,
      0,
      [
        () => AutomatedReasoningPolicyBuildWorkflowDocument$,
        0
      ]
    ];
    var AutomatedReasoningPolicyIterativeRefinementDocumentList = [
      1,
      n0,
      _ARPIRDL,
      0,
      [
        () => AutomatedReasoningPolicyBuildWorkflowDocument$,
        0
      ]
    ];
    var AutomatedReasoningPolicyJustificationList = [
      1,
      n0,
      _ARPJL,
      0,
      [
        () => AutomatedReasoningPolicyJustificationText,
        0
      ]
    ];
    var AutomatedReasoningPolicyReportSourceDocumentList = [
      1,
      n0,
      _ARPRSDL,
      0,
      [
        () => AutomatedReasoningPolicyReportSourceDocument$,
        0
      ]
    ];
    var AutomatedReasoningPolicyScenarioList = [
      1,
      n0,
      _ARPSLu,
      0,
      [
        () => AutomatedReasoningPolicyScenario$,
        0
      ]
    ];
    var AutomatedReasoningPolicyStatementReferenceList = [
      1,
      n0,
      _ARPSRL,
      0,
      () => AutomatedReasoningPolicyStatementReference$
    ];
    var AutomatedReasoningPolicySummaries = [
      1,
      n0,
      _ARPSuto,
      0,
      [
        () => AutomatedReasoningPolicySummary$,
        0
      ]
    ];
    var AutomatedReasoningPolicyTestCaseList = [
      1,
      n0,
      _ARPTCL,
      0,
      [
        () => AutomatedReasoningPolicyTestCase$,
        0
      ]
    ];
    var AutomatedReasoningPolicyTestList = [
      1,
      n0,
      _ARPTL,
      0,
      [
        () => AutomatedReasoningPolicyTestResult$,
        0
      ]
    ];
    var AutomatedReasoningPolicyTypeValueAnnotationList = [
      1,
      n0,
      _ARPTVAL,
      0,
      [
        () => AutomatedReasoningPolicyTypeValueAnnotation$,
        0
      ]
    ];
    var BatchDeleteAdvancedPromptOptimizationJobErrors = [
      1,
      n0,
      _BDAPOJEa,
      0,
      () => BatchDeleteAdvancedPromptOptimizationJobError$
    ];
    var BatchDeleteAdvancedPromptOptimizationJobItems = [
      1,
      n0,
      _BDAPOJIa,
      0,
      () => BatchDeleteAdvancedPromptOptimizationJobItem$
    ];
    var BatchDeleteEvaluationJobErrors = [
      1,
      n0,
      _BDEJEa,
      0,
      [
        () => BatchDeleteEvaluationJobError$,
        0
      ]
    ];
    var BatchDeleteEvaluationJobItems = [
      1,
      n0,
      _BDEJIa,
      0,
      [
        () => BatchDeleteEvaluationJobItem$,
        0
      ]
    ];
    var BedrockEvaluatorModels = [
      1,
      n0,
      _BEMe,
      0,
      () => BedrockEvaluatorModel$
    ];
    var CustomMetricBedrockEvaluatorModels = [
      1,
      n0,
      _CMBEMu,
      0,
      () => CustomMetricBedrockEvaluatorModel$
    ];
    var CustomModelDeploymentSummaryList = [
      1,
      n0,
      _CMDSL,
      0,
      () => CustomModelDeploymentSummary$
    ];
    var CustomModelSummaryList = [
      1,
      n0,
      _CMSL,
      0,
      () => CustomModelSummary$
    ];
    var EvaluationDatasetMetricConfigs = [
      1,
      n0,
      _EDMCv,
      0,
      [
        () => EvaluationDatasetMetricConfig$,
        0
      ]
    ];
    var EvaluationJobIdentifiers = [
      1,
      n0,
      _EJIv,
      0,
      [
        () => EvaluationJobIdentifier,
        0
      ]
    ];
    var EvaluationMetricNames = [
      1,
      n0,
      _EMNv,
      0,
      [
        () => EvaluationMetricName,
        0
      ]
    ];
    var EvaluationModelConfigs = [
      1,
      n0,
      _EMC,
      0,
      [
        () => EvaluationModelConfig$,
        0
      ]
    ];
    var EvaluationSummaries = [
      1,
      n0,
      _ESv,
      0,
      () => EvaluationSummary$
    ];
    var ExternalSources = [
      1,
      n0,
      _ESxt,
      0,
      [
        () => ExternalSource$,
        0
      ]
    ];
    var FieldsForReranking = [
      1,
      n0,
      _FFRi,
      8,
      () => FieldForReranking$
    ];
    var FoundationModelSummaryList = [
      1,
      n0,
      _FMSL,
      0,
      () => FoundationModelSummary$
    ];
    var GuardrailContentFilters = [
      1,
      n0,
      _GCFu,
      0,
      [
        () => GuardrailContentFilter$,
        0
      ]
    ];
    var GuardrailContentFiltersConfig = [
      1,
      n0,
      _GCFCu,
      0,
      [
        () => GuardrailContentFilterConfig$,
        0
      ]
    ];
    var GuardrailContextualGroundingFilters = [
      1,
      n0,
      _GCGFu,
      0,
      [
        () => GuardrailContextualGroundingFilter$,
        0
      ]
    ];
    var GuardrailContextualGroundingFiltersConfig = [
      1,
      n0,
      _GCGFCu,
      0,
      [
        () => GuardrailContextualGroundingFilterConfig$,
        0
      ]
    ];
    var GuardrailFailureRecommendations = [
      1,
      n0,
      _GFRu,
      0,
      [
        () => GuardrailFailureRecommendation,
        0
      ]
    ];
    var GuardrailManagedWordLists = [
      1,
      n0,
      _GMWL,
      0,
      [
        () => GuardrailManagedWords$,
        0
      ]
    ];
    var GuardrailManagedWordListsConfig = [
      1,
      n0,
      _GMWLC,
      0,
      [
        () => GuardrailManagedWordsConfig$,
        0
      ]
    ];
    var GuardrailModalities = [
      1,
      n0,
      _GMu,
      0,
      [
        () => GuardrailModality$1,
        0
      ]
    ];
    var GuardrailPiiEntities = [
      1,
      n0,
      _GPEu,
      0,
      () => GuardrailPiiEntity$
    ];
    var GuardrailPiiEntitiesConfig = [
      1,
      n0,
      _GPECu,
      0,
      () => GuardrailPiiEntityConfig$
    ];
    var GuardrailRegexes = [
      1,
      n0,
      _GRu,
      0,
      () => GuardrailRegex$
    ];
    var GuardrailRegexesConfig = [
      1,
      n0,
      _GRCu,
      0,
      () => GuardrailRegexConfig$
    ];
    var GuardrailStatusReasons = [
      1,
      n0,
      _GSRu,
      0,
      [
        () => GuardrailStatusReason,
        0
      ]
    ];
    var GuardrailSummaries = [
      1,
      n0,
      _GSu,
      0,
      [
        () => GuardrailSummary$,
        0
      ]
    ];
    var GuardrailTopicExamples = [
      1,
      n0,
      _GTEu,
      0,
      [
        () => GuardrailTopicExample,
        0
      ]
    ];
    var GuardrailTopics = [
      1,
      n0,
      _GTu,
      0,
      [
        () => GuardrailTopic$,
        0
      ]
    ];
    var GuardrailTopicsConfig = [
      1,
      n0,
      _GTCu,
      0,
      [
        () => GuardrailTopicConfig$,
        0
      ]
    ];
    var GuardrailWords = [
      1,
      n0,
      _GWu,
      0,
      [
        () => GuardrailWord$,
        0
      ]
    ];
    var GuardrailWordsConfig = [
      1,
      n0,
      _GWCu,
      0,
      [
        () => GuardrailWordConfig$,
        0
      ]
    ];
    var HumanEvaluationCustomMetrics = [
      1,
      n0,
      _HECMu,
      0,
      [
        () => HumanEvaluationCustomMetric$,
        0
      ]
    ];
    var ImportedModelSummaryList = [
      1,
      n0,
      _IMSL,
      0,
      () => ImportedModelSummary$
    ];
    var InferenceProfileModels = [
      1,
      n0,
      _IPMn,
      0,
      () => InferenceProfileModel$
    ];
    var InferenceProfileSummaries = [
      1,
      n0,
      _IPSn,
      0,
      [
        () => InferenceProfileSummary$,
        0
      ]
    ];
    var MarketplaceModelEndpointSummaries = [
      1,
      n0,
      _MMESa,
      0,
      () => MarketplaceModelEndpointSummary$
    ];
    var MetadataAttributeSchemaList = [
      1,
      n0,
      _MASL,
      0,
      [
        () => MetadataAttributeSchema$,
        0
      ]
    ];
    var ModelConfigurations = [
      1,
      n0,
      _MCo,
      0,
      () => ModelConfiguration$
    ];
    var ModelCopyJobSummaries = [
      1,
      n0,
      _MCJSod,
      0,
      () => ModelCopyJobSummary$
    ];
    var ModelCustomizationJobSummaries = [
      1,
      n0,
      _MCJSode,
      0,
      () => ModelCustomizationJobSummary$
    ];
    var ModelImportJobSummaries = [
      1,
      n0,
      _MIJSod,
      0,
      () => ModelImportJobSummary$
    ];
    var ModelInvocationJobSummaries = [
      1,
      n0,
      _MIJSode,
      0,
      [
        () => ModelInvocationJobSummary$,
        0
      ]
    ];
    var Offers = [
      1,
      n0,
      _Of,
      0,
      () => Offer$
    ];
    var PromptRouterSummaries = [
      1,
      n0,
      _PRSr,
      0,
      [
        () => PromptRouterSummary$,
        0
      ]
    ];
    var PromptRouterTargetModels = [
      1,
      n0,
      _PRTMr,
      0,
      () => PromptRouterTargetModel$
    ];
    var ProvisionedModelSummaries = [
      1,
      n0,
      _PMSr,
      0,
      () => ProvisionedModelSummary$
    ];
    var RagConfigs = [
      1,
      n0,
      _RCa,
      0,
      [
        () => RAGConfig$,
        0
      ]
    ];
    var RateCard = [
      1,
      n0,
      _RCat,
      0,
      () => DimensionalPriceRate$
    ];
    var RatingScale = [
      1,
      n0,
      _RS,
      0,
      () => RatingScaleItem$
    ];
    var RequestMetadataFiltersList = [
      1,
      n0,
      _RMFL,
      0,
      [
        () => RequestMetadataBaseFilters$,
        0
      ]
    ];
    var RetrievalFilterList = [
      1,
      n0,
      _RFL,
      0,
      [
        () => RetrievalFilter$,
        0
      ]
    ];
    var TagList = [
      1,
      n0,
      _TL,
      0,
      () => Tag$
    ];
    var ValidationMetrics = [
      1,
      n0,
      _VMa,
      0,
      () => ValidatorMetric$
    ];
    var Validators = [
      1,
      n0,
      _Va,
      0,
      () => Validator$
    ];
    var AutomatedReasoningPolicyRuleReportMap = [
      2,
      n0,
      _ARPRRM,
      0,
      [
        0,
        0
      ],
      [
        () => AutomatedReasoningPolicyRuleReport$,
        0
      ]
    ];
    var AutomatedReasoningPolicyVariableReportMap = [
      2,
      n0,
      _ARPVRM,
      0,
      [
        () => AutomatedReasoningPolicyDefinitionVariableName,
        0
      ],
      [
        () => AutomatedReasoningPolicyVariableReport$,
        0
      ]
    ];
    var RequestMetadataMap = [
      2,
      n0,
      _RMM,
      8,
      0,
      0
    ];
    var AutomatedEvaluationCustomMetricSource$ = [
      4,
      n0,
      _AECMS,
      0,
      [_cMD],
      [[() => CustomMetricDefinition$, 0]]
    ];
    var AutomatedReasoningCheckFinding$ = [
      4,
      n0,
      _ARCF,
      0,
      [_vali, _inv, _sa, _im, _tA, _tCoo, _nTo],
      [[() => AutomatedReasoningCheckValidFinding$, 0], [() => AutomatedReasoningCheckInvalidFinding$, 0], [() => AutomatedReasoningCheckSatisfiableFinding$, 0], [() => AutomatedReasoningCheckImpossibleFinding$, 0], [() => AutomatedReasoningCheckTranslationAmbiguousFinding$, 0], () => AutomatedReasoningCheckTooComplexFinding$, () => AutomatedReasoningCheckNoTranslationsFinding$]
    ];
    var AutomatedReasoningPolicyAnnotatedContent$ = [
      4,
      n0,
      _ARPACu,
      0,
      [_lin],
      [[() => AutomatedReasoningPolicyAnnotatedLine$, 0]]
    ];
    var AutomatedReasoningPolicyAnnotation$ = [
      4,
      n0,
      _ARPA,
      0,
      [_aTd, _uTp, _dT, _aV, _uVp, _dV, _aR, _uR, _dR, _aRFNL, _uFRF, _uFSF, _iCng],
      [[() => AutomatedReasoningPolicyAddTypeAnnotation$, 0], [() => AutomatedReasoningPolicyUpdateTypeAnnotation$, 0], [() => AutomatedReasoningPolicyDeleteTypeAnnotation$, 0], [() => AutomatedReasoningPolicyAddVariableAnnotation$, 0], [() => AutomatedReasoningPolicyUpdateVariableAnnotation$, 0], [() => AutomatedReasoningPolicyDeleteVariableAnnotation$, 0], [() => AutomatedReasoningPolicyAddRuleAnnotation$, 0], [() => AutomatedReasoningPolicyUpdateRuleAnnotation$, 0], () => AutomatedReasoningPolicyDeleteRuleAnnotation$, [() => AutomatedReasoningPolicyAddRuleFromNaturalLanguageAnnotation$, 0], [() => AutomatedReasoningPolicyUpdateFromRuleFeedbackAnnotation$, 0], [() => AutomatedReasoningPolicyUpdateFromScenarioFeedbackAnnotation$, 0], [() => AutomatedReasoningPolicyIngestContentAnnotation$, 0]]
    ];
    var AutomatedReasoningPolicyBuildResultAssets$ = [
      4,
      n0,
      _ARPBRA,
      0,
      [_pD, _qR, _bL, _gTC, _pS, _aM, _do, _fRi],
      [[() => AutomatedReasoningPolicyDefinition$, 0], [() => AutomatedReasoningPolicyDefinitionQualityReport$, 0], [() => AutomatedReasoningPolicyBuildLog$, 0], [() => AutomatedReasoningPolicyGeneratedTestCases$, 0], [() => AutomatedReasoningPolicyScenarios$, 0], [() => AutomatedReasoningPolicyBuildResultAssetManifest$, 0], [() => AutomatedReasoningPolicySourceDocument$, 0], [() => AutomatedReasoningPolicyFidelityReport$, 0]]
    ];
    var AutomatedReasoningPolicyBuildStepContext$ = [
      4,
      n0,
      _ARPBSC,
      0,
      [_pl, _mu],
      [() => AutomatedReasoningPolicyPlanning$, [() => AutomatedReasoningPolicyMutation$, 0]]
    ];
    var AutomatedReasoningPolicyDefinitionElement$ = [
      4,
      n0,
      _ARPDE,
      0,
      [_pDV, _pDT, _pDR],
      [[() => AutomatedReasoningPolicyDefinitionVariable$, 0], [() => AutomatedReasoningPolicyDefinitionType$, 0], [() => AutomatedReasoningPolicyDefinitionRule$, 0]]
    ];
    var AutomatedReasoningPolicyGenerateFidelityReportContent$ = [
      4,
      n0,
      _ARPGFRC,
      0,
      [_doc],
      [[() => AutomatedReasoningPolicyGenerateFidelityReportDocumentList, 0]]
    ];
    var AutomatedReasoningPolicyMutation$ = [
      4,
      n0,
      _ARPM,
      0,
      [_aTd, _uTp, _dT, _aV, _uVp, _dV, _aR, _uR, _dR],
      [[() => AutomatedReasoningPolicyAddTypeMutation$, 0], [() => AutomatedReasoningPolicyUpdateTypeMutation$, 0], [() => AutomatedReasoningPolicyDeleteTypeMutation$, 0], [() => AutomatedReasoningPolicyAddVariableMutation$, 0], [() => AutomatedReasoningPolicyUpdateVariableMutation$, 0], [() => AutomatedReasoningPolicyDeleteVariableMutation$, 0], [() => AutomatedReasoningPolicyAddRuleMutation$, 0], [() => AutomatedReasoningPolicyUpdateRuleMutation$, 0], () => AutomatedReasoningPolicyDeleteRuleMutation$]
    ];
    var AutomatedReasoningPolicyTypeValueAnnotation$ = [
      4,
      n0,
      _ARPTVA,
      0,
      [_aTV, _uTVp, _dTV],
      [[() => AutomatedReasoningPolicyAddTypeValue$, 0], [() => AutomatedReasoningPolicyUpdateTypeValue$, 0], () => AutomatedReasoningPolicyDeleteTypeValue$]
    ];
    var AutomatedReasoningPolicyWorkflowTypeContent$ = [
      4,
      n0,
      _ARPWTC,
      0,
      [_doc, _pRAo, _gFRC, _iRC],
      [[() => AutomatedReasoningPolicyBuildWorkflowDocumentList, 0], [() => AutomatedReasoningPolicyBuildWorkflowRepairContent$, 0], [() => AutomatedReasoningPolicyGenerateFidelityReportContent$, 0], [() => AutomatedReasoningPolicyIterativeRefinementContent$, 0]]
    ];
    var CustomizationConfig$ = [
      4,
      n0,
      _CC,
      0,
      [_dCi, _rCf],
      [() => DistillationConfig$, () => RFTConfig$]
    ];
    var CustomModelDataSource$ = [
      4,
      n0,
      _CMDSu,
      0,
      [_mPADS],
      [() => ModelPackageArnDataSource$]
    ];
    var EndpointConfig$ = [
      4,
      n0,
      _EC,
      0,
      [_sMa],
      [() => SageMakerEndpoint$]
    ];
    var EvaluationConfig$ = [
      4,
      n0,
      _ECv,
      0,
      [_au, _h],
      [[() => AutomatedEvaluationConfig$, 0], [() => HumanEvaluationConfig$, 0]]
    ];
    var EvaluationDatasetLocation$ = [
      4,
      n0,
      _EDL,
      0,
      [_sU],
      [0]
    ];
    var EvaluationInferenceConfig$ = [
      4,
      n0,
      _EIC,
      0,
      [_mo, _rCag],
      [[() => EvaluationModelConfigs, 0], [() => RagConfigs, 0]]
    ];
    var EvaluationModelConfig$ = [
      4,
      n0,
      _EMCv,
      0,
      [_bM, _pIS],
      [[() => EvaluationBedrockModel$, 0], () => EvaluationPrecomputedInferenceSource$]
    ];
    var EvaluationPrecomputedRagSourceConfig$ = [
      4,
      n0,
      _EPRSCv,
      0,
      [_rSC, _rAGSC],
      [() => EvaluationPrecomputedRetrieveSourceConfig$, () => EvaluationPrecomputedRetrieveAndGenerateSourceConfig$]
    ];
    var EvaluatorModelConfig$ = [
      4,
      n0,
      _EMCva,
      0,
      [_bEM],
      [() => BedrockEvaluatorModels]
    ];
    var GraderConfig$ = [
      4,
      n0,
      _GCr,
      0,
      [_lG],
      [() => LambdaGraderConfig$]
    ];
    var InferenceProfileModelSource$ = [
      4,
      n0,
      _IPMS,
      0,
      [_cF],
      [0]
    ];
    var InvocationLogSource$ = [
      4,
      n0,
      _ILS,
      0,
      [_sU],
      [0]
    ];
    var KnowledgeBaseConfig$ = [
      4,
      n0,
      _KBC,
      0,
      [_rCetr, _rAGC],
      [[() => RetrieveConfig$, 0], [() => RetrieveAndGenerateConfiguration$, 0]]
    ];
    var ModelDataSource$ = [
      4,
      n0,
      _MDS,
      0,
      [_sDS],
      [() => S3DataSource$]
    ];
    var ModelInvocationJobInputDataConfig$ = [
      4,
      n0,
      _MIJIDC,
      0,
      [_sIDC],
      [() => ModelInvocationJobS3InputDataConfig$]
    ];
    var ModelInvocationJobOutputDataConfig$ = [
      4,
      n0,
      _MIJODC,
      0,
      [_sODC],
      [() => ModelInvocationJobS3OutputDataConfig$]
    ];
    var RAGConfig$ = [
      4,
      n0,
      _RAGCo,
      0,
      [_kBCn, _pRSC],
      [[() => KnowledgeBaseConfig$, 0], () => EvaluationPrecomputedRagSourceConfig$]
    ];
    var RatingScaleItemValue$ = [
      4,
      n0,
      _RSIV,
      0,
      [_sV, _fV],
      [0, 1]
    ];
    var RequestMetadataFilters$ = [
      4,
      n0,
      _RMF,
      0,
      [_eq, _nE, _aAn, _oAr],
      [[() => RequestMetadataMap, 0], [() => RequestMetadataMap, 0], [() => RequestMetadataFiltersList, 0], [() => RequestMetadataFiltersList, 0]]
    ];
    var RerankingMetadataSelectiveModeConfiguration$ = [
      4,
      n0,
      _RMSMC,
      0,
      [_fTI, _fTE],
      [[() => FieldsForReranking, 0], [() => FieldsForReranking, 0]]
    ];
    var RetrievalFilter$ = [
      4,
      n0,
      _RF,
      8,
      [_eq, _nE, _gT, _gTOE, _lTes, _lTOE, _in_, _nI, _sW, _lCi, _sCt, _aAn, _oAr],
      [() => FilterAttribute$, () => FilterAttribute$, () => FilterAttribute$, () => FilterAttribute$, () => FilterAttribute$, () => FilterAttribute$, () => FilterAttribute$, () => FilterAttribute$, () => FilterAttribute$, () => FilterAttribute$, () => FilterAttribute$, [() => RetrievalFilterList, 0], [() => RetrievalFilterList, 0]]
    ];
    var BatchDeleteAdvancedPromptOptimizationJob$ = [
      9,
      n0,
      _BDAPOJ,
      { [_ht]: ["POST", "/advanced-prompt-optimization-job/batch-delete", 202] },
      () => BatchDeleteAdvancedPromptOptimizationJobRequest$,
      () => BatchDeleteAdvancedPromptOptimizationJobResponse$
    ];
    var BatchDeleteEvaluationJob$ = [
      9,
      n0,
      _BDEJ,
      { [_ht]: ["POST", "/evaluation-jobs/batch-delete", 202] },
      () => BatchDeleteEvaluationJobRequest$,
      () => BatchDeleteEvaluationJobResponse$
    ];
    var CancelAutomatedReasoningPolicyBuildWorkflow$ = [
      9,
      n0,
      _CARPBW,
      { [_ht]: ["POST", "/automated-reasoning-policies/{policyArn}/build-workflows/{buildWorkflowId}/cancel", 202] },
      () => CancelAutomatedReasoningPolicyBuildWorkflowRequest$,
      () => CancelAutomatedReasoningPolicyBuildWorkflowResponse$
    ];
    var CreateAdvancedPromptOptimizationJob$ = [
      9,
      n0,
      _CAPOJ,
      { [_ht]: ["POST", "/advanced-prompt-optimization-jobs", 200] },
      () => CreateAdvancedPromptOptimizationJobRequest$,
      () => CreateAdvancedPromptOptimizationJobResponse$
    ];
    var CreateAutomatedReasoningPolicy$ = [
      9,
      n0,
      _CARP,
      { [_ht]: ["POST", "/automated-reasoning-policies", 200] },
      () => CreateAutomatedReasoningPolicyRequest$,
      () => CreateAutomatedReasoningPolicyResponse$
    ];
    var CreateAutomatedReasoningPolicyTestCase$ = [
      9,
      n0,
      _CARPTC,
      { [_ht]: ["POST", "/automated-reasoning-policies/{policyArn}/test-cases", 200] },
      () => CreateAutomatedReasoningPolicyTestCaseRequest$,
      () => CreateAutomatedReasoningPolicyTestCaseResponse$
    ];
    var CreateAutomatedReasoningPolicyVersion$ = [
      9,
      n0,
      _CARPV,
      { [_ht]: ["POST", "/automated-reasoning-policies/{policyArn}/versions", 200] },
      () => CreateAutomatedReasoningPolicyVersionRequest$,
      () => CreateAutomatedReasoningPolicyVersionResponse$
    ];
    var CreateCustomModel$ = [
      9,
      n0,
      _CCM,
      { [_ht]: ["POST", "/custom-models/create-custom-model", 202] },
      () => CreateCustomModelRequest$,
      () => CreateCustomModelResponse$
    ];
    var CreateCustomModelDeployment$ = [
      9,
      n0,
      _CCMD,
      { [_ht]: ["POST", "/model-customization/custom-model-deployments", 202] },
      () => CreateCustomModelDeploymentRequest$,
      () => CreateCustomModelDeploymentResponse$
    ];
    var CreateEvaluationJob$ = [
      9,
      n0,
      _CEJ,
      { [_ht]: ["POST", "/evaluation-jobs", 202] },
      () => CreateEvaluationJobRequest$,
      () => CreateEvaluationJobResponse$
    ];
    var CreateFoundationModelAgreement$ = [
      9,
      n0,
      _CFMA,
      { [_ht]: ["POST", "/create-foundation-model-agreement", 202] },
      () => CreateFoundationModelAgreementRequest$,
      () => CreateFoundationModelAgreementResponse$
    ];
    var CreateGuardrail$ = [
      9,
      n0,
      _CG,
      { [_ht]: ["POST", "/guardrails", 202] },
      () => CreateGuardrailRequest$,
      () => CreateGuardrailResponse$
    ];
    var CreateGuardrailVersion$ = [
      9,
      n0,
      _CGV,
      { [_ht]: ["POST", "/guardrails/{guardrailIdentifier}", 202] },
      () => CreateGuardrailVersionRequest$,
      () => CreateGuardrailVersionResponse$
    ];
    var CreateInferenceProfile$ = [
      9,
      n0,
      _CIP,
      { [_ht]: ["POST", "/inference-profiles", 201] },
      () => CreateInferenceProfileRequest$,
      () => CreateInferenceProfileResponse$
    ];
    var CreateMarketplaceModelEndpoint$ = [
      9,
      n0,
      _CMME,
      { [_ht]: ["POST", "/marketplace-model/endpoints", 200] },
      () => CreateMarketplaceModelEndpointRequest$,
      () => CreateMarketplaceModelEndpointResponse$
    ];
    var CreateModelCopyJob$ = [
      9,
      n0,
      _CMCJ,
      { [_ht]: ["POST", "/model-copy-jobs", 201] },
      () => CreateModelCopyJobRequest$,
      () => CreateModelCopyJobResponse$
    ];
    var CreateModelCustomizationJob$ = [
      9,
      n0,
      _CMCJr,
      { [_ht]: ["POST", "/model-customization-jobs", 201] },
      () => CreateModelCustomizationJobRequest$,
      () => CreateModelCustomizationJobResponse$
    ];
    var CreateModelImportJob$ = [
      9,
      n0,
      _CMIJ,
      { [_ht]: ["POST", "/model-import-jobs", 201] },
      () => CreateModelImportJobRequest$,
      () => CreateModelImportJobResponse$
    ];
    var CreateModelInvocationJob$ = [
      9,
      n0,
      _CMIJr,
      { [_ht]: ["POST", "/model-invocation-job", 200] },
      () => CreateModelInvocationJobRequest$,
      () => CreateModelInvocationJobResponse$
    ];
    var CreatePromptRouter$ = [
      9,
      n0,
      _CPR,
      { [_ht]: ["POST", "/prompt-routers", 200] },
      () => CreatePromptRouterRequest$,
      () => CreatePromptRouterResponse$
    ];
    var CreateProvisionedModelThroughput$ = [
      9,
      n0,
      _CPMT,
      { [_ht]: ["POST", "/provisioned-model-throughput", 201] },
      () => CreateProvisionedModelThroughputRequest$,
      () => CreateProvisionedModelThroughputResponse$
    ];
    var DeleteAutomatedReasoningPolicy$ = [
      9,
      n0,
      _DARP,
      { [_ht]: ["DELETE", "/automated-reasoning-policies/{policyArn}", 202] },
      () => DeleteAutomatedReasoningPolicyRequest$,
      () => DeleteAutomatedReasoningPolicyResponse$
    ];
    var DeleteAutomatedReasoningPolicyBuildWorkflow$ = [
      9,
      n0,
      _DARPBW,
      { [_ht]: ["DELETE", "/automated-reasoning-policies/{policyArn}/build-workflows/{buildWorkflowId}", 202] },
      () => DeleteAutomatedReasoningPolicyBuildWorkflowRequest$,
      () => DeleteAutomatedReasoningPolicyBuildWorkflowResponse$
    ];
    var DeleteAutomatedReasoningPolicyTestCase$ = [
      9,
      n0,
      _DARPTC,
      { [_ht]: ["DELETE", "/automated-reasoning-policies/{policyArn}/test-cases/{testCaseId}", 202] },
      () => DeleteAutomatedReasoningPolicyTestCaseRequest$,
      () => DeleteAutomatedReasoningPolicyTestCaseResponse$
    ];
    var DeleteCustomModel$ = [
      9,
      n0,
      _DCM,
      { [_ht]: ["DELETE", "/custom-models/{modelIdentifier}", 200] },
      () => DeleteCustomModelRequest$,
      () => DeleteCustomModelResponse$
    ];
    var DeleteCustomModelDeployment$ = [
      9,
      n0,
      _DCMD,
      { [_ht]: ["DELETE", "/model-customization/custom-model-deployments/{customModelDeploymentIdentifier}", 200] },
      () => DeleteCustomModelDeploymentRequest$,
      () => DeleteCustomModelDeploymentResponse$
    ];
    var DeleteEnforcedGuardrailConfiguration$ = [
      9,
      n0,
      _DEGC,
      { [_ht]: ["DELETE", "/enforcedGuardrailsConfiguration/{configId}", 200] },
      () => DeleteEnforcedGuardrailConfigurationRequest$,
      () => DeleteEnforcedGuardrailConfigurationResponse$
    ];
    var DeleteFoundationModelAgreement$ = [
      9,
      n0,
      _DFMA,
      { [_ht]: ["POST", "/delete-foundation-model-agreement", 202] },
      () => DeleteFoundationModelAgreementRequest$,
      () => DeleteFoundationModelAgreementResponse$
    ];
    var DeleteGuardrail$ = [
      9,
      n0,
      _DG,
      { [_ht]: ["DELETE", "/guardrails/{guardrailIdentifier}", 202] },
      () => DeleteGuardrailRequest$,
      () => DeleteGuardrailResponse$
    ];
    var DeleteImportedModel$ = [
      9,
      n0,
      _DIM,
      { [_ht]: ["DELETE", "/imported-models/{modelIdentifier}", 200] },
      () => DeleteImportedModelRequest$,
      () => DeleteImportedModelResponse$
    ];
    var DeleteInferenceProfile$ = [
      9,
      n0,
      _DIP,
      { [_ht]: ["DELETE", "/inference-profiles/{inferenceProfileIdentifier}", 200] },
      () => DeleteInferenceProfileRequest$,
      () => DeleteInferenceProfileResponse$
    ];
    var DeleteMarketplaceModelEndpoint$ = [
      9,
      n0,
      _DMME,
      { [_ht]: ["DELETE", "/marketplace-model/endpoints/{endpointArn}", 200] },
      () => DeleteMarketplaceModelEndpointRequest$,
      () => DeleteMarketplaceModelEndpointResponse$
    ];
    var DeleteModelInvocationLoggingConfiguration$ = [
      9,
      n0,
      _DMILC,
      { [_ht]: ["DELETE", "/logging/modelinvocations", 200] },
      () => DeleteModelInvocationLoggingConfigurationRequest$,
      () => DeleteModelInvocationLoggingConfigurationResponse$
    ];
    var DeletePromptRouter$ = [
      9,
      n0,
      _DPRe,
      { [_ht]: ["DELETE", "/prompt-routers/{promptRouterArn}", 200] },
      () => DeletePromptRouterRequest$,
      () => DeletePromptRouterResponse$
    ];
    var DeleteProvisionedModelThroughput$ = [
      9,
      n0,
      _DPMT,
      { [_ht]: ["DELETE", "/provisioned-model-throughput/{provisionedModelId}", 200] },
      () => DeleteProvisionedModelThroughputRequest$,
      () => DeleteProvisionedModelThroughputResponse$
    ];
    var DeleteResourcePolicy$ = [
      9,
      n0,
      _DRP,
      { [_ht]: ["DELETE", "/resource-policy/{resourceArn}", 200] },
      () => DeleteResourcePolicyRequest$,
      () => DeleteResourcePolicyResponse$
    ];
    var DeregisterMarketplaceModelEndpoint$ = [
      9,
      n0,
      _DMMEe,
      { [_ht]: ["DELETE", "/marketplace-model/endpoints/{endpointArn}/registration", 200] },
      () => DeregisterMarketplaceModelEndpointRequest$,
      () => DeregisterMarketplaceModelEndpointResponse$
    ];
    var ExportAutomatedReasoningPolicyVersion$ = [
      9,
      n0,
      _EARPV,
      { [_ht]: ["GET", "/automated-reasoning-policies/{policyArn}/export", 200] },
      () => ExportAutomatedReasoningPolicyVersionRequest$,
      () => ExportAutomatedReasoningPolicyVersionResponse$
    ];
    var GetAccountDataRetention$ = [
      9,
      n0,
      _GADR,
      { [_ht]: ["GET", "/data-retention", 200] },
      () => GetAccountDataRetentionRequest$,
      () => GetAccountDataRetentionResponse$
    ];
    var GetAdvancedPromptOptimizationJob$ = [
      9,
      n0,
      _GAPOJ,
      { [_ht]: ["GET", "/advanced-prompt-optimization-jobs/{jobIdentifier}", 200] },
      () => GetAdvancedPromptOptimizationJobRequest$,
      () => GetAdvancedPromptOptimizationJobResponse$
    ];
    var GetAutomatedReasoningPolicy$ = [
      9,
      n0,
      _GARPe,
      { [_ht]: ["GET", "/automated-reasoning-policies/{policyArn}", 200] },
      () => GetAutomatedReasoningPolicyRequest$,
      () => GetAutomatedReasoningPolicyResponse$
    ];
    var GetAutomatedReasoningPolicyAnnotations$ = [
      9,
      n0,
      _GARPA,
      { [_ht]: ["GET", "/automated-reasoning-policies/{policyArn}/build-workflows/{buildWorkflowId}/annotations", 200] },
      () => GetAutomatedReasoningPolicyAnnotationsRequest$,
      () => GetAutomatedReasoningPolicyAnnotationsResponse$
    ];
    var GetAutomatedReasoningPolicyBuildWorkflow$ = [
      9,
      n0,
      _GARPBW,
      { [_ht]: ["GET", "/automated-reasoning-policies/{policyArn}/build-workflows/{buildWorkflowId}", 200] },
      () => GetAutomatedReasoningPolicyBuildWorkflowRequest$,
      () => GetAutomatedReasoningPolicyBuildWorkflowResponse$
    ];
    var GetAutomatedReasoningPolicyBuildWorkflowResultAssets$ = [
      9,
      n0,
      _GARPBWRA,
      { [_ht]: ["GET", "/automated-reasoning-policies/{policyArn}/build-workflows/{buildWorkflowId}/result-assets", 200] },
      () => GetAutomatedReasoningPolicyBuildWorkflowResultAssetsRequest$,
      () => GetAutomatedReasoningPolicyBuildWorkflowResultAssetsResponse$
    ];
    var GetAutomatedReasoningPolicyNextScenario$ = [
      9,
      n0,
      _GARPNS,
      { [_ht]: ["GET", "/automated-reasoning-policies/{policyArn}/build-workflows/{buildWorkflowId}/scenarios", 200] },
      () => GetAutomatedReasoningPolicyNextScenarioRequest$,
      () => GetAutomatedReasoningPolicyNextScenarioResponse$
    ];
    var GetAutomatedReasoningPolicyTestCase$ = [
      9,
      n0,
      _GARPTC,
      { [_ht]: ["GET", "/automated-reasoning-policies/{policyArn}/test-cases/{testCaseId}", 200] },
      () => GetAutomatedReasoningPolicyTestCaseRequest$,
      () => GetAutomatedReasoningPolicyTestCaseResponse$
    ];
    var GetAutomatedReasoningPolicyTestResult$ = [
      9,
      n0,
      _GARPTR,
      { [_ht]: ["GET", "/automated-reasoning-policies/{policyArn}/build-workflows/{buildWorkflowId}/test-cases/{testCaseId}/test-results", 200] },
      () => GetAutomatedReasoningPolicyTestResultRequest$,
      () => GetAutomatedReasoningPolicyTestResultResponse$
    ];
    var GetCustomModel$ = [
      9,
      n0,
      _GCM,
      { [_ht]: ["GET", "/custom-models/{modelIdentifier}", 200] },
      () => GetCustomModelRequest$,
      () => GetCustomModelResponse$
    ];
    var GetCustomModelDeployment$ = [
      9,
      n0,
      _GCMD,
      { [_ht]: ["GET", "/model-customization/custom-model-deployments/{customModelDeploymentIdentifier}", 200] },
      () => GetCustomModelDeploymentRequest$,
      () => GetCustomModelDeploymentResponse$
    ];
    var GetEvaluationJob$ = [
      9,
      n0,
      _GEJ,
      { [_ht]: ["GET", "/evaluation-jobs/{jobIdentifier}", 200] },
      () => GetEvaluationJobRequest$,
      () => GetEvaluationJobResponse$
    ];
    var GetFoundationModel$ = [
      9,
      n0,
      _GFM,
      { [_ht]: ["GET", "/foundation-models/{modelIdentifier}", 200] },
      () => GetFoundationModelRequest$,
      () => GetFoundationModelResponse$
    ];
    var GetFoundationModelAvailability$ = [
      9,
      n0,
      _GFMA,
      { [_ht]: ["GET", "/foundation-model-availability/{modelId}", 200] },
      () => GetFoundationModelAvailabilityRequest$,
      () => GetFoundationModelAvailabilityResponse$
    ];
    var GetGuardrail$ = [
      9,
      n0,
      _GG,
      { [_ht]: ["GET", "/guardrails/{guardrailIdentifier}", 200] },
      () => GetGuardrailRequest$,
      () => GetGuardrailResponse$
    ];
    var GetImportedModel$ = [
      9,
      n0,
      _GIM,
      { [_ht]: ["GET", "/imported-models/{modelIdentifier}", 200] },
      () => GetImportedModelRequest$,
      () => GetImportedModelResponse$
    ];
    var GetInferenceProfile$ = [
      9,
      n0,
      _GIP,
      { [_ht]: ["GET", "/inference-profiles/{inferenceProfileIdentifier}", 200] },
      () => GetInferenceProfileRequest$,
      () => GetInferenceProfileResponse$
    ];
    var GetMarketplaceModelEndpoint$ = [
      9,
      n0,
      _GMME,
      { [_ht]: ["GET", "/marketplace-model/endpoints/{endpointArn}", 200] },
      () => GetMarketplaceModelEndpointRequest$,
      () => GetMarketplaceModelEndpointResponse$
    ];
    var GetModelCopyJob$ = [
      9,
      n0,
      _GMCJ,
      { [_ht]: ["GET", "/model-copy-jobs/{jobArn}", 200] },
      () => GetModelCopyJobRequest$,
      () => GetModelCopyJobResponse$
    ];
    var GetModelCustomizationJob$ = [
      9,
      n0,
      _GMCJe,
      { [_ht]: ["GET", "/model-customization-jobs/{jobIdentifier}", 200] },
      () => GetModelCustomizationJobRequest$,
      () => GetModelCustomizationJobResponse$
    ];
    var GetModelImportJob$ = [
      9,
      n0,
      _GMIJ,
      { [_ht]: ["GET", "/model-import-jobs/{jobIdentifier}", 200] },
      () => GetModelImportJobRequest$,
      () => GetModelImportJobResponse$
    ];
    var GetModelInvocationJob$ = [
      9,
      n0,
      _GMIJe,
      { [_ht]: ["GET", "/model-invocation-job/{jobIdentifier}", 200] },
      () => GetModelInvocationJobRequest$,
      () => GetModelInvocationJobResponse$
    ];
    var GetModelInvocationLoggingConfiguration$ = [
      9,
      n0,
      _GMILC,
      { [_ht]: ["GET", "/logging/modelinvocations", 200] },
      () => GetModelInvocationLoggingConfigurationRequest$,
      () => GetModelInvocationLoggingConfigurationResponse$
    ];
    var GetPromptRouter$ = [
      9,
      n0,
      _GPR,
      { [_ht]: ["GET", "/prompt-routers/{promptRouterArn}", 200] },
      () => GetPromptRouterRequest$,
      () => GetPromptRouterResponse$
    ];
    var GetProvisionedModelThroughput$ = [
      9,
      n0,
      _GPMT,
      { [_ht]: ["GET", "/provisioned-model-throughput/{provisionedModelId}", 200] },
      () => GetProvisionedModelThroughputRequest$,
      () => GetProvisionedModelThroughputResponse$
    ];
    var GetResourcePolicy$ = [
      9,
      n0,
      _GRP,
      { [_ht]: ["GET", "/resource-policy/{resourceArn}", 200] },
      () => GetResourcePolicyRequest$,
      () => GetResourcePolicyResponse$
    ];
    var GetUseCaseForModelAccess$ = [
      9,
      n0,
      _GUCFMA,
      { [_ht]: ["GET", "/use-case-for-model-access", 200] },
      () => GetUseCaseForModelAccessRequest$,
      () => GetUseCaseForModelAccessResponse$
    ];
    var ListAdvancedPromptOptimizationJobs$ = [
      9,
      n0,
      _LAPOJ,
      { [_ht]: ["GET", "/advanced-prompt-optimization-jobs", 200] },
      () => ListAdvancedPromptOptimizationJobsRequest$,
      () => ListAdvancedPromptOptimizationJobsResponse$
    ];
    var ListAutomatedReasoningPolicies$ = [
      9,
      n0,
      _LARP,
      { [_ht]: ["GET", "/automated-reasoning-policies", 200] },
      () => ListAutomatedReasoningPoliciesRequest$,
      () => ListAutomatedReasoningPoliciesResponse$
    ];
    var ListAutomatedReasoningPolicyBuildWorkflows$ = [
      9,
      n0,
      _LARPBW,
      { [_ht]: ["GET", "/automated-reasoning-policies/{policyArn}/build-workflows", 200] },
      () => ListAutomatedReasoningPolicyBuildWorkflowsRequest$,
      () => ListAutomatedReasoningPolicyBuildWorkflowsResponse$
    ];
    var ListAutomatedReasoningPolicyTestCases$ = [
      9,
      n0,
      _LARPTC,
      { [_ht]: ["GET", "/automated-reasoning-policies/{policyArn}/test-cases", 200] },
      () => ListAutomatedReasoningPolicyTestCasesRequest$,
      () => ListAutomatedReasoningPolicyTestCasesResponse$
    ];
    var ListAutomatedReasoningPolicyTestResults$ = [
      9,
      n0,
      _LARPTR,
      { [_ht]: ["GET", "/automated-reasoning-policies/{policyArn}/build-workflows/{buildWorkflowId}/test-results", 200] },
      () => ListAutomatedReasoningPolicyTestResultsRequest$,
      () => ListAutomatedReasoningPolicyTestResultsResponse$
    ];
    var ListCustomModelDeployments$ = [
      9,
      n0,
      _LCMD,
      { [_ht]: ["GET", "/model-customization/custom-model-deployments", 200] },
      () => ListCustomModelDeploymentsRequest$,
      () => ListCustomModelDeploymentsResponse$
    ];
    var ListCustomModels$ = [
      9,
      n0,
      _LCM,
      { [_ht]: ["GET", "/custom-models", 200] },
      () => ListCustomModelsRequest$,
      () => ListCustomModelsResponse$
    ];
    var ListEnforcedGuardrailsConfiguration$ = [
      9,
      n0,
      _LEGC,
      { [_ht]: ["GET", "/enforcedGuardrailsConfiguration", 200] },
      () => ListEnforcedGuardrailsConfigurationRequest$,
      () => ListEnforcedGuardrailsConfigurationResponse$
    ];
    var ListEvaluationJobs$ = [
      9,
      n0,
      _LEJ,
      { [_ht]: ["GET", "/evaluation-jobs", 200] },
      () => ListEvaluationJobsRequest$,
      () => ListEvaluationJobsResponse$
    ];
    var ListFoundationModelAgreementOffers$ = [
      9,
      n0,
      _LFMAO,
      { [_ht]: ["GET", "/list-foundation-model-agreement-offers/{modelId}", 200] },
      () => ListFoundationModelAgreementOffersRequest$,
      () => ListFoundationModelAgreementOffersResponse$
    ];
    var ListFoundationModels$ = [
      9,
      n0,
      _LFM,
      { [_ht]: ["GET", "/foundation-models", 200] },
      () => ListFoundationModelsRequest$,
      () => ListFoundationModelsResponse$
    ];
    var ListGuardrails$ = [
      9,
      n0,
      _LG,
      { [_ht]: ["GET", "/guardrails", 200] },
      () => ListGuardrailsRequest$,
      () => ListGuardrailsResponse$
    ];
    var ListImportedModels$ = [
      9,
      n0,
      _LIM,
      { [_ht]: ["GET", "/imported-models", 200] },
      () => ListImportedModelsRequest$,
      () => ListImportedModelsResponse$
    ];
    var ListInferenceProfiles$ = [
      9,
      n0,
      _LIP,
      { [_ht]: ["GET", "/inference-profiles", 200] },
      () => ListInferenceProfilesRequest$,
      () => ListInferenceProfilesResponse$
    ];
    var ListMarketplaceModelEndpoints$ = [
      9,
      n0,
      _LMME,
      { [_ht]: ["GET", "/marketplace-model/endpoints", 200] },
      () => ListMarketplaceModelEndpointsRequest$,
      () => ListMarketplaceModelEndpointsResponse$
    ];
    var ListModelCopyJobs$ = [
      9,
      n0,
      _LMCJ,
      { [_ht]: ["GET", "/model-copy-jobs", 200] },
      () => ListModelCopyJobsRequest$,
      () => ListModelCopyJobsResponse$
    ];
    var ListModelCustomizationJobs$ = [
      9,
      n0,
      _LMCJi,
      { [_ht]: ["GET", "/model-customization-jobs", 200] },
      () => ListModelCustomizationJobsRequest$,
      () => ListModelCustomizationJobsResponse$
    ];
    var ListModelImportJobs$ = [
      9,
      n0,
      _LMIJ,
      { [_ht]: ["GET", "/model-import-jobs", 200] },
      () => ListModelImportJobsRequest$,
      () => ListModelImportJobsResponse$
    ];
    var ListModelInvocationJobs$ = [
      9,
      n0,
      _LMIJi,
      { [_ht]: ["GET", "/model-invocation-jobs", 200] },
      () => ListModelInvocationJobsRequest$,
      () => ListModelInvocationJobsResponse$
    ];
    var ListPromptRouters$ = [
      9,
      n0,
      _LPR,
      { [_ht]: ["GET", "/prompt-routers", 200] },
      () => ListPromptRoutersRequest$,
      () => ListPromptRoutersResponse$
    ];
    var ListProvisionedModelThroughputs$ = [
      9,
      n0,
      _LPMT,
      { [_ht]: ["GET", "/provisioned-model-throughputs", 200] },
      () => ListProvisionedModelThroughputsRequest$,
      () => ListProvisionedModelThroughputsResponse$
    ];
    var ListTagsForResource$ = [
      9,
      n0,
      _LTFR,
      { [_ht]: ["POST", "/listTagsForResource", 200] },
      () => ListTagsForResourceRequest$,
      () => ListTagsForResourceResponse$
    ];
    var PutAccountDataRetention$ = [
      9,
      n0,
      _PADR,
      { [_ht]: ["PUT", "/data-retention", 200] },
      () => PutAccountDataRetentionRequest$,
      () => PutAccountDataRetentionResponse$
    ];
    var PutEnforcedGuardrailConfiguration$ = [
      9,
      n0,
      _PEGC,
      { [_ht]: ["PUT", "/enforcedGuardrailsConfiguration", 200] },
      () => PutEnforcedGuardrailConfigurationRequest$,
      () => PutEnforcedGuardrailConfigurationResponse$
    ];
    var PutModelInvocationLoggingConfiguration$ = [
      9,
      n0,
      _PMILC,
      { [_ht]: ["PUT", "/logging/modelinvocations", 200] },
      () => PutModelInvocationLoggingConfigurationRequest$,
      () => PutModelInvocationLoggingConfigurationResponse$
    ];
    var PutResourcePolicy$ = [
      9,
      n0,
      _PRP,
      { [_ht]: ["POST", "/resource-policy", 201] },
      () => PutResourcePolicyRequest$,
      () => PutResourcePolicyResponse$
    ];
    var PutUseCaseForModelAccess$ = [
      9,
      n0,
      _PUCFMA,
      { [_ht]: ["POST", "/use-case-for-model-access", 201] },
      () => PutUseCaseForModelAccessRequest$,
      () => PutUseCaseForModelAccessResponse$
    ];
    var RegisterMarketplaceModelEndpoint$ = [
      9,
      n0,
      _RMME,
      { [_ht]: ["POST", "/marketplace-model/endpoints/{endpointIdentifier}/registration", 200] },
      () => RegisterMarketplaceModelEndpointRequest$,
      () => RegisterMarketplaceModelEndpointResponse$
    ];
    var StartAutomatedReasoningPolicyBuildWorkflow$ = [
      9,
      n0,
      _SARPBW,
      { [_ht]: ["POST", "/automated-reasoning-policies/{policyArn}/build-workflows/{buildWorkflowType}/start", 200] },
      () => StartAutomatedReasoningPolicyBuildWorkflowRequest$,
      () => StartAutomatedReasoningPolicyBuildWorkflowResponse$
    ];
    var StartAutomatedReasoningPolicyTestWorkflow$ = [
      9,
      n0,
      _SARPTW,
      { [_ht]: ["POST", "/automated-reasoning-policies/{policyArn}/build-workflows/{buildWorkflowId}/test-workflows", 200] },
      () => StartAutomatedReasoningPolicyTestWorkflowRequest$,
      () => StartAutomatedReasoningPolicyTestWorkflowResponse$
    ];
    var StopAdvancedPromptOptimizationJob$ = [
      9,
      n0,
      _SAPOJ,
      { [_ht]: ["POST", "/advanced-prompt-optimization-jobs/{jobIdentifier}/stop", 200] },
      () => StopAdvancedPromptOptimizationJobRequest$,
      () => StopAdvancedPromptOptimizationJobResponse$
    ];
    var StopEvaluationJob$ = [
      9,
      n0,
      _SEJ,
      { [_ht]: ["POST", "/evaluation-job/{jobIdentifier}/stop", 200] },
      () => StopEvaluationJobRequest$,
      () => StopEvaluationJobResponse$
    ];
    var StopModelCustomizationJob$ = [
      9,
      n0,
      _SMCJ,
      { [_ht]: ["POST", "/model-customization-jobs/{jobIdentifier}/stop", 200] },
      () => StopModelCustomizationJobRequest$,
      () => StopModelCustomizationJobResponse$
    ];
    var StopModelInvocationJob$ = [
      9,
      n0,
      _SMIJ,
      { [_ht]: ["POST", "/model-invocation-job/{jobIdentifier}/stop", 200] },
      () => StopModelInvocationJobRequest$,
      () => StopModelInvocationJobResponse$
    ];
    var TagResource$ = [
      9,
      n0,
      _TR,
      { [_ht]: ["POST", "/tagResource", 200] },
      () => TagResourceRequest$,
      () => TagResourceResponse$
    ];
    var UntagResource$ = [
      9,
      n0,
      _UR,
      { [_ht]: ["POST", "/untagResource", 200] },
      () => UntagResourceRequest$,
      () => UntagResourceResponse$
    ];
    var UpdateAutomatedReasoningPolicy$ = [
      9,
      n0,
      _UARP,
      { [_ht]: ["PATCH", "/automated-reasoning-policies/{policyArn}", 200] },
      () => UpdateAutomatedReasoningPolicyRequest$,
      () => UpdateAutomatedReasoningPolicyResponse$
    ];
    var UpdateAutomatedReasoningPolicyAnnotations$ = [
      9,
      n0,
      _UARPA,
      { [_ht]: ["PATCH", "/automated-reasoning-policies/{policyArn}/build-workflows/{buildWorkflowId}/annotations", 200] },
      () => UpdateAutomatedReasoningPolicyAnnotationsRequest$,
      () => UpdateAutomatedReasoningPolicyAnnotationsResponse$
    ];
    var UpdateAutomatedReasoningPolicyTestCase$ = [
      9,
      n0,
      _UARPTC,
      { [_ht]: ["PATCH", "/automated-reasoning-policies/{policyArn}/test-cases/{testCaseId}", 200] },
      () => UpdateAutomatedReasoningPolicyTestCaseRequest$,
      () => UpdateAutomatedReasoningPolicyTestCaseResponse$
    ];
    var UpdateCustomModelDeployment$ = [
      9,
      n0,
      _UCMD,
      { [_ht]: ["PATCH", "/model-customization/custom-model-deployments/{customModelDeploymentIdentifier}", 202] },
      () => UpdateCustomModelDeploymentRequest$,
      () => UpdateCustomModelDeploymentResponse$
    ];
    var UpdateGuardrail$ = [
      9,
      n0,
      _UG,
      { [_ht]: ["PUT", "/guardrails/{guardrailIdentifier}", 202] },
      () => UpdateGuardrailRequest$,
      () => UpdateGuardrailResponse$
    ];
    var UpdateMarketplaceModelEndpoint$ = [
      9,
      n0,
      _UMME,
      { [_ht]: ["PATCH", "/marketplace-model/endpoints/{endpointArn}", 200] },
      () => UpdateMarketplaceModelEndpointRequest$,
      () => UpdateMarketplaceModelEndpointResponse$
    ];
    var UpdateProvisionedModelThroughput$ = [
      9,
      n0,
      _UPMT,
      { [_ht]: ["PATCH", "/provisioned-model-throughput/{provisionedModelId}", 200] },
      () => UpdateProvisionedModelThroughputRequest$,
      () => UpdateProvisionedModelThroughputResponse$
    ];
    var getRuntimeConfig$1 = (config) => {
      return {
        apiVersion: "2023-04-20",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultBedrockHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
          {
            schemeId: "aws.auth#sigv4",
            identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
            signer: new AwsSdkSigV4Signer()
          },
          {
            schemeId: "smithy.api#httpBearerAuth",
            identityProvider: (ipc) => ipc.getIdentityProvider("smithy.api#httpBearerAuth"),
            signer: new HttpBearerAuthSigner()
          }
        ],
        logger: config?.logger ?? new NoOpLogger(),
        protocol: config?.protocol ?? AwsRestJsonProtocol,
        protocolSettings: config?.protocolSettings ?? {
          defaultNamespace: "com.amazonaws.bedrock",
          errorTypeRegistries,
          version: "2023-04-20",
          serviceTarget: "AmazonBedrockControlPlaneService"
        },
        serviceId: config?.serviceId ?? "Bedrock",
        sha256: config?.sha256 ?? Sha256,
        urlParser: config?.urlParser ?? parseUrl,
        utf8Decoder: config?.utf8Decoder ?? fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? toUtf8
      };
    };
    var getRuntimeConfig = (config) => {
      emitWarningIfUnsupportedVersion(process.version);
      const defaultsMode = resolveDefaultsModeConfig(config);
      const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
      const clientSharedValues = getRuntimeConfig$1(config);
      emitWarningIfUnsupportedVersion$1(process.version);
      const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger,
        signingName: "bedrock"
      };
      return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
        defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 9e5),
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: packageInfo.version }),
        httpAuthSchemes: config?.httpAuthSchemes ?? [
          {
            schemeId: "aws.auth#sigv4",
            identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
            signer: new AwsSdkSigV4Signer()
          },
          {
            schemeId: "smithy.api#httpBearerAuth",
            identityProvider: (ipc) => ipc.getIdentityProvider("smithy.api#httpBearerAuth") || (async (idProps) => {
              try {
                return await fromEnvSigningName({ signingName: "bedrock" })();
              } catch (error) {
                return await nodeProvider(idProps)(idProps);
              }
            }),
            signer: new HttpBearerAuthSigner()
          }
        ],
        maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ?? loadConfig({
          ...NODE_RETRY_MODE_CONFIG_OPTIONS,
          default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
        }, config),
        streamCollector: config?.streamCollector ?? streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
      };
    };
    var getHttpAuthExtensionConfiguration = (runtimeConfig) => {
      const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
      let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
      let _credentials = runtimeConfig.credentials;
      let _token = runtimeConfig.token;
      return {
        setHttpAuthScheme(httpAuthScheme) {
          const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
          if (index === -1) {
            _httpAuthSchemes.push(httpAuthScheme);
          } else {
            _httpAuthSchemes.splice(index, 1, httpAuthScheme);
          }
        },
        httpAuthSchemes() {
          return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
          _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
          return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
          _credentials = credentials;
        },
        credentials() {
          return _credentials;
        },
        setToken(token) {
          _token = token;
        },
        token() {
          return _token;
        }
      };
    };
    var resolveHttpAuthRuntimeConfig = (config) => {
      return {
        httpAuthSchemes: config.httpAuthSchemes(),
        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
        credentials: config.credentials(),
        token: config.token()
      };
    };
    var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
      const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
      extensions.forEach((extension) => extension.configure(extensionConfiguration));
      return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
    };
    var BedrockClient = class extends Client {
      config;
      constructor(...[configuration]) {
        const _config_0 = getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = resolveClientEndpointParameters(_config_0);
        const _config_2 = resolveUserAgentConfig(_config_1);
        const _config_3 = resolveRetryConfig(_config_2);
        const _config_4 = resolveRegionConfig(_config_3);
        const _config_5 = resolveHostHeaderConfig(_config_4);
        const _config_6 = resolveEndpointConfig(_config_5);
        const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use(getSchemaSerdePlugin(this.config));
        this.middlewareStack.use(getUserAgentPlugin(this.config));
        this.middlewareStack.use(getRetryPlugin(this.config));
        this.middlewareStack.use(getContentLengthPlugin(this.config));
        this.middlewareStack.use(getHostHeaderPlugin(this.config));
        this.middlewareStack.use(getLoggerPlugin(this.config));
        this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
        this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
          httpAuthSchemeParametersProvider: defaultBedrockHttpAuthSchemeParametersProvider,
          identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
            "aws.auth#sigv4": config.credentials,
            "smithy.api#httpBearerAuth": config.token
          })
        }));
        this.middlewareStack.use(getHttpSigningPlugin(this.config));
      }
      destroy() {
        super.destroy();
      }
    };
    var command = makeBuilder(commonParams, "AmazonBedrockControlPlaneService", "BedrockClient", getEndpointPlugin);
    var _ep0 = {};
    var _mw0 = (Command, cs, config, o) => [];
    var BatchDeleteAdvancedPromptOptimizationJobCommand = class extends command(_ep0, _mw0, "BatchDeleteAdvancedPromptOptimizationJob", BatchDeleteAdvancedPromptOptimizationJob$) {
    };
    var BatchDeleteEvaluationJobCommand = class extends command(_ep0, _mw0, "BatchDeleteEvaluationJob", BatchDeleteEvaluationJob$) {
    };
    var CancelAutomatedReasoningPolicyBuildWorkflowCommand = class extends command(_ep0, _mw0, "CancelAutomatedReasoningPolicyBuildWorkflow", CancelAutomatedReasoningPolicyBuildWorkflow$) {
    };
    var CreateAdvancedPromptOptimizationJobCommand = class extends command(_ep0, _mw0, "CreateAdvancedPromptOptimizationJob", CreateAdvancedPromptOptimizationJob$) {
    };
    var CreateAutomatedReasoningPolicyCommand = class extends command(_ep0, _mw0, "CreateAutomatedReasoningPolicy", CreateAutomatedReasoningPolicy$) {
    };
    var CreateAutomatedReasoningPolicyTestCaseCommand = class extends command(_ep0, _mw0, "CreateAutomatedReasoningPolicyTestCase", CreateAutomatedReasoningPolicyTestCase$) {
    };
    var CreateAutomatedReasoningPolicyVersionCommand = class extends command(_ep0, _mw0, "CreateAutomatedReasoningPolicyVersion", CreateAutomatedReasoningPolicyVersion$) {
    };
    var CreateCustomModelCommand = class extends command(_ep0, _mw0, "CreateCustomModel", CreateCustomModel$) {
    };
    var CreateCustomModelDeploymentCommand = class extends command(_ep0, _mw0, "CreateCustomModelDeployment", CreateCustomModelDeployment$) {
    };
    var CreateEvaluationJobCommand = class extends command(_ep0, _mw0, "CreateEvaluationJob", CreateEvaluationJob$) {
    };
    var CreateFoundationModelAgreementCommand = class extends command(_ep0, _mw0, "CreateFoundationModelAgreement", CreateFoundationModelAgreement$) {
    };
    var CreateGuardrailCommand = class extends command(_ep0, _mw0, "CreateGuardrail", CreateGuardrail$) {
    };
    var CreateGuardrailVersionCommand = class extends command(_ep0, _mw0, "CreateGuardrailVersion", CreateGuardrailVersion$) {
    };
    var CreateInferenceProfileCommand = class extends command(_ep0, _mw0, "CreateInferenceProfile", CreateInferenceProfile$) {
    };
    var CreateMarketplaceModelEndpointCommand = class extends command(_ep0, _mw0, "CreateMarketplaceModelEndpoint", CreateMarketplaceModelEndpoint$) {
    };
    var CreateModelCopyJobCommand = class extends command(_ep0, _mw0, "CreateModelCopyJob", CreateModelCopyJob$) {
    };
    var CreateModelCustomizationJobCommand = class extends command(_ep0, _mw0, "CreateModelCustomizationJob", CreateModelCustomizationJob$) {
    };
    var CreateModelImportJobCommand = class extends command(_ep0, _mw0, "CreateModelImportJob", CreateModelImportJob$) {
    };
    var CreateModelInvocationJobCommand = class extends command(_ep0, _mw0, "CreateModelInvocationJob", CreateModelInvocationJob$) {
    };
    var CreatePromptRouterCommand = class extends command(_ep0, _mw0, "CreatePromptRouter", CreatePromptRouter$) {
    };
    var CreateProvisionedModelThroughputCommand = class extends command(_ep0, _mw0, "CreateProvisionedModelThroughput", CreateProvisionedModelThroughput$) {
    };
    var DeleteAutomatedReasoningPolicyBuildWorkflowCommand = class extends command(_ep0, _mw0, "DeleteAutomatedReasoningPolicyBuildWorkflow", DeleteAutomatedReasoningPolicyBuildWorkflow$) {
    };
    var DeleteAutomatedReasoningPolicyCommand = class extends command(_ep0, _mw0, "DeleteAutomatedReasoningPolicy", DeleteAutomatedReasoningPolicy$) {
    };
    var DeleteAutomatedReasoningPolicyTestCaseCommand = class extends command(_ep0, _mw0, "DeleteAutomatedReasoningPolicyTestCase", DeleteAutomatedReasoningPolicyTestCase$) {
    };
    var DeleteCustomModelCommand = class extends command(_ep0, _mw0, "DeleteCustomModel", DeleteCustomModel$) {
    };
    var DeleteCustomModelDeploymentCommand = class extends command(_ep0, _mw0, "DeleteCustomModelDeployment", DeleteCustomModelDeployment$) {
    };
    var DeleteEnforcedGuardrailConfigurationCommand = class extends command(_ep0, _mw0, "DeleteEnforcedGuardrailConfiguration", DeleteEnforcedGuardrailConfiguration$) {
    };
    var DeleteFoundationModelAgreementCommand = class extends command(_ep0, _mw0, "DeleteFoundationModelAgreement", DeleteFoundationModelAgreement$) {
    };
    var DeleteGuardrailCommand = class extends command(_ep0, _mw0, "DeleteGuardrail", DeleteGuardrail$) {
    };
    var DeleteImportedModelCommand = class extends command(_ep0, _mw0, "DeleteImportedModel", DeleteImportedModel$) {
    };
    var DeleteInferenceProfileCommand = class extends command(_ep0, _mw0, "DeleteInferenceProfile", DeleteInferenceProfile$) {
    };
    var DeleteMarketplaceModelEndpointCommand = class extends command(_ep0, _mw0, "DeleteMarketplaceModelEndpoint", DeleteMarketplaceModelEndpoint$) {
    };
    var DeleteModelInvocationLoggingConfigurationCommand = class extends command(_ep0, _mw0, "DeleteModelInvocationLoggingConfiguration", DeleteModelInvocationLoggingConfiguration$) {
    };
    var DeletePromptRouterCommand = class extends command(_ep0, _mw0, "DeletePromptRouter", DeletePromptRouter$) {
    };
    var DeleteProvisionedModelThroughputCommand = class extends command(_ep0, _mw0, "DeleteProvisionedModelThroughput", DeleteProvisionedModelThroughput$) {
    };
    var DeleteResourcePolicyCommand = class extends command(_ep0, _mw0, "DeleteResourcePolicy", DeleteResourcePolicy$) {
    };
    var DeregisterMarketplaceModelEndpointCommand = class extends command(_ep0, _mw0, "DeregisterMarketplaceModelEndpoint", DeregisterMarketplaceModelEndpoint$) {
    };
    var ExportAutomatedReasoningPolicyVersionCommand = class extends command(_ep0, _mw0, "ExportAutomatedReasoningPolicyVersion", ExportAutomatedReasoningPolicyVersion$) {
    };
    var GetAccountDataRetentionCommand = class extends command(_ep0, _mw0, "GetAccountDataRetention", GetAccountDataRetention$) {
    };
    var GetAdvancedPromptOptimizationJobCommand = class extends command(_ep0, _mw0, "GetAdvancedPromptOptimizationJob", GetAdvancedPromptOptimizationJob$) {
    };
    var GetAutomatedReasoningPolicyAnnotationsCommand = class extends command(_ep0, _mw0, "GetAutomatedReasoningPolicyAnnotations", GetAutomatedReasoningPolicyAnnotations$) {
    };
    var GetAutomatedReasoningPolicyBuildWorkflowCommand = class extends command(_ep0, _mw0, "GetAutomatedReasoningPolicyBuildWorkflow", GetAutomatedReasoningPolicyBuildWorkflow$) {
    };
    var GetAutomatedReasoningPolicyBuildWorkflowResultAssetsCommand = class extends command(_ep0, _mw0, "GetAutomatedReasoningPolicyBuildWorkflowResultAssets", GetAutomatedReasoningPolicyBuildWorkflowResultAssets$) {
    };
    var GetAutomatedReasoningPolicyCommand = class extends command(_ep0, _mw0, "GetAutomatedReasoningPolicy", GetAutomatedReasoningPolicy$) {
    };
    var GetAutomatedReasoningPolicyNextScenarioCommand = class extends command(_ep0, _mw0, "GetAutomatedReasoningPolicyNextScenario", GetAutomatedReasoningPolicyNextScenario$) {
    };
    var GetAutomatedReasoningPolicyTestCaseCommand = class extends command(_ep0, _mw0, "GetAutomatedReasoningPolicyTestCase", GetAutomatedReasoningPolicyTestCase$) {
    };
    var GetAutomatedReasoningPolicyTestResultCommand = class extends command(_ep0, _mw0, "GetAutomatedReasoningPolicyTestResult", GetAutomatedReasoningPolicyTestResult$) {
    };
    var GetCustomModelCommand = class extends command(_ep0, _mw0, "GetCustomModel", GetCustomModel$) {
    };
    var GetCustomModelDeploymentCommand = class extends command(_ep0, _mw0, "GetCustomModelDeployment", GetCustomModelDeployment$) {
    };
    var GetEvaluationJobCommand = class extends command(_ep0, _mw0, "GetEvaluationJob", GetEvaluationJob$) {
    };
    var GetFoundationModelAvailabilityCommand = class extends command(_ep0, _mw0, "GetFoundationModelAvailability", GetFoundationModelAvailability$) {
    };
    var GetFoundationModelCommand = class extends command(_ep0, _mw0, "GetFoundationModel", GetFoundationModel$) {
    };
    var GetGuardrailCommand = class extends command(_ep0, _mw0, "GetGuardrail", GetGuardrail$) {
    };
    var GetImportedModelCommand = class extends command(_ep0, _mw0, "GetImportedModel", GetImportedModel$) {
    };
    var GetInferenceProfileCommand = class extends command(_ep0, _mw0, "GetInferenceProfile", GetInferenceProfile$) {
    };
    var GetMarketplaceModelEndpointCommand = class extends command(_ep0, _mw0, "GetMarketplaceModelEndpoint", GetMarketplaceModelEndpoint$) {
    };
    var GetModelCopyJobCommand = class extends command(_ep0, _mw0, "GetModelCopyJob", GetModelCopyJob$) {
    };
    var GetModelCustomizationJobCommand = class extends command(_ep0, _mw0, "GetModelCustomizationJob", GetModelCustomizationJob$) {
    };
    var GetModelImportJobCommand = class extends command(_ep0, _mw0, "GetModelImportJob", GetModelImportJob$) {
    };
    var GetModelInvocationJobCommand = class extends command(_ep0, _mw0, "GetModelInvocationJob", GetModelInvocationJob$) {
    };
    var GetModelInvocationLoggingConfigurationCommand = class extends command(_ep0, _mw0, "GetModelInvocationLoggingConfiguration", GetModelInvocationLoggingConfiguration$) {
    };
    var GetPromptRouterCommand = class extends command(_ep0, _mw0, "GetPromptRouter", GetPromptRouter$) {
    };
    var GetProvisionedModelThroughputCommand = class extends command(_ep0, _mw0, "GetProvisionedModelThroughput", GetProvisionedModelThroughput$) {
    };
    var GetResourcePolicyCommand = class extends command(_ep0, _mw0, "GetResourcePolicy", GetResourcePolicy$) {
    };
    var GetUseCaseForModelAccessCommand = class extends command(_ep0, _mw0, "GetUseCaseForModelAccess", GetUseCaseForModelAccess$) {
    };
    var ListAdvancedPromptOptimizationJobsCommand = class extends command(_ep0, _mw0, "ListAdvancedPromptOptimizationJobs", ListAdvancedPromptOptimizationJobs$) {
    };
    var ListAutomatedReasoningPoliciesCommand = class extends command(_ep0, _mw0, "ListAutomatedReasoningPolicies", ListAutomatedReasoningPolicies$) {
    };
    var ListAutomatedReasoningPolicyBuildWorkflowsCommand = class extends command(_ep0, _mw0, "ListAutomatedReasoningPolicyBuildWorkflows", ListAutomatedReasoningPolicyBuildWorkflows$) {
    };
    var ListAutomatedReasoningPolicyTestCasesCommand = class extends command(_ep0, _mw0, "ListAutomatedReasoningPolicyTestCases", ListAutomatedReasoningPolicyTestCases$) {
    };
    var ListAutomatedReasoningPolicyTestResultsCommand = class extends command(_ep0, _mw0, "ListAutomatedReasoningPolicyTestResults", ListAutomatedReasoningPolicyTestResults$) {
    };
    var ListCustomModelDeploymentsCommand = class extends command(_ep0, _mw0, "ListCustomModelDeployments", ListCustomModelDeployments$) {
    };
    var ListCustomModelsCommand = class extends command(_ep0, _mw0, "ListCustomModels", ListCustomModels$) {
    };
    var ListEnforcedGuardrailsConfigurationCommand = class extends command(_ep0, _mw0, "ListEnforcedGuardrailsConfiguration", ListEnforcedGuardrailsConfiguration$) {
    };
    var ListEvaluationJobsCommand = class extends command(_ep0, _mw0, "ListEvaluationJobs", ListEvaluationJobs$) {
    };
    var ListFoundationModelAgreementOffersCommand = class extends command(_ep0, _mw0, "ListFoundationModelAgreementOffers", ListFoundationModelAgreementOffers$) {
    };
    var ListFoundationModelsCommand = class extends command(_ep0, _mw0, "ListFoundationModels", ListFoundationModels$) {
    };
    var ListGuardrailsCommand = class extends command(_ep0, _mw0, "ListGuardrails", ListGuardrails$) {
    };
    var ListImportedModelsCommand = class extends command(_ep0, _mw0, "ListImportedModels", ListImportedModels$) {
    };
    var ListInferenceProfilesCommand = class extends command(_ep0, _mw0, "ListInferenceProfiles", ListInferenceProfiles$) {
    };
    var ListMarketplaceModelEndpointsCommand = class extends command(_ep0, _mw0, "ListMarketplaceModelEndpoints", ListMarketplaceModelEndpoints$) {
    };
    var ListModelCopyJobsCommand = class extends command(_ep0, _mw0, "ListModelCopyJobs", ListModelCopyJobs$) {
    };
    var ListModelCustomizationJobsCommand = class extends command(_ep0, _mw0, "ListModelCustomizationJobs", ListModelCustomizationJobs$) {
    };
    var ListModelImportJobsCommand = class extends command(_ep0, _mw0, "ListModelImportJobs", ListModelImportJobs$) {
    };
    var ListModelInvocationJobsCommand = class extends command(_ep0, _mw0, "ListModelInvocationJobs", ListModelInvocationJobs$) {
    };
    var ListPromptRoutersCommand = class extends command(_ep0, _mw0, "ListPromptRouters", ListPromptRouters$) {
    };
    var ListProvisionedModelThroughputsCommand = class extends command(_ep0, _mw0, "ListProvisionedModelThroughputs", ListProvisionedModelThroughputs$) {
    };
    var ListTagsForResourceCommand = class extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {
    };
    var PutAccountDataRetentionCommand = class extends command(_ep0, _mw0, "PutAccountDataRetention", PutAccountDataRetention$) {
    };
    var PutEnforcedGuardrailConfigurationCommand = class extends command(_ep0, _mw0, "PutEnforcedGuardrailConfiguration", PutEnforcedGuardrailConfiguration$) {
    };
    var PutModelInvocationLoggingConfigurationCommand = class extends command(_ep0, _mw0, "PutModelInvocationLoggingConfiguration", PutModelInvocationLoggingConfiguration$) {
    };
    var PutResourcePolicyCommand = class extends command(_ep0, _mw0, "PutResourcePolicy", PutResourcePolicy$) {
    };
    var PutUseCaseForModelAccessCommand = class extends command(_ep0, _mw0, "PutUseCaseForModelAccess", PutUseCaseForModelAccess$) {
    };
    var RegisterMarketplaceModelEndpointCommand = class extends command(_ep0, _mw0, "RegisterMarketplaceModelEndpoint", RegisterMarketplaceModelEndpoint$) {
    };
    var StartAutomatedReasoningPolicyBuildWorkflowCommand = class extends command(_ep0, _mw0, "StartAutomatedReasoningPolicyBuildWorkflow", StartAutomatedReasoningPolicyBuildWorkflow$) {
    };
    var StartAutomatedReasoningPolicyTestWorkflowCommand = class extends command(_ep0, _mw0, "StartAutomatedReasoningPolicyTestWorkflow", StartAutomatedReasoningPolicyTestWorkflow$) {
    };
    var StopAdvancedPromptOptimizationJobCommand = class extends command(_ep0, _mw0, "StopAdvancedPromptOptimizationJob", StopAdvancedPromptOptimizationJob$) {
    };
    var StopEvaluationJobCommand = class extends command(_ep0, _mw0, "StopEvaluationJob", StopEvaluationJob$) {
    };
    var StopModelCustomizationJobCommand = class extends command(_ep0, _mw0, "StopModelCustomizationJob", StopModelCustomizationJob$) {
    };
    var StopModelInvocationJobCommand = class extends command(_ep0, _mw0, "StopModelInvocationJob", StopModelInvocationJob$) {
    };
    var TagResourceCommand = class extends command(_ep0, _mw0, "TagResource", TagResource$) {
    };
    var UntagResourceCommand = class extends command(_ep0, _mw0, "UntagResource", UntagResource$) {
    };
    var UpdateAutomatedReasoningPolicyAnnotationsCommand = class extends command(_ep0, _mw0, "UpdateAutomatedReasoningPolicyAnnotations", UpdateAutomatedReasoningPolicyAnnotations$) {
    };
    var UpdateAutomatedReasoningPolicyCommand = class extends command(_ep0, _mw0, "UpdateAutomatedReasoningPolicy", UpdateAutomatedReasoningPolicy$) {
    };
    var UpdateAutomatedReasoningPolicyTestCaseCommand = class extends command(_ep0, _mw0, "UpdateAutomatedReasoningPolicyTestCase", UpdateAutomatedReasoningPolicyTestCase$) {
    };
    var UpdateCustomModelDeploymentCommand = class extends command(_ep0, _mw0, "UpdateCustomModelDeployment", UpdateCustomModelDeployment$) {
    };
    var UpdateGuardrailCommand = class extends command(_ep0, _mw0, "UpdateGuardrail", UpdateGuardrail$) {
    };
    var UpdateMarketplaceModelEndpointCommand = class extends command(_ep0, _mw0, "UpdateMarketplaceModelEndpoint", UpdateMarketplaceModelEndpoint$) {
    };
    var UpdateProvisionedModelThroughputCommand = class extends command(_ep0, _mw0, "UpdateProvisionedModelThroughput", UpdateProvisionedModelThroughput$) {
    };
    var paginateListAdvancedPromptOptimizationJobs = createPaginator(BedrockClient, ListAdvancedPromptOptimizationJobsCommand, "nextToken", "nextToken", "maxResults");
    var paginateListAutomatedReasoningPolicies = createPaginator(BedrockClient, ListAutomatedReasoningPoliciesCommand, "nextToken", "nextToken", "maxResults");
    var paginateListAutomatedReasoningPolicyBuildWorkflows = createPaginator(BedrockClient, ListAutomatedReasoningPolicyBuildWorkflowsCommand, "nextToken", "nextToken", "maxResults");
    var paginateListAutomatedReasoningPolicyTestCases = createPaginator(BedrockClient, ListAutomatedReasoningPolicyTestCasesCommand, "nextToken", "nextToken", "maxResults");
    var paginateListAutomatedReasoningPolicyTestResults = createPaginator(BedrockClient, ListAutomatedReasoningPolicyTestResultsCommand, "nextToken", "nextToken", "maxResults");
    var paginateListCustomModelDeployments = createPaginator(BedrockClient, ListCustomModelDeploymentsCommand, "nextToken", "nextToken", "maxResults");
    var paginateListCustomModels = createPaginator(BedrockClient, ListCustomModelsCommand, "nextToken", "nextToken", "maxResults");
    var paginateListEnforcedGuardrailsConfiguration = createPaginator(BedrockClient, ListEnforcedGuardrailsConfigurationCommand, "nextToken", "nextToken", "");
    var paginateListEvaluationJobs = createPaginator(BedrockClient, ListEvaluationJobsCommand, "nextToken", "nextToken", "maxResults");
    var paginateListGuardrails = createPaginator(BedrockClient, ListGuardrailsCommand, "nextToken", "nextToken", "maxResults");
    var paginateListImportedModels = createPaginator(BedrockClient, ListImportedModelsCommand, "nextToken", "nextToken", "maxResults");
    var paginateListInferenceProfiles = createPaginator(BedrockClient, ListInferenceProfilesCommand, "nextToken", "nextToken", "maxResults");
    var paginateListMarketplaceModelEndpoints = createPaginator(BedrockClient, ListMarketplaceModelEndpointsCommand, "nextToken", "nextToken", "maxResults");
    var paginateListModelCopyJobs = createPaginator(BedrockClient, ListModelCopyJobsCommand, "nextToken", "nextToken", "maxResults");
    var paginateListModelCustomizationJobs = createPaginator(BedrockClient, ListModelCustomizationJobsCommand, "nextToken", "nextToken", "maxResults");
    var paginateListModelImportJobs = createPaginator(BedrockClient, ListModelImportJobsCommand, "nextToken", "nextToken", "maxResults");
    var paginateListModelInvocationJobs = createPaginator(BedrockClient, ListModelInvocationJobsCommand, "nextToken", "nextToken", "maxResults");
    var paginateListPromptRouters = createPaginator(BedrockClient, ListPromptRoutersCommand, "nextToken", "nextToken", "maxResults");
    var paginateListProvisionedModelThroughputs = createPaginator(BedrockClient, ListProvisionedModelThroughputsCommand, "nextToken", "nextToken", "maxResults");
    var commands = {
      BatchDeleteAdvancedPromptOptimizationJobCommand,
      BatchDeleteEvaluationJobCommand,
      CancelAutomatedReasoningPolicyBuildWorkflowCommand,
      CreateAdvancedPromptOptimizationJobCommand,
      CreateAutomatedReasoningPolicyCommand,
      CreateAutomatedReasoningPolicyTestCaseCommand,
      CreateAutomatedReasoningPolicyVersionCommand,
      CreateCustomModelCommand,
      CreateCustomModelDeploymentCommand,
      CreateEvaluationJobCommand,
      CreateFoundationModelAgreementCommand,
      CreateGuardrailCommand,
      CreateGuardrailVersionCommand,
      CreateInferenceProfileCommand,
      CreateMarketplaceModelEndpointCommand,
      CreateModelCopyJobCommand,
      CreateModelCustomizationJobCommand,
      CreateModelImportJobCommand,
      CreateModelInvocationJobCommand,
      CreatePromptRouterCommand,
      CreateProvisionedModelThroughputCommand,
      DeleteAutomatedReasoningPolicyCommand,
      DeleteAutomatedReasoningPolicyBuildWorkflowCommand,
      DeleteAutomatedReasoningPolicyTestCaseCommand,
      DeleteCustomModelCommand,
      DeleteCustomModelDeploymentCommand,
      DeleteEnforcedGuardrailConfigurationCommand,
      DeleteFoundationModelAgreementCommand,
      DeleteGuardrailCommand,
      DeleteImportedModelCommand,
      DeleteInferenceProfileCommand,
      DeleteMarketplaceModelEndpointCommand,
      DeleteModelInvocationLoggingConfigurationCommand,
      DeletePromptRouterCommand,
      DeleteProvisionedModelThroughputCommand,
      DeleteResourcePolicyCommand,
      DeregisterMarketplaceModelEndpointCommand,
      ExportAutomatedReasoningPolicyVersionCommand,
      GetAccountDataRetentionCommand,
      GetAdvancedPromptOptimizationJobCommand,
      GetAutomatedReasoningPolicyCommand,
      GetAutomatedReasoningPolicyAnnotationsCommand,
      GetAutomatedReasoningPolicyBuildWorkflowCommand,
      GetAutomatedReasoningPolicyBuildWorkflowResultAssetsCommand,
      GetAutomatedReasoningPolicyNextScenarioCommand,
      GetAutomatedReasoningPolicyTestCaseCommand,
      GetAutomatedReasoningPolicyTestResultCommand,
      GetCustomModelCommand,
      GetCustomModelDeploymentCommand,
      GetEvaluationJobCommand,
      GetFoundationModelCommand,
      GetFoundationModelAvailabilityCommand,
      GetGuardrailCommand,
      GetImportedModelCommand,
      GetInferenceProfileCommand,
      GetMarketplaceModelEndpointCommand,
      GetModelCopyJobCommand,
      GetModelCustomizationJobCommand,
      GetModelImportJobCommand,
      GetModelInvocationJobCommand,
      GetModelInvocationLoggingConfigurationCommand,
      GetPromptRouterCommand,
      GetProvisionedModelThroughputCommand,
      GetResourcePolicyCommand,
      GetUseCaseForModelAccessCommand,
      ListAdvancedPromptOptimizationJobsCommand,
      ListAutomatedReasoningPoliciesCommand,
      ListAutomatedReasoningPolicyBuildWorkflowsCommand,
      ListAutomatedReasoningPolicyTestCasesCommand,
      ListAutomatedReasoningPolicyTestResultsCommand,
      ListCustomModelDeploymentsCommand,
      ListCustomModelsCommand,
      ListEnforcedGuardrailsConfigurationCommand,
      ListEvaluationJobsCommand,
      ListFoundationModelAgreementOffersCommand,
      ListFoundationModelsCommand,
      ListGuardrailsCommand,
      ListImportedModelsCommand,
      ListInferenceProfilesCommand,
      ListMarketplaceModelEndpointsCommand,
      ListModelCopyJobsCommand,
      ListModelCustomizationJobsCommand,
      ListModelImportJobsCommand,
      ListModelInvocationJobsCommand,
      ListPromptRoutersCommand,
      ListProvisionedModelThroughputsCommand,
      ListTagsForResourceCommand,
      PutAccountDataRetentionCommand,
      PutEnforcedGuardrailConfigurationCommand,
      PutModelInvocationLoggingConfigurationCommand,
      PutResourcePolicyCommand,
      PutUseCaseForModelAccessCommand,
      RegisterMarketplaceModelEndpointCommand,
      StartAutomatedReasoningPolicyBuildWorkflowCommand,
      StartAutomatedReasoningPolicyTestWorkflowCommand,
      StopAdvancedPromptOptimizationJobCommand,
      StopEvaluationJobCommand,
      StopModelCustomizationJobCommand,
      StopModelInvocationJobCommand,
      TagResourceCommand,
      UntagResourceCommand,
      UpdateAutomatedReasoningPolicyCommand,
      UpdateAutomatedReasoningPolicyAnnotationsCommand,
      UpdateAutomatedReasoningPolicyTestCaseCommand,
      UpdateCustomModelDeploymentCommand,
      UpdateGuardrailCommand,
      UpdateMarketplaceModelEndpointCommand,
      UpdateProvisionedModelThroughputCommand
    };
    var paginators = {
      paginateListAdvancedPromptOptimizationJobs,
      paginateListAutomatedReasoningPolicies,
      paginateListAutomatedReasoningPolicyBuildWorkflows,
      paginateListAutomatedReasoningPolicyTestCases,
      paginateListAutomatedReasoningPolicyTestResults,
      paginateListCustomModelDeployments,
      paginateListCustomModels,
      paginateListEnforcedGuardrailsConfiguration,
      paginateListEvaluationJobs,
      paginateListGuardrails,
      paginateListImportedModels,
      paginateListInferenceProfiles,
      paginateListMarketplaceModelEndpoints,
      paginateListModelCopyJobs,
      paginateListModelCustomizationJobs,
      paginateListModelImportJobs,
      paginateListModelInvocationJobs,
      paginateListPromptRouters,
      paginateListProvisionedModelThroughputs
    };
    var Bedrock = class extends BedrockClient {
    };
    createAggregatedClient(commands, Bedrock, { paginators });
    var SelectiveGuardingMode = {
      COMPREHENSIVE: "COMPREHENSIVE",
      SELECTIVE: "SELECTIVE"
    };
    var InputTags = {
      HONOR: "HONOR",
      IGNORE: "IGNORE"
    };
    var ConfigurationOwner = {
      ACCOUNT: "ACCOUNT"
    };
    var AdvancedPromptOptimizationJobStatus = {
      COMPLETED: "Completed",
      DELETING: "Deleting",
      FAILED: "Failed",
      IN_PROGRESS: "InProgress",
      PARTIALLY_COMPLETED: "PartiallyCompleted",
      STOPPED: "Stopped",
      STOPPING: "Stopping"
    };
    var SortJobsBy = {
      CREATION_TIME: "CreationTime"
    };
    var SortOrder = {
      ASCENDING: "Ascending",
      DESCENDING: "Descending"
    };
    var AgreementStatus = {
      AVAILABLE: "AVAILABLE",
      ERROR: "ERROR",
      NOT_AVAILABLE: "NOT_AVAILABLE",
      PENDING: "PENDING"
    };
    var AutomatedReasoningCheckResult = {
      IMPOSSIBLE: "IMPOSSIBLE",
      INVALID: "INVALID",
      NO_TRANSLATION: "NO_TRANSLATION",
      SATISFIABLE: "SATISFIABLE",
      TOO_COMPLEX: "TOO_COMPLEX",
      TRANSLATION_AMBIGUOUS: "TRANSLATION_AMBIGUOUS",
      VALID: "VALID"
    };
    var AutomatedReasoningPolicyBuildWorkflowType = {
      GENERATE_FIDELITY_REPORT: "GENERATE_FIDELITY_REPORT",
      GENERATE_POLICY_SCENARIOS: "GENERATE_POLICY_SCENARIOS",
      IMPORT_POLICY: "IMPORT_POLICY",
      INGEST_CONTENT: "INGEST_CONTENT",
      ITERATIVELY_REFINE_POLICY: "ITERATIVELY_REFINE_POLICY",
      REFINE_POLICY: "REFINE_POLICY",
      RESOLVE_POLICY_AMBIGUITIES: "RESOLVE_POLICY_AMBIGUITIES"
    };
    var AutomatedReasoningPolicyBuildDocumentContentType = {
      PDF: "pdf",
      TEXT: "txt"
    };
    var AutomatedReasoningPolicyBuildWorkflowStatus = {
      BUILDING: "BUILDING",
      CANCELLED: "CANCELLED",
      CANCEL_REQUESTED: "CANCEL_REQUESTED",
      COMPLETED: "COMPLETED",
      FAILED: "FAILED",
      PREPROCESSING: "PREPROCESSING",
      SCHEDULED: "SCHEDULED",
      TESTING: "TESTING"
    };
    var AutomatedReasoningPolicyBuildResultAssetType = {
      ASSET_MANIFEST: "ASSET_MANIFEST",
      BUILD_LOG: "BUILD_LOG",
      FIDELITY_REPORT: "FIDELITY_REPORT",
      GENERATED_TEST_CASES: "GENERATED_TEST_CASES",
      POLICY_DEFINITION: "POLICY_DEFINITION",
      POLICY_SCENARIOS: "POLICY_SCENARIOS",
      QUALITY_REPORT: "QUALITY_REPORT",
      SOURCE_DOCUMENT: "SOURCE_DOCUMENT"
    };
    var AutomatedReasoningPolicyBuildMessageType = {
      ERROR: "ERROR",
      INFO: "INFO",
      WARNING: "WARNING"
    };
    var AutomatedReasoningPolicyAnnotationStatus = {
      APPLIED: "APPLIED",
      FAILED: "FAILED"
    };
    var AutomatedReasoningCheckLogicWarningType = {
      ALWAYS_FALSE: "ALWAYS_FALSE",
      ALWAYS_TRUE: "ALWAYS_TRUE"
    };
    var AutomatedReasoningPolicyTestRunResult = {
      FAILED: "FAILED",
      PASSED: "PASSED"
    };
    var AutomatedReasoningPolicyTestRunStatus = {
      COMPLETED: "COMPLETED",
      FAILED: "FAILED",
      IN_PROGRESS: "IN_PROGRESS",
      NOT_STARTED: "NOT_STARTED",
      SCHEDULED: "SCHEDULED"
    };
    var Status = {
      INCOMPATIBLE_ENDPOINT: "INCOMPATIBLE_ENDPOINT",
      REGISTERED: "REGISTERED"
    };
    var CustomModelDeploymentStatus = {
      ACTIVE: "Active",
      CREATING: "Creating",
      FAILED: "Failed"
    };
    var CustomModelDeploymentUpdateStatus = {
      UPDATE_COMPLETED: "UpdateCompleted",
      UPDATE_FAILED: "UpdateFailed",
      UPDATING: "Updating"
    };
    var SortModelsBy = {
      CREATION_TIME: "CreationTime"
    };
    var ReasoningEffort = {
      HIGH: "high",
      LOW: "low",
      MEDIUM: "medium"
    };
    var CustomizationType = {
      CONTINUED_PRE_TRAINING: "CONTINUED_PRE_TRAINING",
      DISTILLATION: "DISTILLATION",
      FINE_TUNING: "FINE_TUNING",
      IMPORTED: "IMPORTED",
      REINFORCEMENT_FINE_TUNING: "REINFORCEMENT_FINE_TUNING"
    };
    var ModelStatus = {
      ACTIVE: "Active",
      CREATING: "Creating",
      FAILED: "Failed"
    };
    var DataRetentionMode = {
      AWS_REVIEW: "aws_review",
      DEFAULT: "default",
      INHERIT: "inherit",
      NONE: "none",
      PROVIDER_DATA_SHARE: "provider_data_share"
    };
    var EvaluationJobStatus = {
      COMPLETED: "Completed",
      DELETING: "Deleting",
      FAILED: "Failed",
      IN_PROGRESS: "InProgress",
      STOPPED: "Stopped",
      STOPPING: "Stopping"
    };
    var ApplicationType = {
      MODEL_EVALUATION: "ModelEvaluation",
      RAG_EVALUATION: "RagEvaluation"
    };
    var EvaluationTaskType = {
      CLASSIFICATION: "Classification",
      CUSTOM: "Custom",
      GENERATION: "Generation",
      QUESTION_AND_ANSWER: "QuestionAndAnswer",
      SUMMARIZATION: "Summarization"
    };
    var PerformanceConfigLatency = {
      OPTIMIZED: "optimized",
      STANDARD: "standard"
    };
    var ExternalSourceType = {
      BYTE_CONTENT: "BYTE_CONTENT",
      S3: "S3"
    };
    var QueryTransformationType = {
      QUERY_DECOMPOSITION: "QUERY_DECOMPOSITION"
    };
    var AttributeType = {
      BOOLEAN: "BOOLEAN",
      NUMBER: "NUMBER",
      STRING: "STRING",
      STRING_LIST: "STRING_LIST"
    };
    var SearchType = {
      HYBRID: "HYBRID",
      SEMANTIC: "SEMANTIC"
    };
    var RerankingMetadataSelectionMode = {
      ALL: "ALL",
      SELECTIVE: "SELECTIVE"
    };
    var VectorSearchRerankingConfigurationType = {
      BEDROCK_RERANKING_MODEL: "BEDROCK_RERANKING_MODEL"
    };
    var RetrieveAndGenerateType = {
      EXTERNAL_SOURCES: "EXTERNAL_SOURCES",
      KNOWLEDGE_BASE: "KNOWLEDGE_BASE"
    };
    var EvaluationJobType = {
      AUTOMATED: "Automated",
      HUMAN: "Human"
    };
    var GuardrailContentFilterAction = {
      BLOCK: "BLOCK",
      NONE: "NONE"
    };
    var GuardrailModality = {
      IMAGE: "IMAGE",
      TEXT: "TEXT"
    };
    var GuardrailFilterStrength = {
      HIGH: "HIGH",
      LOW: "LOW",
      MEDIUM: "MEDIUM",
      NONE: "NONE"
    };
    var GuardrailContentFilterType = {
      HATE: "HATE",
      INSULTS: "INSULTS",
      MISCONDUCT: "MISCONDUCT",
      PROMPT_ATTACK: "PROMPT_ATTACK",
      SEXUAL: "SEXUAL",
      VIOLENCE: "VIOLENCE"
    };
    var GuardrailContentFiltersTierName = {
      CLASSIC: "CLASSIC",
      STANDARD: "STANDARD"
    };
    var GuardrailContextualGroundingAction = {
      BLOCK: "BLOCK",
      NONE: "NONE"
    };
    var GuardrailContextualGroundingFilterType = {
      GROUNDING: "GROUNDING",
      RELEVANCE: "RELEVANCE"
    };
    var GuardrailContextualGroundingTierName = {
      CLASSIC: "CLASSIC",
      STANDARD: "STANDARD"
    };
    var GuardrailSensitiveInformationAction = {
      ANONYMIZE: "ANONYMIZE",
      BLOCK: "BLOCK",
      NONE: "NONE"
    };
    var GuardrailPiiEntityType = {
      ADDRESS: "ADDRESS",
      AGE: "AGE",
      AWS_ACCESS_KEY: "AWS_ACCESS_KEY",
      AWS_SECRET_KEY: "AWS_SECRET_KEY",
      CA_HEALTH_NUMBER: "CA_HEALTH_NUMBER",
      CA_SOCIAL_INSURANCE_NUMBER: "CA_SOCIAL_INSURANCE_NUMBER",
      CREDIT_DEBIT_CARD_CVV: "CREDIT_DEBIT_CARD_CVV",
      CREDIT_DEBIT_CARD_EXPIRY: "CREDIT_DEBIT_CARD_EXPIRY",
      CREDIT_DEBIT_CARD_NUMBER: "CREDIT_DEBIT_CARD_NUMBER",
      DRIVER_ID: "DRIVER_ID",
      EMAIL: "EMAIL",
      INTERNATIONAL_BANK_ACCOUNT_NUMBER: "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
      IP_ADDRESS: "IP_ADDRESS",
      LICENSE_PLATE: "LICENSE_PLATE",
      MAC_ADDRESS: "MAC_ADDRESS",
      NAME: "NAME",
      PASSWORD: "PASSWORD",
      PHONE: "PHONE",
      PIN: "PIN",
      SWIFT_CODE: "SWIFT_CODE",
      UK_NATIONAL_HEALTH_SERVICE_NUMBER: "UK_NATIONAL_HEALTH_SERVICE_NUMBER",
      UK_NATIONAL_INSURANCE_NUMBER: "UK_NATIONAL_INSURANCE_NUMBER",
      UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER: "UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER",
      URL: "URL",
      USERNAME: "USERNAME",
      US_BANK_ACCOUNT_NUMBER: "US_BANK_ACCOUNT_NUMBER",
      US_BANK_ROUTING_NUMBER: "US_BANK_ROUTING_NUMBER",
      US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER: "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
      US_PASSPORT_NUMBER: "US_PASSPORT_NUMBER",
      US_SOCIAL_SECURITY_NUMBER: "US_SOCIAL_SECURITY_NUMBER",
      VEHICLE_IDENTIFICATION_NUMBER: "VEHICLE_IDENTIFICATION_NUMBER"
    };
    var GuardrailTopicsTierName = {
      CLASSIC: "CLASSIC",
      STANDARD: "STANDARD"
    };
    var GuardrailTopicAction = {
      BLOCK: "BLOCK",
      NONE: "NONE"
    };
    var GuardrailTopicType = {
      DENY: "DENY"
    };
    var GuardrailWordAction = {
      BLOCK: "BLOCK",
      NONE: "NONE"
    };
    var GuardrailManagedWordsType = {
      PROFANITY: "PROFANITY"
    };
    var GuardrailStatus = {
      CREATING: "CREATING",
      DELETING: "DELETING",
      FAILED: "FAILED",
      READY: "READY",
      UPDATING: "UPDATING",
      VERSIONING: "VERSIONING"
    };
    var InferenceProfileStatus = {
      ACTIVE: "ACTIVE"
    };
    var InferenceProfileType = {
      APPLICATION: "APPLICATION",
      SYSTEM_DEFINED: "SYSTEM_DEFINED"
    };
    var ModelCopyJobStatus = {
      COMPLETED: "Completed",
      FAILED: "Failed",
      IN_PROGRESS: "InProgress"
    };
    var ModelImportJobStatus = {
      COMPLETED: "Completed",
      FAILED: "Failed",
      IN_PROGRESS: "InProgress"
    };
    var S3InputFormat = {
      JSONL: "JSONL"
    };
    var ModelInvocationType = {
      Converse: "Converse",
      InvokeModel: "InvokeModel"
    };
    var ModelInvocationJobStatus = {
      COMPLETED: "Completed",
      EXPIRED: "Expired",
      FAILED: "Failed",
      IN_PROGRESS: "InProgress",
      PARTIALLY_COMPLETED: "PartiallyCompleted",
      SCHEDULED: "Scheduled",
      STOPPED: "Stopped",
      STOPPING: "Stopping",
      SUBMITTED: "Submitted",
      VALIDATING: "Validating"
    };
    var ModelCustomization = {
      CONTINUED_PRE_TRAINING: "CONTINUED_PRE_TRAINING",
      DISTILLATION: "DISTILLATION",
      FINE_TUNING: "FINE_TUNING"
    };
    var InferenceType = {
      ON_DEMAND: "ON_DEMAND",
      PROVISIONED: "PROVISIONED"
    };
    var ModelModality = {
      EMBEDDING: "EMBEDDING",
      IMAGE: "IMAGE",
      TEXT: "TEXT"
    };
    var FoundationModelLifecycleStatus = {
      ACTIVE: "ACTIVE",
      LEGACY: "LEGACY"
    };
    var PromptRouterStatus = {
      AVAILABLE: "AVAILABLE"
    };
    var PromptRouterType = {
      CUSTOM: "custom",
      DEFAULT: "default"
    };
    var CommitmentDuration = {
      ONE_MONTH: "OneMonth",
      SIX_MONTHS: "SixMonths"
    };
    var ProvisionedModelStatus = {
      CREATING: "Creating",
      FAILED: "Failed",
      IN_SERVICE: "InService",
      UPDATING: "Updating"
    };
    var SortByProvisionedModels = {
      CREATION_TIME: "CreationTime"
    };
    var AuthorizationStatus = {
      AUTHORIZED: "AUTHORIZED",
      NOT_AUTHORIZED: "NOT_AUTHORIZED"
    };
    var EntitlementAvailability = {
      AVAILABLE: "AVAILABLE",
      NOT_AVAILABLE: "NOT_AVAILABLE"
    };
    var RegionAvailability = {
      AVAILABLE: "AVAILABLE",
      NOT_AVAILABLE: "NOT_AVAILABLE"
    };
    var OfferType = {
      ALL: "ALL",
      PUBLIC: "PUBLIC"
    };
    var ModelCustomizationJobStatus = {
      COMPLETED: "Completed",
      FAILED: "Failed",
      IN_PROGRESS: "InProgress",
      STOPPED: "Stopped",
      STOPPING: "Stopping"
    };
    var JobStatusDetails = {
      COMPLETED: "Completed",
      FAILED: "Failed",
      IN_PROGRESS: "InProgress",
      NOT_STARTED: "NotStarted",
      STOPPED: "Stopped",
      STOPPING: "Stopping"
    };
    var FineTuningJobStatus = {
      COMPLETED: "Completed",
      FAILED: "Failed",
      IN_PROGRESS: "InProgress",
      STOPPED: "Stopped",
      STOPPING: "Stopping"
    };
    exports.AccessDeniedException = AccessDeniedException;
    exports.AccessDeniedException$ = AccessDeniedException$;
    exports.AccountEnforcedGuardrailInferenceInputConfiguration$ = AccountEnforcedGuardrailInferenceInputConfiguration$;
    exports.AccountEnforcedGuardrailOutputConfiguration$ = AccountEnforcedGuardrailOutputConfiguration$;
    exports.AdvancedPromptOptimizationInputConfig$ = AdvancedPromptOptimizationInputConfig$;
    exports.AdvancedPromptOptimizationJobStatus = AdvancedPromptOptimizationJobStatus;
    exports.AdvancedPromptOptimizationJobSummary$ = AdvancedPromptOptimizationJobSummary$;
    exports.AdvancedPromptOptimizationOutputConfig$ = AdvancedPromptOptimizationOutputConfig$;
    exports.AgreementAvailability$ = AgreementAvailability$;
    exports.AgreementStatus = AgreementStatus;
    exports.ApplicationType = ApplicationType;
    exports.AttributeType = AttributeType;
    exports.AuthorizationStatus = AuthorizationStatus;
    exports.AutomatedEvaluationConfig$ = AutomatedEvaluationConfig$;
    exports.AutomatedEvaluationCustomMetricConfig$ = AutomatedEvaluationCustomMetricConfig$;
    exports.AutomatedEvaluationCustomMetricSource$ = AutomatedEvaluationCustomMetricSource$;
    exports.AutomatedReasoningCheckFinding$ = AutomatedReasoningCheckFinding$;
    exports.AutomatedReasoningCheckImpossibleFinding$ = AutomatedReasoningCheckImpossibleFinding$;
    exports.AutomatedReasoningCheckInputTextReference$ = AutomatedReasoningCheckInputTextReference$;
    exports.AutomatedReasoningCheckInvalidFinding$ = AutomatedReasoningCheckInvalidFinding$;
    exports.AutomatedReasoningCheckLogicWarning$ = AutomatedReasoningCheckLogicWarning$;
    exports.AutomatedReasoningCheckLogicWarningType = AutomatedReasoningCheckLogicWarningType;
    exports.AutomatedReasoningCheckNoTranslationsFinding$ = AutomatedReasoningCheckNoTranslationsFinding$;
    exports.AutomatedReasoningCheckResult = AutomatedReasoningCheckResult;
    exports.AutomatedReasoningCheckRule$ = AutomatedReasoningCheckRule$;
    exports.AutomatedReasoningCheckSatisfiableFinding$ = AutomatedReasoningCheckSatisfiableFinding$;
    exports.AutomatedReasoningCheckScenario$ = AutomatedReasoningCheckScenario$;
    exports.AutomatedReasoningCheckTooComplexFinding$ = AutomatedReasoningCheckTooComplexFinding$;
    exports.AutomatedReasoningCheckTranslation$ = AutomatedReasoningCheckTranslation$;
    exports.AutomatedReasoningCheckTranslationAmbiguousFinding$ = AutomatedReasoningCheckTranslationAmbiguousFinding$;
    exports.AutomatedReasoningCheckTranslationOption$ = AutomatedReasoningCheckTranslationOption$;
    exports.AutomatedReasoningCheckValidFinding$ = AutomatedReasoningCheckValidFinding$;
    exports.AutomatedReasoningLogicStatement$ = AutomatedReasoningLogicStatement$;
    exports.AutomatedReasoningPolicyAddRuleAnnotation$ = AutomatedReasoningPolicyAddRuleAnnotation$;
    exports.AutomatedReasoningPolicyAddRuleFromNaturalLanguageAnnotation$ = AutomatedReasoningPolicyAddRuleFromNaturalLanguageAnnotation$;
    exports.AutomatedReasoningPolicyAddRuleMutation$ = AutomatedReasoningPolicyAddRuleMutation$;
    exports.AutomatedReasoningPolicyAddTypeAnnotation$ = AutomatedReasoningPolicyAddTypeAnnotation$;
    exports.AutomatedReasoningPolicyAddTypeMutation$ = AutomatedReasoningPolicyAddTypeMutation$;
    exports.AutomatedReasoningPolicyAddTypeValue$ = AutomatedReasoningPolicyAddTypeValue$;
    exports.AutomatedReasoningPolicyAddVariableAnnotation$ = AutomatedReasoningPolicyAddVariableAnnotation$;
    exports.AutomatedReasoningPolicyAddVariableMutation$ = AutomatedReasoningPolicyAddVariableMutation$;
    exports.AutomatedReasoningPolicyAnnotatedChunk$ = AutomatedReasoningPolicyAnnotatedChunk$;
    exports.AutomatedReasoningPolicyAnnotatedContent$ = AutomatedReasoningPolicyAnnotatedContent$;
    exports.AutomatedReasoningPolicyAnnotatedLine$ = AutomatedReasoningPolicyAnnotatedLine$;
    exports.AutomatedReasoningPolicyAnnotation$ = AutomatedReasoningPolicyAnnotation$;
    exports.AutomatedReasoningPolicyAnnotationStatus = AutomatedReasoningPolicyAnnotationStatus;
    exports.AutomatedReasoningPolicyAtomicStatement$ = AutomatedReasoningPolicyAtomicStatement$;
    exports.AutomatedReasoningPolicyBuildDocumentContentType = AutomatedReasoningPolicyBuildDocumentContentType;
    exports.AutomatedReasoningPolicyBuildLog$ = AutomatedReasoningPolicyBuildLog$;
    exports.AutomatedReasoningPolicyBuildLogEntry$ = AutomatedReasoningPolicyBuildLogEntry$;
    exports.AutomatedReasoningPolicyBuildMessageType = AutomatedReasoningPolicyBuildMessageType;
    exports.AutomatedReasoningPolicyBuildResultAssetManifest$ = AutomatedReasoningPolicyBuildResultAssetManifest$;
    exports.AutomatedReasoningPolicyBuildResultAssetManifestEntry$ = AutomatedReasoningPolicyBuildResultAssetManifestEntry$;
    exports.AutomatedReasoningPolicyBuildResultAssetType = AutomatedReasoningPolicyBuildResultAssetType;
    exports.AutomatedReasoningPolicyBuildResultAssets$ = AutomatedReasoningPolicyBuildResultAssets$;
    exports.AutomatedReasoningPolicyBuildStep$ = AutomatedReasoningPolicyBuildStep$;
    exports.AutomatedReasoningPolicyBuildStepContext$ = AutomatedReasoningPolicyBuildStepContext$;
    exports.AutomatedReasoningPolicyBuildStepMessage$ = AutomatedReasoningPolicyBuildStepMessage$;
    exports.AutomatedReasoningPolicyBuildWorkflowDocument$ = AutomatedReasoningPolicyBuildWorkflowDocument$;
    exports.AutomatedReasoningPolicyBuildWorkflowRepairContent$ = AutomatedReasoningPolicyBuildWorkflowRepairContent$;
    exports.AutomatedReasoningPolicyBuildWorkflowSource$ = AutomatedReasoningPolicyBuildWorkflowSource$;
    exports.AutomatedReasoningPolicyBuildWorkflowStatus = AutomatedReasoningPolicyBuildWorkflowStatus;
    exports.AutomatedReasoningPolicyBuildWorkflowSummary$ = AutomatedReasoningPolicyBuildWorkflowSummary$;
    exports.AutomatedReasoningPolicyBuildWorkflowType = AutomatedReasoningPolicyBuildWorkflowType;
    exports.AutomatedReasoningPolicyDefinition$ = AutomatedReasoningPolicyDefinition$;
    exports.AutomatedReasoningPolicyDefinitionElement$ = AutomatedReasoningPolicyDefinitionElement$;
    exports.AutomatedReasoningPolicyDefinitionQualityReport$ = AutomatedReasoningPolicyDefinitionQualityReport$;
    exports.AutomatedReasoningPolicyDefinitionRule$ = AutomatedReasoningPolicyDefinitionRule$;
    exports.AutomatedReasoningPolicyDefinitionType$ = AutomatedReasoningPolicyDefinitionType$;
    exports.AutomatedReasoningPolicyDefinitionTypeValue$ = AutomatedReasoningPolicyDefinitionTypeValue$;
    exports.AutomatedReasoningPolicyDefinitionTypeValuePair$ = AutomatedReasoningPolicyDefinitionTypeValuePair$;
    exports.AutomatedReasoningPolicyDefinitionVariable$ = AutomatedReasoningPolicyDefinitionVariable$;
    exports.AutomatedReasoningPolicyDeleteRuleAnnotation$ = AutomatedReasoningPolicyDeleteRuleAnnotation$;
    exports.AutomatedReasoningPolicyDeleteRuleMutation$ = AutomatedReasoningPolicyDeleteRuleMutation$;
    exports.AutomatedReasoningPolicyDeleteTypeAnnotation$ = AutomatedReasoningPolicyDeleteTypeAnnotation$;
    exports.AutomatedReasoningPolicyDeleteTypeMutation$ = AutomatedReasoningPolicyDeleteTypeMutation$;
    exports.AutomatedReasoningPolicyDeleteTypeValue$ = AutomatedReasoningPolicyDeleteTypeValue$;
    exports.AutomatedReasoningPolicyDeleteVariableAnnotation$ = AutomatedReasoningPolicyDeleteVariableAnnotation$;
    exports.AutomatedReasoningPolicyDeleteVariableMutation$ = AutomatedReasoningPolicyDeleteVariableMutation$;
    exports.AutomatedReasoningPolicyDisjointRuleSet$ = AutomatedReasoningPolicyDisjointRuleSet$;
    exports.AutomatedReasoningPolicyFidelityReport$ = AutomatedReasoningPolicyFidelityReport$;
    exports.AutomatedReasoningPolicyGenerateFidelityReportContent$ = AutomatedReasoningPolicyGenerateFidelityReportContent$;
    exports.AutomatedReasoningPolicyGeneratedTestCase$ = AutomatedReasoningPolicyGeneratedTestCase$;
    exports.AutomatedReasoningPolicyGeneratedTestCases$ = AutomatedReasoningPolicyGeneratedTestCases$;
    exports.AutomatedReasoningPolicyIngestContentAnnotation$ = AutomatedReasoningPolicyIngestContentAnnotation$;
    exports.AutomatedReasoningPolicyIterativeRefinementContent$ = AutomatedReasoningPolicyIterativeRefinementContent$;
    exports.AutomatedReasoningPolicyMutation$ = AutomatedReasoningPolicyMutation$;
    exports.AutomatedReasoningPolicyPlanning$ = AutomatedReasoningPolicyPlanning$;
    exports.AutomatedReasoningPolicyReportSourceDocument$ = AutomatedReasoningPolicyReportSourceDocument$;
    exports.AutomatedReasoningPolicyRuleReport$ = AutomatedReasoningPolicyRuleReport$;
    exports.AutomatedReasoningPolicyScenario$ = AutomatedReasoningPolicyScenario$;
    exports.AutomatedReasoningPolicyScenarios$ = AutomatedReasoningPolicyScenarios$;
    exports.AutomatedReasoningPolicySourceDocument$ = AutomatedReasoningPolicySourceDocument$;
    exports.AutomatedReasoningPolicyStatementLocation$ = AutomatedReasoningPolicyStatementLocation$;
    exports.AutomatedReasoningPolicyStatementReference$ = AutomatedReasoningPolicyStatementReference$;
    exports.AutomatedReasoningPolicySummary$ = AutomatedReasoningPolicySummary$;
    exports.AutomatedReasoningPolicyTestCase$ = AutomatedReasoningPolicyTestCase$;
    exports.AutomatedReasoningPolicyTestResult$ = AutomatedReasoningPolicyTestResult$;
    exports.AutomatedReasoningPolicyTestRunResult = AutomatedReasoningPolicyTestRunResult;
    exports.AutomatedReasoningPolicyTestRunStatus = AutomatedReasoningPolicyTestRunStatus;
    exports.AutomatedReasoningPolicyTypeValueAnnotation$ = AutomatedReasoningPolicyTypeValueAnnotation$;
    exports.AutomatedReasoningPolicyUpdateFromRuleFeedbackAnnotation$ = AutomatedReasoningPolicyUpdateFromRuleFeedbackAnnotation$;
    exports.AutomatedReasoningPolicyUpdateFromScenarioFeedbackAnnotation$ = AutomatedReasoningPolicyUpdateFromScenarioFeedbackAnnotation$;
    exports.AutomatedReasoningPolicyUpdateRuleAnnotation$ = AutomatedReasoningPolicyUpdateRuleAnnotation$;
    exports.AutomatedReasoningPolicyUpdateRuleMutation$ = AutomatedReasoningPolicyUpdateRuleMutation$;
    exports.AutomatedReasoningPolicyUpdateTypeAnnotation$ = AutomatedReasoningPolicyUpdateTypeAnnotation$;
    exports.AutomatedReasoningPolicyUpdateTypeMutation$ = AutomatedReasoningPolicyUpdateTypeMutation$;
    exports.AutomatedReasoningPolicyUpdateTypeValue$ = AutomatedReasoningPolicyUpdateTypeValue$;
    exports.AutomatedReasoningPolicyUpdateVariableAnnotation$ = AutomatedReasoningPolicyUpdateVariableAnnotation$;
    exports.AutomatedReasoningPolicyUpdateVariableMutation$ = AutomatedReasoningPolicyUpdateVariableMutation$;
    exports.AutomatedReasoningPolicyVariableReport$ = AutomatedReasoningPolicyVariableReport$;
    exports.AutomatedReasoningPolicyWorkflowTypeContent$ = AutomatedReasoningPolicyWorkflowTypeContent$;
    exports.BatchDeleteAdvancedPromptOptimizationJob$ = BatchDeleteAdvancedPromptOptimizationJob$;
    exports.BatchDeleteAdvancedPromptOptimizationJobCommand = BatchDeleteAdvancedPromptOptimizationJobCommand;
    exports.BatchDeleteAdvancedPromptOptimizationJobError$ = BatchDeleteAdvancedPromptOptimizationJobError$;
    exports.BatchDeleteAdvancedPromptOptimizationJobItem$ = BatchDeleteAdvancedPromptOptimizationJobItem$;
    exports.BatchDeleteAdvancedPromptOptimizationJobRequest$ = BatchDeleteAdvancedPromptOptimizationJobRequest$;
    exports.BatchDeleteAdvancedPromptOptimizationJobResponse$ = BatchDeleteAdvancedPromptOptimizationJobResponse$;
    exports.BatchDeleteEvaluationJob$ = BatchDeleteEvaluationJob$;
    exports.BatchDeleteEvaluationJobCommand = BatchDeleteEvaluationJobCommand;
    exports.BatchDeleteEvaluationJobError$ = BatchDeleteEvaluationJobError$;
    exports.BatchDeleteEvaluationJobItem$ = BatchDeleteEvaluationJobItem$;
    exports.BatchDeleteEvaluationJobRequest$ = BatchDeleteEvaluationJobRequest$;
    exports.BatchDeleteEvaluationJobResponse$ = BatchDeleteEvaluationJobResponse$;
    exports.Bedrock = Bedrock;
    exports.BedrockClient = BedrockClient;
    exports.BedrockEvaluatorModel$ = BedrockEvaluatorModel$;
    exports.BedrockServiceException = BedrockServiceException;
    exports.BedrockServiceException$ = BedrockServiceException$;
    exports.ByteContentDoc$ = ByteContentDoc$;
    exports.CancelAutomatedReasoningPolicyBuildWorkflow$ = CancelAutomatedReasoningPolicyBuildWorkflow$;
    exports.CancelAutomatedReasoningPolicyBuildWorkflowCommand = CancelAutomatedReasoningPolicyBuildWorkflowCommand;
    exports.CancelAutomatedReasoningPolicyBuildWorkflowRequest$ = CancelAutomatedReasoningPolicyBuildWorkflowRequest$;
    exports.CancelAutomatedReasoningPolicyBuildWorkflowResponse$ = CancelAutomatedReasoningPolicyBuildWorkflowResponse$;
    exports.CloudWatchConfig$ = CloudWatchConfig$;
    exports.CommitmentDuration = CommitmentDuration;
    exports.ConfigurationOwner = ConfigurationOwner;
    exports.ConflictException = ConflictException;
    exports.ConflictException$ = ConflictException$;
    exports.CreateAdvancedPromptOptimizationJob$ = CreateAdvancedPromptOptimizationJob$;
    exports.CreateAdvancedPromptOptimizationJobCommand = CreateAdvancedPromptOptimizationJobCommand;
    exports.CreateAdvancedPromptOptimizationJobRequest$ = CreateAdvancedPromptOptimizationJobRequest$;
    exports.CreateAdvancedPromptOptimizationJobResponse$ = CreateAdvancedPromptOptimizationJobResponse$;
    exports.CreateAutomatedReasoningPolicy$ = CreateAutomatedReasoningPolicy$;
    exports.CreateAutomatedReasoningPolicyCommand = CreateAutomatedReasoningPolicyCommand;
    exports.CreateAutomatedReasoningPolicyRequest$ = CreateAutomatedReasoningPolicyRequest$;
    exports.CreateAutomatedReasoningPolicyResponse$ = CreateAutomatedReasoningPolicyResponse$;
    exports.CreateAutomatedReasoningPolicyTestCase$ = CreateAutomatedReasoningPolicyTestCase$;
    exports.CreateAutomatedReasoningPolicyTestCaseCommand = CreateAutomatedReasoningPolicyTestCaseCommand;
    exports.CreateAutomatedReasoningPolicyTestCaseRequest$ = CreateAutomatedReasoningPolicyTestCaseRequest$;
    exports.CreateAutomatedReasoningPolicyTestCaseResponse$ = CreateAutomatedReasoningPolicyTestCaseResponse$;
    exports.CreateAutomatedReasoningPolicyVersion$ = CreateAutomatedReasoningPolicyVersion$;
    exports.CreateAutomatedReasoningPolicyVersionCommand = CreateAutomatedReasoningPolicyVersionCommand;
    exports.CreateAutomatedReasoningPolicyVersionRequest$ = CreateAutomatedReasoningPolicyVersionRequest$;
    exports.CreateAutomatedReasoningPolicyVersionResponse$ = CreateAutomatedReasoningPolicyVersionResponse$;
    exports.CreateCustomModel$ = CreateCustomModel$;
    exports.CreateCustomModelCommand = CreateCustomModelCommand;
    exports.CreateCustomModelDeployment$ = CreateCustomModelDeployment$;
    exports.CreateCustomModelDeploymentCommand = CreateCustomModelDeploymentCommand;
    exports.CreateCustomModelDeploymentRequest$ = CreateCustomModelDeploymentRequest$;
    exports.CreateCustomModelDeploymentResponse$ = CreateCustomModelDeploymentResponse$;
    exports.CreateCustomModelRequest$ = CreateCustomModelRequest$;
    exports.CreateCustomModelResponse$ = CreateCustomModelResponse$;
    exports.CreateEvaluationJob$ = CreateEvaluationJob$;
    exports.CreateEvaluationJobCommand = CreateEvaluationJobCommand;
    exports.CreateEvaluationJobRequest$ = CreateEvaluationJobRequest$;
    exports.CreateEvaluationJobResponse$ = CreateEvaluationJobResponse$;
    exports.CreateFoundationModelAgreement$ = CreateFoundationModelAgreement$;
    exports.CreateFoundationModelAgreementCommand = CreateFoundationModelAgreementCommand;
    exports.CreateFoundationModelAgreementRequest$ = CreateFoundationModelAgreementRequest$;
    exports.CreateFoundationModelAgreementResponse$ = CreateFoundationModelAgreementResponse$;
    exports.CreateGuardrail$ = CreateGuardrail$;
    exports.CreateGuardrailCommand = CreateGuardrailCommand;
    exports.CreateGuardrailRequest$ = CreateGuardrailRequest$;
    exports.CreateGuardrailResponse$ = CreateGuardrailResponse$;
    exports.CreateGuardrailVersion$ = CreateGuardrailVersion$;
    exports.CreateGuardrailVersionCommand = CreateGuardrailVersionCommand;
    exports.CreateGuardrailVersionRequest$ = CreateGuardrailVersionRequest$;
    exports.CreateGuardrailVersionResponse$ = CreateGuardrailVersionResponse$;
    exports.CreateInferenceProfile$ = CreateInferenceProfile$;
    exports.CreateInferenceProfileCommand = CreateInferenceProfileCommand;
    exports.CreateInferenceProfileRequest$ = CreateInferenceProfileRequest$;
    exports.CreateInferenceProfileResponse$ = CreateInferenceProfileResponse$;
    exports.CreateMarketplaceModelEndpoint$ = CreateMarketplaceModelEndpoint$;
    exports.CreateMarketplaceModelEndpointCommand = CreateMarketplaceModelEndpointCommand;
    exports.CreateMarketplaceModelEndpointRequest$ = CreateMarketplaceModelEndpointRequest$;
    exports.CreateMarketplaceModelEndpointResponse$ = CreateMarketplaceModelEndpointResponse$;
    exports.CreateModelCopyJob$ = CreateModelCopyJob$;
    exports.CreateModelCopyJobCommand = CreateModelCopyJobCommand;
    exports.CreateModelCopyJobRequest$ = CreateModelCopyJobRequest$;
    exports.CreateModelCopyJobResponse$ = CreateModelCopyJobResponse$;
    exports.CreateModelCustomizationJob$ = CreateModelCustomizationJob$;
    exports.CreateModelCustomizationJobCommand = CreateModelCustomizationJobCommand;
    exports.CreateModelCustomizationJobRequest$ = CreateModelCustomizationJobRequest$;
    exports.CreateModelCustomizationJobResponse$ = CreateModelCustomizationJobResponse$;
    exports.CreateModelImportJob$ = CreateModelImportJob$;
    exports.CreateModelImportJobCommand = CreateModelImportJobCommand;
    exports.CreateModelImportJobRequest$ = CreateModelImportJobRequest$;
    exports.CreateModelImportJobResponse$ = CreateModelImportJobResponse$;
    exports.CreateModelInvocationJob$ = CreateModelInvocationJob$;
    exports.CreateModelInvocationJobCommand = CreateModelInvocationJobCommand;
    exports.CreateModelInvocationJobRequest$ = CreateModelInvocationJobRequest$;
    exports.CreateModelInvocationJobResponse$ = CreateModelInvocationJobResponse$;
    exports.CreatePromptRouter$ = CreatePromptRouter$;
    exports.CreatePromptRouterCommand = CreatePromptRouterCommand;
    exports.CreatePromptRouterRequest$ = CreatePromptRouterRequest$;
    exports.CreatePromptRouterResponse$ = CreatePromptRouterResponse$;
    exports.CreateProvisionedModelThroughput$ = CreateProvisionedModelThroughput$;
    exports.CreateProvisionedModelThroughputCommand = CreateProvisionedModelThroughputCommand;
    exports.CreateProvisionedModelThroughputRequest$ = CreateProvisionedModelThroughputRequest$;
    exports.CreateProvisionedModelThroughputResponse$ = CreateProvisionedModelThroughputResponse$;
    exports.CustomMetricBedrockEvaluatorModel$ = CustomMetricBedrockEvaluatorModel$;
    exports.CustomMetricDefinition$ = CustomMetricDefinition$;
    exports.CustomMetricEvaluatorModelConfig$ = CustomMetricEvaluatorModelConfig$;
    exports.CustomModelDataSource$ = CustomModelDataSource$;
    exports.CustomModelDeploymentStatus = CustomModelDeploymentStatus;
    exports.CustomModelDeploymentSummary$ = CustomModelDeploymentSummary$;
    exports.CustomModelDeploymentUpdateDetails$ = CustomModelDeploymentUpdateDetails$;
    exports.CustomModelDeploymentUpdateStatus = CustomModelDeploymentUpdateStatus;
    exports.CustomModelSummary$ = CustomModelSummary$;
    exports.CustomModelUnits$ = CustomModelUnits$;
    exports.CustomizationConfig$ = CustomizationConfig$;
    exports.CustomizationType = CustomizationType;
    exports.DataProcessingDetails$ = DataProcessingDetails$;
    exports.DataRetentionMode = DataRetentionMode;
    exports.DeleteAutomatedReasoningPolicy$ = DeleteAutomatedReasoningPolicy$;
    exports.DeleteAutomatedReasoningPolicyBuildWorkflow$ = DeleteAutomatedReasoningPolicyBuildWorkflow$;
    exports.DeleteAutomatedReasoningPolicyBuildWorkflowCommand = DeleteAutomatedReasoningPolicyBuildWorkflowCommand;
    exports.DeleteAutomatedReasoningPolicyBuildWorkflowRequest$ = DeleteAutomatedReasoningPolicyBuildWorkflowRequest$;
    exports.DeleteAutomatedReasoningPolicyBuildWorkflowResponse$ = DeleteAutomatedReasoningPolicyBuildWorkflowResponse$;
    exports.DeleteAutomatedReasoningPolicyCommand = DeleteAutomatedReasoningPolicyCommand;
    exports.DeleteAutomatedReasoningPolicyRequest$ = DeleteAutomatedReasoningPolicyRequest$;
    exports.DeleteAutomatedReasoningPolicyResponse$ = DeleteAutomatedReasoningPolicyResponse$;
    exports.DeleteAutomatedReasoningPolicyTestCase$ = DeleteAutomatedReasoningPolicyTestCase$;
    exports.DeleteAutomatedReasoningPolicyTestCaseCommand = DeleteAutomatedReasoningPolicyTestCaseCommand;
    exports.DeleteAutomatedReasoningPolicyTestCaseRequest$ = DeleteAutomatedReasoningPolicyTestCaseRequest$;
    exports.DeleteAutomatedReasoningPolicyTestCaseResponse$ = DeleteAutomatedReasoningPolicyTestCaseResponse$;
    exports.DeleteCustomModel$ = DeleteCustomModel$;
    exports.DeleteCustomModelCommand = DeleteCustomModelCommand;
    exports.DeleteCustomModelDeployment$ = DeleteCustomModelDeployment$;
    exports.DeleteCustomModelDeploymentCommand = DeleteCustomModelDeploymentCommand;
    exports.DeleteCustomModelDeploymentRequest$ = DeleteCustomModelDeploymentRequest$;
    exports.DeleteCustomModelDeploymentResponse$ = DeleteCustomModelDeploymentResponse$;
    exports.DeleteCustomModelRequest$ = DeleteCustomModelRequest$;
    exports.DeleteCustomModelResponse$ = DeleteCustomModelResponse$;
    exports.DeleteEnforcedGuardrailConfiguration$ = DeleteEnforcedGuardrailConfiguration$;
    exports.DeleteEnforcedGuardrailConfigurationCommand = DeleteEnforcedGuardrailConfigurationCommand;
    exports.DeleteEnforcedGuardrailConfigurationRequest$ = DeleteEnforcedGuardrailConfigurationRequest$;
    exports.DeleteEnforcedGuardrailConfigurationResponse$ = DeleteEnforcedGuardrailConfigurationResponse$;
    exports.DeleteFoundationModelAgreement$ = DeleteFoundationModelAgreement$;
    exports.DeleteFoundationModelAgreementCommand = DeleteFoundationModelAgreementCommand;
    exports.DeleteFoundationModelAgreementRequest$ = DeleteFoundationModelAgreementRequest$;
    exports.DeleteFoundationModelAgreementResponse$ = DeleteFoundationModelAgreementResponse$;
    exports.DeleteGuardrail$ = DeleteGuardrail$;
    exports.DeleteGuardrailCommand = DeleteGuardrailCommand;
    exports.DeleteGuardrailRequest$ = DeleteGuardrailRequest$;
    exports.DeleteGuardrailResponse$ = DeleteGuardrailResponse$;
    exports.DeleteImportedModel$ = DeleteImportedModel$;
    exports.DeleteImportedModelCommand = DeleteImportedModelCommand;
    exports.DeleteImportedModelRequest$ = DeleteImportedModelRequest$;
    exports.DeleteImportedModelResponse$ = DeleteImportedModelResponse$;
    exports.DeleteInferenceProfile$ = DeleteInferenceProfile$;
    exports.DeleteInferenceProfileCommand = DeleteInferenceProfileCommand;
    exports.DeleteInferenceProfileRequest$ = DeleteInferenceProfileRequest$;
    exports.DeleteInferenceProfileResponse$ = DeleteInferenceProfileResponse$;
    exports.DeleteMarketplaceModelEndpoint$ = DeleteMarketplaceModelEndpoint$;
    exports.DeleteMarketplaceModelEndpointCommand = DeleteMarketplaceModelEndpointCommand;
    exports.DeleteMarketplaceModelEndpointRequest$ = DeleteMarketplaceModelEndpointRequest$;
    exports.DeleteMarketplaceModelEndpointResponse$ = DeleteMarketplaceModelEndpointResponse$;
    exports.DeleteModelInvocationLoggingConfiguration$ = DeleteModelInvocationLoggingConfiguration$;
    exports.DeleteModelInvocationLoggingConfigurationCommand = DeleteModelInvocationLoggingConfigurationCommand;
    exports.DeleteModelInvocationLoggingConfigurationRequest$ = DeleteModelInvocationLoggingConfigurationRequest$;
    exports.DeleteModelInvocationLoggingConfigurationResponse$ = DeleteModelInvocationLoggingConfigurationResponse$;
    exports.DeletePromptRouter$ = DeletePromptRouter$;
    exports.DeletePromptRouterCommand = DeletePromptRouterCommand;
    exports.DeletePromptRouterRequest$ = DeletePromptRouterRequest$;
    exports.DeletePromptRouterResponse$ = DeletePromptRouterResponse$;
    exports.DeleteProvisionedModelThroughput$ = DeleteProvisionedModelThroughput$;
    exports.DeleteProvisionedModelThroughputCommand = DeleteProvisionedModelThroughputCommand;
    exports.DeleteProvisionedModelThroughputRequest$ = DeleteProvisionedModelThroughputRequest$;
    exports.DeleteProvisionedModelThroughputResponse$ = DeleteProvisionedModelThroughputResponse$;
    exports.DeleteResourcePolicy$ = DeleteResourcePolicy$;
    exports.DeleteResourcePolicyCommand = DeleteResourcePolicyCommand;
    exports.DeleteResourcePolicyRequest$ = DeleteResourcePolicyRequest$;
    exports.DeleteResourcePolicyResponse$ = DeleteResourcePolicyResponse$;
    exports.DeregisterMarketplaceModelEndpoint$ = DeregisterMarketplaceModelEndpoint$;
    exports.DeregisterMarketplaceModelEndpointCommand = DeregisterMarketplaceModelEndpointCommand;
    exports.DeregisterMarketplaceModelEndpointRequest$ = DeregisterMarketplaceModelEndpointRequest$;
    exports.DeregisterMarketplaceModelEndpointResponse$ = DeregisterMarketplaceModelEndpointResponse$;
    exports.DimensionalPriceRate$ = DimensionalPriceRate$;
    exports.DistillationConfig$ = DistillationConfig$;
    exports.EndpointConfig$ = EndpointConfig$;
    exports.EntitlementAvailability = EntitlementAvailability;
    exports.EvaluationBedrockModel$ = EvaluationBedrockModel$;
    exports.EvaluationConfig$ = EvaluationConfig$;
    exports.EvaluationDataset$ = EvaluationDataset$;
    exports.EvaluationDatasetLocation$ = EvaluationDatasetLocation$;
    exports.EvaluationDatasetMetricConfig$ = EvaluationDatasetMetricConfig$;
    exports.EvaluationInferenceConfig$ = EvaluationInferenceConfig$;
    exports.EvaluationInferenceConfigSummary$ = EvaluationInferenceConfigSummary$;
    exports.EvaluationJobStatus = EvaluationJobStatus;
    exports.EvaluationJobType = EvaluationJobType;
    exports.EvaluationModelConfig$ = EvaluationModelConfig$;
    exports.EvaluationModelConfigSummary$ = EvaluationModelConfigSummary$;
    exports.EvaluationOutputDataConfig$ = EvaluationOutputDataConfig$;
    exports.EvaluationPrecomputedInferenceSource$ = EvaluationPrecomputedInferenceSource$;
    exports.EvaluationPrecomputedRagSourceConfig$ = EvaluationPrecomputedRagSourceConfig$;
    exports.EvaluationPrecomputedRetrieveAndGenerateSourceConfig$ = EvaluationPrecomputedRetrieveAndGenerateSourceConfig$;
    exports.EvaluationPrecomputedRetrieveSourceConfig$ = EvaluationPrecomputedRetrieveSourceConfig$;
    exports.EvaluationRagConfigSummary$ = EvaluationRagConfigSummary$;
    exports.EvaluationSummary$ = EvaluationSummary$;
    exports.EvaluationTaskType = EvaluationTaskType;
    exports.EvaluatorModelConfig$ = EvaluatorModelConfig$;
    exports.ExportAutomatedReasoningPolicyVersion$ = ExportAutomatedReasoningPolicyVersion$;
    exports.ExportAutomatedReasoningPolicyVersionCommand = ExportAutomatedReasoningPolicyVersionCommand;
    exports.ExportAutomatedReasoningPolicyVersionRequest$ = ExportAutomatedReasoningPolicyVersionRequest$;
    exports.ExportAutomatedReasoningPolicyVersionResponse$ = ExportAutomatedReasoningPolicyVersionResponse$;
    exports.ExternalSource$ = ExternalSource$;
    exports.ExternalSourceType = ExternalSourceType;
    exports.ExternalSourcesGenerationConfiguration$ = ExternalSourcesGenerationConfiguration$;
    exports.ExternalSourcesRetrieveAndGenerateConfiguration$ = ExternalSourcesRetrieveAndGenerateConfiguration$;
    exports.FieldForReranking$ = FieldForReranking$;
    exports.FilterAttribute$ = FilterAttribute$;
    exports.FineTuningJobStatus = FineTuningJobStatus;
    exports.FoundationModelDetails$ = FoundationModelDetails$;
    exports.FoundationModelLifecycle$ = FoundationModelLifecycle$;
    exports.FoundationModelLifecycleStatus = FoundationModelLifecycleStatus;
    exports.FoundationModelSummary$ = FoundationModelSummary$;
    exports.GenerationConfiguration$ = GenerationConfiguration$;
    exports.GetAccountDataRetention$ = GetAccountDataRetention$;
    exports.GetAccountDataRetentionCommand = GetAccountDataRetentionCommand;
    exports.GetAccountDataRetentionRequest$ = GetAccountDataRetentionRequest$;
    exports.GetAccountDataRetentionResponse$ = GetAccountDataRetentionResponse$;
    exports.GetAdvancedPromptOptimizationJob$ = GetAdvancedPromptOptimizationJob$;
    exports.GetAdvancedPromptOptimizationJobCommand = GetAdvancedPromptOptimizationJobCommand;
    exports.GetAdvancedPromptOptimizationJobRequest$ = GetAdvancedPromptOptimizationJobRequest$;
    exports.GetAdvancedPromptOptimizationJobResponse$ = GetAdvancedPromptOptimizationJobResponse$;
    exports.GetAutomatedReasoningPolicy$ = GetAutomatedReasoningPolicy$;
    exports.GetAutomatedReasoningPolicyAnnotations$ = GetAutomatedReasoningPolicyAnnotations$;
    exports.GetAutomatedReasoningPolicyAnnotationsCommand = GetAutomatedReasoningPolicyAnnotationsCommand;
    exports.GetAutomatedReasoningPolicyAnnotationsRequest$ = GetAutomatedReasoningPolicyAnnotationsRequest$;
    exports.GetAutomatedReasoningPolicyAnnotationsResponse$ = GetAutomatedReasoningPolicyAnnotationsResponse$;
    exports.GetAutomatedReasoningPolicyBuildWorkflow$ = GetAutomatedReasoningPolicyBuildWorkflow$;
    exports.GetAutomatedReasoningPolicyBuildWorkflowCommand = GetAutomatedReasoningPolicyBuildWorkflowCommand;
    exports.GetAutomatedReasoningPolicyBuildWorkflowRequest$ = GetAutomatedReasoningPolicyBuildWorkflowRequest$;
    exports.GetAutomatedReasoningPolicyBuildWorkflowResponse$ = GetAutomatedReasoningPolicyBuildWorkflowResponse$;
    exports.GetAutomatedReasoningPolicyBuildWorkflowResultAssets$ = GetAutomatedReasoningPolicyBuildWorkflowResultAssets$;
    exports.GetAutomatedReasoningPolicyBuildWorkflowResultAssetsCommand = GetAutomatedReasoningPolicyBuildWorkflowResultAssetsCommand;
    exports.GetAutomatedReasoningPolicyBuildWorkflowResultAssetsRequest$ = GetAutomatedReasoningPolicyBuildWorkflowResultAssetsRequest$;
    exports.GetAutomatedReasoningPolicyBuildWorkflowResultAssetsResponse$ = GetAutomatedReasoningPolicyBuildWorkflowResultAssetsResponse$;
    exports.GetAutomatedReasoningPolicyCommand = GetAutomatedReasoningPolicyCommand;
    exports.GetAutomatedReasoningPolicyNextScenario$ = GetAutomatedReasoningPolicyNextScenario$;
    exports.GetAutomatedReasoningPolicyNextScenarioCommand = GetAutomatedReasoningPolicyNextScenarioCommand;
    exports.GetAutomatedReasoningPolicyNextScenarioRequest$ = GetAutomatedReasoningPolicyNextScenarioRequest$;
    exports.GetAutomatedReasoningPolicyNextScenarioResponse$ = GetAutomatedReasoningPolicyNextScenarioResponse$;
    exports.GetAutomatedReasoningPolicyRequest$ = GetAutomatedReasoningPolicyRequest$;
    exports.GetAutomatedReasoningPolicyResponse$ = GetAutomatedReasoningPolicyResponse$;
    exports.GetAutomatedReasoningPolicyTestCase$ = GetAutomatedReasoningPolicyTestCase$;
    exports.GetAutomatedReasoningPolicyTestCaseCommand = GetAutomatedReasoningPolicyTestCaseCommand;
    exports.GetAutomatedReasoningPolicyTestCaseRequest$ = GetAutomatedReasoningPolicyTestCaseRequest$;
    exports.GetAutomatedReasoningPolicyTestCaseResponse$ = GetAutomatedReasoningPolicyTestCaseResponse$;
    exports.GetAutomatedReasoningPolicyTestResult$ = GetAutomatedReasoningPolicyTestResult$;
    exports.GetAutomatedReasoningPolicyTestResultCommand = GetAutomatedReasoningPolicyTestResultCommand;
    exports.GetAutomatedReasoningPolicyTestResultRequest$ = GetAutomatedReasoningPolicyTestResultRequest$;
    exports.GetAutomatedReasoningPolicyTestResultResponse$ = GetAutomatedReasoningPolicyTestResultResponse$;
    exports.GetCustomModel$ = GetCustomModel$;
    exports.GetCustomModelCommand = GetCustomModelCommand;
    exports.GetCustomModelDeployment$ = GetCustomModelDeployment$;
    exports.GetCustomModelDeploymentCommand = GetCustomModelDeploymentCommand;
    exports.GetCustomModelDeploymentRequest$ = GetCustomModelDeploymentRequest$;
    exports.GetCustomModelDeploymentResponse$ = GetCustomModelDeploymentResponse$;
    exports.GetCustomModelRequest$ = GetCustomModelRequest$;
    exports.GetCustomModelResponse$ = GetCustomModelResponse$;
    exports.GetEvaluationJob$ = GetEvaluationJob$;
    exports.GetEvaluationJobCommand = GetEvaluationJobCommand;
    exports.GetEvaluationJobRequest$ = GetEvaluationJobRequest$;
    exports.GetEvaluationJobResponse$ = GetEvaluationJobResponse$;
    exports.GetFoundationModel$ = GetFoundationModel$;
    exports.GetFoundationModelAvailability$ = GetFoundationModelAvailability$;
    exports.GetFoundationModelAvailabilityCommand = GetFoundationModelAvailabilityCommand;
    exports.GetFoundationModelAvailabilityRequest$ = GetFoundationModelAvailabilityRequest$;
    exports.GetFoundationModelAvailabilityResponse$ = GetFoundationModelAvailabilityResponse$;
    exports.GetFoundationModelCommand = GetFoundationModelCommand;
    exports.GetFoundationModelRequest$ = GetFoundationModelRequest$;
    exports.GetFoundationModelResponse$ = GetFoundationModelResponse$;
    exports.GetGuardrail$ = GetGuardrail$;
    exports.GetGuardrailCommand = GetGuardrailCommand;
    exports.GetGuardrailRequest$ = GetGuardrailRequest$;
    exports.GetGuardrailResponse$ = GetGuardrailResponse$;
    exports.GetImportedModel$ = GetImportedModel$;
    exports.GetImportedModelCommand = GetImportedModelCommand;
    exports.GetImportedModelRequest$ = GetImportedModelRequest$;
    exports.GetImportedModelResponse$ = GetImportedModelResponse$;
    exports.GetInferenceProfile$ = GetInferenceProfile$;
    exports.GetInferenceProfileCommand = GetInferenceProfileCommand;
    exports.GetInferenceProfileRequest$ = GetInferenceProfileRequest$;
    exports.GetInferenceProfileResponse$ = GetInferenceProfileResponse$;
    exports.GetMarketplaceModelEndpoint$ = GetMarketplaceModelEndpoint$;
    exports.GetMarketplaceModelEndpointCommand = GetMarketplaceModelEndpointCommand;
    exports.GetMarketplaceModelEndpointRequest$ = GetMarketplaceModelEndpointRequest$;
    exports.GetMarketplaceModelEndpointResponse$ = GetMarketplaceModelEndpointResponse$;
    exports.GetModelCopyJob$ = GetModelCopyJob$;
    exports.GetModelCopyJobCommand = GetModelCopyJobCommand;
    exports.GetModelCopyJobRequest$ = GetModelCopyJobRequest$;
    exports.GetModelCopyJobResponse$ = GetModelCopyJobResponse$;
    exports.GetModelCustomizationJob$ = GetModelCustomizationJob$;
    exports.GetModelCustomizationJobCommand = GetModelCustomizationJobCommand;
    exports.GetModelCustomizationJobRequest$ = GetModelCustomizationJobRequest$;
    exports.GetModelCustomizationJobResponse$ = GetModelCustomizationJobResponse$;
    exports.GetModelImportJob$ = GetModelImportJob$;
    exports.GetModelImportJobCommand = GetModelImportJobCommand;
    exports.GetModelImportJobRequest$ = GetModelImportJobRequest$;
    exports.GetModelImportJobResponse$ = GetModelImportJobResponse$;
    exports.GetModelInvocationJob$ = GetModelInvocationJob$;
    exports.GetModelInvocationJobCommand = GetModelInvocationJobCommand;
    exports.GetModelInvocationJobRequest$ = GetModelInvocationJobRequest$;
    exports.GetModelInvocationJobResponse$ = GetModelInvocationJobResponse$;
    exports.GetModelInvocationLoggingConfiguration$ = GetModelInvocationLoggingConfiguration$;
    exports.GetModelInvocationLoggingConfigurationCommand = GetModelInvocationLoggingConfigurationCommand;
    exports.GetModelInvocationLoggingConfigurationRequest$ = GetModelInvocationLoggingConfigurationRequest$;
    exports.GetModelInvocationLoggingConfigurationResponse$ = GetModelInvocationLoggingConfigurationResponse$;
    exports.GetPromptRouter$ = GetPromptRouter$;
    exports.GetPromptRouterCommand = GetPromptRouterCommand;
    exports.GetPromptRouterRequest$ = GetPromptRouterRequest$;
    exports.GetPromptRouterResponse$ = GetPromptRouterResponse$;
    exports.GetProvisionedModelThroughput$ = GetProvisionedModelThroughput$;
    exports.GetProvisionedModelThroughputCommand = GetProvisionedModelThroughputCommand;
    exports.GetProvisionedModelThroughputRequest$ = GetProvisionedModelThroughputRequest$;
    exports.GetProvisionedModelThroughputResponse$ = GetProvisionedModelThroughputResponse$;
    exports.GetResourcePolicy$ = GetResourcePolicy$;
    exports.GetResourcePolicyCommand = GetResourcePolicyCommand;
    exports.GetResourcePolicyRequest$ = GetResourcePolicyRequest$;
    exports.GetResourcePolicyResponse$ = GetResourcePolicyResponse$;
    exports.GetUseCaseForModelAccess$ = GetUseCaseForModelAccess$;
    exports.GetUseCaseForModelAccessCommand = GetUseCaseForModelAccessCommand;
    exports.GetUseCaseForModelAccessRequest$ = GetUseCaseForModelAccessRequest$;
    exports.GetUseCaseForModelAccessResponse$ = GetUseCaseForModelAccessResponse$;
    exports.GraderConfig$ = GraderConfig$;
    exports.GuardrailAutomatedReasoningPolicy$ = GuardrailAutomatedReasoningPolicy$;
    exports.GuardrailAutomatedReasoningPolicyConfig$ = GuardrailAutomatedReasoningPolicyConfig$;
    exports.GuardrailConfiguration$ = GuardrailConfiguration$;
    exports.GuardrailContentFilter$ = GuardrailContentFilter$;
    exports.GuardrailContentFilterAction = GuardrailContentFilterAction;
    exports.GuardrailContentFilterConfig$ = GuardrailContentFilterConfig$;
    exports.GuardrailContentFilterType = GuardrailContentFilterType;
    exports.GuardrailContentFiltersTier$ = GuardrailContentFiltersTier$;
    exports.GuardrailContentFiltersTierConfig$ = GuardrailContentFiltersTierConfig$;
    exports.GuardrailContentFiltersTierName = GuardrailContentFiltersTierName;
    exports.GuardrailContentPolicy$ = GuardrailContentPolicy$;
    exports.GuardrailContentPolicyConfig$ = GuardrailContentPolicyConfig$;
    exports.GuardrailContextualGroundingAction = GuardrailContextualGroundingAction;
    exports.GuardrailContextualGroundingFilter$ = GuardrailContextualGroundingFilter$;
    exports.GuardrailContextualGroundingFilterConfig$ = GuardrailContextualGroundingFilterConfig$;
    exports.GuardrailContextualGroundingFilterType = GuardrailContextualGroundingFilterType;
    exports.GuardrailContextualGroundingPolicy$ = GuardrailContextualGroundingPolicy$;
    exports.GuardrailContextualGroundingPolicyConfig$ = GuardrailContextualGroundingPolicyConfig$;
    exports.GuardrailContextualGroundingTier$ = GuardrailContextualGroundingTier$;
    exports.GuardrailContextualGroundingTierConfig$ = GuardrailContextualGroundingTierConfig$;
    exports.GuardrailContextualGroundingTierName = GuardrailContextualGroundingTierName;
    exports.GuardrailCrossRegionConfig$ = GuardrailCrossRegionConfig$;
    exports.GuardrailCrossRegionDetails$ = GuardrailCrossRegionDetails$;
    exports.GuardrailFilterStrength = GuardrailFilterStrength;
    exports.GuardrailManagedWords$ = GuardrailManagedWords$;
    exports.GuardrailManagedWordsConfig$ = GuardrailManagedWordsConfig$;
    exports.GuardrailManagedWordsType = GuardrailManagedWordsType;
    exports.GuardrailModality = GuardrailModality;
    exports.GuardrailPiiEntity$ = GuardrailPiiEntity$;
    exports.GuardrailPiiEntityConfig$ = GuardrailPiiEntityConfig$;
    exports.GuardrailPiiEntityType = GuardrailPiiEntityType;
    exports.GuardrailRegex$ = GuardrailRegex$;
    exports.GuardrailRegexConfig$ = GuardrailRegexConfig$;
    exports.GuardrailSensitiveInformationAction = GuardrailSensitiveInformationAction;
    exports.GuardrailSensitiveInformationPolicy$ = GuardrailSensitiveInformationPolicy$;
    exports.GuardrailSensitiveInformationPolicyConfig$ = GuardrailSensitiveInformationPolicyConfig$;
    exports.GuardrailStatus = GuardrailStatus;
    exports.GuardrailSummary$ = GuardrailSummary$;
    exports.GuardrailTopic$ = GuardrailTopic$;
    exports.GuardrailTopicAction = GuardrailTopicAction;
    exports.GuardrailTopicConfig$ = GuardrailTopicConfig$;
    exports.GuardrailTopicPolicy$ = GuardrailTopicPolicy$;
    exports.GuardrailTopicPolicyConfig$ = GuardrailTopicPolicyConfig$;
    exports.GuardrailTopicType = GuardrailTopicType;
    exports.GuardrailTopicsTier$ = GuardrailTopicsTier$;
    exports.GuardrailTopicsTierConfig$ = GuardrailTopicsTierConfig$;
    exports.GuardrailTopicsTierName = GuardrailTopicsTierName;
    exports.GuardrailWord$ = GuardrailWord$;
    exports.GuardrailWordAction = GuardrailWordAction;
    exports.GuardrailWordConfig$ = GuardrailWordConfig$;
    exports.GuardrailWordPolicy$ = GuardrailWordPolicy$;
    exports.GuardrailWordPolicyConfig$ = GuardrailWordPolicyConfig$;
    exports.HumanEvaluationConfig$ = HumanEvaluationConfig$;
    exports.HumanEvaluationCustomMetric$ = HumanEvaluationCustomMetric$;
    exports.HumanWorkflowConfig$ = HumanWorkflowConfig$;
    exports.ImplicitFilterConfiguration$ = ImplicitFilterConfiguration$;
    exports.ImportedModelSummary$ = ImportedModelSummary$;
    exports.InferenceConfiguration$ = InferenceConfiguration$;
    exports.InferenceProfileModel$ = InferenceProfileModel$;
    exports.InferenceProfileModelSource$ = InferenceProfileModelSource$;
    exports.InferenceProfileStatus = InferenceProfileStatus;
    exports.InferenceProfileSummary$ = InferenceProfileSummary$;
    exports.InferenceProfileType = InferenceProfileType;
    exports.InferenceType = InferenceType;
    exports.InputTags = InputTags;
    exports.InternalServerException = InternalServerException;
    exports.InternalServerException$ = InternalServerException$;
    exports.InvocationLogSource$ = InvocationLogSource$;
    exports.InvocationLogsConfig$ = InvocationLogsConfig$;
    exports.JobStatusDetails = JobStatusDetails;
    exports.KbInferenceConfig$ = KbInferenceConfig$;
    exports.KnowledgeBaseConfig$ = KnowledgeBaseConfig$;
    exports.KnowledgeBaseRetrievalConfiguration$ = KnowledgeBaseRetrievalConfiguration$;
    exports.KnowledgeBaseRetrieveAndGenerateConfiguration$ = KnowledgeBaseRetrieveAndGenerateConfiguration$;
    exports.KnowledgeBaseVectorSearchConfiguration$ = KnowledgeBaseVectorSearchConfiguration$;
    exports.LambdaGraderConfig$ = LambdaGraderConfig$;
    exports.LegalTerm$ = LegalTerm$;
    exports.ListAdvancedPromptOptimizationJobs$ = ListAdvancedPromptOptimizationJobs$;
    exports.ListAdvancedPromptOptimizationJobsCommand = ListAdvancedPromptOptimizationJobsCommand;
    exports.ListAdvancedPromptOptimizationJobsRequest$ = ListAdvancedPromptOptimizationJobsRequest$;
    exports.ListAdvancedPromptOptimizationJobsResponse$ = ListAdvancedPromptOptimizationJobsResponse$;
    exports.ListAutomatedReasoningPolicies$ = ListAutomatedReasoningPolicies$;
    exports.ListAutomatedReasoningPoliciesCommand = ListAutomatedReasoningPoliciesCommand;
    exports.ListAutomatedReasoningPoliciesRequest$ = ListAutomatedReasoningPoliciesRequest$;
    exports.ListAutomatedReasoningPoliciesResponse$ = ListAutomatedReasoningPoliciesResponse$;
    exports.ListAutomatedReasoningPolicyBuildWorkflows$ = ListAutomatedReasoningPolicyBuildWorkflows$;
    exports.ListAutomatedReasoningPolicyBuildWorkflowsCommand = ListAutomatedReasoningPolicyBuildWorkflowsCommand;
    exports.ListAutomatedReasoningPolicyBuildWorkflowsRequest$ = ListAutomatedReasoningPolicyBuildWorkflowsRequest$;
    exports.ListAutomatedReasoningPolicyBuildWorkflowsResponse$ = ListAutomatedReasoningPolicyBuildWorkflowsResponse$;
    exports.ListAutomatedReasoningPolicyTestCases$ = ListAutomatedReasoningPolicyTestCases$;
    exports.ListAutomatedReasoningPolicyTestCasesCommand = ListAutomatedReasoningPolicyTestCasesCommand;
    exports.ListAutomatedReasoningPolicyTestCasesRequest$ = ListAutomatedReasoningPolicyTestCasesRequest$;
    exports.ListAutomatedReasoningPolicyTestCasesResponse$ = ListAutomatedReasoningPolicyTestCasesResponse$;
    exports.ListAutomatedReasoningPolicyTestResults$ = ListAutomatedReasoningPolicyTestResults$;
    exports.ListAutomatedReasoningPolicyTestResultsCommand = ListAutomatedReasoningPolicyTestResultsCommand;
    exports.ListAutomatedReasoningPolicyTestResultsRequest$ = ListAutomatedReasoningPolicyTestResultsRequest$;
    exports.ListAutomatedReasoningPolicyTestResultsResponse$ = ListAutomatedReasoningPolicyTestResultsResponse$;
    exports.ListCustomModelDeployments$ = ListCustomModelDeployments$;
    exports.ListCustomModelDeploymentsCommand = ListCustomModelDeploymentsCommand;
    exports.ListCustomModelDeploymentsRequest$ = ListCustomModelDeploymentsRequest$;
    exports.ListCustomModelDeploymentsResponse$ = ListCustomModelDeploymentsResponse$;
    exports.ListCustomModels$ = ListCustomModels$;
    exports.ListCustomModelsCommand = ListCustomModelsCommand;
    exports.ListCustomModelsRequest$ = ListCustomModelsRequest$;
    exports.ListCustomModelsResponse$ = ListCustomModelsResponse$;
    exports.ListEnforcedGuardrailsConfiguration$ = ListEnforcedGuardrailsConfiguration$;
    exports.ListEnforcedGuardrailsConfigurationCommand = ListEnforcedGuardrailsConfigurationCommand;
    exports.ListEnforcedGuardrailsConfigurationRequest$ = ListEnforcedGuardrailsConfigurationRequest$;
    exports.ListEnforcedGuardrailsConfigurationResponse$ = ListEnforcedGuardrailsConfigurationResponse$;
    exports.ListEvaluationJobs$ = ListEvaluationJobs$;
    exports.ListEvaluationJobsCommand = ListEvaluationJobsCommand;
    exports.ListEvaluationJobsRequest$ = ListEvaluationJobsRequest$;
    exports.ListEvaluationJobsResponse$ = ListEvaluationJobsResponse$;
    exports.ListFoundationModelAgreementOffers$ = ListFoundationModelAgreementOffers$;
    exports.ListFoundationModelAgreementOffersCommand = ListFoundationModelAgreementOffersCommand;
    exports.ListFoundationModelAgreementOffersRequest$ = ListFoundationModelAgreementOffersRequest$;
    exports.ListFoundationModelAgreementOffersResponse$ = ListFoundationModelAgreementOffersResponse$;
    exports.ListFoundationModels$ = ListFoundationModels$;
    exports.ListFoundationModelsCommand = ListFoundationModelsCommand;
    exports.ListFoundationModelsRequest$ = ListFoundationModelsRequest$;
    exports.ListFoundationModelsResponse$ = ListFoundationModelsResponse$;
    exports.ListGuardrails$ = ListGuardrails$;
    exports.ListGuardrailsCommand = ListGuardrailsCommand;
    exports.ListGuardrailsRequest$ = ListGuardrailsRequest$;
    exports.ListGuardrailsResponse$ = ListGuardrailsResponse$;
    exports.ListImportedModels$ = ListImportedModels$;
    exports.ListImportedModelsCommand = ListImportedModelsCommand;
    exports.ListImportedModelsRequest$ = ListImportedModelsRequest$;
    exports.ListImportedModelsResponse$ = ListImportedModelsResponse$;
    exports.ListInferenceProfiles$ = ListInferenceProfiles$;
    exports.ListInferenceProfilesCommand = ListInferenceProfilesCommand;
    exports.ListInferenceProfilesRequest$ = ListInferenceProfilesRequest$;
    exports.ListInferenceProfilesResponse$ = ListInferenceProfilesResponse$;
    exports.ListMarketplaceModelEndpoints$ = ListMarketplaceModelEndpoints$;
    exports.ListMarketplaceModelEndpointsCommand = ListMarketplaceModelEndpointsCommand;
    exports.ListMarketplaceModelEndpointsRequest$ = ListMarketplaceModelEndpointsRequest$;
    exports.ListMarketplaceModelEndpointsResponse$ = ListMarketplaceModelEndpointsResponse$;
    exports.ListModelCopyJobs$ = ListModelCopyJobs$;
    exports.ListModelCopyJobsCommand = ListModelCopyJobsCommand;
    exports.ListModelCopyJobsRequest$ = ListModelCopyJobsRequest$;
    exports.ListModelCopyJobsResponse$ = ListModelCopyJobsResponse$;
    exports.ListModelCustomizationJobs$ = ListModelCustomizationJobs$;
    exports.ListModelCustomizationJobsCommand = ListModelCustomizationJobsCommand;
    exports.ListModelCustomizationJobsRequest$ = ListModelCustomizationJobsRequest$;
    exports.ListModelCustomizationJobsResponse$ = ListModelCustomizationJobsResponse$;
    exports.ListModelImportJobs$ = ListModelImportJobs$;
    exports.ListModelImportJobsCommand = ListModelImportJobsCommand;
    exports.ListModelImportJobsRequest$ = ListModelImportJobsRequest$;
    exports.ListModelImportJobsResponse$ = ListModelImportJobsResponse$;
    exports.ListModelInvocationJobs$ = ListModelInvocationJobs$;
    exports.ListModelInvocationJobsCommand = ListModelInvocationJobsCommand;
    exports.ListModelInvocationJobsRequest$ = ListModelInvocationJobsRequest$;
    exports.ListModelInvocationJobsResponse$ = ListModelInvocationJobsResponse$;
    exports.ListPromptRouters$ = ListPromptRouters$;
    exports.ListPromptRoutersCommand = ListPromptRoutersCommand;
    exports.ListPromptRoutersRequest$ = ListPromptRoutersRequest$;
    exports.ListPromptRoutersResponse$ = ListPromptRoutersResponse$;
    exports.ListProvisionedModelThroughputs$ = ListProvisionedModelThroughputs$;
    exports.ListProvisionedModelThroughputsCommand = ListProvisionedModelThroughputsCommand;
    exports.ListProvisionedModelThroughputsRequest$ = ListProvisionedModelThroughputsRequest$;
    exports.ListProvisionedModelThroughputsResponse$ = ListProvisionedModelThroughputsResponse$;
    exports.ListTagsForResource$ = ListTagsForResource$;
    exports.ListTagsForResourceCommand = ListTagsForResourceCommand;
    exports.ListTagsForResourceRequest$ = ListTagsForResourceRequest$;
    exports.ListTagsForResourceResponse$ = ListTagsForResourceResponse$;
    exports.LoggingConfig$ = LoggingConfig$;
    exports.MarketplaceModelEndpoint$ = MarketplaceModelEndpoint$;
    exports.MarketplaceModelEndpointSummary$ = MarketplaceModelEndpointSummary$;
    exports.MetadataAttributeSchema$ = MetadataAttributeSchema$;
    exports.MetadataConfigurationForReranking$ = MetadataConfigurationForReranking$;
    exports.ModelConfiguration$ = ModelConfiguration$;
    exports.ModelCopyJobStatus = ModelCopyJobStatus;
    exports.ModelCopyJobSummary$ = ModelCopyJobSummary$;
    exports.ModelCustomization = ModelCustomization;
    exports.ModelCustomizationJobStatus = ModelCustomizationJobStatus;
    exports.ModelCustomizationJobSummary$ = ModelCustomizationJobSummary$;
    exports.ModelDataSource$ = ModelDataSource$;
    exports.ModelEnforcement$ = ModelEnforcement$;
    exports.ModelImportJobStatus = ModelImportJobStatus;
    exports.ModelImportJobSummary$ = ModelImportJobSummary$;
    exports.ModelInvocationJobInputDataConfig$ = ModelInvocationJobInputDataConfig$;
    exports.ModelInvocationJobOutputDataConfig$ = ModelInvocationJobOutputDataConfig$;
    exports.ModelInvocationJobS3InputDataConfig$ = ModelInvocationJobS3InputDataConfig$;
    exports.ModelInvocationJobS3OutputDataConfig$ = ModelInvocationJobS3OutputDataConfig$;
    exports.ModelInvocationJobStatus = ModelInvocationJobStatus;
    exports.ModelInvocationJobSummary$ = ModelInvocationJobSummary$;
    exports.ModelInvocationType = ModelInvocationType;
    exports.ModelModality = ModelModality;
    exports.ModelPackageArnDataSource$ = ModelPackageArnDataSource$;
    exports.ModelStatus = ModelStatus;
    exports.Offer$ = Offer$;
    exports.OfferType = OfferType;
    exports.OrchestrationConfiguration$ = OrchestrationConfiguration$;
    exports.OutputDataConfig$ = OutputDataConfig$;
    exports.PerformanceConfigLatency = PerformanceConfigLatency;
    exports.PerformanceConfiguration$ = PerformanceConfiguration$;
    exports.PricingTerm$ = PricingTerm$;
    exports.PromptRouterStatus = PromptRouterStatus;
    exports.PromptRouterSummary$ = PromptRouterSummary$;
    exports.PromptRouterTargetModel$ = PromptRouterTargetModel$;
    exports.PromptRouterType = PromptRouterType;
    exports.PromptTemplate$ = PromptTemplate$;
    exports.ProvisionedModelStatus = ProvisionedModelStatus;
    exports.ProvisionedModelSummary$ = ProvisionedModelSummary$;
    exports.PutAccountDataRetention$ = PutAccountDataRetention$;
    exports.PutAccountDataRetentionCommand = PutAccountDataRetentionCommand;
    exports.PutAccountDataRetentionRequest$ = PutAccountDataRetentionRequest$;
    exports.PutAccountDataRetentionResponse$ = PutAccountDataRetentionResponse$;
    exports.PutEnforcedGuardrailConfiguration$ = PutEnforcedGuardrailConfiguration$;
    exports.PutEnforcedGuardrailConfigurationCommand = PutEnforcedGuardrailConfigurationCommand;
    exports.PutEnforcedGuardrailConfigurationRequest$ = PutEnforcedGuardrailConfigurationRequest$;
    exports.PutEnforcedGuardrailConfigurationResponse$ = PutEnforcedGuardrailConfigurationResponse$;
    exports.PutModelInvocationLoggingConfiguration$ = PutModelInvocationLoggingConfiguration$;
    exports.PutModelInvocationLoggingConfigurationCommand = PutModelInvocationLoggingConfigurationCommand;
    exports.PutModelInvocationLoggingConfigurationRequest$ = PutModelInvocationLoggingConfigurationRequest$;
    exports.PutModelInvocationLoggingConfigurationResponse$ = PutModelInvocationLoggingConfigurationResponse$;
    exports.PutResourcePolicy$ = PutResourcePolicy$;
    exports.PutResourcePolicyCommand = PutResourcePolicyCommand;
    exports.PutResourcePolicyRequest$ = PutResourcePolicyRequest$;
    exports.PutResourcePolicyResponse$ = PutResourcePolicyResponse$;
    exports.PutUseCaseForModelAccess$ = PutUseCaseForModelAccess$;
    exports.PutUseCaseForModelAccessCommand = PutUseCaseForModelAccessCommand;
    exports.PutUseCaseForModelAccessRequest$ = PutUseCaseForModelAccessRequest$;
    exports.PutUseCaseForModelAccessResponse$ = PutUseCaseForModelAccessResponse$;
    exports.QueryTransformationConfiguration$ = QueryTransformationConfiguration$;
    exports.QueryTransformationType = QueryTransformationType;
    exports.RAGConfig$ = RAGConfig$;
    exports.RFTConfig$ = RFTConfig$;
    exports.RFTHyperParameters$ = RFTHyperParameters$;
    exports.RatingScaleItem$ = RatingScaleItem$;
    exports.RatingScaleItemValue$ = RatingScaleItemValue$;
    exports.ReasoningEffort = ReasoningEffort;
    exports.RegionAvailability = RegionAvailability;
    exports.RegisterMarketplaceModelEndpoint$ = RegisterMarketplaceModelEndpoint$;
    exports.RegisterMarketplaceModelEndpointCommand = RegisterMarketplaceModelEndpointCommand;
    exports.RegisterMarketplaceModelEndpointRequest$ = RegisterMarketplaceModelEndpointRequest$;
    exports.RegisterMarketplaceModelEndpointResponse$ = RegisterMarketplaceModelEndpointResponse$;
    exports.RequestMetadataBaseFilters$ = RequestMetadataBaseFilters$;
    exports.RequestMetadataFilters$ = RequestMetadataFilters$;
    exports.RerankingMetadataSelectionMode = RerankingMetadataSelectionMode;
    exports.RerankingMetadataSelectiveModeConfiguration$ = RerankingMetadataSelectiveModeConfiguration$;
    exports.ResourceInUseException = ResourceInUseException;
    exports.ResourceInUseException$ = ResourceInUseException$;
    exports.ResourceNotFoundException = ResourceNotFoundException;
    exports.ResourceNotFoundException$ = ResourceNotFoundException$;
    exports.RetrievalFilter$ = RetrievalFilter$;
    exports.RetrieveAndGenerateConfiguration$ = RetrieveAndGenerateConfiguration$;
    exports.RetrieveAndGenerateType = RetrieveAndGenerateType;
    exports.RetrieveConfig$ = RetrieveConfig$;
    exports.RoutingCriteria$ = RoutingCriteria$;
    exports.S3Config$ = S3Config$;
    exports.S3DataSource$ = S3DataSource$;
    exports.S3InputFormat = S3InputFormat;
    exports.S3ObjectDoc$ = S3ObjectDoc$;
    exports.SageMakerEndpoint$ = SageMakerEndpoint$;
    exports.SearchType = SearchType;
    exports.SelectiveContentGuarding$ = SelectiveContentGuarding$;
    exports.SelectiveGuardingMode = SelectiveGuardingMode;
    exports.ServiceQuotaExceededException = ServiceQuotaExceededException;
    exports.ServiceQuotaExceededException$ = ServiceQuotaExceededException$;
    exports.ServiceUnavailableException = ServiceUnavailableException;
    exports.ServiceUnavailableException$ = ServiceUnavailableException$;
    exports.SortByProvisionedModels = SortByProvisionedModels;
    exports.SortJobsBy = SortJobsBy;
    exports.SortModelsBy = SortModelsBy;
    exports.SortOrder = SortOrder;
    exports.StartAutomatedReasoningPolicyBuildWorkflow$ = StartAutomatedReasoningPolicyBuildWorkflow$;
    exports.StartAutomatedReasoningPolicyBuildWorkflowCommand = StartAutomatedReasoningPolicyBuildWorkflowCommand;
    exports.StartAutomatedReasoningPolicyBuildWorkflowRequest$ = StartAutomatedReasoningPolicyBuildWorkflowRequest$;
    exports.StartAutomatedReasoningPolicyBuildWorkflowResponse$ = StartAutomatedReasoningPolicyBuildWorkflowResponse$;
    exports.StartAutomatedReasoningPolicyTestWorkflow$ = StartAutomatedReasoningPolicyTestWorkflow$;
    exports.StartAutomatedReasoningPolicyTestWorkflowCommand = StartAutomatedReasoningPolicyTestWorkflowCommand;
    exports.StartAutomatedReasoningPolicyTestWorkflowRequest$ = StartAutomatedReasoningPolicyTestWorkflowRequest$;
    exports.StartAutomatedReasoningPolicyTestWorkflowResponse$ = StartAutomatedReasoningPolicyTestWorkflowResponse$;
    exports.Status = Status;
    exports.StatusDetails$ = StatusDetails$;
    exports.StopAdvancedPromptOptimizationJob$ = StopAdvancedPromptOptimizationJob$;
    exports.StopAdvancedPromptOptimizationJobCommand = StopAdvancedPromptOptimizationJobCommand;
    exports.StopAdvancedPromptOptimizationJobRequest$ = StopAdvancedPromptOptimizationJobRequest$;
    exports.StopAdvancedPromptOptimizationJobResponse$ = StopAdvancedPromptOptimizationJobResponse$;
    exports.StopEvaluationJob$ = StopEvaluationJob$;
    exports.StopEvaluationJobCommand = StopEvaluationJobCommand;
    exports.StopEvaluationJobRequest$ = StopEvaluationJobRequest$;
    exports.StopEvaluationJobResponse$ = StopEvaluationJobResponse$;
    exports.StopModelCustomizationJob$ = StopModelCustomizationJob$;
    exports.StopModelCustomizationJobCommand = StopModelCustomizationJobCommand;
    exports.StopModelCustomizationJobRequest$ = StopModelCustomizationJobRequest$;
    exports.StopModelCustomizationJobResponse$ = StopModelCustomizationJobResponse$;
    exports.StopModelInvocationJob$ = StopModelInvocationJob$;
    exports.StopModelInvocationJobCommand = StopModelInvocationJobCommand;
    exports.StopModelInvocationJobRequest$ = StopModelInvocationJobRequest$;
    exports.StopModelInvocationJobResponse$ = StopModelInvocationJobResponse$;
    exports.SupportTerm$ = SupportTerm$;
    exports.Tag$ = Tag$;
    exports.TagResource$ = TagResource$;
    exports.TagResourceCommand = TagResourceCommand;
    exports.TagResourceRequest$ = TagResourceRequest$;
    exports.TagResourceResponse$ = TagResourceResponse$;
    exports.TeacherModelConfig$ = TeacherModelConfig$;
    exports.TermDetails$ = TermDetails$;
    exports.TextInferenceConfig$ = TextInferenceConfig$;
    exports.ThrottlingException = ThrottlingException;
    exports.ThrottlingException$ = ThrottlingException$;
    exports.TooManyTagsException = TooManyTagsException;
    exports.TooManyTagsException$ = TooManyTagsException$;
    exports.TrainingDataConfig$ = TrainingDataConfig$;
    exports.TrainingDetails$ = TrainingDetails$;
    exports.TrainingMetrics$ = TrainingMetrics$;
    exports.UntagResource$ = UntagResource$;
    exports.UntagResourceCommand = UntagResourceCommand;
    exports.UntagResourceRequest$ = UntagResourceRequest$;
    exports.UntagResourceResponse$ = UntagResourceResponse$;
    exports.UpdateAutomatedReasoningPolicy$ = UpdateAutomatedReasoningPolicy$;
    exports.UpdateAutomatedReasoningPolicyAnnotations$ = UpdateAutomatedReasoningPolicyAnnotations$;
    exports.UpdateAutomatedReasoningPolicyAnnotationsCommand = UpdateAutomatedReasoningPolicyAnnotationsCommand;
    exports.UpdateAutomatedReasoningPolicyAnnotationsRequest$ = UpdateAutomatedReasoningPolicyAnnotationsRequest$;
    exports.UpdateAutomatedReasoningPolicyAnnotationsResponse$ = UpdateAutomatedReasoningPolicyAnnotationsResponse$;
    exports.UpdateAutomatedReasoningPolicyCommand = UpdateAutomatedReasoningPolicyCommand;
    exports.UpdateAutomatedReasoningPolicyRequest$ = UpdateAutomatedReasoningPolicyRequest$;
    exports.UpdateAutomatedReasoningPolicyResponse$ = UpdateAutomatedReasoningPolicyResponse$;
    exports.UpdateAutomatedReasoningPolicyTestCase$ = UpdateAutomatedReasoningPolicyTestCase$;
    exports.UpdateAutomatedReasoningPolicyTestCaseCommand = UpdateAutomatedReasoningPolicyTestCaseCommand;
    exports.UpdateAutomatedReasoningPolicyTestCaseRequest$ = UpdateAutomatedReasoningPolicyTestCaseRequest$;
    exports.UpdateAutomatedReasoningPolicyTestCaseResponse$ = UpdateAutomatedReasoningPolicyTestCaseResponse$;
    exports.UpdateCustomModelDeployment$ = UpdateCustomModelDeployment$;
    exports.UpdateCustomModelDeploymentCommand = UpdateCustomModelDeploymentCommand;
    exports.UpdateCustomModelDeploymentRequest$ = UpdateCustomModelDeploymentRequest$;
    exports.UpdateCustomModelDeploymentResponse$ = UpdateCustomModelDeploymentResponse$;
    exports.UpdateGuardrail$ = UpdateGuardrail$;
    exports.UpdateGuardrailCommand = UpdateGuardrailCommand;
    exports.UpdateGuardrailRequest$ = UpdateGuardrailRequest$;
    exports.UpdateGuardrailResponse$ = UpdateGuardrailResponse$;
    exports.UpdateMarketplaceModelEndpoint$ = UpdateMarketplaceModelEndpoint$;
    exports.UpdateMarketplaceModelEndpointCommand = UpdateMarketplaceModelEndpointCommand;
    exports.UpdateMarketplaceModelEndpointRequest$ = UpdateMarketplaceModelEndpointRequest$;
    exports.UpdateMarketplaceModelEndpointResponse$ = UpdateMarketplaceModelEndpointResponse$;
    exports.UpdateProvisionedModelThroughput$ = UpdateProvisionedModelThroughput$;
    exports.UpdateProvisionedModelThroughputCommand = UpdateProvisionedModelThroughputCommand;
    exports.UpdateProvisionedModelThroughputRequest$ = UpdateProvisionedModelThroughputRequest$;
    exports.UpdateProvisionedModelThroughputResponse$ = UpdateProvisionedModelThroughputResponse$;
    exports.ValidationDataConfig$ = ValidationDataConfig$;
    exports.ValidationDetails$ = ValidationDetails$;
    exports.ValidationException = ValidationException;
    exports.ValidationException$ = ValidationException$;
    exports.Validator$ = Validator$;
    exports.ValidatorMetric$ = ValidatorMetric$;
    exports.ValidityTerm$ = ValidityTerm$;
    exports.VectorSearchBedrockRerankingConfiguration$ = VectorSearchBedrockRerankingConfiguration$;
    exports.VectorSearchBedrockRerankingModelConfiguration$ = VectorSearchBedrockRerankingModelConfiguration$;
    exports.VectorSearchRerankingConfiguration$ = VectorSearchRerankingConfiguration$;
    exports.VectorSearchRerankingConfigurationType = VectorSearchRerankingConfigurationType;
    exports.VpcConfig$ = VpcConfig$;
    exports.errorTypeRegistries = errorTypeRegistries;
    exports.paginateListAdvancedPromptOptimizationJobs = paginateListAdvancedPromptOptimizationJobs;
    exports.paginateListAutomatedReasoningPolicies = paginateListAutomatedReasoningPolicies;
    exports.paginateListAutomatedReasoningPolicyBuildWorkflows = paginateListAutomatedReasoningPolicyBuildWorkflows;
    exports.paginateListAutomatedReasoningPolicyTestCases = paginateListAutomatedReasoningPolicyTestCases;
    exports.paginateListAutomatedReasoningPolicyTestResults = paginateListAutomatedReasoningPolicyTestResults;
    exports.paginateListCustomModelDeployments = paginateListCustomModelDeployments;
    exports.paginateListCustomModels = paginateListCustomModels;
    exports.paginateListEnforcedGuardrailsConfiguration = paginateListEnforcedGuardrailsConfiguration;
    exports.paginateListEvaluationJobs = paginateListEvaluationJobs;
    exports.paginateListGuardrails = paginateListGuardrails;
    exports.paginateListImportedModels = paginateListImportedModels;
    exports.paginateListInferenceProfiles = paginateListInferenceProfiles;
    exports.paginateListMarketplaceModelEndpoints = paginateListMarketplaceModelEndpoints;
    exports.paginateListModelCopyJobs = paginateListModelCopyJobs;
    exports.paginateListModelCustomizationJobs = paginateListModelCustomizationJobs;
    exports.paginateListModelImportJobs = paginateListModelImportJobs;
    exports.paginateListModelInvocationJobs = paginateListModelInvocationJobs;
    exports.paginateListPromptRouters = paginateListPromptRouters;
    exports.paginateListProvisionedModelThroughputs = paginateListProvisionedModelThroughputs;
  }
});
export default require_dist_cjs4();
//# sourceMappingURL=dist-cjs-AYBJFO5I.js.map
