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

// node_modules/@aws-sdk/client-sso-admin/dist-cjs/index.js
var require_dist_cjs3 = __commonJS({
  "node_modules/@aws-sdk/client-sso-admin/dist-cjs/index.js"(exports) {
    var { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = (init_client2(), __toCommonJS(client_exports2));
    var { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = (init_dist_es(), __toCommonJS(dist_es_exports));
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
    var { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = (init_serde(), __toCommonJS(serde_exports));
    var { streamCollector, NodeHttpHandler } = require_dist_cjs();
    var { AwsJson1_1Protocol } = (init_protocols2(), __toCommonJS(protocols_exports2));
    var { Sha256 } = (init_checksum(), __toCommonJS(checksum_exports));
    var defaultSSOAdminHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
          name: "sso",
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
    var defaultSSOAdminHttpAuthSchemeProvider = (authParameters) => {
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
        defaultSigningName: "sso"
      });
    };
    var commonParams = {
      UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
      Endpoint: { type: "builtInParams", name: "endpoint" },
      Region: { type: "builtInParams", name: "region" },
      UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
    };
    var version = "3.1137.0";
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
        [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]],
        ["stringEquals", [{ fn: f, argv: [h, "name"] }, "aws-us-gov"]]
      ],
      results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [g, i],
        ["https://sso-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://sso.{Region}.amazonaws.com", i],
        ["https://sso-fips.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://sso.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://sso.{Region}.{PartitionResult#dnsSuffix}", i],
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
      13,
      3,
      1,
      4,
      r + 12,
      2,
      5,
      r + 12,
      3,
      8,
      6,
      4,
      7,
      r + 11,
      5,
      r + 9,
      r + 10,
      4,
      11,
      9,
      6,
      10,
      r + 8,
      7,
      r + 6,
      r + 7,
      5,
      12,
      r + 5,
      6,
      r + 4,
      r + 5,
      3,
      r + 1,
      14,
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
    var SSOAdminServiceException = class _SSOAdminServiceException extends ServiceException {
      constructor(options) {
        super(options);
        Object.setPrototypeOf(this, _SSOAdminServiceException.prototype);
      }
    };
    var AccessDeniedException = class _AccessDeniedException extends SSOAdminServiceException {
      name = "AccessDeniedException";
      $fault = "client";
      Message;
      Reason;
      constructor(opts) {
        super({
          name: "AccessDeniedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AccessDeniedException.prototype);
        this.Message = opts.Message;
        this.Reason = opts.Reason;
      }
    };
    var ConflictException = class _ConflictException extends SSOAdminServiceException {
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
    var InternalServerException = class _InternalServerException extends SSOAdminServiceException {
      name = "InternalServerException";
      $fault = "server";
      Message;
      constructor(opts) {
        super({
          name: "InternalServerException",
          $fault: "server",
          ...opts
        });
        Object.setPrototypeOf(this, _InternalServerException.prototype);
        this.Message = opts.Message;
      }
    };
    var ServiceQuotaExceededException = class _ServiceQuotaExceededException extends SSOAdminServiceException {
      name = "ServiceQuotaExceededException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ServiceQuotaExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ServiceQuotaExceededException.prototype);
        this.Message = opts.Message;
      }
    };
    var ThrottlingException = class _ThrottlingException extends SSOAdminServiceException {
      name = "ThrottlingException";
      $fault = "client";
      Message;
      Reason;
      constructor(opts) {
        super({
          name: "ThrottlingException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ThrottlingException.prototype);
        this.Message = opts.Message;
        this.Reason = opts.Reason;
      }
    };
    var ValidationException = class _ValidationException extends SSOAdminServiceException {
      name = "ValidationException";
      $fault = "client";
      Message;
      Reason;
      constructor(opts) {
        super({
          name: "ValidationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ValidationException.prototype);
        this.Message = opts.Message;
        this.Reason = opts.Reason;
      }
    };
    var ResourceNotFoundException = class _ResourceNotFoundException extends SSOAdminServiceException {
      name = "ResourceNotFoundException";
      $fault = "client";
      Message;
      Reason;
      constructor(opts) {
        super({
          name: "ResourceNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResourceNotFoundException.prototype);
        this.Message = opts.Message;
        this.Reason = opts.Reason;
      }
    };
    var _A = "Application";
    var _AA = "AccountAssignment";
    var _AACRI = "AccountAssignmentCreationRequestId";
    var _AACS = "AccountAssignmentCreationStatus";
    var _AACSc = "AccountAssignmentsCreationStatus";
    var _AADRI = "AccountAssignmentDeletionRequestId";
    var _AADS = "AccountAssignmentDeletionStatus";
    var _AADSc = "AccountAssignmentsDeletionStatus";
    var _AAFP = "AccountAssignmentForPrincipal";
    var _AAFPp = "ApplicationAssignmentForPrincipal";
    var _AAL = "AccountAssignmentList";
    var _AALFP = "AccountAssignmentListForPrincipal";
    var _AALFPp = "ApplicationAssignmentListForPrincipal";
    var _AALp = "ApplicationAssignmentsList";
    var _AAOS = "AccountAssignmentOperationStatus";
    var _AAOSL = "AccountAssignmentOperationStatusList";
    var _AAOSM = "AccountAssignmentOperationStatusMetadata";
    var _AAc = "AccountAssignments";
    var _AAp = "ApplicationArn";
    var _AApp = "ApplicationAccount";
    var _AAppl = "ApplicationAssignment";
    var _AAppli = "ApplicationAssignments";
    var _AAu = "AuthorizedAudiences";
    var _AC = "AuthorizationCode";
    var _ACA = "AccessControlAttribute";
    var _ACAL = "AccessControlAttributeList";
    var _ACAV = "AccessControlAttributeValue";
    var _ACAc = "AccessControlAttributes";
    var _ACG = "AuthorizationCodeGrant";
    var _ACMPRTPS = "AttachCustomerManagedPolicyReferenceToPermissionSet";
    var _ACMPRTPSR = "AttachCustomerManagedPolicyReferenceToPermissionSetRequest";
    var _ACMPRTPSRt = "AttachCustomerManagedPolicyReferenceToPermissionSetResponse";
    var _AD = "AddedDate";
    var _ADE = "AccessDeniedException";
    var _AI = "AccountId";
    var _AIc = "AccountIds";
    var _AL = "ApplicationList";
    var _AM = "AuthenticationMethod";
    var _AMI = "AuthenticationMethodItem";
    var _AMP = "AttachedManagedPolicy";
    var _AMPL = "AttachedManagedPolicyList";
    var _AMPTPS = "AttachManagedPolicyToPermissionSet";
    var _AMPTPSR = "AttachManagedPolicyToPermissionSetRequest";
    var _AMPTPSRt = "AttachManagedPolicyToPermissionSetResponse";
    var _AMPt = "AttachedManagedPolicies";
    var _AMT = "AuthenticationMethodType";
    var _AMu = "AuthenticationMethods";
    var _AP = "ApplicationProvider";
    var _APA = "ApplicationProviderArn";
    var _APL = "ApplicationProviderList";
    var _APc = "ActorPolicy";
    var _APp = "ApplicationProviders";
    var _AR = "AssignmentRequired";
    var _ARR = "AddRegionRequest";
    var _ARRd = "AddRegionResponse";
    var _ARd = "AddRegion";
    var _AT = "AuthorizedTargets";
    var _ATI = "AuthorizedTokenIssuer";
    var _ATIu = "AuthorizedTokenIssuers";
    var _AU = "ApplicationUrl";
    var _Ap = "Applications";
    var _Ar = "Arn";
    var _CA = "CreateApplication";
    var _CAA = "CreateAccountAssignment";
    var _CAAR = "CreateAccountAssignmentRequest";
    var _CAARr = "CreateAccountAssignmentResponse";
    var _CAARre = "CreateApplicationAssignmentRequest";
    var _CAARrea = "CreateApplicationAssignmentResponse";
    var _CAAr = "CreateApplicationAssignment";
    var _CAP = "ClaimAttributePath";
    var _CAR = "CreateApplicationRequest";
    var _CARr = "CreateApplicationResponse";
    var _CD = "CreatedDate";
    var _CE = "ConflictException";
    var _CF = "CreatedFrom";
    var _CI = "CreateInstance";
    var _CIACAC = "CreateInstanceAccessControlAttributeConfiguration";
    var _CIACACR = "CreateInstanceAccessControlAttributeConfigurationRequest";
    var _CIACACRr = "CreateInstanceAccessControlAttributeConfigurationResponse";
    var _CIR = "CreateInstanceRequest";
    var _CIRr = "CreateInstanceResponse";
    var _CMPR = "CustomerManagedPolicyReference";
    var _CMPRL = "CustomerManagedPolicyReferenceList";
    var _CMPRu = "CustomerManagedPolicyReferences";
    var _CPS = "CreatePermissionSet";
    var _CPSR = "CreatePermissionSetRequest";
    var _CPSRr = "CreatePermissionSetResponse";
    var _CT = "ClientToken";
    var _CTTI = "CreateTrustedTokenIssuer";
    var _CTTIR = "CreateTrustedTokenIssuerRequest";
    var _CTTIRr = "CreateTrustedTokenIssuerResponse";
    var _D = "Description";
    var _DA = "DeleteApplication";
    var _DAA = "DeleteAccountAssignment";
    var _DAACS = "DescribeAccountAssignmentCreationStatus";
    var _DAACSR = "DescribeAccountAssignmentCreationStatusRequest";
    var _DAACSRe = "DescribeAccountAssignmentCreationStatusResponse";
    var _DAADS = "DescribeAccountAssignmentDeletionStatus";
    var _DAADSR = "DescribeAccountAssignmentDeletionStatusRequest";
    var _DAADSRe = "DescribeAccountAssignmentDeletionStatusResponse";
    var _DAAM = "DeleteApplicationAuthenticationMethod";
    var _DAAMR = "DeleteApplicationAuthenticationMethodRequest";
    var _DAAR = "DeleteAccountAssignmentRequest";
    var _DAARe = "DeleteAccountAssignmentResponse";
    var _DAARel = "DeleteApplicationAssignmentRequest";
    var _DAARele = "DeleteApplicationAssignmentResponse";
    var _DAARes = "DescribeApplicationAssignmentRequest";
    var _DAAResc = "DescribeApplicationAssignmentResponse";
    var _DAAS = "DeleteApplicationAccessScope";
    var _DAASR = "DeleteApplicationAccessScopeRequest";
    var _DAAe = "DeleteApplicationAssignment";
    var _DAAes = "DescribeApplicationAssignment";
    var _DAG = "DeleteApplicationGrant";
    var _DAGR = "DeleteApplicationGrantRequest";
    var _DAP = "DescribeApplicationProvider";
    var _DAPR = "DescribeApplicationProviderRequest";
    var _DAPRe = "DescribeApplicationProviderResponse";
    var _DAR = "DeleteApplicationRequest";
    var _DARe = "DeleteApplicationResponse";
    var _DARes = "DescribeApplicationRequest";
    var _DAResc = "DescribeApplicationResponse";
    var _DAe = "DescribeApplication";
    var _DCMPRFPS = "DetachCustomerManagedPolicyReferenceFromPermissionSet";
    var _DCMPRFPSR = "DetachCustomerManagedPolicyReferenceFromPermissionSetRequest";
    var _DCMPRFPSRe = "DetachCustomerManagedPolicyReferenceFromPermissionSetResponse";
    var _DD = "DisplayData";
    var _DI = "DeleteInstance";
    var _DIACAC = "DeleteInstanceAccessControlAttributeConfiguration";
    var _DIACACR = "DeleteInstanceAccessControlAttributeConfigurationRequest";
    var _DIACACRe = "DeleteInstanceAccessControlAttributeConfigurationResponse";
    var _DIACACRes = "DescribeInstanceAccessControlAttributeConfigurationRequest";
    var _DIACACResc = "DescribeInstanceAccessControlAttributeConfigurationResponse";
    var _DIACACe = "DescribeInstanceAccessControlAttributeConfiguration";
    var _DIPFPS = "DeleteInlinePolicyFromPermissionSet";
    var _DIPFPSR = "DeleteInlinePolicyFromPermissionSetRequest";
    var _DIPFPSRe = "DeleteInlinePolicyFromPermissionSetResponse";
    var _DIR = "DeleteInstanceRequest";
    var _DIRe = "DeleteInstanceResponse";
    var _DIRes = "DescribeInstanceRequest";
    var _DIResc = "DescribeInstanceResponse";
    var _DIe = "DescribeInstance";
    var _DMPFPS = "DetachManagedPolicyFromPermissionSet";
    var _DMPFPSR = "DetachManagedPolicyFromPermissionSetRequest";
    var _DMPFPSRe = "DetachManagedPolicyFromPermissionSetResponse";
    var _DN = "DisplayName";
    var _DPBFPS = "DeletePermissionsBoundaryFromPermissionSet";
    var _DPBFPSR = "DeletePermissionsBoundaryFromPermissionSetRequest";
    var _DPBFPSRe = "DeletePermissionsBoundaryFromPermissionSetResponse";
    var _DPS = "DeletePermissionSet";
    var _DPSPS = "DescribePermissionSetProvisioningStatus";
    var _DPSPSR = "DescribePermissionSetProvisioningStatusRequest";
    var _DPSPSRe = "DescribePermissionSetProvisioningStatusResponse";
    var _DPSR = "DeletePermissionSetRequest";
    var _DPSRe = "DeletePermissionSetResponse";
    var _DPSRes = "DescribePermissionSetRequest";
    var _DPSResc = "DescribePermissionSetResponse";
    var _DPSe = "DescribePermissionSet";
    var _DR = "DescribeRegion";
    var _DRR = "DescribeRegionRequest";
    var _DRRe = "DescribeRegionResponse";
    var _DT = "DetailedTitle";
    var _DTTI = "DeleteTrustedTokenIssuer";
    var _DTTIR = "DeleteTrustedTokenIssuerRequest";
    var _DTTIRe = "DeleteTrustedTokenIssuerResponse";
    var _DTTIRes = "DescribeTrustedTokenIssuerRequest";
    var _DTTIResc = "DescribeTrustedTokenIssuerResponse";
    var _DTTIe = "DescribeTrustedTokenIssuer";
    var _EC = "EncryptionConfiguration";
    var _ECD = "EncryptionConfigurationDetails";
    var _ES = "EncryptionStatus";
    var _ESR = "EncryptionStatusReason";
    var _F = "Filter";
    var _FP = "FederationProtocol";
    var _FR = "FailureReason";
    var _G = "Grant";
    var _GAAC = "GetApplicationAssignmentConfiguration";
    var _GAACR = "GetApplicationAssignmentConfigurationRequest";
    var _GAACRe = "GetApplicationAssignmentConfigurationResponse";
    var _GAAM = "GetApplicationAuthenticationMethod";
    var _GAAMR = "GetApplicationAuthenticationMethodRequest";
    var _GAAMRe = "GetApplicationAuthenticationMethodResponse";
    var _GAAS = "GetApplicationAccessScope";
    var _GAASR = "GetApplicationAccessScopeRequest";
    var _GAASRe = "GetApplicationAccessScopeResponse";
    var _GAG = "GetApplicationGrant";
    var _GAGR = "GetApplicationGrantRequest";
    var _GAGRe = "GetApplicationGrantResponse";
    var _GASC = "GetApplicationSessionConfiguration";
    var _GASCR = "GetApplicationSessionConfigurationRequest";
    var _GASCRe = "GetApplicationSessionConfigurationResponse";
    var _GI = "GrantItem";
    var _GIPFPS = "GetInlinePolicyForPermissionSet";
    var _GIPFPSR = "GetInlinePolicyForPermissionSetRequest";
    var _GIPFPSRe = "GetInlinePolicyForPermissionSetResponse";
    var _GPBFPS = "GetPermissionsBoundaryForPermissionSet";
    var _GPBFPSR = "GetPermissionsBoundaryForPermissionSetRequest";
    var _GPBFPSRe = "GetPermissionsBoundaryForPermissionSetResponse";
    var _GT = "GrantType";
    var _Gr = "Grants";
    var _I = "Instances";
    var _IA = "InstanceArn";
    var _IACAC = "InstanceAccessControlAttributeConfiguration";
    var _IAM = "IamAuthenticationMethod";
    var _IL = "InstanceList";
    var _IM = "InstanceMetadata";
    var _IP = "InlinePolicy";
    var _IPR = "IsPrimaryRegion";
    var _ISA = "IdentityStoreArn";
    var _ISAP = "IdentityStoreAttributePath";
    var _ISE = "InternalServerException";
    var _ISI = "IdentityStoreId";
    var _IU = "IconUrl";
    var _IUs = "IssuerUrl";
    var _Ia = "Iam";
    var _JB = "JwtBearer";
    var _JBG = "JwtBearerGrant";
    var _JRO = "JwksRetrievalOption";
    var _K = "Key";
    var _KKA = "KmsKeyArn";
    var _KT = "KeyType";
    var _LA = "ListApplications";
    var _LAA = "ListAccountAssignments";
    var _LAACS = "ListAccountAssignmentCreationStatus";
    var _LAACSR = "ListAccountAssignmentCreationStatusRequest";
    var _LAACSRi = "ListAccountAssignmentCreationStatusResponse";
    var _LAADS = "ListAccountAssignmentDeletionStatus";
    var _LAADSR = "ListAccountAssignmentDeletionStatusRequest";
    var _LAADSRi = "ListAccountAssignmentDeletionStatusResponse";
    var _LAAF = "ListAccountAssignmentsFilter";
    var _LAAFP = "ListAccountAssignmentsForPrincipal";
    var _LAAFPR = "ListAccountAssignmentsForPrincipalRequest";
    var _LAAFPRi = "ListAccountAssignmentsForPrincipalResponse";
    var _LAAFPRis = "ListApplicationAssignmentsForPrincipalRequest";
    var _LAAFPRist = "ListApplicationAssignmentsForPrincipalResponse";
    var _LAAFPi = "ListApplicationAssignmentsForPrincipal";
    var _LAAFi = "ListApplicationAssignmentsFilter";
    var _LAAM = "ListApplicationAuthenticationMethods";
    var _LAAMR = "ListApplicationAuthenticationMethodsRequest";
    var _LAAMRi = "ListApplicationAuthenticationMethodsResponse";
    var _LAAR = "ListAccountAssignmentsRequest";
    var _LAARi = "ListAccountAssignmentsResponse";
    var _LAARis = "ListApplicationAssignmentsRequest";
    var _LAARist = "ListApplicationAssignmentsResponse";
    var _LAAS = "ListApplicationAccessScopes";
    var _LAASR = "ListApplicationAccessScopesRequest";
    var _LAASRi = "ListApplicationAccessScopesResponse";
    var _LAAi = "ListApplicationAssignments";
    var _LAF = "ListApplicationsFilter";
    var _LAFPPS = "ListAccountsForProvisionedPermissionSet";
    var _LAFPPSR = "ListAccountsForProvisionedPermissionSetRequest";
    var _LAFPPSRi = "ListAccountsForProvisionedPermissionSetResponse";
    var _LAG = "ListApplicationGrants";
    var _LAGR = "ListApplicationGrantsRequest";
    var _LAGRi = "ListApplicationGrantsResponse";
    var _LAP = "ListApplicationProviders";
    var _LAPR = "ListApplicationProvidersRequest";
    var _LAPRi = "ListApplicationProvidersResponse";
    var _LAR = "ListApplicationsRequest";
    var _LARi = "ListApplicationsResponse";
    var _LCMPRIPS = "ListCustomerManagedPolicyReferencesInPermissionSet";
    var _LCMPRIPSR = "ListCustomerManagedPolicyReferencesInPermissionSetRequest";
    var _LCMPRIPSRi = "ListCustomerManagedPolicyReferencesInPermissionSetResponse";
    var _LD = "LongDescription";
    var _LI = "ListInstances";
    var _LIR = "ListInstancesRequest";
    var _LIRi = "ListInstancesResponse";
    var _LMPIPS = "ListManagedPoliciesInPermissionSet";
    var _LMPIPSR = "ListManagedPoliciesInPermissionSetRequest";
    var _LMPIPSRi = "ListManagedPoliciesInPermissionSetResponse";
    var _LPS = "ListPermissionSets";
    var _LPSPS = "ListPermissionSetProvisioningStatus";
    var _LPSPSR = "ListPermissionSetProvisioningStatusRequest";
    var _LPSPSRi = "ListPermissionSetProvisioningStatusResponse";
    var _LPSPTA = "ListPermissionSetsProvisionedToAccount";
    var _LPSPTAR = "ListPermissionSetsProvisionedToAccountRequest";
    var _LPSPTARi = "ListPermissionSetsProvisionedToAccountResponse";
    var _LPSR = "ListPermissionSetsRequest";
    var _LPSRi = "ListPermissionSetsResponse";
    var _LR = "ListRegions";
    var _LRR = "ListRegionsRequest";
    var _LRRi = "ListRegionsResponse";
    var _LTFR = "ListTagsForResource";
    var _LTFRR = "ListTagsForResourceRequest";
    var _LTFRRi = "ListTagsForResourceResponse";
    var _LTTI = "ListTrustedTokenIssuers";
    var _LTTIR = "ListTrustedTokenIssuersRequest";
    var _LTTIRi = "ListTrustedTokenIssuersResponse";
    var _M = "Message";
    var _MPA = "ManagedPolicyArn";
    var _MR = "MaxResults";
    var _N = "Name";
    var _NT = "NextToken";
    var _O = "Origin";
    var _OAI = "OwnerAccountId";
    var _OJC = "OidcJwtConfiguration";
    var _OJUC = "OidcJwtUpdateConfiguration";
    var _OSF = "OperationStatusFilter";
    var _P = "Path";
    var _PAAC = "PutApplicationAssignmentConfiguration";
    var _PAACR = "PutApplicationAssignmentConfigurationRequest";
    var _PAACRu = "PutApplicationAssignmentConfigurationResponse";
    var _PAAM = "PutApplicationAuthenticationMethod";
    var _PAAMR = "PutApplicationAuthenticationMethodRequest";
    var _PAAS = "PutApplicationAccessScope";
    var _PAASR = "PutApplicationAccessScopeRequest";
    var _PAG = "PutApplicationGrant";
    var _PAGR = "PutApplicationGrantRequest";
    var _PASC = "PutApplicationSessionConfiguration";
    var _PASCR = "PutApplicationSessionConfigurationRequest";
    var _PASCRu = "PutApplicationSessionConfigurationResponse";
    var _PB = "PermissionsBoundary";
    var _PI = "PrincipalId";
    var _PIPTPS = "PutInlinePolicyToPermissionSet";
    var _PIPTPSR = "PutInlinePolicyToPermissionSetRequest";
    var _PIPTPSRu = "PutInlinePolicyToPermissionSetResponse";
    var _PO = "PortalOptions";
    var _PPBTPS = "PutPermissionsBoundaryToPermissionSet";
    var _PPBTPSR = "PutPermissionsBoundaryToPermissionSetRequest";
    var _PPBTPSRu = "PutPermissionsBoundaryToPermissionSetResponse";
    var _PPS = "ProvisionPermissionSet";
    var _PPSR = "ProvisionPermissionSetRequest";
    var _PPSRI = "ProvisionPermissionSetRequestId";
    var _PPSRr = "ProvisionPermissionSetResponse";
    var _PR = "PrimaryRegion";
    var _PS = "PermissionSet";
    var _PSA = "PermissionSetArn";
    var _PSE = "PermissionSetsEnabled";
    var _PSPS = "PermissionSetProvisioningStatus";
    var _PSPSL = "PermissionSetProvisioningStatusList";
    var _PSPSM = "PermissionSetProvisioningStatusMetadata";
    var _PSPSe = "PermissionSetsProvisioningStatus";
    var _PSe = "PermissionSets";
    var _PSr = "ProvisioningStatus";
    var _PT = "PrincipalType";
    var _R = "Reason";
    var _RA = "ResourceArn";
    var _RI = "RequestId";
    var _RM = "RegionMetadata";
    var _RML = "RegionMetadataList";
    var _RN = "RegionName";
    var _RNFE = "ResourceNotFoundException";
    var _RR = "RemoveRegion";
    var _RRR = "RemoveRegionRequest";
    var _RRRe = "RemoveRegionResponse";
    var _RS = "RelayState";
    var _RSC = "ResourceServerConfig";
    var _RSS = "ResourceServerScopes";
    var _RSSD = "ResourceServerScopeDetails";
    var _RT = "RefreshToken";
    var _RTG = "RefreshTokenGrant";
    var _RU = "RedirectUris";
    var _Re = "Regions";
    var _S = "Source";
    var _SD = "SessionDuration";
    var _SDc = "ScopeDetails";
    var _SIO = "SignInOptions";
    var _SQEE = "ServiceQuotaExceededException";
    var _SR = "StatusReason";
    var _Sc = "Scope";
    var _Sco = "Scopes";
    var _St = "Status";
    var _T = "Tags";
    var _TE = "ThrottlingException";
    var _TEG = "TokenExchangeGrant";
    var _TEo = "TokenExchange";
    var _TI = "TargetId";
    var _TK = "TagKeys";
    var _TL = "TagList";
    var _TR = "TagResource";
    var _TRR = "TagResourceRequest";
    var _TRRa = "TagResourceResponse";
    var _TT = "TargetType";
    var _TTI = "TrustedTokenIssuers";
    var _TTIA = "TrustedTokenIssuerArn";
    var _TTIC = "TrustedTokenIssuerConfiguration";
    var _TTIL = "TrustedTokenIssuerList";
    var _TTIM = "TrustedTokenIssuerMetadata";
    var _TTIT = "TrustedTokenIssuerType";
    var _TTIUC = "TrustedTokenIssuerUpdateConfiguration";
    var _Ta = "Tag";
    var _UA = "UpdateApplication";
    var _UAPO = "UpdateApplicationPortalOptions";
    var _UAR = "UpdateApplicationRequest";
    var _UARp = "UpdateApplicationResponse";
    var _UBSAS = "UserBackgroundSessionApplicationStatus";
    var _UI = "UpdateInstance";
    var _UIACAC = "UpdateInstanceAccessControlAttributeConfiguration";
    var _UIACACR = "UpdateInstanceAccessControlAttributeConfigurationRequest";
    var _UIACACRp = "UpdateInstanceAccessControlAttributeConfigurationResponse";
    var _UIR = "UpdateInstanceRequest";
    var _UIRp = "UpdateInstanceResponse";
    var _UPS = "UpdatePermissionSet";
    var _UPSR = "UpdatePermissionSetRequest";
    var _UPSRp = "UpdatePermissionSetResponse";
    var _UR = "UntagResource";
    var _URR = "UntagResourceRequest";
    var _URRn = "UntagResourceResponse";
    var _UTTI = "UpdateTrustedTokenIssuer";
    var _UTTIR = "UpdateTrustedTokenIssuerRequest";
    var _UTTIRp = "UpdateTrustedTokenIssuerResponse";
    var _V = "Value";
    var _VE = "ValidationException";
    var _Vi = "Visibility";
    var _c = "client";
    var _e = "error";
    var _hE = "httpError";
    var _s = "smithy.ts.sdk.synthetic.com.amazonaws.ssoadmin";
    var _se = "server";
    var n0 = "com.amazonaws.ssoadmin";
    var _s_registry = new TypeRegistry(_s);
    var SSOAdminServiceException$ = [-3, _s, "SSOAdminServiceException", 0, [], []];
    _s_registry.registerError(SSOAdminServiceException$, SSOAdminServiceException);
    var n0_registry = new TypeRegistry(n0);
    var AccessDeniedException$ = [
      -3,
      n0,
      _ADE,
      { [_e]: _c, [_hE]: 403 },
      [_M, _R],
      [0, 0]
    ];
    n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
    var ConflictException$ = [
      -3,
      n0,
      _CE,
      { [_e]: _c, [_hE]: 409 },
      [_M],
      [0]
    ];
    n0_registry.registerError(ConflictException$, ConflictException);
    var InternalServerException$ = [
      -3,
      n0,
      _ISE,
      { [_e]: _se, [_hE]: 500 },
      [_M],
      [0]
    ];
    n0_registry.registerError(InternalServerException$, InternalServerException);
    var ResourceNotFoundException$ = [
      -3,
      n0,
      _RNFE,
      { [_e]: _c, [_hE]: 404 },
      [_M, _R],
      [0, 0]
    ];
    n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
    var ServiceQuotaExceededException$ = [
      -3,
      n0,
      _SQEE,
      { [_e]: _c, [_hE]: 402 },
      [_M],
      [0]
    ];
    n0_registry.registerError(ServiceQuotaExceededException$, ServiceQuotaExceededException);
    var ThrottlingException$ = [
      -3,
      n0,
      _TE,
      { [_e]: _c, [_hE]: 429 },
      [_M, _R],
      [0, 0]
    ];
    n0_registry.registerError(ThrottlingException$, ThrottlingException);
    var ValidationException$ = [
      -3,
      n0,
      _VE,
      { [_e]: _c, [_hE]: 400 },
      [_M, _R],
      [0, 0]
    ];
    n0_registry.registerError(ValidationException$, ValidationException);
    var errorTypeRegistries = [
      _s_registry,
      n0_registry
    ];
    var AccessControlAttribute$ = [
      3,
      n0,
      _ACA,
      0,
      [_K, _V],
      [0, () => AccessControlAttributeValue$],
      2
    ];
    var AccessControlAttributeValue$ = [
      3,
      n0,
      _ACAV,
      0,
      [_S],
      [64 | 0],
      1
    ];
    var AccountAssignment$ = [
      3,
      n0,
      _AA,
      0,
      [_AI, _PSA, _PT, _PI],
      [0, 0, 0, 0]
    ];
    var AccountAssignmentForPrincipal$ = [
      3,
      n0,
      _AAFP,
      0,
      [_AI, _PSA, _PI, _PT],
      [0, 0, 0, 0]
    ];
    var AccountAssignmentOperationStatus$ = [
      3,
      n0,
      _AAOS,
      0,
      [_St, _RI, _FR, _TI, _TT, _PSA, _PT, _PI, _CD],
      [0, 0, 0, 0, 0, 0, 0, 0, 4]
    ];
    var AccountAssignmentOperationStatusMetadata$ = [
      3,
      n0,
      _AAOSM,
      0,
      [_St, _RI, _CD],
      [0, 0, 4]
    ];
    var AddRegionRequest$ = [
      3,
      n0,
      _ARR,
      0,
      [_IA, _RN],
      [0, 0],
      2
    ];
    var AddRegionResponse$ = [
      3,
      n0,
      _ARRd,
      0,
      [_St],
      [0]
    ];
    var Application$ = [
      3,
      n0,
      _A,
      0,
      [_AAp, _APA, _N, _AApp, _IA, _ISA, _St, _PO, _D, _CD, _CF],
      [0, 0, 0, 0, 0, 0, 0, () => PortalOptions$, 0, 4, 0]
    ];
    var ApplicationAssignment$ = [
      3,
      n0,
      _AAppl,
      0,
      [_AAp, _PI, _PT],
      [0, 0, 0],
      3
    ];
    var ApplicationAssignmentForPrincipal$ = [
      3,
      n0,
      _AAFPp,
      0,
      [_AAp, _PI, _PT],
      [0, 0, 0]
    ];
    var ApplicationProvider$ = [
      3,
      n0,
      _AP,
      0,
      [_APA, _FP, _DD, _RSC],
      [0, 0, () => DisplayData$, () => ResourceServerConfig$],
      1
    ];
    var AttachCustomerManagedPolicyReferenceToPermissionSetRequest$ = [
      3,
      n0,
      _ACMPRTPSR,
      0,
      [_IA, _PSA, _CMPR],
      [0, 0, () => CustomerManagedPolicyReference$],
      3
    ];
    var AttachCustomerManagedPolicyReferenceToPermissionSetResponse$ = [
      3,
      n0,
      _ACMPRTPSRt,
      0,
      [],
      []
    ];
    var AttachedManagedPolicy$ = [
      3,
      n0,
      _AMP,
      0,
      [_N, _Ar],
      [0, 0]
    ];
    var AttachManagedPolicyToPermissionSetRequest$ = [
      3,
      n0,
      _AMPTPSR,
      0,
      [_IA, _PSA, _MPA],
      [0, 0, 0],
      3
    ];
    var AttachManagedPolicyToPermissionSetResponse$ = [
      3,
      n0,
      _AMPTPSRt,
      0,
      [],
      []
    ];
    var AuthenticationMethodItem$ = [
      3,
      n0,
      _AMI,
      0,
      [_AMT, _AM],
      [0, () => AuthenticationMethod$]
    ];
    var AuthorizationCodeGrant$ = [
      3,
      n0,
      _ACG,
      0,
      [_RU],
      [64 | 0]
    ];
    var AuthorizedTokenIssuer$ = [
      3,
      n0,
      _ATI,
      0,
      [_TTIA, _AAu],
      [0, 64 | 0]
    ];
    var CreateAccountAssignmentRequest$ = [
      3,
      n0,
      _CAAR,
      0,
      [_IA, _TI, _TT, _PSA, _PT, _PI],
      [0, 0, 0, 0, 0, 0],
      6
    ];
    var CreateAccountAssignmentResponse$ = [
      3,
      n0,
      _CAARr,
      0,
      [_AACS],
      [() => AccountAssignmentOperationStatus$]
    ];
    var CreateApplicationAssignmentRequest$ = [
      3,
      n0,
      _CAARre,
      0,
      [_AAp, _PI, _PT],
      [0, 0, 0],
      3
    ];
    var CreateApplicationAssignmentResponse$ = [
      3,
      n0,
      _CAARrea,
      0,
      [],
      []
    ];
    var CreateApplicationRequest$ = [
      3,
      n0,
      _CAR,
      0,
      [_IA, _APA, _N, _D, _PO, _T, _St, _CT],
      [0, 0, 0, 0, () => PortalOptions$, () => TagList, 0, [0, 4]],
      3
    ];
    var CreateApplicationResponse$ = [
      3,
      n0,
      _CARr,
      0,
      [_AAp, _IA, _ISA],
      [0, 0, 0]
    ];
    var CreateInstanceAccessControlAttributeConfigurationRequest$ = [
      3,
      n0,
      _CIACACR,
      0,
      [_IA, _IACAC],
      [0, () => InstanceAccessControlAttributeConfiguration$],
      2
    ];
    var CreateInstanceAccessControlAttributeConfigurationResponse$ = [
      3,
      n0,
      _CIACACRr,
      0,
      [],
      []
    ];
    var CreateInstanceRequest$ = [
      3,
      n0,
      _CIR,
      0,
      [_N, _CT, _T],
      [0, [0, 4], () => TagList]
    ];
    var CreateInstanceResponse$ = [
      3,
      n0,
      _CIRr,
      0,
      [_IA],
      [0]
    ];
    var CreatePermissionSetRequest$ = [
      3,
      n0,
      _CPSR,
      0,
      [_N, _IA, _D, _SD, _RS, _T],
      [0, 0, 0, 0, 0, () => TagList],
      2
    ];
    var CreatePermissionSetResponse$ = [
      3,
      n0,
      _CPSRr,
      0,
      [_PS],
      [() => PermissionSet$]
    ];
    var CreateTrustedTokenIssuerRequest$ = [
      3,
      n0,
      _CTTIR,
      0,
      [_IA, _N, _TTIT, _TTIC, _CT, _T],
      [0, 0, 0, () => TrustedTokenIssuerConfiguration$, [0, 4], () => TagList],
      4
    ];
    var CreateTrustedTokenIssuerResponse$ = [
      3,
      n0,
      _CTTIRr,
      0,
      [_TTIA],
      [0]
    ];
    var CustomerManagedPolicyReference$ = [
      3,
      n0,
      _CMPR,
      0,
      [_N, _P],
      [0, 0],
      1
    ];
    var DeleteAccountAssignmentRequest$ = [
      3,
      n0,
      _DAAR,
      0,
      [_IA, _TI, _TT, _PSA, _PT, _PI],
      [0, 0, 0, 0, 0, 0],
      6
    ];
    var DeleteAccountAssignmentResponse$ = [
      3,
      n0,
      _DAARe,
      0,
      [_AADS],
      [() => AccountAssignmentOperationStatus$]
    ];
    var DeleteApplicationAccessScopeRequest$ = [
      3,
      n0,
      _DAASR,
      0,
      [_AAp, _Sc],
      [0, 0],
      2
    ];
    var DeleteApplicationAssignmentRequest$ = [
      3,
      n0,
      _DAARel,
      0,
      [_AAp, _PI, _PT],
      [0, 0, 0],
      3
    ];
    var DeleteApplicationAssignmentResponse$ = [
      3,
      n0,
      _DAARele,
      0,
      [],
      []
    ];
    var DeleteApplicationAuthenticationMethodRequest$ = [
      3,
      n0,
      _DAAMR,
      0,
      [_AAp, _AMT],
      [0, 0],
      2
    ];
    var DeleteApplicationGrantRequest$ = [
      3,
      n0,
      _DAGR,
      0,
      [_AAp, _GT],
      [0, 0],
      2
    ];
    var DeleteApplicationRequest$ = [
      3,
      n0,
      _DAR,
      0,
      [_AAp],
      [0],
      1
    ];
    var DeleteApplicationResponse$ = [
      3,
      n0,
      _DARe,
      0,
      [],
      []
    ];
    var DeleteInlinePolicyFromPermissionSetRequest$ = [
      3,
      n0,
      _DIPFPSR,
      0,
      [_IA, _PSA],
      [0, 0],
      2
    ];
    var DeleteInlinePolicyFromPermissionSetResponse$ = [
      3,
      n0,
      _DIPFPSRe,
      0,
      [],
      []
    ];
    var DeleteInstanceAccessControlAttributeConfigurationRequest$ = [
      3,
      n0,
      _DIACACR,
      0,
      [_IA],
      [0],
      1
    ];
    var DeleteInstanceAccessControlAttributeConfigurationResponse$ = [
      3,
      n0,
      _DIACACRe,
      0,
      [],
      []
    ];
    var DeleteInstanceRequest$ = [
      3,
      n0,
      _DIR,
      0,
      [_IA],
      [0],
      1
    ];
    var DeleteInstanceResponse$ = [
      3,
      n0,
      _DIRe,
      0,
      [],
      []
    ];
    var DeletePermissionsBoundaryFromPermissionSetRequest$ = [
      3,
      n0,
      _DPBFPSR,
      0,
      [_IA, _PSA],
      [0, 0],
      2
    ];
    var DeletePermissionsBoundaryFromPermissionSetResponse$ = [
      3,
      n0,
      _DPBFPSRe,
      0,
      [],
      []
    ];
    var DeletePermissionSetRequest$ = [
      3,
      n0,
      _DPSR,
      0,
      [_IA, _PSA],
      [0, 0],
      2
    ];
    var DeletePermissionSetResponse$ = [
      3,
      n0,
      _DPSRe,
      0,
      [],
      []
    ];
    var DeleteTrustedTokenIssuerRequest$ = [
      3,
      n0,
      _DTTIR,
      0,
      [_TTIA],
      [0],
      1
    ];
    var DeleteTrustedTokenIssuerResponse$ = [
      3,
      n0,
      _DTTIRe,
      0,
      [],
      []
    ];
    var DescribeAccountAssignmentCreationStatusRequest$ = [
      3,
      n0,
      _DAACSR,
      0,
      [_IA, _AACRI],
      [0, 0],
      2
    ];
    var DescribeAccountAssignmentCreationStatusResponse$ = [
      3,
      n0,
      _DAACSRe,
      0,
      [_AACS],
      [() => AccountAssignmentOperationStatus$]
    ];
    var DescribeAccountAssignmentDeletionStatusRequest$ = [
      3,
      n0,
      _DAADSR,
      0,
      [_IA, _AADRI],
      [0, 0],
      2
    ];
    var DescribeAccountAssignmentDeletionStatusResponse$ = [
      3,
      n0,
      _DAADSRe,
      0,
      [_AADS],
      [() => AccountAssignmentOperationStatus$]
    ];
    var DescribeApplicationAssignmentRequest$ = [
      3,
      n0,
      _DAARes,
      0,
      [_AAp, _PI, _PT],
      [0, 0, 0],
      3
    ];
    var DescribeApplicationAssignmentResponse$ = [
      3,
      n0,
      _DAAResc,
      0,
      [_PT, _PI, _AAp],
      [0, 0, 0]
    ];
    var DescribeApplicationProviderRequest$ = [
      3,
      n0,
      _DAPR,
      0,
      [_APA],
      [0],
      1
    ];
    var DescribeApplicationProviderResponse$ = [
      3,
      n0,
      _DAPRe,
      0,
      [_APA, _FP, _DD, _RSC],
      [0, 0, () => DisplayData$, () => ResourceServerConfig$],
      1
    ];
    var DescribeApplicationRequest$ = [
      3,
      n0,
      _DARes,
      0,
      [_AAp],
      [0],
      1
    ];
    var DescribeApplicationResponse$ = [
      3,
      n0,
      _DAResc,
      0,
      [_AAp, _APA, _N, _AApp, _IA, _ISA, _St, _PO, _D, _CD, _CF],
      [0, 0, 0, 0, 0, 0, 0, () => PortalOptions$, 0, 4, 0]
    ];
    var DescribeInstanceAccessControlAttributeConfigurationRequest$ = [
      3,
      n0,
      _DIACACRes,
      0,
      [_IA],
      [0],
      1
    ];
    var DescribeInstanceAccessControlAttributeConfigurationResponse$ = [
      3,
      n0,
      _DIACACResc,
      0,
      [_St, _SR, _IACAC],
      [0, 0, () => InstanceAccessControlAttributeConfiguration$]
    ];
    var DescribeInstanceRequest$ = [
      3,
      n0,
      _DIRes,
      0,
      [_IA],
      [0],
      1
    ];
    var DescribeInstanceResponse$ = [
      3,
      n0,
      _DIResc,
      0,
      [_IA, _ISI, _ISA, _OAI, _N, _CD, _St, _SR, _PR, _Re, _ECD, _PSE],
      [0, 0, 0, 0, 0, 4, 0, 0, 0, () => RegionMetadataList, () => EncryptionConfigurationDetails$, 2]
    ];
    var DescribePermissionSetProvisioningStatusRequest$ = [
      3,
      n0,
      _DPSPSR,
      0,
      [_IA, _PPSRI],
      [0, 0],
      2
    ];
    var DescribePermissionSetProvisioningStatusResponse$ = [
      3,
      n0,
      _DPSPSRe,
      0,
      [_PSPS],
      [() => PermissionSetProvisioningStatus$]
    ];
    var DescribePermissionSetRequest$ = [
      3,
      n0,
      _DPSRes,
      0,
      [_IA, _PSA],
      [0, 0],
      2
    ];
    var DescribePermissionSetResponse$ = [
      3,
      n0,
      _DPSResc,
      0,
      [_PS],
      [() => PermissionSet$]
    ];
    var DescribeRegionRequest$ = [
      3,
      n0,
      _DRR,
      0,
      [_IA, _RN],
      [0, 0],
      2
    ];
    var DescribeRegionResponse$ = [
      3,
      n0,
      _DRRe,
      0,
      [_RN, _St, _AD, _IPR],
      [0, 0, 4, 2]
    ];
    var DescribeTrustedTokenIssuerRequest$ = [
      3,
      n0,
      _DTTIRes,
      0,
      [_TTIA],
      [0],
      1
    ];
    var DescribeTrustedTokenIssuerResponse$ = [
      3,
      n0,
      _DTTIResc,
      0,
      [_TTIA, _N, _TTIT, _TTIC],
      [0, 0, 0, () => TrustedTokenIssuerConfiguration$]
    ];
    var DetachCustomerManagedPolicyReferenceFromPermissionSetRequest$ = [
      3,
      n0,
      _DCMPRFPSR,
      0,
      [_IA, _PSA, _CMPR],
      [0, 0, () => CustomerManagedPolicyReference$],
      3
    ];
    var DetachCustomerManagedPolicyReferenceFromPermissionSetResponse$ = [
      3,
      n0,
      _DCMPRFPSRe,
      0,
      [],
      []
    ];
    var DetachManagedPolicyFromPermissionSetRequest$ = [
      3,
      n0,
      _DMPFPSR,
      0,
      [_IA, _PSA, _MPA],
      [0, 0, 0],
      3
    ];
    var DetachManagedPolicyFromPermissionSetResponse$ = [
      3,
      n0,
      _DMPFPSRe,
      0,
      [],
      []
    ];
    var DisplayData$ = [
      3,
      n0,
      _DD,
      0,
      [_DN, _IU, _D],
      [0, 0, 0]
    ];
    var EncryptionConfiguration$ = [
      3,
      n0,
      _EC,
      0,
      [_KT, _KKA],
      [0, 0],
      1
    ];
    var EncryptionConfigurationDetails$ = [
      3,
      n0,
      _ECD,
      0,
      [_KT, _KKA, _ES, _ESR],
      [0, 0, 0, 0]
    ];
    var GetApplicationAccessScopeRequest$ = [
      3,
      n0,
      _GAASR,
      0,
      [_AAp, _Sc],
      [0, 0],
      2
    ];
    var GetApplicationAccessScopeResponse$ = [
      3,
      n0,
      _GAASRe,
      0,
      [_Sc, _AT],
      [0, 64 | 0],
      1
    ];
    var GetApplicationAssignmentConfigurationRequest$ = [
      3,
      n0,
      _GAACR,
      0,
      [_AAp],
      [0],
      1
    ];
    var GetApplicationAssignmentConfigurationResponse$ = [
      3,
      n0,
      _GAACRe,
      0,
      [_AR],
      [2],
      1
    ];
    var GetApplicationAuthenticationMethodRequest$ = [
      3,
      n0,
      _GAAMR,
      0,
      [_AAp, _AMT],
      [0, 0],
      2
    ];
    var GetApplicationAuthenticationMethodResponse$ = [
      3,
      n0,
      _GAAMRe,
      0,
      [_AM],
      [() => AuthenticationMethod$]
    ];
    var GetApplicationGrantRequest$ = [
      3,
      n0,
      _GAGR,
      0,
      [_AAp, _GT],
      [0, 0],
      2
    ];
    var GetApplicationGrantResponse$ = [
      3,
      n0,
      _GAGRe,
      0,
      [_G],
      [() => Grant$],
      1
    ];
    var GetApplicationSessionConfigurationRequest$ = [
      3,
      n0,
      _GASCR,
      0,
      [_AAp],
      [0],
      1
    ];
    var GetApplicationSessionConfigurationResponse$ = [
      3,
      n0,
      _GASCRe,
      0,
      [_UBSAS],
      [0]
    ];
    var GetInlinePolicyForPermissionSetRequest$ = [
      3,
      n0,
      _GIPFPSR,
      0,
      [_IA, _PSA],
      [0, 0],
      2
    ];
    var GetInlinePolicyForPermissionSetResponse$ = [
      3,
      n0,
      _GIPFPSRe,
      0,
      [_IP],
      [0]
    ];
    var GetPermissionsBoundaryForPermissionSetRequest$ = [
      3,
      n0,
      _GPBFPSR,
      0,
      [_IA, _PSA],
      [0, 0],
      2
    ];
    var GetPermissionsBoundaryForPermissionSetResponse$ = [
      3,
      n0,
      _GPBFPSRe,
      0,
      [_PB],
      [() => PermissionsBoundary$]
    ];
    var GrantItem$ = [
      3,
      n0,
      _GI,
      0,
      [_GT, _G],
      [0, () => Grant$],
      2
    ];
    var IamAuthenticationMethod$ = [
      3,
      n0,
      _IAM,
      0,
      [_APc],
      [15],
      1
    ];
    var InstanceAccessControlAttributeConfiguration$ = [
      3,
      n0,
      _IACAC,
      0,
      [_ACAc],
      [() => AccessControlAttributeList],
      1
    ];
    var InstanceMetadata$ = [
      3,
      n0,
      _IM,
      0,
      [_IA, _ISI, _ISA, _OAI, _N, _CD, _St, _SR, _PR, _Re],
      [0, 0, 0, 0, 0, 4, 0, 0, 0, () => RegionMetadataList]
    ];
    var JwtBearerGrant$ = [
      3,
      n0,
      _JBG,
      0,
      [_ATIu],
      [() => AuthorizedTokenIssuers]
    ];
    var ListAccountAssignmentCreationStatusRequest$ = [
      3,
      n0,
      _LAACSR,
      0,
      [_IA, _MR, _NT, _F],
      [0, 1, 0, () => OperationStatusFilter$],
      1
    ];
    var ListAccountAssignmentCreationStatusResponse$ = [
      3,
      n0,
      _LAACSRi,
      0,
      [_AACSc, _NT],
      [() => AccountAssignmentOperationStatusList, 0]
    ];
    var ListAccountAssignmentDeletionStatusRequest$ = [
      3,
      n0,
      _LAADSR,
      0,
      [_IA, _MR, _NT, _F],
      [0, 1, 0, () => OperationStatusFilter$],
      1
    ];
    var ListAccountAssignmentDeletionStatusResponse$ = [
      3,
      n0,
      _LAADSRi,
      0,
      [_AADSc, _NT],
      [() => AccountAssignmentOperationStatusList, 0]
    ];
    var ListAccountAssignmentsFilter$ = [
      3,
      n0,
      _LAAF,
      0,
      [_AI],
      [0]
    ];
    var ListAccountAssignmentsForPrincipalRequest$ = [
      3,
      n0,
      _LAAFPR,
      0,
      [_IA, _PI, _PT, _F, _NT, _MR],
      [0, 0, 0, () => ListAccountAssignmentsFilter$, 0, 1],
      3
    ];
    var ListAccountAssignmentsForPrincipalResponse$ = [
      3,
      n0,
      _LAAFPRi,
      0,
      [_AAc, _NT],
      [() => AccountAssignmentListForPrincipal, 0]
    ];
    var ListAccountAssignmentsRequest$ = [
      3,
      n0,
      _LAAR,
      0,
      [_IA, _AI, _PSA, _MR, _NT],
      [0, 0, 0, 1, 0],
      3
    ];
    var ListAccountAssignmentsResponse$ = [
      3,
      n0,
      _LAARi,
      0,
      [_AAc, _NT],
      [() => AccountAssignmentList, 0]
    ];
    var ListAccountsForProvisionedPermissionSetRequest$ = [
      3,
      n0,
      _LAFPPSR,
      0,
      [_IA, _PSA, _PSr, _MR, _NT],
      [0, 0, 0, 1, 0],
      2
    ];
    var ListAccountsForProvisionedPermissionSetResponse$ = [
      3,
      n0,
      _LAFPPSRi,
      0,
      [_AIc, _NT],
      [64 | 0, 0]
    ];
    var ListApplicationAccessScopesRequest$ = [
      3,
      n0,
      _LAASR,
      0,
      [_AAp, _MR, _NT],
      [0, 1, 0],
      1
    ];
    var ListApplicationAccessScopesResponse$ = [
      3,
      n0,
      _LAASRi,
      0,
      [_Sco, _NT],
      [() => Scopes, 0],
      1
    ];
    var ListApplicationAssignmentsFilter$ = [
      3,
      n0,
      _LAAFi,
      0,
      [_AAp],
      [0]
    ];
    var ListApplicationAssignmentsForPrincipalRequest$ = [
      3,
      n0,
      _LAAFPRis,
      0,
      [_IA, _PI, _PT, _F, _NT, _MR],
      [0, 0, 0, () => ListApplicationAssignmentsFilter$, 0, 1],
      3
    ];
    var ListApplicationAssignmentsForPrincipalResponse$ = [
      3,
      n0,
      _LAAFPRist,
      0,
      [_AAppli, _NT],
      [() => ApplicationAssignmentListForPrincipal, 0]
    ];
    var ListApplicationAssignmentsRequest$ = [
      3,
      n0,
      _LAARis,
      0,
      [_AAp, _MR, _NT],
      [0, 1, 0],
      1
    ];
    var ListApplicationAssignmentsResponse$ = [
      3,
      n0,
      _LAARist,
      0,
      [_AAppli, _NT],
      [() => ApplicationAssignmentsList, 0]
    ];
    var ListApplicationAuthenticationMethodsRequest$ = [
      3,
      n0,
      _LAAMR,
      0,
      [_AAp, _NT],
      [0, 0],
      1
    ];
    var ListApplicationAuthenticationMethodsResponse$ = [
      3,
      n0,
      _LAAMRi,
      0,
      [_AMu, _NT],
      [() => AuthenticationMethods, 0]
    ];
    var ListApplicationGrantsRequest$ = [
      3,
      n0,
      _LAGR,
      0,
      [_AAp, _NT],
      [0, 0],
      1
    ];
    var ListApplicationGrantsResponse$ = [
      3,
      n0,
      _LAGRi,
      0,
      [_Gr, _NT],
      [() => Grants, 0],
      1
    ];
    var ListApplicationProvidersRequest$ = [
      3,
      n0,
      _LAPR,
      0,
      [_MR, _NT],
      [1, 0]
    ];
    var ListApplicationProvidersResponse$ = [
      3,
      n0,
      _LAPRi,
      0,
      [_APp, _NT],
      [() => ApplicationProviderList, 0]
    ];
    var ListApplicationsFilter$ = [
      3,
      n0,
      _LAF,
      0,
      [_AApp, _AP],
      [0, 0]
    ];
    var ListApplicationsRequest$ = [
      3,
      n0,
      _LAR,
      0,
      [_IA, _MR, _NT, _F],
      [0, 1, 0, () => ListApplicationsFilter$],
      1
    ];
    var ListApplicationsResponse$ = [
      3,
      n0,
      _LARi,
      0,
      [_Ap, _NT],
      [() => ApplicationList, 0]
    ];
    var ListCustomerManagedPolicyReferencesInPermissionSetRequest$ = [
      3,
      n0,
      _LCMPRIPSR,
      0,
      [_IA, _PSA, _MR, _NT],
      [0, 0, 1, 0],
      2
    ];
    var ListCustomerManagedPolicyReferencesInPermissionSetResponse$ = [
      3,
      n0,
      _LCMPRIPSRi,
      0,
      [_CMPRu, _NT],
      [() => CustomerManagedPolicyReferenceList, 0]
    ];
    var ListInstancesRequest$ = [
      3,
      n0,
      _LIR,
      0,
      [_MR, _NT],
      [1, 0]
    ];
    var ListInstancesResponse$ = [
      3,
      n0,
      _LIRi,
      0,
      [_I, _NT],
      [() => InstanceList, 0]
    ];
    var ListManagedPoliciesInPermissionSetRequest$ = [
      3,
      n0,
      _LMPIPSR,
      0,
      [_IA, _PSA, _MR, _NT],
      [0, 0, 1, 0],
      2
    ];
    var ListManagedPoliciesInPermissionSetResponse$ = [
      3,
      n0,
      _LMPIPSRi,
      0,
      [_AMPt, _NT],
      [() => AttachedManagedPolicyList, 0]
    ];
    var ListPermissionSetProvisioningStatusRequest$ = [
      3,
      n0,
      _LPSPSR,
      0,
      [_IA, _MR, _NT, _F],
      [0, 1, 0, () => OperationStatusFilter$],
      1
    ];
    var ListPermissionSetProvisioningStatusResponse$ = [
      3,
      n0,
      _LPSPSRi,
      0,
      [_PSPSe, _NT],
      [() => PermissionSetProvisioningStatusList, 0]
    ];
    var ListPermissionSetsProvisionedToAccountRequest$ = [
      3,
      n0,
      _LPSPTAR,
      0,
      [_IA, _AI, _PSr, _MR, _NT],
      [0, 0, 0, 1, 0],
      2
    ];
    var ListPermissionSetsProvisionedToAccountResponse$ = [
      3,
      n0,
      _LPSPTARi,
      0,
      [_NT, _PSe],
      [0, 64 | 0]
    ];
    var ListPermissionSetsRequest$ = [
      3,
      n0,
      _LPSR,
      0,
      [_IA, _NT, _MR],
      [0, 0, 1],
      1
    ];
    var ListPermissionSetsResponse$ = [
      3,
      n0,
      _LPSRi,
      0,
      [_PSe, _NT],
      [64 | 0, 0]
    ];
    var ListRegionsRequest$ = [
      3,
      n0,
      _LRR,
      0,
      [_IA, _MR, _NT],
      [0, 1, 0],
      1
    ];
    var ListRegionsResponse$ = [
      3,
      n0,
      _LRRi,
      0,
      [_Re, _NT],
      [() => RegionMetadataList, 0]
    ];
    var ListTagsForResourceRequest$ = [
      3,
      n0,
      _LTFRR,
      0,
      [_RA, _IA, _NT],
      [0, 0, 0],
      1
    ];
    var ListTagsForResourceResponse$ = [
      3,
      n0,
      _LTFRRi,
      0,
      [_T, _NT],
      [() => TagList, 0]
    ];
    var ListTrustedTokenIssuersRequest$ = [
      3,
      n0,
      _LTTIR,
      0,
      [_IA, _MR, _NT],
      [0, 1, 0],
      1
    ];
    var ListTrustedTokenIssuersResponse$ = [
      3,
      n0,
      _LTTIRi,
      0,
      [_TTI, _NT],
      [() => TrustedTokenIssuerList, 0]
    ];
    var OidcJwtConfiguration$ = [
      3,
      n0,
      _OJC,
      0,
      [_IUs, _CAP, _ISAP, _JRO],
      [0, 0, 0, 0],
      4
    ];
    var OidcJwtUpdateConfiguration$ = [
      3,
      n0,
      _OJUC,
      0,
      [_CAP, _ISAP, _JRO],
      [0, 0, 0]
    ];
    var OperationStatusFilter$ = [
      3,
      n0,
      _OSF,
      0,
      [_St],
      [0]
    ];
    var PermissionsBoundary$ = [
      3,
      n0,
      _PB,
      0,
      [_CMPR, _MPA],
      [() => CustomerManagedPolicyReference$, 0]
    ];
    var PermissionSet$ = [
      3,
      n0,
      _PS,
      0,
      [_N, _PSA, _D, _CD, _SD, _RS],
      [0, 0, 0, 4, 0, 0]
    ];
    var PermissionSetProvisioningStatus$ = [
      3,
      n0,
      _PSPS,
      0,
      [_St, _RI, _AI, _PSA, _FR, _CD],
      [0, 0, 0, 0, 0, 4]
    ];
    var PermissionSetProvisioningStatusMetadata$ = [
      3,
      n0,
      _PSPSM,
      0,
      [_St, _RI, _CD],
      [0, 0, 4]
    ];
    var PortalOptions$ = [
      3,
      n0,
      _PO,
      0,
      [_SIO, _Vi],
      [() => SignInOptions$, 0]
    ];
    var ProvisionPermissionSetRequest$ = [
      3,
      n0,
      _PPSR,
      0,
      [_IA, _PSA, _TT, _TI],
      [0, 0, 0, 0],
      3
    ];
    var ProvisionPermissionSetResponse$ = [
      3,
      n0,
      _PPSRr,
      0,
      [_PSPS],
      [() => PermissionSetProvisioningStatus$]
    ];
    var PutApplicationAccessScopeRequest$ = [
      3,
      n0,
      _PAASR,
      0,
      [_Sc, _AAp, _AT],
      [0, 0, 64 | 0],
      2
    ];
    var PutApplicationAssignmentConfigurationRequest$ = [
      3,
      n0,
      _PAACR,
      0,
      [_AAp, _AR],
      [0, 2],
      2
    ];
    var PutApplicationAssignmentConfigurationResponse$ = [
      3,
      n0,
      _PAACRu,
      0,
      [],
      []
    ];
    var PutApplicationAuthenticationMethodRequest$ = [
      3,
      n0,
      _PAAMR,
      0,
      [_AAp, _AMT, _AM],
      [0, 0, () => AuthenticationMethod$],
      3
    ];
    var PutApplicationGrantRequest$ = [
      3,
      n0,
      _PAGR,
      0,
      [_AAp, _GT, _G],
      [0, 0, () => Grant$],
      3
    ];
    var PutApplicationSessionConfigurationRequest$ = [
      3,
      n0,
      _PASCR,
      0,
      [_AAp, _UBSAS],
      [0, 0],
      1
    ];
    var PutApplicationSessionConfigurationResponse$ = [
      3,
      n0,
      _PASCRu,
      0,
      [],
      []
    ];
    var PutInlinePolicyToPermissionSetRequest$ = [
      3,
      n0,
      _PIPTPSR,
      0,
      [_IA, _PSA, _IP],
      [0, 0, 0],
      3
    ];
    var PutInlinePolicyToPermissionSetResponse$ = [
      3,
      n0,
      _PIPTPSRu,
      0,
      [],
      []
    ];
    var PutPermissionsBoundaryToPermissionSetRequest$ = [
      3,
      n0,
      _PPBTPSR,
      0,
      [_IA, _PSA, _PB],
      [0, 0, () => PermissionsBoundary$],
      3
    ];
    var PutPermissionsBoundaryToPermissionSetResponse$ = [
      3,
      n0,
      _PPBTPSRu,
      0,
      [],
      []
    ];
    var RefreshTokenGrant$ = [
      3,
      n0,
      _RTG,
      0,
      [],
      []
    ];
    var RegionMetadata$ = [
      3,
      n0,
      _RM,
      0,
      [_RN, _St, _AD, _IPR],
      [0, 0, 4, 2]
    ];
    var RemoveRegionRequest$ = [
      3,
      n0,
      _RRR,
      0,
      [_IA, _RN],
      [0, 0],
      2
    ];
    var RemoveRegionResponse$ = [
      3,
      n0,
      _RRRe,
      0,
      [_St],
      [0]
    ];
    var ResourceServerConfig$ = [
      3,
      n0,
      _RSC,
      0,
      [_Sco],
      [() => ResourceServerScopes]
    ];
    var ResourceServerScopeDetails$ = [
      3,
      n0,
      _RSSD,
      0,
      [_LD, _DT],
      [0, 0]
    ];
    var ScopeDetails$ = [
      3,
      n0,
      _SDc,
      0,
      [_Sc, _AT],
      [0, 64 | 0],
      1
    ];
    var SignInOptions$ = [
      3,
      n0,
      _SIO,
      0,
      [_O, _AU],
      [0, 0],
      1
    ];
    var Tag$ = [
      3,
      n0,
      _Ta,
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
      [_RA, _T, _IA],
      [0, () => TagList, 0],
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
    var TokenExchangeGrant$ = [
      3,
      n0,
      _TEG,
      0,
      [],
      []
    ];
    var TrustedTokenIssuerMetadata$ = [
      3,
      n0,
      _TTIM,
      0,
      [_TTIA, _N, _TTIT],
      [0, 0, 0]
    ];
    var UntagResourceRequest$ = [
      3,
      n0,
      _URR,
      0,
      [_RA, _TK, _IA],
      [0, 64 | 0, 0],
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
    var UpdateApplicationPortalOptions$ = [
      3,
      n0,
      _UAPO,
      0,
      [_SIO],
      [() => SignInOptions$]
    ];
    var UpdateApplicationRequest$ = [
      3,
      n0,
      _UAR,
      0,
      [_AAp, _N, _D, _St, _PO],
      [0, 0, 0, 0, () => UpdateApplicationPortalOptions$],
      1
    ];
    var UpdateApplicationResponse$ = [
      3,
      n0,
      _UARp,
      0,
      [],
      []
    ];
    var UpdateInstanceAccessControlAttributeConfigurationRequest$ = [
      3,
      n0,
      _UIACACR,
      0,
      [_IA, _IACAC],
      [0, () => InstanceAccessControlAttributeConfiguration$],
      2
    ];
    var UpdateInstanceAccessControlAttributeConfigurationResponse$ = [
      3,
      n0,
      _UIACACRp,
      0,
      [],
      []
    ];
    var UpdateInstanceRequest$ = [
      3,
      n0,
      _UIR,
      0,
      [_IA, _N, _EC, _PSE],
      [0, 0, () => EncryptionConfiguration$, 2],
      1
    ];
    var UpdateInstanceResponse$ = [
      3,
      n0,
      _UIRp,
      0,
      [],
      []
    ];
    var UpdatePermissionSetRequest$ = [
      3,
      n0,
      _UPSR,
      0,
      [_IA, _PSA, _D, _SD, _RS],
      [0, 0, 0, 0, 0],
      2
    ];
    var UpdatePermissionSetResponse$ = [
      3,
      n0,
      _UPSRp,
      0,
      [],
      []
    ];
    var UpdateTrustedTokenIssuerRequest$ = [
      3,
      n0,
      _UTTIR,
      0,
      [_TTIA, _N, _TTIC],
      [0, 0, () => TrustedTokenIssuerUpdateConfiguration$],
      1
    ];
    var UpdateTrustedTokenIssuerResponse$ = [
      3,
      n0,
      _UTTIRp,
      0,
      [],
      []
    ];
    var __Unit = "unit";
    var AccessControlAttributeList = [
      1,
      n0,
      _ACAL,
      0,
      () => AccessControlAttribute$
    ];
    var AccountAssignmentList = [
      1,
      n0,
      _AAL,
      0,
      () => AccountAssignment$
    ];
    var AccountAssignmentListForPrincipal = [
      1,
      n0,
      _AALFP,
      0,
      () => AccountAssignmentForPrincipal$
    ];
    var AccountAssignmentOperationStatusList = [
      1,
      n0,
      _AAOSL,
      0,
      () => AccountAssignmentOperationStatusMetadata$
    ];
    var ApplicationAssignmentListForPrincipal = [
      1,
      n0,
      _AALFPp,
      0,
      () => ApplicationAssignmentForPrincipal$
    ];
    var ApplicationAssignmentsList = [
      1,
      n0,
      _AALp,
      0,
      () => ApplicationAssignment$
    ];
    var ApplicationList = [
      1,
      n0,
      _AL,
      0,
      () => Application$
    ];
    var ApplicationProviderList = [
      1,
      n0,
      _APL,
      0,
      () => ApplicationProvider$
    ];
    var AttachedManagedPolicyList = [
      1,
      n0,
      _AMPL,
      0,
      () => AttachedManagedPolicy$
    ];
    var AuthenticationMethods = [
      1,
      n0,
      _AMu,
      0,
      () => AuthenticationMethodItem$
    ];
    var AuthorizedTokenIssuers = [
      1,
      n0,
      _ATIu,
      0,
      () => AuthorizedTokenIssuer$
    ];
    var CustomerManagedPolicyReferenceList = [
      1,
      n0,
      _CMPRL,
      0,
      () => CustomerManagedPolicyReference$
    ];
    var Grants = [
      1,
      n0,
      _Gr,
      0,
      () => GrantItem$
    ];
    var InstanceList = [
      1,
      n0,
      _IL,
      0,
      () => InstanceMetadata$
    ];
    var PermissionSetProvisioningStatusList = [
      1,
      n0,
      _PSPSL,
      0,
      () => PermissionSetProvisioningStatusMetadata$
    ];
    var RegionMetadataList = [
      1,
      n0,
      _RML,
      0,
      () => RegionMetadata$
    ];
    var Scopes = [
      1,
      n0,
      _Sco,
      0,
      () => ScopeDetails$
    ];
    var TagList = [
      1,
      n0,
      _TL,
      0,
      () => Tag$
    ];
    var TrustedTokenIssuerList = [
      1,
      n0,
      _TTIL,
      0,
      () => TrustedTokenIssuerMetadata$
    ];
    var ResourceServerScopes = [
      2,
      n0,
      _RSS,
      0,
      0,
      () => ResourceServerScopeDetails$
    ];
    var AuthenticationMethod$ = [
      4,
      n0,
      _AM,
      0,
      [_Ia],
      [() => IamAuthenticationMethod$]
    ];
    var Grant$ = [
      4,
      n0,
      _G,
      0,
      [_AC, _JB, _RT, _TEo],
      [() => AuthorizationCodeGrant$, () => JwtBearerGrant$, () => RefreshTokenGrant$, () => TokenExchangeGrant$]
    ];
    var TrustedTokenIssuerConfiguration$ = [
      4,
      n0,
      _TTIC,
      0,
      [_OJC],
      [() => OidcJwtConfiguration$]
    ];
    var TrustedTokenIssuerUpdateConfiguration$ = [
      4,
      n0,
      _TTIUC,
      0,
      [_OJC],
      [() => OidcJwtUpdateConfiguration$]
    ];
    var AddRegion$ = [
      9,
      n0,
      _ARd,
      0,
      () => AddRegionRequest$,
      () => AddRegionResponse$
    ];
    var AttachCustomerManagedPolicyReferenceToPermissionSet$ = [
      9,
      n0,
      _ACMPRTPS,
      0,
      () => AttachCustomerManagedPolicyReferenceToPermissionSetRequest$,
      () => AttachCustomerManagedPolicyReferenceToPermissionSetResponse$
    ];
    var AttachManagedPolicyToPermissionSet$ = [
      9,
      n0,
      _AMPTPS,
      0,
      () => AttachManagedPolicyToPermissionSetRequest$,
      () => AttachManagedPolicyToPermissionSetResponse$
    ];
    var CreateAccountAssignment$ = [
      9,
      n0,
      _CAA,
      0,
      () => CreateAccountAssignmentRequest$,
      () => CreateAccountAssignmentResponse$
    ];
    var CreateApplication$ = [
      9,
      n0,
      _CA,
      0,
      () => CreateApplicationRequest$,
      () => CreateApplicationResponse$
    ];
    var CreateApplicationAssignment$ = [
      9,
      n0,
      _CAAr,
      0,
      () => CreateApplicationAssignmentRequest$,
      () => CreateApplicationAssignmentResponse$
    ];
    var CreateInstance$ = [
      9,
      n0,
      _CI,
      0,
      () => CreateInstanceRequest$,
      () => CreateInstanceResponse$
    ];
    var CreateInstanceAccessControlAttributeConfiguration$ = [
      9,
      n0,
      _CIACAC,
      0,
      () => CreateInstanceAccessControlAttributeConfigurationRequest$,
      () => CreateInstanceAccessControlAttributeConfigurationResponse$
    ];
    var CreatePermissionSet$ = [
      9,
      n0,
      _CPS,
      0,
      () => CreatePermissionSetRequest$,
      () => CreatePermissionSetResponse$
    ];
    var CreateTrustedTokenIssuer$ = [
      9,
      n0,
      _CTTI,
      0,
      () => CreateTrustedTokenIssuerRequest$,
      () => CreateTrustedTokenIssuerResponse$
    ];
    var DeleteAccountAssignment$ = [
      9,
      n0,
      _DAA,
      0,
      () => DeleteAccountAssignmentRequest$,
      () => DeleteAccountAssignmentResponse$
    ];
    var DeleteApplication$ = [
      9,
      n0,
      _DA,
      0,
      () => DeleteApplicationRequest$,
      () => DeleteApplicationResponse$
    ];
    var DeleteApplicationAccessScope$ = [
      9,
      n0,
      _DAAS,
      2,
      () => DeleteApplicationAccessScopeRequest$,
      () => __Unit
    ];
    var DeleteApplicationAssignment$ = [
      9,
      n0,
      _DAAe,
      2,
      () => DeleteApplicationAssignmentRequest$,
      () => DeleteApplicationAssignmentResponse$
    ];
    var DeleteApplicationAuthenticationMethod$ = [
      9,
      n0,
      _DAAM,
      2,
      () => DeleteApplicationAuthenticationMethodRequest$,
      () => __Unit
    ];
    var DeleteApplicationGrant$ = [
      9,
      n0,
      _DAG,
      2,
      () => DeleteApplicationGrantRequest$,
      () => __Unit
    ];
    var DeleteInlinePolicyFromPermissionSet$ = [
      9,
      n0,
      _DIPFPS,
      0,
      () => DeleteInlinePolicyFromPermissionSetRequest$,
      () => DeleteInlinePolicyFromPermissionSetResponse$
    ];
    var DeleteInstance$ = [
      9,
      n0,
      _DI,
      0,
      () => DeleteInstanceRequest$,
      () => DeleteInstanceResponse$
    ];
    var DeleteInstanceAccessControlAttributeConfiguration$ = [
      9,
      n0,
      _DIACAC,
      0,
      () => DeleteInstanceAccessControlAttributeConfigurationRequest$,
      () => DeleteInstanceAccessControlAttributeConfigurationResponse$
    ];
    var DeletePermissionsBoundaryFromPermissionSet$ = [
      9,
      n0,
      _DPBFPS,
      0,
      () => DeletePermissionsBoundaryFromPermissionSetRequest$,
      () => DeletePermissionsBoundaryFromPermissionSetResponse$
    ];
    var DeletePermissionSet$ = [
      9,
      n0,
      _DPS,
      0,
      () => DeletePermissionSetRequest$,
      () => DeletePermissionSetResponse$
    ];
    var DeleteTrustedTokenIssuer$ = [
      9,
      n0,
      _DTTI,
      0,
      () => DeleteTrustedTokenIssuerRequest$,
      () => DeleteTrustedTokenIssuerResponse$
    ];
    var DescribeAccountAssignmentCreationStatus$ = [
      9,
      n0,
      _DAACS,
      0,
      () => DescribeAccountAssignmentCreationStatusRequest$,
      () => DescribeAccountAssignmentCreationStatusResponse$
    ];
    var DescribeAccountAssignmentDeletionStatus$ = [
      9,
      n0,
      _DAADS,
      0,
      () => DescribeAccountAssignmentDeletionStatusRequest$,
      () => DescribeAccountAssignmentDeletionStatusResponse$
    ];
    var DescribeApplication$ = [
      9,
      n0,
      _DAe,
      0,
      () => DescribeApplicationRequest$,
      () => DescribeApplicationResponse$
    ];
    var DescribeApplicationAssignment$ = [
      9,
      n0,
      _DAAes,
      0,
      () => DescribeApplicationAssignmentRequest$,
      () => DescribeApplicationAssignmentResponse$
    ];
    var DescribeApplicationProvider$ = [
      9,
      n0,
      _DAP,
      0,
      () => DescribeApplicationProviderRequest$,
      () => DescribeApplicationProviderResponse$
    ];
    var DescribeInstance$ = [
      9,
      n0,
      _DIe,
      0,
      () => DescribeInstanceRequest$,
      () => DescribeInstanceResponse$
    ];
    var DescribeInstanceAccessControlAttributeConfiguration$ = [
      9,
      n0,
      _DIACACe,
      0,
      () => DescribeInstanceAccessControlAttributeConfigurationRequest$,
      () => DescribeInstanceAccessControlAttributeConfigurationResponse$
    ];
    var DescribePermissionSet$ = [
      9,
      n0,
      _DPSe,
      0,
      () => DescribePermissionSetRequest$,
      () => DescribePermissionSetResponse$
    ];
    var DescribePermissionSetProvisioningStatus$ = [
      9,
      n0,
      _DPSPS,
      0,
      () => DescribePermissionSetProvisioningStatusRequest$,
      () => DescribePermissionSetProvisioningStatusResponse$
    ];
    var DescribeRegion$ = [
      9,
      n0,
      _DR,
      0,
      () => DescribeRegionRequest$,
      () => DescribeRegionResponse$
    ];
    var DescribeTrustedTokenIssuer$ = [
      9,
      n0,
      _DTTIe,
      0,
      () => DescribeTrustedTokenIssuerRequest$,
      () => DescribeTrustedTokenIssuerResponse$
    ];
    var DetachCustomerManagedPolicyReferenceFromPermissionSet$ = [
      9,
      n0,
      _DCMPRFPS,
      0,
      () => DetachCustomerManagedPolicyReferenceFromPermissionSetRequest$,
      () => DetachCustomerManagedPolicyReferenceFromPermissionSetResponse$
    ];
    var DetachManagedPolicyFromPermissionSet$ = [
      9,
      n0,
      _DMPFPS,
      0,
      () => DetachManagedPolicyFromPermissionSetRequest$,
      () => DetachManagedPolicyFromPermissionSetResponse$
    ];
    var GetApplicationAccessScope$ = [
      9,
      n0,
      _GAAS,
      0,
      () => GetApplicationAccessScopeRequest$,
      () => GetApplicationAccessScopeResponse$
    ];
    var GetApplicationAssignmentConfiguration$ = [
      9,
      n0,
      _GAAC,
      0,
      () => GetApplicationAssignmentConfigurationRequest$,
      () => GetApplicationAssignmentConfigurationResponse$
    ];
    var GetApplicationAuthenticationMethod$ = [
      9,
      n0,
      _GAAM,
      0,
      () => GetApplicationAuthenticationMethodRequest$,
      () => GetApplicationAuthenticationMethodResponse$
    ];
    var GetApplicationGrant$ = [
      9,
      n0,
      _GAG,
      0,
      () => GetApplicationGrantRequest$,
      () => GetApplicationGrantResponse$
    ];
    var GetApplicationSessionConfiguration$ = [
      9,
      n0,
      _GASC,
      0,
      () => GetApplicationSessionConfigurationRequest$,
      () => GetApplicationSessionConfigurationResponse$
    ];
    var GetInlinePolicyForPermissionSet$ = [
      9,
      n0,
      _GIPFPS,
      0,
      () => GetInlinePolicyForPermissionSetRequest$,
      () => GetInlinePolicyForPermissionSetResponse$
    ];
    var GetPermissionsBoundaryForPermissionSet$ = [
      9,
      n0,
      _GPBFPS,
      0,
      () => GetPermissionsBoundaryForPermissionSetRequest$,
      () => GetPermissionsBoundaryForPermissionSetResponse$
    ];
    var ListAccountAssignmentCreationStatus$ = [
      9,
      n0,
      _LAACS,
      0,
      () => ListAccountAssignmentCreationStatusRequest$,
      () => ListAccountAssignmentCreationStatusResponse$
    ];
    var ListAccountAssignmentDeletionStatus$ = [
      9,
      n0,
      _LAADS,
      0,
      () => ListAccountAssignmentDeletionStatusRequest$,
      () => ListAccountAssignmentDeletionStatusResponse$
    ];
    var ListAccountAssignments$ = [
      9,
      n0,
      _LAA,
      0,
      () => ListAccountAssignmentsRequest$,
      () => ListAccountAssignmentsResponse$
    ];
    var ListAccountAssignmentsForPrincipal$ = [
      9,
      n0,
      _LAAFP,
      0,
      () => ListAccountAssignmentsForPrincipalRequest$,
      () => ListAccountAssignmentsForPrincipalResponse$
    ];
    var ListAccountsForProvisionedPermissionSet$ = [
      9,
      n0,
      _LAFPPS,
      0,
      () => ListAccountsForProvisionedPermissionSetRequest$,
      () => ListAccountsForProvisionedPermissionSetResponse$
    ];
    var ListApplicationAccessScopes$ = [
      9,
      n0,
      _LAAS,
      0,
      () => ListApplicationAccessScopesRequest$,
      () => ListApplicationAccessScopesResponse$
    ];
    var ListApplicationAssignments$ = [
      9,
      n0,
      _LAAi,
      0,
      () => ListApplicationAssignmentsRequest$,
      () => ListApplicationAssignmentsResponse$
    ];
    var ListApplicationAssignmentsForPrincipal$ = [
      9,
      n0,
      _LAAFPi,
      0,
      () => ListApplicationAssignmentsForPrincipalRequest$,
      () => ListApplicationAssignmentsForPrincipalResponse$
    ];
    var ListApplicationAuthenticationMethods$ = [
      9,
      n0,
      _LAAM,
      0,
      () => ListApplicationAuthenticationMethodsRequest$,
      () => ListApplicationAuthenticationMethodsResponse$
    ];
    var ListApplicationGrants$ = [
      9,
      n0,
      _LAG,
      0,
      () => ListApplicationGrantsRequest$,
      () => ListApplicationGrantsResponse$
    ];
    var ListApplicationProviders$ = [
      9,
      n0,
      _LAP,
      0,
      () => ListApplicationProvidersRequest$,
      () => ListApplicationProvidersResponse$
    ];
    var ListApplications$ = [
      9,
      n0,
      _LA,
      0,
      () => ListApplicationsRequest$,
      () => ListApplicationsResponse$
    ];
    var ListCustomerManagedPolicyReferencesInPermissionSet$ = [
      9,
      n0,
      _LCMPRIPS,
      0,
      () => ListCustomerManagedPolicyReferencesInPermissionSetRequest$,
      () => ListCustomerManagedPolicyReferencesInPermissionSetResponse$
    ];
    var ListInstances$ = [
      9,
      n0,
      _LI,
      0,
      () => ListInstancesRequest$,
      () => ListInstancesResponse$
    ];
    var ListManagedPoliciesInPermissionSet$ = [
      9,
      n0,
      _LMPIPS,
      0,
      () => ListManagedPoliciesInPermissionSetRequest$,
      () => ListManagedPoliciesInPermissionSetResponse$
    ];
    var ListPermissionSetProvisioningStatus$ = [
      9,
      n0,
      _LPSPS,
      0,
      () => ListPermissionSetProvisioningStatusRequest$,
      () => ListPermissionSetProvisioningStatusResponse$
    ];
    var ListPermissionSets$ = [
      9,
      n0,
      _LPS,
      0,
      () => ListPermissionSetsRequest$,
      () => ListPermissionSetsResponse$
    ];
    var ListPermissionSetsProvisionedToAccount$ = [
      9,
      n0,
      _LPSPTA,
      0,
      () => ListPermissionSetsProvisionedToAccountRequest$,
      () => ListPermissionSetsProvisionedToAccountResponse$
    ];
    var ListRegions$ = [
      9,
      n0,
      _LR,
      0,
      () => ListRegionsRequest$,
      () => ListRegionsResponse$
    ];
    var ListTagsForResource$ = [
      9,
      n0,
      _LTFR,
      0,
      () => ListTagsForResourceRequest$,
      () => ListTagsForResourceResponse$
    ];
    var ListTrustedTokenIssuers$ = [
      9,
      n0,
      _LTTI,
      0,
      () => ListTrustedTokenIssuersRequest$,
      () => ListTrustedTokenIssuersResponse$
    ];
    var ProvisionPermissionSet$ = [
      9,
      n0,
      _PPS,
      0,
      () => ProvisionPermissionSetRequest$,
      () => ProvisionPermissionSetResponse$
    ];
    var PutApplicationAccessScope$ = [
      9,
      n0,
      _PAAS,
      2,
      () => PutApplicationAccessScopeRequest$,
      () => __Unit
    ];
    var PutApplicationAssignmentConfiguration$ = [
      9,
      n0,
      _PAAC,
      2,
      () => PutApplicationAssignmentConfigurationRequest$,
      () => PutApplicationAssignmentConfigurationResponse$
    ];
    var PutApplicationAuthenticationMethod$ = [
      9,
      n0,
      _PAAM,
      2,
      () => PutApplicationAuthenticationMethodRequest$,
      () => __Unit
    ];
    var PutApplicationGrant$ = [
      9,
      n0,
      _PAG,
      2,
      () => PutApplicationGrantRequest$,
      () => __Unit
    ];
    var PutApplicationSessionConfiguration$ = [
      9,
      n0,
      _PASC,
      2,
      () => PutApplicationSessionConfigurationRequest$,
      () => PutApplicationSessionConfigurationResponse$
    ];
    var PutInlinePolicyToPermissionSet$ = [
      9,
      n0,
      _PIPTPS,
      0,
      () => PutInlinePolicyToPermissionSetRequest$,
      () => PutInlinePolicyToPermissionSetResponse$
    ];
    var PutPermissionsBoundaryToPermissionSet$ = [
      9,
      n0,
      _PPBTPS,
      0,
      () => PutPermissionsBoundaryToPermissionSetRequest$,
      () => PutPermissionsBoundaryToPermissionSetResponse$
    ];
    var RemoveRegion$ = [
      9,
      n0,
      _RR,
      0,
      () => RemoveRegionRequest$,
      () => RemoveRegionResponse$
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
    var UpdateApplication$ = [
      9,
      n0,
      _UA,
      0,
      () => UpdateApplicationRequest$,
      () => UpdateApplicationResponse$
    ];
    var UpdateInstance$ = [
      9,
      n0,
      _UI,
      0,
      () => UpdateInstanceRequest$,
      () => UpdateInstanceResponse$
    ];
    var UpdateInstanceAccessControlAttributeConfiguration$ = [
      9,
      n0,
      _UIACAC,
      0,
      () => UpdateInstanceAccessControlAttributeConfigurationRequest$,
      () => UpdateInstanceAccessControlAttributeConfigurationResponse$
    ];
    var UpdatePermissionSet$ = [
      9,
      n0,
      _UPS,
      0,
      () => UpdatePermissionSetRequest$,
      () => UpdatePermissionSetResponse$
    ];
    var UpdateTrustedTokenIssuer$ = [
      9,
      n0,
      _UTTI,
      0,
      () => UpdateTrustedTokenIssuerRequest$,
      () => UpdateTrustedTokenIssuerResponse$
    ];
    var getRuntimeConfig$1 = (config) => {
      return {
        apiVersion: "2020-07-20",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultSSOAdminHttpAuthSchemeProvider,
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
          defaultNamespace: "com.amazonaws.ssoadmin",
          errorTypeRegistries,
          version: "2020-07-20",
          serviceTarget: "SWBExternalService"
        },
        serviceId: config?.serviceId ?? "SSO Admin",
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
    var SSOAdminClient = class extends Client {
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
          httpAuthSchemeParametersProvider: defaultSSOAdminHttpAuthSchemeParametersProvider,
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
    var command = makeBuilder(commonParams, "SWBExternalService", "SSOAdminClient", getEndpointPlugin);
    var _ep0 = {};
    var _mw0 = (Command, cs, config, o) => [];
    var AddRegionCommand = class extends command(_ep0, _mw0, "AddRegion", AddRegion$) {
    };
    var AttachCustomerManagedPolicyReferenceToPermissionSetCommand = class extends command(_ep0, _mw0, "AttachCustomerManagedPolicyReferenceToPermissionSet", AttachCustomerManagedPolicyReferenceToPermissionSet$) {
    };
    var AttachManagedPolicyToPermissionSetCommand = class extends command(_ep0, _mw0, "AttachManagedPolicyToPermissionSet", AttachManagedPolicyToPermissionSet$) {
    };
    var CreateAccountAssignmentCommand = class extends command(_ep0, _mw0, "CreateAccountAssignment", CreateAccountAssignment$) {
    };
    var CreateApplicationAssignmentCommand = class extends command(_ep0, _mw0, "CreateApplicationAssignment", CreateApplicationAssignment$) {
    };
    var CreateApplicationCommand = class extends command(_ep0, _mw0, "CreateApplication", CreateApplication$) {
    };
    var CreateInstanceAccessControlAttributeConfigurationCommand = class extends command(_ep0, _mw0, "CreateInstanceAccessControlAttributeConfiguration", CreateInstanceAccessControlAttributeConfiguration$) {
    };
    var CreateInstanceCommand = class extends command(_ep0, _mw0, "CreateInstance", CreateInstance$) {
    };
    var CreatePermissionSetCommand = class extends command(_ep0, _mw0, "CreatePermissionSet", CreatePermissionSet$) {
    };
    var CreateTrustedTokenIssuerCommand = class extends command(_ep0, _mw0, "CreateTrustedTokenIssuer", CreateTrustedTokenIssuer$) {
    };
    var DeleteAccountAssignmentCommand = class extends command(_ep0, _mw0, "DeleteAccountAssignment", DeleteAccountAssignment$) {
    };
    var DeleteApplicationAccessScopeCommand = class extends command(_ep0, _mw0, "DeleteApplicationAccessScope", DeleteApplicationAccessScope$) {
    };
    var DeleteApplicationAssignmentCommand = class extends command(_ep0, _mw0, "DeleteApplicationAssignment", DeleteApplicationAssignment$) {
    };
    var DeleteApplicationAuthenticationMethodCommand = class extends command(_ep0, _mw0, "DeleteApplicationAuthenticationMethod", DeleteApplicationAuthenticationMethod$) {
    };
    var DeleteApplicationCommand = class extends command(_ep0, _mw0, "DeleteApplication", DeleteApplication$) {
    };
    var DeleteApplicationGrantCommand = class extends command(_ep0, _mw0, "DeleteApplicationGrant", DeleteApplicationGrant$) {
    };
    var DeleteInlinePolicyFromPermissionSetCommand = class extends command(_ep0, _mw0, "DeleteInlinePolicyFromPermissionSet", DeleteInlinePolicyFromPermissionSet$) {
    };
    var DeleteInstanceAccessControlAttributeConfigurationCommand = class extends command(_ep0, _mw0, "DeleteInstanceAccessControlAttributeConfiguration", DeleteInstanceAccessControlAttributeConfiguration$) {
    };
    var DeleteInstanceCommand = class extends command(_ep0, _mw0, "DeleteInstance", DeleteInstance$) {
    };
    var DeletePermissionsBoundaryFromPermissionSetCommand = class extends command(_ep0, _mw0, "DeletePermissionsBoundaryFromPermissionSet", DeletePermissionsBoundaryFromPermissionSet$) {
    };
    var DeletePermissionSetCommand = class extends command(_ep0, _mw0, "DeletePermissionSet", DeletePermissionSet$) {
    };
    var DeleteTrustedTokenIssuerCommand = class extends command(_ep0, _mw0, "DeleteTrustedTokenIssuer", DeleteTrustedTokenIssuer$) {
    };
    var DescribeAccountAssignmentCreationStatusCommand = class extends command(_ep0, _mw0, "DescribeAccountAssignmentCreationStatus", DescribeAccountAssignmentCreationStatus$) {
    };
    var DescribeAccountAssignmentDeletionStatusCommand = class extends command(_ep0, _mw0, "DescribeAccountAssignmentDeletionStatus", DescribeAccountAssignmentDeletionStatus$) {
    };
    var DescribeApplicationAssignmentCommand = class extends command(_ep0, _mw0, "DescribeApplicationAssignment", DescribeApplicationAssignment$) {
    };
    var DescribeApplicationCommand = class extends command(_ep0, _mw0, "DescribeApplication", DescribeApplication$) {
    };
    var DescribeApplicationProviderCommand = class extends command(_ep0, _mw0, "DescribeApplicationProvider", DescribeApplicationProvider$) {
    };
    var DescribeInstanceAccessControlAttributeConfigurationCommand = class extends command(_ep0, _mw0, "DescribeInstanceAccessControlAttributeConfiguration", DescribeInstanceAccessControlAttributeConfiguration$) {
    };
    var DescribeInstanceCommand = class extends command(_ep0, _mw0, "DescribeInstance", DescribeInstance$) {
    };
    var DescribePermissionSetCommand = class extends command(_ep0, _mw0, "DescribePermissionSet", DescribePermissionSet$) {
    };
    var DescribePermissionSetProvisioningStatusCommand = class extends command(_ep0, _mw0, "DescribePermissionSetProvisioningStatus", DescribePermissionSetProvisioningStatus$) {
    };
    var DescribeRegionCommand = class extends command(_ep0, _mw0, "DescribeRegion", DescribeRegion$) {
    };
    var DescribeTrustedTokenIssuerCommand = class extends command(_ep0, _mw0, "DescribeTrustedTokenIssuer", DescribeTrustedTokenIssuer$) {
    };
    var DetachCustomerManagedPolicyReferenceFromPermissionSetCommand = class extends command(_ep0, _mw0, "DetachCustomerManagedPolicyReferenceFromPermissionSet", DetachCustomerManagedPolicyReferenceFromPermissionSet$) {
    };
    var DetachManagedPolicyFromPermissionSetCommand = class extends command(_ep0, _mw0, "DetachManagedPolicyFromPermissionSet", DetachManagedPolicyFromPermissionSet$) {
    };
    var GetApplicationAccessScopeCommand = class extends command(_ep0, _mw0, "GetApplicationAccessScope", GetApplicationAccessScope$) {
    };
    var GetApplicationAssignmentConfigurationCommand = class extends command(_ep0, _mw0, "GetApplicationAssignmentConfiguration", GetApplicationAssignmentConfiguration$) {
    };
    var GetApplicationAuthenticationMethodCommand = class extends command(_ep0, _mw0, "GetApplicationAuthenticationMethod", GetApplicationAuthenticationMethod$) {
    };
    var GetApplicationGrantCommand = class extends command(_ep0, _mw0, "GetApplicationGrant", GetApplicationGrant$) {
    };
    var GetApplicationSessionConfigurationCommand = class extends command(_ep0, _mw0, "GetApplicationSessionConfiguration", GetApplicationSessionConfiguration$) {
    };
    var GetInlinePolicyForPermissionSetCommand = class extends command(_ep0, _mw0, "GetInlinePolicyForPermissionSet", GetInlinePolicyForPermissionSet$) {
    };
    var GetPermissionsBoundaryForPermissionSetCommand = class extends command(_ep0, _mw0, "GetPermissionsBoundaryForPermissionSet", GetPermissionsBoundaryForPermissionSet$) {
    };
    var ListAccountAssignmentCreationStatusCommand = class extends command(_ep0, _mw0, "ListAccountAssignmentCreationStatus", ListAccountAssignmentCreationStatus$) {
    };
    var ListAccountAssignmentDeletionStatusCommand = class extends command(_ep0, _mw0, "ListAccountAssignmentDeletionStatus", ListAccountAssignmentDeletionStatus$) {
    };
    var ListAccountAssignmentsCommand = class extends command(_ep0, _mw0, "ListAccountAssignments", ListAccountAssignments$) {
    };
    var ListAccountAssignmentsForPrincipalCommand = class extends command(_ep0, _mw0, "ListAccountAssignmentsForPrincipal", ListAccountAssignmentsForPrincipal$) {
    };
    var ListAccountsForProvisionedPermissionSetCommand = class extends command(_ep0, _mw0, "ListAccountsForProvisionedPermissionSet", ListAccountsForProvisionedPermissionSet$) {
    };
    var ListApplicationAccessScopesCommand = class extends command(_ep0, _mw0, "ListApplicationAccessScopes", ListApplicationAccessScopes$) {
    };
    var ListApplicationAssignmentsCommand = class extends command(_ep0, _mw0, "ListApplicationAssignments", ListApplicationAssignments$) {
    };
    var ListApplicationAssignmentsForPrincipalCommand = class extends command(_ep0, _mw0, "ListApplicationAssignmentsForPrincipal", ListApplicationAssignmentsForPrincipal$) {
    };
    var ListApplicationAuthenticationMethodsCommand = class extends command(_ep0, _mw0, "ListApplicationAuthenticationMethods", ListApplicationAuthenticationMethods$) {
    };
    var ListApplicationGrantsCommand = class extends command(_ep0, _mw0, "ListApplicationGrants", ListApplicationGrants$) {
    };
    var ListApplicationProvidersCommand = class extends command(_ep0, _mw0, "ListApplicationProviders", ListApplicationProviders$) {
    };
    var ListApplicationsCommand = class extends command(_ep0, _mw0, "ListApplications", ListApplications$) {
    };
    var ListCustomerManagedPolicyReferencesInPermissionSetCommand = class extends command(_ep0, _mw0, "ListCustomerManagedPolicyReferencesInPermissionSet", ListCustomerManagedPolicyReferencesInPermissionSet$) {
    };
    var ListInstancesCommand = class extends command(_ep0, _mw0, "ListInstances", ListInstances$) {
    };
    var ListManagedPoliciesInPermissionSetCommand = class extends command(_ep0, _mw0, "ListManagedPoliciesInPermissionSet", ListManagedPoliciesInPermissionSet$) {
    };
    var ListPermissionSetProvisioningStatusCommand = class extends command(_ep0, _mw0, "ListPermissionSetProvisioningStatus", ListPermissionSetProvisioningStatus$) {
    };
    var ListPermissionSetsCommand = class extends command(_ep0, _mw0, "ListPermissionSets", ListPermissionSets$) {
    };
    var ListPermissionSetsProvisionedToAccountCommand = class extends command(_ep0, _mw0, "ListPermissionSetsProvisionedToAccount", ListPermissionSetsProvisionedToAccount$) {
    };
    var ListRegionsCommand = class extends command(_ep0, _mw0, "ListRegions", ListRegions$) {
    };
    var ListTagsForResourceCommand = class extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {
    };
    var ListTrustedTokenIssuersCommand = class extends command(_ep0, _mw0, "ListTrustedTokenIssuers", ListTrustedTokenIssuers$) {
    };
    var ProvisionPermissionSetCommand = class extends command(_ep0, _mw0, "ProvisionPermissionSet", ProvisionPermissionSet$) {
    };
    var PutApplicationAccessScopeCommand = class extends command(_ep0, _mw0, "PutApplicationAccessScope", PutApplicationAccessScope$) {
    };
    var PutApplicationAssignmentConfigurationCommand = class extends command(_ep0, _mw0, "PutApplicationAssignmentConfiguration", PutApplicationAssignmentConfiguration$) {
    };
    var PutApplicationAuthenticationMethodCommand = class extends command(_ep0, _mw0, "PutApplicationAuthenticationMethod", PutApplicationAuthenticationMethod$) {
    };
    var PutApplicationGrantCommand = class extends command(_ep0, _mw0, "PutApplicationGrant", PutApplicationGrant$) {
    };
    var PutApplicationSessionConfigurationCommand = class extends command(_ep0, _mw0, "PutApplicationSessionConfiguration", PutApplicationSessionConfiguration$) {
    };
    var PutInlinePolicyToPermissionSetCommand = class extends command(_ep0, _mw0, "PutInlinePolicyToPermissionSet", PutInlinePolicyToPermissionSet$) {
    };
    var PutPermissionsBoundaryToPermissionSetCommand = class extends command(_ep0, _mw0, "PutPermissionsBoundaryToPermissionSet", PutPermissionsBoundaryToPermissionSet$) {
    };
    var RemoveRegionCommand = class extends command(_ep0, _mw0, "RemoveRegion", RemoveRegion$) {
    };
    var TagResourceCommand = class extends command(_ep0, _mw0, "TagResource", TagResource$) {
    };
    var UntagResourceCommand = class extends command(_ep0, _mw0, "UntagResource", UntagResource$) {
    };
    var UpdateApplicationCommand = class extends command(_ep0, _mw0, "UpdateApplication", UpdateApplication$) {
    };
    var UpdateInstanceAccessControlAttributeConfigurationCommand = class extends command(_ep0, _mw0, "UpdateInstanceAccessControlAttributeConfiguration", UpdateInstanceAccessControlAttributeConfiguration$) {
    };
    var UpdateInstanceCommand = class extends command(_ep0, _mw0, "UpdateInstance", UpdateInstance$) {
    };
    var UpdatePermissionSetCommand = class extends command(_ep0, _mw0, "UpdatePermissionSet", UpdatePermissionSet$) {
    };
    var UpdateTrustedTokenIssuerCommand = class extends command(_ep0, _mw0, "UpdateTrustedTokenIssuer", UpdateTrustedTokenIssuer$) {
    };
    var paginateListAccountAssignmentCreationStatus = createPaginator(SSOAdminClient, ListAccountAssignmentCreationStatusCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListAccountAssignmentDeletionStatus = createPaginator(SSOAdminClient, ListAccountAssignmentDeletionStatusCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListAccountAssignmentsForPrincipal = createPaginator(SSOAdminClient, ListAccountAssignmentsForPrincipalCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListAccountAssignments = createPaginator(SSOAdminClient, ListAccountAssignmentsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListAccountsForProvisionedPermissionSet = createPaginator(SSOAdminClient, ListAccountsForProvisionedPermissionSetCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListApplicationAccessScopes = createPaginator(SSOAdminClient, ListApplicationAccessScopesCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListApplicationAssignmentsForPrincipal = createPaginator(SSOAdminClient, ListApplicationAssignmentsForPrincipalCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListApplicationAssignments = createPaginator(SSOAdminClient, ListApplicationAssignmentsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListApplicationAuthenticationMethods = createPaginator(SSOAdminClient, ListApplicationAuthenticationMethodsCommand, "NextToken", "NextToken", "");
    var paginateListApplicationGrants = createPaginator(SSOAdminClient, ListApplicationGrantsCommand, "NextToken", "NextToken", "");
    var paginateListApplicationProviders = createPaginator(SSOAdminClient, ListApplicationProvidersCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListApplications = createPaginator(SSOAdminClient, ListApplicationsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListCustomerManagedPolicyReferencesInPermissionSet = createPaginator(SSOAdminClient, ListCustomerManagedPolicyReferencesInPermissionSetCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListInstances = createPaginator(SSOAdminClient, ListInstancesCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListManagedPoliciesInPermissionSet = createPaginator(SSOAdminClient, ListManagedPoliciesInPermissionSetCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListPermissionSetProvisioningStatus = createPaginator(SSOAdminClient, ListPermissionSetProvisioningStatusCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListPermissionSets = createPaginator(SSOAdminClient, ListPermissionSetsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListPermissionSetsProvisionedToAccount = createPaginator(SSOAdminClient, ListPermissionSetsProvisionedToAccountCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListRegions = createPaginator(SSOAdminClient, ListRegionsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListTagsForResource = createPaginator(SSOAdminClient, ListTagsForResourceCommand, "NextToken", "NextToken", "");
    var paginateListTrustedTokenIssuers = createPaginator(SSOAdminClient, ListTrustedTokenIssuersCommand, "NextToken", "NextToken", "MaxResults");
    var commands = {
      AddRegionCommand,
      AttachCustomerManagedPolicyReferenceToPermissionSetCommand,
      AttachManagedPolicyToPermissionSetCommand,
      CreateAccountAssignmentCommand,
      CreateApplicationCommand,
      CreateApplicationAssignmentCommand,
      CreateInstanceCommand,
      CreateInstanceAccessControlAttributeConfigurationCommand,
      CreatePermissionSetCommand,
      CreateTrustedTokenIssuerCommand,
      DeleteAccountAssignmentCommand,
      DeleteApplicationCommand,
      DeleteApplicationAccessScopeCommand,
      DeleteApplicationAssignmentCommand,
      DeleteApplicationAuthenticationMethodCommand,
      DeleteApplicationGrantCommand,
      DeleteInlinePolicyFromPermissionSetCommand,
      DeleteInstanceCommand,
      DeleteInstanceAccessControlAttributeConfigurationCommand,
      DeletePermissionsBoundaryFromPermissionSetCommand,
      DeletePermissionSetCommand,
      DeleteTrustedTokenIssuerCommand,
      DescribeAccountAssignmentCreationStatusCommand,
      DescribeAccountAssignmentDeletionStatusCommand,
      DescribeApplicationCommand,
      DescribeApplicationAssignmentCommand,
      DescribeApplicationProviderCommand,
      DescribeInstanceCommand,
      DescribeInstanceAccessControlAttributeConfigurationCommand,
      DescribePermissionSetCommand,
      DescribePermissionSetProvisioningStatusCommand,
      DescribeRegionCommand,
      DescribeTrustedTokenIssuerCommand,
      DetachCustomerManagedPolicyReferenceFromPermissionSetCommand,
      DetachManagedPolicyFromPermissionSetCommand,
      GetApplicationAccessScopeCommand,
      GetApplicationAssignmentConfigurationCommand,
      GetApplicationAuthenticationMethodCommand,
      GetApplicationGrantCommand,
      GetApplicationSessionConfigurationCommand,
      GetInlinePolicyForPermissionSetCommand,
      GetPermissionsBoundaryForPermissionSetCommand,
      ListAccountAssignmentCreationStatusCommand,
      ListAccountAssignmentDeletionStatusCommand,
      ListAccountAssignmentsCommand,
      ListAccountAssignmentsForPrincipalCommand,
      ListAccountsForProvisionedPermissionSetCommand,
      ListApplicationAccessScopesCommand,
      ListApplicationAssignmentsCommand,
      ListApplicationAssignmentsForPrincipalCommand,
      ListApplicationAuthenticationMethodsCommand,
      ListApplicationGrantsCommand,
      ListApplicationProvidersCommand,
      ListApplicationsCommand,
      ListCustomerManagedPolicyReferencesInPermissionSetCommand,
      ListInstancesCommand,
      ListManagedPoliciesInPermissionSetCommand,
      ListPermissionSetProvisioningStatusCommand,
      ListPermissionSetsCommand,
      ListPermissionSetsProvisionedToAccountCommand,
      ListRegionsCommand,
      ListTagsForResourceCommand,
      ListTrustedTokenIssuersCommand,
      ProvisionPermissionSetCommand,
      PutApplicationAccessScopeCommand,
      PutApplicationAssignmentConfigurationCommand,
      PutApplicationAuthenticationMethodCommand,
      PutApplicationGrantCommand,
      PutApplicationSessionConfigurationCommand,
      PutInlinePolicyToPermissionSetCommand,
      PutPermissionsBoundaryToPermissionSetCommand,
      RemoveRegionCommand,
      TagResourceCommand,
      UntagResourceCommand,
      UpdateApplicationCommand,
      UpdateInstanceCommand,
      UpdateInstanceAccessControlAttributeConfigurationCommand,
      UpdatePermissionSetCommand,
      UpdateTrustedTokenIssuerCommand
    };
    var paginators = {
      paginateListAccountAssignmentCreationStatus,
      paginateListAccountAssignmentDeletionStatus,
      paginateListAccountAssignments,
      paginateListAccountAssignmentsForPrincipal,
      paginateListAccountsForProvisionedPermissionSet,
      paginateListApplicationAccessScopes,
      paginateListApplicationAssignments,
      paginateListApplicationAssignmentsForPrincipal,
      paginateListApplicationAuthenticationMethods,
      paginateListApplicationGrants,
      paginateListApplicationProviders,
      paginateListApplications,
      paginateListCustomerManagedPolicyReferencesInPermissionSet,
      paginateListInstances,
      paginateListManagedPoliciesInPermissionSet,
      paginateListPermissionSetProvisioningStatus,
      paginateListPermissionSets,
      paginateListPermissionSetsProvisionedToAccount,
      paginateListRegions,
      paginateListTagsForResource,
      paginateListTrustedTokenIssuers
    };
    var SSOAdmin = class extends SSOAdminClient {
    };
    createAggregatedClient(commands, SSOAdmin, { paginators });
    var AccessDeniedExceptionReason = {
      KMS_ACCESS_DENIED_EXCEPTION: "KMS_AccessDeniedException"
    };
    var PrincipalType = {
      GROUP: "GROUP",
      USER: "USER"
    };
    var StatusValues = {
      FAILED: "FAILED",
      IN_PROGRESS: "IN_PROGRESS",
      SUCCEEDED: "SUCCEEDED"
    };
    var TargetType = {
      AWS_ACCOUNT: "AWS_ACCOUNT"
    };
    var RegionStatus = {
      ACTIVE: "ACTIVE",
      ADDING: "ADDING",
      REMOVING: "REMOVING"
    };
    var ThrottlingExceptionReason = {
      KMS_THROTTLING_EXCEPTION: "KMS_ThrottlingException"
    };
    var ValidationExceptionReason = {
      KMS_DISABLED_EXCEPTION: "KMS_DisabledException",
      KMS_INVALID_KEY_USAGE_EXCEPTION: "KMS_InvalidKeyUsageException",
      KMS_INVALID_STATE_EXCEPTION: "KMS_InvalidStateException"
    };
    var SignInOrigin = {
      APPLICATION: "APPLICATION",
      IDENTITY_CENTER: "IDENTITY_CENTER"
    };
    var ApplicationVisibility = {
      DISABLED: "DISABLED",
      ENABLED: "ENABLED"
    };
    var ApplicationStatus = {
      DISABLED: "DISABLED",
      ENABLED: "ENABLED"
    };
    var ResourceNotFoundExceptionReason = {
      KMS_NOT_FOUND_EXCEPTION: "KMS_NotFoundException"
    };
    var AuthenticationMethodType = {
      IAM: "IAM"
    };
    var GrantType = {
      AUTHORIZATION_CODE: "authorization_code",
      JWT_BEARER: "urn:ietf:params:oauth:grant-type:jwt-bearer",
      REFRESH_TOKEN: "refresh_token",
      TOKEN_EXCHANGE: "urn:ietf:params:oauth:grant-type:token-exchange"
    };
    var FederationProtocol = {
      OAUTH: "OAUTH",
      SAML: "SAML"
    };
    var JwksRetrievalOption = {
      OPEN_ID_DISCOVERY: "OPEN_ID_DISCOVERY"
    };
    var TrustedTokenIssuerType = {
      OIDC_JWT: "OIDC_JWT"
    };
    var KmsKeyStatus = {
      ENABLED: "ENABLED",
      UPDATE_FAILED: "UPDATE_FAILED",
      UPDATING: "UPDATING"
    };
    var KmsKeyType = {
      AWS_OWNED_KMS_KEY: "AWS_OWNED_KMS_KEY",
      CUSTOMER_MANAGED_KEY: "CUSTOMER_MANAGED_KEY"
    };
    var InstanceStatus = {
      ACTIVE: "ACTIVE",
      CREATE_FAILED: "CREATE_FAILED",
      CREATE_IN_PROGRESS: "CREATE_IN_PROGRESS",
      DELETE_IN_PROGRESS: "DELETE_IN_PROGRESS"
    };
    var InstanceAccessControlAttributeConfigurationStatus = {
      CREATION_FAILED: "CREATION_FAILED",
      CREATION_IN_PROGRESS: "CREATION_IN_PROGRESS",
      ENABLED: "ENABLED"
    };
    var UserBackgroundSessionApplicationStatus = {
      DISABLED: "DISABLED",
      ENABLED: "ENABLED"
    };
    var ProvisioningStatus = {
      LATEST_PERMISSION_SET_NOT_PROVISIONED: "LATEST_PERMISSION_SET_NOT_PROVISIONED",
      LATEST_PERMISSION_SET_PROVISIONED: "LATEST_PERMISSION_SET_PROVISIONED"
    };
    var ProvisionTargetType = {
      ALL_PROVISIONED_ACCOUNTS: "ALL_PROVISIONED_ACCOUNTS",
      AWS_ACCOUNT: "AWS_ACCOUNT"
    };
    exports.AccessControlAttribute$ = AccessControlAttribute$;
    exports.AccessControlAttributeValue$ = AccessControlAttributeValue$;
    exports.AccessDeniedException = AccessDeniedException;
    exports.AccessDeniedException$ = AccessDeniedException$;
    exports.AccessDeniedExceptionReason = AccessDeniedExceptionReason;
    exports.AccountAssignment$ = AccountAssignment$;
    exports.AccountAssignmentForPrincipal$ = AccountAssignmentForPrincipal$;
    exports.AccountAssignmentOperationStatus$ = AccountAssignmentOperationStatus$;
    exports.AccountAssignmentOperationStatusMetadata$ = AccountAssignmentOperationStatusMetadata$;
    exports.AddRegion$ = AddRegion$;
    exports.AddRegionCommand = AddRegionCommand;
    exports.AddRegionRequest$ = AddRegionRequest$;
    exports.AddRegionResponse$ = AddRegionResponse$;
    exports.Application$ = Application$;
    exports.ApplicationAssignment$ = ApplicationAssignment$;
    exports.ApplicationAssignmentForPrincipal$ = ApplicationAssignmentForPrincipal$;
    exports.ApplicationProvider$ = ApplicationProvider$;
    exports.ApplicationStatus = ApplicationStatus;
    exports.ApplicationVisibility = ApplicationVisibility;
    exports.AttachCustomerManagedPolicyReferenceToPermissionSet$ = AttachCustomerManagedPolicyReferenceToPermissionSet$;
    exports.AttachCustomerManagedPolicyReferenceToPermissionSetCommand = AttachCustomerManagedPolicyReferenceToPermissionSetCommand;
    exports.AttachCustomerManagedPolicyReferenceToPermissionSetRequest$ = AttachCustomerManagedPolicyReferenceToPermissionSetRequest$;
    exports.AttachCustomerManagedPolicyReferenceToPermissionSetResponse$ = AttachCustomerManagedPolicyReferenceToPermissionSetResponse$;
    exports.AttachManagedPolicyToPermissionSet$ = AttachManagedPolicyToPermissionSet$;
    exports.AttachManagedPolicyToPermissionSetCommand = AttachManagedPolicyToPermissionSetCommand;
    exports.AttachManagedPolicyToPermissionSetRequest$ = AttachManagedPolicyToPermissionSetRequest$;
    exports.AttachManagedPolicyToPermissionSetResponse$ = AttachManagedPolicyToPermissionSetResponse$;
    exports.AttachedManagedPolicy$ = AttachedManagedPolicy$;
    exports.AuthenticationMethod$ = AuthenticationMethod$;
    exports.AuthenticationMethodItem$ = AuthenticationMethodItem$;
    exports.AuthenticationMethodType = AuthenticationMethodType;
    exports.AuthorizationCodeGrant$ = AuthorizationCodeGrant$;
    exports.AuthorizedTokenIssuer$ = AuthorizedTokenIssuer$;
    exports.ConflictException = ConflictException;
    exports.ConflictException$ = ConflictException$;
    exports.CreateAccountAssignment$ = CreateAccountAssignment$;
    exports.CreateAccountAssignmentCommand = CreateAccountAssignmentCommand;
    exports.CreateAccountAssignmentRequest$ = CreateAccountAssignmentRequest$;
    exports.CreateAccountAssignmentResponse$ = CreateAccountAssignmentResponse$;
    exports.CreateApplication$ = CreateApplication$;
    exports.CreateApplicationAssignment$ = CreateApplicationAssignment$;
    exports.CreateApplicationAssignmentCommand = CreateApplicationAssignmentCommand;
    exports.CreateApplicationAssignmentRequest$ = CreateApplicationAssignmentRequest$;
    exports.CreateApplicationAssignmentResponse$ = CreateApplicationAssignmentResponse$;
    exports.CreateApplicationCommand = CreateApplicationCommand;
    exports.CreateApplicationRequest$ = CreateApplicationRequest$;
    exports.CreateApplicationResponse$ = CreateApplicationResponse$;
    exports.CreateInstance$ = CreateInstance$;
    exports.CreateInstanceAccessControlAttributeConfiguration$ = CreateInstanceAccessControlAttributeConfiguration$;
    exports.CreateInstanceAccessControlAttributeConfigurationCommand = CreateInstanceAccessControlAttributeConfigurationCommand;
    exports.CreateInstanceAccessControlAttributeConfigurationRequest$ = CreateInstanceAccessControlAttributeConfigurationRequest$;
    exports.CreateInstanceAccessControlAttributeConfigurationResponse$ = CreateInstanceAccessControlAttributeConfigurationResponse$;
    exports.CreateInstanceCommand = CreateInstanceCommand;
    exports.CreateInstanceRequest$ = CreateInstanceRequest$;
    exports.CreateInstanceResponse$ = CreateInstanceResponse$;
    exports.CreatePermissionSet$ = CreatePermissionSet$;
    exports.CreatePermissionSetCommand = CreatePermissionSetCommand;
    exports.CreatePermissionSetRequest$ = CreatePermissionSetRequest$;
    exports.CreatePermissionSetResponse$ = CreatePermissionSetResponse$;
    exports.CreateTrustedTokenIssuer$ = CreateTrustedTokenIssuer$;
    exports.CreateTrustedTokenIssuerCommand = CreateTrustedTokenIssuerCommand;
    exports.CreateTrustedTokenIssuerRequest$ = CreateTrustedTokenIssuerRequest$;
    exports.CreateTrustedTokenIssuerResponse$ = CreateTrustedTokenIssuerResponse$;
    exports.CustomerManagedPolicyReference$ = CustomerManagedPolicyReference$;
    exports.DeleteAccountAssignment$ = DeleteAccountAssignment$;
    exports.DeleteAccountAssignmentCommand = DeleteAccountAssignmentCommand;
    exports.DeleteAccountAssignmentRequest$ = DeleteAccountAssignmentRequest$;
    exports.DeleteAccountAssignmentResponse$ = DeleteAccountAssignmentResponse$;
    exports.DeleteApplication$ = DeleteApplication$;
    exports.DeleteApplicationAccessScope$ = DeleteApplicationAccessScope$;
    exports.DeleteApplicationAccessScopeCommand = DeleteApplicationAccessScopeCommand;
    exports.DeleteApplicationAccessScopeRequest$ = DeleteApplicationAccessScopeRequest$;
    exports.DeleteApplicationAssignment$ = DeleteApplicationAssignment$;
    exports.DeleteApplicationAssignmentCommand = DeleteApplicationAssignmentCommand;
    exports.DeleteApplicationAssignmentRequest$ = DeleteApplicationAssignmentRequest$;
    exports.DeleteApplicationAssignmentResponse$ = DeleteApplicationAssignmentResponse$;
    exports.DeleteApplicationAuthenticationMethod$ = DeleteApplicationAuthenticationMethod$;
    exports.DeleteApplicationAuthenticationMethodCommand = DeleteApplicationAuthenticationMethodCommand;
    exports.DeleteApplicationAuthenticationMethodRequest$ = DeleteApplicationAuthenticationMethodRequest$;
    exports.DeleteApplicationCommand = DeleteApplicationCommand;
    exports.DeleteApplicationGrant$ = DeleteApplicationGrant$;
    exports.DeleteApplicationGrantCommand = DeleteApplicationGrantCommand;
    exports.DeleteApplicationGrantRequest$ = DeleteApplicationGrantRequest$;
    exports.DeleteApplicationRequest$ = DeleteApplicationRequest$;
    exports.DeleteApplicationResponse$ = DeleteApplicationResponse$;
    exports.DeleteInlinePolicyFromPermissionSet$ = DeleteInlinePolicyFromPermissionSet$;
    exports.DeleteInlinePolicyFromPermissionSetCommand = DeleteInlinePolicyFromPermissionSetCommand;
    exports.DeleteInlinePolicyFromPermissionSetRequest$ = DeleteInlinePolicyFromPermissionSetRequest$;
    exports.DeleteInlinePolicyFromPermissionSetResponse$ = DeleteInlinePolicyFromPermissionSetResponse$;
    exports.DeleteInstance$ = DeleteInstance$;
    exports.DeleteInstanceAccessControlAttributeConfiguration$ = DeleteInstanceAccessControlAttributeConfiguration$;
    exports.DeleteInstanceAccessControlAttributeConfigurationCommand = DeleteInstanceAccessControlAttributeConfigurationCommand;
    exports.DeleteInstanceAccessControlAttributeConfigurationRequest$ = DeleteInstanceAccessControlAttributeConfigurationRequest$;
    exports.DeleteInstanceAccessControlAttributeConfigurationResponse$ = DeleteInstanceAccessControlAttributeConfigurationResponse$;
    exports.DeleteInstanceCommand = DeleteInstanceCommand;
    exports.DeleteInstanceRequest$ = DeleteInstanceRequest$;
    exports.DeleteInstanceResponse$ = DeleteInstanceResponse$;
    exports.DeletePermissionSet$ = DeletePermissionSet$;
    exports.DeletePermissionSetCommand = DeletePermissionSetCommand;
    exports.DeletePermissionSetRequest$ = DeletePermissionSetRequest$;
    exports.DeletePermissionSetResponse$ = DeletePermissionSetResponse$;
    exports.DeletePermissionsBoundaryFromPermissionSet$ = DeletePermissionsBoundaryFromPermissionSet$;
    exports.DeletePermissionsBoundaryFromPermissionSetCommand = DeletePermissionsBoundaryFromPermissionSetCommand;
    exports.DeletePermissionsBoundaryFromPermissionSetRequest$ = DeletePermissionsBoundaryFromPermissionSetRequest$;
    exports.DeletePermissionsBoundaryFromPermissionSetResponse$ = DeletePermissionsBoundaryFromPermissionSetResponse$;
    exports.DeleteTrustedTokenIssuer$ = DeleteTrustedTokenIssuer$;
    exports.DeleteTrustedTokenIssuerCommand = DeleteTrustedTokenIssuerCommand;
    exports.DeleteTrustedTokenIssuerRequest$ = DeleteTrustedTokenIssuerRequest$;
    exports.DeleteTrustedTokenIssuerResponse$ = DeleteTrustedTokenIssuerResponse$;
    exports.DescribeAccountAssignmentCreationStatus$ = DescribeAccountAssignmentCreationStatus$;
    exports.DescribeAccountAssignmentCreationStatusCommand = DescribeAccountAssignmentCreationStatusCommand;
    exports.DescribeAccountAssignmentCreationStatusRequest$ = DescribeAccountAssignmentCreationStatusRequest$;
    exports.DescribeAccountAssignmentCreationStatusResponse$ = DescribeAccountAssignmentCreationStatusResponse$;
    exports.DescribeAccountAssignmentDeletionStatus$ = DescribeAccountAssignmentDeletionStatus$;
    exports.DescribeAccountAssignmentDeletionStatusCommand = DescribeAccountAssignmentDeletionStatusCommand;
    exports.DescribeAccountAssignmentDeletionStatusRequest$ = DescribeAccountAssignmentDeletionStatusRequest$;
    exports.DescribeAccountAssignmentDeletionStatusResponse$ = DescribeAccountAssignmentDeletionStatusResponse$;
    exports.DescribeApplication$ = DescribeApplication$;
    exports.DescribeApplicationAssignment$ = DescribeApplicationAssignment$;
    exports.DescribeApplicationAssignmentCommand = DescribeApplicationAssignmentCommand;
    exports.DescribeApplicationAssignmentRequest$ = DescribeApplicationAssignmentRequest$;
    exports.DescribeApplicationAssignmentResponse$ = DescribeApplicationAssignmentResponse$;
    exports.DescribeApplicationCommand = DescribeApplicationCommand;
    exports.DescribeApplicationProvider$ = DescribeApplicationProvider$;
    exports.DescribeApplicationProviderCommand = DescribeApplicationProviderCommand;
    exports.DescribeApplicationProviderRequest$ = DescribeApplicationProviderRequest$;
    exports.DescribeApplicationProviderResponse$ = DescribeApplicationProviderResponse$;
    exports.DescribeApplicationRequest$ = DescribeApplicationRequest$;
    exports.DescribeApplicationResponse$ = DescribeApplicationResponse$;
    exports.DescribeInstance$ = DescribeInstance$;
    exports.DescribeInstanceAccessControlAttributeConfiguration$ = DescribeInstanceAccessControlAttributeConfiguration$;
    exports.DescribeInstanceAccessControlAttributeConfigurationCommand = DescribeInstanceAccessControlAttributeConfigurationCommand;
    exports.DescribeInstanceAccessControlAttributeConfigurationRequest$ = DescribeInstanceAccessControlAttributeConfigurationRequest$;
    exports.DescribeInstanceAccessControlAttributeConfigurationResponse$ = DescribeInstanceAccessControlAttributeConfigurationResponse$;
    exports.DescribeInstanceCommand = DescribeInstanceCommand;
    exports.DescribeInstanceRequest$ = DescribeInstanceRequest$;
    exports.DescribeInstanceResponse$ = DescribeInstanceResponse$;
    exports.DescribePermissionSet$ = DescribePermissionSet$;
    exports.DescribePermissionSetCommand = DescribePermissionSetCommand;
    exports.DescribePermissionSetProvisioningStatus$ = DescribePermissionSetProvisioningStatus$;
    exports.DescribePermissionSetProvisioningStatusCommand = DescribePermissionSetProvisioningStatusCommand;
    exports.DescribePermissionSetProvisioningStatusRequest$ = DescribePermissionSetProvisioningStatusRequest$;
    exports.DescribePermissionSetProvisioningStatusResponse$ = DescribePermissionSetProvisioningStatusResponse$;
    exports.DescribePermissionSetRequest$ = DescribePermissionSetRequest$;
    exports.DescribePermissionSetResponse$ = DescribePermissionSetResponse$;
    exports.DescribeRegion$ = DescribeRegion$;
    exports.DescribeRegionCommand = DescribeRegionCommand;
    exports.DescribeRegionRequest$ = DescribeRegionRequest$;
    exports.DescribeRegionResponse$ = DescribeRegionResponse$;
    exports.DescribeTrustedTokenIssuer$ = DescribeTrustedTokenIssuer$;
    exports.DescribeTrustedTokenIssuerCommand = DescribeTrustedTokenIssuerCommand;
    exports.DescribeTrustedTokenIssuerRequest$ = DescribeTrustedTokenIssuerRequest$;
    exports.DescribeTrustedTokenIssuerResponse$ = DescribeTrustedTokenIssuerResponse$;
    exports.DetachCustomerManagedPolicyReferenceFromPermissionSet$ = DetachCustomerManagedPolicyReferenceFromPermissionSet$;
    exports.DetachCustomerManagedPolicyReferenceFromPermissionSetCommand = DetachCustomerManagedPolicyReferenceFromPermissionSetCommand;
    exports.DetachCustomerManagedPolicyReferenceFromPermissionSetRequest$ = DetachCustomerManagedPolicyReferenceFromPermissionSetRequest$;
    exports.DetachCustomerManagedPolicyReferenceFromPermissionSetResponse$ = DetachCustomerManagedPolicyReferenceFromPermissionSetResponse$;
    exports.DetachManagedPolicyFromPermissionSet$ = DetachManagedPolicyFromPermissionSet$;
    exports.DetachManagedPolicyFromPermissionSetCommand = DetachManagedPolicyFromPermissionSetCommand;
    exports.DetachManagedPolicyFromPermissionSetRequest$ = DetachManagedPolicyFromPermissionSetRequest$;
    exports.DetachManagedPolicyFromPermissionSetResponse$ = DetachManagedPolicyFromPermissionSetResponse$;
    exports.DisplayData$ = DisplayData$;
    exports.EncryptionConfiguration$ = EncryptionConfiguration$;
    exports.EncryptionConfigurationDetails$ = EncryptionConfigurationDetails$;
    exports.FederationProtocol = FederationProtocol;
    exports.GetApplicationAccessScope$ = GetApplicationAccessScope$;
    exports.GetApplicationAccessScopeCommand = GetApplicationAccessScopeCommand;
    exports.GetApplicationAccessScopeRequest$ = GetApplicationAccessScopeRequest$;
    exports.GetApplicationAccessScopeResponse$ = GetApplicationAccessScopeResponse$;
    exports.GetApplicationAssignmentConfiguration$ = GetApplicationAssignmentConfiguration$;
    exports.GetApplicationAssignmentConfigurationCommand = GetApplicationAssignmentConfigurationCommand;
    exports.GetApplicationAssignmentConfigurationRequest$ = GetApplicationAssignmentConfigurationRequest$;
    exports.GetApplicationAssignmentConfigurationResponse$ = GetApplicationAssignmentConfigurationResponse$;
    exports.GetApplicationAuthenticationMethod$ = GetApplicationAuthenticationMethod$;
    exports.GetApplicationAuthenticationMethodCommand = GetApplicationAuthenticationMethodCommand;
    exports.GetApplicationAuthenticationMethodRequest$ = GetApplicationAuthenticationMethodRequest$;
    exports.GetApplicationAuthenticationMethodResponse$ = GetApplicationAuthenticationMethodResponse$;
    exports.GetApplicationGrant$ = GetApplicationGrant$;
    exports.GetApplicationGrantCommand = GetApplicationGrantCommand;
    exports.GetApplicationGrantRequest$ = GetApplicationGrantRequest$;
    exports.GetApplicationGrantResponse$ = GetApplicationGrantResponse$;
    exports.GetApplicationSessionConfiguration$ = GetApplicationSessionConfiguration$;
    exports.GetApplicationSessionConfigurationCommand = GetApplicationSessionConfigurationCommand;
    exports.GetApplicationSessionConfigurationRequest$ = GetApplicationSessionConfigurationRequest$;
    exports.GetApplicationSessionConfigurationResponse$ = GetApplicationSessionConfigurationResponse$;
    exports.GetInlinePolicyForPermissionSet$ = GetInlinePolicyForPermissionSet$;
    exports.GetInlinePolicyForPermissionSetCommand = GetInlinePolicyForPermissionSetCommand;
    exports.GetInlinePolicyForPermissionSetRequest$ = GetInlinePolicyForPermissionSetRequest$;
    exports.GetInlinePolicyForPermissionSetResponse$ = GetInlinePolicyForPermissionSetResponse$;
    exports.GetPermissionsBoundaryForPermissionSet$ = GetPermissionsBoundaryForPermissionSet$;
    exports.GetPermissionsBoundaryForPermissionSetCommand = GetPermissionsBoundaryForPermissionSetCommand;
    exports.GetPermissionsBoundaryForPermissionSetRequest$ = GetPermissionsBoundaryForPermissionSetRequest$;
    exports.GetPermissionsBoundaryForPermissionSetResponse$ = GetPermissionsBoundaryForPermissionSetResponse$;
    exports.Grant$ = Grant$;
    exports.GrantItem$ = GrantItem$;
    exports.GrantType = GrantType;
    exports.IamAuthenticationMethod$ = IamAuthenticationMethod$;
    exports.InstanceAccessControlAttributeConfiguration$ = InstanceAccessControlAttributeConfiguration$;
    exports.InstanceAccessControlAttributeConfigurationStatus = InstanceAccessControlAttributeConfigurationStatus;
    exports.InstanceMetadata$ = InstanceMetadata$;
    exports.InstanceStatus = InstanceStatus;
    exports.InternalServerException = InternalServerException;
    exports.InternalServerException$ = InternalServerException$;
    exports.JwksRetrievalOption = JwksRetrievalOption;
    exports.JwtBearerGrant$ = JwtBearerGrant$;
    exports.KmsKeyStatus = KmsKeyStatus;
    exports.KmsKeyType = KmsKeyType;
    exports.ListAccountAssignmentCreationStatus$ = ListAccountAssignmentCreationStatus$;
    exports.ListAccountAssignmentCreationStatusCommand = ListAccountAssignmentCreationStatusCommand;
    exports.ListAccountAssignmentCreationStatusRequest$ = ListAccountAssignmentCreationStatusRequest$;
    exports.ListAccountAssignmentCreationStatusResponse$ = ListAccountAssignmentCreationStatusResponse$;
    exports.ListAccountAssignmentDeletionStatus$ = ListAccountAssignmentDeletionStatus$;
    exports.ListAccountAssignmentDeletionStatusCommand = ListAccountAssignmentDeletionStatusCommand;
    exports.ListAccountAssignmentDeletionStatusRequest$ = ListAccountAssignmentDeletionStatusRequest$;
    exports.ListAccountAssignmentDeletionStatusResponse$ = ListAccountAssignmentDeletionStatusResponse$;
    exports.ListAccountAssignments$ = ListAccountAssignments$;
    exports.ListAccountAssignmentsCommand = ListAccountAssignmentsCommand;
    exports.ListAccountAssignmentsFilter$ = ListAccountAssignmentsFilter$;
    exports.ListAccountAssignmentsForPrincipal$ = ListAccountAssignmentsForPrincipal$;
    exports.ListAccountAssignmentsForPrincipalCommand = ListAccountAssignmentsForPrincipalCommand;
    exports.ListAccountAssignmentsForPrincipalRequest$ = ListAccountAssignmentsForPrincipalRequest$;
    exports.ListAccountAssignmentsForPrincipalResponse$ = ListAccountAssignmentsForPrincipalResponse$;
    exports.ListAccountAssignmentsRequest$ = ListAccountAssignmentsRequest$;
    exports.ListAccountAssignmentsResponse$ = ListAccountAssignmentsResponse$;
    exports.ListAccountsForProvisionedPermissionSet$ = ListAccountsForProvisionedPermissionSet$;
    exports.ListAccountsForProvisionedPermissionSetCommand = ListAccountsForProvisionedPermissionSetCommand;
    exports.ListAccountsForProvisionedPermissionSetRequest$ = ListAccountsForProvisionedPermissionSetRequest$;
    exports.ListAccountsForProvisionedPermissionSetResponse$ = ListAccountsForProvisionedPermissionSetResponse$;
    exports.ListApplicationAccessScopes$ = ListApplicationAccessScopes$;
    exports.ListApplicationAccessScopesCommand = ListApplicationAccessScopesCommand;
    exports.ListApplicationAccessScopesRequest$ = ListApplicationAccessScopesRequest$;
    exports.ListApplicationAccessScopesResponse$ = ListApplicationAccessScopesResponse$;
    exports.ListApplicationAssignments$ = ListApplicationAssignments$;
    exports.ListApplicationAssignmentsCommand = ListApplicationAssignmentsCommand;
    exports.ListApplicationAssignmentsFilter$ = ListApplicationAssignmentsFilter$;
    exports.ListApplicationAssignmentsForPrincipal$ = ListApplicationAssignmentsForPrincipal$;
    exports.ListApplicationAssignmentsForPrincipalCommand = ListApplicationAssignmentsForPrincipalCommand;
    exports.ListApplicationAssignmentsForPrincipalRequest$ = ListApplicationAssignmentsForPrincipalRequest$;
    exports.ListApplicationAssignmentsForPrincipalResponse$ = ListApplicationAssignmentsForPrincipalResponse$;
    exports.ListApplicationAssignmentsRequest$ = ListApplicationAssignmentsRequest$;
    exports.ListApplicationAssignmentsResponse$ = ListApplicationAssignmentsResponse$;
    exports.ListApplicationAuthenticationMethods$ = ListApplicationAuthenticationMethods$;
    exports.ListApplicationAuthenticationMethodsCommand = ListApplicationAuthenticationMethodsCommand;
    exports.ListApplicationAuthenticationMethodsRequest$ = ListApplicationAuthenticationMethodsRequest$;
    exports.ListApplicationAuthenticationMethodsResponse$ = ListApplicationAuthenticationMethodsResponse$;
    exports.ListApplicationGrants$ = ListApplicationGrants$;
    exports.ListApplicationGrantsCommand = ListApplicationGrantsCommand;
    exports.ListApplicationGrantsRequest$ = ListApplicationGrantsRequest$;
    exports.ListApplicationGrantsResponse$ = ListApplicationGrantsResponse$;
    exports.ListApplicationProviders$ = ListApplicationProviders$;
    exports.ListApplicationProvidersCommand = ListApplicationProvidersCommand;
    exports.ListApplicationProvidersRequest$ = ListApplicationProvidersRequest$;
    exports.ListApplicationProvidersResponse$ = ListApplicationProvidersResponse$;
    exports.ListApplications$ = ListApplications$;
    exports.ListApplicationsCommand = ListApplicationsCommand;
    exports.ListApplicationsFilter$ = ListApplicationsFilter$;
    exports.ListApplicationsRequest$ = ListApplicationsRequest$;
    exports.ListApplicationsResponse$ = ListApplicationsResponse$;
    exports.ListCustomerManagedPolicyReferencesInPermissionSet$ = ListCustomerManagedPolicyReferencesInPermissionSet$;
    exports.ListCustomerManagedPolicyReferencesInPermissionSetCommand = ListCustomerManagedPolicyReferencesInPermissionSetCommand;
    exports.ListCustomerManagedPolicyReferencesInPermissionSetRequest$ = ListCustomerManagedPolicyReferencesInPermissionSetRequest$;
    exports.ListCustomerManagedPolicyReferencesInPermissionSetResponse$ = ListCustomerManagedPolicyReferencesInPermissionSetResponse$;
    exports.ListInstances$ = ListInstances$;
    exports.ListInstancesCommand = ListInstancesCommand;
    exports.ListInstancesRequest$ = ListInstancesRequest$;
    exports.ListInstancesResponse$ = ListInstancesResponse$;
    exports.ListManagedPoliciesInPermissionSet$ = ListManagedPoliciesInPermissionSet$;
    exports.ListManagedPoliciesInPermissionSetCommand = ListManagedPoliciesInPermissionSetCommand;
    exports.ListManagedPoliciesInPermissionSetRequest$ = ListManagedPoliciesInPermissionSetRequest$;
    exports.ListManagedPoliciesInPermissionSetResponse$ = ListManagedPoliciesInPermissionSetResponse$;
    exports.ListPermissionSetProvisioningStatus$ = ListPermissionSetProvisioningStatus$;
    exports.ListPermissionSetProvisioningStatusCommand = ListPermissionSetProvisioningStatusCommand;
    exports.ListPermissionSetProvisioningStatusRequest$ = ListPermissionSetProvisioningStatusRequest$;
    exports.ListPermissionSetProvisioningStatusResponse$ = ListPermissionSetProvisioningStatusResponse$;
    exports.ListPermissionSets$ = ListPermissionSets$;
    exports.ListPermissionSetsCommand = ListPermissionSetsCommand;
    exports.ListPermissionSetsProvisionedToAccount$ = ListPermissionSetsProvisionedToAccount$;
    exports.ListPermissionSetsProvisionedToAccountCommand = ListPermissionSetsProvisionedToAccountCommand;
    exports.ListPermissionSetsProvisionedToAccountRequest$ = ListPermissionSetsProvisionedToAccountRequest$;
    exports.ListPermissionSetsProvisionedToAccountResponse$ = ListPermissionSetsProvisionedToAccountResponse$;
    exports.ListPermissionSetsRequest$ = ListPermissionSetsRequest$;
    exports.ListPermissionSetsResponse$ = ListPermissionSetsResponse$;
    exports.ListRegions$ = ListRegions$;
    exports.ListRegionsCommand = ListRegionsCommand;
    exports.ListRegionsRequest$ = ListRegionsRequest$;
    exports.ListRegionsResponse$ = ListRegionsResponse$;
    exports.ListTagsForResource$ = ListTagsForResource$;
    exports.ListTagsForResourceCommand = ListTagsForResourceCommand;
    exports.ListTagsForResourceRequest$ = ListTagsForResourceRequest$;
    exports.ListTagsForResourceResponse$ = ListTagsForResourceResponse$;
    exports.ListTrustedTokenIssuers$ = ListTrustedTokenIssuers$;
    exports.ListTrustedTokenIssuersCommand = ListTrustedTokenIssuersCommand;
    exports.ListTrustedTokenIssuersRequest$ = ListTrustedTokenIssuersRequest$;
    exports.ListTrustedTokenIssuersResponse$ = ListTrustedTokenIssuersResponse$;
    exports.OidcJwtConfiguration$ = OidcJwtConfiguration$;
    exports.OidcJwtUpdateConfiguration$ = OidcJwtUpdateConfiguration$;
    exports.OperationStatusFilter$ = OperationStatusFilter$;
    exports.PermissionSet$ = PermissionSet$;
    exports.PermissionSetProvisioningStatus$ = PermissionSetProvisioningStatus$;
    exports.PermissionSetProvisioningStatusMetadata$ = PermissionSetProvisioningStatusMetadata$;
    exports.PermissionsBoundary$ = PermissionsBoundary$;
    exports.PortalOptions$ = PortalOptions$;
    exports.PrincipalType = PrincipalType;
    exports.ProvisionPermissionSet$ = ProvisionPermissionSet$;
    exports.ProvisionPermissionSetCommand = ProvisionPermissionSetCommand;
    exports.ProvisionPermissionSetRequest$ = ProvisionPermissionSetRequest$;
    exports.ProvisionPermissionSetResponse$ = ProvisionPermissionSetResponse$;
    exports.ProvisionTargetType = ProvisionTargetType;
    exports.ProvisioningStatus = ProvisioningStatus;
    exports.PutApplicationAccessScope$ = PutApplicationAccessScope$;
    exports.PutApplicationAccessScopeCommand = PutApplicationAccessScopeCommand;
    exports.PutApplicationAccessScopeRequest$ = PutApplicationAccessScopeRequest$;
    exports.PutApplicationAssignmentConfiguration$ = PutApplicationAssignmentConfiguration$;
    exports.PutApplicationAssignmentConfigurationCommand = PutApplicationAssignmentConfigurationCommand;
    exports.PutApplicationAssignmentConfigurationRequest$ = PutApplicationAssignmentConfigurationRequest$;
    exports.PutApplicationAssignmentConfigurationResponse$ = PutApplicationAssignmentConfigurationResponse$;
    exports.PutApplicationAuthenticationMethod$ = PutApplicationAuthenticationMethod$;
    exports.PutApplicationAuthenticationMethodCommand = PutApplicationAuthenticationMethodCommand;
    exports.PutApplicationAuthenticationMethodRequest$ = PutApplicationAuthenticationMethodRequest$;
    exports.PutApplicationGrant$ = PutApplicationGrant$;
    exports.PutApplicationGrantCommand = PutApplicationGrantCommand;
    exports.PutApplicationGrantRequest$ = PutApplicationGrantRequest$;
    exports.PutApplicationSessionConfiguration$ = PutApplicationSessionConfiguration$;
    exports.PutApplicationSessionConfigurationCommand = PutApplicationSessionConfigurationCommand;
    exports.PutApplicationSessionConfigurationRequest$ = PutApplicationSessionConfigurationRequest$;
    exports.PutApplicationSessionConfigurationResponse$ = PutApplicationSessionConfigurationResponse$;
    exports.PutInlinePolicyToPermissionSet$ = PutInlinePolicyToPermissionSet$;
    exports.PutInlinePolicyToPermissionSetCommand = PutInlinePolicyToPermissionSetCommand;
    exports.PutInlinePolicyToPermissionSetRequest$ = PutInlinePolicyToPermissionSetRequest$;
    exports.PutInlinePolicyToPermissionSetResponse$ = PutInlinePolicyToPermissionSetResponse$;
    exports.PutPermissionsBoundaryToPermissionSet$ = PutPermissionsBoundaryToPermissionSet$;
    exports.PutPermissionsBoundaryToPermissionSetCommand = PutPermissionsBoundaryToPermissionSetCommand;
    exports.PutPermissionsBoundaryToPermissionSetRequest$ = PutPermissionsBoundaryToPermissionSetRequest$;
    exports.PutPermissionsBoundaryToPermissionSetResponse$ = PutPermissionsBoundaryToPermissionSetResponse$;
    exports.RefreshTokenGrant$ = RefreshTokenGrant$;
    exports.RegionMetadata$ = RegionMetadata$;
    exports.RegionStatus = RegionStatus;
    exports.RemoveRegion$ = RemoveRegion$;
    exports.RemoveRegionCommand = RemoveRegionCommand;
    exports.RemoveRegionRequest$ = RemoveRegionRequest$;
    exports.RemoveRegionResponse$ = RemoveRegionResponse$;
    exports.ResourceNotFoundException = ResourceNotFoundException;
    exports.ResourceNotFoundException$ = ResourceNotFoundException$;
    exports.ResourceNotFoundExceptionReason = ResourceNotFoundExceptionReason;
    exports.ResourceServerConfig$ = ResourceServerConfig$;
    exports.ResourceServerScopeDetails$ = ResourceServerScopeDetails$;
    exports.SSOAdmin = SSOAdmin;
    exports.SSOAdminClient = SSOAdminClient;
    exports.SSOAdminServiceException = SSOAdminServiceException;
    exports.SSOAdminServiceException$ = SSOAdminServiceException$;
    exports.ScopeDetails$ = ScopeDetails$;
    exports.ServiceQuotaExceededException = ServiceQuotaExceededException;
    exports.ServiceQuotaExceededException$ = ServiceQuotaExceededException$;
    exports.SignInOptions$ = SignInOptions$;
    exports.SignInOrigin = SignInOrigin;
    exports.StatusValues = StatusValues;
    exports.Tag$ = Tag$;
    exports.TagResource$ = TagResource$;
    exports.TagResourceCommand = TagResourceCommand;
    exports.TagResourceRequest$ = TagResourceRequest$;
    exports.TagResourceResponse$ = TagResourceResponse$;
    exports.TargetType = TargetType;
    exports.ThrottlingException = ThrottlingException;
    exports.ThrottlingException$ = ThrottlingException$;
    exports.ThrottlingExceptionReason = ThrottlingExceptionReason;
    exports.TokenExchangeGrant$ = TokenExchangeGrant$;
    exports.TrustedTokenIssuerConfiguration$ = TrustedTokenIssuerConfiguration$;
    exports.TrustedTokenIssuerMetadata$ = TrustedTokenIssuerMetadata$;
    exports.TrustedTokenIssuerType = TrustedTokenIssuerType;
    exports.TrustedTokenIssuerUpdateConfiguration$ = TrustedTokenIssuerUpdateConfiguration$;
    exports.UntagResource$ = UntagResource$;
    exports.UntagResourceCommand = UntagResourceCommand;
    exports.UntagResourceRequest$ = UntagResourceRequest$;
    exports.UntagResourceResponse$ = UntagResourceResponse$;
    exports.UpdateApplication$ = UpdateApplication$;
    exports.UpdateApplicationCommand = UpdateApplicationCommand;
    exports.UpdateApplicationPortalOptions$ = UpdateApplicationPortalOptions$;
    exports.UpdateApplicationRequest$ = UpdateApplicationRequest$;
    exports.UpdateApplicationResponse$ = UpdateApplicationResponse$;
    exports.UpdateInstance$ = UpdateInstance$;
    exports.UpdateInstanceAccessControlAttributeConfiguration$ = UpdateInstanceAccessControlAttributeConfiguration$;
    exports.UpdateInstanceAccessControlAttributeConfigurationCommand = UpdateInstanceAccessControlAttributeConfigurationCommand;
    exports.UpdateInstanceAccessControlAttributeConfigurationRequest$ = UpdateInstanceAccessControlAttributeConfigurationRequest$;
    exports.UpdateInstanceAccessControlAttributeConfigurationResponse$ = UpdateInstanceAccessControlAttributeConfigurationResponse$;
    exports.UpdateInstanceCommand = UpdateInstanceCommand;
    exports.UpdateInstanceRequest$ = UpdateInstanceRequest$;
    exports.UpdateInstanceResponse$ = UpdateInstanceResponse$;
    exports.UpdatePermissionSet$ = UpdatePermissionSet$;
    exports.UpdatePermissionSetCommand = UpdatePermissionSetCommand;
    exports.UpdatePermissionSetRequest$ = UpdatePermissionSetRequest$;
    exports.UpdatePermissionSetResponse$ = UpdatePermissionSetResponse$;
    exports.UpdateTrustedTokenIssuer$ = UpdateTrustedTokenIssuer$;
    exports.UpdateTrustedTokenIssuerCommand = UpdateTrustedTokenIssuerCommand;
    exports.UpdateTrustedTokenIssuerRequest$ = UpdateTrustedTokenIssuerRequest$;
    exports.UpdateTrustedTokenIssuerResponse$ = UpdateTrustedTokenIssuerResponse$;
    exports.UserBackgroundSessionApplicationStatus = UserBackgroundSessionApplicationStatus;
    exports.ValidationException = ValidationException;
    exports.ValidationException$ = ValidationException$;
    exports.ValidationExceptionReason = ValidationExceptionReason;
    exports.errorTypeRegistries = errorTypeRegistries;
    exports.paginateListAccountAssignmentCreationStatus = paginateListAccountAssignmentCreationStatus;
    exports.paginateListAccountAssignmentDeletionStatus = paginateListAccountAssignmentDeletionStatus;
    exports.paginateListAccountAssignments = paginateListAccountAssignments;
    exports.paginateListAccountAssignmentsForPrincipal = paginateListAccountAssignmentsForPrincipal;
    exports.paginateListAccountsForProvisionedPermissionSet = paginateListAccountsForProvisionedPermissionSet;
    exports.paginateListApplicationAccessScopes = paginateListApplicationAccessScopes;
    exports.paginateListApplicationAssignments = paginateListApplicationAssignments;
    exports.paginateListApplicationAssignmentsForPrincipal = paginateListApplicationAssignmentsForPrincipal;
    exports.paginateListApplicationAuthenticationMethods = paginateListApplicationAuthenticationMethods;
    exports.paginateListApplicationGrants = paginateListApplicationGrants;
    exports.paginateListApplicationProviders = paginateListApplicationProviders;
    exports.paginateListApplications = paginateListApplications;
    exports.paginateListCustomerManagedPolicyReferencesInPermissionSet = paginateListCustomerManagedPolicyReferencesInPermissionSet;
    exports.paginateListInstances = paginateListInstances;
    exports.paginateListManagedPoliciesInPermissionSet = paginateListManagedPoliciesInPermissionSet;
    exports.paginateListPermissionSetProvisioningStatus = paginateListPermissionSetProvisioningStatus;
    exports.paginateListPermissionSets = paginateListPermissionSets;
    exports.paginateListPermissionSetsProvisionedToAccount = paginateListPermissionSetsProvisionedToAccount;
    exports.paginateListRegions = paginateListRegions;
    exports.paginateListTagsForResource = paginateListTagsForResource;
    exports.paginateListTrustedTokenIssuers = paginateListTrustedTokenIssuers;
  }
});
export default require_dist_cjs3();
//# sourceMappingURL=dist-cjs-WLA4PEDB.js.map
