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
  protocols_exports,
  protocols_exports2,
  require_dist_cjs3 as require_dist_cjs,
  require_dist_cjs4 as require_dist_cjs2,
  retry_exports
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
  __toCommonJS
} from "./chunk-E4WBWSDB.js";

// node_modules/@aws-sdk/client-ecr/dist-cjs/index.js
var require_dist_cjs3 = __commonJS({
  "node_modules/@aws-sdk/client-ecr/dist-cjs/index.js"(exports) {
    var { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, getDefaultSocketTimeout, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = (init_client2(), __toCommonJS(client_exports2));
    var { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = (init_dist_es(), __toCommonJS(dist_es_exports));
    var { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createWaiter, checkExceptions, WaiterState, createAggregatedClient } = (init_client(), __toCommonJS(client_exports));
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
    var { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = (init_serde(), __toCommonJS(serde_exports));
    var { streamCollector, NodeHttpHandler } = require_dist_cjs();
    var { AwsJson1_1Protocol } = (init_protocols2(), __toCommonJS(protocols_exports2));
    var { Sha256 } = (init_checksum(), __toCommonJS(checksum_exports));
    var defaultECRHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
          name: "ecr",
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
    var defaultECRHttpAuthSchemeProvider = (authParameters) => {
      const options = [];
      switch (authParameters.operation) {
        default: {
          options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
        }
      }
      return options;
    };
    var resolveHttpAuthSchemeConfig = (config) => {
      const config_0 = resolveAwsSdkSigV4Config(config);
      return Object.assign(config_0, {
        authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
      });
    };
    var resolveClientEndpointParameters = (options) => {
      return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "ecr"
      });
    };
    var commonParams = {
      UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
      Endpoint: { type: "builtInParams", name: "endpoint" },
      Region: { type: "builtInParams", name: "region" },
      UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
    };
    var version = "3.1168.0";
    var packageInfo = {
      version
    };
    var m = "ref";
    var a = -1;
    var b = true;
    var c = "isSet";
    var d = "PartitionResult";
    var e = "stringEquals";
    var f = "booleanEquals";
    var g = "getAttr";
    var h = { [m]: "Endpoint" };
    var i = { "fn": g, "argv": [{ [m]: d }, "name"] };
    var j = { [m]: d };
    var k = {};
    var l = [{ [m]: "Region" }];
    var _data = {
      conditions: [
        [c, [h]],
        [c, l],
        ["aws.partition", l, d],
        [e, [i, "aws-eusc"]],
        [e, [i, "aws-iso-f"]],
        [e, [i, "aws-iso-e"]],
        [e, [i, "aws-iso-b"]],
        [e, [i, "aws-iso"]],
        [e, [i, "aws-cn"]],
        [e, [i, "aws-us-gov"]],
        [e, [i, "aws"]],
        [f, [{ [m]: "UseFIPS" }, b]],
        [f, [{ fn: g, argv: [j, "supportsFIPS"] }, b]],
        [f, [{ [m]: "UseDualStack" }, b]],
        [f, [{ fn: g, argv: [j, "supportsDualStack"] }, b]]
      ],
      results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [h, k],
        ["https://api.ecr.{Region}.{PartitionResult#dnsSuffix}", k],
        ["https://ecr.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
        ["https://api.ecr-fips.{Region}.{PartitionResult#dnsSuffix}", k],
        ["https://ecr-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
        ["https://api.ecr-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://api.ecr.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
        [a, "DualStack is enabled but this partition does not support DualStack"],
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
      23,
      3,
      1,
      4,
      r + 13,
      2,
      5,
      r + 13,
      3,
      20,
      6,
      4,
      20,
      7,
      5,
      20,
      8,
      6,
      20,
      9,
      7,
      20,
      10,
      8,
      20,
      11,
      9,
      20,
      12,
      10,
      20,
      13,
      11,
      16,
      14,
      13,
      15,
      r + 4,
      14,
      r + 11,
      r + 12,
      12,
      18,
      17,
      13,
      r + 9,
      r + 10,
      13,
      19,
      r + 6,
      14,
      r + 8,
      r + 9,
      11,
      22,
      21,
      13,
      r + 5,
      r + 4,
      13,
      r + 7,
      r + 6,
      11,
      r + 1,
      24,
      13,
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
    var ECRServiceException = class _ECRServiceException extends ServiceException {
      static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.ecr#ECRServiceException";
      constructor(options) {
        super(options);
        Object.setPrototypeOf(this, _ECRServiceException.prototype);
      }
    };
    var InvalidParameterException = class _InvalidParameterException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#InvalidParameterException";
      name = "InvalidParameterException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidParameterException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidParameterException.prototype);
      }
    };
    var RepositoryNotFoundException = class _RepositoryNotFoundException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#RepositoryNotFoundException";
      name = "RepositoryNotFoundException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "RepositoryNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _RepositoryNotFoundException.prototype);
      }
    };
    var ServerException = class _ServerException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#ServerException";
      name = "ServerException";
      $fault = "server";
      constructor(opts) {
        super({
          name: "ServerException",
          $fault: "server",
          ...opts
        });
        Object.setPrototypeOf(this, _ServerException.prototype);
      }
    };
    var LimitExceededException = class _LimitExceededException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#LimitExceededException";
      name = "LimitExceededException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "LimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _LimitExceededException.prototype);
      }
    };
    var UnableToGetUpstreamImageException = class _UnableToGetUpstreamImageException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#UnableToGetUpstreamImageException";
      name = "UnableToGetUpstreamImageException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "UnableToGetUpstreamImageException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _UnableToGetUpstreamImageException.prototype);
      }
    };
    var ValidationException = class _ValidationException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#ValidationException";
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
    var EmptyUploadException = class _EmptyUploadException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#EmptyUploadException";
      name = "EmptyUploadException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "EmptyUploadException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _EmptyUploadException.prototype);
      }
    };
    var InvalidLayerException = class _InvalidLayerException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#InvalidLayerException";
      name = "InvalidLayerException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidLayerException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidLayerException.prototype);
      }
    };
    var KmsException = class _KmsException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#KmsException";
      name = "KmsException";
      $fault = "client";
      kmsError;
      constructor(opts) {
        super({
          name: "KmsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _KmsException.prototype);
        this.kmsError = opts.kmsError;
      }
    };
    var LayerAlreadyExistsException = class _LayerAlreadyExistsException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#LayerAlreadyExistsException";
      name = "LayerAlreadyExistsException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "LayerAlreadyExistsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _LayerAlreadyExistsException.prototype);
      }
    };
    var LayerPartTooSmallException = class _LayerPartTooSmallException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#LayerPartTooSmallException";
      name = "LayerPartTooSmallException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "LayerPartTooSmallException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _LayerPartTooSmallException.prototype);
      }
    };
    var UploadNotFoundException = class _UploadNotFoundException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#UploadNotFoundException";
      name = "UploadNotFoundException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "UploadNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _UploadNotFoundException.prototype);
      }
    };
    var PullThroughCacheRuleAlreadyExistsException = class _PullThroughCacheRuleAlreadyExistsException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#PullThroughCacheRuleAlreadyExistsException";
      name = "PullThroughCacheRuleAlreadyExistsException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "PullThroughCacheRuleAlreadyExistsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _PullThroughCacheRuleAlreadyExistsException.prototype);
      }
    };
    var SecretNotFoundException = class _SecretNotFoundException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#SecretNotFoundException";
      name = "SecretNotFoundException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "SecretNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _SecretNotFoundException.prototype);
      }
    };
    var UnableToAccessSecretException = class _UnableToAccessSecretException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#UnableToAccessSecretException";
      name = "UnableToAccessSecretException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "UnableToAccessSecretException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _UnableToAccessSecretException.prototype);
      }
    };
    var UnableToDecryptSecretValueException = class _UnableToDecryptSecretValueException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#UnableToDecryptSecretValueException";
      name = "UnableToDecryptSecretValueException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "UnableToDecryptSecretValueException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _UnableToDecryptSecretValueException.prototype);
      }
    };
    var UnsupportedUpstreamRegistryException = class _UnsupportedUpstreamRegistryException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#UnsupportedUpstreamRegistryException";
      name = "UnsupportedUpstreamRegistryException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "UnsupportedUpstreamRegistryException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _UnsupportedUpstreamRegistryException.prototype);
      }
    };
    var InvalidTagParameterException = class _InvalidTagParameterException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#InvalidTagParameterException";
      name = "InvalidTagParameterException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidTagParameterException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidTagParameterException.prototype);
      }
    };
    var RepositoryAlreadyExistsException = class _RepositoryAlreadyExistsException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#RepositoryAlreadyExistsException";
      name = "RepositoryAlreadyExistsException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "RepositoryAlreadyExistsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _RepositoryAlreadyExistsException.prototype);
      }
    };
    var TooManyTagsException = class _TooManyTagsException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#TooManyTagsException";
      name = "TooManyTagsException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "TooManyTagsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TooManyTagsException.prototype);
      }
    };
    var TemplateAlreadyExistsException = class _TemplateAlreadyExistsException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#TemplateAlreadyExistsException";
      name = "TemplateAlreadyExistsException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "TemplateAlreadyExistsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TemplateAlreadyExistsException.prototype);
      }
    };
    var LifecyclePolicyNotFoundException = class _LifecyclePolicyNotFoundException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#LifecyclePolicyNotFoundException";
      name = "LifecyclePolicyNotFoundException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "LifecyclePolicyNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _LifecyclePolicyNotFoundException.prototype);
      }
    };
    var PullThroughCacheRuleNotFoundException = class _PullThroughCacheRuleNotFoundException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#PullThroughCacheRuleNotFoundException";
      name = "PullThroughCacheRuleNotFoundException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "PullThroughCacheRuleNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _PullThroughCacheRuleNotFoundException.prototype);
      }
    };
    var RegistryPolicyNotFoundException = class _RegistryPolicyNotFoundException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#RegistryPolicyNotFoundException";
      name = "RegistryPolicyNotFoundException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "RegistryPolicyNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _RegistryPolicyNotFoundException.prototype);
      }
    };
    var RepositoryNotEmptyException = class _RepositoryNotEmptyException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#RepositoryNotEmptyException";
      name = "RepositoryNotEmptyException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "RepositoryNotEmptyException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _RepositoryNotEmptyException.prototype);
      }
    };
    var TemplateNotFoundException = class _TemplateNotFoundException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#TemplateNotFoundException";
      name = "TemplateNotFoundException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "TemplateNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TemplateNotFoundException.prototype);
      }
    };
    var RepositoryPolicyNotFoundException = class _RepositoryPolicyNotFoundException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#RepositoryPolicyNotFoundException";
      name = "RepositoryPolicyNotFoundException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "RepositoryPolicyNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _RepositoryPolicyNotFoundException.prototype);
      }
    };
    var SigningConfigurationNotFoundException = class _SigningConfigurationNotFoundException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#SigningConfigurationNotFoundException";
      name = "SigningConfigurationNotFoundException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "SigningConfigurationNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _SigningConfigurationNotFoundException.prototype);
      }
    };
    var ExclusionNotFoundException = class _ExclusionNotFoundException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#ExclusionNotFoundException";
      name = "ExclusionNotFoundException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ExclusionNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ExclusionNotFoundException.prototype);
      }
    };
    var ImageNotFoundException = class _ImageNotFoundException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#ImageNotFoundException";
      name = "ImageNotFoundException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ImageNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ImageNotFoundException.prototype);
      }
    };
    var ScanNotFoundException = class _ScanNotFoundException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#ScanNotFoundException";
      name = "ScanNotFoundException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ScanNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ScanNotFoundException.prototype);
      }
    };
    var ReplicationBackfillNotFoundException = class _ReplicationBackfillNotFoundException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#ReplicationBackfillNotFoundException";
      name = "ReplicationBackfillNotFoundException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ReplicationBackfillNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ReplicationBackfillNotFoundException.prototype);
      }
    };
    var LayerInaccessibleException = class _LayerInaccessibleException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#LayerInaccessibleException";
      name = "LayerInaccessibleException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "LayerInaccessibleException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _LayerInaccessibleException.prototype);
      }
    };
    var LayersNotFoundException = class _LayersNotFoundException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#LayersNotFoundException";
      name = "LayersNotFoundException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "LayersNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _LayersNotFoundException.prototype);
      }
    };
    var UnableToGetUpstreamLayerException = class _UnableToGetUpstreamLayerException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#UnableToGetUpstreamLayerException";
      name = "UnableToGetUpstreamLayerException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "UnableToGetUpstreamLayerException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _UnableToGetUpstreamLayerException.prototype);
      }
    };
    var LifecyclePolicyPreviewNotFoundException = class _LifecyclePolicyPreviewNotFoundException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#LifecyclePolicyPreviewNotFoundException";
      name = "LifecyclePolicyPreviewNotFoundException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "LifecyclePolicyPreviewNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _LifecyclePolicyPreviewNotFoundException.prototype);
      }
    };
    var UnableToListUpstreamImageReferrersException = class _UnableToListUpstreamImageReferrersException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#UnableToListUpstreamImageReferrersException";
      name = "UnableToListUpstreamImageReferrersException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "UnableToListUpstreamImageReferrersException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _UnableToListUpstreamImageReferrersException.prototype);
      }
    };
    var ImageAlreadyExistsException = class _ImageAlreadyExistsException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#ImageAlreadyExistsException";
      name = "ImageAlreadyExistsException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ImageAlreadyExistsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ImageAlreadyExistsException.prototype);
      }
    };
    var ImageDigestDoesNotMatchException = class _ImageDigestDoesNotMatchException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#ImageDigestDoesNotMatchException";
      name = "ImageDigestDoesNotMatchException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ImageDigestDoesNotMatchException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ImageDigestDoesNotMatchException.prototype);
      }
    };
    var ImageTagAlreadyExistsException = class _ImageTagAlreadyExistsException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#ImageTagAlreadyExistsException";
      name = "ImageTagAlreadyExistsException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ImageTagAlreadyExistsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ImageTagAlreadyExistsException.prototype);
      }
    };
    var ReferencedImagesNotFoundException = class _ReferencedImagesNotFoundException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#ReferencedImagesNotFoundException";
      name = "ReferencedImagesNotFoundException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ReferencedImagesNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ReferencedImagesNotFoundException.prototype);
      }
    };
    var BlockedByOrganizationPolicyException = class _BlockedByOrganizationPolicyException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#BlockedByOrganizationPolicyException";
      name = "BlockedByOrganizationPolicyException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "BlockedByOrganizationPolicyException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _BlockedByOrganizationPolicyException.prototype);
      }
    };
    var ExclusionAlreadyExistsException = class _ExclusionAlreadyExistsException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#ExclusionAlreadyExistsException";
      name = "ExclusionAlreadyExistsException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ExclusionAlreadyExistsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ExclusionAlreadyExistsException.prototype);
      }
    };
    var ImageArchivedException = class _ImageArchivedException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#ImageArchivedException";
      name = "ImageArchivedException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ImageArchivedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ImageArchivedException.prototype);
      }
    };
    var UnsupportedImageTypeException = class _UnsupportedImageTypeException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#UnsupportedImageTypeException";
      name = "UnsupportedImageTypeException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "UnsupportedImageTypeException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _UnsupportedImageTypeException.prototype);
      }
    };
    var LifecyclePolicyPreviewInProgressException = class _LifecyclePolicyPreviewInProgressException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#LifecyclePolicyPreviewInProgressException";
      name = "LifecyclePolicyPreviewInProgressException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "LifecyclePolicyPreviewInProgressException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _LifecyclePolicyPreviewInProgressException.prototype);
      }
    };
    var ReplicationBackfillInProgressException = class _ReplicationBackfillInProgressException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#ReplicationBackfillInProgressException";
      name = "ReplicationBackfillInProgressException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ReplicationBackfillInProgressException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ReplicationBackfillInProgressException.prototype);
      }
    };
    var ReplicationBackfillInvalidStatusException = class _ReplicationBackfillInvalidStatusException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#ReplicationBackfillInvalidStatusException";
      name = "ReplicationBackfillInvalidStatusException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ReplicationBackfillInvalidStatusException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ReplicationBackfillInvalidStatusException.prototype);
      }
    };
    var ImageStorageClassUpdateNotSupportedException = class _ImageStorageClassUpdateNotSupportedException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#ImageStorageClassUpdateNotSupportedException";
      name = "ImageStorageClassUpdateNotSupportedException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ImageStorageClassUpdateNotSupportedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ImageStorageClassUpdateNotSupportedException.prototype);
      }
    };
    var InvalidLayerPartException = class _InvalidLayerPartException extends ECRServiceException {
      static shapeId = "com.amazonaws.ecr#InvalidLayerPartException";
      name = "InvalidLayerPartException";
      $fault = "client";
      registryId;
      repositoryName;
      uploadId;
      lastValidByteReceived;
      constructor(opts) {
        super({
          name: "InvalidLayerPartException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidLayerPartException.prototype);
        this.registryId = opts.registryId;
        this.repositoryName = opts.repositoryName;
        this.uploadId = opts.uploadId;
        this.lastValidByteReceived = opts.lastValidByteReceived;
      }
    };
    var _A = "Attribute";
    var _AD = "AuthorizationData";
    var _ADL = "AuthorizationDataList";
    var _AECID = "AwsEcrContainerImageDetails";
    var _AL = "AttributeList";
    var _BBOPE = "BlockedByOrganizationPolicyException";
    var _BCLA = "BatchCheckLayerAvailability";
    var _BCLAR = "BatchCheckLayerAvailabilityRequest";
    var _BCLARa = "BatchCheckLayerAvailabilityResponse";
    var _BDI = "BatchDeleteImage";
    var _BDIR = "BatchDeleteImageRequest";
    var _BDIRa = "BatchDeleteImageResponse";
    var _BGI = "BatchGetImage";
    var _BGIR = "BatchGetImageRequest";
    var _BGIRa = "BatchGetImageResponse";
    var _BGRSC = "BatchGetRepositoryScanningConfiguration";
    var _BGRSCR = "BatchGetRepositoryScanningConfigurationRequest";
    var _BGRSCRa = "BatchGetRepositoryScanningConfigurationResponse";
    var _CLU = "CompleteLayerUpload";
    var _CLUR = "CompleteLayerUploadRequest";
    var _CLURo = "CompleteLayerUploadResponse";
    var _CPTCR = "CreatePullThroughCacheRule";
    var _CPTCRR = "CreatePullThroughCacheRuleRequest";
    var _CPTCRRr = "CreatePullThroughCacheRuleResponse";
    var _CR = "CreateRepository";
    var _CRCT = "CreateRepositoryCreationTemplate";
    var _CRCTR = "CreateRepositoryCreationTemplateRequest";
    var _CRCTRr = "CreateRepositoryCreationTemplateResponse";
    var _CRR = "CreateRepositoryRequest";
    var _CRRr = "CreateRepositoryResponse";
    var _CS = "CvssScore";
    var _CSA = "CvssScoreAdjustment";
    var _CSAL = "CvssScoreAdjustmentList";
    var _CSD = "CvssScoreDetails";
    var _CSL = "CvssScoreList";
    var _DI = "DescribeImages";
    var _DIF = "DescribeImagesFilter";
    var _DIR = "DescribeImagesRequest";
    var _DIRS = "DescribeImageReplicationStatus";
    var _DIRSR = "DescribeImageReplicationStatusRequest";
    var _DIRSRe = "DescribeImageReplicationStatusResponse";
    var _DIRe = "DescribeImagesResponse";
    var _DISF = "DescribeImageScanFindings";
    var _DISFR = "DescribeImageScanFindingsRequest";
    var _DISFRe = "DescribeImageScanFindingsResponse";
    var _DISS = "DescribeImageSigningStatus";
    var _DISSR = "DescribeImageSigningStatusRequest";
    var _DISSRe = "DescribeImageSigningStatusResponse";
    var _DLP = "DeleteLifecyclePolicy";
    var _DLPR = "DeleteLifecyclePolicyRequest";
    var _DLPRe = "DeleteLifecyclePolicyResponse";
    var _DPTCR = "DeletePullThroughCacheRule";
    var _DPTCRR = "DeletePullThroughCacheRuleRequest";
    var _DPTCRRe = "DeletePullThroughCacheRuleResponse";
    var _DPTCRRes = "DescribePullThroughCacheRulesRequest";
    var _DPTCRResc = "DescribePullThroughCacheRulesResponse";
    var _DPTCRe = "DescribePullThroughCacheRules";
    var _DPTUE = "DeregisterPullTimeUpdateExclusion";
    var _DPTUER = "DeregisterPullTimeUpdateExclusionRequest";
    var _DPTUERe = "DeregisterPullTimeUpdateExclusionResponse";
    var _DR = "DeleteRepository";
    var _DRBR = "DescribeReplicationBackfillResults";
    var _DRBRR = "DescribeReplicationBackfillResultsRequest";
    var _DRBRRe = "DescribeReplicationBackfillResultsResponse";
    var _DRCT = "DeleteRepositoryCreationTemplate";
    var _DRCTR = "DeleteRepositoryCreationTemplateRequest";
    var _DRCTRe = "DeleteRepositoryCreationTemplateResponse";
    var _DRCTRes = "DescribeRepositoryCreationTemplatesRequest";
    var _DRCTResc = "DescribeRepositoryCreationTemplatesResponse";
    var _DRCTe = "DescribeRepositoryCreationTemplates";
    var _DRP = "DeleteRegistryPolicy";
    var _DRPR = "DeleteRegistryPolicyRequest";
    var _DRPRe = "DeleteRegistryPolicyResponse";
    var _DRPRel = "DeleteRepositoryPolicyRequest";
    var _DRPRele = "DeleteRepositoryPolicyResponse";
    var _DRPe = "DeleteRepositoryPolicy";
    var _DRR = "DeleteRepositoryRequest";
    var _DRRe = "DeleteRepositoryResponse";
    var _DRRes = "DescribeRegistryRequest";
    var _DRResc = "DescribeRegistryResponse";
    var _DRRescr = "DescribeRepositoriesRequest";
    var _DRRescri = "DescribeRepositoriesResponse";
    var _DRe = "DescribeRegistry";
    var _DRes = "DescribeRepositories";
    var _DSC = "DeleteSigningConfiguration";
    var _DSCR = "DeleteSigningConfigurationRequest";
    var _DSCRe = "DeleteSigningConfigurationResponse";
    var _EAEE = "ExclusionAlreadyExistsException";
    var _EC = "EncryptionConfiguration";
    var _ECFRCT = "EncryptionConfigurationForRepositoryCreationTemplate";
    var _EISF = "EnhancedImageScanFinding";
    var _EISFL = "EnhancedImageScanFindingList";
    var _ENFE = "ExclusionNotFoundException";
    var _EUE = "EmptyUploadException";
    var _GAS = "GetAccountSetting";
    var _GASR = "GetAccountSettingRequest";
    var _GASRe = "GetAccountSettingResponse";
    var _GAT = "GetAuthorizationToken";
    var _GATR = "GetAuthorizationTokenRequest";
    var _GATRe = "GetAuthorizationTokenResponse";
    var _GDUFL = "GetDownloadUrlForLayer";
    var _GDUFLR = "GetDownloadUrlForLayerRequest";
    var _GDUFLRe = "GetDownloadUrlForLayerResponse";
    var _GLP = "GetLifecyclePolicy";
    var _GLPP = "GetLifecyclePolicyPreview";
    var _GLPPR = "GetLifecyclePolicyPreviewRequest";
    var _GLPPRe = "GetLifecyclePolicyPreviewResponse";
    var _GLPR = "GetLifecyclePolicyRequest";
    var _GLPRe = "GetLifecyclePolicyResponse";
    var _GRP = "GetRegistryPolicy";
    var _GRPR = "GetRegistryPolicyRequest";
    var _GRPRe = "GetRegistryPolicyResponse";
    var _GRPRet = "GetRepositoryPolicyRequest";
    var _GRPRete = "GetRepositoryPolicyResponse";
    var _GRPe = "GetRepositoryPolicy";
    var _GRSC = "GetRegistryScanningConfiguration";
    var _GRSCR = "GetRegistryScanningConfigurationRequest";
    var _GRSCRe = "GetRegistryScanningConfigurationResponse";
    var _GSC = "GetSigningConfiguration";
    var _GSCR = "GetSigningConfigurationRequest";
    var _GSCRe = "GetSigningConfigurationResponse";
    var _I = "Image";
    var _IAE = "ImageArchivedException";
    var _IAEE = "ImageAlreadyExistsException";
    var _ID = "ImageDetail";
    var _IDDNME = "ImageDigestDoesNotMatchException";
    var _IDL = "ImageDetailList";
    var _IF = "ImageFailure";
    var _IFL = "ImageFailureList";
    var _II = "ImageIdentifier";
    var _IIL = "ImageIdentifierList";
    var _IL = "ImageList";
    var _ILE = "InvalidLayerException";
    var _ILPE = "InvalidLayerPartException";
    var _ILU = "InitiateLayerUpload";
    var _ILUR = "InitiateLayerUploadRequest";
    var _ILURn = "InitiateLayerUploadResponse";
    var _INFE = "ImageNotFoundException";
    var _IPE = "InvalidParameterException";
    var _IR = "ImageReferrer";
    var _IRL = "ImageReferrerList";
    var _IRS = "ImageReplicationStatus";
    var _IRSL = "ImageReplicationStatusList";
    var _ISC = "ImageScanningConfiguration";
    var _ISCUNSE = "ImageStorageClassUpdateNotSupportedException";
    var _ISF = "ImageScanFinding";
    var _ISFL = "ImageScanFindingList";
    var _ISFS = "ImageScanFindingsSummary";
    var _ISFm = "ImageScanFindings";
    var _ISS = "ImageScanStatus";
    var _ISSL = "ImageSigningStatusList";
    var _ISSm = "ImageSigningStatus";
    var _ITAEE = "ImageTagAlreadyExistsException";
    var _ITMEF = "ImageTagMutabilityExclusionFilter";
    var _ITMEFm = "ImageTagMutabilityExclusionFilters";
    var _ITPE = "InvalidTagParameterException";
    var _K = "Key";
    var _KE = "KmsException";
    var _L = "Layer";
    var _LAEE = "LayerAlreadyExistsException";
    var _LEE = "LimitExceededException";
    var _LF = "LayerFailure";
    var _LFL = "LayerFailureList";
    var _LI = "ListImages";
    var _LIE = "LayerInaccessibleException";
    var _LIF = "ListImagesFilter";
    var _LIR = "ListImagesRequest";
    var _LIRF = "ListImageReferrersFilter";
    var _LIRR = "ListImageReferrersRequest";
    var _LIRRi = "ListImageReferrersResponse";
    var _LIRi = "ListImagesResponse";
    var _LIRis = "ListImageReferrers";
    var _LL = "LayerList";
    var _LNFE = "LayersNotFoundException";
    var _LPNFE = "LifecyclePolicyNotFoundException";
    var _LPPF = "LifecyclePolicyPreviewFilter";
    var _LPPIPE = "LifecyclePolicyPreviewInProgressException";
    var _LPPNFE = "LifecyclePolicyPreviewNotFoundException";
    var _LPPR = "LifecyclePolicyPreviewResult";
    var _LPPRL = "LifecyclePolicyPreviewResultList";
    var _LPPS = "LifecyclePolicyPreviewSummary";
    var _LPRA = "LifecyclePolicyRuleAction";
    var _LPTSE = "LayerPartTooSmallException";
    var _LPTUE = "ListPullTimeUpdateExclusions";
    var _LPTUER = "ListPullTimeUpdateExclusionsRequest";
    var _LPTUERi = "ListPullTimeUpdateExclusionsResponse";
    var _LRB = "ListReplicationBackfills";
    var _LRBR = "ListReplicationBackfillsRequest";
    var _LRBRi = "ListReplicationBackfillsResponse";
    var _LTFR = "ListTagsForResource";
    var _LTFRR = "ListTagsForResourceRequest";
    var _LTFRRi = "ListTagsForResourceResponse";
    var _PAS = "PutAccountSetting";
    var _PASR = "PutAccountSettingRequest";
    var _PASRu = "PutAccountSettingResponse";
    var _PI = "PutImage";
    var _PIR = "PutImageRequest";
    var _PIRu = "PutImageResponse";
    var _PISC = "PutImageScanningConfiguration";
    var _PISCR = "PutImageScanningConfigurationRequest";
    var _PISCRu = "PutImageScanningConfigurationResponse";
    var _PITM = "PutImageTagMutability";
    var _PITMR = "PutImageTagMutabilityRequest";
    var _PITMRu = "PutImageTagMutabilityResponse";
    var _PLP = "PutLifecyclePolicy";
    var _PLPR = "PutLifecyclePolicyRequest";
    var _PLPRu = "PutLifecyclePolicyResponse";
    var _PRC = "PutReplicationConfiguration";
    var _PRCR = "PutReplicationConfigurationRequest";
    var _PRCRu = "PutReplicationConfigurationResponse";
    var _PRP = "PutRegistryPolicy";
    var _PRPR = "PutRegistryPolicyRequest";
    var _PRPRu = "PutRegistryPolicyResponse";
    var _PRSC = "PutRegistryScanningConfiguration";
    var _PRSCR = "PutRegistryScanningConfigurationRequest";
    var _PRSCRu = "PutRegistryScanningConfigurationResponse";
    var _PSC = "PutSigningConfiguration";
    var _PSCR = "PutSigningConfigurationRequest";
    var _PSCRu = "PutSigningConfigurationResponse";
    var _PTCR = "PullThroughCacheRule";
    var _PTCRAEE = "PullThroughCacheRuleAlreadyExistsException";
    var _PTCRL = "PullThroughCacheRuleList";
    var _PTCRNFE = "PullThroughCacheRuleNotFoundException";
    var _PVD = "PackageVulnerabilityDetails";
    var _R = "Recommendation";
    var _RAEE = "RepositoryAlreadyExistsException";
    var _RBIPE = "ReplicationBackfillInProgressException";
    var _RBISE = "ReplicationBackfillInvalidStatusException";
    var _RBNFE = "ReplicationBackfillNotFoundException";
    var _RBP = "ReplicationBackfillProgress";
    var _RBR = "ReplicationBackfillResult";
    var _RBRL = "ReplicationBackfillResultList";
    var _RBS = "ReplicationBackfillSummary";
    var _RBSL = "ReplicationBackfillSummaryList";
    var _RC = "ReplicationConfiguration";
    var _RCT = "RepositoryCreationTemplate";
    var _RCTL = "RepositoryCreationTemplateList";
    var _RD = "ReplicationDestination";
    var _RDL = "ReplicationDestinationList";
    var _RDe = "ResourceDetails";
    var _RF = "RepositoryFilter";
    var _RFL = "RepositoryFilterList";
    var _RINFE = "ReferencedImagesNotFoundException";
    var _RL = "RepositoryList";
    var _RLe = "ResourceList";
    var _RNEE = "RepositoryNotEmptyException";
    var _RNFE = "RepositoryNotFoundException";
    var _RPNFE = "RegistryPolicyNotFoundException";
    var _RPNFEe = "RepositoryPolicyNotFoundException";
    var _RPTUE = "RegisterPullTimeUpdateExclusion";
    var _RPTUER = "RegisterPullTimeUpdateExclusionRequest";
    var _RPTUERe = "RegisterPullTimeUpdateExclusionResponse";
    var _RR = "ReplicationRule";
    var _RRL = "ReplicationRuleList";
    var _RSC = "RegistryScanningConfiguration";
    var _RSCF = "RepositoryScanningConfigurationFailure";
    var _RSCFL = "RepositoryScanningConfigurationFailureList";
    var _RSCL = "RepositoryScanningConfigurationList";
    var _RSCe = "RepositoryScanningConfiguration";
    var _RSR = "RegistryScanningRule";
    var _RSRL = "RegistryScanningRuleList";
    var _Re = "Remediation";
    var _Rep = "Repository";
    var _Res = "Resource";
    var _SC = "SigningConfiguration";
    var _SCNFE = "SigningConfigurationNotFoundException";
    var _SD = "ScoreDetails";
    var _SE = "ServerException";
    var _SI = "SubjectIdentifier";
    var _SIS = "StartImageScan";
    var _SISR = "StartImageScanRequest";
    var _SISRt = "StartImageScanResponse";
    var _SLPP = "StartLifecyclePolicyPreview";
    var _SLPPR = "StartLifecyclePolicyPreviewRequest";
    var _SLPPRt = "StartLifecyclePolicyPreviewResponse";
    var _SNFE = "ScanNotFoundException";
    var _SNFEe = "SecretNotFoundException";
    var _SR = "SigningRule";
    var _SRB = "StartReplicationBackfill";
    var _SRBR = "StartReplicationBackfillRequest";
    var _SRBRt = "StartReplicationBackfillResponse";
    var _SRBRto = "StopReplicationBackfillRequest";
    var _SRBRtop = "StopReplicationBackfillResponse";
    var _SRBt = "StopReplicationBackfill";
    var _SRF = "ScanningRepositoryFilter";
    var _SRFL = "ScanningRepositoryFilterList";
    var _SRFLi = "SigningRepositoryFilterList";
    var _SRFi = "SigningRepositoryFilter";
    var _SRL = "SigningRuleList";
    var _SRP = "SetRepositoryPolicy";
    var _SRPR = "SetRepositoryPolicyRequest";
    var _SRPRe = "SetRepositoryPolicyResponse";
    var _T = "Tag";
    var _TAEE = "TemplateAlreadyExistsException";
    var _TITC = "TransitioningImageTotalCount";
    var _TITCr = "TransitioningImageTotalCounts";
    var _TL = "TagList";
    var _TMTE = "TooManyTagsException";
    var _TNFE = "TemplateNotFoundException";
    var _TR = "TagResource";
    var _TRR = "TagResourceRequest";
    var _TRRa = "TagResourceResponse";
    var _UISC = "UpdateImageStorageClass";
    var _UISCR = "UpdateImageStorageClassRequest";
    var _UISCRp = "UpdateImageStorageClassResponse";
    var _UITE = "UnsupportedImageTypeException";
    var _ULP = "UploadLayerPart";
    var _ULPR = "UploadLayerPartRequest";
    var _ULPRp = "UploadLayerPartResponse";
    var _UNFE = "UploadNotFoundException";
    var _UPTCR = "UpdatePullThroughCacheRule";
    var _UPTCRR = "UpdatePullThroughCacheRuleRequest";
    var _UPTCRRp = "UpdatePullThroughCacheRuleResponse";
    var _UR = "UntagResource";
    var _URCT = "UpdateRepositoryCreationTemplate";
    var _URCTR = "UpdateRepositoryCreationTemplateRequest";
    var _URCTRp = "UpdateRepositoryCreationTemplateResponse";
    var _URR = "UntagResourceRequest";
    var _URRn = "UntagResourceResponse";
    var _UTASE = "UnableToAccessSecretException";
    var _UTDSVE = "UnableToDecryptSecretValueException";
    var _UTGUIE = "UnableToGetUpstreamImageException";
    var _UTGULE = "UnableToGetUpstreamLayerException";
    var _UTLUIRE = "UnableToListUpstreamImageReferrersException";
    var _UURE = "UnsupportedUpstreamRegistryException";
    var _V = "Value";
    var _VE = "ValidationException";
    var _VP = "VulnerablePackage";
    var _VPL = "VulnerablePackagesList";
    var _VPTCR = "ValidatePullThroughCacheRule";
    var _VPTCRR = "ValidatePullThroughCacheRuleRequest";
    var _VPTCRRa = "ValidatePullThroughCacheRuleResponse";
    var _a = "architecture";
    var _aAI = "awsAccountId";
    var _aD = "authorizationData";
    var _aECI = "awsEcrContainerImage";
    var _aF = "appliedFor";
    var _aMT = "acceptedMediaTypes";
    var _aMTr = "artifactMediaType";
    var _aRP = "appliedRulePriority";
    var _aS = "artifactStatus";
    var _aSF = "appliedScanFilters";
    var _aT = "authorizationToken";
    var _aTr = "artifactType";
    var _aTrt = "artifactTypes";
    var _ac = "action";
    var _ad = "adjustments";
    var _an = "annotations";
    var _ar = "arch";
    var _at = "attributes";
    var _au = "author";
    var _b = "backfills";
    var _bS = "baseScore";
    var _c = "client";
    var _cA = "credentialArn";
    var _cAr = "createdAt";
    var _cRA = "customRoleArn";
    var _cRC = "completedReplicationCount";
    var _cv = "cvss";
    var _d = "description";
    var _dU = "downloadUrl";
    var _de = "destination";
    var _des = "destinations";
    var _det = "details";
    var _di = "digest";
    var _e = "error";
    var _eA = "expiresAt";
    var _eAn = "endedAt";
    var _eAx = "exploitAvailable";
    var _eC = "encryptionConfiguration";
    var _eF = "enhancedFindings";
    var _eITC = "expiringImageTotalCount";
    var _eRP = "ecrRepositoryPrefix";
    var _eRPc = "ecrRepositoryPrefixes";
    var _eT = "encryptionType";
    var _ep = "epoch";
    var _f = "failures";
    var _fA = "findingArn";
    var _fAi = "fixAvailable";
    var _fC = "failureCode";
    var _fCa = "failureCodes";
    var _fIV = "fixedInVersion";
    var _fOA = "firstObservedAt";
    var _fP = "filePath";
    var _fR = "failureReason";
    var _fRC = "failedReplicationCount";
    var _fSC = "findingSeverityCounts";
    var _fT = "filterType";
    var _fa = "failure";
    var _fi = "filter";
    var _fin = "findings";
    var _fo = "force";
    var _hE = "httpError";
    var _i = "images";
    var _iD = "imageDetails";
    var _iDm = "imageDigest";
    var _iH = "imageHash";
    var _iI = "imageIds";
    var _iIm = "imageId";
    var _iM = "imageManifest";
    var _iMMT = "imageManifestMediaType";
    var _iPA = "imagePushedAt";
    var _iS = "imageStatus";
    var _iSC = "imageScanningConfiguration";
    var _iSCA = "imageScanCompletedAt";
    var _iSF = "imageScanFindings";
    var _iSFS = "imageScanFindingsSummary";
    var _iSIB = "imageSizeInBytes";
    var _iSS = "imageScanStatus";
    var _iT = "imageTags";
    var _iTC = "imageTotalCount";
    var _iTM = "imageTagMutability";
    var _iTMEF = "imageTagMutabilityExclusionFilters";
    var _iTm = "imageTag";
    var _iUC = "inUseCount";
    var _iV = "isValid";
    var _id = "id";
    var _im = "image";
    var _k = "key";
    var _kE = "kmsError";
    var _kK = "kmsKey";
    var _l = "layers";
    var _lA = "layerAvailability";
    var _lAA = "lastArchivedAt";
    var _lAAa = "lastActivatedAt";
    var _lBR = "lastByteReceived";
    var _lD = "layerDigests";
    var _lDa = "layerDigest";
    var _lEA = "lastEvaluatedAt";
    var _lIUA = "lastInUseAt";
    var _lOA = "lastObservedAt";
    var _lP = "lifecyclePolicy";
    var _lPB = "layerPartBlob";
    var _lPT = "lifecyclePolicyText";
    var _lRPT = "lastRecordedPullTime";
    var _lS = "layerSize";
    var _lVBR = "lastValidByteReceived";
    var _m = "message";
    var _mR = "maxResults";
    var _mT = "mediaType";
    var _me = "metric";
    var _n = "name";
    var _nT = "nextToken";
    var _p = "platform";
    var _pA = "pushedAt";
    var _pAr = "principalArn";
    var _pE = "proxyEndpoint";
    var _pFB = "partFirstByte";
    var _pLB = "partLastByte";
    var _pM = "packageManager";
    var _pR = "previewResults";
    var _pS = "partSize";
    var _pT = "policyText";
    var _pTCR = "pullThroughCacheRules";
    var _pTUE = "pullTimeUpdateExclusions";
    var _pVD = "packageVulnerabilityDetails";
    var _pr = "prefix";
    var _pre = "prefixes";
    var _pro = "progress";
    var _r = "registry";
    var _rA = "resourceArn";
    var _rAe = "repositoryArn";
    var _rBI = "replicationBackfillId";
    var _rC = "replicationConfiguration";
    var _rCT = "repositoryCreationTemplate";
    var _rCTe = "repositoryCreationTemplates";
    var _rF = "repositoryFilters";
    var _rI = "registryId";
    var _rIe = "registryIds";
    var _rN = "repositoryName";
    var _rNe = "repositoryNames";
    var _rP = "repositoryPolicy";
    var _rS = "replicationStatuses";
    var _rSC = "registryScanningConfiguration";
    var _rSF = "resultStatusFilter";
    var _rT = "resourceTags";
    var _rU = "referenceUrls";
    var _rUe = "repositoryUri";
    var _rV = "relatedVulnerabilities";
    var _re = "repository";
    var _rea = "reason";
    var _rec = "recommendation";
    var _ref = "referrers";
    var _reg = "region";
    var _rel = "release";
    var _rem = "remediation";
    var _rep = "repositories";
    var _res = "results";
    var _reso = "resources";
    var _ru = "rules";
    var _s = "smithy.ts.sdk.synthetic.com.amazonaws.ecr";
    var _sA = "startedAt";
    var _sC = "scanningConfigurations";
    var _sCc = "scanningConfiguration";
    var _sCi = "signingConfiguration";
    var _sCt = "storageClass";
    var _sD = "scoreDetails";
    var _sF = "scanFrequency";
    var _sI = "subjectId";
    var _sIFC = "subImageFailureCodes";
    var _sLH = "sourceLayerHash";
    var _sMD = "subjectManifestDigest";
    var _sOP = "scanOnPush";
    var _sPA = "signingProfileArn";
    var _sS = "scoreSource";
    var _sSi = "signingStatuses";
    var _sT = "scanType";
    var _sU = "sourceUrl";
    var _sV = "scoringVector";
    var _sc = "score";
    var _se = "server";
    var _sev = "severity";
    var _si = "size";
    var _so = "source";
    var _st = "status";
    var _su = "summary";
    var _t = "tags";
    var _tITC = "transitioningImageTotalCounts";
    var _tK = "tagKeys";
    var _tRC = "totalReplicationCount";
    var _tS = "tagStatus";
    var _tSC = "targetStorageClass";
    var _te = "text";
    var _ti = "title";
    var _ty = "type";
    var _u = "uri";
    var _uA = "updatedAt";
    var _uI = "uploadId";
    var _uR = "upstreamRegistry";
    var _uRP = "upstreamRepositoryPrefix";
    var _uRU = "upstreamRegistryUrl";
    var _ur = "url";
    var _v = "value";
    var _vCA = "vendorCreatedAt";
    var _vI = "vulnerabilityId";
    var _vP = "vulnerablePackages";
    var _vS = "vendorSeverity";
    var _vSUA = "vulnerabilitySourceUpdatedAt";
    var _vUA = "vendorUpdatedAt";
    var _ve = "version";
    var n0 = "com.amazonaws.ecr";
    var _s_registry = new TypeRegistry(_s);
    var ECRServiceException$ = [-3, _s, "ECRServiceException", 0, [], []];
    _s_registry.registerError(ECRServiceException$, ECRServiceException);
    var n0_registry = new TypeRegistry(n0);
    var BlockedByOrganizationPolicyException$ = [
      -3,
      n0,
      _BBOPE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(BlockedByOrganizationPolicyException$, BlockedByOrganizationPolicyException);
    var EmptyUploadException$ = [
      -3,
      n0,
      _EUE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(EmptyUploadException$, EmptyUploadException);
    var ExclusionAlreadyExistsException$ = [
      -3,
      n0,
      _EAEE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ExclusionAlreadyExistsException$, ExclusionAlreadyExistsException);
    var ExclusionNotFoundException$ = [
      -3,
      n0,
      _ENFE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ExclusionNotFoundException$, ExclusionNotFoundException);
    var ImageAlreadyExistsException$ = [
      -3,
      n0,
      _IAEE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ImageAlreadyExistsException$, ImageAlreadyExistsException);
    var ImageArchivedException$ = [
      -3,
      n0,
      _IAE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ImageArchivedException$, ImageArchivedException);
    var ImageDigestDoesNotMatchException$ = [
      -3,
      n0,
      _IDDNME,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ImageDigestDoesNotMatchException$, ImageDigestDoesNotMatchException);
    var ImageNotFoundException$ = [
      -3,
      n0,
      _INFE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ImageNotFoundException$, ImageNotFoundException);
    var ImageStorageClassUpdateNotSupportedException$ = [
      -3,
      n0,
      _ISCUNSE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ImageStorageClassUpdateNotSupportedException$, ImageStorageClassUpdateNotSupportedException);
    var ImageTagAlreadyExistsException$ = [
      -3,
      n0,
      _ITAEE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ImageTagAlreadyExistsException$, ImageTagAlreadyExistsException);
    var InvalidLayerException$ = [
      -3,
      n0,
      _ILE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidLayerException$, InvalidLayerException);
    var InvalidLayerPartException$ = [
      -3,
      n0,
      _ILPE,
      { [_e]: _c },
      [_rI, _rN, _uI, _lVBR, _m],
      [0, 0, 0, 1, 0]
    ];
    n0_registry.registerError(InvalidLayerPartException$, InvalidLayerPartException);
    var InvalidParameterException$ = [
      -3,
      n0,
      _IPE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidParameterException$, InvalidParameterException);
    var InvalidTagParameterException$ = [
      -3,
      n0,
      _ITPE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidTagParameterException$, InvalidTagParameterException);
    var KmsException$ = [
      -3,
      n0,
      _KE,
      { [_e]: _c },
      [_m, _kE],
      [0, 0]
    ];
    n0_registry.registerError(KmsException$, KmsException);
    var LayerAlreadyExistsException$ = [
      -3,
      n0,
      _LAEE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(LayerAlreadyExistsException$, LayerAlreadyExistsException);
    var LayerInaccessibleException$ = [
      -3,
      n0,
      _LIE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(LayerInaccessibleException$, LayerInaccessibleException);
    var LayerPartTooSmallException$ = [
      -3,
      n0,
      _LPTSE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(LayerPartTooSmallException$, LayerPartTooSmallException);
    var LayersNotFoundException$ = [
      -3,
      n0,
      _LNFE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(LayersNotFoundException$, LayersNotFoundException);
    var LifecyclePolicyNotFoundException$ = [
      -3,
      n0,
      _LPNFE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(LifecyclePolicyNotFoundException$, LifecyclePolicyNotFoundException);
    var LifecyclePolicyPreviewInProgressException$ = [
      -3,
      n0,
      _LPPIPE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(LifecyclePolicyPreviewInProgressException$, LifecyclePolicyPreviewInProgressException);
    var LifecyclePolicyPreviewNotFoundException$ = [
      -3,
      n0,
      _LPPNFE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(LifecyclePolicyPreviewNotFoundException$, LifecyclePolicyPreviewNotFoundException);
    var LimitExceededException$ = [
      -3,
      n0,
      _LEE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(LimitExceededException$, LimitExceededException);
    var PullThroughCacheRuleAlreadyExistsException$ = [
      -3,
      n0,
      _PTCRAEE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(PullThroughCacheRuleAlreadyExistsException$, PullThroughCacheRuleAlreadyExistsException);
    var PullThroughCacheRuleNotFoundException$ = [
      -3,
      n0,
      _PTCRNFE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(PullThroughCacheRuleNotFoundException$, PullThroughCacheRuleNotFoundException);
    var ReferencedImagesNotFoundException$ = [
      -3,
      n0,
      _RINFE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ReferencedImagesNotFoundException$, ReferencedImagesNotFoundException);
    var RegistryPolicyNotFoundException$ = [
      -3,
      n0,
      _RPNFE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(RegistryPolicyNotFoundException$, RegistryPolicyNotFoundException);
    var ReplicationBackfillInProgressException$ = [
      -3,
      n0,
      _RBIPE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ReplicationBackfillInProgressException$, ReplicationBackfillInProgressException);
    var ReplicationBackfillInvalidStatusException$ = [
      -3,
      n0,
      _RBISE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ReplicationBackfillInvalidStatusException$, ReplicationBackfillInvalidStatusException);
    var ReplicationBackfillNotFoundException$ = [
      -3,
      n0,
      _RBNFE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ReplicationBackfillNotFoundException$, ReplicationBackfillNotFoundException);
    var RepositoryAlreadyExistsException$ = [
      -3,
      n0,
      _RAEE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(RepositoryAlreadyExistsException$, RepositoryAlreadyExistsException);
    var RepositoryNotEmptyException$ = [
      -3,
      n0,
      _RNEE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(RepositoryNotEmptyException$, RepositoryNotEmptyException);
    var RepositoryNotFoundException$ = [
      -3,
      n0,
      _RNFE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(RepositoryNotFoundException$, RepositoryNotFoundException);
    var RepositoryPolicyNotFoundException$ = [
      -3,
      n0,
      _RPNFEe,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(RepositoryPolicyNotFoundException$, RepositoryPolicyNotFoundException);
    var ScanNotFoundException$ = [
      -3,
      n0,
      _SNFE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ScanNotFoundException$, ScanNotFoundException);
    var SecretNotFoundException$ = [
      -3,
      n0,
      _SNFEe,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(SecretNotFoundException$, SecretNotFoundException);
    var ServerException$ = [
      -3,
      n0,
      _SE,
      { [_e]: _se },
      [_m],
      [0]
    ];
    n0_registry.registerError(ServerException$, ServerException);
    var SigningConfigurationNotFoundException$ = [
      -3,
      n0,
      _SCNFE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(SigningConfigurationNotFoundException$, SigningConfigurationNotFoundException);
    var TemplateAlreadyExistsException$ = [
      -3,
      n0,
      _TAEE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(TemplateAlreadyExistsException$, TemplateAlreadyExistsException);
    var TemplateNotFoundException$ = [
      -3,
      n0,
      _TNFE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(TemplateNotFoundException$, TemplateNotFoundException);
    var TooManyTagsException$ = [
      -3,
      n0,
      _TMTE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(TooManyTagsException$, TooManyTagsException);
    var UnableToAccessSecretException$ = [
      -3,
      n0,
      _UTASE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(UnableToAccessSecretException$, UnableToAccessSecretException);
    var UnableToDecryptSecretValueException$ = [
      -3,
      n0,
      _UTDSVE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(UnableToDecryptSecretValueException$, UnableToDecryptSecretValueException);
    var UnableToGetUpstreamImageException$ = [
      -3,
      n0,
      _UTGUIE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(UnableToGetUpstreamImageException$, UnableToGetUpstreamImageException);
    var UnableToGetUpstreamLayerException$ = [
      -3,
      n0,
      _UTGULE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(UnableToGetUpstreamLayerException$, UnableToGetUpstreamLayerException);
    var UnableToListUpstreamImageReferrersException$ = [
      -3,
      n0,
      _UTLUIRE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(UnableToListUpstreamImageReferrersException$, UnableToListUpstreamImageReferrersException);
    var UnsupportedImageTypeException$ = [
      -3,
      n0,
      _UITE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(UnsupportedImageTypeException$, UnsupportedImageTypeException);
    var UnsupportedUpstreamRegistryException$ = [
      -3,
      n0,
      _UURE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(UnsupportedUpstreamRegistryException$, UnsupportedUpstreamRegistryException);
    var UploadNotFoundException$ = [
      -3,
      n0,
      _UNFE,
      { [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(UploadNotFoundException$, UploadNotFoundException);
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
    var Attribute$ = [
      3,
      n0,
      _A,
      0,
      [_k, _v],
      [0, 0],
      1
    ];
    var AuthorizationData$ = [
      3,
      n0,
      _AD,
      0,
      [_aT, _eA, _pE],
      [0, 4, 0]
    ];
    var AwsEcrContainerImageDetails$ = [
      3,
      n0,
      _AECID,
      0,
      [_a, _au, _iH, _iT, _p, _pA, _lIUA, _iUC, _r, _rN],
      [0, 0, 0, 64 | 0, 0, 4, 4, 1, 0, 0]
    ];
    var BatchCheckLayerAvailabilityRequest$ = [
      3,
      n0,
      _BCLAR,
      0,
      [_rN, _lD, _rI],
      [0, 64 | 0, 0],
      2
    ];
    var BatchCheckLayerAvailabilityResponse$ = [
      3,
      n0,
      _BCLARa,
      0,
      [_l, _f],
      [() => LayerList, () => LayerFailureList]
    ];
    var BatchDeleteImageRequest$ = [
      3,
      n0,
      _BDIR,
      0,
      [_rN, _iI, _rI],
      [0, () => ImageIdentifierList, 0],
      2
    ];
    var BatchDeleteImageResponse$ = [
      3,
      n0,
      _BDIRa,
      0,
      [_iI, _f],
      [() => ImageIdentifierList, () => ImageFailureList]
    ];
    var BatchGetImageRequest$ = [
      3,
      n0,
      _BGIR,
      0,
      [_rN, _iI, _rI, _aMT],
      [0, () => ImageIdentifierList, 0, 64 | 0],
      2
    ];
    var BatchGetImageResponse$ = [
      3,
      n0,
      _BGIRa,
      0,
      [_i, _f],
      [() => ImageList, () => ImageFailureList]
    ];
    var BatchGetRepositoryScanningConfigurationRequest$ = [
      3,
      n0,
      _BGRSCR,
      0,
      [_rNe],
      [64 | 0],
      1
    ];
    var BatchGetRepositoryScanningConfigurationResponse$ = [
      3,
      n0,
      _BGRSCRa,
      0,
      [_sC, _f],
      [() => RepositoryScanningConfigurationList, () => RepositoryScanningConfigurationFailureList]
    ];
    var CompleteLayerUploadRequest$ = [
      3,
      n0,
      _CLUR,
      0,
      [_rN, _uI, _lD, _rI],
      [0, 0, 64 | 0, 0],
      3
    ];
    var CompleteLayerUploadResponse$ = [
      3,
      n0,
      _CLURo,
      0,
      [_rI, _rN, _uI, _lDa],
      [0, 0, 0, 0]
    ];
    var CreatePullThroughCacheRuleRequest$ = [
      3,
      n0,
      _CPTCRR,
      0,
      [_eRP, _uRU, _rI, _uR, _cA, _cRA, _uRP],
      [0, 0, 0, 0, 0, 0, 0],
      2
    ];
    var CreatePullThroughCacheRuleResponse$ = [
      3,
      n0,
      _CPTCRRr,
      0,
      [_eRP, _uRU, _cAr, _rI, _uR, _cA, _cRA, _uRP],
      [0, 0, 4, 0, 0, 0, 0, 0]
    ];
    var CreateRepositoryCreationTemplateRequest$ = [
      3,
      n0,
      _CRCTR,
      0,
      [_pr, _aF, _d, _eC, _rT, _iTM, _iTMEF, _rP, _lP, _cRA],
      [0, 64 | 0, 0, () => EncryptionConfigurationForRepositoryCreationTemplate$, () => TagList, 0, () => ImageTagMutabilityExclusionFilters, 0, 0, 0],
      2
    ];
    var CreateRepositoryCreationTemplateResponse$ = [
      3,
      n0,
      _CRCTRr,
      0,
      [_rI, _rCT],
      [0, () => RepositoryCreationTemplate$]
    ];
    var CreateRepositoryRequest$ = [
      3,
      n0,
      _CRR,
      0,
      [_rN, _rI, _t, _iTM, _iTMEF, _iSC, _eC],
      [0, 0, () => TagList, 0, () => ImageTagMutabilityExclusionFilters, () => ImageScanningConfiguration$, () => EncryptionConfiguration$],
      1
    ];
    var CreateRepositoryResponse$ = [
      3,
      n0,
      _CRRr,
      0,
      [_re],
      [() => Repository$]
    ];
    var CvssScore$ = [
      3,
      n0,
      _CS,
      0,
      [_bS, _sV, _so, _ve],
      [1, 0, 0, 0]
    ];
    var CvssScoreAdjustment$ = [
      3,
      n0,
      _CSA,
      0,
      [_me, _rea],
      [0, 0]
    ];
    var CvssScoreDetails$ = [
      3,
      n0,
      _CSD,
      0,
      [_ad, _sc, _sS, _sV, _ve],
      [() => CvssScoreAdjustmentList, 1, 0, 0, 0]
    ];
    var DeleteLifecyclePolicyRequest$ = [
      3,
      n0,
      _DLPR,
      0,
      [_rN, _rI],
      [0, 0],
      1
    ];
    var DeleteLifecyclePolicyResponse$ = [
      3,
      n0,
      _DLPRe,
      0,
      [_rI, _rN, _lPT, _lEA],
      [0, 0, 0, 4]
    ];
    var DeletePullThroughCacheRuleRequest$ = [
      3,
      n0,
      _DPTCRR,
      0,
      [_eRP, _rI],
      [0, 0],
      1
    ];
    var DeletePullThroughCacheRuleResponse$ = [
      3,
      n0,
      _DPTCRRe,
      0,
      [_eRP, _uRU, _cAr, _rI, _cA, _cRA, _uRP],
      [0, 0, 4, 0, 0, 0, 0]
    ];
    var DeleteRegistryPolicyRequest$ = [
      3,
      n0,
      _DRPR,
      0,
      [],
      []
    ];
    var DeleteRegistryPolicyResponse$ = [
      3,
      n0,
      _DRPRe,
      0,
      [_rI, _pT],
      [0, 0]
    ];
    var DeleteRepositoryCreationTemplateRequest$ = [
      3,
      n0,
      _DRCTR,
      0,
      [_pr],
      [0],
      1
    ];
    var DeleteRepositoryCreationTemplateResponse$ = [
      3,
      n0,
      _DRCTRe,
      0,
      [_rI, _rCT],
      [0, () => RepositoryCreationTemplate$]
    ];
    var DeleteRepositoryPolicyRequest$ = [
      3,
      n0,
      _DRPRel,
      0,
      [_rN, _rI],
      [0, 0],
      1
    ];
    var DeleteRepositoryPolicyResponse$ = [
      3,
      n0,
      _DRPRele,
      0,
      [_rI, _rN, _pT],
      [0, 0, 0]
    ];
    var DeleteRepositoryRequest$ = [
      3,
      n0,
      _DRR,
      0,
      [_rN, _rI, _fo],
      [0, 0, 2],
      1
    ];
    var DeleteRepositoryResponse$ = [
      3,
      n0,
      _DRRe,
      0,
      [_re],
      [() => Repository$]
    ];
    var DeleteSigningConfigurationRequest$ = [
      3,
      n0,
      _DSCR,
      0,
      [],
      []
    ];
    var DeleteSigningConfigurationResponse$ = [
      3,
      n0,
      _DSCRe,
      0,
      [_rI, _sCi],
      [0, () => SigningConfiguration$]
    ];
    var DeregisterPullTimeUpdateExclusionRequest$ = [
      3,
      n0,
      _DPTUER,
      0,
      [_pAr],
      [0],
      1
    ];
    var DeregisterPullTimeUpdateExclusionResponse$ = [
      3,
      n0,
      _DPTUERe,
      0,
      [_pAr],
      [0]
    ];
    var DescribeImageReplicationStatusRequest$ = [
      3,
      n0,
      _DIRSR,
      0,
      [_rN, _iIm, _rI],
      [0, () => ImageIdentifier$, 0],
      2
    ];
    var DescribeImageReplicationStatusResponse$ = [
      3,
      n0,
      _DIRSRe,
      0,
      [_rN, _iIm, _rS],
      [0, () => ImageIdentifier$, () => ImageReplicationStatusList]
    ];
    var DescribeImageScanFindingsRequest$ = [
      3,
      n0,
      _DISFR,
      0,
      [_rN, _iIm, _rI, _nT, _mR],
      [0, () => ImageIdentifier$, 0, 0, 1],
      2
    ];
    var DescribeImageScanFindingsResponse$ = [
      3,
      n0,
      _DISFRe,
      0,
      [_rI, _rN, _iIm, _iSS, _iSF, _nT],
      [0, 0, () => ImageIdentifier$, () => ImageScanStatus$, () => ImageScanFindings$, 0]
    ];
    var DescribeImagesFilter$ = [
      3,
      n0,
      _DIF,
      0,
      [_tS, _iS],
      [0, 0]
    ];
    var DescribeImageSigningStatusRequest$ = [
      3,
      n0,
      _DISSR,
      0,
      [_rN, _iIm, _rI],
      [0, () => ImageIdentifier$, 0],
      2
    ];
    var DescribeImageSigningStatusResponse$ = [
      3,
      n0,
      _DISSRe,
      0,
      [_rN, _iIm, _rI, _sSi],
      [0, () => ImageIdentifier$, 0, () => ImageSigningStatusList]
    ];
    var DescribeImagesRequest$ = [
      3,
      n0,
      _DIR,
      0,
      [_rN, _rI, _iI, _nT, _mR, _fi],
      [0, 0, () => ImageIdentifierList, 0, 1, () => DescribeImagesFilter$],
      1
    ];
    var DescribeImagesResponse$ = [
      3,
      n0,
      _DIRe,
      0,
      [_iD, _nT],
      [() => ImageDetailList, 0]
    ];
    var DescribePullThroughCacheRulesRequest$ = [
      3,
      n0,
      _DPTCRRes,
      0,
      [_rI, _eRPc, _nT, _mR],
      [0, 64 | 0, 0, 1]
    ];
    var DescribePullThroughCacheRulesResponse$ = [
      3,
      n0,
      _DPTCRResc,
      0,
      [_pTCR, _nT],
      [() => PullThroughCacheRuleList, 0]
    ];
    var DescribeRegistryRequest$ = [
      3,
      n0,
      _DRRes,
      0,
      [],
      []
    ];
    var DescribeRegistryResponse$ = [
      3,
      n0,
      _DRResc,
      0,
      [_rI, _rC],
      [0, () => ReplicationConfiguration$]
    ];
    var DescribeReplicationBackfillResultsRequest$ = [
      3,
      n0,
      _DRBRR,
      0,
      [_rBI, _rI, _rSF, _mR, _nT],
      [0, 0, 0, 1, 0],
      1
    ];
    var DescribeReplicationBackfillResultsResponse$ = [
      3,
      n0,
      _DRBRRe,
      0,
      [_rI, _rBI, _de, _st, _fC, _pro, _res, _sA, _eAn, _nT],
      [0, 0, () => ReplicationDestination$, 0, 0, () => ReplicationBackfillProgress$, () => ReplicationBackfillResultList, 4, 4, 0]
    ];
    var DescribeRepositoriesRequest$ = [
      3,
      n0,
      _DRRescr,
      0,
      [_rI, _rNe, _nT, _mR],
      [0, 64 | 0, 0, 1]
    ];
    var DescribeRepositoriesResponse$ = [
      3,
      n0,
      _DRRescri,
      0,
      [_rep, _nT],
      [() => RepositoryList, 0]
    ];
    var DescribeRepositoryCreationTemplatesRequest$ = [
      3,
      n0,
      _DRCTRes,
      0,
      [_pre, _nT, _mR],
      [64 | 0, 0, 1]
    ];
    var DescribeRepositoryCreationTemplatesResponse$ = [
      3,
      n0,
      _DRCTResc,
      0,
      [_rI, _rCTe, _nT],
      [0, () => RepositoryCreationTemplateList, 0]
    ];
    var EncryptionConfiguration$ = [
      3,
      n0,
      _EC,
      0,
      [_eT, _kK],
      [0, 0],
      1
    ];
    var EncryptionConfigurationForRepositoryCreationTemplate$ = [
      3,
      n0,
      _ECFRCT,
      0,
      [_eT, _kK],
      [0, 0],
      1
    ];
    var EnhancedImageScanFinding$ = [
      3,
      n0,
      _EISF,
      0,
      [_aAI, _d, _fA, _fOA, _lOA, _pVD, _rem, _reso, _sc, _sD, _sev, _st, _ti, _ty, _uA, _fAi, _eAx],
      [0, 0, 0, 4, 4, () => PackageVulnerabilityDetails$, () => Remediation$, () => ResourceList, 1, () => ScoreDetails$, 0, 0, 0, 0, 4, 0, 0]
    ];
    var GetAccountSettingRequest$ = [
      3,
      n0,
      _GASR,
      0,
      [_n],
      [0],
      1
    ];
    var GetAccountSettingResponse$ = [
      3,
      n0,
      _GASRe,
      0,
      [_n, _v],
      [0, 0]
    ];
    var GetAuthorizationTokenRequest$ = [
      3,
      n0,
      _GATR,
      0,
      [_rIe],
      [64 | 0]
    ];
    var GetAuthorizationTokenResponse$ = [
      3,
      n0,
      _GATRe,
      0,
      [_aD],
      [() => AuthorizationDataList]
    ];
    var GetDownloadUrlForLayerRequest$ = [
      3,
      n0,
      _GDUFLR,
      0,
      [_rN, _lDa, _rI],
      [0, 0, 0],
      2
    ];
    var GetDownloadUrlForLayerResponse$ = [
      3,
      n0,
      _GDUFLRe,
      0,
      [_dU, _lDa],
      [0, 0]
    ];
    var GetLifecyclePolicyPreviewRequest$ = [
      3,
      n0,
      _GLPPR,
      0,
      [_rN, _rI, _iI, _nT, _mR, _fi],
      [0, 0, () => ImageIdentifierList, 0, 1, () => LifecyclePolicyPreviewFilter$],
      1
    ];
    var GetLifecyclePolicyPreviewResponse$ = [
      3,
      n0,
      _GLPPRe,
      0,
      [_rI, _rN, _lPT, _st, _nT, _pR, _su],
      [0, 0, 0, 0, 0, () => LifecyclePolicyPreviewResultList, () => LifecyclePolicyPreviewSummary$]
    ];
    var GetLifecyclePolicyRequest$ = [
      3,
      n0,
      _GLPR,
      0,
      [_rN, _rI],
      [0, 0],
      1
    ];
    var GetLifecyclePolicyResponse$ = [
      3,
      n0,
      _GLPRe,
      0,
      [_rI, _rN, _lPT, _lEA],
      [0, 0, 0, 4]
    ];
    var GetRegistryPolicyRequest$ = [
      3,
      n0,
      _GRPR,
      0,
      [],
      []
    ];
    var GetRegistryPolicyResponse$ = [
      3,
      n0,
      _GRPRe,
      0,
      [_rI, _pT],
      [0, 0]
    ];
    var GetRegistryScanningConfigurationRequest$ = [
      3,
      n0,
      _GRSCR,
      0,
      [],
      []
    ];
    var GetRegistryScanningConfigurationResponse$ = [
      3,
      n0,
      _GRSCRe,
      0,
      [_rI, _sCc],
      [0, () => RegistryScanningConfiguration$]
    ];
    var GetRepositoryPolicyRequest$ = [
      3,
      n0,
      _GRPRet,
      0,
      [_rN, _rI],
      [0, 0],
      1
    ];
    var GetRepositoryPolicyResponse$ = [
      3,
      n0,
      _GRPRete,
      0,
      [_rI, _rN, _pT],
      [0, 0, 0]
    ];
    var GetSigningConfigurationRequest$ = [
      3,
      n0,
      _GSCR,
      0,
      [],
      []
    ];
    var GetSigningConfigurationResponse$ = [
      3,
      n0,
      _GSCRe,
      0,
      [_rI, _sCi],
      [0, () => SigningConfiguration$]
    ];
    var Image$ = [
      3,
      n0,
      _I,
      0,
      [_rI, _rN, _iIm, _iM, _iMMT],
      [0, 0, () => ImageIdentifier$, 0, 0]
    ];
    var ImageDetail$ = [
      3,
      n0,
      _ID,
      0,
      [_rI, _rN, _iDm, _iT, _iSIB, _iPA, _iSS, _iSFS, _iMMT, _aMTr, _lRPT, _sMD, _iS, _lAA, _lAAa],
      [0, 0, 0, 64 | 0, 1, 4, () => ImageScanStatus$, () => ImageScanFindingsSummary$, 0, 0, 4, 0, 0, 4, 4]
    ];
    var ImageFailure$ = [
      3,
      n0,
      _IF,
      0,
      [_iIm, _fC, _fR],
      [() => ImageIdentifier$, 0, 0]
    ];
    var ImageIdentifier$ = [
      3,
      n0,
      _II,
      0,
      [_iDm, _iTm],
      [0, 0]
    ];
    var ImageReferrer$ = [
      3,
      n0,
      _IR,
      0,
      [_di, _mT, _si, _aTr, _an, _aS],
      [0, 0, 1, 0, 128 | 0, 0],
      3
    ];
    var ImageReplicationStatus$ = [
      3,
      n0,
      _IRS,
      0,
      [_reg, _rI, _st, _fC],
      [0, 0, 0, 0]
    ];
    var ImageScanFinding$ = [
      3,
      n0,
      _ISF,
      0,
      [_n, _d, _u, _sev, _at],
      [0, 0, 0, 0, () => AttributeList]
    ];
    var ImageScanFindings$ = [
      3,
      n0,
      _ISFm,
      0,
      [_iSCA, _vSUA, _fSC, _fin, _eF],
      [4, 4, 128 | 1, () => ImageScanFindingList, () => EnhancedImageScanFindingList]
    ];
    var ImageScanFindingsSummary$ = [
      3,
      n0,
      _ISFS,
      0,
      [_iSCA, _vSUA, _fSC],
      [4, 4, 128 | 1]
    ];
    var ImageScanningConfiguration$ = [
      3,
      n0,
      _ISC,
      0,
      [_sOP],
      [2]
    ];
    var ImageScanStatus$ = [
      3,
      n0,
      _ISS,
      0,
      [_st, _d],
      [0, 0]
    ];
    var ImageSigningStatus$ = [
      3,
      n0,
      _ISSm,
      0,
      [_sPA, _fC, _fR, _st],
      [0, 0, 0, 0]
    ];
    var ImageTagMutabilityExclusionFilter$ = [
      3,
      n0,
      _ITMEF,
      0,
      [_fT, _fi],
      [0, 0],
      2
    ];
    var InitiateLayerUploadRequest$ = [
      3,
      n0,
      _ILUR,
      0,
      [_rN, _rI],
      [0, 0],
      1
    ];
    var InitiateLayerUploadResponse$ = [
      3,
      n0,
      _ILURn,
      0,
      [_uI, _pS],
      [0, 1]
    ];
    var Layer$ = [
      3,
      n0,
      _L,
      0,
      [_lDa, _lA, _lS, _mT],
      [0, 0, 1, 0]
    ];
    var LayerFailure$ = [
      3,
      n0,
      _LF,
      0,
      [_lDa, _fC, _fR],
      [0, 0, 0]
    ];
    var LifecyclePolicyPreviewFilter$ = [
      3,
      n0,
      _LPPF,
      0,
      [_tS],
      [0]
    ];
    var LifecyclePolicyPreviewResult$ = [
      3,
      n0,
      _LPPR,
      0,
      [_iT, _iDm, _iPA, _ac, _aRP, _sCt],
      [64 | 0, 0, 4, () => LifecyclePolicyRuleAction$, 1, 0]
    ];
    var LifecyclePolicyPreviewSummary$ = [
      3,
      n0,
      _LPPS,
      0,
      [_eITC, _tITC],
      [1, () => TransitioningImageTotalCounts]
    ];
    var LifecyclePolicyRuleAction$ = [
      3,
      n0,
      _LPRA,
      0,
      [_ty, _tSC],
      [0, 0]
    ];
    var ListImageReferrersFilter$ = [
      3,
      n0,
      _LIRF,
      0,
      [_aTrt, _aS],
      [64 | 0, 0]
    ];
    var ListImageReferrersRequest$ = [
      3,
      n0,
      _LIRR,
      0,
      [_rN, _sI, _rI, _fi, _nT, _mR],
      [0, () => SubjectIdentifier$, 0, () => ListImageReferrersFilter$, 0, 1],
      2
    ];
    var ListImageReferrersResponse$ = [
      3,
      n0,
      _LIRRi,
      0,
      [_ref, _nT],
      [() => ImageReferrerList, 0]
    ];
    var ListImagesFilter$ = [
      3,
      n0,
      _LIF,
      0,
      [_tS, _iS],
      [0, 0]
    ];
    var ListImagesRequest$ = [
      3,
      n0,
      _LIR,
      0,
      [_rN, _rI, _nT, _mR, _fi],
      [0, 0, 0, 1, () => ListImagesFilter$],
      1
    ];
    var ListImagesResponse$ = [
      3,
      n0,
      _LIRi,
      0,
      [_iI, _nT],
      [() => ImageIdentifierList, 0]
    ];
    var ListPullTimeUpdateExclusionsRequest$ = [
      3,
      n0,
      _LPTUER,
      0,
      [_mR, _nT],
      [1, 0]
    ];
    var ListPullTimeUpdateExclusionsResponse$ = [
      3,
      n0,
      _LPTUERi,
      0,
      [_pTUE, _nT],
      [64 | 0, 0]
    ];
    var ListReplicationBackfillsRequest$ = [
      3,
      n0,
      _LRBR,
      0,
      [_rI, _mR, _nT],
      [0, 1, 0]
    ];
    var ListReplicationBackfillsResponse$ = [
      3,
      n0,
      _LRBRi,
      0,
      [_rI, _b, _nT],
      [0, () => ReplicationBackfillSummaryList, 0]
    ];
    var ListTagsForResourceRequest$ = [
      3,
      n0,
      _LTFRR,
      0,
      [_rA],
      [0],
      1
    ];
    var ListTagsForResourceResponse$ = [
      3,
      n0,
      _LTFRRi,
      0,
      [_t],
      [() => TagList]
    ];
    var PackageVulnerabilityDetails$ = [
      3,
      n0,
      _PVD,
      0,
      [_cv, _rU, _rV, _so, _sU, _vCA, _vS, _vUA, _vI, _vP],
      [() => CvssScoreList, 64 | 0, 64 | 0, 0, 0, 4, 0, 4, 0, () => VulnerablePackagesList]
    ];
    var PullThroughCacheRule$ = [
      3,
      n0,
      _PTCR,
      0,
      [_eRP, _uRU, _cAr, _rI, _cA, _cRA, _uRP, _uR, _uA],
      [0, 0, 4, 0, 0, 0, 0, 0, 4]
    ];
    var PutAccountSettingRequest$ = [
      3,
      n0,
      _PASR,
      0,
      [_n, _v],
      [0, 0],
      2
    ];
    var PutAccountSettingResponse$ = [
      3,
      n0,
      _PASRu,
      0,
      [_n, _v],
      [0, 0]
    ];
    var PutImageRequest$ = [
      3,
      n0,
      _PIR,
      0,
      [_rN, _iM, _rI, _iMMT, _iTm, _iDm],
      [0, 0, 0, 0, 0, 0],
      2
    ];
    var PutImageResponse$ = [
      3,
      n0,
      _PIRu,
      0,
      [_im],
      [() => Image$]
    ];
    var PutImageScanningConfigurationRequest$ = [
      3,
      n0,
      _PISCR,
      0,
      [_rN, _iSC, _rI],
      [0, () => ImageScanningConfiguration$, 0],
      2
    ];
    var PutImageScanningConfigurationResponse$ = [
      3,
      n0,
      _PISCRu,
      0,
      [_rI, _rN, _iSC],
      [0, 0, () => ImageScanningConfiguration$]
    ];
    var PutImageTagMutabilityRequest$ = [
      3,
      n0,
      _PITMR,
      0,
      [_rN, _iTM, _rI, _iTMEF],
      [0, 0, 0, () => ImageTagMutabilityExclusionFilters],
      2
    ];
    var PutImageTagMutabilityResponse$ = [
      3,
      n0,
      _PITMRu,
      0,
      [_rI, _rN, _iTM, _iTMEF],
      [0, 0, 0, () => ImageTagMutabilityExclusionFilters]
    ];
    var PutLifecyclePolicyRequest$ = [
      3,
      n0,
      _PLPR,
      0,
      [_rN, _lPT, _rI],
      [0, 0, 0],
      2
    ];
    var PutLifecyclePolicyResponse$ = [
      3,
      n0,
      _PLPRu,
      0,
      [_rI, _rN, _lPT],
      [0, 0, 0]
    ];
    var PutRegistryPolicyRequest$ = [
      3,
      n0,
      _PRPR,
      0,
      [_pT],
      [0],
      1
    ];
    var PutRegistryPolicyResponse$ = [
      3,
      n0,
      _PRPRu,
      0,
      [_rI, _pT],
      [0, 0]
    ];
    var PutRegistryScanningConfigurationRequest$ = [
      3,
      n0,
      _PRSCR,
      0,
      [_sT, _ru],
      [0, () => RegistryScanningRuleList]
    ];
    var PutRegistryScanningConfigurationResponse$ = [
      3,
      n0,
      _PRSCRu,
      0,
      [_rSC],
      [() => RegistryScanningConfiguration$]
    ];
    var PutReplicationConfigurationRequest$ = [
      3,
      n0,
      _PRCR,
      0,
      [_rC],
      [() => ReplicationConfiguration$],
      1
    ];
    var PutReplicationConfigurationResponse$ = [
      3,
      n0,
      _PRCRu,
      0,
      [_rC],
      [() => ReplicationConfiguration$]
    ];
    var PutSigningConfigurationRequest$ = [
      3,
      n0,
      _PSCR,
      0,
      [_sCi],
      [() => SigningConfiguration$],
      1
    ];
    var PutSigningConfigurationResponse$ = [
      3,
      n0,
      _PSCRu,
      0,
      [_sCi],
      [() => SigningConfiguration$]
    ];
    var Recommendation$ = [
      3,
      n0,
      _R,
      0,
      [_ur, _te],
      [0, 0]
    ];
    var RegisterPullTimeUpdateExclusionRequest$ = [
      3,
      n0,
      _RPTUER,
      0,
      [_pAr],
      [0],
      1
    ];
    var RegisterPullTimeUpdateExclusionResponse$ = [
      3,
      n0,
      _RPTUERe,
      0,
      [_pAr, _cAr],
      [0, 4]
    ];
    var RegistryScanningConfiguration$ = [
      3,
      n0,
      _RSC,
      0,
      [_sT, _ru],
      [0, () => RegistryScanningRuleList]
    ];
    var RegistryScanningRule$ = [
      3,
      n0,
      _RSR,
      0,
      [_sF, _rF],
      [0, () => ScanningRepositoryFilterList],
      2
    ];
    var Remediation$ = [
      3,
      n0,
      _Re,
      0,
      [_rec],
      [() => Recommendation$]
    ];
    var ReplicationBackfillProgress$ = [
      3,
      n0,
      _RBP,
      0,
      [_tRC, _cRC, _fRC, _fCa],
      [1, 1, 1, 64 | 0],
      4
    ];
    var ReplicationBackfillResult$ = [
      3,
      n0,
      _RBR,
      0,
      [_rN, _iIm, _st, _fC, _sIFC],
      [0, () => ImageIdentifier$, 0, 0, 64 | 0],
      3
    ];
    var ReplicationBackfillSummary$ = [
      3,
      n0,
      _RBS,
      0,
      [_rBI, _de, _st, _sA, _fC, _pro, _eAn],
      [0, () => ReplicationDestination$, 0, 4, 0, () => ReplicationBackfillProgress$, 4],
      4
    ];
    var ReplicationConfiguration$ = [
      3,
      n0,
      _RC,
      0,
      [_ru],
      [() => ReplicationRuleList],
      1
    ];
    var ReplicationDestination$ = [
      3,
      n0,
      _RD,
      0,
      [_reg, _rI],
      [0, 0],
      2
    ];
    var ReplicationRule$ = [
      3,
      n0,
      _RR,
      0,
      [_des, _rF],
      [() => ReplicationDestinationList, () => RepositoryFilterList],
      1
    ];
    var Repository$ = [
      3,
      n0,
      _Rep,
      0,
      [_rAe, _rI, _rN, _rUe, _cAr, _iTM, _iTMEF, _iSC, _eC],
      [0, 0, 0, 0, 4, 0, () => ImageTagMutabilityExclusionFilters, () => ImageScanningConfiguration$, () => EncryptionConfiguration$]
    ];
    var RepositoryCreationTemplate$ = [
      3,
      n0,
      _RCT,
      0,
      [_pr, _d, _eC, _rT, _iTM, _iTMEF, _rP, _lP, _aF, _cRA, _cAr, _uA],
      [0, 0, () => EncryptionConfigurationForRepositoryCreationTemplate$, () => TagList, 0, () => ImageTagMutabilityExclusionFilters, 0, 0, 64 | 0, 0, 4, 4]
    ];
    var RepositoryFilter$ = [
      3,
      n0,
      _RF,
      0,
      [_fi, _fT],
      [0, 0],
      2
    ];
    var RepositoryScanningConfiguration$ = [
      3,
      n0,
      _RSCe,
      0,
      [_rAe, _rN, _sOP, _sF, _aSF],
      [0, 0, 2, 0, () => ScanningRepositoryFilterList]
    ];
    var RepositoryScanningConfigurationFailure$ = [
      3,
      n0,
      _RSCF,
      0,
      [_rN, _fC, _fR],
      [0, 0, 0]
    ];
    var Resource$ = [
      3,
      n0,
      _Res,
      0,
      [_det, _id, _t, _ty],
      [() => ResourceDetails$, 0, 128 | 0, 0]
    ];
    var ResourceDetails$ = [
      3,
      n0,
      _RDe,
      0,
      [_aECI],
      [() => AwsEcrContainerImageDetails$]
    ];
    var ScanningRepositoryFilter$ = [
      3,
      n0,
      _SRF,
      0,
      [_fi, _fT],
      [0, 0],
      2
    ];
    var ScoreDetails$ = [
      3,
      n0,
      _SD,
      0,
      [_cv],
      [() => CvssScoreDetails$]
    ];
    var SetRepositoryPolicyRequest$ = [
      3,
      n0,
      _SRPR,
      0,
      [_rN, _pT, _rI, _fo],
      [0, 0, 0, 2],
      2
    ];
    var SetRepositoryPolicyResponse$ = [
      3,
      n0,
      _SRPRe,
      0,
      [_rI, _rN, _pT],
      [0, 0, 0]
    ];
    var SigningConfiguration$ = [
      3,
      n0,
      _SC,
      0,
      [_ru],
      [() => SigningRuleList],
      1
    ];
    var SigningRepositoryFilter$ = [
      3,
      n0,
      _SRFi,
      0,
      [_fi, _fT],
      [0, 0],
      2
    ];
    var SigningRule$ = [
      3,
      n0,
      _SR,
      0,
      [_sPA, _rF],
      [0, () => SigningRepositoryFilterList],
      1
    ];
    var StartImageScanRequest$ = [
      3,
      n0,
      _SISR,
      0,
      [_rN, _iIm, _rI],
      [0, () => ImageIdentifier$, 0],
      2
    ];
    var StartImageScanResponse$ = [
      3,
      n0,
      _SISRt,
      0,
      [_rI, _rN, _iIm, _iSS],
      [0, 0, () => ImageIdentifier$, () => ImageScanStatus$]
    ];
    var StartLifecyclePolicyPreviewRequest$ = [
      3,
      n0,
      _SLPPR,
      0,
      [_rN, _rI, _lPT],
      [0, 0, 0],
      1
    ];
    var StartLifecyclePolicyPreviewResponse$ = [
      3,
      n0,
      _SLPPRt,
      0,
      [_rI, _rN, _lPT, _st],
      [0, 0, 0, 0]
    ];
    var StartReplicationBackfillRequest$ = [
      3,
      n0,
      _SRBR,
      0,
      [_de, _rI],
      [() => ReplicationDestination$, 0],
      1
    ];
    var StartReplicationBackfillResponse$ = [
      3,
      n0,
      _SRBRt,
      0,
      [_rBI, _rI, _de, _st, _sA],
      [0, 0, () => ReplicationDestination$, 0, 4]
    ];
    var StopReplicationBackfillRequest$ = [
      3,
      n0,
      _SRBRto,
      0,
      [_rBI, _rI],
      [0, 0],
      1
    ];
    var StopReplicationBackfillResponse$ = [
      3,
      n0,
      _SRBRtop,
      0,
      [_rI, _rBI, _de, _st, _sA],
      [0, 0, () => ReplicationDestination$, 0, 4]
    ];
    var SubjectIdentifier$ = [
      3,
      n0,
      _SI,
      0,
      [_iDm],
      [0],
      1
    ];
    var Tag$ = [
      3,
      n0,
      _T,
      0,
      [_K, _V],
      [0, 0],
      2
    ];
    var TagResourceRequest$ = [
      3,
      n0,
      _TRR,
      0,
      [_rA, _t],
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
    var TransitioningImageTotalCount$ = [
      3,
      n0,
      _TITC,
      0,
      [_tSC, _iTC],
      [0, 1]
    ];
    var UntagResourceRequest$ = [
      3,
      n0,
      _URR,
      0,
      [_rA, _tK],
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
    var UpdateImageStorageClassRequest$ = [
      3,
      n0,
      _UISCR,
      0,
      [_rN, _iIm, _tSC, _rI],
      [0, () => ImageIdentifier$, 0, 0],
      3
    ];
    var UpdateImageStorageClassResponse$ = [
      3,
      n0,
      _UISCRp,
      0,
      [_rI, _rN, _iIm, _iS],
      [0, 0, () => ImageIdentifier$, 0]
    ];
    var UpdatePullThroughCacheRuleRequest$ = [
      3,
      n0,
      _UPTCRR,
      0,
      [_eRP, _rI, _cA, _cRA],
      [0, 0, 0, 0],
      1
    ];
    var UpdatePullThroughCacheRuleResponse$ = [
      3,
      n0,
      _UPTCRRp,
      0,
      [_eRP, _rI, _uA, _cA, _cRA, _uRP],
      [0, 0, 4, 0, 0, 0]
    ];
    var UpdateRepositoryCreationTemplateRequest$ = [
      3,
      n0,
      _URCTR,
      0,
      [_pr, _d, _eC, _rT, _iTM, _iTMEF, _rP, _lP, _aF, _cRA],
      [0, 0, () => EncryptionConfigurationForRepositoryCreationTemplate$, () => TagList, 0, () => ImageTagMutabilityExclusionFilters, 0, 0, 64 | 0, 0],
      1
    ];
    var UpdateRepositoryCreationTemplateResponse$ = [
      3,
      n0,
      _URCTRp,
      0,
      [_rI, _rCT],
      [0, () => RepositoryCreationTemplate$]
    ];
    var UploadLayerPartRequest$ = [
      3,
      n0,
      _ULPR,
      0,
      [_rN, _uI, _pFB, _pLB, _lPB, _rI],
      [0, 0, 1, 1, 21, 0],
      5
    ];
    var UploadLayerPartResponse$ = [
      3,
      n0,
      _ULPRp,
      0,
      [_rI, _rN, _uI, _lBR],
      [0, 0, 0, 1]
    ];
    var ValidatePullThroughCacheRuleRequest$ = [
      3,
      n0,
      _VPTCRR,
      0,
      [_eRP, _rI],
      [0, 0],
      1
    ];
    var ValidatePullThroughCacheRuleResponse$ = [
      3,
      n0,
      _VPTCRRa,
      0,
      [_eRP, _rI, _uRU, _cA, _cRA, _uRP, _iV, _fa],
      [0, 0, 0, 0, 0, 0, 2, 0]
    ];
    var VulnerablePackage$ = [
      3,
      n0,
      _VP,
      0,
      [_ar, _ep, _fP, _n, _pM, _rel, _sLH, _ve, _fIV],
      [0, 1, 0, 0, 0, 0, 0, 0, 0]
    ];
    var AttributeList = [
      1,
      n0,
      _AL,
      0,
      () => Attribute$
    ];
    var AuthorizationDataList = [
      1,
      n0,
      _ADL,
      0,
      () => AuthorizationData$
    ];
    var CvssScoreAdjustmentList = [
      1,
      n0,
      _CSAL,
      0,
      () => CvssScoreAdjustment$
    ];
    var CvssScoreList = [
      1,
      n0,
      _CSL,
      0,
      () => CvssScore$
    ];
    var EnhancedImageScanFindingList = [
      1,
      n0,
      _EISFL,
      0,
      () => EnhancedImageScanFinding$
    ];
    var ImageDetailList = [
      1,
      n0,
      _IDL,
      0,
      () => ImageDetail$
    ];
    var ImageFailureList = [
      1,
      n0,
      _IFL,
      0,
      () => ImageFailure$
    ];
    var ImageIdentifierList = [
      1,
      n0,
      _IIL,
      0,
      () => ImageIdentifier$
    ];
    var ImageList = [
      1,
      n0,
      _IL,
      0,
      () => Image$
    ];
    var ImageReferrerList = [
      1,
      n0,
      _IRL,
      0,
      () => ImageReferrer$
    ];
    var ImageReplicationStatusList = [
      1,
      n0,
      _IRSL,
      0,
      () => ImageReplicationStatus$
    ];
    var ImageScanFindingList = [
      1,
      n0,
      _ISFL,
      0,
      () => ImageScanFinding$
    ];
    var ImageSigningStatusList = [
      1,
      n0,
      _ISSL,
      0,
      () => ImageSigningStatus$
    ];
    var ImageTagMutabilityExclusionFilters = [
      1,
      n0,
      _ITMEFm,
      0,
      () => ImageTagMutabilityExclusionFilter$
    ];
    var LayerFailureList = [
      1,
      n0,
      _LFL,
      0,
      () => LayerFailure$
    ];
    var LayerList = [
      1,
      n0,
      _LL,
      0,
      () => Layer$
    ];
    var LifecyclePolicyPreviewResultList = [
      1,
      n0,
      _LPPRL,
      0,
      () => LifecyclePolicyPreviewResult$
    ];
    var PullThroughCacheRuleList = [
      1,
      n0,
      _PTCRL,
      0,
      () => PullThroughCacheRule$
    ];
    var RegistryScanningRuleList = [
      1,
      n0,
      _RSRL,
      0,
      () => RegistryScanningRule$
    ];
    var ReplicationBackfillResultList = [
      1,
      n0,
      _RBRL,
      0,
      () => ReplicationBackfillResult$
    ];
    var ReplicationBackfillSummaryList = [
      1,
      n0,
      _RBSL,
      0,
      () => ReplicationBackfillSummary$
    ];
    var ReplicationDestinationList = [
      1,
      n0,
      _RDL,
      0,
      () => ReplicationDestination$
    ];
    var ReplicationRuleList = [
      1,
      n0,
      _RRL,
      0,
      () => ReplicationRule$
    ];
    var RepositoryCreationTemplateList = [
      1,
      n0,
      _RCTL,
      0,
      () => RepositoryCreationTemplate$
    ];
    var RepositoryFilterList = [
      1,
      n0,
      _RFL,
      0,
      () => RepositoryFilter$
    ];
    var RepositoryList = [
      1,
      n0,
      _RL,
      0,
      () => Repository$
    ];
    var RepositoryScanningConfigurationFailureList = [
      1,
      n0,
      _RSCFL,
      0,
      () => RepositoryScanningConfigurationFailure$
    ];
    var RepositoryScanningConfigurationList = [
      1,
      n0,
      _RSCL,
      0,
      () => RepositoryScanningConfiguration$
    ];
    var ResourceList = [
      1,
      n0,
      _RLe,
      0,
      () => Resource$
    ];
    var ScanningRepositoryFilterList = [
      1,
      n0,
      _SRFL,
      0,
      () => ScanningRepositoryFilter$
    ];
    var SigningRepositoryFilterList = [
      1,
      n0,
      _SRFLi,
      0,
      () => SigningRepositoryFilter$
    ];
    var SigningRuleList = [
      1,
      n0,
      _SRL,
      0,
      () => SigningRule$
    ];
    var TagList = [
      1,
      n0,
      _TL,
      0,
      () => Tag$
    ];
    var TransitioningImageTotalCounts = [
      1,
      n0,
      _TITCr,
      0,
      () => TransitioningImageTotalCount$
    ];
    var VulnerablePackagesList = [
      1,
      n0,
      _VPL,
      0,
      () => VulnerablePackage$
    ];
    var BatchCheckLayerAvailability$ = [
      9,
      n0,
      _BCLA,
      0,
      () => BatchCheckLayerAvailabilityRequest$,
      () => BatchCheckLayerAvailabilityResponse$
    ];
    var BatchDeleteImage$ = [
      9,
      n0,
      _BDI,
      0,
      () => BatchDeleteImageRequest$,
      () => BatchDeleteImageResponse$
    ];
    var BatchGetImage$ = [
      9,
      n0,
      _BGI,
      0,
      () => BatchGetImageRequest$,
      () => BatchGetImageResponse$
    ];
    var BatchGetRepositoryScanningConfiguration$ = [
      9,
      n0,
      _BGRSC,
      0,
      () => BatchGetRepositoryScanningConfigurationRequest$,
      () => BatchGetRepositoryScanningConfigurationResponse$
    ];
    var CompleteLayerUpload$ = [
      9,
      n0,
      _CLU,
      0,
      () => CompleteLayerUploadRequest$,
      () => CompleteLayerUploadResponse$
    ];
    var CreatePullThroughCacheRule$ = [
      9,
      n0,
      _CPTCR,
      0,
      () => CreatePullThroughCacheRuleRequest$,
      () => CreatePullThroughCacheRuleResponse$
    ];
    var CreateRepository$ = [
      9,
      n0,
      _CR,
      0,
      () => CreateRepositoryRequest$,
      () => CreateRepositoryResponse$
    ];
    var CreateRepositoryCreationTemplate$ = [
      9,
      n0,
      _CRCT,
      0,
      () => CreateRepositoryCreationTemplateRequest$,
      () => CreateRepositoryCreationTemplateResponse$
    ];
    var DeleteLifecyclePolicy$ = [
      9,
      n0,
      _DLP,
      0,
      () => DeleteLifecyclePolicyRequest$,
      () => DeleteLifecyclePolicyResponse$
    ];
    var DeletePullThroughCacheRule$ = [
      9,
      n0,
      _DPTCR,
      0,
      () => DeletePullThroughCacheRuleRequest$,
      () => DeletePullThroughCacheRuleResponse$
    ];
    var DeleteRegistryPolicy$ = [
      9,
      n0,
      _DRP,
      0,
      () => DeleteRegistryPolicyRequest$,
      () => DeleteRegistryPolicyResponse$
    ];
    var DeleteRepository$ = [
      9,
      n0,
      _DR,
      0,
      () => DeleteRepositoryRequest$,
      () => DeleteRepositoryResponse$
    ];
    var DeleteRepositoryCreationTemplate$ = [
      9,
      n0,
      _DRCT,
      0,
      () => DeleteRepositoryCreationTemplateRequest$,
      () => DeleteRepositoryCreationTemplateResponse$
    ];
    var DeleteRepositoryPolicy$ = [
      9,
      n0,
      _DRPe,
      0,
      () => DeleteRepositoryPolicyRequest$,
      () => DeleteRepositoryPolicyResponse$
    ];
    var DeleteSigningConfiguration$ = [
      9,
      n0,
      _DSC,
      0,
      () => DeleteSigningConfigurationRequest$,
      () => DeleteSigningConfigurationResponse$
    ];
    var DeregisterPullTimeUpdateExclusion$ = [
      9,
      n0,
      _DPTUE,
      0,
      () => DeregisterPullTimeUpdateExclusionRequest$,
      () => DeregisterPullTimeUpdateExclusionResponse$
    ];
    var DescribeImageReplicationStatus$ = [
      9,
      n0,
      _DIRS,
      0,
      () => DescribeImageReplicationStatusRequest$,
      () => DescribeImageReplicationStatusResponse$
    ];
    var DescribeImages$ = [
      9,
      n0,
      _DI,
      0,
      () => DescribeImagesRequest$,
      () => DescribeImagesResponse$
    ];
    var DescribeImageScanFindings$ = [
      9,
      n0,
      _DISF,
      0,
      () => DescribeImageScanFindingsRequest$,
      () => DescribeImageScanFindingsResponse$
    ];
    var DescribeImageSigningStatus$ = [
      9,
      n0,
      _DISS,
      0,
      () => DescribeImageSigningStatusRequest$,
      () => DescribeImageSigningStatusResponse$
    ];
    var DescribePullThroughCacheRules$ = [
      9,
      n0,
      _DPTCRe,
      0,
      () => DescribePullThroughCacheRulesRequest$,
      () => DescribePullThroughCacheRulesResponse$
    ];
    var DescribeRegistry$ = [
      9,
      n0,
      _DRe,
      0,
      () => DescribeRegistryRequest$,
      () => DescribeRegistryResponse$
    ];
    var DescribeReplicationBackfillResults$ = [
      9,
      n0,
      _DRBR,
      0,
      () => DescribeReplicationBackfillResultsRequest$,
      () => DescribeReplicationBackfillResultsResponse$
    ];
    var DescribeRepositories$ = [
      9,
      n0,
      _DRes,
      0,
      () => DescribeRepositoriesRequest$,
      () => DescribeRepositoriesResponse$
    ];
    var DescribeRepositoryCreationTemplates$ = [
      9,
      n0,
      _DRCTe,
      0,
      () => DescribeRepositoryCreationTemplatesRequest$,
      () => DescribeRepositoryCreationTemplatesResponse$
    ];
    var GetAccountSetting$ = [
      9,
      n0,
      _GAS,
      0,
      () => GetAccountSettingRequest$,
      () => GetAccountSettingResponse$
    ];
    var GetAuthorizationToken$ = [
      9,
      n0,
      _GAT,
      0,
      () => GetAuthorizationTokenRequest$,
      () => GetAuthorizationTokenResponse$
    ];
    var GetDownloadUrlForLayer$ = [
      9,
      n0,
      _GDUFL,
      0,
      () => GetDownloadUrlForLayerRequest$,
      () => GetDownloadUrlForLayerResponse$
    ];
    var GetLifecyclePolicy$ = [
      9,
      n0,
      _GLP,
      0,
      () => GetLifecyclePolicyRequest$,
      () => GetLifecyclePolicyResponse$
    ];
    var GetLifecyclePolicyPreview$ = [
      9,
      n0,
      _GLPP,
      0,
      () => GetLifecyclePolicyPreviewRequest$,
      () => GetLifecyclePolicyPreviewResponse$
    ];
    var GetRegistryPolicy$ = [
      9,
      n0,
      _GRP,
      0,
      () => GetRegistryPolicyRequest$,
      () => GetRegistryPolicyResponse$
    ];
    var GetRegistryScanningConfiguration$ = [
      9,
      n0,
      _GRSC,
      0,
      () => GetRegistryScanningConfigurationRequest$,
      () => GetRegistryScanningConfigurationResponse$
    ];
    var GetRepositoryPolicy$ = [
      9,
      n0,
      _GRPe,
      0,
      () => GetRepositoryPolicyRequest$,
      () => GetRepositoryPolicyResponse$
    ];
    var GetSigningConfiguration$ = [
      9,
      n0,
      _GSC,
      0,
      () => GetSigningConfigurationRequest$,
      () => GetSigningConfigurationResponse$
    ];
    var InitiateLayerUpload$ = [
      9,
      n0,
      _ILU,
      0,
      () => InitiateLayerUploadRequest$,
      () => InitiateLayerUploadResponse$
    ];
    var ListImageReferrers$ = [
      9,
      n0,
      _LIRis,
      0,
      () => ListImageReferrersRequest$,
      () => ListImageReferrersResponse$
    ];
    var ListImages$ = [
      9,
      n0,
      _LI,
      0,
      () => ListImagesRequest$,
      () => ListImagesResponse$
    ];
    var ListPullTimeUpdateExclusions$ = [
      9,
      n0,
      _LPTUE,
      0,
      () => ListPullTimeUpdateExclusionsRequest$,
      () => ListPullTimeUpdateExclusionsResponse$
    ];
    var ListReplicationBackfills$ = [
      9,
      n0,
      _LRB,
      0,
      () => ListReplicationBackfillsRequest$,
      () => ListReplicationBackfillsResponse$
    ];
    var ListTagsForResource$ = [
      9,
      n0,
      _LTFR,
      0,
      () => ListTagsForResourceRequest$,
      () => ListTagsForResourceResponse$
    ];
    var PutAccountSetting$ = [
      9,
      n0,
      _PAS,
      0,
      () => PutAccountSettingRequest$,
      () => PutAccountSettingResponse$
    ];
    var PutImage$ = [
      9,
      n0,
      _PI,
      0,
      () => PutImageRequest$,
      () => PutImageResponse$
    ];
    var PutImageScanningConfiguration$ = [
      9,
      n0,
      _PISC,
      0,
      () => PutImageScanningConfigurationRequest$,
      () => PutImageScanningConfigurationResponse$
    ];
    var PutImageTagMutability$ = [
      9,
      n0,
      _PITM,
      0,
      () => PutImageTagMutabilityRequest$,
      () => PutImageTagMutabilityResponse$
    ];
    var PutLifecyclePolicy$ = [
      9,
      n0,
      _PLP,
      0,
      () => PutLifecyclePolicyRequest$,
      () => PutLifecyclePolicyResponse$
    ];
    var PutRegistryPolicy$ = [
      9,
      n0,
      _PRP,
      0,
      () => PutRegistryPolicyRequest$,
      () => PutRegistryPolicyResponse$
    ];
    var PutRegistryScanningConfiguration$ = [
      9,
      n0,
      _PRSC,
      0,
      () => PutRegistryScanningConfigurationRequest$,
      () => PutRegistryScanningConfigurationResponse$
    ];
    var PutReplicationConfiguration$ = [
      9,
      n0,
      _PRC,
      0,
      () => PutReplicationConfigurationRequest$,
      () => PutReplicationConfigurationResponse$
    ];
    var PutSigningConfiguration$ = [
      9,
      n0,
      _PSC,
      0,
      () => PutSigningConfigurationRequest$,
      () => PutSigningConfigurationResponse$
    ];
    var RegisterPullTimeUpdateExclusion$ = [
      9,
      n0,
      _RPTUE,
      0,
      () => RegisterPullTimeUpdateExclusionRequest$,
      () => RegisterPullTimeUpdateExclusionResponse$
    ];
    var SetRepositoryPolicy$ = [
      9,
      n0,
      _SRP,
      0,
      () => SetRepositoryPolicyRequest$,
      () => SetRepositoryPolicyResponse$
    ];
    var StartImageScan$ = [
      9,
      n0,
      _SIS,
      0,
      () => StartImageScanRequest$,
      () => StartImageScanResponse$
    ];
    var StartLifecyclePolicyPreview$ = [
      9,
      n0,
      _SLPP,
      0,
      () => StartLifecyclePolicyPreviewRequest$,
      () => StartLifecyclePolicyPreviewResponse$
    ];
    var StartReplicationBackfill$ = [
      9,
      n0,
      _SRB,
      0,
      () => StartReplicationBackfillRequest$,
      () => StartReplicationBackfillResponse$
    ];
    var StopReplicationBackfill$ = [
      9,
      n0,
      _SRBt,
      0,
      () => StopReplicationBackfillRequest$,
      () => StopReplicationBackfillResponse$
    ];
    var TagResource$ = [
      9,
      n0,
      _TR,
      0,
      () => TagResourceRequest$,
      () => TagResourceResponse$
    ];
    var UntagResource$ = [
      9,
      n0,
      _UR,
      0,
      () => UntagResourceRequest$,
      () => UntagResourceResponse$
    ];
    var UpdateImageStorageClass$ = [
      9,
      n0,
      _UISC,
      0,
      () => UpdateImageStorageClassRequest$,
      () => UpdateImageStorageClassResponse$
    ];
    var UpdatePullThroughCacheRule$ = [
      9,
      n0,
      _UPTCR,
      0,
      () => UpdatePullThroughCacheRuleRequest$,
      () => UpdatePullThroughCacheRuleResponse$
    ];
    var UpdateRepositoryCreationTemplate$ = [
      9,
      n0,
      _URCT,
      0,
      () => UpdateRepositoryCreationTemplateRequest$,
      () => UpdateRepositoryCreationTemplateResponse$
    ];
    var UploadLayerPart$ = [
      9,
      n0,
      _ULP,
      0,
      () => UploadLayerPartRequest$,
      () => UploadLayerPartResponse$
    ];
    var ValidatePullThroughCacheRule$ = [
      9,
      n0,
      _VPTCR,
      0,
      () => ValidatePullThroughCacheRuleRequest$,
      () => ValidatePullThroughCacheRuleResponse$
    ];
    var getRuntimeConfig$1 = (config) => {
      return {
        apiVersion: "2015-09-21",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultECRHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
          {
            schemeId: "aws.auth#sigv4",
            identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
            signer: new AwsSdkSigV4Signer()
          }
        ],
        logger: config?.logger ?? new NoOpLogger(),
        protocol: config?.protocol ?? AwsJson1_1Protocol,
        protocolSettings: config?.protocolSettings ?? {
          defaultNamespace: "com.amazonaws.ecr",
          errorTypeRegistries,
          xmlNamespace: "http://ecr.amazonaws.com/doc/2015-09-21/",
          version: "2015-09-21",
          serviceTarget: "AmazonEC2ContainerRegistry_V20150921"
        },
        serviceId: config?.serviceId ?? "ECR",
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
        logger: clientSharedValues.logger
      };
      return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
        defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 3e5),
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: packageInfo.version }),
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
        }
      };
    };
    var resolveHttpAuthRuntimeConfig = (config) => {
      return {
        httpAuthSchemes: config.httpAuthSchemes(),
        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
        credentials: config.credentials()
      };
    };
    var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
      const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
      extensions.forEach((extension) => extension.configure(extensionConfiguration));
      return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
    };
    var ECRClient = class extends Client {
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
          httpAuthSchemeParametersProvider: defaultECRHttpAuthSchemeParametersProvider,
          identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
            "aws.auth#sigv4": config.credentials
          })
        }));
        this.middlewareStack.use(getHttpSigningPlugin(this.config));
      }
      destroy() {
        super.destroy();
      }
    };
    var command = makeBuilder(commonParams, "AmazonEC2ContainerRegistry_V20150921", "ECRClient", getEndpointPlugin);
    var _ep0 = {};
    var _mw0 = (Command, cs, config, o) => [];
    var BatchCheckLayerAvailabilityCommand = class extends command(_ep0, _mw0, "BatchCheckLayerAvailability", BatchCheckLayerAvailability$) {
    };
    var BatchDeleteImageCommand = class extends command(_ep0, _mw0, "BatchDeleteImage", BatchDeleteImage$) {
    };
    var BatchGetImageCommand = class extends command(_ep0, _mw0, "BatchGetImage", BatchGetImage$) {
    };
    var BatchGetRepositoryScanningConfigurationCommand = class extends command(_ep0, _mw0, "BatchGetRepositoryScanningConfiguration", BatchGetRepositoryScanningConfiguration$) {
    };
    var CompleteLayerUploadCommand = class extends command(_ep0, _mw0, "CompleteLayerUpload", CompleteLayerUpload$) {
    };
    var CreatePullThroughCacheRuleCommand = class extends command(_ep0, _mw0, "CreatePullThroughCacheRule", CreatePullThroughCacheRule$) {
    };
    var CreateRepositoryCommand = class extends command(_ep0, _mw0, "CreateRepository", CreateRepository$) {
    };
    var CreateRepositoryCreationTemplateCommand = class extends command(_ep0, _mw0, "CreateRepositoryCreationTemplate", CreateRepositoryCreationTemplate$) {
    };
    var DeleteLifecyclePolicyCommand = class extends command(_ep0, _mw0, "DeleteLifecyclePolicy", DeleteLifecyclePolicy$) {
    };
    var DeletePullThroughCacheRuleCommand = class extends command(_ep0, _mw0, "DeletePullThroughCacheRule", DeletePullThroughCacheRule$) {
    };
    var DeleteRegistryPolicyCommand = class extends command(_ep0, _mw0, "DeleteRegistryPolicy", DeleteRegistryPolicy$) {
    };
    var DeleteRepositoryCommand = class extends command(_ep0, _mw0, "DeleteRepository", DeleteRepository$) {
    };
    var DeleteRepositoryCreationTemplateCommand = class extends command(_ep0, _mw0, "DeleteRepositoryCreationTemplate", DeleteRepositoryCreationTemplate$) {
    };
    var DeleteRepositoryPolicyCommand = class extends command(_ep0, _mw0, "DeleteRepositoryPolicy", DeleteRepositoryPolicy$) {
    };
    var DeleteSigningConfigurationCommand = class extends command(_ep0, _mw0, "DeleteSigningConfiguration", DeleteSigningConfiguration$) {
    };
    var DeregisterPullTimeUpdateExclusionCommand = class extends command(_ep0, _mw0, "DeregisterPullTimeUpdateExclusion", DeregisterPullTimeUpdateExclusion$) {
    };
    var DescribeImageReplicationStatusCommand = class extends command(_ep0, _mw0, "DescribeImageReplicationStatus", DescribeImageReplicationStatus$) {
    };
    var DescribeImageScanFindingsCommand = class extends command(_ep0, _mw0, "DescribeImageScanFindings", DescribeImageScanFindings$) {
    };
    var DescribeImagesCommand = class extends command(_ep0, _mw0, "DescribeImages", DescribeImages$) {
    };
    var DescribeImageSigningStatusCommand = class extends command(_ep0, _mw0, "DescribeImageSigningStatus", DescribeImageSigningStatus$) {
    };
    var DescribePullThroughCacheRulesCommand = class extends command(_ep0, _mw0, "DescribePullThroughCacheRules", DescribePullThroughCacheRules$) {
    };
    var DescribeRegistryCommand = class extends command(_ep0, _mw0, "DescribeRegistry", DescribeRegistry$) {
    };
    var DescribeReplicationBackfillResultsCommand = class extends command(_ep0, _mw0, "DescribeReplicationBackfillResults", DescribeReplicationBackfillResults$) {
    };
    var DescribeRepositoriesCommand = class extends command(_ep0, _mw0, "DescribeRepositories", DescribeRepositories$) {
    };
    var DescribeRepositoryCreationTemplatesCommand = class extends command(_ep0, _mw0, "DescribeRepositoryCreationTemplates", DescribeRepositoryCreationTemplates$) {
    };
    var GetAccountSettingCommand = class extends command(_ep0, _mw0, "GetAccountSetting", GetAccountSetting$) {
    };
    var GetAuthorizationTokenCommand = class extends command(_ep0, _mw0, "GetAuthorizationToken", GetAuthorizationToken$) {
    };
    var GetDownloadUrlForLayerCommand = class extends command(_ep0, _mw0, "GetDownloadUrlForLayer", GetDownloadUrlForLayer$) {
    };
    var GetLifecyclePolicyCommand = class extends command(_ep0, _mw0, "GetLifecyclePolicy", GetLifecyclePolicy$) {
    };
    var GetLifecyclePolicyPreviewCommand = class extends command(_ep0, _mw0, "GetLifecyclePolicyPreview", GetLifecyclePolicyPreview$) {
    };
    var GetRegistryPolicyCommand = class extends command(_ep0, _mw0, "GetRegistryPolicy", GetRegistryPolicy$) {
    };
    var GetRegistryScanningConfigurationCommand = class extends command(_ep0, _mw0, "GetRegistryScanningConfiguration", GetRegistryScanningConfiguration$) {
    };
    var GetRepositoryPolicyCommand = class extends command(_ep0, _mw0, "GetRepositoryPolicy", GetRepositoryPolicy$) {
    };
    var GetSigningConfigurationCommand = class extends command(_ep0, _mw0, "GetSigningConfiguration", GetSigningConfiguration$) {
    };
    var InitiateLayerUploadCommand = class extends command(_ep0, _mw0, "InitiateLayerUpload", InitiateLayerUpload$) {
    };
    var ListImageReferrersCommand = class extends command(_ep0, _mw0, "ListImageReferrers", ListImageReferrers$) {
    };
    var ListImagesCommand = class extends command(_ep0, _mw0, "ListImages", ListImages$) {
    };
    var ListPullTimeUpdateExclusionsCommand = class extends command(_ep0, _mw0, "ListPullTimeUpdateExclusions", ListPullTimeUpdateExclusions$) {
    };
    var ListReplicationBackfillsCommand = class extends command(_ep0, _mw0, "ListReplicationBackfills", ListReplicationBackfills$) {
    };
    var ListTagsForResourceCommand = class extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {
    };
    var PutAccountSettingCommand = class extends command(_ep0, _mw0, "PutAccountSetting", PutAccountSetting$) {
    };
    var PutImageCommand = class extends command(_ep0, _mw0, "PutImage", PutImage$) {
    };
    var PutImageScanningConfigurationCommand = class extends command(_ep0, _mw0, "PutImageScanningConfiguration", PutImageScanningConfiguration$) {
    };
    var PutImageTagMutabilityCommand = class extends command(_ep0, _mw0, "PutImageTagMutability", PutImageTagMutability$) {
    };
    var PutLifecyclePolicyCommand = class extends command(_ep0, _mw0, "PutLifecyclePolicy", PutLifecyclePolicy$) {
    };
    var PutRegistryPolicyCommand = class extends command(_ep0, _mw0, "PutRegistryPolicy", PutRegistryPolicy$) {
    };
    var PutRegistryScanningConfigurationCommand = class extends command(_ep0, _mw0, "PutRegistryScanningConfiguration", PutRegistryScanningConfiguration$) {
    };
    var PutReplicationConfigurationCommand = class extends command(_ep0, _mw0, "PutReplicationConfiguration", PutReplicationConfiguration$) {
    };
    var PutSigningConfigurationCommand = class extends command(_ep0, _mw0, "PutSigningConfiguration", PutSigningConfiguration$) {
    };
    var RegisterPullTimeUpdateExclusionCommand = class extends command(_ep0, _mw0, "RegisterPullTimeUpdateExclusion", RegisterPullTimeUpdateExclusion$) {
    };
    var SetRepositoryPolicyCommand = class extends command(_ep0, _mw0, "SetRepositoryPolicy", SetRepositoryPolicy$) {
    };
    var StartImageScanCommand = class extends command(_ep0, _mw0, "StartImageScan", StartImageScan$) {
    };
    var StartLifecyclePolicyPreviewCommand = class extends command(_ep0, _mw0, "StartLifecyclePolicyPreview", StartLifecyclePolicyPreview$) {
    };
    var StartReplicationBackfillCommand = class extends command(_ep0, _mw0, "StartReplicationBackfill", StartReplicationBackfill$) {
    };
    var StopReplicationBackfillCommand = class extends command(_ep0, _mw0, "StopReplicationBackfill", StopReplicationBackfill$) {
    };
    var TagResourceCommand = class extends command(_ep0, _mw0, "TagResource", TagResource$) {
    };
    var UntagResourceCommand = class extends command(_ep0, _mw0, "UntagResource", UntagResource$) {
    };
    var UpdateImageStorageClassCommand = class extends command(_ep0, _mw0, "UpdateImageStorageClass", UpdateImageStorageClass$) {
    };
    var UpdatePullThroughCacheRuleCommand = class extends command(_ep0, _mw0, "UpdatePullThroughCacheRule", UpdatePullThroughCacheRule$) {
    };
    var UpdateRepositoryCreationTemplateCommand = class extends command(_ep0, _mw0, "UpdateRepositoryCreationTemplate", UpdateRepositoryCreationTemplate$) {
    };
    var UploadLayerPartCommand = class extends command(_ep0, _mw0, "UploadLayerPart", UploadLayerPart$) {
    };
    var ValidatePullThroughCacheRuleCommand = class extends command(_ep0, _mw0, "ValidatePullThroughCacheRule", ValidatePullThroughCacheRule$) {
    };
    var paginateDescribeImageScanFindings = createPaginator(ECRClient, DescribeImageScanFindingsCommand, "nextToken", "nextToken", "maxResults");
    var paginateDescribeImages = createPaginator(ECRClient, DescribeImagesCommand, "nextToken", "nextToken", "maxResults");
    var paginateDescribePullThroughCacheRules = createPaginator(ECRClient, DescribePullThroughCacheRulesCommand, "nextToken", "nextToken", "maxResults");
    var paginateDescribeReplicationBackfillResults = createPaginator(ECRClient, DescribeReplicationBackfillResultsCommand, "nextToken", "nextToken", "maxResults");
    var paginateDescribeRepositories = createPaginator(ECRClient, DescribeRepositoriesCommand, "nextToken", "nextToken", "maxResults");
    var paginateDescribeRepositoryCreationTemplates = createPaginator(ECRClient, DescribeRepositoryCreationTemplatesCommand, "nextToken", "nextToken", "maxResults");
    var paginateGetLifecyclePolicyPreview = createPaginator(ECRClient, GetLifecyclePolicyPreviewCommand, "nextToken", "nextToken", "maxResults");
    var paginateListImages = createPaginator(ECRClient, ListImagesCommand, "nextToken", "nextToken", "maxResults");
    var paginateListReplicationBackfills = createPaginator(ECRClient, ListReplicationBackfillsCommand, "nextToken", "nextToken", "maxResults");
    var checkState$1 = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new DescribeImageScanFindingsCommand(input));
        reason = result;
        try {
          const returnComparator = () => {
            return result.imageScanStatus.status;
          };
          if (returnComparator() === "COMPLETE") {
            return { state: WaiterState.SUCCESS, reason };
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            return result.imageScanStatus.status;
          };
          if (returnComparator() === "FAILED") {
            return { state: WaiterState.FAILURE, reason };
          }
        } catch (e2) {
        }
      } catch (exception) {
        reason = exception;
      }
      return { state: WaiterState.RETRY, reason };
    };
    var waitForImageScanComplete = async (params, input) => {
      const serviceDefaults = { minDelay: 5, maxDelay: 120 };
      return createWaiter({ ...serviceDefaults, ...params }, input, checkState$1);
    };
    var waitUntilImageScanComplete = async (params, input) => {
      const serviceDefaults = { minDelay: 5, maxDelay: 120 };
      const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$1);
      return checkExceptions(result);
    };
    var checkState = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new GetLifecyclePolicyPreviewCommand(input));
        reason = result;
        try {
          const returnComparator = () => {
            return result.status;
          };
          if (returnComparator() === "COMPLETE") {
            return { state: WaiterState.SUCCESS, reason };
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            return result.status;
          };
          if (returnComparator() === "FAILED") {
            return { state: WaiterState.FAILURE, reason };
          }
        } catch (e2) {
        }
      } catch (exception) {
        reason = exception;
      }
      return { state: WaiterState.RETRY, reason };
    };
    var waitForLifecyclePolicyPreviewComplete = async (params, input) => {
      const serviceDefaults = { minDelay: 5, maxDelay: 120 };
      return createWaiter({ ...serviceDefaults, ...params }, input, checkState);
    };
    var waitUntilLifecyclePolicyPreviewComplete = async (params, input) => {
      const serviceDefaults = { minDelay: 5, maxDelay: 120 };
      const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState);
      return checkExceptions(result);
    };
    var commands = {
      BatchCheckLayerAvailabilityCommand,
      BatchDeleteImageCommand,
      BatchGetImageCommand,
      BatchGetRepositoryScanningConfigurationCommand,
      CompleteLayerUploadCommand,
      CreatePullThroughCacheRuleCommand,
      CreateRepositoryCommand,
      CreateRepositoryCreationTemplateCommand,
      DeleteLifecyclePolicyCommand,
      DeletePullThroughCacheRuleCommand,
      DeleteRegistryPolicyCommand,
      DeleteRepositoryCommand,
      DeleteRepositoryCreationTemplateCommand,
      DeleteRepositoryPolicyCommand,
      DeleteSigningConfigurationCommand,
      DeregisterPullTimeUpdateExclusionCommand,
      DescribeImageReplicationStatusCommand,
      DescribeImagesCommand,
      DescribeImageScanFindingsCommand,
      DescribeImageSigningStatusCommand,
      DescribePullThroughCacheRulesCommand,
      DescribeRegistryCommand,
      DescribeReplicationBackfillResultsCommand,
      DescribeRepositoriesCommand,
      DescribeRepositoryCreationTemplatesCommand,
      GetAccountSettingCommand,
      GetAuthorizationTokenCommand,
      GetDownloadUrlForLayerCommand,
      GetLifecyclePolicyCommand,
      GetLifecyclePolicyPreviewCommand,
      GetRegistryPolicyCommand,
      GetRegistryScanningConfigurationCommand,
      GetRepositoryPolicyCommand,
      GetSigningConfigurationCommand,
      InitiateLayerUploadCommand,
      ListImageReferrersCommand,
      ListImagesCommand,
      ListPullTimeUpdateExclusionsCommand,
      ListReplicationBackfillsCommand,
      ListTagsForResourceCommand,
      PutAccountSettingCommand,
      PutImageCommand,
      PutImageScanningConfigurationCommand,
      PutImageTagMutabilityCommand,
      PutLifecyclePolicyCommand,
      PutRegistryPolicyCommand,
      PutRegistryScanningConfigurationCommand,
      PutReplicationConfigurationCommand,
      PutSigningConfigurationCommand,
      RegisterPullTimeUpdateExclusionCommand,
      SetRepositoryPolicyCommand,
      StartImageScanCommand,
      StartLifecyclePolicyPreviewCommand,
      StartReplicationBackfillCommand,
      StopReplicationBackfillCommand,
      TagResourceCommand,
      UntagResourceCommand,
      UpdateImageStorageClassCommand,
      UpdatePullThroughCacheRuleCommand,
      UpdateRepositoryCreationTemplateCommand,
      UploadLayerPartCommand,
      ValidatePullThroughCacheRuleCommand
    };
    var paginators = {
      paginateDescribeImages,
      paginateDescribeImageScanFindings,
      paginateDescribePullThroughCacheRules,
      paginateDescribeReplicationBackfillResults,
      paginateDescribeRepositories,
      paginateDescribeRepositoryCreationTemplates,
      paginateGetLifecyclePolicyPreview,
      paginateListImages,
      paginateListReplicationBackfills
    };
    var waiters = {
      waitUntilImageScanComplete,
      waitUntilLifecyclePolicyPreviewComplete
    };
    var ECR = class extends ECRClient {
    };
    createAggregatedClient(commands, ECR, { paginators, waiters });
    var LayerFailureCode = {
      InvalidLayerDigest: "InvalidLayerDigest",
      MissingLayerDigest: "MissingLayerDigest"
    };
    var LayerAvailability = {
      ARCHIVED: "ARCHIVED",
      AVAILABLE: "AVAILABLE",
      UNAVAILABLE: "UNAVAILABLE"
    };
    var ImageFailureCode = {
      ImageInaccessible: "ImageInaccessible",
      ImageNotFound: "ImageNotFound",
      ImageReferencedByManifestList: "ImageReferencedByManifestList",
      ImageTagDoesNotMatchDigest: "ImageTagDoesNotMatchDigest",
      InvalidImageDigest: "InvalidImageDigest",
      InvalidImageTag: "InvalidImageTag",
      KmsError: "KmsError",
      MissingDigestAndTag: "MissingDigestAndTag",
      UpstreamAccessDenied: "UpstreamAccessDenied",
      UpstreamTooManyRequests: "UpstreamTooManyRequests",
      UpstreamUnavailable: "UpstreamUnavailable"
    };
    var ScanningConfigurationFailureCode = {
      REPOSITORY_NOT_FOUND: "REPOSITORY_NOT_FOUND"
    };
    var ScanningRepositoryFilterType = {
      WILDCARD: "WILDCARD"
    };
    var ScanFrequency = {
      CONTINUOUS_SCAN: "CONTINUOUS_SCAN",
      MANUAL: "MANUAL",
      SCAN_ON_PUSH: "SCAN_ON_PUSH"
    };
    var UpstreamRegistry = {
      AzureContainerRegistry: "azure-container-registry",
      Chainguard: "chainguard",
      DockerHub: "docker-hub",
      Ecr: "ecr",
      EcrPublic: "ecr-public",
      GitHubContainerRegistry: "github-container-registry",
      GitLabContainerRegistry: "gitlab-container-registry",
      K8s: "k8s",
      Quay: "quay"
    };
    var EncryptionType = {
      AES256: "AES256",
      KMS: "KMS",
      KMS_DSSE: "KMS_DSSE"
    };
    var ImageTagMutability = {
      IMMUTABLE: "IMMUTABLE",
      IMMUTABLE_WITH_EXCLUSION: "IMMUTABLE_WITH_EXCLUSION",
      MUTABLE: "MUTABLE",
      MUTABLE_WITH_EXCLUSION: "MUTABLE_WITH_EXCLUSION"
    };
    var ImageTagMutabilityExclusionFilterType = {
      WILDCARD: "WILDCARD"
    };
    var RCTAppliedFor = {
      CREATE_ON_PUSH: "CREATE_ON_PUSH",
      PULL_THROUGH_CACHE: "PULL_THROUGH_CACHE",
      REPLICATION: "REPLICATION"
    };
    var SigningRepositoryFilterType = {
      WILDCARD_MATCH: "WILDCARD_MATCH"
    };
    var ReplicationStatus = {
      COMPLETE: "COMPLETE",
      FAILED: "FAILED",
      IN_PROGRESS: "IN_PROGRESS"
    };
    var ImageStatusFilter = {
      ACTIVATING: "ACTIVATING",
      ACTIVE: "ACTIVE",
      ANY: "ANY",
      ARCHIVED: "ARCHIVED"
    };
    var TagStatus = {
      ANY: "ANY",
      TAGGED: "TAGGED",
      UNTAGGED: "UNTAGGED"
    };
    var FindingSeverity = {
      CRITICAL: "CRITICAL",
      HIGH: "HIGH",
      INFORMATIONAL: "INFORMATIONAL",
      LOW: "LOW",
      MEDIUM: "MEDIUM",
      UNDEFINED: "UNDEFINED"
    };
    var ScanStatus = {
      ACTIVE: "ACTIVE",
      COMPLETE: "COMPLETE",
      FAILED: "FAILED",
      FINDINGS_UNAVAILABLE: "FINDINGS_UNAVAILABLE",
      IMAGE_ARCHIVED: "IMAGE_ARCHIVED",
      IN_PROGRESS: "IN_PROGRESS",
      LIMIT_EXCEEDED: "LIMIT_EXCEEDED",
      PENDING: "PENDING",
      SCAN_ELIGIBILITY_EXPIRED: "SCAN_ELIGIBILITY_EXPIRED",
      UNSUPPORTED_IMAGE: "UNSUPPORTED_IMAGE"
    };
    var ImageStatus = {
      ACTIVATING: "ACTIVATING",
      ACTIVE: "ACTIVE",
      ARCHIVED: "ARCHIVED"
    };
    var SigningStatus = {
      COMPLETE: "COMPLETE",
      FAILED: "FAILED",
      IN_PROGRESS: "IN_PROGRESS"
    };
    var RepositoryFilterType = {
      PREFIX_MATCH: "PREFIX_MATCH"
    };
    var ReplicationBackfillResultStatus = {
      COMPLETE: "COMPLETE",
      FAILED: "FAILED"
    };
    var ReplicationBackfillStatus = {
      COMPLETE: "COMPLETE",
      FAILED: "FAILED",
      IN_PROGRESS: "IN_PROGRESS",
      PREPARING: "PREPARING",
      STOPPED: "STOPPED",
      STOPPING: "STOPPING"
    };
    var LifecyclePolicyTargetStorageClass = {
      ARCHIVE: "ARCHIVE"
    };
    var ImageActionType = {
      EXPIRE: "EXPIRE",
      TRANSITION: "TRANSITION"
    };
    var LifecyclePolicyStorageClass = {
      ARCHIVE: "ARCHIVE",
      STANDARD: "STANDARD"
    };
    var LifecyclePolicyPreviewStatus = {
      COMPLETE: "COMPLETE",
      EXPIRED: "EXPIRED",
      FAILED: "FAILED",
      IN_PROGRESS: "IN_PROGRESS"
    };
    var ScanType = {
      BASIC: "BASIC",
      ENHANCED: "ENHANCED"
    };
    var ArtifactStatusFilter = {
      ACTIVATING: "ACTIVATING",
      ACTIVE: "ACTIVE",
      ANY: "ANY",
      ARCHIVED: "ARCHIVED"
    };
    var ArtifactStatus = {
      ACTIVATING: "ACTIVATING",
      ACTIVE: "ACTIVE",
      ARCHIVED: "ARCHIVED"
    };
    var TargetStorageClass = {
      ARCHIVE: "ARCHIVE",
      STANDARD: "STANDARD"
    };
    exports.ArtifactStatus = ArtifactStatus;
    exports.ArtifactStatusFilter = ArtifactStatusFilter;
    exports.Attribute$ = Attribute$;
    exports.AuthorizationData$ = AuthorizationData$;
    exports.AwsEcrContainerImageDetails$ = AwsEcrContainerImageDetails$;
    exports.BatchCheckLayerAvailability$ = BatchCheckLayerAvailability$;
    exports.BatchCheckLayerAvailabilityCommand = BatchCheckLayerAvailabilityCommand;
    exports.BatchCheckLayerAvailabilityRequest$ = BatchCheckLayerAvailabilityRequest$;
    exports.BatchCheckLayerAvailabilityResponse$ = BatchCheckLayerAvailabilityResponse$;
    exports.BatchDeleteImage$ = BatchDeleteImage$;
    exports.BatchDeleteImageCommand = BatchDeleteImageCommand;
    exports.BatchDeleteImageRequest$ = BatchDeleteImageRequest$;
    exports.BatchDeleteImageResponse$ = BatchDeleteImageResponse$;
    exports.BatchGetImage$ = BatchGetImage$;
    exports.BatchGetImageCommand = BatchGetImageCommand;
    exports.BatchGetImageRequest$ = BatchGetImageRequest$;
    exports.BatchGetImageResponse$ = BatchGetImageResponse$;
    exports.BatchGetRepositoryScanningConfiguration$ = BatchGetRepositoryScanningConfiguration$;
    exports.BatchGetRepositoryScanningConfigurationCommand = BatchGetRepositoryScanningConfigurationCommand;
    exports.BatchGetRepositoryScanningConfigurationRequest$ = BatchGetRepositoryScanningConfigurationRequest$;
    exports.BatchGetRepositoryScanningConfigurationResponse$ = BatchGetRepositoryScanningConfigurationResponse$;
    exports.BlockedByOrganizationPolicyException = BlockedByOrganizationPolicyException;
    exports.BlockedByOrganizationPolicyException$ = BlockedByOrganizationPolicyException$;
    exports.CompleteLayerUpload$ = CompleteLayerUpload$;
    exports.CompleteLayerUploadCommand = CompleteLayerUploadCommand;
    exports.CompleteLayerUploadRequest$ = CompleteLayerUploadRequest$;
    exports.CompleteLayerUploadResponse$ = CompleteLayerUploadResponse$;
    exports.CreatePullThroughCacheRule$ = CreatePullThroughCacheRule$;
    exports.CreatePullThroughCacheRuleCommand = CreatePullThroughCacheRuleCommand;
    exports.CreatePullThroughCacheRuleRequest$ = CreatePullThroughCacheRuleRequest$;
    exports.CreatePullThroughCacheRuleResponse$ = CreatePullThroughCacheRuleResponse$;
    exports.CreateRepository$ = CreateRepository$;
    exports.CreateRepositoryCommand = CreateRepositoryCommand;
    exports.CreateRepositoryCreationTemplate$ = CreateRepositoryCreationTemplate$;
    exports.CreateRepositoryCreationTemplateCommand = CreateRepositoryCreationTemplateCommand;
    exports.CreateRepositoryCreationTemplateRequest$ = CreateRepositoryCreationTemplateRequest$;
    exports.CreateRepositoryCreationTemplateResponse$ = CreateRepositoryCreationTemplateResponse$;
    exports.CreateRepositoryRequest$ = CreateRepositoryRequest$;
    exports.CreateRepositoryResponse$ = CreateRepositoryResponse$;
    exports.CvssScore$ = CvssScore$;
    exports.CvssScoreAdjustment$ = CvssScoreAdjustment$;
    exports.CvssScoreDetails$ = CvssScoreDetails$;
    exports.DeleteLifecyclePolicy$ = DeleteLifecyclePolicy$;
    exports.DeleteLifecyclePolicyCommand = DeleteLifecyclePolicyCommand;
    exports.DeleteLifecyclePolicyRequest$ = DeleteLifecyclePolicyRequest$;
    exports.DeleteLifecyclePolicyResponse$ = DeleteLifecyclePolicyResponse$;
    exports.DeletePullThroughCacheRule$ = DeletePullThroughCacheRule$;
    exports.DeletePullThroughCacheRuleCommand = DeletePullThroughCacheRuleCommand;
    exports.DeletePullThroughCacheRuleRequest$ = DeletePullThroughCacheRuleRequest$;
    exports.DeletePullThroughCacheRuleResponse$ = DeletePullThroughCacheRuleResponse$;
    exports.DeleteRegistryPolicy$ = DeleteRegistryPolicy$;
    exports.DeleteRegistryPolicyCommand = DeleteRegistryPolicyCommand;
    exports.DeleteRegistryPolicyRequest$ = DeleteRegistryPolicyRequest$;
    exports.DeleteRegistryPolicyResponse$ = DeleteRegistryPolicyResponse$;
    exports.DeleteRepository$ = DeleteRepository$;
    exports.DeleteRepositoryCommand = DeleteRepositoryCommand;
    exports.DeleteRepositoryCreationTemplate$ = DeleteRepositoryCreationTemplate$;
    exports.DeleteRepositoryCreationTemplateCommand = DeleteRepositoryCreationTemplateCommand;
    exports.DeleteRepositoryCreationTemplateRequest$ = DeleteRepositoryCreationTemplateRequest$;
    exports.DeleteRepositoryCreationTemplateResponse$ = DeleteRepositoryCreationTemplateResponse$;
    exports.DeleteRepositoryPolicy$ = DeleteRepositoryPolicy$;
    exports.DeleteRepositoryPolicyCommand = DeleteRepositoryPolicyCommand;
    exports.DeleteRepositoryPolicyRequest$ = DeleteRepositoryPolicyRequest$;
    exports.DeleteRepositoryPolicyResponse$ = DeleteRepositoryPolicyResponse$;
    exports.DeleteRepositoryRequest$ = DeleteRepositoryRequest$;
    exports.DeleteRepositoryResponse$ = DeleteRepositoryResponse$;
    exports.DeleteSigningConfiguration$ = DeleteSigningConfiguration$;
    exports.DeleteSigningConfigurationCommand = DeleteSigningConfigurationCommand;
    exports.DeleteSigningConfigurationRequest$ = DeleteSigningConfigurationRequest$;
    exports.DeleteSigningConfigurationResponse$ = DeleteSigningConfigurationResponse$;
    exports.DeregisterPullTimeUpdateExclusion$ = DeregisterPullTimeUpdateExclusion$;
    exports.DeregisterPullTimeUpdateExclusionCommand = DeregisterPullTimeUpdateExclusionCommand;
    exports.DeregisterPullTimeUpdateExclusionRequest$ = DeregisterPullTimeUpdateExclusionRequest$;
    exports.DeregisterPullTimeUpdateExclusionResponse$ = DeregisterPullTimeUpdateExclusionResponse$;
    exports.DescribeImageReplicationStatus$ = DescribeImageReplicationStatus$;
    exports.DescribeImageReplicationStatusCommand = DescribeImageReplicationStatusCommand;
    exports.DescribeImageReplicationStatusRequest$ = DescribeImageReplicationStatusRequest$;
    exports.DescribeImageReplicationStatusResponse$ = DescribeImageReplicationStatusResponse$;
    exports.DescribeImageScanFindings$ = DescribeImageScanFindings$;
    exports.DescribeImageScanFindingsCommand = DescribeImageScanFindingsCommand;
    exports.DescribeImageScanFindingsRequest$ = DescribeImageScanFindingsRequest$;
    exports.DescribeImageScanFindingsResponse$ = DescribeImageScanFindingsResponse$;
    exports.DescribeImageSigningStatus$ = DescribeImageSigningStatus$;
    exports.DescribeImageSigningStatusCommand = DescribeImageSigningStatusCommand;
    exports.DescribeImageSigningStatusRequest$ = DescribeImageSigningStatusRequest$;
    exports.DescribeImageSigningStatusResponse$ = DescribeImageSigningStatusResponse$;
    exports.DescribeImages$ = DescribeImages$;
    exports.DescribeImagesCommand = DescribeImagesCommand;
    exports.DescribeImagesFilter$ = DescribeImagesFilter$;
    exports.DescribeImagesRequest$ = DescribeImagesRequest$;
    exports.DescribeImagesResponse$ = DescribeImagesResponse$;
    exports.DescribePullThroughCacheRules$ = DescribePullThroughCacheRules$;
    exports.DescribePullThroughCacheRulesCommand = DescribePullThroughCacheRulesCommand;
    exports.DescribePullThroughCacheRulesRequest$ = DescribePullThroughCacheRulesRequest$;
    exports.DescribePullThroughCacheRulesResponse$ = DescribePullThroughCacheRulesResponse$;
    exports.DescribeRegistry$ = DescribeRegistry$;
    exports.DescribeRegistryCommand = DescribeRegistryCommand;
    exports.DescribeRegistryRequest$ = DescribeRegistryRequest$;
    exports.DescribeRegistryResponse$ = DescribeRegistryResponse$;
    exports.DescribeReplicationBackfillResults$ = DescribeReplicationBackfillResults$;
    exports.DescribeReplicationBackfillResultsCommand = DescribeReplicationBackfillResultsCommand;
    exports.DescribeReplicationBackfillResultsRequest$ = DescribeReplicationBackfillResultsRequest$;
    exports.DescribeReplicationBackfillResultsResponse$ = DescribeReplicationBackfillResultsResponse$;
    exports.DescribeRepositories$ = DescribeRepositories$;
    exports.DescribeRepositoriesCommand = DescribeRepositoriesCommand;
    exports.DescribeRepositoriesRequest$ = DescribeRepositoriesRequest$;
    exports.DescribeRepositoriesResponse$ = DescribeRepositoriesResponse$;
    exports.DescribeRepositoryCreationTemplates$ = DescribeRepositoryCreationTemplates$;
    exports.DescribeRepositoryCreationTemplatesCommand = DescribeRepositoryCreationTemplatesCommand;
    exports.DescribeRepositoryCreationTemplatesRequest$ = DescribeRepositoryCreationTemplatesRequest$;
    exports.DescribeRepositoryCreationTemplatesResponse$ = DescribeRepositoryCreationTemplatesResponse$;
    exports.ECR = ECR;
    exports.ECRClient = ECRClient;
    exports.ECRServiceException = ECRServiceException;
    exports.ECRServiceException$ = ECRServiceException$;
    exports.EmptyUploadException = EmptyUploadException;
    exports.EmptyUploadException$ = EmptyUploadException$;
    exports.EncryptionConfiguration$ = EncryptionConfiguration$;
    exports.EncryptionConfigurationForRepositoryCreationTemplate$ = EncryptionConfigurationForRepositoryCreationTemplate$;
    exports.EncryptionType = EncryptionType;
    exports.EnhancedImageScanFinding$ = EnhancedImageScanFinding$;
    exports.ExclusionAlreadyExistsException = ExclusionAlreadyExistsException;
    exports.ExclusionAlreadyExistsException$ = ExclusionAlreadyExistsException$;
    exports.ExclusionNotFoundException = ExclusionNotFoundException;
    exports.ExclusionNotFoundException$ = ExclusionNotFoundException$;
    exports.FindingSeverity = FindingSeverity;
    exports.GetAccountSetting$ = GetAccountSetting$;
    exports.GetAccountSettingCommand = GetAccountSettingCommand;
    exports.GetAccountSettingRequest$ = GetAccountSettingRequest$;
    exports.GetAccountSettingResponse$ = GetAccountSettingResponse$;
    exports.GetAuthorizationToken$ = GetAuthorizationToken$;
    exports.GetAuthorizationTokenCommand = GetAuthorizationTokenCommand;
    exports.GetAuthorizationTokenRequest$ = GetAuthorizationTokenRequest$;
    exports.GetAuthorizationTokenResponse$ = GetAuthorizationTokenResponse$;
    exports.GetDownloadUrlForLayer$ = GetDownloadUrlForLayer$;
    exports.GetDownloadUrlForLayerCommand = GetDownloadUrlForLayerCommand;
    exports.GetDownloadUrlForLayerRequest$ = GetDownloadUrlForLayerRequest$;
    exports.GetDownloadUrlForLayerResponse$ = GetDownloadUrlForLayerResponse$;
    exports.GetLifecyclePolicy$ = GetLifecyclePolicy$;
    exports.GetLifecyclePolicyCommand = GetLifecyclePolicyCommand;
    exports.GetLifecyclePolicyPreview$ = GetLifecyclePolicyPreview$;
    exports.GetLifecyclePolicyPreviewCommand = GetLifecyclePolicyPreviewCommand;
    exports.GetLifecyclePolicyPreviewRequest$ = GetLifecyclePolicyPreviewRequest$;
    exports.GetLifecyclePolicyPreviewResponse$ = GetLifecyclePolicyPreviewResponse$;
    exports.GetLifecyclePolicyRequest$ = GetLifecyclePolicyRequest$;
    exports.GetLifecyclePolicyResponse$ = GetLifecyclePolicyResponse$;
    exports.GetRegistryPolicy$ = GetRegistryPolicy$;
    exports.GetRegistryPolicyCommand = GetRegistryPolicyCommand;
    exports.GetRegistryPolicyRequest$ = GetRegistryPolicyRequest$;
    exports.GetRegistryPolicyResponse$ = GetRegistryPolicyResponse$;
    exports.GetRegistryScanningConfiguration$ = GetRegistryScanningConfiguration$;
    exports.GetRegistryScanningConfigurationCommand = GetRegistryScanningConfigurationCommand;
    exports.GetRegistryScanningConfigurationRequest$ = GetRegistryScanningConfigurationRequest$;
    exports.GetRegistryScanningConfigurationResponse$ = GetRegistryScanningConfigurationResponse$;
    exports.GetRepositoryPolicy$ = GetRepositoryPolicy$;
    exports.GetRepositoryPolicyCommand = GetRepositoryPolicyCommand;
    exports.GetRepositoryPolicyRequest$ = GetRepositoryPolicyRequest$;
    exports.GetRepositoryPolicyResponse$ = GetRepositoryPolicyResponse$;
    exports.GetSigningConfiguration$ = GetSigningConfiguration$;
    exports.GetSigningConfigurationCommand = GetSigningConfigurationCommand;
    exports.GetSigningConfigurationRequest$ = GetSigningConfigurationRequest$;
    exports.GetSigningConfigurationResponse$ = GetSigningConfigurationResponse$;
    exports.Image$ = Image$;
    exports.ImageActionType = ImageActionType;
    exports.ImageAlreadyExistsException = ImageAlreadyExistsException;
    exports.ImageAlreadyExistsException$ = ImageAlreadyExistsException$;
    exports.ImageArchivedException = ImageArchivedException;
    exports.ImageArchivedException$ = ImageArchivedException$;
    exports.ImageDetail$ = ImageDetail$;
    exports.ImageDigestDoesNotMatchException = ImageDigestDoesNotMatchException;
    exports.ImageDigestDoesNotMatchException$ = ImageDigestDoesNotMatchException$;
    exports.ImageFailure$ = ImageFailure$;
    exports.ImageFailureCode = ImageFailureCode;
    exports.ImageIdentifier$ = ImageIdentifier$;
    exports.ImageNotFoundException = ImageNotFoundException;
    exports.ImageNotFoundException$ = ImageNotFoundException$;
    exports.ImageReferrer$ = ImageReferrer$;
    exports.ImageReplicationStatus$ = ImageReplicationStatus$;
    exports.ImageScanFinding$ = ImageScanFinding$;
    exports.ImageScanFindings$ = ImageScanFindings$;
    exports.ImageScanFindingsSummary$ = ImageScanFindingsSummary$;
    exports.ImageScanStatus$ = ImageScanStatus$;
    exports.ImageScanningConfiguration$ = ImageScanningConfiguration$;
    exports.ImageSigningStatus$ = ImageSigningStatus$;
    exports.ImageStatus = ImageStatus;
    exports.ImageStatusFilter = ImageStatusFilter;
    exports.ImageStorageClassUpdateNotSupportedException = ImageStorageClassUpdateNotSupportedException;
    exports.ImageStorageClassUpdateNotSupportedException$ = ImageStorageClassUpdateNotSupportedException$;
    exports.ImageTagAlreadyExistsException = ImageTagAlreadyExistsException;
    exports.ImageTagAlreadyExistsException$ = ImageTagAlreadyExistsException$;
    exports.ImageTagMutability = ImageTagMutability;
    exports.ImageTagMutabilityExclusionFilter$ = ImageTagMutabilityExclusionFilter$;
    exports.ImageTagMutabilityExclusionFilterType = ImageTagMutabilityExclusionFilterType;
    exports.InitiateLayerUpload$ = InitiateLayerUpload$;
    exports.InitiateLayerUploadCommand = InitiateLayerUploadCommand;
    exports.InitiateLayerUploadRequest$ = InitiateLayerUploadRequest$;
    exports.InitiateLayerUploadResponse$ = InitiateLayerUploadResponse$;
    exports.InvalidLayerException = InvalidLayerException;
    exports.InvalidLayerException$ = InvalidLayerException$;
    exports.InvalidLayerPartException = InvalidLayerPartException;
    exports.InvalidLayerPartException$ = InvalidLayerPartException$;
    exports.InvalidParameterException = InvalidParameterException;
    exports.InvalidParameterException$ = InvalidParameterException$;
    exports.InvalidTagParameterException = InvalidTagParameterException;
    exports.InvalidTagParameterException$ = InvalidTagParameterException$;
    exports.KmsException = KmsException;
    exports.KmsException$ = KmsException$;
    exports.Layer$ = Layer$;
    exports.LayerAlreadyExistsException = LayerAlreadyExistsException;
    exports.LayerAlreadyExistsException$ = LayerAlreadyExistsException$;
    exports.LayerAvailability = LayerAvailability;
    exports.LayerFailure$ = LayerFailure$;
    exports.LayerFailureCode = LayerFailureCode;
    exports.LayerInaccessibleException = LayerInaccessibleException;
    exports.LayerInaccessibleException$ = LayerInaccessibleException$;
    exports.LayerPartTooSmallException = LayerPartTooSmallException;
    exports.LayerPartTooSmallException$ = LayerPartTooSmallException$;
    exports.LayersNotFoundException = LayersNotFoundException;
    exports.LayersNotFoundException$ = LayersNotFoundException$;
    exports.LifecyclePolicyNotFoundException = LifecyclePolicyNotFoundException;
    exports.LifecyclePolicyNotFoundException$ = LifecyclePolicyNotFoundException$;
    exports.LifecyclePolicyPreviewFilter$ = LifecyclePolicyPreviewFilter$;
    exports.LifecyclePolicyPreviewInProgressException = LifecyclePolicyPreviewInProgressException;
    exports.LifecyclePolicyPreviewInProgressException$ = LifecyclePolicyPreviewInProgressException$;
    exports.LifecyclePolicyPreviewNotFoundException = LifecyclePolicyPreviewNotFoundException;
    exports.LifecyclePolicyPreviewNotFoundException$ = LifecyclePolicyPreviewNotFoundException$;
    exports.LifecyclePolicyPreviewResult$ = LifecyclePolicyPreviewResult$;
    exports.LifecyclePolicyPreviewStatus = LifecyclePolicyPreviewStatus;
    exports.LifecyclePolicyPreviewSummary$ = LifecyclePolicyPreviewSummary$;
    exports.LifecyclePolicyRuleAction$ = LifecyclePolicyRuleAction$;
    exports.LifecyclePolicyStorageClass = LifecyclePolicyStorageClass;
    exports.LifecyclePolicyTargetStorageClass = LifecyclePolicyTargetStorageClass;
    exports.LimitExceededException = LimitExceededException;
    exports.LimitExceededException$ = LimitExceededException$;
    exports.ListImageReferrers$ = ListImageReferrers$;
    exports.ListImageReferrersCommand = ListImageReferrersCommand;
    exports.ListImageReferrersFilter$ = ListImageReferrersFilter$;
    exports.ListImageReferrersRequest$ = ListImageReferrersRequest$;
    exports.ListImageReferrersResponse$ = ListImageReferrersResponse$;
    exports.ListImages$ = ListImages$;
    exports.ListImagesCommand = ListImagesCommand;
    exports.ListImagesFilter$ = ListImagesFilter$;
    exports.ListImagesRequest$ = ListImagesRequest$;
    exports.ListImagesResponse$ = ListImagesResponse$;
    exports.ListPullTimeUpdateExclusions$ = ListPullTimeUpdateExclusions$;
    exports.ListPullTimeUpdateExclusionsCommand = ListPullTimeUpdateExclusionsCommand;
    exports.ListPullTimeUpdateExclusionsRequest$ = ListPullTimeUpdateExclusionsRequest$;
    exports.ListPullTimeUpdateExclusionsResponse$ = ListPullTimeUpdateExclusionsResponse$;
    exports.ListReplicationBackfills$ = ListReplicationBackfills$;
    exports.ListReplicationBackfillsCommand = ListReplicationBackfillsCommand;
    exports.ListReplicationBackfillsRequest$ = ListReplicationBackfillsRequest$;
    exports.ListReplicationBackfillsResponse$ = ListReplicationBackfillsResponse$;
    exports.ListTagsForResource$ = ListTagsForResource$;
    exports.ListTagsForResourceCommand = ListTagsForResourceCommand;
    exports.ListTagsForResourceRequest$ = ListTagsForResourceRequest$;
    exports.ListTagsForResourceResponse$ = ListTagsForResourceResponse$;
    exports.PackageVulnerabilityDetails$ = PackageVulnerabilityDetails$;
    exports.PullThroughCacheRule$ = PullThroughCacheRule$;
    exports.PullThroughCacheRuleAlreadyExistsException = PullThroughCacheRuleAlreadyExistsException;
    exports.PullThroughCacheRuleAlreadyExistsException$ = PullThroughCacheRuleAlreadyExistsException$;
    exports.PullThroughCacheRuleNotFoundException = PullThroughCacheRuleNotFoundException;
    exports.PullThroughCacheRuleNotFoundException$ = PullThroughCacheRuleNotFoundException$;
    exports.PutAccountSetting$ = PutAccountSetting$;
    exports.PutAccountSettingCommand = PutAccountSettingCommand;
    exports.PutAccountSettingRequest$ = PutAccountSettingRequest$;
    exports.PutAccountSettingResponse$ = PutAccountSettingResponse$;
    exports.PutImage$ = PutImage$;
    exports.PutImageCommand = PutImageCommand;
    exports.PutImageRequest$ = PutImageRequest$;
    exports.PutImageResponse$ = PutImageResponse$;
    exports.PutImageScanningConfiguration$ = PutImageScanningConfiguration$;
    exports.PutImageScanningConfigurationCommand = PutImageScanningConfigurationCommand;
    exports.PutImageScanningConfigurationRequest$ = PutImageScanningConfigurationRequest$;
    exports.PutImageScanningConfigurationResponse$ = PutImageScanningConfigurationResponse$;
    exports.PutImageTagMutability$ = PutImageTagMutability$;
    exports.PutImageTagMutabilityCommand = PutImageTagMutabilityCommand;
    exports.PutImageTagMutabilityRequest$ = PutImageTagMutabilityRequest$;
    exports.PutImageTagMutabilityResponse$ = PutImageTagMutabilityResponse$;
    exports.PutLifecyclePolicy$ = PutLifecyclePolicy$;
    exports.PutLifecyclePolicyCommand = PutLifecyclePolicyCommand;
    exports.PutLifecyclePolicyRequest$ = PutLifecyclePolicyRequest$;
    exports.PutLifecyclePolicyResponse$ = PutLifecyclePolicyResponse$;
    exports.PutRegistryPolicy$ = PutRegistryPolicy$;
    exports.PutRegistryPolicyCommand = PutRegistryPolicyCommand;
    exports.PutRegistryPolicyRequest$ = PutRegistryPolicyRequest$;
    exports.PutRegistryPolicyResponse$ = PutRegistryPolicyResponse$;
    exports.PutRegistryScanningConfiguration$ = PutRegistryScanningConfiguration$;
    exports.PutRegistryScanningConfigurationCommand = PutRegistryScanningConfigurationCommand;
    exports.PutRegistryScanningConfigurationRequest$ = PutRegistryScanningConfigurationRequest$;
    exports.PutRegistryScanningConfigurationResponse$ = PutRegistryScanningConfigurationResponse$;
    exports.PutReplicationConfiguration$ = PutReplicationConfiguration$;
    exports.PutReplicationConfigurationCommand = PutReplicationConfigurationCommand;
    exports.PutReplicationConfigurationRequest$ = PutReplicationConfigurationRequest$;
    exports.PutReplicationConfigurationResponse$ = PutReplicationConfigurationResponse$;
    exports.PutSigningConfiguration$ = PutSigningConfiguration$;
    exports.PutSigningConfigurationCommand = PutSigningConfigurationCommand;
    exports.PutSigningConfigurationRequest$ = PutSigningConfigurationRequest$;
    exports.PutSigningConfigurationResponse$ = PutSigningConfigurationResponse$;
    exports.RCTAppliedFor = RCTAppliedFor;
    exports.Recommendation$ = Recommendation$;
    exports.ReferencedImagesNotFoundException = ReferencedImagesNotFoundException;
    exports.ReferencedImagesNotFoundException$ = ReferencedImagesNotFoundException$;
    exports.RegisterPullTimeUpdateExclusion$ = RegisterPullTimeUpdateExclusion$;
    exports.RegisterPullTimeUpdateExclusionCommand = RegisterPullTimeUpdateExclusionCommand;
    exports.RegisterPullTimeUpdateExclusionRequest$ = RegisterPullTimeUpdateExclusionRequest$;
    exports.RegisterPullTimeUpdateExclusionResponse$ = RegisterPullTimeUpdateExclusionResponse$;
    exports.RegistryPolicyNotFoundException = RegistryPolicyNotFoundException;
    exports.RegistryPolicyNotFoundException$ = RegistryPolicyNotFoundException$;
    exports.RegistryScanningConfiguration$ = RegistryScanningConfiguration$;
    exports.RegistryScanningRule$ = RegistryScanningRule$;
    exports.Remediation$ = Remediation$;
    exports.ReplicationBackfillInProgressException = ReplicationBackfillInProgressException;
    exports.ReplicationBackfillInProgressException$ = ReplicationBackfillInProgressException$;
    exports.ReplicationBackfillInvalidStatusException = ReplicationBackfillInvalidStatusException;
    exports.ReplicationBackfillInvalidStatusException$ = ReplicationBackfillInvalidStatusException$;
    exports.ReplicationBackfillNotFoundException = ReplicationBackfillNotFoundException;
    exports.ReplicationBackfillNotFoundException$ = ReplicationBackfillNotFoundException$;
    exports.ReplicationBackfillProgress$ = ReplicationBackfillProgress$;
    exports.ReplicationBackfillResult$ = ReplicationBackfillResult$;
    exports.ReplicationBackfillResultStatus = ReplicationBackfillResultStatus;
    exports.ReplicationBackfillStatus = ReplicationBackfillStatus;
    exports.ReplicationBackfillSummary$ = ReplicationBackfillSummary$;
    exports.ReplicationConfiguration$ = ReplicationConfiguration$;
    exports.ReplicationDestination$ = ReplicationDestination$;
    exports.ReplicationRule$ = ReplicationRule$;
    exports.ReplicationStatus = ReplicationStatus;
    exports.Repository$ = Repository$;
    exports.RepositoryAlreadyExistsException = RepositoryAlreadyExistsException;
    exports.RepositoryAlreadyExistsException$ = RepositoryAlreadyExistsException$;
    exports.RepositoryCreationTemplate$ = RepositoryCreationTemplate$;
    exports.RepositoryFilter$ = RepositoryFilter$;
    exports.RepositoryFilterType = RepositoryFilterType;
    exports.RepositoryNotEmptyException = RepositoryNotEmptyException;
    exports.RepositoryNotEmptyException$ = RepositoryNotEmptyException$;
    exports.RepositoryNotFoundException = RepositoryNotFoundException;
    exports.RepositoryNotFoundException$ = RepositoryNotFoundException$;
    exports.RepositoryPolicyNotFoundException = RepositoryPolicyNotFoundException;
    exports.RepositoryPolicyNotFoundException$ = RepositoryPolicyNotFoundException$;
    exports.RepositoryScanningConfiguration$ = RepositoryScanningConfiguration$;
    exports.RepositoryScanningConfigurationFailure$ = RepositoryScanningConfigurationFailure$;
    exports.Resource$ = Resource$;
    exports.ResourceDetails$ = ResourceDetails$;
    exports.ScanFrequency = ScanFrequency;
    exports.ScanNotFoundException = ScanNotFoundException;
    exports.ScanNotFoundException$ = ScanNotFoundException$;
    exports.ScanStatus = ScanStatus;
    exports.ScanType = ScanType;
    exports.ScanningConfigurationFailureCode = ScanningConfigurationFailureCode;
    exports.ScanningRepositoryFilter$ = ScanningRepositoryFilter$;
    exports.ScanningRepositoryFilterType = ScanningRepositoryFilterType;
    exports.ScoreDetails$ = ScoreDetails$;
    exports.SecretNotFoundException = SecretNotFoundException;
    exports.SecretNotFoundException$ = SecretNotFoundException$;
    exports.ServerException = ServerException;
    exports.ServerException$ = ServerException$;
    exports.SetRepositoryPolicy$ = SetRepositoryPolicy$;
    exports.SetRepositoryPolicyCommand = SetRepositoryPolicyCommand;
    exports.SetRepositoryPolicyRequest$ = SetRepositoryPolicyRequest$;
    exports.SetRepositoryPolicyResponse$ = SetRepositoryPolicyResponse$;
    exports.SigningConfiguration$ = SigningConfiguration$;
    exports.SigningConfigurationNotFoundException = SigningConfigurationNotFoundException;
    exports.SigningConfigurationNotFoundException$ = SigningConfigurationNotFoundException$;
    exports.SigningRepositoryFilter$ = SigningRepositoryFilter$;
    exports.SigningRepositoryFilterType = SigningRepositoryFilterType;
    exports.SigningRule$ = SigningRule$;
    exports.SigningStatus = SigningStatus;
    exports.StartImageScan$ = StartImageScan$;
    exports.StartImageScanCommand = StartImageScanCommand;
    exports.StartImageScanRequest$ = StartImageScanRequest$;
    exports.StartImageScanResponse$ = StartImageScanResponse$;
    exports.StartLifecyclePolicyPreview$ = StartLifecyclePolicyPreview$;
    exports.StartLifecyclePolicyPreviewCommand = StartLifecyclePolicyPreviewCommand;
    exports.StartLifecyclePolicyPreviewRequest$ = StartLifecyclePolicyPreviewRequest$;
    exports.StartLifecyclePolicyPreviewResponse$ = StartLifecyclePolicyPreviewResponse$;
    exports.StartReplicationBackfill$ = StartReplicationBackfill$;
    exports.StartReplicationBackfillCommand = StartReplicationBackfillCommand;
    exports.StartReplicationBackfillRequest$ = StartReplicationBackfillRequest$;
    exports.StartReplicationBackfillResponse$ = StartReplicationBackfillResponse$;
    exports.StopReplicationBackfill$ = StopReplicationBackfill$;
    exports.StopReplicationBackfillCommand = StopReplicationBackfillCommand;
    exports.StopReplicationBackfillRequest$ = StopReplicationBackfillRequest$;
    exports.StopReplicationBackfillResponse$ = StopReplicationBackfillResponse$;
    exports.SubjectIdentifier$ = SubjectIdentifier$;
    exports.Tag$ = Tag$;
    exports.TagResource$ = TagResource$;
    exports.TagResourceCommand = TagResourceCommand;
    exports.TagResourceRequest$ = TagResourceRequest$;
    exports.TagResourceResponse$ = TagResourceResponse$;
    exports.TagStatus = TagStatus;
    exports.TargetStorageClass = TargetStorageClass;
    exports.TemplateAlreadyExistsException = TemplateAlreadyExistsException;
    exports.TemplateAlreadyExistsException$ = TemplateAlreadyExistsException$;
    exports.TemplateNotFoundException = TemplateNotFoundException;
    exports.TemplateNotFoundException$ = TemplateNotFoundException$;
    exports.TooManyTagsException = TooManyTagsException;
    exports.TooManyTagsException$ = TooManyTagsException$;
    exports.TransitioningImageTotalCount$ = TransitioningImageTotalCount$;
    exports.UnableToAccessSecretException = UnableToAccessSecretException;
    exports.UnableToAccessSecretException$ = UnableToAccessSecretException$;
    exports.UnableToDecryptSecretValueException = UnableToDecryptSecretValueException;
    exports.UnableToDecryptSecretValueException$ = UnableToDecryptSecretValueException$;
    exports.UnableToGetUpstreamImageException = UnableToGetUpstreamImageException;
    exports.UnableToGetUpstreamImageException$ = UnableToGetUpstreamImageException$;
    exports.UnableToGetUpstreamLayerException = UnableToGetUpstreamLayerException;
    exports.UnableToGetUpstreamLayerException$ = UnableToGetUpstreamLayerException$;
    exports.UnableToListUpstreamImageReferrersException = UnableToListUpstreamImageReferrersException;
    exports.UnableToListUpstreamImageReferrersException$ = UnableToListUpstreamImageReferrersException$;
    exports.UnsupportedImageTypeException = UnsupportedImageTypeException;
    exports.UnsupportedImageTypeException$ = UnsupportedImageTypeException$;
    exports.UnsupportedUpstreamRegistryException = UnsupportedUpstreamRegistryException;
    exports.UnsupportedUpstreamRegistryException$ = UnsupportedUpstreamRegistryException$;
    exports.UntagResource$ = UntagResource$;
    exports.UntagResourceCommand = UntagResourceCommand;
    exports.UntagResourceRequest$ = UntagResourceRequest$;
    exports.UntagResourceResponse$ = UntagResourceResponse$;
    exports.UpdateImageStorageClass$ = UpdateImageStorageClass$;
    exports.UpdateImageStorageClassCommand = UpdateImageStorageClassCommand;
    exports.UpdateImageStorageClassRequest$ = UpdateImageStorageClassRequest$;
    exports.UpdateImageStorageClassResponse$ = UpdateImageStorageClassResponse$;
    exports.UpdatePullThroughCacheRule$ = UpdatePullThroughCacheRule$;
    exports.UpdatePullThroughCacheRuleCommand = UpdatePullThroughCacheRuleCommand;
    exports.UpdatePullThroughCacheRuleRequest$ = UpdatePullThroughCacheRuleRequest$;
    exports.UpdatePullThroughCacheRuleResponse$ = UpdatePullThroughCacheRuleResponse$;
    exports.UpdateRepositoryCreationTemplate$ = UpdateRepositoryCreationTemplate$;
    exports.UpdateRepositoryCreationTemplateCommand = UpdateRepositoryCreationTemplateCommand;
    exports.UpdateRepositoryCreationTemplateRequest$ = UpdateRepositoryCreationTemplateRequest$;
    exports.UpdateRepositoryCreationTemplateResponse$ = UpdateRepositoryCreationTemplateResponse$;
    exports.UploadLayerPart$ = UploadLayerPart$;
    exports.UploadLayerPartCommand = UploadLayerPartCommand;
    exports.UploadLayerPartRequest$ = UploadLayerPartRequest$;
    exports.UploadLayerPartResponse$ = UploadLayerPartResponse$;
    exports.UploadNotFoundException = UploadNotFoundException;
    exports.UploadNotFoundException$ = UploadNotFoundException$;
    exports.UpstreamRegistry = UpstreamRegistry;
    exports.ValidatePullThroughCacheRule$ = ValidatePullThroughCacheRule$;
    exports.ValidatePullThroughCacheRuleCommand = ValidatePullThroughCacheRuleCommand;
    exports.ValidatePullThroughCacheRuleRequest$ = ValidatePullThroughCacheRuleRequest$;
    exports.ValidatePullThroughCacheRuleResponse$ = ValidatePullThroughCacheRuleResponse$;
    exports.ValidationException = ValidationException;
    exports.ValidationException$ = ValidationException$;
    exports.VulnerablePackage$ = VulnerablePackage$;
    exports.errorTypeRegistries = errorTypeRegistries;
    exports.paginateDescribeImageScanFindings = paginateDescribeImageScanFindings;
    exports.paginateDescribeImages = paginateDescribeImages;
    exports.paginateDescribePullThroughCacheRules = paginateDescribePullThroughCacheRules;
    exports.paginateDescribeReplicationBackfillResults = paginateDescribeReplicationBackfillResults;
    exports.paginateDescribeRepositories = paginateDescribeRepositories;
    exports.paginateDescribeRepositoryCreationTemplates = paginateDescribeRepositoryCreationTemplates;
    exports.paginateGetLifecyclePolicyPreview = paginateGetLifecyclePolicyPreview;
    exports.paginateListImages = paginateListImages;
    exports.paginateListReplicationBackfills = paginateListReplicationBackfills;
    exports.waitForImageScanComplete = waitForImageScanComplete;
    exports.waitForLifecyclePolicyPreviewComplete = waitForLifecyclePolicyPreviewComplete;
    exports.waitUntilImageScanComplete = waitUntilImageScanComplete;
    exports.waitUntilLifecyclePolicyPreviewComplete = waitUntilLifecyclePolicyPreviewComplete;
  }
});
export default require_dist_cjs3();
//# sourceMappingURL=dist-cjs-ELHMPTOX.js.map
