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

// node_modules/@aws-sdk/client-organizations/dist-cjs/index.js
var require_dist_cjs3 = __commonJS({
  "node_modules/@aws-sdk/client-organizations/dist-cjs/index.js"(exports) {
    var { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, getDefaultSocketTimeout, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = (init_client2(), __toCommonJS(client_exports2));
    var { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = (init_dist_es(), __toCommonJS(dist_es_exports));
    var { normalizeProvider, getSmithyContext, ServiceException: ServiceException$1, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createAggregatedClient } = (init_client(), __toCommonJS(client_exports));
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
    var defaultOrganizationsHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
          name: "organizations",
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
    var defaultOrganizationsHttpAuthSchemeProvider = (authParameters) => {
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
        defaultSigningName: "organizations"
      });
    };
    var commonParams = {
      UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
      Endpoint: { type: "builtInParams", name: "endpoint" },
      Region: { type: "builtInParams", name: "region" },
      UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
    };
    var version = "3.1174.0";
    var packageInfo = {
      version
    };
    var l = "ref";
    var m = "authSchemes";
    var n = "signingRegion";
    var a = -1;
    var b = true;
    var c = "isSet";
    var d = "PartitionResult";
    var e = "booleanEquals";
    var f = "getAttr";
    var g = { [l]: "Endpoint" };
    var h = { [l]: d };
    var i = { [m]: [{ "name": "sigv4", [n]: "us-gov-west-1" }] };
    var j = { [m]: [{ "name": "sigv4", [n]: "{PartitionResult#implicitGlobalRegion}" }] };
    var k = [{ [l]: "Region" }];
    var _data = {
      conditions: [
        [c, [g]],
        [c, k],
        ["aws.partition", k, d],
        [e, [{ [l]: "UseFIPS" }, b]],
        [e, [{ [l]: "UseDualStack" }, b]],
        ["stringEquals", [{ fn: f, argv: [h, "name"] }, "aws-us-gov"]],
        [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]],
        [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]]
      ],
      results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [g, {}],
        ["https://organizations.us-gov-west-1.amazonaws.com", i],
        ["https://organizations.us-gov-west-1.api.aws", i],
        ["https://organizations-fips.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dualStackDnsSuffix}", j],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://organizations-fips.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dnsSuffix}", j],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://organizations.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dualStackDnsSuffix}", j],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://organizations.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dnsSuffix}", j],
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
      14,
      3,
      1,
      4,
      r + 13,
      2,
      5,
      r + 13,
      3,
      8,
      6,
      4,
      7,
      r + 12,
      7,
      r + 10,
      r + 11,
      4,
      11,
      9,
      5,
      r + 4,
      10,
      6,
      r + 8,
      r + 9,
      5,
      r + 5,
      12,
      6,
      13,
      r + 7,
      7,
      r + 6,
      r + 7,
      3,
      r + 1,
      15,
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
    var OrganizationsServiceException = class _OrganizationsServiceException extends ServiceException$1 {
      static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.organizations#OrganizationsServiceException";
      constructor(options) {
        super(options);
        Object.setPrototypeOf(this, _OrganizationsServiceException.prototype);
      }
    };
    var AccessDeniedException = class _AccessDeniedException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#AccessDeniedException";
      name = "AccessDeniedException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "AccessDeniedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AccessDeniedException.prototype);
        this.Message = opts.Message;
      }
    };
    var AccessDeniedForDependencyException = class _AccessDeniedForDependencyException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#AccessDeniedForDependencyException";
      name = "AccessDeniedForDependencyException";
      $fault = "client";
      Message;
      Reason;
      constructor(opts) {
        super({
          name: "AccessDeniedForDependencyException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AccessDeniedForDependencyException.prototype);
        this.Message = opts.Message;
        this.Reason = opts.Reason;
      }
    };
    var AWSOrganizationsNotInUseException = class _AWSOrganizationsNotInUseException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#AWSOrganizationsNotInUseException";
      name = "AWSOrganizationsNotInUseException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "AWSOrganizationsNotInUseException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AWSOrganizationsNotInUseException.prototype);
        this.Message = opts.Message;
      }
    };
    var ConcurrentModificationException = class _ConcurrentModificationException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#ConcurrentModificationException";
      name = "ConcurrentModificationException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ConcurrentModificationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ConcurrentModificationException.prototype);
        this.Message = opts.Message;
      }
    };
    var ConstraintViolationException = class _ConstraintViolationException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#ConstraintViolationException";
      name = "ConstraintViolationException";
      $fault = "client";
      Message;
      Reason;
      constructor(opts) {
        super({
          name: "ConstraintViolationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ConstraintViolationException.prototype);
        this.Message = opts.Message;
        this.Reason = opts.Reason;
      }
    };
    var HandshakeAlreadyInStateException = class _HandshakeAlreadyInStateException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#HandshakeAlreadyInStateException";
      name = "HandshakeAlreadyInStateException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "HandshakeAlreadyInStateException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _HandshakeAlreadyInStateException.prototype);
        this.Message = opts.Message;
      }
    };
    var HandshakeConstraintViolationException = class _HandshakeConstraintViolationException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#HandshakeConstraintViolationException";
      name = "HandshakeConstraintViolationException";
      $fault = "client";
      Message;
      Reason;
      constructor(opts) {
        super({
          name: "HandshakeConstraintViolationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _HandshakeConstraintViolationException.prototype);
        this.Message = opts.Message;
        this.Reason = opts.Reason;
      }
    };
    var HandshakeNotFoundException = class _HandshakeNotFoundException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#HandshakeNotFoundException";
      name = "HandshakeNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "HandshakeNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _HandshakeNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidHandshakeTransitionException = class _InvalidHandshakeTransitionException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#InvalidHandshakeTransitionException";
      name = "InvalidHandshakeTransitionException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidHandshakeTransitionException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidHandshakeTransitionException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidInputException = class _InvalidInputException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#InvalidInputException";
      name = "InvalidInputException";
      $fault = "client";
      Message;
      Reason;
      constructor(opts) {
        super({
          name: "InvalidInputException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidInputException.prototype);
        this.Message = opts.Message;
        this.Reason = opts.Reason;
      }
    };
    var MasterCannotLeaveOrganizationException = class _MasterCannotLeaveOrganizationException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#MasterCannotLeaveOrganizationException";
      name = "MasterCannotLeaveOrganizationException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "MasterCannotLeaveOrganizationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _MasterCannotLeaveOrganizationException.prototype);
        this.Message = opts.Message;
      }
    };
    var ServiceException = class _ServiceException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#ServiceException";
      name = "ServiceException";
      $fault = "server";
      Message;
      constructor(opts) {
        super({
          name: "ServiceException",
          $fault: "server",
          ...opts
        });
        Object.setPrototypeOf(this, _ServiceException.prototype);
        this.Message = opts.Message;
      }
    };
    var TooManyRequestsException = class _TooManyRequestsException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#TooManyRequestsException";
      name = "TooManyRequestsException";
      $fault = "client";
      Type;
      Message;
      constructor(opts) {
        super({
          name: "TooManyRequestsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TooManyRequestsException.prototype);
        this.Type = opts.Type;
        this.Message = opts.Message;
      }
    };
    var AccountAlreadyClosedException = class _AccountAlreadyClosedException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#AccountAlreadyClosedException";
      name = "AccountAlreadyClosedException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "AccountAlreadyClosedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AccountAlreadyClosedException.prototype);
        this.Message = opts.Message;
      }
    };
    var AccountAlreadyRegisteredException = class _AccountAlreadyRegisteredException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#AccountAlreadyRegisteredException";
      name = "AccountAlreadyRegisteredException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "AccountAlreadyRegisteredException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AccountAlreadyRegisteredException.prototype);
        this.Message = opts.Message;
      }
    };
    var AccountNotFoundException = class _AccountNotFoundException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#AccountNotFoundException";
      name = "AccountNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "AccountNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AccountNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var AccountNotRegisteredException = class _AccountNotRegisteredException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#AccountNotRegisteredException";
      name = "AccountNotRegisteredException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "AccountNotRegisteredException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AccountNotRegisteredException.prototype);
        this.Message = opts.Message;
      }
    };
    var AccountOwnerNotVerifiedException = class _AccountOwnerNotVerifiedException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#AccountOwnerNotVerifiedException";
      name = "AccountOwnerNotVerifiedException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "AccountOwnerNotVerifiedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AccountOwnerNotVerifiedException.prototype);
        this.Message = opts.Message;
      }
    };
    var AlreadyInOrganizationException = class _AlreadyInOrganizationException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#AlreadyInOrganizationException";
      name = "AlreadyInOrganizationException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "AlreadyInOrganizationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AlreadyInOrganizationException.prototype);
        this.Message = opts.Message;
      }
    };
    var DuplicatePolicyAttachmentException = class _DuplicatePolicyAttachmentException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#DuplicatePolicyAttachmentException";
      name = "DuplicatePolicyAttachmentException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "DuplicatePolicyAttachmentException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DuplicatePolicyAttachmentException.prototype);
        this.Message = opts.Message;
      }
    };
    var PolicyChangesInProgressException = class _PolicyChangesInProgressException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#PolicyChangesInProgressException";
      name = "PolicyChangesInProgressException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "PolicyChangesInProgressException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _PolicyChangesInProgressException.prototype);
        this.Message = opts.Message;
      }
    };
    var PolicyNotFoundException = class _PolicyNotFoundException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#PolicyNotFoundException";
      name = "PolicyNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "PolicyNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _PolicyNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var PolicyTypeNotEnabledException = class _PolicyTypeNotEnabledException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#PolicyTypeNotEnabledException";
      name = "PolicyTypeNotEnabledException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "PolicyTypeNotEnabledException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _PolicyTypeNotEnabledException.prototype);
        this.Message = opts.Message;
      }
    };
    var TargetNotFoundException = class _TargetNotFoundException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#TargetNotFoundException";
      name = "TargetNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "TargetNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TargetNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var UnsupportedAPIEndpointException = class _UnsupportedAPIEndpointException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#UnsupportedAPIEndpointException";
      name = "UnsupportedAPIEndpointException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "UnsupportedAPIEndpointException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _UnsupportedAPIEndpointException.prototype);
        this.Message = opts.Message;
      }
    };
    var ConflictException = class _ConflictException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#ConflictException";
      name = "ConflictException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ConflictException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ConflictException.prototype);
        this.Message = opts.Message;
      }
    };
    var FinalizingOrganizationException = class _FinalizingOrganizationException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#FinalizingOrganizationException";
      name = "FinalizingOrganizationException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "FinalizingOrganizationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _FinalizingOrganizationException.prototype);
        this.Message = opts.Message;
      }
    };
    var DuplicateOrganizationalUnitException = class _DuplicateOrganizationalUnitException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#DuplicateOrganizationalUnitException";
      name = "DuplicateOrganizationalUnitException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "DuplicateOrganizationalUnitException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DuplicateOrganizationalUnitException.prototype);
        this.Message = opts.Message;
      }
    };
    var ParentNotFoundException = class _ParentNotFoundException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#ParentNotFoundException";
      name = "ParentNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ParentNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ParentNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var DuplicatePolicyException = class _DuplicatePolicyException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#DuplicatePolicyException";
      name = "DuplicatePolicyException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "DuplicatePolicyException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DuplicatePolicyException.prototype);
        this.Message = opts.Message;
      }
    };
    var MalformedPolicyDocumentException = class _MalformedPolicyDocumentException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#MalformedPolicyDocumentException";
      name = "MalformedPolicyDocumentException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "MalformedPolicyDocumentException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _MalformedPolicyDocumentException.prototype);
        this.Message = opts.Message;
      }
    };
    var PolicyTypeNotAvailableForOrganizationException = class _PolicyTypeNotAvailableForOrganizationException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#PolicyTypeNotAvailableForOrganizationException";
      name = "PolicyTypeNotAvailableForOrganizationException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "PolicyTypeNotAvailableForOrganizationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _PolicyTypeNotAvailableForOrganizationException.prototype);
        this.Message = opts.Message;
      }
    };
    var OrganizationNotEmptyException = class _OrganizationNotEmptyException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#OrganizationNotEmptyException";
      name = "OrganizationNotEmptyException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "OrganizationNotEmptyException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _OrganizationNotEmptyException.prototype);
        this.Message = opts.Message;
      }
    };
    var OrganizationalUnitNotEmptyException = class _OrganizationalUnitNotEmptyException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#OrganizationalUnitNotEmptyException";
      name = "OrganizationalUnitNotEmptyException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "OrganizationalUnitNotEmptyException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _OrganizationalUnitNotEmptyException.prototype);
        this.Message = opts.Message;
      }
    };
    var OrganizationalUnitNotFoundException = class _OrganizationalUnitNotFoundException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#OrganizationalUnitNotFoundException";
      name = "OrganizationalUnitNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "OrganizationalUnitNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _OrganizationalUnitNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var PolicyInUseException = class _PolicyInUseException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#PolicyInUseException";
      name = "PolicyInUseException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "PolicyInUseException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _PolicyInUseException.prototype);
        this.Message = opts.Message;
      }
    };
    var ResourcePolicyNotFoundException = class _ResourcePolicyNotFoundException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#ResourcePolicyNotFoundException";
      name = "ResourcePolicyNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ResourcePolicyNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResourcePolicyNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var CreateAccountStatusNotFoundException = class _CreateAccountStatusNotFoundException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#CreateAccountStatusNotFoundException";
      name = "CreateAccountStatusNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "CreateAccountStatusNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _CreateAccountStatusNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var EffectivePolicyNotFoundException = class _EffectivePolicyNotFoundException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#EffectivePolicyNotFoundException";
      name = "EffectivePolicyNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "EffectivePolicyNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _EffectivePolicyNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var ResponsibilityTransferNotFoundException = class _ResponsibilityTransferNotFoundException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#ResponsibilityTransferNotFoundException";
      name = "ResponsibilityTransferNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ResponsibilityTransferNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResponsibilityTransferNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var PolicyNotAttachedException = class _PolicyNotAttachedException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#PolicyNotAttachedException";
      name = "PolicyNotAttachedException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "PolicyNotAttachedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _PolicyNotAttachedException.prototype);
        this.Message = opts.Message;
      }
    };
    var RootNotFoundException = class _RootNotFoundException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#RootNotFoundException";
      name = "RootNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "RootNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _RootNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var PolicyTypeAlreadyEnabledException = class _PolicyTypeAlreadyEnabledException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#PolicyTypeAlreadyEnabledException";
      name = "PolicyTypeAlreadyEnabledException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "PolicyTypeAlreadyEnabledException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _PolicyTypeAlreadyEnabledException.prototype);
        this.Message = opts.Message;
      }
    };
    var DuplicateHandshakeException = class _DuplicateHandshakeException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#DuplicateHandshakeException";
      name = "DuplicateHandshakeException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "DuplicateHandshakeException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DuplicateHandshakeException.prototype);
        this.Message = opts.Message;
      }
    };
    var ChildNotFoundException = class _ChildNotFoundException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#ChildNotFoundException";
      name = "ChildNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ChildNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ChildNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var DestinationParentNotFoundException = class _DestinationParentNotFoundException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#DestinationParentNotFoundException";
      name = "DestinationParentNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "DestinationParentNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DestinationParentNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var DuplicateAccountException = class _DuplicateAccountException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#DuplicateAccountException";
      name = "DuplicateAccountException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "DuplicateAccountException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DuplicateAccountException.prototype);
        this.Message = opts.Message;
      }
    };
    var SourceParentNotFoundException = class _SourceParentNotFoundException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#SourceParentNotFoundException";
      name = "SourceParentNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "SourceParentNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _SourceParentNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidResponsibilityTransferTransitionException = class _InvalidResponsibilityTransferTransitionException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#InvalidResponsibilityTransferTransitionException";
      name = "InvalidResponsibilityTransferTransitionException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidResponsibilityTransferTransitionException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidResponsibilityTransferTransitionException.prototype);
        this.Message = opts.Message;
      }
    };
    var ResponsibilityTransferAlreadyInStatusException = class _ResponsibilityTransferAlreadyInStatusException extends OrganizationsServiceException {
      static shapeId = "com.amazonaws.organizations#ResponsibilityTransferAlreadyInStatusException";
      name = "ResponsibilityTransferAlreadyInStatusException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ResponsibilityTransferAlreadyInStatusException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResponsibilityTransferAlreadyInStatusException.prototype);
        this.Message = opts.Message;
      }
    };
    var _A = "Account";
    var _AACE = "AccountAlreadyClosedException";
    var _AARE = "AccountAlreadyRegisteredException";
    var _ADE = "AccessDeniedException";
    var _ADFDE = "AccessDeniedForDependencyException";
    var _AH = "AcceptHandshake";
    var _AHI = "ActiveHandshakeId";
    var _AHR = "AcceptHandshakeRequest";
    var _AHRc = "AcceptHandshakeResponse";
    var _AI = "AccountId";
    var _AIOE = "AlreadyInOrganizationException";
    var _AM = "AwsManaged";
    var _AN = "AccountName";
    var _ANFE = "AccountNotFoundException";
    var _ANRE = "AccountNotRegisteredException";
    var _AONVE = "AccountOwnerNotVerifiedException";
    var _AP = "AttachPolicy";
    var _APR = "AttachPolicyRequest";
    var _APT = "AvailablePolicyTypes";
    var _AT = "ActionType";
    var _AWSONIUE = "AWSOrganizationsNotInUseException";
    var _Ac = "Action";
    var _Acc = "Accounts";
    var _Ar = "Arn";
    var _C = "Child";
    var _CA = "CloseAccount";
    var _CAN = "CreateAccountName";
    var _CAR = "CloseAccountRequest";
    var _CARI = "CreateAccountRequestId";
    var _CARr = "CreateAccountRequest";
    var _CARre = "CreateAccountResponse";
    var _CAS = "CreateAccountStatus";
    var _CASNFE = "CreateAccountStatusNotFoundException";
    var _CASr = "CreateAccountStatuses";
    var _CAr = "CreateAccount";
    var _CE = "ConflictException";
    var _CGCA = "CreateGovCloudAccount";
    var _CGCAR = "CreateGovCloudAccountRequest";
    var _CGCARr = "CreateGovCloudAccountResponse";
    var _CH = "CancelHandshake";
    var _CHR = "CancelHandshakeRequest";
    var _CHRa = "CancelHandshakeResponse";
    var _CI = "ChildId";
    var _CME = "ConcurrentModificationException";
    var _CNFE = "ChildNotFoundException";
    var _CO = "CreateOrganization";
    var _COR = "CreateOrganizationRequest";
    var _CORr = "CreateOrganizationResponse";
    var _COU = "CreateOrganizationalUnit";
    var _COUR = "CreateOrganizationalUnitRequest";
    var _COURr = "CreateOrganizationalUnitResponse";
    var _CP = "ContributingPolicies";
    var _CPR = "CreatePolicyRequest";
    var _CPRr = "CreatePolicyResponse";
    var _CPr = "CreatePolicy";
    var _CT = "CompletedTimestamp";
    var _CTh = "ChildType";
    var _CVE = "ConstraintViolationException";
    var _Ch = "Children";
    var _Co = "Content";
    var _D = "Description";
    var _DA = "DelegatedAdministrator";
    var _DAE = "DuplicateAccountException";
    var _DAR = "DescribeAccountRequest";
    var _DARe = "DescribeAccountResponse";
    var _DAWSSA = "DisableAWSServiceAccess";
    var _DAWSSAR = "DisableAWSServiceAccessRequest";
    var _DAe = "DelegatedAdministrators";
    var _DAes = "DescribeAccount";
    var _DCAS = "DescribeCreateAccountStatus";
    var _DCASR = "DescribeCreateAccountStatusRequest";
    var _DCASRe = "DescribeCreateAccountStatusResponse";
    var _DDA = "DeregisterDelegatedAdministrator";
    var _DDAR = "DeregisterDelegatedAdministratorRequest";
    var _DE = "DateEnabled";
    var _DED = "DelegationEnabledDate";
    var _DEP = "DescribeEffectivePolicy";
    var _DEPR = "DescribeEffectivePolicyRequest";
    var _DEPRe = "DescribeEffectivePolicyResponse";
    var _DH = "DeclineHandshake";
    var _DHE = "DuplicateHandshakeException";
    var _DHR = "DeclineHandshakeRequest";
    var _DHRe = "DeclineHandshakeResponse";
    var _DHRes = "DescribeHandshakeRequest";
    var _DHResc = "DescribeHandshakeResponse";
    var _DHe = "DescribeHandshake";
    var _DO = "DeleteOrganization";
    var _DOR = "DescribeOrganizationResponse";
    var _DOU = "DeleteOrganizationalUnit";
    var _DOUE = "DuplicateOrganizationalUnitException";
    var _DOUR = "DeleteOrganizationalUnitRequest";
    var _DOURe = "DescribeOrganizationalUnitRequest";
    var _DOURes = "DescribeOrganizationalUnitResponse";
    var _DOUe = "DescribeOrganizationalUnit";
    var _DOe = "DescribeOrganization";
    var _DP = "DeletePolicy";
    var _DPAE = "DuplicatePolicyAttachmentException";
    var _DPE = "DuplicatePolicyException";
    var _DPI = "DestinationParentId";
    var _DPNFE = "DestinationParentNotFoundException";
    var _DPR = "DeletePolicyRequest";
    var _DPRe = "DescribePolicyRequest";
    var _DPRes = "DescribePolicyResponse";
    var _DPRet = "DetachPolicyRequest";
    var _DPT = "DisablePolicyType";
    var _DPTR = "DisablePolicyTypeRequest";
    var _DPTRi = "DisablePolicyTypeResponse";
    var _DPe = "DescribePolicy";
    var _DPet = "DetachPolicy";
    var _DRP = "DeleteResourcePolicy";
    var _DRPR = "DescribeResourcePolicyResponse";
    var _DRPe = "DescribeResourcePolicy";
    var _DRT = "DescribeResponsibilityTransfer";
    var _DRTR = "DescribeResponsibilityTransferRequest";
    var _DRTRe = "DescribeResponsibilityTransferResponse";
    var _DS = "DelegatedService";
    var _DSe = "DelegatedServices";
    var _E = "Email";
    var _EAF = "EnableAllFeatures";
    var _EAFR = "EnableAllFeaturesRequest";
    var _EAFRn = "EnableAllFeaturesResponse";
    var _EAWSSA = "EnableAWSServiceAccess";
    var _EAWSSAR = "EnableAWSServiceAccessRequest";
    var _EC = "ErrorCode";
    var _EM = "ErrorMessage";
    var _EP = "EffectivePolicy";
    var _EPNFE = "EffectivePolicyNotFoundException";
    var _EPT = "EnablePolicyType";
    var _EPTR = "EnablePolicyTypeRequest";
    var _EPTRn = "EnablePolicyTypeResponse";
    var _EPVE = "EffectivePolicyValidationError";
    var _EPVEf = "EffectivePolicyValidationErrors";
    var _ESP = "EnabledServicePrincipal";
    var _ESPn = "EnabledServicePrincipals";
    var _ET = "ExpirationTimestamp";
    var _ETn = "EndTimestamp";
    var _ETv = "EvaluationTimestamp";
    var _F = "Filter";
    var _FOE = "FinalizingOrganizationException";
    var _FR = "FailureReason";
    var _FS = "FeatureSet";
    var _GCAI = "GovCloudAccountId";
    var _H = "Handshake";
    var _HAISE = "HandshakeAlreadyInStateException";
    var _HCVE = "HandshakeConstraintViolationException";
    var _HF = "HandshakeFilter";
    var _HI = "HandshakeId";
    var _HN = "HandshakeNotes";
    var _HNFE = "HandshakeNotFoundException";
    var _HP = "HandshakeParty";
    var _HPI = "HandshakePartyId";
    var _HPa = "HandshakeParties";
    var _HR = "HandshakeResource";
    var _HRV = "HandshakeResourceValue";
    var _HRa = "HandshakeResources";
    var _Ha = "Handshakes";
    var _I = "Id";
    var _IATO = "InviteAccountToOrganization";
    var _IATOR = "InviteAccountToOrganizationRequest";
    var _IATORn = "InviteAccountToOrganizationResponse";
    var _IHTE = "InvalidHandshakeTransitionException";
    var _IIE = "InvalidInputException";
    var _IOTTR = "InviteOrganizationToTransferResponsibility";
    var _IOTTRR = "InviteOrganizationToTransferResponsibilityRequest";
    var _IOTTRRn = "InviteOrganizationToTransferResponsibilityResponse";
    var _IRTTE = "InvalidResponsibilityTransferTransitionException";
    var _IUATB = "IamUserAccessToBilling";
    var _JM = "JoinedMethod";
    var _JT = "JoinedTimestamp";
    var _K = "Key";
    var _LA = "ListAccounts";
    var _LAFP = "ListAccountsForParent";
    var _LAFPR = "ListAccountsForParentRequest";
    var _LAFPRi = "ListAccountsForParentResponse";
    var _LAR = "ListAccountsRequest";
    var _LARi = "ListAccountsResponse";
    var _LAWIEP = "ListAccountsWithInvalidEffectivePolicy";
    var _LAWIEPR = "ListAccountsWithInvalidEffectivePolicyRequest";
    var _LAWIEPRi = "ListAccountsWithInvalidEffectivePolicyResponse";
    var _LAWSSAFO = "ListAWSServiceAccessForOrganization";
    var _LAWSSAFOR = "ListAWSServiceAccessForOrganizationRequest";
    var _LAWSSAFORi = "ListAWSServiceAccessForOrganizationResponse";
    var _LC = "ListChildren";
    var _LCAS = "ListCreateAccountStatus";
    var _LCASR = "ListCreateAccountStatusRequest";
    var _LCASRi = "ListCreateAccountStatusResponse";
    var _LCR = "ListChildrenRequest";
    var _LCRi = "ListChildrenResponse";
    var _LDA = "ListDelegatedAdministrators";
    var _LDAR = "ListDelegatedAdministratorsRequest";
    var _LDARi = "ListDelegatedAdministratorsResponse";
    var _LDSFA = "ListDelegatedServicesForAccount";
    var _LDSFAR = "ListDelegatedServicesForAccountRequest";
    var _LDSFARi = "ListDelegatedServicesForAccountResponse";
    var _LEPVE = "ListEffectivePolicyValidationErrors";
    var _LEPVER = "ListEffectivePolicyValidationErrorsRequest";
    var _LEPVERi = "ListEffectivePolicyValidationErrorsResponse";
    var _LHFA = "ListHandshakesForAccount";
    var _LHFAR = "ListHandshakesForAccountRequest";
    var _LHFARi = "ListHandshakesForAccountResponse";
    var _LHFO = "ListHandshakesForOrganization";
    var _LHFOR = "ListHandshakesForOrganizationRequest";
    var _LHFORi = "ListHandshakesForOrganizationResponse";
    var _LIRT = "ListInboundResponsibilityTransfers";
    var _LIRTR = "ListInboundResponsibilityTransfersRequest";
    var _LIRTRi = "ListInboundResponsibilityTransfersResponse";
    var _LO = "LeaveOrganization";
    var _LORT = "ListOutboundResponsibilityTransfers";
    var _LORTR = "ListOutboundResponsibilityTransfersRequest";
    var _LORTRi = "ListOutboundResponsibilityTransfersResponse";
    var _LOUFP = "ListOrganizationalUnitsForParent";
    var _LOUFPR = "ListOrganizationalUnitsForParentRequest";
    var _LOUFPRi = "ListOrganizationalUnitsForParentResponse";
    var _LP = "ListParents";
    var _LPFT = "ListPoliciesForTarget";
    var _LPFTR = "ListPoliciesForTargetRequest";
    var _LPFTRi = "ListPoliciesForTargetResponse";
    var _LPR = "ListParentsRequest";
    var _LPRi = "ListParentsResponse";
    var _LPRis = "ListPoliciesRequest";
    var _LPRist = "ListPoliciesResponse";
    var _LPi = "ListPolicies";
    var _LR = "ListRoots";
    var _LRR = "ListRootsRequest";
    var _LRRi = "ListRootsResponse";
    var _LTFP = "ListTargetsForPolicy";
    var _LTFPR = "ListTargetsForPolicyRequest";
    var _LTFPRi = "ListTargetsForPolicyResponse";
    var _LTFR = "ListTagsForResource";
    var _LTFRR = "ListTagsForResourceRequest";
    var _LTFRRi = "ListTagsForResourceResponse";
    var _LUT = "LastUpdatedTimestamp";
    var _M = "Message";
    var _MA = "MoveAccount";
    var _MAA = "MasterAccountArn";
    var _MAE = "MasterAccountEmail";
    var _MAEa = "ManagementAccountEmail";
    var _MAI = "MasterAccountId";
    var _MAIa = "ManagementAccountId";
    var _MAR = "MoveAccountRequest";
    var _MCLOE = "MasterCannotLeaveOrganizationException";
    var _MPDE = "MalformedPolicyDocumentException";
    var _MR = "MaxResults";
    var _N = "Name";
    var _NT = "NextToken";
    var _No = "Notes";
    var _O = "Organization";
    var _ONEE = "OrganizationNotEmptyException";
    var _OU = "OrganizationalUnit";
    var _OUI = "OrganizationalUnitId";
    var _OUNEE = "OrganizationalUnitNotEmptyException";
    var _OUNFE = "OrganizationalUnitNotFoundException";
    var _OUr = "OrganizationalUnits";
    var _P = "Paths";
    var _PC = "PolicyContent";
    var _PCIPE = "PolicyChangesInProgressException";
    var _PHI = "ParentHandshakeId";
    var _PI = "PolicyId";
    var _PIUE = "PolicyInUseException";
    var _PIa = "ParentId";
    var _PNAE = "PolicyNotAttachedException";
    var _PNFE = "ParentNotFoundException";
    var _PNFEo = "PolicyNotFoundException";
    var _PRP = "PutResourcePolicy";
    var _PRPR = "PutResourcePolicyRequest";
    var _PRPRu = "PutResourcePolicyResponse";
    var _PS = "PolicySummary";
    var _PT = "PolicyType";
    var _PTAEE = "PolicyTypeAlreadyEnabledException";
    var _PTE = "PathToError";
    var _PTNAFOE = "PolicyTypeNotAvailableForOrganizationException";
    var _PTNEE = "PolicyTypeNotEnabledException";
    var _PTS = "PolicyTargetSummary";
    var _PTSo = "PolicyTypeSummary";
    var _PTo = "PolicyTypes";
    var _PTol = "PolicyTargets";
    var _Pa = "Parties";
    var _Par = "Parents";
    var _Pare = "Parent";
    var _Pat = "Path";
    var _Po = "Policy";
    var _Pol = "Policies";
    var _R = "Reason";
    var _RAFO = "RemoveAccountFromOrganization";
    var _RAFOR = "RemoveAccountFromOrganizationRequest";
    var _RDA = "RegisterDelegatedAdministrator";
    var _RDAR = "RegisterDelegatedAdministratorRequest";
    var _RI = "RootId";
    var _RIe = "ResourceId";
    var _RN = "RoleName";
    var _RNFE = "RootNotFoundException";
    var _RP = "ResourcePolicy";
    var _RPNFE = "ResourcePolicyNotFoundException";
    var _RPS = "ResourcePolicySummary";
    var _RT = "RequestedTimestamp";
    var _RTAISE = "ResponsibilityTransferAlreadyInStatusException";
    var _RTN = "ResponsibilityTransferName";
    var _RTNFE = "ResponsibilityTransferNotFoundException";
    var _RTe = "ResponsibilityTransfer";
    var _RTes = "ResponsibilityTransfers";
    var _Re = "Resources";
    var _Ro = "Root";
    var _Roo = "Roots";
    var _S = "Status";
    var _SE = "ServiceException";
    var _SN = "SourceName";
    var _SP = "ServicePrincipal";
    var _SPI = "SourceParentId";
    var _SPNFE = "SourceParentNotFoundException";
    var _ST = "StartTimestamp";
    var _So = "Source";
    var _St = "State";
    var _Sta = "States";
    var _T = "Type";
    var _TI = "TargetId";
    var _TK = "TagKeys";
    var _TMRE = "TooManyRequestsException";
    var _TNFE = "TargetNotFoundException";
    var _TP = "TransferParticipant";
    var _TR = "TagResource";
    var _TRR = "TagResourceRequest";
    var _TRT = "TerminateResponsibilityTransfer";
    var _TRTR = "TerminateResponsibilityTransferRequest";
    var _TRTRe = "TerminateResponsibilityTransferResponse";
    var _Ta = "Tags";
    var _Tag = "Tag";
    var _Tar = "Target";
    var _Targ = "Targets";
    var _UAPIEE = "UnsupportedAPIEndpointException";
    var _UOU = "UpdateOrganizationalUnit";
    var _UOUR = "UpdateOrganizationalUnitRequest";
    var _UOURp = "UpdateOrganizationalUnitResponse";
    var _UP = "UpdatePolicy";
    var _UPR = "UpdatePolicyRequest";
    var _UPRp = "UpdatePolicyResponse";
    var _UR = "UntagResource";
    var _URR = "UntagResourceRequest";
    var _URT = "UpdateResponsibilityTransfer";
    var _URTR = "UpdateResponsibilityTransferRequest";
    var _URTRp = "UpdateResponsibilityTransferResponse";
    var _V = "Value";
    var _c = "client";
    var _e = "error";
    var _hE = "httpError";
    var _s = "smithy.ts.sdk.synthetic.com.amazonaws.organizations";
    var _se = "server";
    var n0 = "com.amazonaws.organizations";
    var _s_registry = new TypeRegistry(_s);
    var OrganizationsServiceException$ = [-3, _s, "OrganizationsServiceException", 0, [], []];
    _s_registry.registerError(OrganizationsServiceException$, OrganizationsServiceException);
    var n0_registry = new TypeRegistry(n0);
    var AccessDeniedException$ = [
      -3,
      n0,
      _ADE,
      { [_e]: _c, [_hE]: 403 },
      [_M],
      [0]
    ];
    n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
    var AccessDeniedForDependencyException$ = [
      -3,
      n0,
      _ADFDE,
      { [_e]: _c, [_hE]: 403 },
      [_M, _R],
      [0, 0]
    ];
    n0_registry.registerError(AccessDeniedForDependencyException$, AccessDeniedForDependencyException);
    var AccountAlreadyClosedException$ = [
      -3,
      n0,
      _AACE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(AccountAlreadyClosedException$, AccountAlreadyClosedException);
    var AccountAlreadyRegisteredException$ = [
      -3,
      n0,
      _AARE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(AccountAlreadyRegisteredException$, AccountAlreadyRegisteredException);
    var AccountNotFoundException$ = [
      -3,
      n0,
      _ANFE,
      { [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(AccountNotFoundException$, AccountNotFoundException);
    var AccountNotRegisteredException$ = [
      -3,
      n0,
      _ANRE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(AccountNotRegisteredException$, AccountNotRegisteredException);
    var AccountOwnerNotVerifiedException$ = [
      -3,
      n0,
      _AONVE,
      { [_e]: _c, [_hE]: 403 },
      [_M],
      [0]
    ];
    n0_registry.registerError(AccountOwnerNotVerifiedException$, AccountOwnerNotVerifiedException);
    var AlreadyInOrganizationException$ = [
      -3,
      n0,
      _AIOE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(AlreadyInOrganizationException$, AlreadyInOrganizationException);
    var AWSOrganizationsNotInUseException$ = [
      -3,
      n0,
      _AWSONIUE,
      { [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(AWSOrganizationsNotInUseException$, AWSOrganizationsNotInUseException);
    var ChildNotFoundException$ = [
      -3,
      n0,
      _CNFE,
      { [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(ChildNotFoundException$, ChildNotFoundException);
    var ConcurrentModificationException$ = [
      -3,
      n0,
      _CME,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(ConcurrentModificationException$, ConcurrentModificationException);
    var ConflictException$ = [
      -3,
      n0,
      _CE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(ConflictException$, ConflictException);
    var ConstraintViolationException$ = [
      -3,
      n0,
      _CVE,
      { [_e]: _c, [_hE]: 409 },
      [_M, _R],
      [0, 0]
    ];
    n0_registry.registerError(ConstraintViolationException$, ConstraintViolationException);
    var CreateAccountStatusNotFoundException$ = [
      -3,
      n0,
      _CASNFE,
      { [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(CreateAccountStatusNotFoundException$, CreateAccountStatusNotFoundException);
    var DestinationParentNotFoundException$ = [
      -3,
      n0,
      _DPNFE,
      { [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(DestinationParentNotFoundException$, DestinationParentNotFoundException);
    var DuplicateAccountException$ = [
      -3,
      n0,
      _DAE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(DuplicateAccountException$, DuplicateAccountException);
    var DuplicateHandshakeException$ = [
      -3,
      n0,
      _DHE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(DuplicateHandshakeException$, DuplicateHandshakeException);
    var DuplicateOrganizationalUnitException$ = [
      -3,
      n0,
      _DOUE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(DuplicateOrganizationalUnitException$, DuplicateOrganizationalUnitException);
    var DuplicatePolicyAttachmentException$ = [
      -3,
      n0,
      _DPAE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(DuplicatePolicyAttachmentException$, DuplicatePolicyAttachmentException);
    var DuplicatePolicyException$ = [
      -3,
      n0,
      _DPE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(DuplicatePolicyException$, DuplicatePolicyException);
    var EffectivePolicyNotFoundException$ = [
      -3,
      n0,
      _EPNFE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(EffectivePolicyNotFoundException$, EffectivePolicyNotFoundException);
    var FinalizingOrganizationException$ = [
      -3,
      n0,
      _FOE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(FinalizingOrganizationException$, FinalizingOrganizationException);
    var HandshakeAlreadyInStateException$ = [
      -3,
      n0,
      _HAISE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(HandshakeAlreadyInStateException$, HandshakeAlreadyInStateException);
    var HandshakeConstraintViolationException$ = [
      -3,
      n0,
      _HCVE,
      { [_e]: _c, [_hE]: 409 },
      [_M, _R],
      [0, 0]
    ];
    n0_registry.registerError(HandshakeConstraintViolationException$, HandshakeConstraintViolationException);
    var HandshakeNotFoundException$ = [
      -3,
      n0,
      _HNFE,
      { [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(HandshakeNotFoundException$, HandshakeNotFoundException);
    var InvalidHandshakeTransitionException$ = [
      -3,
      n0,
      _IHTE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidHandshakeTransitionException$, InvalidHandshakeTransitionException);
    var InvalidInputException$ = [
      -3,
      n0,
      _IIE,
      { [_e]: _c, [_hE]: 400 },
      [_M, _R],
      [0, 0]
    ];
    n0_registry.registerError(InvalidInputException$, InvalidInputException);
    var InvalidResponsibilityTransferTransitionException$ = [
      -3,
      n0,
      _IRTTE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidResponsibilityTransferTransitionException$, InvalidResponsibilityTransferTransitionException);
    var MalformedPolicyDocumentException$ = [
      -3,
      n0,
      _MPDE,
      { [_e]: _c, [_hE]: 400 },
      [_M],
      [0]
    ];
    n0_registry.registerError(MalformedPolicyDocumentException$, MalformedPolicyDocumentException);
    var MasterCannotLeaveOrganizationException$ = [
      -3,
      n0,
      _MCLOE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(MasterCannotLeaveOrganizationException$, MasterCannotLeaveOrganizationException);
    var OrganizationalUnitNotEmptyException$ = [
      -3,
      n0,
      _OUNEE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(OrganizationalUnitNotEmptyException$, OrganizationalUnitNotEmptyException);
    var OrganizationalUnitNotFoundException$ = [
      -3,
      n0,
      _OUNFE,
      { [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(OrganizationalUnitNotFoundException$, OrganizationalUnitNotFoundException);
    var OrganizationNotEmptyException$ = [
      -3,
      n0,
      _ONEE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(OrganizationNotEmptyException$, OrganizationNotEmptyException);
    var ParentNotFoundException$ = [
      -3,
      n0,
      _PNFE,
      { [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(ParentNotFoundException$, ParentNotFoundException);
    var PolicyChangesInProgressException$ = [
      -3,
      n0,
      _PCIPE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(PolicyChangesInProgressException$, PolicyChangesInProgressException);
    var PolicyInUseException$ = [
      -3,
      n0,
      _PIUE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(PolicyInUseException$, PolicyInUseException);
    var PolicyNotAttachedException$ = [
      -3,
      n0,
      _PNAE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(PolicyNotAttachedException$, PolicyNotAttachedException);
    var PolicyNotFoundException$ = [
      -3,
      n0,
      _PNFEo,
      { [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(PolicyNotFoundException$, PolicyNotFoundException);
    var PolicyTypeAlreadyEnabledException$ = [
      -3,
      n0,
      _PTAEE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(PolicyTypeAlreadyEnabledException$, PolicyTypeAlreadyEnabledException);
    var PolicyTypeNotAvailableForOrganizationException$ = [
      -3,
      n0,
      _PTNAFOE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(PolicyTypeNotAvailableForOrganizationException$, PolicyTypeNotAvailableForOrganizationException);
    var PolicyTypeNotEnabledException$ = [
      -3,
      n0,
      _PTNEE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(PolicyTypeNotEnabledException$, PolicyTypeNotEnabledException);
    var ResourcePolicyNotFoundException$ = [
      -3,
      n0,
      _RPNFE,
      { [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(ResourcePolicyNotFoundException$, ResourcePolicyNotFoundException);
    var ResponsibilityTransferAlreadyInStatusException$ = [
      -3,
      n0,
      _RTAISE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(ResponsibilityTransferAlreadyInStatusException$, ResponsibilityTransferAlreadyInStatusException);
    var ResponsibilityTransferNotFoundException$ = [
      -3,
      n0,
      _RTNFE,
      { [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(ResponsibilityTransferNotFoundException$, ResponsibilityTransferNotFoundException);
    var RootNotFoundException$ = [
      -3,
      n0,
      _RNFE,
      { [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(RootNotFoundException$, RootNotFoundException);
    var ServiceException$ = [
      -3,
      n0,
      _SE,
      { [_e]: _se, [_hE]: 500 },
      [_M],
      [0]
    ];
    n0_registry.registerError(ServiceException$, ServiceException);
    var SourceParentNotFoundException$ = [
      -3,
      n0,
      _SPNFE,
      { [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(SourceParentNotFoundException$, SourceParentNotFoundException);
    var TargetNotFoundException$ = [
      -3,
      n0,
      _TNFE,
      { [_e]: _c, [_hE]: 404 },
      [_M],
      [0]
    ];
    n0_registry.registerError(TargetNotFoundException$, TargetNotFoundException);
    var TooManyRequestsException$ = [
      -3,
      n0,
      _TMRE,
      { [_e]: _c, [_hE]: 429 },
      [_T, _M],
      [0, 0]
    ];
    n0_registry.registerError(TooManyRequestsException$, TooManyRequestsException);
    var UnsupportedAPIEndpointException$ = [
      -3,
      n0,
      _UAPIEE,
      { [_e]: _c, [_hE]: 403 },
      [_M],
      [0]
    ];
    n0_registry.registerError(UnsupportedAPIEndpointException$, UnsupportedAPIEndpointException);
    var errorTypeRegistries = [
      _s_registry,
      n0_registry
    ];
    var AccountName = [0, n0, _AN, 8, 0];
    var CreateAccountName = [0, n0, _CAN, 8, 0];
    var Email = [0, n0, _E, 8, 0];
    var HandshakeNotes = [0, n0, _HN, 8, 0];
    var HandshakePartyId = [0, n0, _HPI, 8, 0];
    var HandshakeResourceValue = [0, n0, _HRV, 8, 0];
    var ResponsibilityTransferName = [0, n0, _RTN, 8, 0];
    var AcceptHandshakeRequest$ = [
      3,
      n0,
      _AHR,
      0,
      [_HI],
      [0],
      1
    ];
    var AcceptHandshakeResponse$ = [
      3,
      n0,
      _AHRc,
      0,
      [_H],
      [[() => Handshake$, 0]]
    ];
    var Account$ = [
      3,
      n0,
      _A,
      0,
      [_I, _Ar, _E, _N, _S, _St, _P, _JM, _JT],
      [0, 0, [() => Email, 0], [() => AccountName, 0], 0, 0, 64 | 0, 0, 4]
    ];
    var AttachPolicyRequest$ = [
      3,
      n0,
      _APR,
      0,
      [_PI, _TI],
      [0, 0],
      2
    ];
    var CancelHandshakeRequest$ = [
      3,
      n0,
      _CHR,
      0,
      [_HI],
      [0],
      1
    ];
    var CancelHandshakeResponse$ = [
      3,
      n0,
      _CHRa,
      0,
      [_H],
      [[() => Handshake$, 0]]
    ];
    var Child$ = [
      3,
      n0,
      _C,
      0,
      [_I, _T],
      [0, 0]
    ];
    var CloseAccountRequest$ = [
      3,
      n0,
      _CAR,
      0,
      [_AI],
      [0],
      1
    ];
    var CreateAccountRequest$ = [
      3,
      n0,
      _CARr,
      0,
      [_E, _AN, _RN, _IUATB, _Ta],
      [[() => Email, 0], [() => CreateAccountName, 0], 0, 0, () => Tags],
      2
    ];
    var CreateAccountResponse$ = [
      3,
      n0,
      _CARre,
      0,
      [_CAS],
      [[() => CreateAccountStatus$, 0]]
    ];
    var CreateAccountStatus$ = [
      3,
      n0,
      _CAS,
      0,
      [_I, _AN, _St, _RT, _CT, _AI, _GCAI, _FR],
      [0, [() => CreateAccountName, 0], 0, 4, 4, 0, 0, 0]
    ];
    var CreateGovCloudAccountRequest$ = [
      3,
      n0,
      _CGCAR,
      0,
      [_E, _AN, _RN, _IUATB, _Ta],
      [[() => Email, 0], [() => CreateAccountName, 0], 0, 0, () => Tags],
      2
    ];
    var CreateGovCloudAccountResponse$ = [
      3,
      n0,
      _CGCARr,
      0,
      [_CAS],
      [[() => CreateAccountStatus$, 0]]
    ];
    var CreateOrganizationalUnitRequest$ = [
      3,
      n0,
      _COUR,
      0,
      [_PIa, _N, _Ta],
      [0, 0, () => Tags],
      2
    ];
    var CreateOrganizationalUnitResponse$ = [
      3,
      n0,
      _COURr,
      0,
      [_OU],
      [() => OrganizationalUnit$]
    ];
    var CreateOrganizationRequest$ = [
      3,
      n0,
      _COR,
      0,
      [_FS],
      [0]
    ];
    var CreateOrganizationResponse$ = [
      3,
      n0,
      _CORr,
      0,
      [_O],
      [[() => Organization$, 0]]
    ];
    var CreatePolicyRequest$ = [
      3,
      n0,
      _CPR,
      0,
      [_Co, _D, _N, _T, _Ta],
      [0, 0, 0, 0, () => Tags],
      4
    ];
    var CreatePolicyResponse$ = [
      3,
      n0,
      _CPRr,
      0,
      [_Po],
      [() => Policy$]
    ];
    var DeclineHandshakeRequest$ = [
      3,
      n0,
      _DHR,
      0,
      [_HI],
      [0],
      1
    ];
    var DeclineHandshakeResponse$ = [
      3,
      n0,
      _DHRe,
      0,
      [_H],
      [[() => Handshake$, 0]]
    ];
    var DelegatedAdministrator$ = [
      3,
      n0,
      _DA,
      0,
      [_I, _Ar, _E, _N, _S, _St, _JM, _JT, _DED],
      [0, 0, [() => Email, 0], [() => AccountName, 0], 0, 0, 0, 4, 4]
    ];
    var DelegatedService$ = [
      3,
      n0,
      _DS,
      0,
      [_SP, _DED],
      [0, 4]
    ];
    var DeleteOrganizationalUnitRequest$ = [
      3,
      n0,
      _DOUR,
      0,
      [_OUI],
      [0],
      1
    ];
    var DeletePolicyRequest$ = [
      3,
      n0,
      _DPR,
      0,
      [_PI],
      [0],
      1
    ];
    var DeregisterDelegatedAdministratorRequest$ = [
      3,
      n0,
      _DDAR,
      0,
      [_AI, _SP],
      [0, 0],
      2
    ];
    var DescribeAccountRequest$ = [
      3,
      n0,
      _DAR,
      0,
      [_AI],
      [0],
      1
    ];
    var DescribeAccountResponse$ = [
      3,
      n0,
      _DARe,
      0,
      [_A],
      [[() => Account$, 0]]
    ];
    var DescribeCreateAccountStatusRequest$ = [
      3,
      n0,
      _DCASR,
      0,
      [_CARI],
      [0],
      1
    ];
    var DescribeCreateAccountStatusResponse$ = [
      3,
      n0,
      _DCASRe,
      0,
      [_CAS],
      [[() => CreateAccountStatus$, 0]]
    ];
    var DescribeEffectivePolicyRequest$ = [
      3,
      n0,
      _DEPR,
      0,
      [_PT, _TI],
      [0, 0],
      1
    ];
    var DescribeEffectivePolicyResponse$ = [
      3,
      n0,
      _DEPRe,
      0,
      [_EP],
      [() => EffectivePolicy$]
    ];
    var DescribeHandshakeRequest$ = [
      3,
      n0,
      _DHRes,
      0,
      [_HI],
      [0],
      1
    ];
    var DescribeHandshakeResponse$ = [
      3,
      n0,
      _DHResc,
      0,
      [_H],
      [[() => Handshake$, 0]]
    ];
    var DescribeOrganizationalUnitRequest$ = [
      3,
      n0,
      _DOURe,
      0,
      [_OUI],
      [0],
      1
    ];
    var DescribeOrganizationalUnitResponse$ = [
      3,
      n0,
      _DOURes,
      0,
      [_OU],
      [() => OrganizationalUnit$]
    ];
    var DescribeOrganizationResponse$ = [
      3,
      n0,
      _DOR,
      0,
      [_O],
      [[() => Organization$, 0]]
    ];
    var DescribePolicyRequest$ = [
      3,
      n0,
      _DPRe,
      0,
      [_PI],
      [0],
      1
    ];
    var DescribePolicyResponse$ = [
      3,
      n0,
      _DPRes,
      0,
      [_Po],
      [() => Policy$]
    ];
    var DescribeResourcePolicyResponse$ = [
      3,
      n0,
      _DRPR,
      0,
      [_RP],
      [() => ResourcePolicy$]
    ];
    var DescribeResponsibilityTransferRequest$ = [
      3,
      n0,
      _DRTR,
      0,
      [_I],
      [0],
      1
    ];
    var DescribeResponsibilityTransferResponse$ = [
      3,
      n0,
      _DRTRe,
      0,
      [_RTe],
      [[() => ResponsibilityTransfer$, 0]]
    ];
    var DetachPolicyRequest$ = [
      3,
      n0,
      _DPRet,
      0,
      [_PI, _TI],
      [0, 0],
      2
    ];
    var DisableAWSServiceAccessRequest$ = [
      3,
      n0,
      _DAWSSAR,
      0,
      [_SP],
      [0],
      1
    ];
    var DisablePolicyTypeRequest$ = [
      3,
      n0,
      _DPTR,
      0,
      [_RI, _PT],
      [0, 0],
      2
    ];
    var DisablePolicyTypeResponse$ = [
      3,
      n0,
      _DPTRi,
      0,
      [_Ro],
      [() => Root$]
    ];
    var EffectivePolicy$ = [
      3,
      n0,
      _EP,
      0,
      [_PC, _LUT, _TI, _PT],
      [0, 4, 0, 0]
    ];
    var EffectivePolicyValidationError$ = [
      3,
      n0,
      _EPVE,
      0,
      [_EC, _EM, _PTE, _CP],
      [0, 0, 0, 64 | 0]
    ];
    var EnableAllFeaturesRequest$ = [
      3,
      n0,
      _EAFR,
      0,
      [],
      []
    ];
    var EnableAllFeaturesResponse$ = [
      3,
      n0,
      _EAFRn,
      0,
      [_H],
      [[() => Handshake$, 0]]
    ];
    var EnableAWSServiceAccessRequest$ = [
      3,
      n0,
      _EAWSSAR,
      0,
      [_SP],
      [0],
      1
    ];
    var EnabledServicePrincipal$ = [
      3,
      n0,
      _ESP,
      0,
      [_SP, _DE],
      [0, 4]
    ];
    var EnablePolicyTypeRequest$ = [
      3,
      n0,
      _EPTR,
      0,
      [_RI, _PT],
      [0, 0],
      2
    ];
    var EnablePolicyTypeResponse$ = [
      3,
      n0,
      _EPTRn,
      0,
      [_Ro],
      [() => Root$]
    ];
    var Handshake$ = [
      3,
      n0,
      _H,
      0,
      [_I, _Ar, _Pa, _St, _RT, _ET, _Ac, _Re],
      [0, 0, [() => HandshakeParties, 0], 0, 4, 4, 0, [() => HandshakeResources, 0]]
    ];
    var HandshakeFilter$ = [
      3,
      n0,
      _HF,
      0,
      [_AT, _PHI],
      [0, 0]
    ];
    var HandshakeParty$ = [
      3,
      n0,
      _HP,
      0,
      [_I, _T],
      [[() => HandshakePartyId, 0], 0],
      2
    ];
    var HandshakeResource$ = [
      3,
      n0,
      _HR,
      0,
      [_V, _T, _Re],
      [[() => HandshakeResourceValue, 0], 0, [() => HandshakeResources, 0]]
    ];
    var InviteAccountToOrganizationRequest$ = [
      3,
      n0,
      _IATOR,
      0,
      [_Tar, _No, _Ta],
      [[() => HandshakeParty$, 0], [() => HandshakeNotes, 0], () => Tags],
      1
    ];
    var InviteAccountToOrganizationResponse$ = [
      3,
      n0,
      _IATORn,
      0,
      [_H],
      [[() => Handshake$, 0]]
    ];
    var InviteOrganizationToTransferResponsibilityRequest$ = [
      3,
      n0,
      _IOTTRR,
      0,
      [_T, _Tar, _ST, _SN, _No, _Ta],
      [0, [() => HandshakeParty$, 0], 4, [() => ResponsibilityTransferName, 0], [() => HandshakeNotes, 0], () => Tags],
      4
    ];
    var InviteOrganizationToTransferResponsibilityResponse$ = [
      3,
      n0,
      _IOTTRRn,
      0,
      [_H],
      [[() => Handshake$, 0]]
    ];
    var ListAccountsForParentRequest$ = [
      3,
      n0,
      _LAFPR,
      0,
      [_PIa, _NT, _MR],
      [0, 0, 1],
      1
    ];
    var ListAccountsForParentResponse$ = [
      3,
      n0,
      _LAFPRi,
      0,
      [_Acc, _NT],
      [[() => Accounts, 0], 0]
    ];
    var ListAccountsRequest$ = [
      3,
      n0,
      _LAR,
      0,
      [_NT, _MR],
      [0, 1]
    ];
    var ListAccountsResponse$ = [
      3,
      n0,
      _LARi,
      0,
      [_Acc, _NT],
      [[() => Accounts, 0], 0]
    ];
    var ListAccountsWithInvalidEffectivePolicyRequest$ = [
      3,
      n0,
      _LAWIEPR,
      0,
      [_PT, _NT, _MR],
      [0, 0, 1],
      1
    ];
    var ListAccountsWithInvalidEffectivePolicyResponse$ = [
      3,
      n0,
      _LAWIEPRi,
      0,
      [_Acc, _PT, _NT],
      [[() => Accounts, 0], 0, 0]
    ];
    var ListAWSServiceAccessForOrganizationRequest$ = [
      3,
      n0,
      _LAWSSAFOR,
      0,
      [_NT, _MR],
      [0, 1]
    ];
    var ListAWSServiceAccessForOrganizationResponse$ = [
      3,
      n0,
      _LAWSSAFORi,
      0,
      [_ESPn, _NT],
      [() => EnabledServicePrincipals, 0]
    ];
    var ListChildrenRequest$ = [
      3,
      n0,
      _LCR,
      0,
      [_PIa, _CTh, _NT, _MR],
      [0, 0, 0, 1],
      2
    ];
    var ListChildrenResponse$ = [
      3,
      n0,
      _LCRi,
      0,
      [_Ch, _NT],
      [() => Children, 0]
    ];
    var ListCreateAccountStatusRequest$ = [
      3,
      n0,
      _LCASR,
      0,
      [_Sta, _NT, _MR],
      [64 | 0, 0, 1]
    ];
    var ListCreateAccountStatusResponse$ = [
      3,
      n0,
      _LCASRi,
      0,
      [_CASr, _NT],
      [[() => CreateAccountStatuses, 0], 0]
    ];
    var ListDelegatedAdministratorsRequest$ = [
      3,
      n0,
      _LDAR,
      0,
      [_SP, _NT, _MR],
      [0, 0, 1]
    ];
    var ListDelegatedAdministratorsResponse$ = [
      3,
      n0,
      _LDARi,
      0,
      [_DAe, _NT],
      [[() => DelegatedAdministrators, 0], 0]
    ];
    var ListDelegatedServicesForAccountRequest$ = [
      3,
      n0,
      _LDSFAR,
      0,
      [_AI, _NT, _MR],
      [0, 0, 1],
      1
    ];
    var ListDelegatedServicesForAccountResponse$ = [
      3,
      n0,
      _LDSFARi,
      0,
      [_DSe, _NT],
      [() => DelegatedServices, 0]
    ];
    var ListEffectivePolicyValidationErrorsRequest$ = [
      3,
      n0,
      _LEPVER,
      0,
      [_AI, _PT, _NT, _MR],
      [0, 0, 0, 1],
      2
    ];
    var ListEffectivePolicyValidationErrorsResponse$ = [
      3,
      n0,
      _LEPVERi,
      0,
      [_AI, _PT, _Pat, _ETv, _NT, _EPVEf],
      [0, 0, 0, 4, 0, () => EffectivePolicyValidationErrors]
    ];
    var ListHandshakesForAccountRequest$ = [
      3,
      n0,
      _LHFAR,
      0,
      [_F, _NT, _MR],
      [() => HandshakeFilter$, 0, 1]
    ];
    var ListHandshakesForAccountResponse$ = [
      3,
      n0,
      _LHFARi,
      0,
      [_Ha, _NT],
      [[() => Handshakes, 0], 0]
    ];
    var ListHandshakesForOrganizationRequest$ = [
      3,
      n0,
      _LHFOR,
      0,
      [_F, _NT, _MR],
      [() => HandshakeFilter$, 0, 1]
    ];
    var ListHandshakesForOrganizationResponse$ = [
      3,
      n0,
      _LHFORi,
      0,
      [_Ha, _NT],
      [[() => Handshakes, 0], 0]
    ];
    var ListInboundResponsibilityTransfersRequest$ = [
      3,
      n0,
      _LIRTR,
      0,
      [_T, _I, _NT, _MR],
      [0, 0, 0, 1],
      1
    ];
    var ListInboundResponsibilityTransfersResponse$ = [
      3,
      n0,
      _LIRTRi,
      0,
      [_RTes, _NT],
      [[() => ResponsibilityTransfers, 0], 0]
    ];
    var ListOrganizationalUnitsForParentRequest$ = [
      3,
      n0,
      _LOUFPR,
      0,
      [_PIa, _NT, _MR],
      [0, 0, 1],
      1
    ];
    var ListOrganizationalUnitsForParentResponse$ = [
      3,
      n0,
      _LOUFPRi,
      0,
      [_OUr, _NT],
      [() => OrganizationalUnits, 0]
    ];
    var ListOutboundResponsibilityTransfersRequest$ = [
      3,
      n0,
      _LORTR,
      0,
      [_T, _NT, _MR],
      [0, 0, 1],
      1
    ];
    var ListOutboundResponsibilityTransfersResponse$ = [
      3,
      n0,
      _LORTRi,
      0,
      [_RTes, _NT],
      [[() => ResponsibilityTransfers, 0], 0]
    ];
    var ListParentsRequest$ = [
      3,
      n0,
      _LPR,
      0,
      [_CI, _NT, _MR],
      [0, 0, 1],
      1
    ];
    var ListParentsResponse$ = [
      3,
      n0,
      _LPRi,
      0,
      [_Par, _NT],
      [() => Parents, 0]
    ];
    var ListPoliciesForTargetRequest$ = [
      3,
      n0,
      _LPFTR,
      0,
      [_TI, _F, _NT, _MR],
      [0, 0, 0, 1],
      2
    ];
    var ListPoliciesForTargetResponse$ = [
      3,
      n0,
      _LPFTRi,
      0,
      [_Pol, _NT],
      [() => Policies, 0]
    ];
    var ListPoliciesRequest$ = [
      3,
      n0,
      _LPRis,
      0,
      [_F, _NT, _MR],
      [0, 0, 1],
      1
    ];
    var ListPoliciesResponse$ = [
      3,
      n0,
      _LPRist,
      0,
      [_Pol, _NT],
      [() => Policies, 0]
    ];
    var ListRootsRequest$ = [
      3,
      n0,
      _LRR,
      0,
      [_NT, _MR],
      [0, 1]
    ];
    var ListRootsResponse$ = [
      3,
      n0,
      _LRRi,
      0,
      [_Roo, _NT],
      [() => Roots, 0]
    ];
    var ListTagsForResourceRequest$ = [
      3,
      n0,
      _LTFRR,
      0,
      [_RIe, _NT],
      [0, 0],
      1
    ];
    var ListTagsForResourceResponse$ = [
      3,
      n0,
      _LTFRRi,
      0,
      [_Ta, _NT],
      [() => Tags, 0]
    ];
    var ListTargetsForPolicyRequest$ = [
      3,
      n0,
      _LTFPR,
      0,
      [_PI, _NT, _MR],
      [0, 0, 1],
      1
    ];
    var ListTargetsForPolicyResponse$ = [
      3,
      n0,
      _LTFPRi,
      0,
      [_Targ, _NT],
      [() => PolicyTargets, 0]
    ];
    var MoveAccountRequest$ = [
      3,
      n0,
      _MAR,
      0,
      [_AI, _SPI, _DPI],
      [0, 0, 0],
      3
    ];
    var Organization$ = [
      3,
      n0,
      _O,
      0,
      [_I, _Ar, _FS, _MAA, _MAI, _MAE, _APT],
      [0, 0, 0, 0, 0, [() => Email, 0], () => PolicyTypes]
    ];
    var OrganizationalUnit$ = [
      3,
      n0,
      _OU,
      0,
      [_I, _Ar, _N, _Pat],
      [0, 0, 0, 0]
    ];
    var Parent$ = [
      3,
      n0,
      _Pare,
      0,
      [_I, _T],
      [0, 0]
    ];
    var Policy$ = [
      3,
      n0,
      _Po,
      0,
      [_PS, _Co],
      [() => PolicySummary$, 0]
    ];
    var PolicySummary$ = [
      3,
      n0,
      _PS,
      0,
      [_I, _Ar, _N, _D, _T, _AM],
      [0, 0, 0, 0, 0, 2]
    ];
    var PolicyTargetSummary$ = [
      3,
      n0,
      _PTS,
      0,
      [_TI, _Ar, _N, _T],
      [0, 0, 0, 0]
    ];
    var PolicyTypeSummary$ = [
      3,
      n0,
      _PTSo,
      0,
      [_T, _S],
      [0, 0]
    ];
    var PutResourcePolicyRequest$ = [
      3,
      n0,
      _PRPR,
      0,
      [_Co, _Ta],
      [0, () => Tags],
      1
    ];
    var PutResourcePolicyResponse$ = [
      3,
      n0,
      _PRPRu,
      0,
      [_RP],
      [() => ResourcePolicy$]
    ];
    var RegisterDelegatedAdministratorRequest$ = [
      3,
      n0,
      _RDAR,
      0,
      [_AI, _SP],
      [0, 0],
      2
    ];
    var RemoveAccountFromOrganizationRequest$ = [
      3,
      n0,
      _RAFOR,
      0,
      [_AI],
      [0],
      1
    ];
    var ResourcePolicy$ = [
      3,
      n0,
      _RP,
      0,
      [_RPS, _Co],
      [() => ResourcePolicySummary$, 0]
    ];
    var ResourcePolicySummary$ = [
      3,
      n0,
      _RPS,
      0,
      [_I, _Ar],
      [0, 0]
    ];
    var ResponsibilityTransfer$ = [
      3,
      n0,
      _RTe,
      0,
      [_Ar, _N, _I, _T, _S, _So, _Tar, _ST, _ETn, _AHI],
      [0, [() => ResponsibilityTransferName, 0], 0, 0, 0, [() => TransferParticipant$, 0], [() => TransferParticipant$, 0], 4, 4, 0]
    ];
    var Root$ = [
      3,
      n0,
      _Ro,
      0,
      [_I, _Ar, _N, _PTo],
      [0, 0, 0, () => PolicyTypes]
    ];
    var Tag$ = [
      3,
      n0,
      _Tag,
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
      [_RIe, _Ta],
      [0, () => Tags],
      2
    ];
    var TerminateResponsibilityTransferRequest$ = [
      3,
      n0,
      _TRTR,
      0,
      [_I, _ETn],
      [0, 4],
      1
    ];
    var TerminateResponsibilityTransferResponse$ = [
      3,
      n0,
      _TRTRe,
      0,
      [_RTe],
      [[() => ResponsibilityTransfer$, 0]]
    ];
    var TransferParticipant$ = [
      3,
      n0,
      _TP,
      0,
      [_MAIa, _MAEa],
      [0, [() => Email, 0]]
    ];
    var UntagResourceRequest$ = [
      3,
      n0,
      _URR,
      0,
      [_RIe, _TK],
      [0, 64 | 0],
      2
    ];
    var UpdateOrganizationalUnitRequest$ = [
      3,
      n0,
      _UOUR,
      0,
      [_OUI, _N],
      [0, 0],
      1
    ];
    var UpdateOrganizationalUnitResponse$ = [
      3,
      n0,
      _UOURp,
      0,
      [_OU],
      [() => OrganizationalUnit$]
    ];
    var UpdatePolicyRequest$ = [
      3,
      n0,
      _UPR,
      0,
      [_PI, _N, _D, _Co],
      [0, 0, 0, 0],
      1
    ];
    var UpdatePolicyResponse$ = [
      3,
      n0,
      _UPRp,
      0,
      [_Po],
      [() => Policy$]
    ];
    var UpdateResponsibilityTransferRequest$ = [
      3,
      n0,
      _URTR,
      0,
      [_I, _N],
      [0, [() => ResponsibilityTransferName, 0]],
      2
    ];
    var UpdateResponsibilityTransferResponse$ = [
      3,
      n0,
      _URTRp,
      0,
      [_RTe],
      [[() => ResponsibilityTransfer$, 0]]
    ];
    var __Unit = "unit";
    var Accounts = [
      1,
      n0,
      _Acc,
      0,
      [
        () => Account$,
        0
      ]
    ];
    var Children = [
      1,
      n0,
      _Ch,
      0,
      () => Child$
    ];
    var CreateAccountStatuses = [
      1,
      n0,
      _CASr,
      0,
      [
        () => CreateAccountStatus$,
        0
      ]
    ];
    var DelegatedAdministrators = [
      1,
      n0,
      _DAe,
      0,
      [
        () => DelegatedAdministrator$,
        0
      ]
    ];
    var DelegatedServices = [
      1,
      n0,
      _DSe,
      0,
      () => DelegatedService$
    ];
    var EffectivePolicyValidationErrors = [
      1,
      n0,
      _EPVEf,
      0,
      () => EffectivePolicyValidationError$
    ];
    var EnabledServicePrincipals = [
      1,
      n0,
      _ESPn,
      0,
      () => EnabledServicePrincipal$
    ];
    var HandshakeParties = [
      1,
      n0,
      _HPa,
      0,
      [
        () => HandshakeParty$,
        0
      ]
    ];
    var HandshakeResources = [
      1,
      n0,
      _HRa,
      0,
      [
        () => HandshakeResource$,
        0
      ]
    ];
    var Handshakes = [
      1,
      n0,
      _Ha,
      0,
      [
        () => Handshake$,
        0
      ]
    ];
    var OrganizationalUnits = [
      1,
      n0,
      _OUr,
      0,
      () => OrganizationalUnit$
    ];
    var Parents = [
      1,
      n0,
      _Par,
      0,
      () => Parent$
    ];
    var Policies = [
      1,
      n0,
      _Pol,
      0,
      () => PolicySummary$
    ];
    var PolicyTargets = [
      1,
      n0,
      _PTol,
      0,
      () => PolicyTargetSummary$
    ];
    var PolicyTypes = [
      1,
      n0,
      _PTo,
      0,
      () => PolicyTypeSummary$
    ];
    var ResponsibilityTransfers = [
      1,
      n0,
      _RTes,
      0,
      [
        () => ResponsibilityTransfer$,
        0
      ]
    ];
    var Roots = [
      1,
      n0,
      _Roo,
      0,
      () => Root$
    ];
    var Tags = [
      1,
      n0,
      _Ta,
      0,
      () => Tag$
    ];
    var AcceptHandshake$ = [
      9,
      n0,
      _AH,
      0,
      () => AcceptHandshakeRequest$,
      () => AcceptHandshakeResponse$
    ];
    var AttachPolicy$ = [
      9,
      n0,
      _AP,
      0,
      () => AttachPolicyRequest$,
      () => __Unit
    ];
    var CancelHandshake$ = [
      9,
      n0,
      _CH,
      0,
      () => CancelHandshakeRequest$,
      () => CancelHandshakeResponse$
    ];
    var CloseAccount$ = [
      9,
      n0,
      _CA,
      0,
      () => CloseAccountRequest$,
      () => __Unit
    ];
    var CreateAccount$ = [
      9,
      n0,
      _CAr,
      0,
      () => CreateAccountRequest$,
      () => CreateAccountResponse$
    ];
    var CreateGovCloudAccount$ = [
      9,
      n0,
      _CGCA,
      0,
      () => CreateGovCloudAccountRequest$,
      () => CreateGovCloudAccountResponse$
    ];
    var CreateOrganization$ = [
      9,
      n0,
      _CO,
      0,
      () => CreateOrganizationRequest$,
      () => CreateOrganizationResponse$
    ];
    var CreateOrganizationalUnit$ = [
      9,
      n0,
      _COU,
      0,
      () => CreateOrganizationalUnitRequest$,
      () => CreateOrganizationalUnitResponse$
    ];
    var CreatePolicy$ = [
      9,
      n0,
      _CPr,
      0,
      () => CreatePolicyRequest$,
      () => CreatePolicyResponse$
    ];
    var DeclineHandshake$ = [
      9,
      n0,
      _DH,
      0,
      () => DeclineHandshakeRequest$,
      () => DeclineHandshakeResponse$
    ];
    var DeleteOrganization$ = [
      9,
      n0,
      _DO,
      0,
      () => __Unit,
      () => __Unit
    ];
    var DeleteOrganizationalUnit$ = [
      9,
      n0,
      _DOU,
      0,
      () => DeleteOrganizationalUnitRequest$,
      () => __Unit
    ];
    var DeletePolicy$ = [
      9,
      n0,
      _DP,
      0,
      () => DeletePolicyRequest$,
      () => __Unit
    ];
    var DeleteResourcePolicy$ = [
      9,
      n0,
      _DRP,
      0,
      () => __Unit,
      () => __Unit
    ];
    var DeregisterDelegatedAdministrator$ = [
      9,
      n0,
      _DDA,
      0,
      () => DeregisterDelegatedAdministratorRequest$,
      () => __Unit
    ];
    var DescribeAccount$ = [
      9,
      n0,
      _DAes,
      0,
      () => DescribeAccountRequest$,
      () => DescribeAccountResponse$
    ];
    var DescribeCreateAccountStatus$ = [
      9,
      n0,
      _DCAS,
      0,
      () => DescribeCreateAccountStatusRequest$,
      () => DescribeCreateAccountStatusResponse$
    ];
    var DescribeEffectivePolicy$ = [
      9,
      n0,
      _DEP,
      0,
      () => DescribeEffectivePolicyRequest$,
      () => DescribeEffectivePolicyResponse$
    ];
    var DescribeHandshake$ = [
      9,
      n0,
      _DHe,
      0,
      () => DescribeHandshakeRequest$,
      () => DescribeHandshakeResponse$
    ];
    var DescribeOrganization$ = [
      9,
      n0,
      _DOe,
      0,
      () => __Unit,
      () => DescribeOrganizationResponse$
    ];
    var DescribeOrganizationalUnit$ = [
      9,
      n0,
      _DOUe,
      0,
      () => DescribeOrganizationalUnitRequest$,
      () => DescribeOrganizationalUnitResponse$
    ];
    var DescribePolicy$ = [
      9,
      n0,
      _DPe,
      0,
      () => DescribePolicyRequest$,
      () => DescribePolicyResponse$
    ];
    var DescribeResourcePolicy$ = [
      9,
      n0,
      _DRPe,
      0,
      () => __Unit,
      () => DescribeResourcePolicyResponse$
    ];
    var DescribeResponsibilityTransfer$ = [
      9,
      n0,
      _DRT,
      0,
      () => DescribeResponsibilityTransferRequest$,
      () => DescribeResponsibilityTransferResponse$
    ];
    var DetachPolicy$ = [
      9,
      n0,
      _DPet,
      0,
      () => DetachPolicyRequest$,
      () => __Unit
    ];
    var DisableAWSServiceAccess$ = [
      9,
      n0,
      _DAWSSA,
      0,
      () => DisableAWSServiceAccessRequest$,
      () => __Unit
    ];
    var DisablePolicyType$ = [
      9,
      n0,
      _DPT,
      0,
      () => DisablePolicyTypeRequest$,
      () => DisablePolicyTypeResponse$
    ];
    var EnableAllFeatures$ = [
      9,
      n0,
      _EAF,
      0,
      () => EnableAllFeaturesRequest$,
      () => EnableAllFeaturesResponse$
    ];
    var EnableAWSServiceAccess$ = [
      9,
      n0,
      _EAWSSA,
      0,
      () => EnableAWSServiceAccessRequest$,
      () => __Unit
    ];
    var EnablePolicyType$ = [
      9,
      n0,
      _EPT,
      0,
      () => EnablePolicyTypeRequest$,
      () => EnablePolicyTypeResponse$
    ];
    var InviteAccountToOrganization$ = [
      9,
      n0,
      _IATO,
      0,
      () => InviteAccountToOrganizationRequest$,
      () => InviteAccountToOrganizationResponse$
    ];
    var InviteOrganizationToTransferResponsibility$ = [
      9,
      n0,
      _IOTTR,
      0,
      () => InviteOrganizationToTransferResponsibilityRequest$,
      () => InviteOrganizationToTransferResponsibilityResponse$
    ];
    var LeaveOrganization$ = [
      9,
      n0,
      _LO,
      0,
      () => __Unit,
      () => __Unit
    ];
    var ListAccounts$ = [
      9,
      n0,
      _LA,
      0,
      () => ListAccountsRequest$,
      () => ListAccountsResponse$
    ];
    var ListAccountsForParent$ = [
      9,
      n0,
      _LAFP,
      0,
      () => ListAccountsForParentRequest$,
      () => ListAccountsForParentResponse$
    ];
    var ListAccountsWithInvalidEffectivePolicy$ = [
      9,
      n0,
      _LAWIEP,
      0,
      () => ListAccountsWithInvalidEffectivePolicyRequest$,
      () => ListAccountsWithInvalidEffectivePolicyResponse$
    ];
    var ListAWSServiceAccessForOrganization$ = [
      9,
      n0,
      _LAWSSAFO,
      0,
      () => ListAWSServiceAccessForOrganizationRequest$,
      () => ListAWSServiceAccessForOrganizationResponse$
    ];
    var ListChildren$ = [
      9,
      n0,
      _LC,
      0,
      () => ListChildrenRequest$,
      () => ListChildrenResponse$
    ];
    var ListCreateAccountStatus$ = [
      9,
      n0,
      _LCAS,
      0,
      () => ListCreateAccountStatusRequest$,
      () => ListCreateAccountStatusResponse$
    ];
    var ListDelegatedAdministrators$ = [
      9,
      n0,
      _LDA,
      0,
      () => ListDelegatedAdministratorsRequest$,
      () => ListDelegatedAdministratorsResponse$
    ];
    var ListDelegatedServicesForAccount$ = [
      9,
      n0,
      _LDSFA,
      0,
      () => ListDelegatedServicesForAccountRequest$,
      () => ListDelegatedServicesForAccountResponse$
    ];
    var ListEffectivePolicyValidationErrors$ = [
      9,
      n0,
      _LEPVE,
      0,
      () => ListEffectivePolicyValidationErrorsRequest$,
      () => ListEffectivePolicyValidationErrorsResponse$
    ];
    var ListHandshakesForAccount$ = [
      9,
      n0,
      _LHFA,
      0,
      () => ListHandshakesForAccountRequest$,
      () => ListHandshakesForAccountResponse$
    ];
    var ListHandshakesForOrganization$ = [
      9,
      n0,
      _LHFO,
      0,
      () => ListHandshakesForOrganizationRequest$,
      () => ListHandshakesForOrganizationResponse$
    ];
    var ListInboundResponsibilityTransfers$ = [
      9,
      n0,
      _LIRT,
      0,
      () => ListInboundResponsibilityTransfersRequest$,
      () => ListInboundResponsibilityTransfersResponse$
    ];
    var ListOrganizationalUnitsForParent$ = [
      9,
      n0,
      _LOUFP,
      0,
      () => ListOrganizationalUnitsForParentRequest$,
      () => ListOrganizationalUnitsForParentResponse$
    ];
    var ListOutboundResponsibilityTransfers$ = [
      9,
      n0,
      _LORT,
      0,
      () => ListOutboundResponsibilityTransfersRequest$,
      () => ListOutboundResponsibilityTransfersResponse$
    ];
    var ListParents$ = [
      9,
      n0,
      _LP,
      0,
      () => ListParentsRequest$,
      () => ListParentsResponse$
    ];
    var ListPolicies$ = [
      9,
      n0,
      _LPi,
      0,
      () => ListPoliciesRequest$,
      () => ListPoliciesResponse$
    ];
    var ListPoliciesForTarget$ = [
      9,
      n0,
      _LPFT,
      0,
      () => ListPoliciesForTargetRequest$,
      () => ListPoliciesForTargetResponse$
    ];
    var ListRoots$ = [
      9,
      n0,
      _LR,
      0,
      () => ListRootsRequest$,
      () => ListRootsResponse$
    ];
    var ListTagsForResource$ = [
      9,
      n0,
      _LTFR,
      0,
      () => ListTagsForResourceRequest$,
      () => ListTagsForResourceResponse$
    ];
    var ListTargetsForPolicy$ = [
      9,
      n0,
      _LTFP,
      0,
      () => ListTargetsForPolicyRequest$,
      () => ListTargetsForPolicyResponse$
    ];
    var MoveAccount$ = [
      9,
      n0,
      _MA,
      0,
      () => MoveAccountRequest$,
      () => __Unit
    ];
    var PutResourcePolicy$ = [
      9,
      n0,
      _PRP,
      0,
      () => PutResourcePolicyRequest$,
      () => PutResourcePolicyResponse$
    ];
    var RegisterDelegatedAdministrator$ = [
      9,
      n0,
      _RDA,
      0,
      () => RegisterDelegatedAdministratorRequest$,
      () => __Unit
    ];
    var RemoveAccountFromOrganization$ = [
      9,
      n0,
      _RAFO,
      0,
      () => RemoveAccountFromOrganizationRequest$,
      () => __Unit
    ];
    var TagResource$ = [
      9,
      n0,
      _TR,
      0,
      () => TagResourceRequest$,
      () => __Unit
    ];
    var TerminateResponsibilityTransfer$ = [
      9,
      n0,
      _TRT,
      0,
      () => TerminateResponsibilityTransferRequest$,
      () => TerminateResponsibilityTransferResponse$
    ];
    var UntagResource$ = [
      9,
      n0,
      _UR,
      0,
      () => UntagResourceRequest$,
      () => __Unit
    ];
    var UpdateOrganizationalUnit$ = [
      9,
      n0,
      _UOU,
      0,
      () => UpdateOrganizationalUnitRequest$,
      () => UpdateOrganizationalUnitResponse$
    ];
    var UpdatePolicy$ = [
      9,
      n0,
      _UP,
      0,
      () => UpdatePolicyRequest$,
      () => UpdatePolicyResponse$
    ];
    var UpdateResponsibilityTransfer$ = [
      9,
      n0,
      _URT,
      0,
      () => UpdateResponsibilityTransferRequest$,
      () => UpdateResponsibilityTransferResponse$
    ];
    var getRuntimeConfig$1 = (config) => {
      return {
        apiVersion: "2016-11-28",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultOrganizationsHttpAuthSchemeProvider,
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
          defaultNamespace: "com.amazonaws.organizations",
          errorTypeRegistries,
          xmlNamespace: "http://organizations.amazonaws.com/doc/2016-11-28/",
          version: "2016-11-28",
          serviceTarget: "AWSOrganizationsV20161128"
        },
        serviceId: config?.serviceId ?? "Organizations",
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
    var OrganizationsClient = class extends Client {
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
          httpAuthSchemeParametersProvider: defaultOrganizationsHttpAuthSchemeParametersProvider,
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
    var command = makeBuilder(commonParams, "AWSOrganizationsV20161128", "OrganizationsClient", getEndpointPlugin);
    var _ep0 = {};
    var _mw0 = (Command, cs, config, o) => [];
    var AcceptHandshakeCommand = class extends command(_ep0, _mw0, "AcceptHandshake", AcceptHandshake$) {
    };
    var AttachPolicyCommand = class extends command(_ep0, _mw0, "AttachPolicy", AttachPolicy$) {
    };
    var CancelHandshakeCommand = class extends command(_ep0, _mw0, "CancelHandshake", CancelHandshake$) {
    };
    var CloseAccountCommand = class extends command(_ep0, _mw0, "CloseAccount", CloseAccount$) {
    };
    var CreateAccountCommand = class extends command(_ep0, _mw0, "CreateAccount", CreateAccount$) {
    };
    var CreateGovCloudAccountCommand = class extends command(_ep0, _mw0, "CreateGovCloudAccount", CreateGovCloudAccount$) {
    };
    var CreateOrganizationalUnitCommand = class extends command(_ep0, _mw0, "CreateOrganizationalUnit", CreateOrganizationalUnit$) {
    };
    var CreateOrganizationCommand = class extends command(_ep0, _mw0, "CreateOrganization", CreateOrganization$) {
    };
    var CreatePolicyCommand = class extends command(_ep0, _mw0, "CreatePolicy", CreatePolicy$) {
    };
    var DeclineHandshakeCommand = class extends command(_ep0, _mw0, "DeclineHandshake", DeclineHandshake$) {
    };
    var DeleteOrganizationalUnitCommand = class extends command(_ep0, _mw0, "DeleteOrganizationalUnit", DeleteOrganizationalUnit$) {
    };
    var DeleteOrganizationCommand = class extends command(_ep0, _mw0, "DeleteOrganization", DeleteOrganization$) {
    };
    var DeletePolicyCommand = class extends command(_ep0, _mw0, "DeletePolicy", DeletePolicy$) {
    };
    var DeleteResourcePolicyCommand = class extends command(_ep0, _mw0, "DeleteResourcePolicy", DeleteResourcePolicy$) {
    };
    var DeregisterDelegatedAdministratorCommand = class extends command(_ep0, _mw0, "DeregisterDelegatedAdministrator", DeregisterDelegatedAdministrator$) {
    };
    var DescribeAccountCommand = class extends command(_ep0, _mw0, "DescribeAccount", DescribeAccount$) {
    };
    var DescribeCreateAccountStatusCommand = class extends command(_ep0, _mw0, "DescribeCreateAccountStatus", DescribeCreateAccountStatus$) {
    };
    var DescribeEffectivePolicyCommand = class extends command(_ep0, _mw0, "DescribeEffectivePolicy", DescribeEffectivePolicy$) {
    };
    var DescribeHandshakeCommand = class extends command(_ep0, _mw0, "DescribeHandshake", DescribeHandshake$) {
    };
    var DescribeOrganizationalUnitCommand = class extends command(_ep0, _mw0, "DescribeOrganizationalUnit", DescribeOrganizationalUnit$) {
    };
    var DescribeOrganizationCommand = class extends command(_ep0, _mw0, "DescribeOrganization", DescribeOrganization$) {
    };
    var DescribePolicyCommand = class extends command(_ep0, _mw0, "DescribePolicy", DescribePolicy$) {
    };
    var DescribeResourcePolicyCommand = class extends command(_ep0, _mw0, "DescribeResourcePolicy", DescribeResourcePolicy$) {
    };
    var DescribeResponsibilityTransferCommand = class extends command(_ep0, _mw0, "DescribeResponsibilityTransfer", DescribeResponsibilityTransfer$) {
    };
    var DetachPolicyCommand = class extends command(_ep0, _mw0, "DetachPolicy", DetachPolicy$) {
    };
    var DisableAWSServiceAccessCommand = class extends command(_ep0, _mw0, "DisableAWSServiceAccess", DisableAWSServiceAccess$) {
    };
    var DisablePolicyTypeCommand = class extends command(_ep0, _mw0, "DisablePolicyType", DisablePolicyType$) {
    };
    var EnableAllFeaturesCommand = class extends command(_ep0, _mw0, "EnableAllFeatures", EnableAllFeatures$) {
    };
    var EnableAWSServiceAccessCommand = class extends command(_ep0, _mw0, "EnableAWSServiceAccess", EnableAWSServiceAccess$) {
    };
    var EnablePolicyTypeCommand = class extends command(_ep0, _mw0, "EnablePolicyType", EnablePolicyType$) {
    };
    var InviteAccountToOrganizationCommand = class extends command(_ep0, _mw0, "InviteAccountToOrganization", InviteAccountToOrganization$) {
    };
    var InviteOrganizationToTransferResponsibilityCommand = class extends command(_ep0, _mw0, "InviteOrganizationToTransferResponsibility", InviteOrganizationToTransferResponsibility$) {
    };
    var LeaveOrganizationCommand = class extends command(_ep0, _mw0, "LeaveOrganization", LeaveOrganization$) {
    };
    var ListAccountsCommand = class extends command(_ep0, _mw0, "ListAccounts", ListAccounts$) {
    };
    var ListAccountsForParentCommand = class extends command(_ep0, _mw0, "ListAccountsForParent", ListAccountsForParent$) {
    };
    var ListAccountsWithInvalidEffectivePolicyCommand = class extends command(_ep0, _mw0, "ListAccountsWithInvalidEffectivePolicy", ListAccountsWithInvalidEffectivePolicy$) {
    };
    var ListAWSServiceAccessForOrganizationCommand = class extends command(_ep0, _mw0, "ListAWSServiceAccessForOrganization", ListAWSServiceAccessForOrganization$) {
    };
    var ListChildrenCommand = class extends command(_ep0, _mw0, "ListChildren", ListChildren$) {
    };
    var ListCreateAccountStatusCommand = class extends command(_ep0, _mw0, "ListCreateAccountStatus", ListCreateAccountStatus$) {
    };
    var ListDelegatedAdministratorsCommand = class extends command(_ep0, _mw0, "ListDelegatedAdministrators", ListDelegatedAdministrators$) {
    };
    var ListDelegatedServicesForAccountCommand = class extends command(_ep0, _mw0, "ListDelegatedServicesForAccount", ListDelegatedServicesForAccount$) {
    };
    var ListEffectivePolicyValidationErrorsCommand = class extends command(_ep0, _mw0, "ListEffectivePolicyValidationErrors", ListEffectivePolicyValidationErrors$) {
    };
    var ListHandshakesForAccountCommand = class extends command(_ep0, _mw0, "ListHandshakesForAccount", ListHandshakesForAccount$) {
    };
    var ListHandshakesForOrganizationCommand = class extends command(_ep0, _mw0, "ListHandshakesForOrganization", ListHandshakesForOrganization$) {
    };
    var ListInboundResponsibilityTransfersCommand = class extends command(_ep0, _mw0, "ListInboundResponsibilityTransfers", ListInboundResponsibilityTransfers$) {
    };
    var ListOrganizationalUnitsForParentCommand = class extends command(_ep0, _mw0, "ListOrganizationalUnitsForParent", ListOrganizationalUnitsForParent$) {
    };
    var ListOutboundResponsibilityTransfersCommand = class extends command(_ep0, _mw0, "ListOutboundResponsibilityTransfers", ListOutboundResponsibilityTransfers$) {
    };
    var ListParentsCommand = class extends command(_ep0, _mw0, "ListParents", ListParents$) {
    };
    var ListPoliciesCommand = class extends command(_ep0, _mw0, "ListPolicies", ListPolicies$) {
    };
    var ListPoliciesForTargetCommand = class extends command(_ep0, _mw0, "ListPoliciesForTarget", ListPoliciesForTarget$) {
    };
    var ListRootsCommand = class extends command(_ep0, _mw0, "ListRoots", ListRoots$) {
    };
    var ListTagsForResourceCommand = class extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {
    };
    var ListTargetsForPolicyCommand = class extends command(_ep0, _mw0, "ListTargetsForPolicy", ListTargetsForPolicy$) {
    };
    var MoveAccountCommand = class extends command(_ep0, _mw0, "MoveAccount", MoveAccount$) {
    };
    var PutResourcePolicyCommand = class extends command(_ep0, _mw0, "PutResourcePolicy", PutResourcePolicy$) {
    };
    var RegisterDelegatedAdministratorCommand = class extends command(_ep0, _mw0, "RegisterDelegatedAdministrator", RegisterDelegatedAdministrator$) {
    };
    var RemoveAccountFromOrganizationCommand = class extends command(_ep0, _mw0, "RemoveAccountFromOrganization", RemoveAccountFromOrganization$) {
    };
    var TagResourceCommand = class extends command(_ep0, _mw0, "TagResource", TagResource$) {
    };
    var TerminateResponsibilityTransferCommand = class extends command(_ep0, _mw0, "TerminateResponsibilityTransfer", TerminateResponsibilityTransfer$) {
    };
    var UntagResourceCommand = class extends command(_ep0, _mw0, "UntagResource", UntagResource$) {
    };
    var UpdateOrganizationalUnitCommand = class extends command(_ep0, _mw0, "UpdateOrganizationalUnit", UpdateOrganizationalUnit$) {
    };
    var UpdatePolicyCommand = class extends command(_ep0, _mw0, "UpdatePolicy", UpdatePolicy$) {
    };
    var UpdateResponsibilityTransferCommand = class extends command(_ep0, _mw0, "UpdateResponsibilityTransfer", UpdateResponsibilityTransfer$) {
    };
    var paginateListAccountsForParent = createPaginator(OrganizationsClient, ListAccountsForParentCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListAccounts = createPaginator(OrganizationsClient, ListAccountsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListAccountsWithInvalidEffectivePolicy = createPaginator(OrganizationsClient, ListAccountsWithInvalidEffectivePolicyCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListAWSServiceAccessForOrganization = createPaginator(OrganizationsClient, ListAWSServiceAccessForOrganizationCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListChildren = createPaginator(OrganizationsClient, ListChildrenCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListCreateAccountStatus = createPaginator(OrganizationsClient, ListCreateAccountStatusCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListDelegatedAdministrators = createPaginator(OrganizationsClient, ListDelegatedAdministratorsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListDelegatedServicesForAccount = createPaginator(OrganizationsClient, ListDelegatedServicesForAccountCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListEffectivePolicyValidationErrors = createPaginator(OrganizationsClient, ListEffectivePolicyValidationErrorsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListHandshakesForAccount = createPaginator(OrganizationsClient, ListHandshakesForAccountCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListHandshakesForOrganization = createPaginator(OrganizationsClient, ListHandshakesForOrganizationCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListOrganizationalUnitsForParent = createPaginator(OrganizationsClient, ListOrganizationalUnitsForParentCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListParents = createPaginator(OrganizationsClient, ListParentsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListPoliciesForTarget = createPaginator(OrganizationsClient, ListPoliciesForTargetCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListPolicies = createPaginator(OrganizationsClient, ListPoliciesCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListRoots = createPaginator(OrganizationsClient, ListRootsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListTagsForResource = createPaginator(OrganizationsClient, ListTagsForResourceCommand, "NextToken", "NextToken", "");
    var paginateListTargetsForPolicy = createPaginator(OrganizationsClient, ListTargetsForPolicyCommand, "NextToken", "NextToken", "MaxResults");
    var commands = {
      AcceptHandshakeCommand,
      AttachPolicyCommand,
      CancelHandshakeCommand,
      CloseAccountCommand,
      CreateAccountCommand,
      CreateGovCloudAccountCommand,
      CreateOrganizationCommand,
      CreateOrganizationalUnitCommand,
      CreatePolicyCommand,
      DeclineHandshakeCommand,
      DeleteOrganizationCommand,
      DeleteOrganizationalUnitCommand,
      DeletePolicyCommand,
      DeleteResourcePolicyCommand,
      DeregisterDelegatedAdministratorCommand,
      DescribeAccountCommand,
      DescribeCreateAccountStatusCommand,
      DescribeEffectivePolicyCommand,
      DescribeHandshakeCommand,
      DescribeOrganizationCommand,
      DescribeOrganizationalUnitCommand,
      DescribePolicyCommand,
      DescribeResourcePolicyCommand,
      DescribeResponsibilityTransferCommand,
      DetachPolicyCommand,
      DisableAWSServiceAccessCommand,
      DisablePolicyTypeCommand,
      EnableAllFeaturesCommand,
      EnableAWSServiceAccessCommand,
      EnablePolicyTypeCommand,
      InviteAccountToOrganizationCommand,
      InviteOrganizationToTransferResponsibilityCommand,
      LeaveOrganizationCommand,
      ListAccountsCommand,
      ListAccountsForParentCommand,
      ListAccountsWithInvalidEffectivePolicyCommand,
      ListAWSServiceAccessForOrganizationCommand,
      ListChildrenCommand,
      ListCreateAccountStatusCommand,
      ListDelegatedAdministratorsCommand,
      ListDelegatedServicesForAccountCommand,
      ListEffectivePolicyValidationErrorsCommand,
      ListHandshakesForAccountCommand,
      ListHandshakesForOrganizationCommand,
      ListInboundResponsibilityTransfersCommand,
      ListOrganizationalUnitsForParentCommand,
      ListOutboundResponsibilityTransfersCommand,
      ListParentsCommand,
      ListPoliciesCommand,
      ListPoliciesForTargetCommand,
      ListRootsCommand,
      ListTagsForResourceCommand,
      ListTargetsForPolicyCommand,
      MoveAccountCommand,
      PutResourcePolicyCommand,
      RegisterDelegatedAdministratorCommand,
      RemoveAccountFromOrganizationCommand,
      TagResourceCommand,
      TerminateResponsibilityTransferCommand,
      UntagResourceCommand,
      UpdateOrganizationalUnitCommand,
      UpdatePolicyCommand,
      UpdateResponsibilityTransferCommand
    };
    var paginators = {
      paginateListAccounts,
      paginateListAccountsForParent,
      paginateListAccountsWithInvalidEffectivePolicy,
      paginateListAWSServiceAccessForOrganization,
      paginateListChildren,
      paginateListCreateAccountStatus,
      paginateListDelegatedAdministrators,
      paginateListDelegatedServicesForAccount,
      paginateListEffectivePolicyValidationErrors,
      paginateListHandshakesForAccount,
      paginateListHandshakesForOrganization,
      paginateListOrganizationalUnitsForParent,
      paginateListParents,
      paginateListPolicies,
      paginateListPoliciesForTarget,
      paginateListRoots,
      paginateListTagsForResource,
      paginateListTargetsForPolicy
    };
    var Organizations = class extends OrganizationsClient {
    };
    createAggregatedClient(commands, Organizations, { paginators });
    var ActionType = {
      ADD_ORGANIZATIONS_SERVICE_LINKED_ROLE: "ADD_ORGANIZATIONS_SERVICE_LINKED_ROLE",
      APPROVE_ALL_FEATURES: "APPROVE_ALL_FEATURES",
      ENABLE_ALL_FEATURES: "ENABLE_ALL_FEATURES",
      INVITE_ACCOUNT_TO_ORGANIZATION: "INVITE",
      TRANSFER_RESPONSIBILITY: "TRANSFER_RESPONSIBILITY"
    };
    var HandshakePartyType = {
      ACCOUNT: "ACCOUNT",
      EMAIL: "EMAIL",
      ORGANIZATION: "ORGANIZATION"
    };
    var HandshakeResourceType = {
      ACCOUNT: "ACCOUNT",
      EMAIL: "EMAIL",
      MANAGEMENT_ACCOUNT: "MANAGEMENT_ACCOUNT",
      MANAGEMENT_EMAIL: "MANAGEMENT_EMAIL",
      MANAGEMENT_NAME: "MANAGEMENT_NAME",
      MASTER_EMAIL: "MASTER_EMAIL",
      MASTER_NAME: "MASTER_NAME",
      NOTES: "NOTES",
      ORGANIZATION: "ORGANIZATION",
      ORGANIZATION_FEATURE_SET: "ORGANIZATION_FEATURE_SET",
      PARENT_HANDSHAKE: "PARENT_HANDSHAKE",
      RESPONSIBILITY_TRANSFER: "RESPONSIBILITY_TRANSFER",
      TRANSFER_START_TIMESTAMP: "TRANSFER_START_TIMESTAMP",
      TRANSFER_TYPE: "TRANSFER_TYPE"
    };
    var HandshakeState = {
      ACCEPTED: "ACCEPTED",
      CANCELED: "CANCELED",
      DECLINED: "DECLINED",
      EXPIRED: "EXPIRED",
      OPEN: "OPEN",
      REQUESTED: "REQUESTED"
    };
    var AccessDeniedForDependencyExceptionReason = {
      ACCESS_DENIED_DURING_CREATE_SERVICE_LINKED_ROLE: "ACCESS_DENIED_DURING_CREATE_SERVICE_LINKED_ROLE"
    };
    var ConstraintViolationExceptionReason = {
      ACCOUNT_CANNOT_LEAVE_ORGANIZATION: "ACCOUNT_CANNOT_LEAVE_ORGANIZATION",
      ACCOUNT_CANNOT_LEAVE_WITHOUT_EULA: "ACCOUNT_CANNOT_LEAVE_WITHOUT_EULA",
      ACCOUNT_CANNOT_LEAVE_WITHOUT_PHONE_VERIFICATION: "ACCOUNT_CANNOT_LEAVE_WITHOUT_PHONE_VERIFICATION",
      ACCOUNT_CREATION_NOT_COMPLETE: "ACCOUNT_CREATION_NOT_COMPLETE",
      ACCOUNT_CREATION_RATE_LIMIT_EXCEEDED: "ACCOUNT_CREATION_RATE_LIMIT_EXCEEDED",
      ACCOUNT_NOT_ACTIVE_FOR_TRANSFER_RESPONSIBILITY: "ACCOUNT_NOT_ACTIVE_FOR_TRANSFER_RESPONSIBILITY",
      ACCOUNT_NUMBER_LIMIT_EXCEEDED: "ACCOUNT_NUMBER_LIMIT_EXCEEDED",
      ACTIVE_RESPONSIBILITY_TRANSFER_PROCESS: "ACTIVE_RESPONSIBILITY_TRANSFER_PROCESS",
      ALL_FEATURES_MIGRATION_ORGANIZATION_SIZE_LIMIT_EXCEEDED: "ALL_FEATURES_MIGRATION_ORGANIZATION_SIZE_LIMIT_EXCEEDED",
      CANNOT_CLOSE_MANAGEMENT_ACCOUNT: "CANNOT_CLOSE_MANAGEMENT_ACCOUNT",
      CANNOT_REGISTER_MASTER_AS_DELEGATED_ADMINISTRATOR: "CANNOT_REGISTER_MASTER_AS_DELEGATED_ADMINISTRATOR",
      CANNOT_REGISTER_SUSPENDED_ACCOUNT_AS_DELEGATED_ADMINISTRATOR: "CANNOT_REGISTER_SUSPENDED_ACCOUNT_AS_DELEGATED_ADMINISTRATOR",
      CANNOT_REMOVE_DELEGATED_ADMINISTRATOR_FROM_ORG: "CANNOT_REMOVE_DELEGATED_ADMINISTRATOR_FROM_ORG",
      CLOSE_ACCOUNT_QUOTA_EXCEEDED: "CLOSE_ACCOUNT_QUOTA_EXCEEDED",
      CLOSE_ACCOUNT_REQUESTS_LIMIT_EXCEEDED: "CLOSE_ACCOUNT_REQUESTS_LIMIT_EXCEEDED",
      CREATE_ORGANIZATION_IN_BILLING_MODE_UNSUPPORTED_REGION: "CREATE_ORGANIZATION_IN_BILLING_MODE_UNSUPPORTED_REGION",
      DELEGATED_ADMINISTRATOR_EXISTS_FOR_THIS_SERVICE: "DELEGATED_ADMINISTRATOR_EXISTS_FOR_THIS_SERVICE",
      EMAIL_VERIFICATION_CODE_EXPIRED: "EMAIL_VERIFICATION_CODE_EXPIRED",
      HANDSHAKE_RATE_LIMIT_EXCEEDED: "HANDSHAKE_RATE_LIMIT_EXCEEDED",
      INVALID_PAYMENT_INSTRUMENT: "INVALID_PAYMENT_INSTRUMENT",
      MASTER_ACCOUNT_ADDRESS_DOES_NOT_MATCH_MARKETPLACE: "MASTER_ACCOUNT_ADDRESS_DOES_NOT_MATCH_MARKETPLACE",
      MASTER_ACCOUNT_MISSING_BUSINESS_LICENSE: "MASTER_ACCOUNT_MISSING_BUSINESS_LICENSE",
      MASTER_ACCOUNT_MISSING_CONTACT_INFO: "MASTER_ACCOUNT_MISSING_CONTACT_INFO",
      MASTER_ACCOUNT_NOT_GOVCLOUD_ENABLED: "MASTER_ACCOUNT_NOT_GOVCLOUD_ENABLED",
      MASTER_ACCOUNT_PAYMENT_INSTRUMENT_REQUIRED: "MASTER_ACCOUNT_PAYMENT_INSTRUMENT_REQUIRED",
      MAX_DELEGATED_ADMINISTRATORS_FOR_SERVICE_LIMIT_EXCEEDED: "MAX_DELEGATED_ADMINISTRATORS_FOR_SERVICE_LIMIT_EXCEEDED",
      MAX_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED: "MAX_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED",
      MAX_TAG_LIMIT_EXCEEDED: "MAX_TAG_LIMIT_EXCEEDED",
      MEMBER_ACCOUNT_PAYMENT_INSTRUMENT_REQUIRED: "MEMBER_ACCOUNT_PAYMENT_INSTRUMENT_REQUIRED",
      MIN_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED: "MIN_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED",
      ORGANIZATION_NOT_IN_ALL_FEATURES_MODE: "ORGANIZATION_NOT_IN_ALL_FEATURES_MODE",
      OU_DEPTH_LIMIT_EXCEEDED: "OU_DEPTH_LIMIT_EXCEEDED",
      OU_NUMBER_LIMIT_EXCEEDED: "OU_NUMBER_LIMIT_EXCEEDED",
      POLICY_CONTENT_LIMIT_EXCEEDED: "POLICY_CONTENT_LIMIT_EXCEEDED",
      POLICY_NUMBER_LIMIT_EXCEEDED: "POLICY_NUMBER_LIMIT_EXCEEDED",
      POLICY_TYPE_ENABLED_FOR_THIS_SERVICE: "POLICY_TYPE_ENABLED_FOR_THIS_SERVICE",
      RESPONSIBILITY_TRANSFER_MAX_INBOUND_QUOTA_VIOLATION: "RESPONSIBILITY_TRANSFER_MAX_INBOUND_QUOTA_VIOLATION",
      RESPONSIBILITY_TRANSFER_MAX_LEVEL_VIOLATION: "RESPONSIBILITY_TRANSFER_MAX_LEVEL_VIOLATION",
      RESPONSIBILITY_TRANSFER_MAX_OUTBOUND_QUOTA_VIOLATION: "RESPONSIBILITY_TRANSFER_MAX_OUTBOUND_QUOTA_VIOLATION",
      RESPONSIBILITY_TRANSFER_MAX_TRANSFERS_QUOTA_VIOLATION: "RESPONSIBILITY_TRANSFER_MAX_TRANSFERS_QUOTA_VIOLATION",
      SERVICE_ACCESS_NOT_ENABLED: "SERVICE_ACCESS_NOT_ENABLED",
      TAG_POLICY_VIOLATION: "TAG_POLICY_VIOLATION",
      TRANSFER_RESPONSIBILITY_SOURCE_DELETION_IN_PROGRESS: "TRANSFER_RESPONSIBILITY_SOURCE_DELETION_IN_PROGRESS",
      TRANSFER_RESPONSIBILITY_TARGET_DELETION_IN_PROGRESS: "TRANSFER_RESPONSIBILITY_TARGET_DELETION_IN_PROGRESS",
      TRANSFER_RESPONSIBILITY_UPDATE_NOT_ALLOWED: "TRANSFER_RESPONSIBILITY_UPDATE_NOT_ALLOWED",
      UNMET_BILLING_PREREQUISITE: "UNMET_BILLING_PREREQUISITE",
      UNSUPPORTED_PRICING: "UNSUPPORTED_PRICING",
      WAIT_PERIOD_ACTIVE: "WAIT_PERIOD_ACTIVE"
    };
    var HandshakeConstraintViolationExceptionReason = {
      ACCOUNT_NUMBER_LIMIT_EXCEEDED: "ACCOUNT_NUMBER_LIMIT_EXCEEDED",
      ALREADY_IN_AN_ORGANIZATION: "ALREADY_IN_AN_ORGANIZATION",
      HANDSHAKE_RATE_LIMIT_EXCEEDED: "HANDSHAKE_RATE_LIMIT_EXCEEDED",
      INVITE_DISABLED_DURING_ENABLE_ALL_FEATURES: "INVITE_DISABLED_DURING_ENABLE_ALL_FEATURES",
      LEGACY_PERMISSIONS_STILL_IN_USE: "LEGACY_PERMISSIONS_STILL_IN_USE",
      MANAGEMENT_ACCOUNT_EMAIL_NOT_VERIFIED: "MANAGEMENT_ACCOUNT_EMAIL_NOT_VERIFIED",
      ORGANIZATION_ALREADY_HAS_ALL_FEATURES: "ORGANIZATION_ALREADY_HAS_ALL_FEATURES",
      ORGANIZATION_FROM_DIFFERENT_SELLER_OF_RECORD: "ORGANIZATION_FROM_DIFFERENT_SELLER_OF_RECORD",
      ORGANIZATION_IS_ALREADY_PENDING_ALL_FEATURES_MIGRATION: "ORGANIZATION_IS_ALREADY_PENDING_ALL_FEATURES_MIGRATION",
      ORGANIZATION_MEMBERSHIP_CHANGE_RATE_LIMIT_EXCEEDED: "ORGANIZATION_MEMBERSHIP_CHANGE_RATE_LIMIT_EXCEEDED",
      PAST_DUE_INVOICE: "PAST_DUE_INVOICE",
      PAYMENT_INSTRUMENT_REQUIRED: "PAYMENT_INSTRUMENT_REQUIRED",
      RESPONSIBILITY_TRANSFER_ALREADY_EXISTS: "RESPONSIBILITY_TRANSFER_ALREADY_EXISTS",
      SOURCE_AND_TARGET_CANNOT_MATCH: "SOURCE_AND_TARGET_CANNOT_MATCH",
      TARGET_ACCOUNT_VALIDATION_FAILURE: "TARGET_ACCOUNT_VALIDATION_FAILURE",
      UNUSED_PREPAYMENT_BALANCE: "UNUSED_PREPAYMENT_BALANCE"
    };
    var InvalidInputExceptionReason = {
      CALLER_REQUIRED_FIELD_MISSING: "CALLER_REQUIRED_FIELD_MISSING",
      DUPLICATE_TAG_KEY: "DUPLICATE_TAG_KEY",
      END_DATE_NOT_END_OF_MONTH: "END_DATE_NOT_END_OF_MONTH",
      END_DATE_TOO_EARLY: "END_DATE_TOO_EARLY",
      END_DATE_TOO_LATE: "END_DATE_TOO_LATE",
      IMMUTABLE_POLICY: "IMMUTABLE_POLICY",
      INPUT_REQUIRED: "INPUT_REQUIRED",
      INVALID_EMAIL_ADDRESS_TARGET: "INVALID_EMAIL_ADDRESS_TARGET",
      INVALID_END_DATE: "INVALID_END_DATE",
      INVALID_ENUM: "INVALID_ENUM",
      INVALID_ENUM_POLICY_TYPE: "INVALID_ENUM_POLICY_TYPE",
      INVALID_FULL_NAME_TARGET: "INVALID_FULL_NAME_TARGET",
      INVALID_LIST_MEMBER: "INVALID_LIST_MEMBER",
      INVALID_PAGINATION_TOKEN: "INVALID_NEXT_TOKEN",
      INVALID_PARTY_TYPE_TARGET: "INVALID_PARTY_TYPE_TARGET",
      INVALID_PATTERN: "INVALID_PATTERN",
      INVALID_PATTERN_TARGET_ID: "INVALID_PATTERN_TARGET_ID",
      INVALID_PRINCIPAL: "INVALID_PRINCIPAL",
      INVALID_RESOURCE_POLICY_JSON: "INVALID_RESOURCE_POLICY_JSON",
      INVALID_ROLE_NAME: "INVALID_ROLE_NAME",
      INVALID_START_DATE: "INVALID_START_DATE",
      INVALID_SYNTAX_ORGANIZATION: "INVALID_SYNTAX_ORGANIZATION_ARN",
      INVALID_SYNTAX_POLICY: "INVALID_SYNTAX_POLICY_ID",
      INVALID_SYSTEM_TAGS_PARAMETER: "INVALID_SYSTEM_TAGS_PARAMETER",
      MAX_FILTER_LIMIT_EXCEEDED: "MAX_LIMIT_EXCEEDED_FILTER",
      MAX_LENGTH_EXCEEDED: "MAX_LENGTH_EXCEEDED",
      MAX_VALUE_EXCEEDED: "MAX_VALUE_EXCEEDED",
      MIN_LENGTH_EXCEEDED: "MIN_LENGTH_EXCEEDED",
      MIN_VALUE_EXCEEDED: "MIN_VALUE_EXCEEDED",
      MOVING_ACCOUNT_BETWEEN_DIFFERENT_ROOTS: "MOVING_ACCOUNT_BETWEEN_DIFFERENT_ROOTS",
      NON_DETACHABLE_POLICY: "NON_DETACHABLE_POLICY",
      START_DATE_NOT_BEGINNING_OF_DAY: "START_DATE_NOT_BEGINNING_OF_DAY",
      START_DATE_NOT_BEGINNING_OF_MONTH: "START_DATE_NOT_BEGINNING_OF_MONTH",
      START_DATE_TOO_EARLY: "START_DATE_TOO_EARLY",
      START_DATE_TOO_LATE: "START_DATE_TOO_LATE",
      TARGET_NOT_SUPPORTED: "TARGET_NOT_SUPPORTED",
      UNRECOGNIZED_SERVICE_PRINCIPAL: "UNRECOGNIZED_SERVICE_PRINCIPAL",
      UNSUPPORTED_ACTION_IN_RESOURCE_POLICY: "UNSUPPORTED_ACTION_IN_RESOURCE_POLICY",
      UNSUPPORTED_ACTION_IN_RESPONSIBILITY_TRANSFER: "UNSUPPORTED_ACTION_IN_RESPONSIBILITY_TRANSFER",
      UNSUPPORTED_POLICY_TYPE_IN_RESOURCE_POLICY: "UNSUPPORTED_POLICY_TYPE_IN_RESOURCE_POLICY",
      UNSUPPORTED_RESOURCE_IN_RESOURCE_POLICY: "UNSUPPORTED_RESOURCE_IN_RESOURCE_POLICY"
    };
    var AccountJoinedMethod = {
      CREATED: "CREATED",
      INVITED: "INVITED"
    };
    var AccountState = {
      ACTIVE: "ACTIVE",
      CLOSED: "CLOSED",
      PENDING_ACTIVATION: "PENDING_ACTIVATION",
      PENDING_CLOSURE: "PENDING_CLOSURE",
      SUSPENDED: "SUSPENDED"
    };
    var AccountStatus = {
      ACTIVE: "ACTIVE",
      PENDING_CLOSURE: "PENDING_CLOSURE",
      SUSPENDED: "SUSPENDED"
    };
    var IAMUserAccessToBilling = {
      ALLOW: "ALLOW",
      DENY: "DENY"
    };
    var CreateAccountFailureReason = {
      ACCOUNT_LIMIT_EXCEEDED: "ACCOUNT_LIMIT_EXCEEDED",
      CONCURRENT_ACCOUNT_MODIFICATION: "CONCURRENT_ACCOUNT_MODIFICATION",
      EMAIL_ALREADY_EXISTS: "EMAIL_ALREADY_EXISTS",
      FAILED_BUSINESS_VALIDATION: "FAILED_BUSINESS_VALIDATION",
      GOVCLOUD_ACCOUNT_ALREADY_EXISTS: "GOVCLOUD_ACCOUNT_ALREADY_EXISTS",
      INTERNAL_FAILURE: "INTERNAL_FAILURE",
      INVALID_ADDRESS: "INVALID_ADDRESS",
      INVALID_EMAIL: "INVALID_EMAIL",
      INVALID_IDENTITY_FOR_BUSINESS_VALIDATION: "INVALID_IDENTITY_FOR_BUSINESS_VALIDATION",
      INVALID_PAYMENT_INSTRUMENT: "INVALID_PAYMENT_INSTRUMENT",
      MISSING_BUSINESS_VALIDATION: "MISSING_BUSINESS_VALIDATION",
      MISSING_PAYMENT_INSTRUMENT: "MISSING_PAYMENT_INSTRUMENT",
      PENDING_BUSINESS_VALIDATIONv: "PENDING_BUSINESS_VALIDATION",
      UNKNOWN_BUSINESS_VALIDATION: "UNKNOWN_BUSINESS_VALIDATION",
      UPDATE_EXISTING_RESOURCE_POLICY_WITH_TAGS_NOT_SUPPORTED: "UPDATE_EXISTING_RESOURCE_POLICY_WITH_TAGS_NOT_SUPPORTED"
    };
    var CreateAccountState = {
      FAILED: "FAILED",
      IN_PROGRESS: "IN_PROGRESS",
      SUCCEEDED: "SUCCEEDED"
    };
    var OrganizationFeatureSet = {
      ALL: "ALL",
      CONSOLIDATED_BILLING: "CONSOLIDATED_BILLING"
    };
    var PolicyTypeStatus = {
      ENABLED: "ENABLED",
      PENDING_DISABLE: "PENDING_DISABLE",
      PENDING_ENABLE: "PENDING_ENABLE"
    };
    var PolicyType = {
      AISERVICES_OPT_OUT_POLICY: "AISERVICES_OPT_OUT_POLICY",
      BACKUP_POLICY: "BACKUP_POLICY",
      BEDROCK_POLICY: "BEDROCK_POLICY",
      CHATBOT_POLICY: "CHATBOT_POLICY",
      DECLARATIVE_POLICY_EC2: "DECLARATIVE_POLICY_EC2",
      GUARDDUTY_POLICY: "GUARDDUTY_POLICY",
      INSPECTOR_POLICY: "INSPECTOR_POLICY",
      NETWORK_SECURITY_DIRECTOR_POLICY: "NETWORK_SECURITY_DIRECTOR_POLICY",
      RESOURCE_CONTROL_POLICY: "RESOURCE_CONTROL_POLICY",
      S3_POLICY: "S3_POLICY",
      SECURITYHUB_CSPM_POLICY: "SECURITYHUB_CSPM_POLICY",
      SECURITYHUB_POLICY: "SECURITYHUB_POLICY",
      SERVICE_CONTROL_POLICY: "SERVICE_CONTROL_POLICY",
      TAG_POLICY: "TAG_POLICY",
      UPGRADE_ROLLOUT_POLICY: "UPGRADE_ROLLOUT_POLICY"
    };
    var EffectivePolicyType = {
      AISERVICES_OPT_OUT_POLICY: "AISERVICES_OPT_OUT_POLICY",
      BACKUP_POLICY: "BACKUP_POLICY",
      BEDROCK_POLICY: "BEDROCK_POLICY",
      CHATBOT_POLICY: "CHATBOT_POLICY",
      DECLARATIVE_POLICY_EC2: "DECLARATIVE_POLICY_EC2",
      GUARDDUTY_POLICY: "GUARDDUTY_POLICY",
      INSPECTOR_POLICY: "INSPECTOR_POLICY",
      NETWORK_SECURITY_DIRECTOR_POLICY: "NETWORK_SECURITY_DIRECTOR_POLICY",
      S3_POLICY: "S3_POLICY",
      SECURITYHUB_CSPM_POLICY: "SECURITYHUB_CSPM_POLICY",
      SECURITYHUB_POLICY: "SECURITYHUB_POLICY",
      TAG_POLICY: "TAG_POLICY",
      UPGRADE_ROLLOUT_POLICY: "UPGRADE_ROLLOUT_POLICY"
    };
    var ResponsibilityTransferStatus = {
      ACCEPTED: "ACCEPTED",
      CANCELED: "CANCELED",
      DECLINED: "DECLINED",
      EXPIRED: "EXPIRED",
      REQUESTED: "REQUESTED",
      WITHDRAWN: "WITHDRAWN"
    };
    var ResponsibilityTransferType = {
      BILLING: "BILLING"
    };
    var ChildType = {
      ACCOUNT: "ACCOUNT",
      ORGANIZATIONAL_UNIT: "ORGANIZATIONAL_UNIT"
    };
    var ParentType = {
      ORGANIZATIONAL_UNIT: "ORGANIZATIONAL_UNIT",
      ROOT: "ROOT"
    };
    var TargetType = {
      ACCOUNT: "ACCOUNT",
      ORGANIZATIONAL_UNIT: "ORGANIZATIONAL_UNIT",
      ROOT: "ROOT"
    };
    exports.AWSOrganizationsNotInUseException = AWSOrganizationsNotInUseException;
    exports.AWSOrganizationsNotInUseException$ = AWSOrganizationsNotInUseException$;
    exports.AcceptHandshake$ = AcceptHandshake$;
    exports.AcceptHandshakeCommand = AcceptHandshakeCommand;
    exports.AcceptHandshakeRequest$ = AcceptHandshakeRequest$;
    exports.AcceptHandshakeResponse$ = AcceptHandshakeResponse$;
    exports.AccessDeniedException = AccessDeniedException;
    exports.AccessDeniedException$ = AccessDeniedException$;
    exports.AccessDeniedForDependencyException = AccessDeniedForDependencyException;
    exports.AccessDeniedForDependencyException$ = AccessDeniedForDependencyException$;
    exports.AccessDeniedForDependencyExceptionReason = AccessDeniedForDependencyExceptionReason;
    exports.Account$ = Account$;
    exports.AccountAlreadyClosedException = AccountAlreadyClosedException;
    exports.AccountAlreadyClosedException$ = AccountAlreadyClosedException$;
    exports.AccountAlreadyRegisteredException = AccountAlreadyRegisteredException;
    exports.AccountAlreadyRegisteredException$ = AccountAlreadyRegisteredException$;
    exports.AccountJoinedMethod = AccountJoinedMethod;
    exports.AccountNotFoundException = AccountNotFoundException;
    exports.AccountNotFoundException$ = AccountNotFoundException$;
    exports.AccountNotRegisteredException = AccountNotRegisteredException;
    exports.AccountNotRegisteredException$ = AccountNotRegisteredException$;
    exports.AccountOwnerNotVerifiedException = AccountOwnerNotVerifiedException;
    exports.AccountOwnerNotVerifiedException$ = AccountOwnerNotVerifiedException$;
    exports.AccountState = AccountState;
    exports.AccountStatus = AccountStatus;
    exports.ActionType = ActionType;
    exports.AlreadyInOrganizationException = AlreadyInOrganizationException;
    exports.AlreadyInOrganizationException$ = AlreadyInOrganizationException$;
    exports.AttachPolicy$ = AttachPolicy$;
    exports.AttachPolicyCommand = AttachPolicyCommand;
    exports.AttachPolicyRequest$ = AttachPolicyRequest$;
    exports.CancelHandshake$ = CancelHandshake$;
    exports.CancelHandshakeCommand = CancelHandshakeCommand;
    exports.CancelHandshakeRequest$ = CancelHandshakeRequest$;
    exports.CancelHandshakeResponse$ = CancelHandshakeResponse$;
    exports.Child$ = Child$;
    exports.ChildNotFoundException = ChildNotFoundException;
    exports.ChildNotFoundException$ = ChildNotFoundException$;
    exports.ChildType = ChildType;
    exports.CloseAccount$ = CloseAccount$;
    exports.CloseAccountCommand = CloseAccountCommand;
    exports.CloseAccountRequest$ = CloseAccountRequest$;
    exports.ConcurrentModificationException = ConcurrentModificationException;
    exports.ConcurrentModificationException$ = ConcurrentModificationException$;
    exports.ConflictException = ConflictException;
    exports.ConflictException$ = ConflictException$;
    exports.ConstraintViolationException = ConstraintViolationException;
    exports.ConstraintViolationException$ = ConstraintViolationException$;
    exports.ConstraintViolationExceptionReason = ConstraintViolationExceptionReason;
    exports.CreateAccount$ = CreateAccount$;
    exports.CreateAccountCommand = CreateAccountCommand;
    exports.CreateAccountFailureReason = CreateAccountFailureReason;
    exports.CreateAccountRequest$ = CreateAccountRequest$;
    exports.CreateAccountResponse$ = CreateAccountResponse$;
    exports.CreateAccountState = CreateAccountState;
    exports.CreateAccountStatus$ = CreateAccountStatus$;
    exports.CreateAccountStatusNotFoundException = CreateAccountStatusNotFoundException;
    exports.CreateAccountStatusNotFoundException$ = CreateAccountStatusNotFoundException$;
    exports.CreateGovCloudAccount$ = CreateGovCloudAccount$;
    exports.CreateGovCloudAccountCommand = CreateGovCloudAccountCommand;
    exports.CreateGovCloudAccountRequest$ = CreateGovCloudAccountRequest$;
    exports.CreateGovCloudAccountResponse$ = CreateGovCloudAccountResponse$;
    exports.CreateOrganization$ = CreateOrganization$;
    exports.CreateOrganizationCommand = CreateOrganizationCommand;
    exports.CreateOrganizationRequest$ = CreateOrganizationRequest$;
    exports.CreateOrganizationResponse$ = CreateOrganizationResponse$;
    exports.CreateOrganizationalUnit$ = CreateOrganizationalUnit$;
    exports.CreateOrganizationalUnitCommand = CreateOrganizationalUnitCommand;
    exports.CreateOrganizationalUnitRequest$ = CreateOrganizationalUnitRequest$;
    exports.CreateOrganizationalUnitResponse$ = CreateOrganizationalUnitResponse$;
    exports.CreatePolicy$ = CreatePolicy$;
    exports.CreatePolicyCommand = CreatePolicyCommand;
    exports.CreatePolicyRequest$ = CreatePolicyRequest$;
    exports.CreatePolicyResponse$ = CreatePolicyResponse$;
    exports.DeclineHandshake$ = DeclineHandshake$;
    exports.DeclineHandshakeCommand = DeclineHandshakeCommand;
    exports.DeclineHandshakeRequest$ = DeclineHandshakeRequest$;
    exports.DeclineHandshakeResponse$ = DeclineHandshakeResponse$;
    exports.DelegatedAdministrator$ = DelegatedAdministrator$;
    exports.DelegatedService$ = DelegatedService$;
    exports.DeleteOrganization$ = DeleteOrganization$;
    exports.DeleteOrganizationCommand = DeleteOrganizationCommand;
    exports.DeleteOrganizationalUnit$ = DeleteOrganizationalUnit$;
    exports.DeleteOrganizationalUnitCommand = DeleteOrganizationalUnitCommand;
    exports.DeleteOrganizationalUnitRequest$ = DeleteOrganizationalUnitRequest$;
    exports.DeletePolicy$ = DeletePolicy$;
    exports.DeletePolicyCommand = DeletePolicyCommand;
    exports.DeletePolicyRequest$ = DeletePolicyRequest$;
    exports.DeleteResourcePolicy$ = DeleteResourcePolicy$;
    exports.DeleteResourcePolicyCommand = DeleteResourcePolicyCommand;
    exports.DeregisterDelegatedAdministrator$ = DeregisterDelegatedAdministrator$;
    exports.DeregisterDelegatedAdministratorCommand = DeregisterDelegatedAdministratorCommand;
    exports.DeregisterDelegatedAdministratorRequest$ = DeregisterDelegatedAdministratorRequest$;
    exports.DescribeAccount$ = DescribeAccount$;
    exports.DescribeAccountCommand = DescribeAccountCommand;
    exports.DescribeAccountRequest$ = DescribeAccountRequest$;
    exports.DescribeAccountResponse$ = DescribeAccountResponse$;
    exports.DescribeCreateAccountStatus$ = DescribeCreateAccountStatus$;
    exports.DescribeCreateAccountStatusCommand = DescribeCreateAccountStatusCommand;
    exports.DescribeCreateAccountStatusRequest$ = DescribeCreateAccountStatusRequest$;
    exports.DescribeCreateAccountStatusResponse$ = DescribeCreateAccountStatusResponse$;
    exports.DescribeEffectivePolicy$ = DescribeEffectivePolicy$;
    exports.DescribeEffectivePolicyCommand = DescribeEffectivePolicyCommand;
    exports.DescribeEffectivePolicyRequest$ = DescribeEffectivePolicyRequest$;
    exports.DescribeEffectivePolicyResponse$ = DescribeEffectivePolicyResponse$;
    exports.DescribeHandshake$ = DescribeHandshake$;
    exports.DescribeHandshakeCommand = DescribeHandshakeCommand;
    exports.DescribeHandshakeRequest$ = DescribeHandshakeRequest$;
    exports.DescribeHandshakeResponse$ = DescribeHandshakeResponse$;
    exports.DescribeOrganization$ = DescribeOrganization$;
    exports.DescribeOrganizationCommand = DescribeOrganizationCommand;
    exports.DescribeOrganizationResponse$ = DescribeOrganizationResponse$;
    exports.DescribeOrganizationalUnit$ = DescribeOrganizationalUnit$;
    exports.DescribeOrganizationalUnitCommand = DescribeOrganizationalUnitCommand;
    exports.DescribeOrganizationalUnitRequest$ = DescribeOrganizationalUnitRequest$;
    exports.DescribeOrganizationalUnitResponse$ = DescribeOrganizationalUnitResponse$;
    exports.DescribePolicy$ = DescribePolicy$;
    exports.DescribePolicyCommand = DescribePolicyCommand;
    exports.DescribePolicyRequest$ = DescribePolicyRequest$;
    exports.DescribePolicyResponse$ = DescribePolicyResponse$;
    exports.DescribeResourcePolicy$ = DescribeResourcePolicy$;
    exports.DescribeResourcePolicyCommand = DescribeResourcePolicyCommand;
    exports.DescribeResourcePolicyResponse$ = DescribeResourcePolicyResponse$;
    exports.DescribeResponsibilityTransfer$ = DescribeResponsibilityTransfer$;
    exports.DescribeResponsibilityTransferCommand = DescribeResponsibilityTransferCommand;
    exports.DescribeResponsibilityTransferRequest$ = DescribeResponsibilityTransferRequest$;
    exports.DescribeResponsibilityTransferResponse$ = DescribeResponsibilityTransferResponse$;
    exports.DestinationParentNotFoundException = DestinationParentNotFoundException;
    exports.DestinationParentNotFoundException$ = DestinationParentNotFoundException$;
    exports.DetachPolicy$ = DetachPolicy$;
    exports.DetachPolicyCommand = DetachPolicyCommand;
    exports.DetachPolicyRequest$ = DetachPolicyRequest$;
    exports.DisableAWSServiceAccess$ = DisableAWSServiceAccess$;
    exports.DisableAWSServiceAccessCommand = DisableAWSServiceAccessCommand;
    exports.DisableAWSServiceAccessRequest$ = DisableAWSServiceAccessRequest$;
    exports.DisablePolicyType$ = DisablePolicyType$;
    exports.DisablePolicyTypeCommand = DisablePolicyTypeCommand;
    exports.DisablePolicyTypeRequest$ = DisablePolicyTypeRequest$;
    exports.DisablePolicyTypeResponse$ = DisablePolicyTypeResponse$;
    exports.DuplicateAccountException = DuplicateAccountException;
    exports.DuplicateAccountException$ = DuplicateAccountException$;
    exports.DuplicateHandshakeException = DuplicateHandshakeException;
    exports.DuplicateHandshakeException$ = DuplicateHandshakeException$;
    exports.DuplicateOrganizationalUnitException = DuplicateOrganizationalUnitException;
    exports.DuplicateOrganizationalUnitException$ = DuplicateOrganizationalUnitException$;
    exports.DuplicatePolicyAttachmentException = DuplicatePolicyAttachmentException;
    exports.DuplicatePolicyAttachmentException$ = DuplicatePolicyAttachmentException$;
    exports.DuplicatePolicyException = DuplicatePolicyException;
    exports.DuplicatePolicyException$ = DuplicatePolicyException$;
    exports.EffectivePolicy$ = EffectivePolicy$;
    exports.EffectivePolicyNotFoundException = EffectivePolicyNotFoundException;
    exports.EffectivePolicyNotFoundException$ = EffectivePolicyNotFoundException$;
    exports.EffectivePolicyType = EffectivePolicyType;
    exports.EffectivePolicyValidationError$ = EffectivePolicyValidationError$;
    exports.EnableAWSServiceAccess$ = EnableAWSServiceAccess$;
    exports.EnableAWSServiceAccessCommand = EnableAWSServiceAccessCommand;
    exports.EnableAWSServiceAccessRequest$ = EnableAWSServiceAccessRequest$;
    exports.EnableAllFeatures$ = EnableAllFeatures$;
    exports.EnableAllFeaturesCommand = EnableAllFeaturesCommand;
    exports.EnableAllFeaturesRequest$ = EnableAllFeaturesRequest$;
    exports.EnableAllFeaturesResponse$ = EnableAllFeaturesResponse$;
    exports.EnablePolicyType$ = EnablePolicyType$;
    exports.EnablePolicyTypeCommand = EnablePolicyTypeCommand;
    exports.EnablePolicyTypeRequest$ = EnablePolicyTypeRequest$;
    exports.EnablePolicyTypeResponse$ = EnablePolicyTypeResponse$;
    exports.EnabledServicePrincipal$ = EnabledServicePrincipal$;
    exports.FinalizingOrganizationException = FinalizingOrganizationException;
    exports.FinalizingOrganizationException$ = FinalizingOrganizationException$;
    exports.Handshake$ = Handshake$;
    exports.HandshakeAlreadyInStateException = HandshakeAlreadyInStateException;
    exports.HandshakeAlreadyInStateException$ = HandshakeAlreadyInStateException$;
    exports.HandshakeConstraintViolationException = HandshakeConstraintViolationException;
    exports.HandshakeConstraintViolationException$ = HandshakeConstraintViolationException$;
    exports.HandshakeConstraintViolationExceptionReason = HandshakeConstraintViolationExceptionReason;
    exports.HandshakeFilter$ = HandshakeFilter$;
    exports.HandshakeNotFoundException = HandshakeNotFoundException;
    exports.HandshakeNotFoundException$ = HandshakeNotFoundException$;
    exports.HandshakeParty$ = HandshakeParty$;
    exports.HandshakePartyType = HandshakePartyType;
    exports.HandshakeResource$ = HandshakeResource$;
    exports.HandshakeResourceType = HandshakeResourceType;
    exports.HandshakeState = HandshakeState;
    exports.IAMUserAccessToBilling = IAMUserAccessToBilling;
    exports.InvalidHandshakeTransitionException = InvalidHandshakeTransitionException;
    exports.InvalidHandshakeTransitionException$ = InvalidHandshakeTransitionException$;
    exports.InvalidInputException = InvalidInputException;
    exports.InvalidInputException$ = InvalidInputException$;
    exports.InvalidInputExceptionReason = InvalidInputExceptionReason;
    exports.InvalidResponsibilityTransferTransitionException = InvalidResponsibilityTransferTransitionException;
    exports.InvalidResponsibilityTransferTransitionException$ = InvalidResponsibilityTransferTransitionException$;
    exports.InviteAccountToOrganization$ = InviteAccountToOrganization$;
    exports.InviteAccountToOrganizationCommand = InviteAccountToOrganizationCommand;
    exports.InviteAccountToOrganizationRequest$ = InviteAccountToOrganizationRequest$;
    exports.InviteAccountToOrganizationResponse$ = InviteAccountToOrganizationResponse$;
    exports.InviteOrganizationToTransferResponsibility$ = InviteOrganizationToTransferResponsibility$;
    exports.InviteOrganizationToTransferResponsibilityCommand = InviteOrganizationToTransferResponsibilityCommand;
    exports.InviteOrganizationToTransferResponsibilityRequest$ = InviteOrganizationToTransferResponsibilityRequest$;
    exports.InviteOrganizationToTransferResponsibilityResponse$ = InviteOrganizationToTransferResponsibilityResponse$;
    exports.LeaveOrganization$ = LeaveOrganization$;
    exports.LeaveOrganizationCommand = LeaveOrganizationCommand;
    exports.ListAWSServiceAccessForOrganization$ = ListAWSServiceAccessForOrganization$;
    exports.ListAWSServiceAccessForOrganizationCommand = ListAWSServiceAccessForOrganizationCommand;
    exports.ListAWSServiceAccessForOrganizationRequest$ = ListAWSServiceAccessForOrganizationRequest$;
    exports.ListAWSServiceAccessForOrganizationResponse$ = ListAWSServiceAccessForOrganizationResponse$;
    exports.ListAccounts$ = ListAccounts$;
    exports.ListAccountsCommand = ListAccountsCommand;
    exports.ListAccountsForParent$ = ListAccountsForParent$;
    exports.ListAccountsForParentCommand = ListAccountsForParentCommand;
    exports.ListAccountsForParentRequest$ = ListAccountsForParentRequest$;
    exports.ListAccountsForParentResponse$ = ListAccountsForParentResponse$;
    exports.ListAccountsRequest$ = ListAccountsRequest$;
    exports.ListAccountsResponse$ = ListAccountsResponse$;
    exports.ListAccountsWithInvalidEffectivePolicy$ = ListAccountsWithInvalidEffectivePolicy$;
    exports.ListAccountsWithInvalidEffectivePolicyCommand = ListAccountsWithInvalidEffectivePolicyCommand;
    exports.ListAccountsWithInvalidEffectivePolicyRequest$ = ListAccountsWithInvalidEffectivePolicyRequest$;
    exports.ListAccountsWithInvalidEffectivePolicyResponse$ = ListAccountsWithInvalidEffectivePolicyResponse$;
    exports.ListChildren$ = ListChildren$;
    exports.ListChildrenCommand = ListChildrenCommand;
    exports.ListChildrenRequest$ = ListChildrenRequest$;
    exports.ListChildrenResponse$ = ListChildrenResponse$;
    exports.ListCreateAccountStatus$ = ListCreateAccountStatus$;
    exports.ListCreateAccountStatusCommand = ListCreateAccountStatusCommand;
    exports.ListCreateAccountStatusRequest$ = ListCreateAccountStatusRequest$;
    exports.ListCreateAccountStatusResponse$ = ListCreateAccountStatusResponse$;
    exports.ListDelegatedAdministrators$ = ListDelegatedAdministrators$;
    exports.ListDelegatedAdministratorsCommand = ListDelegatedAdministratorsCommand;
    exports.ListDelegatedAdministratorsRequest$ = ListDelegatedAdministratorsRequest$;
    exports.ListDelegatedAdministratorsResponse$ = ListDelegatedAdministratorsResponse$;
    exports.ListDelegatedServicesForAccount$ = ListDelegatedServicesForAccount$;
    exports.ListDelegatedServicesForAccountCommand = ListDelegatedServicesForAccountCommand;
    exports.ListDelegatedServicesForAccountRequest$ = ListDelegatedServicesForAccountRequest$;
    exports.ListDelegatedServicesForAccountResponse$ = ListDelegatedServicesForAccountResponse$;
    exports.ListEffectivePolicyValidationErrors$ = ListEffectivePolicyValidationErrors$;
    exports.ListEffectivePolicyValidationErrorsCommand = ListEffectivePolicyValidationErrorsCommand;
    exports.ListEffectivePolicyValidationErrorsRequest$ = ListEffectivePolicyValidationErrorsRequest$;
    exports.ListEffectivePolicyValidationErrorsResponse$ = ListEffectivePolicyValidationErrorsResponse$;
    exports.ListHandshakesForAccount$ = ListHandshakesForAccount$;
    exports.ListHandshakesForAccountCommand = ListHandshakesForAccountCommand;
    exports.ListHandshakesForAccountRequest$ = ListHandshakesForAccountRequest$;
    exports.ListHandshakesForAccountResponse$ = ListHandshakesForAccountResponse$;
    exports.ListHandshakesForOrganization$ = ListHandshakesForOrganization$;
    exports.ListHandshakesForOrganizationCommand = ListHandshakesForOrganizationCommand;
    exports.ListHandshakesForOrganizationRequest$ = ListHandshakesForOrganizationRequest$;
    exports.ListHandshakesForOrganizationResponse$ = ListHandshakesForOrganizationResponse$;
    exports.ListInboundResponsibilityTransfers$ = ListInboundResponsibilityTransfers$;
    exports.ListInboundResponsibilityTransfersCommand = ListInboundResponsibilityTransfersCommand;
    exports.ListInboundResponsibilityTransfersRequest$ = ListInboundResponsibilityTransfersRequest$;
    exports.ListInboundResponsibilityTransfersResponse$ = ListInboundResponsibilityTransfersResponse$;
    exports.ListOrganizationalUnitsForParent$ = ListOrganizationalUnitsForParent$;
    exports.ListOrganizationalUnitsForParentCommand = ListOrganizationalUnitsForParentCommand;
    exports.ListOrganizationalUnitsForParentRequest$ = ListOrganizationalUnitsForParentRequest$;
    exports.ListOrganizationalUnitsForParentResponse$ = ListOrganizationalUnitsForParentResponse$;
    exports.ListOutboundResponsibilityTransfers$ = ListOutboundResponsibilityTransfers$;
    exports.ListOutboundResponsibilityTransfersCommand = ListOutboundResponsibilityTransfersCommand;
    exports.ListOutboundResponsibilityTransfersRequest$ = ListOutboundResponsibilityTransfersRequest$;
    exports.ListOutboundResponsibilityTransfersResponse$ = ListOutboundResponsibilityTransfersResponse$;
    exports.ListParents$ = ListParents$;
    exports.ListParentsCommand = ListParentsCommand;
    exports.ListParentsRequest$ = ListParentsRequest$;
    exports.ListParentsResponse$ = ListParentsResponse$;
    exports.ListPolicies$ = ListPolicies$;
    exports.ListPoliciesCommand = ListPoliciesCommand;
    exports.ListPoliciesForTarget$ = ListPoliciesForTarget$;
    exports.ListPoliciesForTargetCommand = ListPoliciesForTargetCommand;
    exports.ListPoliciesForTargetRequest$ = ListPoliciesForTargetRequest$;
    exports.ListPoliciesForTargetResponse$ = ListPoliciesForTargetResponse$;
    exports.ListPoliciesRequest$ = ListPoliciesRequest$;
    exports.ListPoliciesResponse$ = ListPoliciesResponse$;
    exports.ListRoots$ = ListRoots$;
    exports.ListRootsCommand = ListRootsCommand;
    exports.ListRootsRequest$ = ListRootsRequest$;
    exports.ListRootsResponse$ = ListRootsResponse$;
    exports.ListTagsForResource$ = ListTagsForResource$;
    exports.ListTagsForResourceCommand = ListTagsForResourceCommand;
    exports.ListTagsForResourceRequest$ = ListTagsForResourceRequest$;
    exports.ListTagsForResourceResponse$ = ListTagsForResourceResponse$;
    exports.ListTargetsForPolicy$ = ListTargetsForPolicy$;
    exports.ListTargetsForPolicyCommand = ListTargetsForPolicyCommand;
    exports.ListTargetsForPolicyRequest$ = ListTargetsForPolicyRequest$;
    exports.ListTargetsForPolicyResponse$ = ListTargetsForPolicyResponse$;
    exports.MalformedPolicyDocumentException = MalformedPolicyDocumentException;
    exports.MalformedPolicyDocumentException$ = MalformedPolicyDocumentException$;
    exports.MasterCannotLeaveOrganizationException = MasterCannotLeaveOrganizationException;
    exports.MasterCannotLeaveOrganizationException$ = MasterCannotLeaveOrganizationException$;
    exports.MoveAccount$ = MoveAccount$;
    exports.MoveAccountCommand = MoveAccountCommand;
    exports.MoveAccountRequest$ = MoveAccountRequest$;
    exports.Organization$ = Organization$;
    exports.OrganizationFeatureSet = OrganizationFeatureSet;
    exports.OrganizationNotEmptyException = OrganizationNotEmptyException;
    exports.OrganizationNotEmptyException$ = OrganizationNotEmptyException$;
    exports.OrganizationalUnit$ = OrganizationalUnit$;
    exports.OrganizationalUnitNotEmptyException = OrganizationalUnitNotEmptyException;
    exports.OrganizationalUnitNotEmptyException$ = OrganizationalUnitNotEmptyException$;
    exports.OrganizationalUnitNotFoundException = OrganizationalUnitNotFoundException;
    exports.OrganizationalUnitNotFoundException$ = OrganizationalUnitNotFoundException$;
    exports.Organizations = Organizations;
    exports.OrganizationsClient = OrganizationsClient;
    exports.OrganizationsServiceException = OrganizationsServiceException;
    exports.OrganizationsServiceException$ = OrganizationsServiceException$;
    exports.Parent$ = Parent$;
    exports.ParentNotFoundException = ParentNotFoundException;
    exports.ParentNotFoundException$ = ParentNotFoundException$;
    exports.ParentType = ParentType;
    exports.Policy$ = Policy$;
    exports.PolicyChangesInProgressException = PolicyChangesInProgressException;
    exports.PolicyChangesInProgressException$ = PolicyChangesInProgressException$;
    exports.PolicyInUseException = PolicyInUseException;
    exports.PolicyInUseException$ = PolicyInUseException$;
    exports.PolicyNotAttachedException = PolicyNotAttachedException;
    exports.PolicyNotAttachedException$ = PolicyNotAttachedException$;
    exports.PolicyNotFoundException = PolicyNotFoundException;
    exports.PolicyNotFoundException$ = PolicyNotFoundException$;
    exports.PolicySummary$ = PolicySummary$;
    exports.PolicyTargetSummary$ = PolicyTargetSummary$;
    exports.PolicyType = PolicyType;
    exports.PolicyTypeAlreadyEnabledException = PolicyTypeAlreadyEnabledException;
    exports.PolicyTypeAlreadyEnabledException$ = PolicyTypeAlreadyEnabledException$;
    exports.PolicyTypeNotAvailableForOrganizationException = PolicyTypeNotAvailableForOrganizationException;
    exports.PolicyTypeNotAvailableForOrganizationException$ = PolicyTypeNotAvailableForOrganizationException$;
    exports.PolicyTypeNotEnabledException = PolicyTypeNotEnabledException;
    exports.PolicyTypeNotEnabledException$ = PolicyTypeNotEnabledException$;
    exports.PolicyTypeStatus = PolicyTypeStatus;
    exports.PolicyTypeSummary$ = PolicyTypeSummary$;
    exports.PutResourcePolicy$ = PutResourcePolicy$;
    exports.PutResourcePolicyCommand = PutResourcePolicyCommand;
    exports.PutResourcePolicyRequest$ = PutResourcePolicyRequest$;
    exports.PutResourcePolicyResponse$ = PutResourcePolicyResponse$;
    exports.RegisterDelegatedAdministrator$ = RegisterDelegatedAdministrator$;
    exports.RegisterDelegatedAdministratorCommand = RegisterDelegatedAdministratorCommand;
    exports.RegisterDelegatedAdministratorRequest$ = RegisterDelegatedAdministratorRequest$;
    exports.RemoveAccountFromOrganization$ = RemoveAccountFromOrganization$;
    exports.RemoveAccountFromOrganizationCommand = RemoveAccountFromOrganizationCommand;
    exports.RemoveAccountFromOrganizationRequest$ = RemoveAccountFromOrganizationRequest$;
    exports.ResourcePolicy$ = ResourcePolicy$;
    exports.ResourcePolicyNotFoundException = ResourcePolicyNotFoundException;
    exports.ResourcePolicyNotFoundException$ = ResourcePolicyNotFoundException$;
    exports.ResourcePolicySummary$ = ResourcePolicySummary$;
    exports.ResponsibilityTransfer$ = ResponsibilityTransfer$;
    exports.ResponsibilityTransferAlreadyInStatusException = ResponsibilityTransferAlreadyInStatusException;
    exports.ResponsibilityTransferAlreadyInStatusException$ = ResponsibilityTransferAlreadyInStatusException$;
    exports.ResponsibilityTransferNotFoundException = ResponsibilityTransferNotFoundException;
    exports.ResponsibilityTransferNotFoundException$ = ResponsibilityTransferNotFoundException$;
    exports.ResponsibilityTransferStatus = ResponsibilityTransferStatus;
    exports.ResponsibilityTransferType = ResponsibilityTransferType;
    exports.Root$ = Root$;
    exports.RootNotFoundException = RootNotFoundException;
    exports.RootNotFoundException$ = RootNotFoundException$;
    exports.ServiceException = ServiceException;
    exports.ServiceException$ = ServiceException$;
    exports.SourceParentNotFoundException = SourceParentNotFoundException;
    exports.SourceParentNotFoundException$ = SourceParentNotFoundException$;
    exports.Tag$ = Tag$;
    exports.TagResource$ = TagResource$;
    exports.TagResourceCommand = TagResourceCommand;
    exports.TagResourceRequest$ = TagResourceRequest$;
    exports.TargetNotFoundException = TargetNotFoundException;
    exports.TargetNotFoundException$ = TargetNotFoundException$;
    exports.TargetType = TargetType;
    exports.TerminateResponsibilityTransfer$ = TerminateResponsibilityTransfer$;
    exports.TerminateResponsibilityTransferCommand = TerminateResponsibilityTransferCommand;
    exports.TerminateResponsibilityTransferRequest$ = TerminateResponsibilityTransferRequest$;
    exports.TerminateResponsibilityTransferResponse$ = TerminateResponsibilityTransferResponse$;
    exports.TooManyRequestsException = TooManyRequestsException;
    exports.TooManyRequestsException$ = TooManyRequestsException$;
    exports.TransferParticipant$ = TransferParticipant$;
    exports.UnsupportedAPIEndpointException = UnsupportedAPIEndpointException;
    exports.UnsupportedAPIEndpointException$ = UnsupportedAPIEndpointException$;
    exports.UntagResource$ = UntagResource$;
    exports.UntagResourceCommand = UntagResourceCommand;
    exports.UntagResourceRequest$ = UntagResourceRequest$;
    exports.UpdateOrganizationalUnit$ = UpdateOrganizationalUnit$;
    exports.UpdateOrganizationalUnitCommand = UpdateOrganizationalUnitCommand;
    exports.UpdateOrganizationalUnitRequest$ = UpdateOrganizationalUnitRequest$;
    exports.UpdateOrganizationalUnitResponse$ = UpdateOrganizationalUnitResponse$;
    exports.UpdatePolicy$ = UpdatePolicy$;
    exports.UpdatePolicyCommand = UpdatePolicyCommand;
    exports.UpdatePolicyRequest$ = UpdatePolicyRequest$;
    exports.UpdatePolicyResponse$ = UpdatePolicyResponse$;
    exports.UpdateResponsibilityTransfer$ = UpdateResponsibilityTransfer$;
    exports.UpdateResponsibilityTransferCommand = UpdateResponsibilityTransferCommand;
    exports.UpdateResponsibilityTransferRequest$ = UpdateResponsibilityTransferRequest$;
    exports.UpdateResponsibilityTransferResponse$ = UpdateResponsibilityTransferResponse$;
    exports.errorTypeRegistries = errorTypeRegistries;
    exports.paginateListAWSServiceAccessForOrganization = paginateListAWSServiceAccessForOrganization;
    exports.paginateListAccounts = paginateListAccounts;
    exports.paginateListAccountsForParent = paginateListAccountsForParent;
    exports.paginateListAccountsWithInvalidEffectivePolicy = paginateListAccountsWithInvalidEffectivePolicy;
    exports.paginateListChildren = paginateListChildren;
    exports.paginateListCreateAccountStatus = paginateListCreateAccountStatus;
    exports.paginateListDelegatedAdministrators = paginateListDelegatedAdministrators;
    exports.paginateListDelegatedServicesForAccount = paginateListDelegatedServicesForAccount;
    exports.paginateListEffectivePolicyValidationErrors = paginateListEffectivePolicyValidationErrors;
    exports.paginateListHandshakesForAccount = paginateListHandshakesForAccount;
    exports.paginateListHandshakesForOrganization = paginateListHandshakesForOrganization;
    exports.paginateListOrganizationalUnitsForParent = paginateListOrganizationalUnitsForParent;
    exports.paginateListParents = paginateListParents;
    exports.paginateListPolicies = paginateListPolicies;
    exports.paginateListPoliciesForTarget = paginateListPoliciesForTarget;
    exports.paginateListRoots = paginateListRoots;
    exports.paginateListTagsForResource = paginateListTagsForResource;
    exports.paginateListTargetsForPolicy = paginateListTargetsForPolicy;
  }
});
export default require_dist_cjs3();
//# sourceMappingURL=dist-cjs-5GZGEUK7.js.map
