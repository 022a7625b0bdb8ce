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

// node_modules/@aws-sdk/client-securityhub/dist-cjs/index.js
var require_dist_cjs3 = __commonJS({
  "node_modules/@aws-sdk/client-securityhub/dist-cjs/index.js"(exports) {
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
    var { AwsRestJsonProtocol } = (init_protocols2(), __toCommonJS(protocols_exports2));
    var { Sha256 } = (init_checksum(), __toCommonJS(checksum_exports));
    var defaultSecurityHubHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
          name: "securityhub",
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
    var defaultSecurityHubHttpAuthSchemeProvider = (authParameters) => {
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
        defaultSigningName: "securityhub"
      });
    };
    var commonParams = {
      UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
      Endpoint: { type: "builtInParams", name: "endpoint" },
      Region: { type: "builtInParams", name: "region" },
      UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
    };
    var version = "3.1107.0";
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
        ["https://securityhub-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://securityhub-fips.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://securityhub.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://securityhub.{Region}.{PartitionResult#dnsSuffix}", i],
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
    var SecurityHubServiceException = class _SecurityHubServiceException extends ServiceException {
      constructor(options) {
        super(options);
        Object.setPrototypeOf(this, _SecurityHubServiceException.prototype);
      }
    };
    var InternalException = class _InternalException extends SecurityHubServiceException {
      name = "InternalException";
      $fault = "server";
      Message;
      Code;
      constructor(opts) {
        super({
          name: "InternalException",
          $fault: "server",
          ...opts
        });
        Object.setPrototypeOf(this, _InternalException.prototype);
        this.Message = opts.Message;
        this.Code = opts.Code;
      }
    };
    var InvalidAccessException = class _InvalidAccessException extends SecurityHubServiceException {
      name = "InvalidAccessException";
      $fault = "client";
      Message;
      Code;
      constructor(opts) {
        super({
          name: "InvalidAccessException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidAccessException.prototype);
        this.Message = opts.Message;
        this.Code = opts.Code;
      }
    };
    var InvalidInputException = class _InvalidInputException extends SecurityHubServiceException {
      name = "InvalidInputException";
      $fault = "client";
      Message;
      Code;
      constructor(opts) {
        super({
          name: "InvalidInputException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidInputException.prototype);
        this.Message = opts.Message;
        this.Code = opts.Code;
      }
    };
    var LimitExceededException = class _LimitExceededException extends SecurityHubServiceException {
      name = "LimitExceededException";
      $fault = "client";
      Message;
      Code;
      constructor(opts) {
        super({
          name: "LimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _LimitExceededException.prototype);
        this.Message = opts.Message;
        this.Code = opts.Code;
      }
    };
    var ResourceNotFoundException = class _ResourceNotFoundException extends SecurityHubServiceException {
      name = "ResourceNotFoundException";
      $fault = "client";
      Message;
      Code;
      constructor(opts) {
        super({
          name: "ResourceNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResourceNotFoundException.prototype);
        this.Message = opts.Message;
        this.Code = opts.Code;
      }
    };
    var AccessDeniedException = class _AccessDeniedException extends SecurityHubServiceException {
      name = "AccessDeniedException";
      $fault = "client";
      Message;
      Code;
      constructor(opts) {
        super({
          name: "AccessDeniedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AccessDeniedException.prototype);
        this.Message = opts.Message;
        this.Code = opts.Code;
      }
    };
    var ConflictException = class _ConflictException extends SecurityHubServiceException {
      name = "ConflictException";
      $fault = "client";
      Message;
      Code;
      constructor(opts) {
        super({
          name: "ConflictException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ConflictException.prototype);
        this.Message = opts.Message;
        this.Code = opts.Code;
      }
    };
    var InternalServerException = class _InternalServerException extends SecurityHubServiceException {
      name = "InternalServerException";
      $fault = "server";
      Message;
      Code;
      constructor(opts) {
        super({
          name: "InternalServerException",
          $fault: "server",
          ...opts
        });
        Object.setPrototypeOf(this, _InternalServerException.prototype);
        this.Message = opts.Message;
        this.Code = opts.Code;
      }
    };
    var ThrottlingException = class _ThrottlingException extends SecurityHubServiceException {
      name = "ThrottlingException";
      $fault = "client";
      Message;
      Code;
      constructor(opts) {
        super({
          name: "ThrottlingException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ThrottlingException.prototype);
        this.Message = opts.Message;
        this.Code = opts.Code;
      }
    };
    var ValidationException = class _ValidationException extends SecurityHubServiceException {
      name = "ValidationException";
      $fault = "client";
      Message;
      Code;
      constructor(opts) {
        super({
          name: "ValidationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ValidationException.prototype);
        this.Message = opts.Message;
        this.Code = opts.Code;
      }
    };
    var ResourceConflictException = class _ResourceConflictException extends SecurityHubServiceException {
      name = "ResourceConflictException";
      $fault = "client";
      Message;
      Code;
      constructor(opts) {
        super({
          name: "ResourceConflictException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResourceConflictException.prototype);
        this.Message = opts.Message;
        this.Code = opts.Code;
      }
    };
    var ServiceQuotaExceededException = class _ServiceQuotaExceededException extends SecurityHubServiceException {
      name = "ServiceQuotaExceededException";
      $fault = "client";
      Message;
      Code;
      constructor(opts) {
        super({
          name: "ServiceQuotaExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ServiceQuotaExceededException.prototype);
        this.Message = opts.Message;
        this.Code = opts.Code;
      }
    };
    var OrganizationalUnitNotFoundException = class _OrganizationalUnitNotFoundException extends SecurityHubServiceException {
      name = "OrganizationalUnitNotFoundException";
      $fault = "client";
      Message;
      Code;
      constructor(opts) {
        super({
          name: "OrganizationalUnitNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _OrganizationalUnitNotFoundException.prototype);
        this.Message = opts.Message;
        this.Code = opts.Code;
      }
    };
    var OrganizationNotFoundException = class _OrganizationNotFoundException extends SecurityHubServiceException {
      name = "OrganizationNotFoundException";
      $fault = "client";
      Message;
      Code;
      constructor(opts) {
        super({
          name: "OrganizationNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _OrganizationNotFoundException.prototype);
        this.Message = opts.Message;
        this.Code = opts.Code;
      }
    };
    var ResourceInUseException = class _ResourceInUseException extends SecurityHubServiceException {
      name = "ResourceInUseException";
      $fault = "client";
      Message;
      Code;
      constructor(opts) {
        super({
          name: "ResourceInUseException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResourceInUseException.prototype);
        this.Message = opts.Message;
        this.Code = opts.Code;
      }
    };
    var _A = "Action";
    var _AA = "AdminAccount";
    var _AACA = "AwsApiCallAction";
    var _AACADD = "AwsApiCallActionDomainDetails";
    var _AAD = "AutomaticallyAfterDays";
    var _AAGALS = "AwsApiGatewayAccessLogSettings";
    var _AAGCS = "AwsApiGatewayCanarySettings";
    var _AAGEC = "AwsApiGatewayEndpointConfiguration";
    var _AAGMS = "AwsApiGatewayMethodSettings";
    var _AAGMSL = "AwsApiGatewayMethodSettingsList";
    var _AAGRA = "AwsApiGatewayRestApi";
    var _AAGRAD = "AwsApiGatewayRestApiDetails";
    var _AAGS = "AwsApiGatewayStage";
    var _AAGSD = "AwsApiGatewayStageDetails";
    var _AAGVA = "AwsApiGatewayV2Api";
    var _AAGVAD = "AwsApiGatewayV2ApiDetails";
    var _AAGVRS = "AwsApiGatewayV2RouteSettings";
    var _AAGVS = "AwsApiGatewayV2Stage";
    var _AAGVSD = "AwsApiGatewayV2StageDetails";
    var _AAI = "AwsAccountId";
    var _AAIR = "AcceptAdministratorInvitationRequest";
    var _AAIRc = "AcceptAdministratorInvitationResponse";
    var _AAIc = "AcceptAdministratorInvitation";
    var _AAId = "AdminAccountId";
    var _AAMB = "AwsAmazonMqBroker";
    var _AAMBD = "AwsAmazonMqBrokerDetails";
    var _AAMBEOD = "AwsAmazonMqBrokerEncryptionOptionsDetails";
    var _AAMBLD = "AwsAmazonMqBrokerLogsDetails";
    var _AAMBLPD = "AwsAmazonMqBrokerLogsPendingDetails";
    var _AAMBLSMD = "AwsAmazonMqBrokerLdapServerMetadataDetails";
    var _AAMBMWSTD = "AwsAmazonMqBrokerMaintenanceWindowStartTimeDetails";
    var _AAMBUD = "AwsAmazonMqBrokerUsersDetails";
    var _AAMBUL = "AwsAmazonMqBrokerUsersList";
    var _AAN = "AwsAccountName";
    var _AAP = "AdditionalAuthenticationProviders";
    var _AASA = "AutoAcceptSharedAttachments";
    var _AASASG = "AwsAutoScalingAutoScalingGroup";
    var _AASASGAZL = "AwsAutoScalingAutoScalingGroupAvailabilityZonesList";
    var _AASASGAZLD = "AwsAutoScalingAutoScalingGroupAvailabilityZonesListDetails";
    var _AASASGD = "AwsAutoScalingAutoScalingGroupDetails";
    var _AASASGLTLTS = "AwsAutoScalingAutoScalingGroupLaunchTemplateLaunchTemplateSpecification";
    var _AASASGMIPD = "AwsAutoScalingAutoScalingGroupMixedInstancesPolicyDetails";
    var _AASASGMIPIDD = "AwsAutoScalingAutoScalingGroupMixedInstancesPolicyInstancesDistributionDetails";
    var _AASASGMIPLTD = "AwsAutoScalingAutoScalingGroupMixedInstancesPolicyLaunchTemplateDetails";
    var _AASASGMIPLTLTS = "AwsAutoScalingAutoScalingGroupMixedInstancesPolicyLaunchTemplateLaunchTemplateSpecification";
    var _AASASGMIPLTOL = "AwsAutoScalingAutoScalingGroupMixedInstancesPolicyLaunchTemplateOverridesList";
    var _AASASGMIPLTOLD = "AwsAutoScalingAutoScalingGroupMixedInstancesPolicyLaunchTemplateOverridesListDetails";
    var _AASGQA = "AwsAppSyncGraphQlApi";
    var _AASGQAAAPD = "AwsAppSyncGraphQlApiAdditionalAuthenticationProvidersDetails";
    var _AASGQAAAPL = "AwsAppSyncGraphQlApiAdditionalAuthenticationProvidersList";
    var _AASGQAD = "AwsAppSyncGraphQlApiDetails";
    var _AASGQALACD = "AwsAppSyncGraphQlApiLambdaAuthorizerConfigDetails";
    var _AASGQALCD = "AwsAppSyncGraphQlApiLogConfigDetails";
    var _AASGQAOICCD = "AwsAppSyncGraphQlApiOpenIdConnectConfigDetails";
    var _AASGQAUPCD = "AwsAppSyncGraphQlApiUserPoolConfigDetails";
    var _AASLC = "AwsAutoScalingLaunchConfiguration";
    var _AASLCBDMD = "AwsAutoScalingLaunchConfigurationBlockDeviceMappingsDetails";
    var _AASLCBDMED = "AwsAutoScalingLaunchConfigurationBlockDeviceMappingsEbsDetails";
    var _AASLCBDML = "AwsAutoScalingLaunchConfigurationBlockDeviceMappingsList";
    var _AASLCD = "AwsAutoScalingLaunchConfigurationDetails";
    var _AASLCIMD = "AwsAutoScalingLaunchConfigurationInstanceMonitoringDetails";
    var _AASLCMO = "AwsAutoScalingLaunchConfigurationMetadataOptions";
    var _AAWG = "AwsAthenaWorkGroup";
    var _AAWGCD = "AwsAthenaWorkGroupConfigurationDetails";
    var _AAWGCRCD = "AwsAthenaWorkGroupConfigurationResultConfigurationDetails";
    var _AAWGCRCECD = "AwsAthenaWorkGroupConfigurationResultConfigurationEncryptionConfigurationDetails";
    var _AAWGD = "AwsAthenaWorkGroupDetails";
    var _AAd = "AdditionalAttributes";
    var _AAdm = "AdminAccounts";
    var _AAl = "AlarmActions";
    var _AAla = "AlarmArn";
    var _AAp = "ApplicationArn";
    var _ABBP = "AwsBackupBackupPlan";
    var _ABBPABSD = "AwsBackupBackupPlanAdvancedBackupSettingsDetails";
    var _ABBPABSL = "AwsBackupBackupPlanAdvancedBackupSettingsList";
    var _ABBPBPD = "AwsBackupBackupPlanBackupPlanDetails";
    var _ABBPD = "AwsBackupBackupPlanDetails";
    var _ABBPLD = "AwsBackupBackupPlanLifecycleDetails";
    var _ABBPRCAD = "AwsBackupBackupPlanRuleCopyActionsDetails";
    var _ABBPRCAL = "AwsBackupBackupPlanRuleCopyActionsList";
    var _ABBPRD = "AwsBackupBackupPlanRuleDetails";
    var _ABBPRL = "AwsBackupBackupPlanRuleList";
    var _ABBV = "AwsBackupBackupVault";
    var _ABBVD = "AwsBackupBackupVaultDetails";
    var _ABBVND = "AwsBackupBackupVaultNotificationsDetails";
    var _ABRP = "AwsBackupRecoveryPoint";
    var _ABRPCBD = "AwsBackupRecoveryPointCreatedByDetails";
    var _ABRPCLD = "AwsBackupRecoveryPointCalculatedLifecycleDetails";
    var _ABRPD = "AwsBackupRecoveryPointDetails";
    var _ABRPLD = "AwsBackupRecoveryPointLifecycleDetails";
    var _ABS = "AdvancedBackupSettings";
    var _AC = "AllowCredentials";
    var _ACA = "AcmCertificateArn";
    var _ACBP = "AwsCodeBuildProject";
    var _ACBPAD = "AwsCodeBuildProjectArtifactsDetails";
    var _ACBPAL = "AwsCodeBuildProjectArtifactsList";
    var _ACBPD = "AwsCodeBuildProjectDetails";
    var _ACBPE = "AwsCodeBuildProjectEnvironment";
    var _ACBPEEVD = "AwsCodeBuildProjectEnvironmentEnvironmentVariablesDetails";
    var _ACBPEEVL = "AwsCodeBuildProjectEnvironmentEnvironmentVariablesList";
    var _ACBPERC = "AwsCodeBuildProjectEnvironmentRegistryCredential";
    var _ACBPLCCWLD = "AwsCodeBuildProjectLogsConfigCloudWatchLogsDetails";
    var _ACBPLCD = "AwsCodeBuildProjectLogsConfigDetails";
    var _ACBPLCSLD = "AwsCodeBuildProjectLogsConfigS3LogsDetails";
    var _ACBPS = "AwsCodeBuildProjectSource";
    var _ACBPVC = "AwsCodeBuildProjectVpcConfig";
    var _ACC = "AwsCorsConfiguration";
    var _ACFD = "AwsCloudFrontDistribution";
    var _ACFDCB = "AwsCloudFrontDistributionCacheBehavior";
    var _ACFDCBIL = "AwsCloudFrontDistributionCacheBehaviorsItemList";
    var _ACFDCBw = "AwsCloudFrontDistributionCacheBehaviors";
    var _ACFDD = "AwsCloudFrontDistributionDetails";
    var _ACFDDCB = "AwsCloudFrontDistributionDefaultCacheBehavior";
    var _ACFDL = "AwsCloudFrontDistributionLogging";
    var _ACFDO = "AwsCloudFrontDistributionOrigins";
    var _ACFDOCOC = "AwsCloudFrontDistributionOriginCustomOriginConfig";
    var _ACFDOG = "AwsCloudFrontDistributionOriginGroup";
    var _ACFDOGF = "AwsCloudFrontDistributionOriginGroupFailover";
    var _ACFDOGFSC = "AwsCloudFrontDistributionOriginGroupFailoverStatusCodes";
    var _ACFDOGIL = "AwsCloudFrontDistributionOriginGroupsItemList";
    var _ACFDOGw = "AwsCloudFrontDistributionOriginGroups";
    var _ACFDOI = "AwsCloudFrontDistributionOriginItem";
    var _ACFDOIL = "AwsCloudFrontDistributionOriginItemList";
    var _ACFDOSOC = "AwsCloudFrontDistributionOriginS3OriginConfig";
    var _ACFDOSP = "AwsCloudFrontDistributionOriginSslProtocols";
    var _ACFDVC = "AwsCloudFrontDistributionViewerCertificate";
    var _ACFS = "AwsCloudFormationStack";
    var _ACFSD = "AwsCloudFormationStackDetails";
    var _ACFSDID = "AwsCloudFormationStackDriftInformationDetails";
    var _ACFSOD = "AwsCloudFormationStackOutputsDetails";
    var _ACFSOL = "AwsCloudFormationStackOutputsList";
    var _ACIA = "AssociateCarrierIpAddress";
    var _ACL = "AccessControlList";
    var _ACMC = "AwsCertificateManagerCertificate";
    var _ACMCD = "AwsCertificateManagerCertificateDetails";
    var _ACMCDVO = "AwsCertificateManagerCertificateDomainValidationOption";
    var _ACMCDVOw = "AwsCertificateManagerCertificateDomainValidationOptions";
    var _ACMCEKU = "AwsCertificateManagerCertificateExtendedKeyUsage";
    var _ACMCEKUw = "AwsCertificateManagerCertificateExtendedKeyUsages";
    var _ACMCKU = "AwsCertificateManagerCertificateKeyUsage";
    var _ACMCKUw = "AwsCertificateManagerCertificateKeyUsages";
    var _ACMCO = "AwsCertificateManagerCertificateOptions";
    var _ACMCRR = "AwsCertificateManagerCertificateResourceRecord";
    var _ACMCRS = "AwsCertificateManagerCertificateRenewalSummary";
    var _ACR = "AllowCancelResize";
    var _ACRd = "AdditionalCodeRepositories";
    var _ACSP = "AppCookieStickinessPolicies";
    var _ACTT = "AwsCloudTrailTrail";
    var _ACTTD = "AwsCloudTrailTrailDetails";
    var _ACUT = "AlarmConfigurationUpdatedTimestamp";
    var _ACWA = "AwsCloudWatchAlarm";
    var _ACWAD = "AwsCloudWatchAlarmDetails";
    var _ACWADD = "AwsCloudWatchAlarmDimensionsDetails";
    var _ACWADL = "AwsCloudWatchAlarmDimensionsList";
    var _ACc = "AcceleratorCount";
    var _ACt = "AttachmentCount";
    var _ACu = "AuthorizationConfig";
    var _ACut = "AuthCode";
    var _AD = "AccountDetails";
    var _ADDT = "AwsDynamoDbTable";
    var _ADDTAD = "AwsDynamoDbTableAttributeDefinition";
    var _ADDTADL = "AwsDynamoDbTableAttributeDefinitionList";
    var _ADDTBMS = "AwsDynamoDbTableBillingModeSummary";
    var _ADDTD = "AwsDynamoDbTableDetails";
    var _ADDTGSI = "AwsDynamoDbTableGlobalSecondaryIndex";
    var _ADDTGSIL = "AwsDynamoDbTableGlobalSecondaryIndexList";
    var _ADDTKS = "AwsDynamoDbTableKeySchema";
    var _ADDTKSL = "AwsDynamoDbTableKeySchemaList";
    var _ADDTLSI = "AwsDynamoDbTableLocalSecondaryIndex";
    var _ADDTLSIL = "AwsDynamoDbTableLocalSecondaryIndexList";
    var _ADDTP = "AwsDynamoDbTableProjection";
    var _ADDTPT = "AwsDynamoDbTableProvisionedThroughput";
    var _ADDTPTO = "AwsDynamoDbTableProvisionedThroughputOverride";
    var _ADDTR = "AwsDynamoDbTableReplica";
    var _ADDTRGSI = "AwsDynamoDbTableReplicaGlobalSecondaryIndex";
    var _ADDTRGSIL = "AwsDynamoDbTableReplicaGlobalSecondaryIndexList";
    var _ADDTRL = "AwsDynamoDbTableReplicaList";
    var _ADDTRS = "AwsDynamoDbTableRestoreSummary";
    var _ADDTSD = "AwsDynamoDbTableSseDescription";
    var _ADDTSS = "AwsDynamoDbTableStreamSpecification";
    var _ADE = "AccessDeniedException";
    var _ADED = "AwsDmsEndpointDetails";
    var _ADEw = "AwsDmsEndpoint";
    var _ADL = "AccountDetailsList";
    var _ADRFRV = "AllowDnsResolutionFromRemoteVpc";
    var _ADRI = "AwsDmsReplicationInstance";
    var _ADRID = "AwsDmsReplicationInstanceDetails";
    var _ADRIRSGD = "AwsDmsReplicationInstanceReplicationSubnetGroupDetails";
    var _ADRIVSGD = "AwsDmsReplicationInstanceVpcSecurityGroupsDetails";
    var _ADRIVSGL = "AwsDmsReplicationInstanceVpcSecurityGroupsList";
    var _ADRT = "AwsDmsReplicationTask";
    var _ADRTD = "AwsDmsReplicationTaskDetails";
    var _ADRTI = "AssociationDefaultRouteTableId";
    var _ADc = "ActiveDirectory";
    var _ADct = "ActionDefinition";
    var _ADd = "AddressDefinition";
    var _ADl = "AlarmDescription";
    var _ADt = "AttributeDefinitions";
    var _ADu = "AutoDeploy";
    var _ADz = "AzureDetail";
    var _AE = "ApiEndpoint";
    var _AEACSP = "AwsElbAppCookieStickinessPolicy";
    var _AEACSPw = "AwsElbAppCookieStickinessPolicies";
    var _AEAP = "AwsEfsAccessPoint";
    var _AEAPD = "AwsEfsAccessPointDetails";
    var _AEAPPUD = "AwsEfsAccessPointPosixUserDetails";
    var _AEAPRDCID = "AwsEfsAccessPointRootDirectoryCreationInfoDetails";
    var _AEAPRDD = "AwsEfsAccessPointRootDirectoryDetails";
    var _AEBE = "AwsElasticBeanstalkEnvironment";
    var _AEBED = "AwsElasticBeanstalkEnvironmentDetails";
    var _AEBEEL = "AwsElasticBeanstalkEnvironmentEnvironmentLink";
    var _AEBEELw = "AwsElasticBeanstalkEnvironmentEnvironmentLinks";
    var _AEBEOS = "AwsElasticBeanstalkEnvironmentOptionSetting";
    var _AEBEOSw = "AwsElasticBeanstalkEnvironmentOptionSettings";
    var _AEBET = "AwsElasticBeanstalkEnvironmentTier";
    var _AEC = "AutoEnableControls";
    var _AECCD = "AwsEcsClusterConfigurationDetails";
    var _AECCECCD = "AwsEcsClusterConfigurationExecuteCommandConfigurationDetails";
    var _AECCECCLCD = "AwsEcsClusterConfigurationExecuteCommandConfigurationLogConfigurationDetails";
    var _AECCSD = "AwsEcsClusterClusterSettingsDetails";
    var _AECCSL = "AwsEcsClusterClusterSettingsList";
    var _AECD = "AwsEcsClusterDetails";
    var _AECDCPSD = "AwsEcsClusterDefaultCapacityProviderStrategyDetails";
    var _AECDCPSL = "AwsEcsClusterDefaultCapacityProviderStrategyList";
    var _AECDL = "AwsEcsContainerDetailsList";
    var _AECDw = "AwsEcsContainerDetails";
    var _AECDws = "AwsEksClusterDetails";
    var _AECI = "AwsEcrContainerImage";
    var _AECID = "AwsEcrContainerImageDetails";
    var _AECLCLD = "AwsEksClusterLoggingClusterLoggingDetails";
    var _AECLCLL = "AwsEksClusterLoggingClusterLoggingList";
    var _AECLD = "AwsEksClusterLoggingDetails";
    var _AECRVCD = "AwsEksClusterResourcesVpcConfigDetails";
    var _AECVE = "AwsEc2ClientVpnEndpoint";
    var _AECVEAOADD = "AwsEc2ClientVpnEndpointAuthenticationOptionsActiveDirectoryDetails";
    var _AECVEAOD = "AwsEc2ClientVpnEndpointAuthenticationOptionsDetails";
    var _AECVEAOFAD = "AwsEc2ClientVpnEndpointAuthenticationOptionsFederatedAuthenticationDetails";
    var _AECVEAOL = "AwsEc2ClientVpnEndpointAuthenticationOptionsList";
    var _AECVEAOMAD = "AwsEc2ClientVpnEndpointAuthenticationOptionsMutualAuthenticationDetails";
    var _AECVECCOD = "AwsEc2ClientVpnEndpointClientConnectOptionsDetails";
    var _AECVECCOSD = "AwsEc2ClientVpnEndpointClientConnectOptionsStatusDetails";
    var _AECVECLBOD = "AwsEc2ClientVpnEndpointClientLoginBannerOptionsDetails";
    var _AECVECLOD = "AwsEc2ClientVpnEndpointConnectionLogOptionsDetails";
    var _AECVED = "AwsEc2ClientVpnEndpointDetails";
    var _AECw = "AwsEcsCluster";
    var _AECws = "AwsEcsContainer";
    var _AECwsk = "AwsEksCluster";
    var _AED = "AwsElasticsearchDomain";
    var _AEDD = "AwsElasticsearchDomainDetails";
    var _AEDDEO = "AwsElasticsearchDomainDomainEndpointOptions";
    var _AEDEARO = "AwsElasticsearchDomainEncryptionAtRestOptions";
    var _AEDECCD = "AwsElasticsearchDomainElasticsearchClusterConfigDetails";
    var _AEDECCZACD = "AwsElasticsearchDomainElasticsearchClusterConfigZoneAwarenessConfigDetails";
    var _AEDLPO = "AwsElasticsearchDomainLogPublishingOptions";
    var _AEDLPOLC = "AwsElasticsearchDomainLogPublishingOptionsLogConfig";
    var _AEDNTNEO = "AwsElasticsearchDomainNodeToNodeEncryptionOptions";
    var _AEDSSO = "AwsElasticsearchDomainServiceSoftwareOptions";
    var _AEDVPCO = "AwsElasticsearchDomainVPCOptions";
    var _AEE = "AwsEc2Eip";
    var _AEED = "AwsEc2EipDetails";
    var _AEEDw = "AwsEventsEndpointDetails";
    var _AEEDws = "AwsEventsEventbusDetails";
    var _AEEEBD = "AwsEventsEndpointEventBusesDetails";
    var _AEEEBL = "AwsEventsEndpointEventBusesList";
    var _AEERCD = "AwsEventsEndpointReplicationConfigDetails";
    var _AEERCDw = "AwsEventsEndpointRoutingConfigDetails";
    var _AEERCFCD = "AwsEventsEndpointRoutingConfigFailoverConfigDetails";
    var _AEERCFCPD = "AwsEventsEndpointRoutingConfigFailoverConfigPrimaryDetails";
    var _AEERCFCSD = "AwsEventsEndpointRoutingConfigFailoverConfigSecondaryDetails";
    var _AEEw = "AwsEventsEventbus";
    var _AEEws = "AwsEventsEndpoint";
    var _AEFLCLTRV = "AllowEgressFromLocalClassicLinkToRemoteVpc";
    var _AEFLVTRCL = "AllowEgressFromLocalVpcToRemoteClassicLink";
    var _AEI = "AwsEc2Instance";
    var _AEID = "AwsEc2InstanceDetails";
    var _AEIMD = "AwsEc2InstanceMonitoringDetails";
    var _AEIMO = "AwsEc2InstanceMetadataOptions";
    var _AEINID = "AwsEc2InstanceNetworkInterfacesDetails";
    var _AEINIL = "AwsEc2InstanceNetworkInterfacesList";
    var _AELB = "AwsElbv2LoadBalancer";
    var _AELBA = "AwsElbLoadBalancerAttributes";
    var _AELBAA = "AwsElbLoadBalancerAdditionalAttribute";
    var _AELBAAL = "AwsElbLoadBalancerAdditionalAttributeList";
    var _AELBAL = "AwsElbLoadBalancerAccessLog";
    var _AELBAw = "AwsElbv2LoadBalancerAttribute";
    var _AELBAws = "AwsElbv2LoadBalancerAttributes";
    var _AELBBSD = "AwsElbLoadBalancerBackendServerDescription";
    var _AELBBSDw = "AwsElbLoadBalancerBackendServerDescriptions";
    var _AELBCD = "AwsElbLoadBalancerConnectionDraining";
    var _AELBCS = "AwsElbLoadBalancerConnectionSettings";
    var _AELBCZLB = "AwsElbLoadBalancerCrossZoneLoadBalancing";
    var _AELBD = "AwsElbLoadBalancerDetails";
    var _AELBDw = "AwsElbv2LoadBalancerDetails";
    var _AELBHC = "AwsElbLoadBalancerHealthCheck";
    var _AELBI = "AwsElbLoadBalancerInstance";
    var _AELBIw = "AwsElbLoadBalancerInstances";
    var _AELBL = "AwsElbLoadBalancerListener";
    var _AELBLD = "AwsElbLoadBalancerListenerDescription";
    var _AELBLDw = "AwsElbLoadBalancerListenerDescriptions";
    var _AELBP = "AwsElbLoadBalancerPolicies";
    var _AELBSSG = "AwsElbLoadBalancerSourceSecurityGroup";
    var _AELBw = "AwsElbLoadBalancer";
    var _AELCSP = "AwsElbLbCookieStickinessPolicy";
    var _AELCSPw = "AwsElbLbCookieStickinessPolicies";
    var _AELT = "AwsEc2LaunchTemplate";
    var _AELTD = "AwsEc2LaunchTemplateDetails";
    var _AELTDBDMSD = "AwsEc2LaunchTemplateDataBlockDeviceMappingSetDetails";
    var _AELTDBDMSED = "AwsEc2LaunchTemplateDataBlockDeviceMappingSetEbsDetails";
    var _AELTDBDMSL = "AwsEc2LaunchTemplateDataBlockDeviceMappingSetList";
    var _AELTDCOD = "AwsEc2LaunchTemplateDataCpuOptionsDetails";
    var _AELTDCRSCRTD = "AwsEc2LaunchTemplateDataCapacityReservationSpecificationCapacityReservationTargetDetails";
    var _AELTDCRSD = "AwsEc2LaunchTemplateDataCapacityReservationSpecificationDetails";
    var _AELTDCSD = "AwsEc2LaunchTemplateDataCreditSpecificationDetails";
    var _AELTDD = "AwsEc2LaunchTemplateDataDetails";
    var _AELTDEGSSD = "AwsEc2LaunchTemplateDataElasticGpuSpecificationSetDetails";
    var _AELTDEGSSL = "AwsEc2LaunchTemplateDataElasticGpuSpecificationSetList";
    var _AELTDEIASD = "AwsEc2LaunchTemplateDataElasticInferenceAcceleratorSetDetails";
    var _AELTDEIASL = "AwsEc2LaunchTemplateDataElasticInferenceAcceleratorSetList";
    var _AELTDEOD = "AwsEc2LaunchTemplateDataEnclaveOptionsDetails";
    var _AELTDHOD = "AwsEc2LaunchTemplateDataHibernationOptionsDetails";
    var _AELTDIIPD = "AwsEc2LaunchTemplateDataIamInstanceProfileDetails";
    var _AELTDIMOD = "AwsEc2LaunchTemplateDataInstanceMarketOptionsDetails";
    var _AELTDIMOSOD = "AwsEc2LaunchTemplateDataInstanceMarketOptionsSpotOptionsDetails";
    var _AELTDIRACD = "AwsEc2LaunchTemplateDataInstanceRequirementsAcceleratorCountDetails";
    var _AELTDIRATMMBD = "AwsEc2LaunchTemplateDataInstanceRequirementsAcceleratorTotalMemoryMiBDetails";
    var _AELTDIRBEBMD = "AwsEc2LaunchTemplateDataInstanceRequirementsBaselineEbsBandwidthMbpsDetails";
    var _AELTDIRD = "AwsEc2LaunchTemplateDataInstanceRequirementsDetails";
    var _AELTDIRMGBPVCD = "AwsEc2LaunchTemplateDataInstanceRequirementsMemoryGiBPerVCpuDetails";
    var _AELTDIRMMBD = "AwsEc2LaunchTemplateDataInstanceRequirementsMemoryMiBDetails";
    var _AELTDIRNICD = "AwsEc2LaunchTemplateDataInstanceRequirementsNetworkInterfaceCountDetails";
    var _AELTDIRTLSGBD = "AwsEc2LaunchTemplateDataInstanceRequirementsTotalLocalStorageGBDetails";
    var _AELTDIRVCCD = "AwsEc2LaunchTemplateDataInstanceRequirementsVCpuCountDetails";
    var _AELTDLSD = "AwsEc2LaunchTemplateDataLicenseSetDetails";
    var _AELTDLSL = "AwsEc2LaunchTemplateDataLicenseSetList";
    var _AELTDMD = "AwsEc2LaunchTemplateDataMonitoringDetails";
    var _AELTDMOD = "AwsEc2LaunchTemplateDataMaintenanceOptionsDetails";
    var _AELTDMODw = "AwsEc2LaunchTemplateDataMetadataOptionsDetails";
    var _AELTDNISD = "AwsEc2LaunchTemplateDataNetworkInterfaceSetDetails";
    var _AELTDNISIAD = "AwsEc2LaunchTemplateDataNetworkInterfaceSetIpv6AddressesDetails";
    var _AELTDNISIAL = "AwsEc2LaunchTemplateDataNetworkInterfaceSetIpv6AddressesList";
    var _AELTDNISIPD = "AwsEc2LaunchTemplateDataNetworkInterfaceSetIpv4PrefixesDetails";
    var _AELTDNISIPDw = "AwsEc2LaunchTemplateDataNetworkInterfaceSetIpv6PrefixesDetails";
    var _AELTDNISIPL = "AwsEc2LaunchTemplateDataNetworkInterfaceSetIpv4PrefixesList";
    var _AELTDNISIPLw = "AwsEc2LaunchTemplateDataNetworkInterfaceSetIpv6PrefixesList";
    var _AELTDNISL = "AwsEc2LaunchTemplateDataNetworkInterfaceSetList";
    var _AELTDNISPIAD = "AwsEc2LaunchTemplateDataNetworkInterfaceSetPrivateIpAddressesDetails";
    var _AELTDNISPIAL = "AwsEc2LaunchTemplateDataNetworkInterfaceSetPrivateIpAddressesList";
    var _AELTDPD = "AwsEc2LaunchTemplateDataPlacementDetails";
    var _AELTDPDNOD = "AwsEc2LaunchTemplateDataPrivateDnsNameOptionsDetails";
    var _AENA = "AwsEc2NetworkAcl";
    var _AENAA = "AwsEc2NetworkAclAssociation";
    var _AENAAL = "AwsEc2NetworkAclAssociationList";
    var _AENAD = "AwsEc2NetworkAclDetails";
    var _AENAE = "AwsEc2NetworkAclEntry";
    var _AENAEL = "AwsEc2NetworkAclEntryList";
    var _AENI = "AwsEc2NetworkInterface";
    var _AENIA = "AwsEc2NetworkInterfaceAttachment";
    var _AENID = "AwsEc2NetworkInterfaceDetails";
    var _AENIIVAD = "AwsEc2NetworkInterfaceIpV6AddressDetail";
    var _AENIIVAL = "AwsEc2NetworkInterfaceIpV6AddressList";
    var _AENIPIAD = "AwsEc2NetworkInterfacePrivateIpAddressDetail";
    var _AENIPIAL = "AwsEc2NetworkInterfacePrivateIpAddressList";
    var _AENISG = "AwsEc2NetworkInterfaceSecurityGroup";
    var _AENISGL = "AwsEc2NetworkInterfaceSecurityGroupList";
    var _AER = "AwsEcrRepository";
    var _AERD = "AwsEcrRepositoryDetails";
    var _AERISCD = "AwsEcrRepositoryImageScanningConfigurationDetails";
    var _AERLPD = "AwsEcrRepositoryLifecyclePolicyDetails";
    var _AERT = "AwsEc2RouteTable";
    var _AERTD = "AwsEc2RouteTableDetails";
    var _AES = "AutoEnableStandards";
    var _AESCPSD = "AwsEcsServiceCapacityProviderStrategyDetails";
    var _AESCPSL = "AwsEcsServiceCapacityProviderStrategyList";
    var _AESD = "AwsEc2SubnetDetails";
    var _AESDCD = "AwsEcsServiceDeploymentConfigurationDetails";
    var _AESDCDCBD = "AwsEcsServiceDeploymentConfigurationDeploymentCircuitBreakerDetails";
    var _AESDCDw = "AwsEcsServiceDeploymentControllerDetails";
    var _AESDw = "AwsEcsServiceDetails";
    var _AESG = "AwsEc2SecurityGroup";
    var _AESGD = "AwsEc2SecurityGroupDetails";
    var _AESGIP = "AwsEc2SecurityGroupIpPermission";
    var _AESGIPL = "AwsEc2SecurityGroupIpPermissionList";
    var _AESGIR = "AwsEc2SecurityGroupIpRange";
    var _AESGIRL = "AwsEc2SecurityGroupIpRangeList";
    var _AESGIRLw = "AwsEc2SecurityGroupIpv6RangeList";
    var _AESGIRw = "AwsEc2SecurityGroupIpv6Range";
    var _AESGPLI = "AwsEc2SecurityGroupPrefixListId";
    var _AESGPLIL = "AwsEc2SecurityGroupPrefixListIdList";
    var _AESGUIGP = "AwsEc2SecurityGroupUserIdGroupPair";
    var _AESGUIGPL = "AwsEc2SecurityGroupUserIdGroupPairList";
    var _AESLBD = "AwsEcsServiceLoadBalancersDetails";
    var _AESLBL = "AwsEcsServiceLoadBalancersList";
    var _AESNCAVCD = "AwsEcsServiceNetworkConfigurationAwsVpcConfigurationDetails";
    var _AESNCD = "AwsEcsServiceNetworkConfigurationDetails";
    var _AESPCD = "AwsEcsServicePlacementConstraintsDetails";
    var _AESPCL = "AwsEcsServicePlacementConstraintsList";
    var _AESPSD = "AwsEcsServicePlacementStrategiesDetails";
    var _AESPSL = "AwsEcsServicePlacementStrategiesList";
    var _AESR = "AwsEventSchemasRegistry";
    var _AESRD = "AwsEventSchemasRegistryDetails";
    var _AESSRD = "AwsEcsServiceServiceRegistriesDetails";
    var _AESSRL = "AwsEcsServiceServiceRegistriesList";
    var _AESw = "AwsEc2Subnet";
    var _AESws = "AwsEcsService";
    var _AET = "AwsEcsTask";
    var _AETD = "AwsEcsTaskDetails";
    var _AETDCDD = "AwsEcsTaskDefinitionContainerDefinitionsDetails";
    var _AETDCDDOD = "AwsEcsTaskDefinitionContainerDefinitionsDependsOnDetails";
    var _AETDCDDOL = "AwsEcsTaskDefinitionContainerDefinitionsDependsOnList";
    var _AETDCDED = "AwsEcsTaskDefinitionContainerDefinitionsEnvironmentDetails";
    var _AETDCDEFD = "AwsEcsTaskDefinitionContainerDefinitionsEnvironmentFilesDetails";
    var _AETDCDEFL = "AwsEcsTaskDefinitionContainerDefinitionsEnvironmentFilesList";
    var _AETDCDEHD = "AwsEcsTaskDefinitionContainerDefinitionsExtraHostsDetails";
    var _AETDCDEHL = "AwsEcsTaskDefinitionContainerDefinitionsExtraHostsList";
    var _AETDCDEL = "AwsEcsTaskDefinitionContainerDefinitionsEnvironmentList";
    var _AETDCDFCD = "AwsEcsTaskDefinitionContainerDefinitionsFirelensConfigurationDetails";
    var _AETDCDHCD = "AwsEcsTaskDefinitionContainerDefinitionsHealthCheckDetails";
    var _AETDCDL = "AwsEcsTaskDefinitionContainerDefinitionsList";
    var _AETDCDLCD = "AwsEcsTaskDefinitionContainerDefinitionsLogConfigurationDetails";
    var _AETDCDLCSOD = "AwsEcsTaskDefinitionContainerDefinitionsLogConfigurationSecretOptionsDetails";
    var _AETDCDLCSOL = "AwsEcsTaskDefinitionContainerDefinitionsLogConfigurationSecretOptionsList";
    var _AETDCDLPCD = "AwsEcsTaskDefinitionContainerDefinitionsLinuxParametersCapabilitiesDetails";
    var _AETDCDLPD = "AwsEcsTaskDefinitionContainerDefinitionsLinuxParametersDetails";
    var _AETDCDLPDD = "AwsEcsTaskDefinitionContainerDefinitionsLinuxParametersDevicesDetails";
    var _AETDCDLPDL = "AwsEcsTaskDefinitionContainerDefinitionsLinuxParametersDevicesList";
    var _AETDCDLPTD = "AwsEcsTaskDefinitionContainerDefinitionsLinuxParametersTmpfsDetails";
    var _AETDCDLPTL = "AwsEcsTaskDefinitionContainerDefinitionsLinuxParametersTmpfsList";
    var _AETDCDMPD = "AwsEcsTaskDefinitionContainerDefinitionsMountPointsDetails";
    var _AETDCDMPL = "AwsEcsTaskDefinitionContainerDefinitionsMountPointsList";
    var _AETDCDPMD = "AwsEcsTaskDefinitionContainerDefinitionsPortMappingsDetails";
    var _AETDCDPML = "AwsEcsTaskDefinitionContainerDefinitionsPortMappingsList";
    var _AETDCDRCD = "AwsEcsTaskDefinitionContainerDefinitionsRepositoryCredentialsDetails";
    var _AETDCDRRD = "AwsEcsTaskDefinitionContainerDefinitionsResourceRequirementsDetails";
    var _AETDCDRRL = "AwsEcsTaskDefinitionContainerDefinitionsResourceRequirementsList";
    var _AETDCDSCD = "AwsEcsTaskDefinitionContainerDefinitionsSystemControlsDetails";
    var _AETDCDSCL = "AwsEcsTaskDefinitionContainerDefinitionsSystemControlsList";
    var _AETDCDSD = "AwsEcsTaskDefinitionContainerDefinitionsSecretsDetails";
    var _AETDCDSL = "AwsEcsTaskDefinitionContainerDefinitionsSecretsList";
    var _AETDCDUD = "AwsEcsTaskDefinitionContainerDefinitionsUlimitsDetails";
    var _AETDCDUL = "AwsEcsTaskDefinitionContainerDefinitionsUlimitsList";
    var _AETDCDVFD = "AwsEcsTaskDefinitionContainerDefinitionsVolumesFromDetails";
    var _AETDCDVFL = "AwsEcsTaskDefinitionContainerDefinitionsVolumesFromList";
    var _AETDD = "AwsEcsTaskDefinitionDetails";
    var _AETDIAD = "AwsEcsTaskDefinitionInferenceAcceleratorsDetails";
    var _AETDIAL = "AwsEcsTaskDefinitionInferenceAcceleratorsList";
    var _AETDPCD = "AwsEcsTaskDefinitionPlacementConstraintsDetails";
    var _AETDPCDw = "AwsEcsTaskDefinitionProxyConfigurationDetails";
    var _AETDPCL = "AwsEcsTaskDefinitionPlacementConstraintsList";
    var _AETDPCPCPD = "AwsEcsTaskDefinitionProxyConfigurationProxyConfigurationPropertiesDetails";
    var _AETDPCPCPL = "AwsEcsTaskDefinitionProxyConfigurationProxyConfigurationPropertiesList";
    var _AETDVD = "AwsEcsTaskDefinitionVolumesDetails";
    var _AETDVDVCD = "AwsEcsTaskDefinitionVolumesDockerVolumeConfigurationDetails";
    var _AETDVEVCACD = "AwsEcsTaskDefinitionVolumesEfsVolumeConfigurationAuthorizationConfigDetails";
    var _AETDVEVCD = "AwsEcsTaskDefinitionVolumesEfsVolumeConfigurationDetails";
    var _AETDVHD = "AwsEcsTaskDefinitionVolumesHostDetails";
    var _AETDVL = "AwsEcsTaskDefinitionVolumesList";
    var _AETDw = "AwsEcsTaskDefinition";
    var _AETG = "AwsEc2TransitGateway";
    var _AETGD = "AwsEc2TransitGatewayDetails";
    var _AETVD = "AwsEcsTaskVolumeDetails";
    var _AETVDL = "AwsEcsTaskVolumeDetailsList";
    var _AETVHD = "AwsEcsTaskVolumeHostDetails";
    var _AEV = "AwsEc2Volume";
    var _AEVA = "AwsEc2VolumeAttachment";
    var _AEVAL = "AwsEc2VolumeAttachmentList";
    var _AEVC = "AwsEc2VpnConnection";
    var _AEVCD = "AwsEc2VpnConnectionDetails";
    var _AEVCOD = "AwsEc2VpnConnectionOptionsDetails";
    var _AEVCOTOD = "AwsEc2VpnConnectionOptionsTunnelOptionsDetails";
    var _AEVCOTOL = "AwsEc2VpnConnectionOptionsTunnelOptionsList";
    var _AEVCRD = "AwsEc2VpnConnectionRoutesDetails";
    var _AEVCRL = "AwsEc2VpnConnectionRoutesList";
    var _AEVCVTD = "AwsEc2VpnConnectionVgwTelemetryDetails";
    var _AEVCVTL = "AwsEc2VpnConnectionVgwTelemetryList";
    var _AEVD = "AwsEc2VolumeDetails";
    var _AEVDw = "AwsEc2VpcDetails";
    var _AEVES = "AwsEc2VpcEndpointService";
    var _AEVESD = "AwsEc2VpcEndpointServiceDetails";
    var _AEVESSTD = "AwsEc2VpcEndpointServiceServiceTypeDetails";
    var _AEVESSTL = "AwsEc2VpcEndpointServiceServiceTypeList";
    var _AEVPC = "AwsEc2VpcPeeringConnection";
    var _AEVPCD = "AwsEc2VpcPeeringConnectionDetails";
    var _AEVPCSD = "AwsEc2VpcPeeringConnectionStatusDetails";
    var _AEVPCVID = "AwsEc2VpcPeeringConnectionVpcInfoDetails";
    var _AEVw = "AwsEc2Vpc";
    var _AEc = "ActionsEnabled";
    var _AEu = "AutoEnable";
    var _AF = "AssociationFilters";
    var _AFTS = "AccountFreeTrialStatus";
    var _AFTSL = "AccountFreeTrialStatusList";
    var _AFTSc = "AccountFreeTrialStatuses";
    var _AGDD = "AwsGuardDutyDetector";
    var _AGDDD = "AwsGuardDutyDetectorDetails";
    var _AGDDDSCTD = "AwsGuardDutyDetectorDataSourcesCloudTrailDetails";
    var _AGDDDSD = "AwsGuardDutyDetectorDataSourcesDetails";
    var _AGDDDSDLD = "AwsGuardDutyDetectorDataSourcesDnsLogsDetails";
    var _AGDDDSFLD = "AwsGuardDutyDetectorDataSourcesFlowLogsDetails";
    var _AGDDDSKALD = "AwsGuardDutyDetectorDataSourcesKubernetesAuditLogsDetails";
    var _AGDDDSKD = "AwsGuardDutyDetectorDataSourcesKubernetesDetails";
    var _AGDDDSMPD = "AwsGuardDutyDetectorDataSourcesMalwareProtectionDetails";
    var _AGDDDSMPSEIWFD = "AwsGuardDutyDetectorDataSourcesMalwareProtectionScanEc2InstanceWithFindingsDetails";
    var _AGDDDSMPSEIWFEVD = "AwsGuardDutyDetectorDataSourcesMalwareProtectionScanEc2InstanceWithFindingsEbsVolumesDetails";
    var _AGDDDSSLD = "AwsGuardDutyDetectorDataSourcesS3LogsDetails";
    var _AGDDFD = "AwsGuardDutyDetectorFeaturesDetails";
    var _AGDDFL = "AwsGuardDutyDetectorFeaturesList";
    var _AGM = "ApiGatewayManaged";
    var _AH = "AllowHeaders";
    var _AI = "AdministratorId";
    var _AIAC = "AvailableIpAddressCount";
    var _AIAK = "AwsIamAccessKey";
    var _AIAKD = "AwsIamAccessKeyDetails";
    var _AIAKSC = "AwsIamAccessKeySessionContext";
    var _AIAKSCA = "AwsIamAccessKeySessionContextAttributes";
    var _AIAKSCSI = "AwsIamAccessKeySessionContextSessionIssuer";
    var _AIAMP = "AwsIamAttachedManagedPolicy";
    var _AIAMPL = "AwsIamAttachedManagedPolicyList";
    var _AIAOC = "AssignIpv6AddressOnCreation";
    var _AICR = "AppIdClientRegex";
    var _AID = "AIDetails";
    var _AIG = "AwsIamGroup";
    var _AIGD = "AwsIamGroupDetails";
    var _AIGP = "AwsIamGroupPolicy";
    var _AIGPL = "AwsIamGroupPolicyList";
    var _AIIP = "AwsIamInstanceProfile";
    var _AIIPL = "AwsIamInstanceProfileList";
    var _AIIPR = "AwsIamInstanceProfileRole";
    var _AIIPRw = "AwsIamInstanceProfileRoles";
    var _AIMU = "AbortIncompleteMultipartUpload";
    var _AIP = "AwsIamPolicy";
    var _AIPB = "AwsIamPermissionsBoundary";
    var _AIPD = "AwsIamPolicyDetails";
    var _AIPV = "AwsIamPolicyVersion";
    var _AIPVL = "AwsIamPolicyVersionList";
    var _AIR = "AcceptInvitationRequest";
    var _AIRD = "AwsIamRoleDetails";
    var _AIRP = "AwsIamRolePolicy";
    var _AIRPL = "AwsIamRolePolicyList";
    var _AIRc = "AcceptInvitationResponse";
    var _AIRw = "AwsIamRole";
    var _AIU = "AwsIamUser";
    var _AIUD = "AwsIamUserDetails";
    var _AIUP = "AwsIamUserPolicy";
    var _AIUPL = "AwsIamUserPolicyList";
    var _AIc = "AccountId";
    var _AIcc = "AccountIds";
    var _AIcce = "AcceptInvitation";
    var _AIct = "ActorIds";
    var _AIl = "AllocationId";
    var _AIp = "ApiId";
    var _AIr = "ArtifactIdentifier";
    var _AIs = "AssociationId";
    var _AIt = "AttachmentId";
    var _AKI = "AccessKeyId";
    var _AKK = "AwsKmsKey";
    var _AKKD = "AwsKmsKeyDetails";
    var _AKS = "ApiKeySource";
    var _AKSD = "AwsKinesisStreamDetails";
    var _AKSE = "ApiKeySelectionExpression";
    var _AKSSED = "AwsKinesisStreamStreamEncryptionDetails";
    var _AKSw = "AwsKinesisStream";
    var _AL = "AuditLogs";
    var _ALF = "AwsLambdaFunction";
    var _ALFC = "AwsLambdaFunctionCode";
    var _ALFD = "AwsLambdaFunctionDetails";
    var _ALFDLC = "AwsLambdaFunctionDeadLetterConfig";
    var _ALFE = "AwsLambdaFunctionEnvironment";
    var _ALFEE = "AwsLambdaFunctionEnvironmentError";
    var _ALFL = "AwsLambdaFunctionLayer";
    var _ALFLL = "AwsLambdaFunctionLayerList";
    var _ALFTC = "AwsLambdaFunctionTracingConfig";
    var _ALFVC = "AwsLambdaFunctionVpcConfig";
    var _ALG = "AuditLogGroup";
    var _ALID = "ActionLocalIpDetails";
    var _ALLV = "AwsLambdaLayerVersion";
    var _ALLVD = "AwsLambdaLayerVersionDetails";
    var _ALPD = "ActionLocalPortDetails";
    var _ALS = "AccessLogSettings";
    var _ALc = "AccessLog";
    var _ALct = "ActionList";
    var _ALcto = "ActorsList";
    var _ALd = "AdjustmentList";
    var _AM = "AllowMethods";
    var _AMC = "AwsMskCluster";
    var _AMCCICAD = "AwsMskClusterClusterInfoClientAuthenticationDetails";
    var _AMCCICASD = "AwsMskClusterClusterInfoClientAuthenticationSaslDetails";
    var _AMCCICASID = "AwsMskClusterClusterInfoClientAuthenticationSaslIamDetails";
    var _AMCCICASSD = "AwsMskClusterClusterInfoClientAuthenticationSaslScramDetails";
    var _AMCCICATD = "AwsMskClusterClusterInfoClientAuthenticationTlsDetails";
    var _AMCCICAUD = "AwsMskClusterClusterInfoClientAuthenticationUnauthenticatedDetails";
    var _AMCCID = "AwsMskClusterClusterInfoDetails";
    var _AMCCIEID = "AwsMskClusterClusterInfoEncryptionInfoDetails";
    var _AMCCIEIEARD = "AwsMskClusterClusterInfoEncryptionInfoEncryptionAtRestDetails";
    var _AMCCIEIEITD = "AwsMskClusterClusterInfoEncryptionInfoEncryptionInTransitDetails";
    var _AMCD = "AwsMskClusterDetails";
    var _AMP = "AttachedManagedPolicies";
    var _AMPL = "AwsMountPointList";
    var _AMPw = "AwsMountPoint";
    var _AMVU = "AutoMinorVersionUpgrade";
    var _AMc = "AcceleratorManufacturers";
    var _AN = "AlarmName";
    var _ANFF = "AwsNetworkFirewallFirewall";
    var _ANFFD = "AwsNetworkFirewallFirewallDetails";
    var _ANFFP = "AwsNetworkFirewallFirewallPolicy";
    var _ANFFPD = "AwsNetworkFirewallFirewallPolicyDetails";
    var _ANFFSMD = "AwsNetworkFirewallFirewallSubnetMappingsDetails";
    var _ANFFSML = "AwsNetworkFirewallFirewallSubnetMappingsList";
    var _ANFRG = "AwsNetworkFirewallRuleGroup";
    var _ANFRGD = "AwsNetworkFirewallRuleGroupDetails";
    var _ANc = "AcceleratorNames";
    var _ANcc = "AccountName";
    var _ANct = "ActionName";
    var _ANp = "ApplicationName";
    var _ANt = "AttributeName";
    var _AO = "AllowOrigins";
    var _AOS = "AwsOrganizationScope";
    var _AOSL = "AwsOrganizationScopeList";
    var _AOSSD = "AwsOpenSearchServiceDomain";
    var _AOSSDASOD = "AwsOpenSearchServiceDomainAdvancedSecurityOptionsDetails";
    var _AOSSDCCD = "AwsOpenSearchServiceDomainClusterConfigDetails";
    var _AOSSDCCZACD = "AwsOpenSearchServiceDomainClusterConfigZoneAwarenessConfigDetails";
    var _AOSSDD = "AwsOpenSearchServiceDomainDetails";
    var _AOSSDDEOD = "AwsOpenSearchServiceDomainDomainEndpointOptionsDetails";
    var _AOSSDEAROD = "AwsOpenSearchServiceDomainEncryptionAtRestOptionsDetails";
    var _AOSSDLPO = "AwsOpenSearchServiceDomainLogPublishingOption";
    var _AOSSDLPOD = "AwsOpenSearchServiceDomainLogPublishingOptionsDetails";
    var _AOSSDMUOD = "AwsOpenSearchServiceDomainMasterUserOptionsDetails";
    var _AOSSDNTNEOD = "AwsOpenSearchServiceDomainNodeToNodeEncryptionOptionsDetails";
    var _AOSSDSSOD = "AwsOpenSearchServiceDomainServiceSoftwareOptionsDetails";
    var _AOSSDVOD = "AwsOpenSearchServiceDomainVpcOptionsDetails";
    var _AOd = "AdditionalOccurrences";
    var _AOs = "AsnOrg";
    var _AOu = "AuthenticationOptions";
    var _AOw = "AwsOrganizations";
    var _AP = "AccessPolicy";
    var _APA = "AccessPointArn";
    var _APC = "AzureProviderConfiguration";
    var _API = "AssignPublicIp";
    var _APIA = "AssociatePublicIpAddress";
    var _APIc = "AccessPointId";
    var _APc = "AccessPolicies";
    var _AR = "AffectedResources";
    var _ARA = "AutomationRulesAction";
    var _ARALV = "AutomationRulesActionListV2";
    var _ARATLV = "AutomationRulesActionTypeListV2";
    var _ARATOV = "AutomationRulesActionTypeObjectV2";
    var _ARAV = "AutomationRulesActionV2";
    var _ARAu = "AutomationRulesArns";
    var _ARC = "AutomationRulesConfig";
    var _ARCCN = "AwsRedshiftClusterClusterNode";
    var _ARCCNw = "AwsRedshiftClusterClusterNodes";
    var _ARCCPG = "AwsRedshiftClusterClusterParameterGroup";
    var _ARCCPGw = "AwsRedshiftClusterClusterParameterGroups";
    var _ARCCPS = "AwsRedshiftClusterClusterParameterStatus";
    var _ARCCPSL = "AwsRedshiftClusterClusterParameterStatusList";
    var _ARCCSCS = "AwsRedshiftClusterClusterSnapshotCopyStatus";
    var _ARCCSG = "AwsRedshiftClusterClusterSecurityGroup";
    var _ARCCSGw = "AwsRedshiftClusterClusterSecurityGroups";
    var _ARCD = "AwsRedshiftClusterDetails";
    var _ARCDMW = "AwsRedshiftClusterDeferredMaintenanceWindow";
    var _ARCDMWw = "AwsRedshiftClusterDeferredMaintenanceWindows";
    var _ARCE = "AwsRedshiftClusterEndpoint";
    var _ARCEIS = "AwsRedshiftClusterElasticIpStatus";
    var _ARCHS = "AwsRedshiftClusterHsmStatus";
    var _ARCIR = "AwsRedshiftClusterIamRole";
    var _ARCIRw = "AwsRedshiftClusterIamRoles";
    var _ARCL = "AutomationRulesConfigList";
    var _ARCLS = "AwsRedshiftClusterLoggingStatus";
    var _ARCPMV = "AwsRedshiftClusterPendingModifiedValues";
    var _ARCRI = "AwsRedshiftClusterResizeInfo";
    var _ARCRS = "AwsRedshiftClusterRestoreStatus";
    var _ARCVSG = "AwsRedshiftClusterVpcSecurityGroup";
    var _ARCVSGw = "AwsRedshiftClusterVpcSecurityGroups";
    var _ARCc = "AcceptedRouteCount";
    var _ARCw = "AwsRedshiftCluster";
    var _ARDC = "AwsRdsDbCluster";
    var _ARDCAR = "AwsRdsDbClusterAssociatedRole";
    var _ARDCARw = "AwsRdsDbClusterAssociatedRoles";
    var _ARDCD = "AwsRdsDbClusterDetails";
    var _ARDCM = "AwsRdsDbClusterMember";
    var _ARDCMw = "AwsRdsDbClusterMembers";
    var _ARDCOGM = "AwsRdsDbClusterOptionGroupMembership";
    var _ARDCOGMw = "AwsRdsDbClusterOptionGroupMemberships";
    var _ARDCS = "AwsRdsDbClusterSnapshot";
    var _ARDCSD = "AwsRdsDbClusterSnapshotDetails";
    var _ARDCSDCSA = "AwsRdsDbClusterSnapshotDbClusterSnapshotAttribute";
    var _ARDCSDCSAw = "AwsRdsDbClusterSnapshotDbClusterSnapshotAttributes";
    var _ARDDM = "AwsRdsDbDomainMembership";
    var _ARDDMw = "AwsRdsDbDomainMemberships";
    var _ARDI = "AwsRdsDbInstance";
    var _ARDIAR = "AwsRdsDbInstanceAssociatedRole";
    var _ARDIARw = "AwsRdsDbInstanceAssociatedRoles";
    var _ARDID = "AwsRdsDbInstanceDetails";
    var _ARDIE = "AwsRdsDbInstanceEndpoint";
    var _ARDIVSG = "AwsRdsDbInstanceVpcSecurityGroup";
    var _ARDIVSGw = "AwsRdsDbInstanceVpcSecurityGroups";
    var _ARDOGM = "AwsRdsDbOptionGroupMembership";
    var _ARDOGMw = "AwsRdsDbOptionGroupMemberships";
    var _ARDPF = "AwsRdsDbProcessorFeature";
    var _ARDPFw = "AwsRdsDbProcessorFeatures";
    var _ARDPG = "AwsRdsDbParameterGroup";
    var _ARDPGw = "AwsRdsDbParameterGroups";
    var _ARDPMV = "AwsRdsDbPendingModifiedValues";
    var _ARDS = "AwsRdsDbSnapshot";
    var _ARDSD = "AwsRdsDbSnapshotDetails";
    var _ARDSG = "AwsRdsDbSubnetGroup";
    var _ARDSGD = "AwsRdsDbSecurityGroupDetails";
    var _ARDSGESG = "AwsRdsDbSecurityGroupEc2SecurityGroup";
    var _ARDSGESGw = "AwsRdsDbSecurityGroupEc2SecurityGroups";
    var _ARDSGIR = "AwsRdsDbSecurityGroupIpRange";
    var _ARDSGIRw = "AwsRdsDbSecurityGroupIpRanges";
    var _ARDSGS = "AwsRdsDbSubnetGroupSubnet";
    var _ARDSGSAZ = "AwsRdsDbSubnetGroupSubnetAvailabilityZone";
    var _ARDSGSw = "AwsRdsDbSubnetGroupSubnets";
    var _ARDSGw = "AwsRdsDbSecurityGroup";
    var _ARDSI = "AwsRdsDbStatusInfo";
    var _ARDSIw = "AwsRdsDbStatusInfos";
    var _ARES = "AwsRdsEventSubscription";
    var _ARESD = "AwsRdsEventSubscriptionDetails";
    var _ARFF = "AutomationRulesFindingFilters";
    var _ARFFU = "AutomationRulesFindingFieldsUpdate";
    var _ARFFUV = "AutomationRulesFindingFieldsUpdateV2";
    var _ARHZ = "AwsRoute53HostedZone";
    var _ARHZCD = "AwsRoute53HostedZoneConfigDetails";
    var _ARHZD = "AwsRoute53HostedZoneDetails";
    var _ARHZOD = "AwsRoute53HostedZoneObjectDetails";
    var _ARHZVD = "AwsRoute53HostedZoneVpcDetails";
    var _ARHZVL = "AwsRoute53HostedZoneVpcsList";
    var _ARID = "ActionRemoteIpDetails";
    var _ARM = "AutomationRulesMetadata";
    var _ARML = "AutomationRulesMetadataList";
    var _ARMLV = "AutomationRulesMetadataListV2";
    var _ARMV = "AutomationRulesMetadataV2";
    var _ARPCWLE = "AwsRdsPendingCloudWatchLogsExports";
    var _ARPD = "ActionRemotePortDetails";
    var _ARPDs = "AssumeRolePolicyDocument";
    var _ARQLCD = "AwsRoute53QueryLoggingConfigDetails";
    var _ARTIS = "AuthorizerResultTtlInSeconds";
    var _ARc = "AcceptanceRequired";
    var _ARg = "AggregationRegion";
    var _ARl = "AllResources";
    var _ARs = "AssociatedRoles";
    var _ARu = "AutoRecovery";
    var _ARw = "AwsRegion";
    var _ARz = "AzureRegions";
    var _ARzu = "AzureResource";
    var _AS = "ActorSession";
    var _ASA = "AmazonSideAsn";
    var _ASAP = "AwsS3AccessPoint";
    var _ASAPAB = "AwsS3AccountPublicAccessBlock";
    var _ASAPABD = "AwsS3AccountPublicAccessBlockDetails";
    var _ASAPD = "AwsS3AccessPointDetails";
    var _ASAPVCD = "AwsS3AccessPointVpcConfigurationDetails";
    var _ASB = "AwsS3Bucket";
    var _ASBBLCD = "AwsS3BucketBucketLifecycleConfigurationDetails";
    var _ASBBLCRAIMUD = "AwsS3BucketBucketLifecycleConfigurationRulesAbortIncompleteMultipartUploadDetails";
    var _ASBBLCRD = "AwsS3BucketBucketLifecycleConfigurationRulesDetails";
    var _ASBBLCRFD = "AwsS3BucketBucketLifecycleConfigurationRulesFilterDetails";
    var _ASBBLCRFPD = "AwsS3BucketBucketLifecycleConfigurationRulesFilterPredicateDetails";
    var _ASBBLCRFPOD = "AwsS3BucketBucketLifecycleConfigurationRulesFilterPredicateOperandsDetails";
    var _ASBBLCRFPOL = "AwsS3BucketBucketLifecycleConfigurationRulesFilterPredicateOperandsList";
    var _ASBBLCRFPOTD = "AwsS3BucketBucketLifecycleConfigurationRulesFilterPredicateOperandsTagDetails";
    var _ASBBLCRFPTD = "AwsS3BucketBucketLifecycleConfigurationRulesFilterPredicateTagDetails";
    var _ASBBLCRL = "AwsS3BucketBucketLifecycleConfigurationRulesList";
    var _ASBBLCRNVTD = "AwsS3BucketBucketLifecycleConfigurationRulesNoncurrentVersionTransitionsDetails";
    var _ASBBLCRNVTL = "AwsS3BucketBucketLifecycleConfigurationRulesNoncurrentVersionTransitionsList";
    var _ASBBLCRTD = "AwsS3BucketBucketLifecycleConfigurationRulesTransitionsDetails";
    var _ASBBLCRTL = "AwsS3BucketBucketLifecycleConfigurationRulesTransitionsList";
    var _ASBBVC = "AwsS3BucketBucketVersioningConfiguration";
    var _ASBD = "AwsS3BucketDetails";
    var _ASBLC = "AwsS3BucketLoggingConfiguration";
    var _ASBNC = "AwsS3BucketNotificationConfiguration";
    var _ASBNCD = "AwsS3BucketNotificationConfigurationDetail";
    var _ASBNCDw = "AwsS3BucketNotificationConfigurationDetails";
    var _ASBNCF = "AwsS3BucketNotificationConfigurationFilter";
    var _ASBNCSKF = "AwsS3BucketNotificationConfigurationS3KeyFilter";
    var _ASBNCSKFR = "AwsS3BucketNotificationConfigurationS3KeyFilterRule";
    var _ASBNCSKFRw = "AwsS3BucketNotificationConfigurationS3KeyFilterRules";
    var _ASBOLC = "AwsS3BucketObjectLockConfiguration";
    var _ASBOLCRD = "AwsS3BucketObjectLockConfigurationRuleDetails";
    var _ASBOLCRDRD = "AwsS3BucketObjectLockConfigurationRuleDefaultRetentionDetails";
    var _ASBSSEBD = "AwsS3BucketServerSideEncryptionByDefault";
    var _ASBSSEC = "AwsS3BucketServerSideEncryptionConfiguration";
    var _ASBSSER = "AwsS3BucketServerSideEncryptionRule";
    var _ASBSSERw = "AwsS3BucketServerSideEncryptionRules";
    var _ASBWC = "AwsS3BucketWebsiteConfiguration";
    var _ASBWCRR = "AwsS3BucketWebsiteConfigurationRoutingRule";
    var _ASBWCRRC = "AwsS3BucketWebsiteConfigurationRoutingRuleCondition";
    var _ASBWCRRR = "AwsS3BucketWebsiteConfigurationRoutingRuleRedirect";
    var _ASBWCRRw = "AwsS3BucketWebsiteConfigurationRoutingRules";
    var _ASBWCRT = "AwsS3BucketWebsiteConfigurationRedirectTo";
    var _ASC = "ActiveServicesCount";
    var _ASCS = "AwsSsmComplianceSummary";
    var _ASCz = "AzureScopeConfiguration";
    var _ASD = "AssociationSetDetails";
    var _ASDs = "AssociationStateDetails";
    var _ASF = "AwsSecurityFinding";
    var _ASFF = "AwsSecurityFindingFilters";
    var _ASFI = "AwsSecurityFindingIdentifier";
    var _ASFIL = "AwsSecurityFindingIdentifierList";
    var _ASFL = "AwsSecurityFindingList";
    var _ASFRA = "ApplicationSuccessFeedbackRoleArn";
    var _ASFSM = "AwsStepFunctionStateMachine";
    var _ASFSMD = "AwsStepFunctionStateMachineDetails";
    var _ASFSMLCD = "AwsStepFunctionStateMachineLoggingConfigurationDetails";
    var _ASFSMLCDCWLLGD = "AwsStepFunctionStateMachineLoggingConfigurationDestinationsCloudWatchLogsLogGroupDetails";
    var _ASFSMLCDD = "AwsStepFunctionStateMachineLoggingConfigurationDestinationsDetails";
    var _ASFSMLCDL = "AwsStepFunctionStateMachineLoggingConfigurationDestinationsList";
    var _ASFSMTCD = "AwsStepFunctionStateMachineTracingConfigurationDetails";
    var _ASL = "AssociatedStandardsList";
    var _ASLs = "AssociationSetList";
    var _ASM = "AssociationStatusMessage";
    var _ASMNI = "AwsSageMakerNotebookInstance";
    var _ASMNID = "AwsSageMakerNotebookInstanceDetails";
    var _ASMNIMSCD = "AwsSageMakerNotebookInstanceMetadataServiceConfigurationDetails";
    var _ASMS = "AwsSecretsManagerSecret";
    var _ASMSD = "AwsSecretsManagerSecretDetails";
    var _ASMSRR = "AwsSecretsManagerSecretRotationRules";
    var _ASO = "AdvancedSecurityOptions";
    var _ASOD = "AwsS3ObjectDetails";
    var _ASOw = "AwsS3Object";
    var _ASP = "AwsSsmPatch";
    var _ASPC = "AwsSsmPatchCompliance";
    var _ASPCD = "AwsSsmPatchComplianceDetails";
    var _ASQ = "AwsSqsQueue";
    var _ASQD = "AwsSqsQueueDetails";
    var _ASRP = "AutomatedSnapshotRetentionPeriod";
    var _ASS = "ActivityStreamStatus";
    var _ASSEBD = "ApplyServerSideEncryptionByDefault";
    var _AST = "AwsSnsTopic";
    var _ASTD = "AwsSnsTopicDetails";
    var _ASTS = "AwsSnsTopicSubscription";
    var _ASTSL = "AwsSnsTopicSubscriptionList";
    var _ASl = "AllocatedStorage";
    var _ASp = "ApplyStatus";
    var _ASs = "AssociatedStandard";
    var _ASss = "AssociationStatus";
    var _ASsso = "AssociationState";
    var _ASssoc = "AssociationSet";
    var _ASssoci = "AssociatedStandards";
    var _ASu = "AuthenticationStrategy";
    var _ASut = "AuthStatus";
    var _ASuth = "AuthState";
    var _ASuto = "AutonomousSystem";
    var _AT = "ActionType";
    var _ATA = "ActionTargetArn";
    var _ATAc = "ActionTargetArns";
    var _ATL = "AuthTtL";
    var _ATLc = "ActionTargetList";
    var _ATMMB = "AcceleratorTotalMemoryMiB";
    var _ATc = "ActionTarget";
    var _ATcc = "AcceleratorTypes";
    var _ATct = "ActionTargets";
    var _ATs = "AssociationType";
    var _ATt = "AttributeType";
    var _ATtt = "AttachTime";
    var _ATu = "AuthenticationType";
    var _AU = "ActorUser";
    var _AUC = "AzureUpdateConfiguration";
    var _AUD = "AutomatedUpdateDate";
    var _AUc = "ActivationUrl";
    var _AUu = "AuthorizerUri";
    var _AUut = "AuthUrl";
    var _AV = "AggregatorV2";
    var _AVA = "AggregatorV2Arn";
    var _AVC = "AwsVpcConfiguration";
    var _AVI = "AccepterVpcInfo";
    var _AVL = "AggregatorV2List";
    var _AVU = "AllowVersionUpgrade";
    var _AVg = "AggregatorsV2";
    var _AVl = "AllowedValues";
    var _AVt = "AttributeValues";
    var _AWAAD = "AwsWafv2ActionAllowDetails";
    var _AWABD = "AwsWafv2ActionBlockDetails";
    var _AWCHH = "AwsWafv2CustomHttpHeader";
    var _AWCRD = "AwsWafv2CustomResponseDetails";
    var _AWCRHD = "AwsWafv2CustomRequestHandlingDetails";
    var _AWIHL = "AwsWafv2InsertHeadersList";
    var _AWR = "AwsWafRule";
    var _AWRACD = "AwsWafv2RulesActionCaptchaDetails";
    var _AWRACDw = "AwsWafv2RulesActionCountDetails";
    var _AWRAD = "AwsWafv2RulesActionDetails";
    var _AWRBR = "AwsWafRateBasedRule";
    var _AWRBRD = "AwsWafRateBasedRuleDetails";
    var _AWRBRMP = "AwsWafRateBasedRuleMatchPredicate";
    var _AWRBRMPL = "AwsWafRateBasedRuleMatchPredicateList";
    var _AWRD = "AwsWafRuleDetails";
    var _AWRDw = "AwsWafv2RulesDetails";
    var _AWRG = "AwsWafRuleGroup";
    var _AWRGD = "AwsWafRuleGroupDetails";
    var _AWRGDw = "AwsWafv2RuleGroupDetails";
    var _AWRGRAD = "AwsWafRuleGroupRulesActionDetails";
    var _AWRGRD = "AwsWafRuleGroupRulesDetails";
    var _AWRGRL = "AwsWafRuleGroupRulesList";
    var _AWRGw = "AwsWafv2RuleGroup";
    var _AWRL = "AwsWafv2RulesList";
    var _AWRPL = "AwsWafRulePredicateList";
    var _AWRPLD = "AwsWafRulePredicateListDetails";
    var _AWRR = "AwsWafRegionalRule";
    var _AWRRBR = "AwsWafRegionalRateBasedRule";
    var _AWRRBRD = "AwsWafRegionalRateBasedRuleDetails";
    var _AWRRBRMP = "AwsWafRegionalRateBasedRuleMatchPredicate";
    var _AWRRBRMPL = "AwsWafRegionalRateBasedRuleMatchPredicateList";
    var _AWRRD = "AwsWafRegionalRuleDetails";
    var _AWRRG = "AwsWafRegionalRuleGroup";
    var _AWRRGD = "AwsWafRegionalRuleGroupDetails";
    var _AWRRGRAD = "AwsWafRegionalRuleGroupRulesActionDetails";
    var _AWRRGRD = "AwsWafRegionalRuleGroupRulesDetails";
    var _AWRRGRL = "AwsWafRegionalRuleGroupRulesList";
    var _AWRRPL = "AwsWafRegionalRulePredicateList";
    var _AWRRPLD = "AwsWafRegionalRulePredicateListDetails";
    var _AWRWA = "AwsWafRegionalWebAcl";
    var _AWRWAD = "AwsWafRegionalWebAclDetails";
    var _AWRWARL = "AwsWafRegionalWebAclRulesList";
    var _AWRWARLAD = "AwsWafRegionalWebAclRulesListActionDetails";
    var _AWRWARLD = "AwsWafRegionalWebAclRulesListDetails";
    var _AWRWARLOAD = "AwsWafRegionalWebAclRulesListOverrideActionDetails";
    var _AWSAI = "AWSAccountId";
    var _AWSCCA = "AWSConfigConnectorArn";
    var _AWVCD = "AwsWafv2VisibilityConfigDetails";
    var _AWWA = "AwsWafWebAcl";
    var _AWWAAD = "AwsWafv2WebAclActionDetails";
    var _AWWACCD = "AwsWafv2WebAclCaptchaConfigDetails";
    var _AWWACCITPD = "AwsWafv2WebAclCaptchaConfigImmunityTimePropertyDetails";
    var _AWWAD = "AwsWafv2WebAclDetails";
    var _AWWADw = "AwsWafWebAclDetails";
    var _AWWAR = "AwsWafWebAclRule";
    var _AWWARL = "AwsWafWebAclRuleList";
    var _AWWAw = "AwsWafv2WebAcl";
    var _AXEC = "AwsXrayEncryptionConfig";
    var _AXECD = "AwsXrayEncryptionConfigDetails";
    var _AZ = "AvailabilityZone";
    var _AZC = "AvailabilityZoneCount";
    var _AZI = "AvailabilityZoneId";
    var _AZv = "AvailabilityZones";
    var _Ac = "Actor";
    var _Acc = "Account";
    var _Act = "Actions";
    var _Acto = "Actors";
    var _Ad = "Adjustment";
    var _Add = "Add";
    var _Addr = "Address";
    var _Adj = "Adjustments";
    var _Adm = "Administrator";
    var _Af = "Affinity";
    var _Al = "Alias";
    var _All = "Allow";
    var _Ap = "Api";
    var _Ar = "Arn";
    var _Arc = "Architecture";
    var _Arch = "Architectures";
    var _Art = "Artifacts";
    var _As = "Associations";
    var _Asn = "Asn";
    var _At = "Attachment";
    var _Att = "Attachments";
    var _Attr = "Attributes";
    var _Au = "Audit";
    var _Aut = "Autoprovision";
    var _Az = "Azure";
    var _B = "Bucket";
    var _BA = "BrokerArn";
    var _BAI = "BucketAccountId";
    var _BCO = "BooleanConfigurationOptions";
    var _BDAR = "BatchDeleteAutomationRules";
    var _BDARR = "BatchDeleteAutomationRulesRequest";
    var _BDARRa = "BatchDeleteAutomationRulesResponse";
    var _BDM = "BlockDeviceMappings";
    var _BDMS = "BlockDeviceMappingSet";
    var _BDMl = "BlockDurationMinutes";
    var _BDS = "BatchDisableStandards";
    var _BDSR = "BatchDisableStandardsRequest";
    var _BDSRa = "BatchDisableStandardsResponse";
    var _BEBM = "BaselineEbsBandwidthMbps";
    var _BEDN = "BaseEndpointDnsNames";
    var _BES = "BatchEnableStandards";
    var _BESR = "BatchEnableStandardsRequest";
    var _BESRa = "BatchEnableStandardsResponse";
    var _BF = "BooleanFilter";
    var _BFL = "BooleanFilterList";
    var _BFo = "BooleanFilters";
    var _BGAR = "BatchGetAutomationRules";
    var _BGARR = "BatchGetAutomationRulesRequest";
    var _BGARRa = "BatchGetAutomationRulesResponse";
    var _BGCPA = "BatchGetConfigurationPolicyAssociations";
    var _BGCPAR = "BatchGetConfigurationPolicyAssociationsRequest";
    var _BGCPARa = "BatchGetConfigurationPolicyAssociationsResponse";
    var _BGSC = "BatchGetSecurityControls";
    var _BGSCA = "BatchGetStandardsControlAssociations";
    var _BGSCAR = "BatchGetStandardsControlAssociationsRequest";
    var _BGSCARa = "BatchGetStandardsControlAssociationsResponse";
    var _BGSCR = "BatchGetSecurityControlsRequest";
    var _BGSCRa = "BatchGetSecurityControlsResponse";
    var _BI = "BrokerId";
    var _BIF = "BatchImportFindings";
    var _BIFR = "BatchImportFindingsRequest";
    var _BIFRFL = "BatchImportFindingsRequestFindingList";
    var _BIFRa = "BatchImportFindingsResponse";
    var _BLC = "BucketLifecycleConfiguration";
    var _BLCu = "BucketLoggingConfiguration";
    var _BM = "BillingMode";
    var _BMS = "BillingModeSummary";
    var _BMT = "BinaryMediaTypes";
    var _BMa = "BareMetal";
    var _BN = "BrokerName";
    var _BNC = "BucketNotificationConfiguration";
    var _BNu = "BucketName";
    var _BO = "BackupOptions";
    var _BP = "BackupPlan";
    var _BPA = "BackupPlanArn";
    var _BPAl = "BlockPublicAcls";
    var _BPI = "BackupPlanId";
    var _BPN = "BackupPlanName";
    var _BPP = "BlockPublicPolicy";
    var _BPR = "BackupPlanRule";
    var _BPV = "BackupPlanVersion";
    var _BPu = "BurstablePerformance";
    var _BRI = "BackupRuleId";
    var _BRP = "BackupRetentionPeriod";
    var _BS = "BaseScore";
    var _BSD = "BackendServerDescriptions";
    var _BSIB = "BackupSizeInBytes";
    var _BT = "BannerText";
    var _BUAR = "BatchUpdateAutomationRules";
    var _BUARR = "BatchUpdateAutomationRulesRequest";
    var _BUARRa = "BatchUpdateAutomationRulesResponse";
    var _BUF = "BatchUpdateFindings";
    var _BUFR = "BatchUpdateFindingsRequest";
    var _BUFRa = "BatchUpdateFindingsResponse";
    var _BUFUF = "BatchUpdateFindingsUnprocessedFinding";
    var _BUFUFL = "BatchUpdateFindingsUnprocessedFindingsList";
    var _BUFV = "BatchUpdateFindingsV2";
    var _BUFVPF = "BatchUpdateFindingsV2ProcessedFinding";
    var _BUFVPFL = "BatchUpdateFindingsV2ProcessedFindingsList";
    var _BUFVR = "BatchUpdateFindingsV2Request";
    var _BUFVRa = "BatchUpdateFindingsV2Response";
    var _BUFVUF = "BatchUpdateFindingsV2UnprocessedFinding";
    var _BUFVUFL = "BatchUpdateFindingsV2UnprocessedFindingsList";
    var _BUSCA = "BatchUpdateStandardsControlAssociations";
    var _BUSCAR = "BatchUpdateStandardsControlAssociationsRequest";
    var _BUSCARa = "BatchUpdateStandardsControlAssociationsResponse";
    var _BV = "BaseVector";
    var _BVA = "BackupVaultArn";
    var _BVC = "BucketVersioningConfiguration";
    var _BVE = "BackupVaultEvents";
    var _BVN = "BackupVaultName";
    var _BWC = "BucketWebsiteConfiguration";
    var _Ba = "Backfilling";
    var _Bas = "Base";
    var _Be = "Begin";
    var _Bl = "Block";
    var _Blo = "Blocked";
    var _Bo = "Boolean";
    var _C = "Code";
    var _CA = "CreatedAt";
    var _CAA = "CertificateAuthorityArn";
    var _CAAL = "CertificateAuthorityArnList";
    var _CAC = "CrossAccountClone";
    var _CACI = "CACertificateIdentifier";
    var _CAD = "CertificateAuthorityData";
    var _CAI = "CustomerAwsId";
    var _CAR = "CreateAutomationRule";
    var _CARR = "CreateAutomationRuleRequest";
    var _CARRr = "CreateAutomationRuleResponse";
    var _CARV = "CreateAutomationRuleV2";
    var _CARVR = "CreateAutomationRuleV2Request";
    var _CARVRr = "CreateAutomationRuleV2Response";
    var _CAS = "ClusterAvailabilityStatus";
    var _CASI = "ComplianceAssociatedStandardsId";
    var _CAT = "CreateActionTarget";
    var _CATR = "CreateActionTargetRequest";
    var _CATRr = "CreateActionTargetResponse";
    var _CAU = "CloudAccountUid";
    var _CAV = "CreateAggregatorV2";
    var _CAVR = "CreateAggregatorV2Request";
    var _CAVRr = "CreateAggregatorV2Response";
    var _CAe = "CertificateArn";
    var _CAl = "ClusterArn";
    var _CAli = "ClientAuthentication";
    var _CAo = "CopyActions";
    var _CAon = "ConnectorArn";
    var _CAu = "CustomActions";
    var _CB = "CreatedBy";
    var _CBA = "CidrBlockAssociation";
    var _CBAL = "CidrBlockAssociationList";
    var _CBAS = "CidrBlockAssociationSet";
    var _CBS = "CidrBlockSet";
    var _CBSi = "CidrBlockState";
    var _CBa = "CacheBehaviors";
    var _CBi = "CidrBlock";
    var _CBl = "ClientBroker";
    var _CC = "CorsConfiguration";
    var _CCB = "ClientCidrBlock";
    var _CCC = "CompliantCriticalCount";
    var _CCE = "CacheClusterEnabled";
    var _CCI = "ClientCertificateId";
    var _CCIa = "CaCertificateIdentifier";
    var _CCO = "ClientConnectOptions";
    var _CCP = "CreateConfigurationPolicy";
    var _CCPR = "CreateConfigurationPolicyRequest";
    var _CCPRr = "CreateConfigurationPolicyResponse";
    var _CCR = "CreateConnectorRequest";
    var _CCRr = "CreateConnectorResponse";
    var _CCS = "CacheClusterSize";
    var _CCSL = "CspmConnectorSummaryList";
    var _CCSa = "CacheClusterStatus";
    var _CCSs = "CspmConnectorSummary";
    var _CCT = "ClusterCreateTime";
    var _CCV = "CreateConnectorV2";
    var _CCVR = "CreateConnectorV2Request";
    var _CCVRr = "CreateConnectorV2Response";
    var _CCa = "CaptchaConfig";
    var _CCl = "ClusterConfig";
    var _CCo = "CoreCount";
    var _CCou = "CountryCode";
    var _CCp = "CpuCredits";
    var _CCr = "CreateConnector";
    var _CD = "CreatedDate";
    var _CDE = "CacheDataEncrypted";
    var _CDI = "CustomDataIdentifiers";
    var _CDID = "CustomDataIdentifiersDetections";
    var _CDIDL = "CustomDataIdentifiersDetectionsList";
    var _CDIR = "CustomDataIdentifiersResult";
    var _CDT = "CreationDateTime";
    var _CDo = "CompletionDate";
    var _CDon = "ContainerDefinitions";
    var _CDonn = "ConnectionDraining";
    var _CDonne = "ConnectionDirection";
    var _CDont = "ContainerDetails";
    var _CDr = "CreationDate";
    var _CDre = "CreateDate";
    var _CE = "ConflictException";
    var _CECA = "CustomEndpointCertificateArn";
    var _CEE = "CustomEndpointEnabled";
    var _CEP = "CookieExpirationPeriod";
    var _CEa = "CachingEnabled";
    var _CEu = "CustomEndpoint";
    var _CEus = "CustomEndpoints";
    var _CF = "CompositeFilter";
    var _CFA = "CreateFindingAggregator";
    var _CFAR = "CreateFindingAggregatorRequest";
    var _CFARr = "CreateFindingAggregatorResponse";
    var _CFDC = "CloudFrontDefaultCertificate";
    var _CFG = "ControlFindingGenerator";
    var _CFL = "CompositeFilterList";
    var _CFo = "CompositeFilters";
    var _CGC = "CustomerGatewayConfiguration";
    var _CGI = "CustomerGatewayId";
    var _CGIa = "CarrierGatewayId";
    var _CHC = "CompliantHighCount";
    var _CHCs = "CspmHealthCheck";
    var _CHZI = "CanonicalHostedZoneId";
    var _CHZN = "CanonicalHostedZoneName";
    var _CHZNID = "CanonicalHostedZoneNameID";
    var _CI = "CanonicalId";
    var _CIC = "CompliantInformationalCount";
    var _CIR = "CreateInsightRequest";
    var _CIRr = "CreateInsightResponse";
    var _CIi = "CidrIp";
    var _CIid = "CidrIpv6";
    var _CIl = "ClientId";
    var _CIlo = "CloudId";
    var _CIlu = "ClusterInfo";
    var _CIlus = "ClusterIdentifier";
    var _CIo = "ConnectorId";
    var _CIom = "ComponentId";
    var _CIon = "ControlId";
    var _CIr = "CreationInfo";
    var _CIre = "CreateInsight";
    var _CL = "CalculatedLifecycle";
    var _CLBO = "ClientLoginBannerOptions";
    var _CLC = "CompliantLowCount";
    var _CLG = "CloudwatchLogGroup";
    var _CLO = "ConnectionLogOptions";
    var _CLS = "CloudwatchLogStream";
    var _CLVI = "ClassicLinkVpcId";
    var _CLVSG = "ClassicLinkVpcSecurityGroups";
    var _CLl = "ClusterLogging";
    var _CLv = "CvssList";
    var _CM = "CpuManufacturers";
    var _CMC = "CompliantMediumCount";
    var _CMR = "CreateMembersRequest";
    var _CMRr = "CreateMembersResponse";
    var _CMr = "CreateMembers";
    var _CN = "CompanyName";
    var _CNA = "CoreNetworkArn";
    var _CNi = "CityName";
    var _CNl = "ClusterName";
    var _CNlu = "ClusterNodes";
    var _CNo = "ContainerName";
    var _CNol = "ColumnName";
    var _CNoo = "CookieName";
    var _CNou = "CountryName";
    var _CO = "ComparisonOperator";
    var _COC = "CustomOriginConfig";
    var _COo = "CompositeOperator";
    var _COon = "ConfigurationOptions";
    var _COp = "CpuOptions";
    var _CP = "CredentialProvider";
    var _CPA = "ConfigurationPolicyAssociations";
    var _CPAI = "ConfigurationPolicyAssociationIdentifiers";
    var _CPAL = "ConfigurationPolicyAssociationList";
    var _CPALo = "ConfigurationPolicyAssociationsList";
    var _CPAS = "ConfigurationPolicyAssociationSummary";
    var _CPASL = "ConfigurationPolicyAssociationSummaryList";
    var _CPASo = "ConfigurationPolicyAssociationSummaries";
    var _CPAo = "ConfigurationPolicyAssociation";
    var _CPC = "CspmProviderConfiguration";
    var _CPD = "CspmProviderDetail";
    var _CPG = "ClusterParameterGroups";
    var _CPI = "ConfigurationPolicyId";
    var _CPIo = "ConfigurationPolicyIdentifier";
    var _CPK = "ClusterPublicKey";
    var _CPS = "CapacityProviderStrategy";
    var _CPSL = "ClusterParameterStatusList";
    var _CPSLo = "ConfigurationPolicySummaryList";
    var _CPSo = "ConfigurationPolicySummary";
    var _CPSon = "ConfigurationPolicySummaries";
    var _CPSs = "CspmProviderSummary";
    var _CPUC = "CspmProviderUpdateConfiguration";
    var _CPa = "CapacityProvider";
    var _CPap = "CapacityProviders";
    var _CPo = "ContainerPort";
    var _CPon = "ContainerPath";
    var _CPonf = "ConfigurationPolicy";
    var _CPr = "CredentialsParameter";
    var _CPu = "CustomizableProperties";
    var _CR = "CapacityRebalance";
    var _CRA = "CurrentRegionAvailability";
    var _CRBK = "CustomResponseBodyKey";
    var _CRCC = "ClientRootCertificateChain";
    var _CRD = "CodeRepositoryDetails";
    var _CRH = "CustomRequestHandling";
    var _CRI = "CapacityReservationId";
    var _CRN = "ClusterRevisionNumber";
    var _CRP = "CapacityReservationPreference";
    var _CRRGA = "CapacityReservationResourceGroupArn";
    var _CRRIMBPS = "CurrentRestoreRateInMegaBytesPerSecond";
    var _CRS = "CapacityReservationSpecification";
    var _CRT = "CapacityReservationTarget";
    var _CRe = "CellReference";
    var _CRl = "ClassificationResult";
    var _CRo = "CompatibleRuntimes";
    var _CRod = "CodeRepository";
    var _CRon = "ContainerRuntime";
    var _CRu = "CustomResponse";
    var _CS = "ComplianceStatus";
    var _CSCI = "ComplianceSecurityControlId";
    var _CSCPN = "ComplianceSecurityControlParametersName";
    var _CSCPV = "ComplianceSecurityControlParametersValue";
    var _CSCS = "ClusterSnapshotCopyStatus";
    var _CSG = "ClusterSecurityGroups";
    var _CSGN = "ClusterSecurityGroupName";
    var _CSGNl = "ClusterSubnetGroupName";
    var _CSI = "CustSubscriptionId";
    var _CSIA = "CodeSecurityIntegrationArn";
    var _CSL = "ConnectorSummaryList";
    var _CSN = "CharacterSetName";
    var _CSP = "CdcStartPosition";
    var _CSPd = "CdcStopPosition";
    var _CST = "CdcStartTime";
    var _CSUA = "ControlStatusUpdatedAt";
    var _CSa = "CanarySettings";
    var _CSe = "CertificateSource";
    var _CSl = "ClusterSettings";
    var _CSla = "ClassificationStatus";
    var _CSlu = "ClusterStatus";
    var _CSo = "ConnectionSettings";
    var _CSod = "CodeSha256";
    var _CSode = "CodeSize";
    var _CSom = "ComplianceSummary";
    var _CSon = "ConnectorSummary";
    var _CSonn = "ConnectorStatus";
    var _CSont = "ControlStatus";
    var _CSr = "CreditSpecification";
    var _CT = "CreatedTime";
    var _CTIS = "CacheTtlInSeconds";
    var _CTLP = "CertificateTransparencyLoggingPreference";
    var _CTTS = "CopyTagsToSnapshot";
    var _CTV = "CreateTicketV2";
    var _CTVR = "CreateTicketV2Request";
    var _CTVRr = "CreateTicketV2Response";
    var _CTa = "CallerType";
    var _CTl = "ClientToken";
    var _CTlo = "CloudTrail";
    var _CTlu = "ClusterType";
    var _CTo = "ContentType";
    var _CTom = "ComplianceType";
    var _CTomp = "ComponentType";
    var _CTon = "ConfigurationType";
    var _CTr = "CreationTime";
    var _CTre = "CreateTime";
    var _CU = "CredentialUid";
    var _CUC = "CompliantUnspecifiedCount";
    var _CV = "CurrentVersion";
    var _CVEI = "ClientVpnEndpointId";
    var _CVFP = "CodeVulnerabilitiesFilePath";
    var _CVl = "ClusterVersion";
    var _CVo = "CodeVulnerabilities";
    var _CWEE = "CloudWatchEncryptionEnabled";
    var _CWL = "CloudWatchLogs";
    var _CWLGN = "CloudWatchLogGroupName";
    var _CWLLG = "CloudWatchLogsLogGroup";
    var _CWLLGA = "CloudWatchLogsLogGroupArn";
    var _CWLLGACD = "CloudWatchLogsLogGroupArnConfigDetails";
    var _CWLRA = "CloudWatchLogsRoleArn";
    var _CWM = "CompletionWindowMinutes";
    var _CWME = "CloudWatchMetricsEnabled";
    var _CZLB = "CrossZoneLoadBalancing";
    var _Ca = "Capabilities";
    var _Can = "Cancellable";
    var _Cap = "Capacity";
    var _Capt = "Captcha";
    var _Cat = "Category";
    var _Cate = "Categories";
    var _Ce = "Certificate";
    var _Cel = "Cell";
    var _Cell = "Cells";
    var _Ci = "City";
    var _Cid = "Cidr";
    var _Cl = "Cluster";
    var _Cn = "Cname";
    var _Co = "Country";
    var _Col = "Column";
    var _Com = "Comment";
    var _Comm = "Command";
    var _Comp = "Compliance";
    var _Compa = "Comparison";
    var _Compan = "Company";
    var _Con = "Confidence";
    var _Cond = "Condition";
    var _Conf = "Configuration";
    var _Confi = "Configured";
    var _Config = "Config";
    var _Configu = "Configurations";
    var _Conn = "Connectors";
    var _Conne = "Connection";
    var _Cont = "Containers";
    var _Conta = "Container";
    var _Contr = "Controls";
    var _Cou = "Count";
    var _Cp = "Cpu";
    var _Cr = "Criteria";
    var _Cre = "Credential";
    var _Cri = "Criticality";
    var _Crit = "Critical";
    var _Cv = "Cvss";
    var _Cw = "Cwes";
    var _D = "Description";
    var _DA = "DestinationArn";
    var _DAD = "DeleteAfterDays";
    var _DAI = "DaysAfterInitiation";
    var _DARV = "DeleteAutomationRuleV2";
    var _DARVR = "DeleteAutomationRuleV2Request";
    var _DARVRe = "DeleteAutomationRuleV2Response";
    var _DAS = "DisableApiStop";
    var _DAT = "DisableApiTermination";
    var _DATR = "DeleteActionTargetRequest";
    var _DATRe = "DeleteActionTargetResponse";
    var _DATRes = "DescribeActionTargetsRequest";
    var _DATResc = "DescribeActionTargetsResponse";
    var _DATe = "DeleteActionTarget";
    var _DATes = "DescribeActionTargets";
    var _DAV = "DeleteAggregatorV2";
    var _DAVR = "DeleteAggregatorV2Request";
    var _DAVRe = "DeleteAggregatorV2Response";
    var _DAe = "DefaultAction";
    var _DAel = "DeleteAt";
    var _DBCI = "DBClusterIdentifier";
    var _DBIC = "DBInstanceClass";
    var _DBII = "DBInstanceIdentifier";
    var _DBN = "DBName";
    var _DBNe = "DestinationBucketName";
    var _DBVA = "DestinationBackupVaultArn";
    var _DC = "DeploymentConfiguration";
    var _DCB = "DefaultCacheBehavior";
    var _DCBe = "DestinationCidrBlock";
    var _DCBep = "DeploymentCircuitBreaker";
    var _DCD = "DataClassificationDetails";
    var _DCI = "DbClusterIdentifier";
    var _DCM = "DbClusterMembers";
    var _DCO = "DoubleConfigurationOptions";
    var _DCOGM = "DbClusterOptionGroupMemberships";
    var _DCOGN = "DbClusterOptionGroupName";
    var _DCP = "DeleteConfigurationPolicy";
    var _DCPG = "DbClusterParameterGroup";
    var _DCPGS = "DbClusterParameterGroupStatus";
    var _DCPR = "DeleteConfigurationPolicyRequest";
    var _DCPRe = "DeleteConfigurationPolicyResponse";
    var _DCPS = "DefaultCapacityProviderStrategy";
    var _DCR = "DefaultCodeRepository";
    var _DCRI = "DbClusterResourceId";
    var _DCRe = "DeleteConnectorRequest";
    var _DCRel = "DeleteConnectorResponse";
    var _DCSA = "DbClusterSnapshotAttributes";
    var _DCSI = "DbClusterSnapshotIdentifier";
    var _DCV = "DeleteConnectorV2";
    var _DCVR = "DeleteConnectorV2Request";
    var _DCVRe = "DeleteConnectorV2Response";
    var _DCa = "DateCreated";
    var _DCat = "DataClassification";
    var _DCe = "DeploymentController";
    var _DCel = "DeleteConnector";
    var _DCes = "DesiredCount";
    var _DD = "DomainDetails";
    var _DDe = "DestinationDomain";
    var _DE = "DomainEndpoint";
    var _DEO = "DomainEndpointOptions";
    var _DEo = "DomainEndpoints";
    var _DF = "DateFilters";
    var _DFA = "DefaultForAz";
    var _DFAA = "DisassociateFromAdministratorAccount";
    var _DFAAR = "DisassociateFromAdministratorAccountRequest";
    var _DFAARi = "DisassociateFromAdministratorAccountResponse";
    var _DFAR = "DeleteFindingAggregatorRequest";
    var _DFARe = "DeleteFindingAggregatorResponse";
    var _DFAe = "DeleteFindingAggregator";
    var _DFL = "DateFilterList";
    var _DFMA = "DisassociateFromMasterAccount";
    var _DFMAR = "DisassociateFromMasterAccountRequest";
    var _DFMARi = "DisassociateFromMasterAccountResponse";
    var _DFa = "DateFilter";
    var _DH = "DescribeHub";
    var _DHR = "DescribeHubRequest";
    var _DHRe = "DescribeHubResponse";
    var _DI = "DeploymentId";
    var _DIA = "DirectInternetAccess";
    var _DIC = "DbInstanceClass";
    var _DICB = "DestinationIpv6CidrBlock";
    var _DIFFP = "DisableImportFindingsForProduct";
    var _DIFFPR = "DisableImportFindingsForProductRequest";
    var _DIFFPRi = "DisableImportFindingsForProductResponse";
    var _DII = "DbInstanceIdentifier";
    var _DIP = "DbInstancePort";
    var _DIR = "DeclineInvitationsRequest";
    var _DIRe = "DeclineInvitationsResponse";
    var _DIRel = "DeleteInsightRequest";
    var _DIRele = "DeleteInsightResponse";
    var _DIRelet = "DeleteInvitationsRequest";
    var _DIRelete = "DeleteInvitationsResponse";
    var _DIS = "DbInstanceStatus";
    var _DIV = "DestinationIpV4";
    var _DIVe = "DestinationIpV6";
    var _DIa = "DataId";
    var _DIe = "DeviceIndex";
    var _DIec = "DeclineInvitations";
    var _DIel = "DeleteInsight";
    var _DIele = "DeleteInvitations";
    var _DIi = "DirectoryId";
    var _DIo = "DomainId";
    var _DIr = "DriftInformation";
    var _DL = "DockerLabels";
    var _DLC = "DeadLetterConfig";
    var _DLTA = "DeadLetterTargetArn";
    var _DLn = "DnsLogs";
    var _DM = "DeploymentMode";
    var _DMC = "DedicatedMasterCount";
    var _DME = "DetailedMetricsEnabled";
    var _DMET = "DeferMaintenanceEndTime";
    var _DMEe = "DedicatedMasterEnabled";
    var _DMI = "DeferMaintenanceIdentifier";
    var _DMR = "DeleteMembersRequest";
    var _DMRe = "DeleteMembersResponse";
    var _DMRi = "DisassociateMembersRequest";
    var _DMRis = "DisassociateMembersResponse";
    var _DMST = "DeferMaintenanceStartTime";
    var _DMT = "DedicatedMasterType";
    var _DMW = "DeferredMaintenanceWindows";
    var _DMe = "DeleteMembers";
    var _DMi = "DisassociateMembers";
    var _DMo = "DomainMemberships";
    var _DN = "DeviceName";
    var _DNSN = "DNSName";
    var _DNa = "DatabaseName";
    var _DNi = "DisableNetworking";
    var _DNn = "DnsName";
    var _DNo = "DomainName";
    var _DO = "DependsOn";
    var _DOAA = "DisableOrganizationAdminAccount";
    var _DOAAR = "DisableOrganizationAdminAccountRequest";
    var _DOAARi = "DisableOrganizationAdminAccountResponse";
    var _DOC = "DescribeOrganizationConfiguration";
    var _DOCR = "DescribeOrganizationConfigurationRequest";
    var _DOCRe = "DescribeOrganizationConfigurationResponse";
    var _DOI = "DhcpOptionsId";
    var _DOT = "DeleteOnTermination";
    var _DOW = "DayOfWeek";
    var _DOr = "DriverOpts";
    var _DP = "DeleteProtection";
    var _DPE = "DeletionProtectionEnabled";
    var _DPG = "DbParameterGroups";
    var _DPGN = "DbParameterGroupName";
    var _DPLI = "DestinationPrefixListId";
    var _DPR = "DescribeProductsRequest";
    var _DPRe = "DescribeProductsResponse";
    var _DPV = "DescribeProductsV2";
    var _DPVR = "DescribeProductsV2Request";
    var _DPVRe = "DescribeProductsV2Response";
    var _DPe = "DeletionProtection";
    var _DPes = "DestinationPort";
    var _DPesc = "DescribeProducts";
    var _DPest = "DestinationPorts";
    var _DR = "DisableRollback";
    var _DRA = "DnsRequestAction";
    var _DRI = "DbiResourceId";
    var _DRL = "DetailedResultsLocation";
    var _DRO = "DefaultRootObject";
    var _DRS = "DefaultRouteSettings";
    var _DRTA = "DefaultRouteTableAssociation";
    var _DRTP = "DefaultRouteTablePropagation";
    var _DRa = "DateRange";
    var _DRe = "DestinationRegion";
    var _DRef = "DefaultRetention";
    var _DRi = "DisabledReason";
    var _DS = "DnsServer";
    var _DSC = "DescribeStandardsControls";
    var _DSCI = "DisabledSecurityControlIdentifiers";
    var _DSCR = "DescribeStandardsControlsRequest";
    var _DSCRe = "DescribeStandardsControlsResponse";
    var _DSD = "DnsSearchDomains";
    var _DSG = "DbSubnetGroup";
    var _DSGA = "DbSecurityGroupArn";
    var _DSGAb = "DbSubnetGroupArn";
    var _DSGD = "DbSecurityGroupDescription";
    var _DSGDb = "DbSubnetGroupDescription";
    var _DSGN = "DbSubnetGroupName";
    var _DSGNb = "DbSecurityGroupName";
    var _DSGb = "DbSecurityGroups";
    var _DSH = "DisableSecurityHub";
    var _DSHFV = "DisableSecurityHubFeatureV2";
    var _DSHFVR = "DisableSecurityHubFeatureV2Request";
    var _DSHFVRi = "DisableSecurityHubFeatureV2Response";
    var _DSHR = "DisableSecurityHubRequest";
    var _DSHRi = "DisableSecurityHubResponse";
    var _DSHV = "DescribeSecurityHubV2";
    var _DSHVR = "DescribeSecurityHubV2Request";
    var _DSHVRe = "DescribeSecurityHubV2Response";
    var _DSHVRi = "DisableSecurityHubV2Request";
    var _DSHVRis = "DisableSecurityHubV2Response";
    var _DSHVi = "DisableSecurityHubV2";
    var _DSI = "DbSnapshotIdentifier";
    var _DSO = "DockerSecurityOptions";
    var _DSR = "DescribeStandardsRequest";
    var _DSRe = "DescribeStandardsResponse";
    var _DSa = "DataSources";
    var _DSe = "DescribeStandards";
    var _DSn = "DnsSupport";
    var _DSns = "DnsServers";
    var _DT = "DeviceType";
    var _DTA = "DatapointsToAlarm";
    var _DTE = "DataTraceEnabled";
    var _DTS = "DpdTimeoutSeconds";
    var _DTi = "DiscoveryType";
    var _DU = "DateUpdated";
    var _DV = "DocumentationVersion";
    var _DVC = "DockerVolumeConfiguration";
    var _DVI = "DefaultVersionId";
    var _DVKMSKI = "DataVolumeKMSKeyId";
    var _DVN = "DefaultVersionNumber";
    var _DVO = "DomainValidationOptions";
    var _DVe = "DefaultValue";
    var _Da = "Days";
    var _Dat = "Date";
    var _De = "Devices";
    var _Def = "Definition";
    var _Del = "Deleted";
    var _Des = "Destination";
    var _Dest = "Destinations";
    var _Det = "Detection";
    var _Deta = "Details";
    var _Dete = "Detections";
    var _Di = "Dimensions";
    var _Dir = "Direction";
    var _Do = "Domain";
    var _Dou = "Double";
    var _Dr = "Drop";
    var _Dri = "Driver";
    var _E = "Email";
    var _EA = "EvaluatedAt";
    var _EAR = "EncryptionAtRest";
    var _EARO = "EncryptionAtRestOptions";
    var _EAn = "EndpointArn";
    var _EAnv = "EnvironmentArn";
    var _EAx = "ExpiresAt";
    var _EAxp = "ExploitAvailable";
    var _EB = "EventBuses";
    var _EBA = "EventBusArn";
    var _EBD = "EnabledByDefault";
    var _EC = "EndpointConfiguration";
    var _ECA = "ExtraConnectionAttributes";
    var _ECB = "EnableContinuousBackup";
    var _ECC = "ExecuteCommandConfiguration";
    var _ECCl = "ElasticsearchClusterConfig";
    var _ECL = "EventCategoriesList";
    var _ECO = "EnumConfigurationOptions";
    var _ECWLE = "EnabledCloudWatchLogsExports";
    var _ECn = "EncryptionConfiguration";
    var _ECr = "ErrorCode";
    var _ED = "EncryptionDisabled";
    var _EDS = "EnableDefaultStandards";
    var _EDr = "ErrorDocument";
    var _EDx = "ExpirationDate";
    var _EDxp = "ExpressionDescription";
    var _EEC = "EnableExecuteCommand";
    var _EEMT = "EnableEcsManagedTags";
    var _EF = "EnvironmentFiles";
    var _EGSS = "ElasticGpuSpecificationSet";
    var _EH = "ExposeHeaders";
    var _EHTTPS = "EnforceHTTPS";
    var _EHx = "ExtraHosts";
    var _EI = "EndpointIdentifier";
    var _EIAS = "ElasticInferenceAcceleratorSet";
    var _EIC = "ExternalIntegrationConfiguration";
    var _EID = "ExpirationInDays";
    var _EIFFP = "EnableImportFindingsForProduct";
    var _EIFFPR = "EnableImportFindingsForProductRequest";
    var _EIFFPRn = "EnableImportFindingsForProductResponse";
    var _EIS = "ElasticIpStatus";
    var _EIT = "ExcludedInstanceTypes";
    var _EITn = "EncryptionInTransit";
    var _EIl = "ElasticIp";
    var _EIm = "EmitInterval";
    var _EIn = "EnvironmentId";
    var _EInc = "EncryptionInfo";
    var _EInd = "EndpointId";
    var _EIndp = "EndpointIds";
    var _EIx = "ExternalId";
    var _EK = "EncryptionKey";
    var _EKA = "EncryptionKeyArn";
    var _EKU = "ExtendedKeyUsages";
    var _EL = "EnvironmentLinks";
    var _ELCO = "EnumListConfigurationOptions";
    var _ELSCP = "EvaluateLowSampleCountPercentile";
    var _ELn = "EndLine";
    var _ELnu = "EnumList";
    var _EM = "EnhancedMonitoring";
    var _EMRA = "EnhancedMonitoringResourceArn";
    var _EMn = "EngineMode";
    var _EMr = "ErrorMessage";
    var _EN = "EngineName";
    var _ENSST = "ExpectedNextSnapshotScheduleTime";
    var _ENSSTS = "ExpectedNextSnapshotScheduleTimeStatus";
    var _ENn = "EnvironmentName";
    var _EO = "EncryptionOptions";
    var _EOAA = "EnableOrganizationAdminAccount";
    var _EOAAR = "EnableOrganizationAdminAccountRequest";
    var _EOAARn = "EnableOrganizationAdminAccountResponse";
    var _EODM = "ExpiredObjectDeleteMarker";
    var _EOIGI = "EgressOnlyInternetGatewayId";
    var _EOb = "EbsOptimized";
    var _EOn = "EncryptionOption";
    var _EOnc = "EnclaveOptions";
    var _EP = "EvaluationPeriods";
    var _EPA = "EndpointPublicAccess";
    var _EPI = "ExistingPolicyId";
    var _EPn = "EntryPoint";
    var _EPx = "ExistingPolicy";
    var _ER = "ExcludedRules";
    var _ERA = "ExecutionRoleArn";
    var _ERNDAAAAR = "EnableResourceNameDnsAAAARecord";
    var _ERNDAR = "EnableResourceNameDnsARecord";
    var _ERNONO = "ElasticResizeNumberOfNodeOptions";
    var _ERr = "ErrorReason";
    var _ES = "ExtendedStatistic";
    var _ESA = "EventSubscriptionArn";
    var _ESCI = "EnabledSecurityControlIdentifiers";
    var _ESG = "Ec2SecurityGroups";
    var _ESGI = "Ec2SecurityGroupId";
    var _ESGN = "Ec2SecurityGroupName";
    var _ESGOI = "Ec2SecurityGroupOwnerId";
    var _ESH = "EnableSecurityHub";
    var _ESHFV = "EnableSecurityHubFeatureV2";
    var _ESHFVR = "EnableSecurityHubFeatureV2Request";
    var _ESHFVRn = "EnableSecurityHubFeatureV2Response";
    var _ESHR = "EnableSecurityHubRequest";
    var _ESHRn = "EnableSecurityHubResponse";
    var _ESHV = "EnableSecurityHubV2";
    var _ESHVR = "EnableSecurityHubV2Request";
    var _ESHVRn = "EnableSecurityHubV2Response";
    var _ESI = "EnabledStandardIdentifiers";
    var _ESR = "EnablementStatusReason";
    var _ESn = "EnablementStatus";
    var _ESp = "EpssScore";
    var _ET = "EngineType";
    var _ETIS = "ElapsedTimeInSeconds";
    var _ETP = "EnableTerminationProtection";
    var _ETTCIS = "EstimatedTimeToCompletionInSeconds";
    var _ETa = "ETag";
    var _ETn = "EndpointType";
    var _ETnc = "EncryptionType";
    var _ETnd = "EndTime";
    var _ETx = "ExpirationTime";
    var _ETxe = "ExecutionType";
    var _EU = "EndpointUrl";
    var _EV = "EngineVersion";
    var _EVC = "ExcludeVerboseContent";
    var _EVCf = "EfsVolumeConfiguration";
    var _EVR = "EnhancedVpcRouting";
    var _EVb = "EbsVolumes";
    var _EVl = "ElasticsearchVersion";
    var _EVn = "EnvironmentVariables";
    var _Eb = "Ebs";
    var _Eg = "Egress";
    var _En = "Encrypted";
    var _Ena = "Enabled";
    var _Enab = "Enable";
    var _End = "Endpoint";
    var _End_ = "End";
    var _Endp = "Endpoints";
    var _Eng = "Engine";
    var _Ent = "Entries";
    var _Enu = "Enum";
    var _Env = "Environment";
    var _Ep = "Epoch";
    var _Eq = "Eq";
    var _Er = "Error";
    var _Es = "Essential";
    var _Ev = "Events";
    var _Ex = "Expression";
    var _F = "Format";
    var _FA = "FederatedAuthentication";
    var _FAA = "FindingAggregatorArn";
    var _FAL = "FindingAggregatorList";
    var _FAR = "FindingAggregationRegion";
    var _FAi = "FirewallArn";
    var _FAin = "FindingAggregator";
    var _FAind = "FindingAggregators";
    var _FAix = "FixAvailable";
    var _FC = "FailoverCriteria";
    var _FCa = "FailoverConfig";
    var _FCai = "FailedCount";
    var _FCi = "FirelensConfiguration";
    var _FCin = "FindingCreated";
    var _FD = "FeatureDetail";
    var _FF = "FailedFindings";
    var _FFFRA = "FirehoseFailureFeedbackRoleArn";
    var _FFU = "FindingFieldsUpdate";
    var _FHR = "FindingHistoryRecord";
    var _FHRL = "FindingHistoryRecordList";
    var _FHU = "FindingHistoryUpdate";
    var _FHUL = "FindingHistoryUpdatesList";
    var _FHUS = "FindingHistoryUpdateSource";
    var _FI = "FilesystemId";
    var _FIU = "FindingInfoUid";
    var _FIV = "FixedInVersion";
    var _FIi = "FirewallId";
    var _FIin = "FindingIdentifiers";
    var _FIind = "FindingIdentifier";
    var _FL = "FlowLogs";
    var _FLL = "FieldLogLevel";
    var _FMU = "FindingMetadataUid";
    var _FN = "FunctionName";
    var _FNe = "FeatureName";
    var _FNi = "FirewallName";
    var _FNie = "FieldName";
    var _FNil = "FileName";
    var _FOA = "FirstObservedAt";
    var _FP = "FromPort";
    var _FPA = "FirewallPolicyArn";
    var _FPCP = "FirewallPolicyChangeProtection";
    var _FPD = "FirewallPolicyDetails";
    var _FPF = "FindingPublishingFrequency";
    var _FPFC = "FindingProviderFieldsConfidence";
    var _FPFCi = "FindingProviderFieldsCriticality";
    var _FPFRFI = "FindingProviderFieldsRelatedFindingsId";
    var _FPFRFPA = "FindingProviderFieldsRelatedFindingsProductArn";
    var _FPFSL = "FindingProviderFieldsSeverityLabel";
    var _FPFSO = "FindingProviderFieldsSeverityOriginal";
    var _FPFT = "FindingProviderFieldsTypes";
    var _FPFi = "FindingProviderFields";
    var _FPI = "FirewallPolicyId";
    var _FPL = "FilePathList";
    var _FPN = "FirewallPolicyName";
    var _FPS = "FindingProviderSeverity";
    var _FPSCAD = "FirewallPolicyStatelessCustomActionsDetails";
    var _FPSCAL = "FirewallPolicyStatelessCustomActionsList";
    var _FPSRGRD = "FirewallPolicyStatefulRuleGroupReferencesDetails";
    var _FPSRGRDi = "FirewallPolicyStatelessRuleGroupReferencesDetails";
    var _FPSRGRL = "FirewallPolicyStatefulRuleGroupReferencesList";
    var _FPSRGRLi = "FirewallPolicyStatelessRuleGroupReferencesList";
    var _FPi = "FirewallPolicy";
    var _FPil = "FilePath";
    var _FPile = "FilePaths";
    var _FR = "FailureReason";
    var _FRi = "FilterRules";
    var _FS = "FirstSeen";
    var _FSA = "FirstSeenAt";
    var _FSFRA = "FirehoseSuccessFeedbackRoleArn";
    var _FSI = "FileSystemId";
    var _FSe = "FeatureStatus";
    var _FSi = "FindingScopes";
    var _FSin = "FindingsSummary";
    var _FT = "FeatureType";
    var _FTCF = "FindingsTrendsCompositeFilter";
    var _FTCFL = "FindingsTrendsCompositeFilterList";
    var _FTF = "FindingsTrendsFilters";
    var _FTS = "FreeTrialStatuses";
    var _FTSF = "FindingsTrendsStringFilter";
    var _FTSFL = "FindingsTrendsStringFilterList";
    var _FTSL = "FreeTrialStatusList";
    var _FTSr = "FreeTrialStatus";
    var _FTi = "FindingType";
    var _FV = "FieldValue";
    var _Fa = "Family";
    var _Fat = "Fatal";
    var _Fe = "Features";
    var _Fea = "Feature";
    var _Fi = "Field";
    var _Fil = "Filter";
    var _Filt = "Filters";
    var _Fin = "Findings";
    var _Fl = "Flags";
    var _Fq = "Fqdn";
    var _Fr = "From";
    var _G = "General";
    var _GAA = "GetAdministratorAccount";
    var _GAAR = "GetAdministratorAccountRequest";
    var _GAARe = "GetAdministratorAccountResponse";
    var _GARV = "GetAutomationRuleV2";
    var _GARVR = "GetAutomationRuleV2Request";
    var _GARVRe = "GetAutomationRuleV2Response";
    var _GAV = "GetAggregatorV2";
    var _GAVR = "GetAggregatorV2Request";
    var _GAVRe = "GetAggregatorV2Response";
    var _GBA = "GroupByAttribute";
    var _GBAV = "GroupByAttributeValue";
    var _GBF = "GroupByField";
    var _GBR = "GroupByRules";
    var _GBRr = "GroupByResults";
    var _GBRro = "GroupByResult";
    var _GBRrou = "GroupByRule";
    var _GBV = "GroupByValues";
    var _GBVr = "GroupByValue";
    var _GC = "GetConnector";
    var _GCD = "GitCloneDepth";
    var _GCP = "GetConfigurationPolicy";
    var _GCPA = "GetConfigurationPolicyAssociation";
    var _GCPAR = "GetConfigurationPolicyAssociationRequest";
    var _GCPARe = "GetConfigurationPolicyAssociationResponse";
    var _GCPR = "GetConfigurationPolicyRequest";
    var _GCPRe = "GetConfigurationPolicyResponse";
    var _GCR = "GetConnectorRequest";
    var _GCRe = "GetConnectorResponse";
    var _GCV = "GetConnectorV2";
    var _GCVR = "GetConnectorV2Request";
    var _GCVRe = "GetConnectorV2Response";
    var _GD = "GeneratorDetails";
    var _GES = "GetEnabledStandards";
    var _GESR = "GetEnabledStandardsRequest";
    var _GESRe = "GetEnabledStandardsResponse";
    var _GF = "GetFindings";
    var _GFA = "GetFindingAggregator";
    var _GFAR = "GetFindingAggregatorRequest";
    var _GFARe = "GetFindingAggregatorResponse";
    var _GFH = "GetFindingHistory";
    var _GFHR = "GetFindingHistoryRequest";
    var _GFHRe = "GetFindingHistoryResponse";
    var _GFR = "GetFindingsRequest";
    var _GFRe = "GetFindingsResponse";
    var _GFSV = "GetFindingStatisticsV2";
    var _GFSVR = "GetFindingStatisticsV2Request";
    var _GFSVRe = "GetFindingStatisticsV2Response";
    var _GFTV = "GetFindingsTrendsV2";
    var _GFTVR = "GetFindingsTrendsV2Request";
    var _GFTVRe = "GetFindingsTrendsV2Response";
    var _GFV = "GetFindingsV2";
    var _GFVR = "GetFindingsV2Request";
    var _GFVRe = "GetFindingsV2Response";
    var _GI = "GatewayId";
    var _GIC = "GetInvitationsCount";
    var _GICR = "GetInvitationsCountRequest";
    var _GICRe = "GetInvitationsCountResponse";
    var _GIR = "GetInsightsRequest";
    var _GIRR = "GetInsightResultsRequest";
    var _GIRRe = "GetInsightResultsResponse";
    var _GIRe = "GetInsightsResponse";
    var _GIRet = "GetInsightResults";
    var _GIe = "GeneratorId";
    var _GIet = "GetInsights";
    var _GIr = "GroupId";
    var _GL = "GeoLocation";
    var _GLBA = "GatewayLoadBalancerArns";
    var _GLG = "GeneralLogGroup";
    var _GLr = "GroupList";
    var _GM = "GetMembers";
    var _GMA = "GetMasterAccount";
    var _GMAR = "GetMasterAccountRequest";
    var _GMARe = "GetMasterAccountResponse";
    var _GMR = "GetMembersRequest";
    var _GMRe = "GetMembersResponse";
    var _GN = "GroupName";
    var _GPL = "GroupPolicyList";
    var _GRPV = "GenerateRecommendedPolicyV2";
    var _GRPVR = "GenerateRecommendedPolicyV2Request";
    var _GRPVRe = "GenerateRecommendedPolicyV2Response";
    var _GRPVRet = "GetRecommendedPolicyV2Request";
    var _GRPVRete = "GetRecommendedPolicyV2Response";
    var _GRPVe = "GetRecommendedPolicyV2";
    var _GRSV = "GetResourcesStatisticsV2";
    var _GRSVR = "GetResourcesStatisticsV2Request";
    var _GRSVRe = "GetResourcesStatisticsV2Response";
    var _GRT = "GeneratedRulesType";
    var _GRTV = "GetResourcesTrendsV2";
    var _GRTVR = "GetResourcesTrendsV2Request";
    var _GRTVRe = "GetResourcesTrendsV2Response";
    var _GRV = "GetResourcesV2";
    var _GRVR = "GetResourcesV2Request";
    var _GRVRe = "GetResourcesV2Response";
    var _GSCD = "GetSecurityControlDefinition";
    var _GSCDR = "GetSecurityControlDefinitionRequest";
    var _GSCDRe = "GetSecurityControlDefinitionResponse";
    var _GSI = "GlobalSecondaryIndexes";
    var _GTV = "GlobalTableVersion";
    var _Gi = "Gid";
    var _Gr = "Groups";
    var _Gra = "Granularity";
    var _Gro = "Group";
    var _Gt = "Gte";
    var _Gt_ = "Gt";
    var _H = "Hosts";
    var _HA = "HubArn";
    var _HC = "HealthCheck";
    var _HCCI = "HsmClientCertificateIdentifier";
    var _HCES = "HasCustomEventSelectors";
    var _HCGP = "HealthCheckGracePeriod";
    var _HCGPS = "HealthCheckGracePeriodSeconds";
    var _HCI = "HsmConfigurationIdentifier";
    var _HCT = "HealthCheckType";
    var _HE = "HttpEndpoint";
    var _HECRE = "HttpErrorCodeReturnedEquals";
    var _HEE = "HttpEndpointEnabled";
    var _HFFRA = "HttpFailureFeedbackRoleArn";
    var _HI = "HostId";
    var _HIL = "HealthIssueList";
    var _HIT = "HostInstanceType";
    var _HIe = "HealthIssue";
    var _HL = "HardLimit";
    var _HM = "HttpMethod";
    var _HO = "HibernationOptions";
    var _HP = "HttpPort";
    var _HPI = "HttpProtocolIpv6";
    var _HPRHL = "HttpPutResponseHopLimit";
    var _HPo = "HostPath";
    var _HPos = "HostPort";
    var _HPt = "HttpsPort";
    var _HR = "HomeRegion";
    var _HRC = "HttpRedirectCode";
    var _HRG = "HostResourceGuid";
    var _HRGA = "HostResourceGroupArn";
    var _HRT = "HostResourceType";
    var _HS = "HsmStatus";
    var _HSFRA = "HttpSuccessFeedbackRoleArn";
    var _HT = "HttpTokens";
    var _HTe = "HealthyThreshold";
    var _HTo = "HostnameType";
    var _HVA = "HubV2Arn";
    var _HZ = "HostedZone";
    var _HZI = "HostedZoneId";
    var _Ha = "Handler";
    var _Has = "Hash";
    var _He = "Health";
    var _Hea = "Header";
    var _Hi = "High";
    var _Ho = "Hostname";
    var _Hos = "Host";
    var _I = "Id";
    var _IA = "ImportedAt";
    var _IAC = "Ipv6AddressCount";
    var _IAE = "InvalidAccessException";
    var _IAMDAE = "IAMDatabaseAuthenticationEnabled";
    var _IAT = "IpAddressType";
    var _IAV = "IpAddressV4";
    var _IAn = "IndexArn";
    var _IAnf = "InferenceAccelerators";
    var _IAns = "InsightArn";
    var _IAnsi = "InsightArns";
    var _IAnv = "InvitedAt";
    var _IAp = "Ipv6Addresses";
    var _IApd = "IpAddress";
    var _IApv = "Ipv6Address";
    var _IAs = "IssuedAt";
    var _IAst = "IsAttachable";
    var _IC = "IncludeCookies";
    var _ICB = "Ipv6CidrBlock";
    var _ICBA = "Ipv6CidrBlockAssociation";
    var _ICBAL = "Ipv6CidrBlockAssociationList";
    var _ICBAS = "Ipv6CidrBlockAssociationSet";
    var _ICBS = "Ipv6CidrBlockSet";
    var _ICI = "IamCertificateId";
    var _ICO = "IntegerConfigurationOptions";
    var _ICT = "InstanceCreateTime";
    var _ICW = "IsClusterWriter";
    var _ICn = "InstanceCount";
    var _ICnl = "InCluster";
    var _ICns = "InstalledCount";
    var _ICnv = "InvitationsCount";
    var _ICt = "ItemCount";
    var _ID = "InstancesDistribution";
    var _IDA = "InsufficientDataActions";
    var _IDAE = "IamDatabaseAuthenticationEnabled";
    var _IDS = "IndexDocumentSuffix";
    var _IDV = "IsDefaultVersion";
    var _ID_ = "ID";
    var _IDm = "ImageDigest";
    var _IDs = "IsDefault";
    var _IE = "InternalException";
    var _IED = "IncludeExecutionData";
    var _IEDT = "InaccessibleEncryptionDateTime";
    var _IEs = "IsEncrypted";
    var _IF = "IpFilters";
    var _IFE = "ImportFindingsError";
    var _IFEL = "ImportFindingsErrorList";
    var _IFL = "IpFilterList";
    var _IFp = "IpFilter";
    var _IG = "InstanceGenerations";
    var _IGSE = "IncludeGlobalServiceEvents";
    var _IH = "InsertHeaders";
    var _II = "InvitationId";
    var _IIB = "InstanceInterruptionBehavior";
    var _IIE = "InvalidInputException";
    var _IIP = "IamInstanceProfile";
    var _IIPA = "IamInstanceProfileArn";
    var _IISB = "InstanceInitiatedShutdownBehavior";
    var _IIm = "ImageId";
    var _IIn = "InstanceId";
    var _IL = "IndicatorsList";
    var _ILCO = "IntegerListConfigurationOptions";
    var _ILn = "InsightList";
    var _ILnt = "IntegerList";
    var _ILnv = "InvitationList";
    var _IM = "InstanceMonitoring";
    var _IMDE = "IsMfaDeleteEnabled";
    var _IMO = "InstanceMarketOptions";
    var _IMR = "InviteMembersRequest";
    var _IMRT = "IsMultiRegionTrail";
    var _IMRn = "InviteMembersResponse";
    var _IMSC = "InstanceMetadataServiceConfiguration";
    var _IMT = "InstanceMetadataTags";
    var _IMn = "InviteMembers";
    var _IMp = "IpcMode";
    var _IN = "IndexName";
    var _INm = "ImageName";
    var _INn = "InstanceName";
    var _IOC = "InstalledOtherCount";
    var _IOD = "IpOrganizationDetails";
    var _IOI = "InstanceOwnerId";
    var _IOT = "IsOrganizationTrail";
    var _IP = "Ipv4Prefixes";
    var _IPA = "ImagePublishedAt";
    var _IPAg = "IgnorePublicAcls";
    var _IPC = "Ipv4PrefixCount";
    var _IPCT = "ImagePullCredentialsType";
    var _IPCp = "Ipv6PrefixCount";
    var _IPE = "IpPermissionsEgress";
    var _IPEn = "InitProcessEnabled";
    var _IPI = "InstanceProfileId";
    var _IPL = "InstanceProfileList";
    var _IPN = "InstanceProfileName";
    var _IPR = "InstalledPendingReboot";
    var _IPn = "InstancePort";
    var _IPns = "InstanceProtocol";
    var _IPp = "Ipv6Prefixes";
    var _IPpe = "IpPermissions";
    var _IPpr = "IpProtocol";
    var _IPpv = "Ipv4Prefix";
    var _IPpvr = "Ipv6Prefix";
    var _IR = "InstanceRequirements";
    var _IRA = "IamRoleArn";
    var _IRC = "InstalledRejectedCount";
    var _IRN = "IamRoleName";
    var _IRV = "InsightResultValue";
    var _IRVL = "InsightResultValueList";
    var _IRa = "IamRoles";
    var _IRn = "InsightResults";
    var _IRp = "IpRanges";
    var _IRpv = "Ipv6Ranges";
    var _IS = "InsecureSsl";
    var _ISB = "IndexSizeBytes";
    var _ISC = "ImageScanningConfiguration";
    var _ISE = "InternalServerException";
    var _ISL = "IndexSlowLogs";
    var _ISn = "IndexStatus";
    var _ISp = "IpSets";
    var _IT = "IsTerminal";
    var _ITC = "IcmpTypeCode";
    var _ITL = "IatTtL";
    var _ITM = "ImageTagMutability";
    var _ITP = "ImmunityTimeProperty";
    var _ITd = "IdleTimeout";
    var _ITm = "ImageTags";
    var _ITmm = "ImmunityTime";
    var _ITn = "InstanceType";
    var _ITnt = "InterfaceType";
    var _ITnte = "IntegrationTypes";
    var _IUB = "InUseBy";
    var _IUDE = "InternalUserDatabaseEnabled";
    var _IV = "IkeVersions";
    var _IVA = "IpV4Addresses";
    var _IVAp = "IpV6Addresses";
    var _IVApd = "IpV6Address";
    var _IVE = "IdentityValidationExpression";
    var _IVT = "IntegrationV2Types";
    var _Ia = "Iam";
    var _Id = "Identifier";
    var _Ide = "Identity";
    var _Im = "Image";
    var _In = "Interactive";
    var _Ind = "Indicator";
    var _Inf = "Informational";
    var _Ing = "Ingress";
    var _Ins = "Instances";
    var _Insi = "Insights";
    var _Insig = "Insight";
    var _Int = "Interval";
    var _Inte = "Integer";
    var _Inv = "Invitation";
    var _Invi = "Invitations";
    var _Io = "Iops";
    var _Ip = "Ip";
    var _Is = "Issuer";
    var _Isp = "Isp";
    var _Iss = "Issues";
    var _It = "Items";
    var _JC = "JiraCloud";
    var _JCD = "JiraCloudDetail";
    var _JCPC = "JiraCloudProviderConfiguration";
    var _JCUC = "JiraCloudUpdateConfiguration";
    var _JP = "JsonPath";
    var _K = "Key";
    var _KA = "KeyAlgorithm";
    var _KDKRPS = "KmsDataKeyReusePeriodSeconds";
    var _KF = "KeywordFilter";
    var _KFL = "KeywordFilterList";
    var _KI = "KernelId";
    var _KIe = "KeyId";
    var _KK = "KmsKey";
    var _KKA = "KmsKeyArn";
    var _KKI = "KmsKeyId";
    var _KM = "KeyManager";
    var _KMKA = "KmsMasterKeyArn";
    var _KMKI = "KmsMasterKeyId";
    var _KMSMKID = "KMSMasterKeyID";
    var _KN = "KeyName";
    var _KPE = "KeyPrefixEquals";
    var _KRS = "KeyRotationStatus";
    var _KS = "KeySchema";
    var _KSe = "KeyState";
    var _KT = "KeyType";
    var _KU = "KeyUsages";
    var _Ke = "Keyword";
    var _Ku = "Kubernetes";
    var _L = "Logs";
    var _LA = "LaunchedAt";
    var _LAC = "LambdaAuthorizerConfig";
    var _LAR = "ListAutomationRules";
    var _LARR = "ListAutomationRulesRequest";
    var _LARRi = "ListAutomationRulesResponse";
    var _LARV = "ListAutomationRulesV2";
    var _LARVR = "ListAutomationRulesV2Request";
    var _LARVRi = "ListAutomationRulesV2Response";
    var _LAV = "ListAggregatorsV2";
    var _LAVR = "ListAggregatorsV2Request";
    var _LAVRi = "ListAggregatorsV2Response";
    var _LB = "LoadBalancers";
    var _LBA = "LoadBalancerAttributes";
    var _LBN = "LoadBalancerNames";
    var _LBNo = "LoadBalancerName";
    var _LBP = "LoadBalancerPort";
    var _LBS = "LoadBalancerState";
    var _LC = "LogConfig";
    var _LCA = "LicenseConfigurationArn";
    var _LCAa = "LastCheckedAt";
    var _LCN = "LaunchConfigurationName";
    var _LCP = "ListConfigurationPolicies";
    var _LCPA = "ListConfigurationPolicyAssociations";
    var _LCPAR = "ListConfigurationPolicyAssociationsRequest";
    var _LCPARi = "ListConfigurationPolicyAssociationsResponse";
    var _LCPR = "ListConfigurationPoliciesRequest";
    var _LCPRi = "ListConfigurationPoliciesResponse";
    var _LCR = "ListConnectorsRequest";
    var _LCRi = "ListConnectorsResponse";
    var _LCSP = "LbCookieStickinessPolicies";
    var _LCV = "ListConnectorsV2";
    var _LCVR = "ListConnectorsV2Request";
    var _LCVRi = "ListConnectorsV2Response";
    var _LCi = "ListConnectors";
    var _LCo = "LogsConfig";
    var _LCog = "LogConfiguration";
    var _LCogg = "LoggingConfiguration";
    var _LD = "LogDriver";
    var _LDDT = "LastDecreaseDateTime";
    var _LDSM = "LastDeploymentStatusMessage";
    var _LDi = "ListenerDescriptions";
    var _LE = "ListenerEndpoint";
    var _LEE = "LimitExceededException";
    var _LEPFI = "ListEnabledProductsForImport";
    var _LEPFIR = "ListEnabledProductsForImportRequest";
    var _LEPFIRi = "ListEnabledProductsForImportResponse";
    var _LEo = "LoggingEnabled";
    var _LFA = "LambdaFunctionArn";
    var _LFAR = "ListFindingAggregatorsRequest";
    var _LFARi = "ListFindingAggregatorsResponse";
    var _LFAi = "ListFindingAggregators";
    var _LFM = "LastFailureMessage";
    var _LFP = "LogFilePrefix";
    var _LFT = "LastFailureTime";
    var _LFTSV = "ListFreeTrialStatusesV2";
    var _LFTSVR = "ListFreeTrialStatusesV2Request";
    var _LFTSVRi = "ListFreeTrialStatusesV2Response";
    var _LFVE = "LogFileValidationEnabled";
    var _LGA = "LogGroupArn";
    var _LGI = "LocalGatewayId";
    var _LI = "ListInvitations";
    var _LID = "LocalIpDetails";
    var _LIDT = "LastIncreaseDateTime";
    var _LIR = "ListInvitationsRequest";
    var _LIRi = "ListInvitationsResponse";
    var _LKEA = "LastKnownExploitAt";
    var _LL = "LoggingLevel";
    var _LM = "LastModified";
    var _LMR = "ListMembersRequest";
    var _LMRi = "ListMembersResponse";
    var _LMT = "LastModifiedTime";
    var _LMi = "LicenseModel";
    var _LMis = "ListMembers";
    var _LN = "LinkName";
    var _LOA = "LastObservedAt";
    var _LOAA = "ListOrganizationAdminAccounts";
    var _LOAAR = "ListOrganizationAdminAccountsRequest";
    var _LOAARi = "ListOrganizationAdminAccountsResponse";
    var _LP = "LifecyclePolicy";
    var _LPD = "LocalPortDetails";
    var _LPO = "LogPublishingOptions";
    var _LPT = "LifecyclePolicyText";
    var _LPi = "LinuxParameters";
    var _LR = "LinkedRegions";
    var _LRT = "LastRestoreTime";
    var _LRTa = "LatestRestorableTime";
    var _LRi = "LineRanges";
    var _LRin = "LineRange";
    var _LS = "LastSeen";
    var _LSA = "LatestStreamArn";
    var _LSAa = "LastSeenAt";
    var _LSC = "LastStatusChange";
    var _LSCA = "ListStandardsControlAssociations";
    var _LSCAR = "ListStandardsControlAssociationsRequest";
    var _LSCARi = "ListStandardsControlAssociationsResponse";
    var _LSCD = "ListSecurityControlDefinitions";
    var _LSCDR = "ListSecurityControlDefinitionsRequest";
    var _LSCDRi = "ListSecurityControlDefinitionsResponse";
    var _LSDT = "LastSuccessfulDeliveryTime";
    var _LSI = "LocalSecondaryIndexes";
    var _LSL = "LatestStreamLabel";
    var _LSM = "LdapServerMetadata";
    var _LST = "LocalStorageTypes";
    var _LSi = "LicenseSet";
    var _LSo = "LocalStorage";
    var _LSog = "LoggingStatus";
    var _LT = "LaunchTemplate";
    var _LTD = "LaunchTemplateData";
    var _LTFR = "ListTagsForResource";
    var _LTFRR = "ListTagsForResourceRequest";
    var _LTFRRi = "ListTagsForResourceResponse";
    var _LTI = "LaunchTemplateId";
    var _LTN = "LaunchTemplateName";
    var _LTS = "LaunchTemplateSpecification";
    var _LTTD = "LogTypesToDisable";
    var _LTTE = "LogTypesToEnable";
    var _LTa = "LaunchType";
    var _LUA = "LastUpdatedAt";
    var _LUD = "LastUpdatedDate";
    var _LUR = "LastUpdateReason";
    var _LUT = "LastUpdatedTime";
    var _LUTPPRDT = "LastUpdateToPayPerRequestDateTime";
    var _LVN = "LatestVersionNumber";
    var _La = "Labels";
    var _Lab = "Label";
    var _Lat = "Lat";
    var _Lay = "Layers";
    var _Le = "Level";
    var _Li = "Lifecycle";
    var _Lin = "Links";
    var _Lis = "Listener";
    var _Lo = "Logging";
    var _Loc = "Location";
    var _Lon = "Lon";
    var _Low = "Low";
    var _Lt = "Lte";
    var _Lt_ = "Lt";
    var _M = "Message";
    var _MA = "MaxAge";
    var _MALR = "MemberAccountLimitReached";
    var _MAS = "MaxAllocatedStorage";
    var _MAZ = "MultiAZ";
    var _MAa = "MasterArn";
    var _MAat = "MatchAttributes";
    var _MAf = "MfaAuthenticated";
    var _MAu = "MutualAuthentication";
    var _MAul = "MultiAz";
    var _MC = "MissingCount";
    var _MCS = "MinimumCompressionSize";
    var _ME = "MetricsEnabled";
    var _MF = "MapFilters";
    var _MFL = "MapFilterList";
    var _MFM = "ManagedbyFirewallManager";
    var _MFa = "MapFilter";
    var _MGBPVC = "MemoryGiBPerVCpu";
    var _MHP = "MinimumHealthyPercent";
    var _MI = "MasterId";
    var _MIMSV = "MinimumInstanceMetadataServiceVersion";
    var _MIP = "MixedInstancesPolicy";
    var _MIa = "MaxItems";
    var _MIo = "MonitoringInterval";
    var _ML = "MalwareList";
    var _MLe = "MemberList";
    var _MMB = "MemoryMiB";
    var _MN = "MetricName";
    var _MNa = "MalwareName";
    var _MO = "MetadataOptions";
    var _MOa = "MaintenanceOptions";
    var _MOo = "MountOptions";
    var _MP = "MaxPrice";
    var _MPI = "MarketplaceProductId";
    var _MPIOL = "MapPublicIpOnLaunch";
    var _MPU = "MetadataProductUid";
    var _MPV = "MinimumProtocolVersion";
    var _MPa = "MaximumPercent";
    var _MPal = "MalwareProtection";
    var _MPalw = "MalwarePath";
    var _MPat = "MatchPredicates";
    var _MPo = "MountPoints";
    var _MPou = "MountPath";
    var _MR = "MemoryReservation";
    var _MRA = "MonitoringRoleArn";
    var _MRa = "MaxResults";
    var _MS = "MfaStatus";
    var _MSD = "MaxSessionDuration";
    var _MSR = "MaxStatisticResults";
    var _MSRP = "ManualSnapshotRetentionPeriod";
    var _MSa = "MaxSwap";
    var _MSal = "MalwareState";
    var _MSe = "MethodSettings";
    var _MSem = "MemorySize";
    var _MSemb = "MemberStatus";
    var _MSu = "MulticastSupport";
    var _MT = "MigrationType";
    var _MTCSA = "MoveToColdStorageAt";
    var _MTCSAD = "MoveToColdStorageAfterDays";
    var _MTN = "MaintenanceTrackName";
    var _MTa = "MarketType";
    var _MTal = "MalwareType";
    var _MTi = "MimeType";
    var _MU = "MasterUsername";
    var _MUA = "MasterUserArn";
    var _MUN = "MasterUserName";
    var _MUO = "MasterUserOptions";
    var _MUP = "MasterUserPassword";
    var _MUa = "MarketplaceUrl";
    var _MUe = "MetadataUid";
    var _MUet = "MetadataUids";
    var _MVE = "ManagesVpcEndpoints";
    var _MWST = "MaintenanceWindowStartTime";
    var _Ma = "Main";
    var _Mal = "Malware";
    var _Mas = "Master";
    var _Mask = "Masks";
    var _Max = "Max";
    var _Me = "Metric";
    var _Med = "Medium";
    var _Mem = "Memory";
    var _Memb = "Members";
    var _Membe = "Member";
    var _Mi = "Min";
    var _Mo = "Monitoring";
    var _Mod = "Mode";
    var _N = "Name";
    var _NA = "NotAfter";
    var _NAAI = "NetworkAclAssociationId";
    var _NAI = "NetworkAclId";
    var _NAS = "NetworkAutonomousSystem";
    var _NAo = "NotificationArns";
    var _NB = "NotBefore";
    var _NBG = "NetworkBorderGroup";
    var _NC = "NetworkConfiguration";
    var _NCA = "NetworkConnectionAction";
    var _NCCC = "NonCompliantCriticalCount";
    var _NCF = "NestedCompositeFilters";
    var _NCHC = "NonCompliantHighCount";
    var _NCI = "NetworkCardIndex";
    var _NCIC = "NonCompliantInformationalCount";
    var _NCLC = "NonCompliantLowCount";
    var _NCMC = "NonCompliantMediumCount";
    var _NCUC = "NonCompliantUnspecifiedCount";
    var _NCe = "NetworkConnection";
    var _ND = "NoDevice";
    var _NDD = "NetworkDestinationDomain";
    var _NDIV = "NetworkDestinationIpV4";
    var _NDIVe = "NetworkDestinationIpV6";
    var _NDP = "NetworkDestinationPort";
    var _NDe = "NetworkDirection";
    var _NE = "NetworkEndpoint";
    var _NEL = "NetworkEndpointsList";
    var _NF = "NumberFilters";
    var _NFL = "NumberFilterList";
    var _NFu = "NumberFilter";
    var _NGI = "NatGatewayId";
    var _NGL = "NetworkGeoLocation";
    var _NH = "NetworkHeader";
    var _NI = "NetworkInterfaces";
    var _NIA = "NotebookInstanceArn";
    var _NIC = "NetworkInterfaceCount";
    var _NII = "NetworkInterfaceId";
    var _NILCN = "NotebookInstanceLifecycleConfigName";
    var _NIN = "NotebookInstanceName";
    var _NIOI = "NetworkInterfaceOwnerId";
    var _NIS = "NetworkInterfaceSet";
    var _NISo = "NotebookInstanceStatus";
    var _NKA = "NonKeyAttributes";
    var _NLBA = "NetworkLoadBalancerArns";
    var _NM = "NetworkMode";
    var _NMWST = "NextMaintenanceWindowStartTime";
    var _NO = "NetworkOrigin";
    var _NOBN = "NumberOfBrokerNodes";
    var _NODT = "NumberOfDecreasesToday";
    var _NON = "NumberOfNodes";
    var _NP = "NetworkPath";
    var _NPC = "NetworkPathComponent";
    var _NPCD = "NetworkPathComponentDetails";
    var _NPL = "NetworkPathList";
    var _NPe = "NetworkProtocol";
    var _NR = "NodeRole";
    var _NS = "NameServers";
    var _NSD = "NetworkSourceDomain";
    var _NSIV = "NetworkSourceIpV4";
    var _NSIVe = "NetworkSourceIpV6";
    var _NSM = "NetworkSourceMac";
    var _NSP = "NetworkSourcePort";
    var _NT = "NoteText";
    var _NTNEO = "NodeToNodeEncryptionOptions";
    var _NTa = "NamespaceType";
    var _NTe = "NextToken";
    var _NTo = "NodeType";
    var _NU = "NoteUpdate";
    var _NUA = "NoteUpdatedAt";
    var _NUB = "NoteUpdatedBy";
    var _NV = "NewVersion";
    var _NVEID = "NoncurrentVersionExpirationInDays";
    var _NVT = "NoncurrentVersionTransitions";
    var _NVe = "NewValue";
    var _Na = "Namespace";
    var _Ne = "Network";
    var _Neg = "Negated";
    var _No = "Note";
    var _Nor = "Normal";
    var _Norm = "Normalized";
    var _Not = "Notifications";
    var _Nu = "Number";
    var _O = "Organization";
    var _OA = "OkActions";
    var _OAI = "OriginAccessIdentity";
    var _OAIw = "OwnerAccountId";
    var _OAN = "OverrideArtifactName";
    var _OAn = "OnlyAssociated";
    var _OAv = "OverrideAction";
    var _OAw = "OwnerAlias";
    var _OBF = "OcsfBooleanFilter";
    var _OBFL = "OcsfBooleanFilterList";
    var _OC = "OrganizationConfiguration";
    var _OD = "OptionalDeployment";
    var _ODAS = "OnDemandAllocationStrategy";
    var _ODBC = "OnDemandBaseCapacity";
    var _ODF = "OcsfDateFilter";
    var _ODFL = "OcsfDateFilterList";
    var _ODMPPOLP = "OnDemandMaxPricePercentageOverLowestPrice";
    var _ODPABC = "OnDemandPercentageAboveBaseCapacity";
    var _OET = "OperationEndTime";
    var _OFC = "OcsfFindingCriteria";
    var _OFF = "OcsfFindingFilters";
    var _OFI = "OcsfFindingIdentifier";
    var _OFIL = "OcsfFindingIdentifierList";
    var _OG = "OriginGroups";
    var _OGM = "OptionGroupMemberships";
    var _OGN = "OptionGroupName";
    var _OGw = "OwnerGid";
    var _OI = "OId";
    var _OIA = "OutsideIpAddress";
    var _OICC = "OpenIdConnectConfig";
    var _OIF = "OcsfIpFilter";
    var _OIFL = "OcsfIpFilterList";
    var _OIr = "OrganizationId";
    var _OIw = "OwnerId";
    var _OK = "OutputKey";
    var _OKT = "OriginKeepaliveTimeout";
    var _OLC = "ObjectLockConfiguration";
    var _OLE = "ObjectLockEnabled";
    var _OMF = "OcsfMapFilter";
    var _OMFL = "OcsfMapFilterList";
    var _ON = "OptionName";
    var _ONF = "OcsfNumberFilter";
    var _ONFE = "OrganizationNotFoundException";
    var _ONFL = "OcsfNumberFilterList";
    var _ONw = "OwnerName";
    var _OP = "OriginPath";
    var _OPP = "OriginProtocolPolicy";
    var _OPR = "OpenPortRange";
    var _OPt = "OtherPolicies";
    var _OR = "OffsetRanges";
    var _ORT = "OriginReadTimeout";
    var _ORf = "OffsetRange";
    var _OS = "OptionSettings";
    var _OSF = "OcsfStringFilter";
    var _OSFL = "OcsfStringFilterList";
    var _OSP = "OriginSslProtocols";
    var _OST = "OperationStartTime";
    var _OSv = "OverallSeverity";
    var _OU = "OwnerUid";
    var _OUI = "OrganizationalUnitId";
    var _OUNFE = "OrganizationalUnitNotFoundException";
    var _OV = "OutputValue";
    var _OVl = "OldValue";
    var _Oc = "Occurrences";
    var _Op = "Options";
    var _Ope = "Operands";
    var _Oper = "Operator";
    var _Opera = "Operation";
    var _Or = "Origins";
    var _Org = "Org";
    var _Ori = "Origin";
    var _Orig = "Original";
    var _Ot = "Other";
    var _Ou = "Outputs";
    var _Ov = "Overrides";
    var _Ow = "Owner";
    var _P = "Port";
    var _PA = "ProductArn";
    var _PABC = "PublicAccessBlockConfiguration";
    var _PAED = "ParameterApplyErrorDescription";
    var _PAR = "ProcessedAutomationRules";
    var _PAS = "ParameterApplyStatus";
    var _PAe = "PendingActions";
    var _PAl = "PlatformArn";
    var _PAo = "PolicyArn";
    var _PAr = "ProcessedAt";
    var _PAu = "PubliclyAccessible";
    var _PB = "PermissionsBoundary";
    var _PBA = "PermissionsBoundaryArn";
    var _PBI = "PatchBaselineId";
    var _PBT = "PermissionsBoundaryType";
    var _PBUC = "PermissionsBoundaryUsageCount";
    var _PBW = "PreferredBackupWindow";
    var _PC = "PendingChange";
    var _PCP = "ProxyConfigurationProperties";
    var _PCWLE = "PendingCloudWatchLogsExports";
    var _PCa = "ParameterConfiguration";
    var _PCl = "PlacementConstraints";
    var _PCr = "ProxyConfiguration";
    var _PCro = "ProviderConfiguration";
    var _PD = "ProviderDetail";
    var _PDGN = "Phase1DhGroupNumbers";
    var _PDGNh = "Phase2DhGroupNumbers";
    var _PDN = "PublicDnsName";
    var _PDNO = "PrivateDnsNameOptions";
    var _PDNr = "PrivateDnsName";
    var _PDRTI = "PropagationDefaultRouteTableId";
    var _PDa = "ParameterDefinition";
    var _PDar = "ParameterDefinitions";
    var _PDr = "ProcessDetails";
    var _PEA = "Phase1EncryptionAlgorithms";
    var _PEAh = "Phase2EncryptionAlgorithms";
    var _PF = "ProcessorFeatures";
    var _PFr = "ProductFields";
    var _PFro = "ProcessedFindings";
    var _PG = "PatchGroup";
    var _PGN = "ParameterGroupName";
    var _PI = "PublicIp";
    var _PIA = "PrivateIpAddress";
    var _PIAh = "Phase1IntegrityAlgorithms";
    var _PIAha = "Phase2IntegrityAlgorithms";
    var _PIAr = "PrivateIpAddresses";
    var _PIAu = "PublicIpAddress";
    var _PIE = "PerformanceInsightsEnabled";
    var _PIKKI = "PerformanceInsightsKmsKeyId";
    var _PIMB = "ProgressInMegaBytes";
    var _PIP = "PublicIpv4Pool";
    var _PIRP = "PerformanceInsightsRetentionPeriod";
    var _PIl = "PlatformIdentifier";
    var _PIo = "PolicyId";
    var _PIr = "PrincipalId";
    var _PK = "ProjectKey";
    var _PL = "PredicateList";
    var _PLA = "ProcessLaunchedAt";
    var _PLI = "PrefixListIds";
    var _PLIr = "PrefixListId";
    var _PLS = "Phase1LifetimeSeconds";
    var _PLSh = "Phase2LifetimeSeconds";
    var _PLr = "ProductsList";
    var _PM = "PrivilegedMode";
    var _PMA = "PublishMetricAction";
    var _PMV = "PendingModifiedValues";
    var _PMW = "PreferredMaintenanceWindow";
    var _PMa = "PackageManager";
    var _PMi = "PidMode";
    var _PMo = "PortMappings";
    var _PN = "PortName";
    var _PNa = "PartitionNumber";
    var _PNag = "PageNumber";
    var _PNar = "ParameterName";
    var _PNo = "PolicyName";
    var _PNol = "PolicyNames";
    var _PNr = "ProductName";
    var _PNri = "PrincipalName";
    var _PNro = "ProcessName";
    var _PNroj = "ProjectName";
    var _PNrov = "ProviderName";
    var _PO = "PeeringOptions";
    var _PP = "PercentProgress";
    var _PPA = "PortProbeAction";
    var _PPD = "PortProbeDetails";
    var _PPDL = "PortProbeDetailList";
    var _PPDo = "PortProbeDetail";
    var _PPP = "ProcessParentPid";
    var _PPa = "ParentPid";
    var _PPr = "ProcessPath";
    var _PPro = "ProcessPid";
    var _PR = "PortRange";
    var _PRFT = "PortRangeFromTo";
    var _PRL = "PortRangeList";
    var _PRo = "PortRanges";
    var _PRr = "ProcessingResult";
    var _PS = "PeeringStatus";
    var _PSA = "ProductSubscriptionArn";
    var _PSK = "PreSharedKey";
    var _PSRP = "ProductSubscriptionResourcePolicy";
    var _PSa = "PatchSummary";
    var _PSl = "PlacementStrategies";
    var _PSo = "PortSets";
    var _PSr = "ProviderSummary";
    var _PSro = "ProductSubscriptions";
    var _PT = "PercentTraffic";
    var _PTA = "ProcessTerminatedAt";
    var _PTO = "ProvisionedThroughputOverride";
    var _PTa = "PackageType";
    var _PTl = "PlacementTenancy";
    var _PTr = "ProtocolType";
    var _PTri = "PrincipalType";
    var _PTro = "ProvisionedThroughput";
    var _PTroj = "ProjectionType";
    var _PTrom = "PromotionTier";
    var _PTrop = "PropagateTags";
    var _PTrov = "ProviderType";
    var _PTs = "PseudoTerminal";
    var _PU = "PosixUser";
    var _PUA = "PolicyUpdatedAt";
    var _PUC = "ProviderUpdateConfiguration";
    var _PV = "PlatformVersion";
    var _PVL = "PolicyVersionList";
    var _PVLr = "ProductsV2List";
    var _PVN = "ProductV2Name";
    var _PVS = "PropagatingVgwSet";
    var _PVSD = "PropagatingVgwSetDetails";
    var _PVSL = "PropagatingVgwSetList";
    var _PVa = "ParameterValue";
    var _PVr = "ProductsV2";
    var _PVro = "ProductV2";
    var _Pa = "Packaging";
    var _Pag = "Pages";
    var _Page = "Page";
    var _Par = "Partition";
    var _Para = "Parameters";
    var _Pat = "Path";
    var _Patc = "Patch";
    var _Pe = "Pending";
    var _Per = "Period";
    var _Perm = "Permissions";
    var _Pi = "Pid";
    var _Pl = "Placement";
    var _Po = "Policies";
    var _Pol = "Policy";
    var _Pr = "Prefix";
    var _Pre = "Predicate";
    var _Pri = "Primary";
    var _Prio = "Priority";
    var _Priv = "Privileged";
    var _Pro = "Projection";
    var _Proc = "Process";
    var _Prod = "Products";
    var _Produ = "Product";
    var _Prot = "Protocol";
    var _Proto = "Protocols";
    var _Prov = "Provider";
    var _Provi = "Providers";
    var _Q = "Quantity";
    var _QLC = "QueryLoggingConfig";
    var _QN = "QueueName";
    var _R = "Reason";
    var _RA = "RuleArn";
    var _RAA = "ResourceApplicationArn";
    var _RAEIII = "ResourceAwsEc2InstanceImageId";
    var _RAEIIIPA = "ResourceAwsEc2InstanceIamInstanceProfileArn";
    var _RAEIIVA = "ResourceAwsEc2InstanceIpV4Addresses";
    var _RAEIIVAe = "ResourceAwsEc2InstanceIpV6Addresses";
    var _RAEIKN = "ResourceAwsEc2InstanceKeyName";
    var _RAEILA = "ResourceAwsEc2InstanceLaunchedAt";
    var _RAEISI = "ResourceAwsEc2InstanceSubnetId";
    var _RAEIT = "ResourceAwsEc2InstanceType";
    var _RAEIVI = "ResourceAwsEc2InstanceVpcId";
    var _RAFCC = "RequireAuthorizationForCacheControl";
    var _RAIAKCA = "ResourceAwsIamAccessKeyCreatedAt";
    var _RAIAKPN = "ResourceAwsIamAccessKeyPrincipalName";
    var _RAIAKS = "ResourceAwsIamAccessKeyStatus";
    var _RAIAKUN = "ResourceAwsIamAccessKeyUserName";
    var _RAIUUN = "ResourceAwsIamUserUserName";
    var _RAN = "ResourceApplicationName";
    var _RART = "RedirectAllRequestsTo";
    var _RASBOI = "ResourceAwsS3BucketOwnerId";
    var _RASBON = "ResourceAwsS3BucketOwnerName";
    var _RAe = "ResourceArn";
    var _RAec = "RecommendedAction";
    var _RAeg = "RegistryArn";
    var _RAo = "RoleArn";
    var _RAoo = "RootAccess";
    var _RAu = "RuleAction";
    var _RB = "RoleBase";
    var _RC = "ResultConfiguration";
    var _RCE = "ResourceConflictException";
    var _RCF = "ResourcesCompositeFilter";
    var _RCFL = "ResourcesCompositeFilterList";
    var _RCIC = "RegisteredContainerInstancesCount";
    var _RCII = "ResourceContainerImageId";
    var _RCIN = "ResourceContainerImageName";
    var _RCLA = "ResourceContainerLaunchedAt";
    var _RCN = "ResourceContainerName";
    var _RCP = "ResourceCloudPartition";
    var _RCTD = "ResourceCreationTimeDt";
    var _RCU = "ReadCapacityUnits";
    var _RCV = "RegisterConnectorV2";
    var _RCVR = "RegisterConnectorV2Request";
    var _RCVRe = "RegisterConnectorV2Response";
    var _RCe = "RegistryCredential";
    var _RCea = "ReasonCode";
    var _RCep = "RepositoryCredentials";
    var _RCepl = "ReplicationConfig";
    var _RCeq = "RequiresCompatibilities";
    var _RCes = "ResponseCode";
    var _RCeso = "ResourceConfig";
    var _RCesou = "ResourceCategory";
    var _RCesour = "ResourcesCount";
    var _RCo = "RoutingConfig";
    var _RD = "RootDirectory";
    var _RDCTD = "ResourceDetailCaptureTimeDt";
    var _RDF = "ResourcesDateFilter";
    var _RDFL = "ResourcesDateFilterList";
    var _RDI = "RamDiskId";
    var _RDO = "ResourceDetailsOther";
    var _RDT = "RestoreDateTime";
    var _RDe = "ResourceDetails";
    var _RDu = "RuleDefinition";
    var _RE = "RenewalEligibility";
    var _REe = "ReaderEndpoint";
    var _REec = "RecommendationError";
    var _REex = "Re2Expression";
    var _REo = "RotationEnabled";
    var _RF = "RelatedFindings";
    var _RFI = "RelatedFindingsId";
    var _RFL = "RelatedFindingList";
    var _RFP = "RekeyFuzzPercentage";
    var _RFPA = "RelatedFindingsProductArn";
    var _RFS = "ResourceFindingsSummary";
    var _RFSL = "ResourceFindingsSummaryList";
    var _RFe = "RelatedFinding";
    var _RFes = "ResourcesFilters";
    var _RG = "RuleGroup";
    var _RGA = "RuleGroupArn";
    var _RGBR = "ResourceGroupByRule";
    var _RGBRe = "ResourceGroupByRules";
    var _RGD = "RuleGroupDetails";
    var _RGI = "RuleGroupId";
    var _RGN = "RuleGroupName";
    var _RGS = "RuleGroupSource";
    var _RGSCAD = "RuleGroupSourceCustomActionsDetails";
    var _RGSCAL = "RuleGroupSourceCustomActionsList";
    var _RGSLD = "RuleGroupSourceListDetails";
    var _RGSSRACAD = "RuleGroupSourceStatelessRulesAndCustomActionsDetails";
    var _RGSSRD = "RuleGroupSourceStatefulRulesDetails";
    var _RGSSRDu = "RuleGroupSourceStatelessRuleDefinition";
    var _RGSSRDul = "RuleGroupSourceStatelessRulesDetails";
    var _RGSSRHD = "RuleGroupSourceStatefulRulesHeaderDetails";
    var _RGSSRL = "RuleGroupSourceStatefulRulesList";
    var _RGSSRLu = "RuleGroupSourceStatelessRulesList";
    var _RGSSRMA = "RuleGroupSourceStatelessRuleMatchAttributes";
    var _RGSSRMAD = "RuleGroupSourceStatelessRuleMatchAttributesDestinations";
    var _RGSSRMADL = "RuleGroupSourceStatelessRuleMatchAttributesDestinationsList";
    var _RGSSRMADP = "RuleGroupSourceStatelessRuleMatchAttributesDestinationPorts";
    var _RGSSRMADPL = "RuleGroupSourceStatelessRuleMatchAttributesDestinationPortsList";
    var _RGSSRMAS = "RuleGroupSourceStatelessRuleMatchAttributesSources";
    var _RGSSRMASL = "RuleGroupSourceStatelessRuleMatchAttributesSourcesList";
    var _RGSSRMASP = "RuleGroupSourceStatelessRuleMatchAttributesSourcePorts";
    var _RGSSRMASPL = "RuleGroupSourceStatelessRuleMatchAttributesSourcePortsList";
    var _RGSSRMATF = "RuleGroupSourceStatelessRuleMatchAttributesTcpFlags";
    var _RGSSRMATFL = "RuleGroupSourceStatelessRuleMatchAttributesTcpFlagsList";
    var _RGSSROD = "RuleGroupSourceStatefulRulesOptionsDetails";
    var _RGSSROL = "RuleGroupSourceStatefulRulesOptionsList";
    var _RGV = "RuleGroupVariables";
    var _RGVISD = "RuleGroupVariablesIpSetsDetails";
    var _RGVPSD = "RuleGroupVariablesPortSetsDetails";
    var _RGe = "ResourceGuid";
    var _RH = "ResponseHeaders";
    var _RHS = "RequireHibernateSupport";
    var _RI = "ResourceId";
    var _RIA = "ReplicationInstanceArn";
    var _RIC = "ReplicationInstanceClass";
    var _RID = "RemoteIpDetails";
    var _RII = "ReplicationInstanceIdentifier";
    var _RIP = "RestoreInProgress";
    var _RIUE = "ResourceInUseException";
    var _RIa = "RamdiskId";
    var _RIe = "ResourceIdentifier";
    var _RIec = "RecordIndex";
    var _RIeg = "RegistryId";
    var _RIes = "ResizeInfo";
    var _RIeso = "ResourceInfo";
    var _RIesou = "ResourceIds";
    var _RIev = "RevisionId";
    var _RIo = "RoleId";
    var _RIoo = "RootId";
    var _RIu = "RuleId";
    var _RK = "RateKey";
    var _RKPW = "ReplaceKeyPrefixWith";
    var _RKW = "ReplaceKeyWith";
    var _RL = "RateLimit";
    var _RLA = "RotationLambdaArn";
    var _RLM = "RegionLinkingMode";
    var _RLe = "ResourceList";
    var _RLes = "ResultList";
    var _RLu = "RulesList";
    var _RMF = "ResourcesMapFilter";
    var _RMFL = "ResourcesMapFilterList";
    var _RMTS = "RekeyMarginTimeSeconds";
    var _RN = "RuleName";
    var _RNF = "ResourcesNumberFilter";
    var _RNFE = "ResourceNotFoundException";
    var _RNFL = "ResourcesNumberFilterList";
    var _RNe = "RegionName";
    var _RNeg = "RegistryName";
    var _RNep = "RepositoryName";
    var _RNes = "ResourceName";
    var _RNo = "RoleName";
    var _RNu = "RuleNumber";
    var _RO = "RuleOrder";
    var _ROA = "ResourceOwnerAccount";
    var _ROAI = "ResourceOwnerAccountId";
    var _ROO = "ResourceOwnerOrg";
    var _ROOI = "ResourceOwnerOrgId";
    var _ROWF = "RotationOccurredWithinFrequency";
    var _ROe = "ReadOnly";
    var _ROeb = "RebootOption";
    var _ROes = "ResourceOwner";
    var _ROu = "RuleOptions";
    var _RP = "ResourcePartition";
    var _RPA = "RecoveryPointArn";
    var _RPB = "RestrictPublicBuckets";
    var _RPD = "RemotePortDetails";
    var _RPH = "RetentionPeriodHours";
    var _RPL = "RolePolicyList";
    var _RPT = "RepositoryPolicyText";
    var _RPe = "ResourceProvider";
    var _RPec = "RecommendedPolicy";
    var _RPes = "ResourcePath";
    var _RPet = "RetentionPeriod";
    var _RR = "ResourceRegion";
    var _RRDBCI = "ReadReplicaDBClusterIdentifiers";
    var _RRDBII = "ReadReplicaDBInstanceIdentifiers";
    var _RRF = "ReadonlyRootFilesystem";
    var _RRI = "ReadReplicaIdentifiers";
    var _RRSDBII = "ReadReplicaSourceDBInstanceIdentifier";
    var _RRe = "ResourceRecord";
    var _RRel = "RelatedRequirements";
    var _RRes = "ResourceRequirements";
    var _RReso = "ResourceRole";
    var _RResou = "ResourceResult";
    var _RRo = "RoutingRules";
    var _RRot = "RotationRules";
    var _RS = "RuleStatus";
    var _RSB = "ResourceSeverityBreakdown";
    var _RSC = "ResourceSubCategory";
    var _RSD = "ReplicaStatusDescription";
    var _RSDo = "RouteSetDetails";
    var _RSE = "RouteSelectionExpression";
    var _RSF = "ResourcesStringFilter";
    var _RSFL = "ResourcesStringFilterList";
    var _RSG = "ReplicationSubnetGroup";
    var _RSGI = "ReplicationSubnetGroupIdentifier";
    var _RSL = "RulesSourceList";
    var _RSLo = "RouteSetList";
    var _RSM = "RoleSearchMatching";
    var _RSR = "RenewalStatusReason";
    var _RSS = "RoleSearchSubtree";
    var _RSe = "RecordState";
    var _RSec = "RecommendationSteps";
    var _RSeco = "RecommendationStep";
    var _RSen = "RenewalSummary";
    var _RSene = "RenewalStatus";
    var _RSep = "ReplicaStatus";
    var _RSes = "RestoreSummary";
    var _RSeso = "ResourceScopes";
    var _RSest = "RestoreStatus";
    var _RSo = "RouteSettings";
    var _RSou = "RouteSet";
    var _RSu = "RulesSource";
    var _RSul = "RulesString";
    var _RT = "ResourceType";
    var _RTAI = "RouteTableAssociationId";
    var _RTC = "RunningTasksCount";
    var _RTCF = "ResourcesTrendsCompositeFilter";
    var _RTCFL = "ResourcesTrendsCompositeFilterList";
    var _RTF = "ResourcesTrendsFilters";
    var _RTI = "RouteTableId";
    var _RTIe = "ReplicationTaskIdentifier";
    var _RTL = "ResourceTagList";
    var _RTM = "ResourcesTrendsMetrics";
    var _RTMR = "ResourcesTrendsMetricsResult";
    var _RTS = "ReplicationTaskSettings";
    var _RTSF = "ResourcesTrendsStringFilter";
    var _RTSFL = "ResourcesTrendsStringFilterList";
    var _RTV = "ResourcesTrendsValues";
    var _RTe = "ResourceTags";
    var _RTec = "RecommendationText";
    var _RTeco = "RecommendationType";
    var _RTes = "ResizeType";
    var _RTeso = "ResourceTag";
    var _RU = "RemediationUrl";
    var _RUe = "ReferenceUrls";
    var _RV = "ResultValues";
    var _RVC = "ResourcesVpcConfig";
    var _RVI = "RequesterVpcInfo";
    var _RVe = "RelatedVulnerabilities";
    var _RVu = "RuleVariables";
    var _RWS = "ReplayWindowSize";
    var _Ra = "Range";
    var _Ran = "Ranges";
    var _Re = "Replicas";
    var _Rec = "Records";
    var _Reco = "Recommendation";
    var _Recor = "Record";
    var _Red = "Redirect";
    var _Reg = "Region";
    var _Regi = "Regions";
    var _Rel = "Release";
    var _Rem = "Remediation";
    var _Res = "Resources";
    var _Reso = "Resource";
    var _Resu = "Result";
    var _Ret = "Retries";
    var _Ro = "Routes";
    var _Rol = "Rollback";
    var _Role = "Role";
    var _Roles = "Roles";
    var _Rou = "Route";
    var _Row = "Row";
    var _Ru = "Runtime";
    var _Rul = "Rules";
    var _Rule = "Rule";
    var _S = "Session";
    var _SA = "SignatureAlgorithm";
    var _SAN = "SubjectAlternativeNames";
    var _SAS = "SpotAllocationStrategy";
    var _SAU = "ServiceAccountUsername";
    var _SAZ = "SecondaryAvailabilityZone";
    var _SAZu = "SubnetAvailabilityZone";
    var _SAe = "SecondaryArtifacts";
    var _SAec = "SecretArn";
    var _SAer = "ServiceArn";
    var _SAo = "SourceArn";
    var _SAt = "StartedAt";
    var _SAta = "StandardsArn";
    var _SAu = "SubnetArn";
    var _SAub = "SubscribedAt";
    var _SB = "StartedBy";
    var _SBA = "SourceBackupArn";
    var _SBN = "S3BucketName";
    var _SBP = "S3BucketPrefix";
    var _SBVA = "SourceBackupVaultArn";
    var _SBu = "S3Bucket";
    var _SC = "StorageClass";
    var _SCA = "ServerCertificateArn";
    var _SCAD = "StandardsControlAssociationDetails";
    var _SCADt = "StandardsControlAssociationDetail";
    var _SCADta = "StatelessCustomActionDefinition";
    var _SCAI = "StandardsControlAssociationIds";
    var _SCAIt = "StandardsControlAssociationId";
    var _SCAS = "StandardsControlAssociationSummaries";
    var _SCASt = "StandardsControlAssociationSummary";
    var _SCAU = "StandardsControlAssociationUpdates";
    var _SCAUt = "StandardsControlAssociationUpdate";
    var _SCAe = "SecurityControlArn";
    var _SCAt = "StatelessCustomActions";
    var _SCAta = "StandardsControlArn";
    var _SCAtan = "StandardsControlArns";
    var _SCC = "SecurityControlsConfiguration";
    var _SCCP = "SecurityControlCustomParameter";
    var _SCCPL = "SecurityControlCustomParametersList";
    var _SCCPe = "SecurityControlCustomParameters";
    var _SCD = "SecurityControlDefinition";
    var _SCDe = "SecurityControlDefinitions";
    var _SCDt = "StandardsControlDescription";
    var _SCGN = "SnapshotCopyGrantName";
    var _SCI = "SslCertificateId";
    var _SCIe = "SecurityControlIds";
    var _SCIec = "SecurityControlId";
    var _SCO = "StringConfigurationOptions";
    var _SCP = "SubnetChangeProtection";
    var _SCPA = "StartConfigurationPolicyAssociation";
    var _SCPAR = "StartConfigurationPolicyAssociationRequest";
    var _SCPARt = "StartConfigurationPolicyAssociationResponse";
    var _SCPD = "StartConfigurationPolicyDisassociation";
    var _SCPDR = "StartConfigurationPolicyDisassociationRequest";
    var _SCPDRt = "StartConfigurationPolicyDisassociationResponse";
    var _SCPL = "SecurityControlParametersList";
    var _SCPMA = "StatelessCustomPublishMetricAction";
    var _SCPMAD = "StatelessCustomPublishMetricActionDimension";
    var _SCPMADL = "StatelessCustomPublishMetricActionDimensionsList";
    var _SCPe = "SecurityControlParameters";
    var _SCPec = "SecurityControlParameter";
    var _SCS = "SecurityControlStatus";
    var _SCT = "SnapshotCreateTime";
    var _SCTt = "StandardsControlTitle";
    var _SCTu = "SubscriptionCreationTime";
    var _SCU = "StandardsControlsUpdatable";
    var _SCc = "ScopeConfiguration";
    var _SCe = "SessionContext";
    var _SCec = "SecurityControls";
    var _SCecu = "SecurityControl";
    var _SCh = "ShardCount";
    var _SCi = "SizeClassified";
    var _SCo = "SourceContainer";
    var _SCor = "SortCriteria";
    var _SCort = "SortCriterion";
    var _SCt = "StatusCodes";
    var _SCta = "StartColumn";
    var _SCtan = "StandardsControl";
    var _SCtand = "StandardsControls";
    var _SCu = "SuccessCount";
    var _SCy = "SystemControls";
    var _SD = "SseDescription";
    var _SDA = "StatelessDefaultActions";
    var _SDC = "SourceDestCheck";
    var _SDD = "SensitiveDataDetections";
    var _SDDL = "SensitiveDataDetectionsList";
    var _SDR = "SensitiveDataResult";
    var _SDRL = "SensitiveDataResultList";
    var _SDS = "StackDriftStatus";
    var _SDSI = "SourceDbSnapshotIdentifier";
    var _SDe = "SensitiveData";
    var _SDo = "SourceDomain";
    var _SDp = "SpreadDomain";
    var _SE = "ScheduleExpression";
    var _SEA = "SourceEndpointArn";
    var _SEE = "S3EncryptionEnabled";
    var _SEIWF = "ScanEc2InstanceWithFindings";
    var _SEe = "ServiceEnabled";
    var _SEt = "StreamEnabled";
    var _SEto = "StorageEncrypted";
    var _SEtr = "StreamEncryption";
    var _SF = "StringFilters";
    var _SFDA = "StatelessFragmentDefaultActions";
    var _SFFRA = "SqsFailureFeedbackRoleArn";
    var _SFL = "StringFilterList";
    var _SFt = "StringFilter";
    var _SG = "SecurityGroups";
    var _SGI = "SecurityGroupIds";
    var _SGIS = "SecurityGroupIdSet";
    var _SGS = "SecurityGroupSet";
    var _SGSu = "SubnetGroupStatus";
    var _SGe = "SecondaryGids";
    var _SH = "SecurityHub";
    var _SHAIAFRC = "SelfHostedAIAgentFrameworkResourceCount";
    var _SHAIARC = "SelfHostedAIAgentResourceCount";
    var _SHAIATAIRC = "SelfHostedAIAgentToolsAndIdentityResourceCount";
    var _SHAIDRC = "SelfHostedAIDevelopmentResourceCount";
    var _SHAIEERC = "SelfHostedAIExternalEndpointResourceCount";
    var _SHAIMRC = "SelfHostedAIModelResourceCount";
    var _SHAIMSRC = "SelfHostedAIModelServingResourceCount";
    var _SHP = "SecurityHubPolicy";
    var _SHTAIRC = "SelfHostedTotalAIResourceCount";
    var _SI = "StandardsId";
    var _SIL = "SourceIdsList";
    var _SIP = "SpotInstancePools";
    var _SIT = "SpotInstanceType";
    var _SIV = "SourceIpV4";
    var _SIVo = "SourceIpV6";
    var _SIe = "SeverityId";
    var _SIeq = "SequenceIndicators";
    var _SIer = "ServiceId";
    var _SIes = "SessionIssuer";
    var _SIi = "SignalIndicators";
    var _SIn = "SnapshotId";
    var _SIt = "StatusId";
    var _SIta = "StackId";
    var _SItan = "StandardsInput";
    var _SItat = "StatusInfos";
    var _SIu = "SubnetId";
    var _SIub = "SubnetIds";
    var _SIubn = "SubnetIdentifier";
    var _SK = "S3Key";
    var _SKF = "S3KeyFilter";
    var _SKP = "S3KeyPrefix";
    var _SL = "SeverityLabel";
    var _SLA = "SourceLayerArn";
    var _SLCO = "StringListConfigurationOptions";
    var _SLH = "SourceLayerHash";
    var _SLi = "SignalsList";
    var _SLo = "S3Logs";
    var _SLof = "SoftLimit";
    var _SLt = "StartLine";
    var _SLtr = "StringList";
    var _SM = "StatusMessage";
    var _SMA = "StateMachineArn";
    var _SMB = "StandardsManagedBy";
    var _SMP = "SpotMaxPrice";
    var _SMPPOLP = "SpotMaxPricePercentageOverLowestPrice";
    var _SMS = "SharedMemorySize";
    var _SMo = "SourceMac";
    var _SMs = "SslMode";
    var _SMu = "SubnetMappings";
    var _SN = "ServiceName";
    var _SND = "ServiceNowDetail";
    var _SNPC = "ServiceNowProviderConfiguration";
    var _SNUC = "ServiceNowUpdateConfiguration";
    var _SNe = "ServerName";
    var _SNer = "ServiceNow";
    var _SNev = "SeverityNormalized";
    var _SNt = "StageName";
    var _SNta = "StackName";
    var _SNtr = "StreamName";
    var _SO = "SpotOptions";
    var _SOC = "S3OriginConfig";
    var _SOP = "ScanOnPush";
    var _SOV = "S3ObjectVersion";
    var _SOe = "SecretOptions";
    var _SOo = "SortOrder";
    var _SP = "SpotPrice";
    var _SPA = "SamlProviderArn";
    var _SPIAC = "SecondaryPrivateIpAddressCount";
    var _SPL = "SoftwarePackageList";
    var _SPe = "SeverityProduct";
    var _SPo = "SourcePath";
    var _SPof = "SoftwarePackage";
    var _SPou = "SourcePort";
    var _SPour = "SourcePorts";
    var _SPt = "StartPeriod";
    var _SQEE = "ServiceQuotaExceededException";
    var _SR = "ServiceRole";
    var _SRACA = "StatelessRulesAndCustomActions";
    var _SRC = "StatusReasonCode";
    var _SRE = "SampledRequestsEnabled";
    var _SRGR = "StatefulRuleGroupReferences";
    var _SRGRt = "StatelessRuleGroupReferences";
    var _SRL = "StatusReasonsList";
    var _SRO = "StaticRoutesOnly";
    var _SRe = "ServiceRegistries";
    var _SRev = "SeverityRating";
    var _SRo = "SourceRegion";
    var _SRt = "StateReason";
    var _SRta = "StatusReasons";
    var _SRtat = "StatefulRules";
    var _SRtate = "StatelessRules";
    var _SRtatu = "StatusReason";
    var _SS = "StackStatus";
    var _SSA = "StandardsSubscriptionArns";
    var _SSAt = "StandardsSubscriptionArn";
    var _SSE = "ServerSideEncryption";
    var _SSEA = "SSEAlgorithm";
    var _SSEC = "ServerSideEncryptionConfiguration";
    var _SSEKMSKI = "SSEKMSKeyId";
    var _SSFRA = "SqsSuccessFeedbackRoleArn";
    var _SSG = "SourceSecurityGroup";
    var _SSI = "SnapshotScheduleIdentifier";
    var _SSIMB = "SnapshotSizeInMegaBytes";
    var _SSL = "SearchSlowLogs";
    var _SSM = "SslSupportMethod";
    var _SSN = "SolutionStackName";
    var _SSO = "ServiceSoftwareOptions";
    var _SSPU = "SelfServicePortalUrl";
    var _SSR = "StackStatusReason";
    var _SSRt = "StandardsSubscriptionRequests";
    var _SSRta = "StandardsStatusReason";
    var _SSRtan = "StandardsSubscriptionRequest";
    var _SSS = "SnapshotScheduleState";
    var _SSSPA = "SelfServiceSamlProviderArn";
    var _SSc = "SchedulingStrategy";
    var _SSe = "ServiceState";
    var _SSt = "StreamSpecification";
    var _SSta = "StandardsSubscriptions";
    var _SStan = "StandardsSubscription";
    var _SStand = "StandardsStatus";
    var _SSu = "SubnetStatus";
    var _ST = "StorageType";
    var _STA = "SnsTopicArn";
    var _STAo = "SourceTableArn";
    var _STC = "SeverityTrendsCount";
    var _STH = "SessionTimeoutHours";
    var _STN = "SnsTopicName";
    var _STc = "ScopeType";
    var _STe = "ServiceType";
    var _STev = "SeverityTrends";
    var _STn = "SnapshotType";
    var _STo = "SourceType";
    var _STp = "SplitTunnel";
    var _STs = "SseType";
    var _STt = "StartTimeout";
    var _STta = "StatusType";
    var _STtar = "StartTime";
    var _STto = "StopTimeout";
    var _SU = "SourceUrl";
    var _SUe = "SeverityUpdate";
    var _SV = "StageVariables";
    var _SVO = "StageVariableOverrides";
    var _SVT = "StreamViewType";
    var _SVc = "SchemaVersion";
    var _SVco = "ScopeValues";
    var _SVo = "SourceVolume";
    var _SWM = "StartWindowMinutes";
    var _Sa = "Sasl";
    var _Sam = "Sample";
    var _Sc = "Scope";
    var _Sch = "Scheme";
    var _Sco = "Scopes";
    var _Scr = "Scram";
    var _Se = "Severity";
    var _Sec = "Secrets";
    var _Seco = "Secondary";
    var _Seq = "Sequence";
    var _Ser = "Serial";
    var _Set = "Settings";
    var _Sev = "Severities";
    var _Si = "Size";
    var _Sig = "Signals";
    var _Sign = "Signal";
    var _So = "Source";
    var _Sou = "Sources";
    var _St = "Status";
    var _Sta = "State";
    var _Stan = "Standards";
    var _Stand = "Standard";
    var _Star = "Start";
    var _Stat = "Statistic";
    var _Statu = "Statuses";
    var _Str = "String";
    var _Su = "Subject";
    var _Sub = "Subnets";
    var _Subs = "Subscription";
    var _Sw = "Swappiness";
    var _T = "Type";
    var _TA = "TrailArn";
    var _TAa = "TargetArn";
    var _TAe = "TerminatedAt";
    var _TBL = "ThrottlingBurstLimit";
    var _TBV = "TargetBackupVault";
    var _TC = "TracingConfig";
    var _TCA = "TdeCredentialArn";
    var _TCo = "TotalCount";
    var _TCr = "TracingConfiguration";
    var _TD = "TaskData";
    var _TDA = "TaskDefinitionArn";
    var _TDa = "TaskDefinition";
    var _TE = "ThrottlingException";
    var _TEA = "TargetEndpointArn";
    var _TEP = "TransitEncryptionPort";
    var _TEr = "TracingEnabled";
    var _TEra = "TransitEncryption";
    var _TF = "TotalFindings";
    var _TFc = "TcpFlags";
    var _TGA = "TargetGroupArn";
    var _TGCB = "TransitGatewayCidrBlocks";
    var _TGI = "TransitGatewayId";
    var _TI = "TableId";
    var _TIC = "TunnelInsideCidr";
    var _TII = "ThreatIntelIndicators";
    var _TIIC = "ThreatIntelIndicatorCategory";
    var _TIIL = "ThreatIntelIndicatorList";
    var _TIILOA = "ThreatIntelIndicatorLastObservedAt";
    var _TIIS = "ThreatIntelIndicatorSource";
    var _TIISU = "ThreatIntelIndicatorSourceUrl";
    var _TIIT = "ThreatIntelIndicatorType";
    var _TIIV = "ThreatIntelIndicatorValue";
    var _TIIh = "ThreatIntelIndicator";
    var _TIM = "TimeoutInMinutes";
    var _TIa = "TargetId";
    var _TIi = "TicketId";
    var _TK = "TagKeys";
    var _TL = "ThreatList";
    var _TLSGB = "TotalLocalStorageGB";
    var _TLSSP = "TLSSecurityPolicy";
    var _TM = "TableMappings";
    var _TMD = "TreatMissingData";
    var _TMI = "ThresholdMetricId";
    var _TMR = "TrendsMetricsResult";
    var _TMr = "TrendsMetrics";
    var _TN = "TableName";
    var _TNo = "TopicName";
    var _TO = "TunnelOptions";
    var _TOD = "TimeOfDay";
    var _TP = "TransportProtocol";
    var _TPC = "ThreadsPerCore";
    var _TPo = "ToPort";
    var _TR = "TagResource";
    var _TRA = "TaskRoleArn";
    var _TRL = "ThrottlingRateLimit";
    var _TRR = "TagResourceRequest";
    var _TRRa = "TagResourceResponse";
    var _TS = "TableStatus";
    var _TSB = "TableSizeBytes";
    var _TSU = "TicketSrcUrl";
    var _TT = "TargetType";
    var _TTa = "TargetTypes";
    var _TV = "TrendsValues";
    var _TZ = "TimeZone";
    var _Ta = "Target";
    var _Tag = "Tag";
    var _Tags = "Tags";
    var _Tar = "Targets";
    var _Te = "Tenancy";
    var _Tex = "Text";
    var _Th = "Threshold";
    var _Thr = "Throughput";
    var _Thre = "Threats";
    var _Threa = "Threat";
    var _Ti = "Title";
    var _Tie = "Tier";
    var _Tim = "Timeout";
    var _Time = "Timezone";
    var _Times = "Timestamp";
    var _Tl = "Tls";
    var _Tm = "Tmpfs";
    var _To = "To";
    var _Tr = "Transitions";
    var _Ty = "Types";
    var _U = "User";
    var _UA = "UpdatedAt";
    var _UAOK = "UseAwsOwnedKey";
    var _UAR = "UnprocessedAutomationRules";
    var _UARL = "UnprocessedAutomationRulesList";
    var _UARRI = "UpdateAutomationRulesRequestItems";
    var _UARRIL = "UpdateAutomationRulesRequestItemsList";
    var _UARRIp = "UpdateAutomationRulesRequestItem";
    var _UARV = "UpdateAutomationRuleV2";
    var _UARVR = "UpdateAutomationRuleV2Request";
    var _UARVRp = "UpdateAutomationRuleV2Response";
    var _UARn = "UnprocessedAutomationRule";
    var _UAT = "UpdateActionTarget";
    var _UATR = "UpdateActionTargetRequest";
    var _UATRp = "UpdateActionTargetResponse";
    var _UAU = "UnprocessedAssociationUpdates";
    var _UAV = "UpdateAggregatorV2";
    var _UAVR = "UpdateAggregatorV2Request";
    var _UAVRp = "UpdateAggregatorV2Response";
    var _UAn = "UnprocessedAssociations";
    var _UAnp = "UnprocessedAccounts";
    var _UAp = "UpdateAvailable";
    var _UAs = "UserAccount";
    var _UB = "UserBase";
    var _UBp = "UpdatedBy";
    var _UC = "UpdateConnector";
    var _UCCHS = "UnauthorizedCacheControlHeaderStrategy";
    var _UCP = "UpdateConfigurationPolicy";
    var _UCPA = "UnprocessedConfigurationPolicyAssociations";
    var _UCPAL = "UnprocessedConfigurationPolicyAssociationList";
    var _UCPAn = "UnprocessedConfigurationPolicyAssociation";
    var _UCPR = "UpdateConfigurationPolicyRequest";
    var _UCPRp = "UpdateConfigurationPolicyResponse";
    var _UCR = "UpdateConnectorRequest";
    var _UCRp = "UpdateConnectorResponse";
    var _UCV = "UpdateConnectorV2";
    var _UCVR = "UpdateConnectorV2Request";
    var _UCVRp = "UpdateConnectorV2Response";
    var _UD = "UserData";
    var _UDF = "UserDefinedFields";
    var _UDp = "UpdateDate";
    var _UF = "UnprocessedFindings";
    var _UFA = "UpdateFindingAggregator";
    var _UFAR = "UpdateFindingAggregatorRequest";
    var _UFARp = "UpdateFindingAggregatorResponse";
    var _UFR = "UpdateFindingsRequest";
    var _UFRp = "UpdateFindingsResponse";
    var _UFp = "UpdatedField";
    var _UFpd = "UpdateFindings";
    var _UI = "UserId";
    var _UIGP = "UserIdGroupPairs";
    var _UIR = "UpdateInsightRequest";
    var _UIRp = "UpdateInsightResponse";
    var _UIn = "UnprocessedIds";
    var _UIp = "UpdateInsight";
    var _UN = "UserName";
    var _UOC = "UpdateOrganizationConfiguration";
    var _UOCR = "UpdateOrganizationConfigurationRequest";
    var _UOCRp = "UpdateOrganizationConfigurationResponse";
    var _UP = "UnusedPermissions";
    var _UPC = "UserPoolConfig";
    var _UPI = "UserPoolId";
    var _UPL = "UserPolicyList";
    var _UPRS = "UnusedPermissionsRecommendationStep";
    var _UR = "UpdatedReason";
    var _URN = "UserRoleName";
    var _URR = "UntagResourceRequest";
    var _URRn = "UntagResourceResponse";
    var _URn = "UntagResource";
    var _US = "UpdateStatus";
    var _USC = "UseStageCache";
    var _USCA = "UnprocessedStandardsControlAssociation";
    var _USCAU = "UnprocessedStandardsControlAssociationUpdate";
    var _USCAUn = "UnprocessedStandardsControlAssociationUpdates";
    var _USCAn = "UnprocessedStandardsControlAssociations";
    var _USCR = "UpdateSecurityControlRequest";
    var _USCRp = "UpdateSecurityControlResponse";
    var _USCRpd = "UpdateStandardsControlRequest";
    var _USCRpda = "UpdateStandardsControlResponse";
    var _USCn = "UnprocessedSecurityControl";
    var _USCnp = "UnprocessedSecurityControls";
    var _USCp = "UpdateSecurityControl";
    var _USCpd = "UpdateStandardsControl";
    var _USHC = "UpdateSecurityHubConfiguration";
    var _USHCR = "UpdateSecurityHubConfigurationRequest";
    var _USHCRp = "UpdateSecurityHubConfigurationResponse";
    var _USM = "UserSearchMatching";
    var _USS = "UserSearchSubtree";
    var _USp = "UpdateSource";
    var _UT = "UnhealthyThreshold";
    var _UTp = "UpdateTime";
    var _Ui = "Uid";
    var _Ul = "Ulimits";
    var _Un = "Unit";
    var _Una = "Unauthenticated";
    var _Unk = "Unknown";
    var _Up = "Updates";
    var _Ur = "Url";
    var _Us = "Users";
    var _Use = "Username";
    var _V = "Version";
    var _VC = "ViewerCertificate";
    var _VCA = "VendorCreatedAt";
    var _VCC = "VCpuCount";
    var _VCI = "VpnConnectionId";
    var _VCV = "VulnerabilityCodeVulnerabilities";
    var _VCVL = "VulnerabilityCodeVulnerabilitiesList";
    var _VCi = "VisibilityConfig";
    var _VCp = "VpcConfig";
    var _VCpc = "VpcConfiguration";
    var _VD = "ValidationDomain";
    var _VE = "ValidationException";
    var _VEA = "VulnerabilitiesExploitAvailable";
    var _VES = "VpnEcmpSupport";
    var _VEa = "ValidationEmails";
    var _VF = "VolumesFrom";
    var _VFA = "VulnerabilitiesFixAvailable";
    var _VFa = "ValueFrom";
    var _VGI = "VpnGatewayId";
    var _VI = "VersionId";
    var _VICBSD = "VpcInfoCidrBlockSetDetails";
    var _VICBSL = "VpcInfoCidrBlockSetList";
    var _VIICBSD = "VpcInfoIpv6CidrBlockSetDetails";
    var _VIICBSL = "VpcInfoIpv6CidrBlockSetList";
    var _VIPOD = "VpcInfoPeeringOptionsDetails";
    var _VIo = "VolumeId";
    var _VIp = "VpcId";
    var _VL = "VersionLabel";
    var _VLu = "VulnerabilityList";
    var _VM = "ValidationMethod";
    var _VML = "VolumeMountList";
    var _VMo = "VolumeMounts";
    var _VMol = "VolumeMount";
    var _VN = "VirtualName";
    var _VO = "VpcOptions";
    var _VP = "VpnPort";
    var _VPCI = "VpcPeeringConnectionId";
    var _VPCId = "VPCId";
    var _VPCO = "VPCOptions";
    var _VPP = "ViewerProtocolPolicy";
    var _VPu = "VulnerablePackages";
    var _VS = "VerificationState";
    var _VSG = "VpcSecurityGroups";
    var _VSGI = "VpcSecurityGroupId";
    var _VSIGB = "VolumeSizeInGB";
    var _VSS = "VolumeScanStatus";
    var _VSa = "ValidationStatus";
    var _VSe = "VendorSeverity";
    var _VSo = "VolumeSize";
    var _VT = "VolumeType";
    var _VTa = "ValueType";
    var _VTg = "VgwTelemetry";
    var _VTi = "VirtualizationType";
    var _VU = "ValidUntil";
    var _VUA = "VendorUpdatedAt";
    var _VV = "VulnerabilityVendor";
    var _Va = "Variables";
    var _Val = "Value";
    var _Valu = "Values";
    var _Ve = "Vendor";
    var _Vo = "Volumes";
    var _Vp = "Vpcs";
    var _Vu = "Vulnerabilities";
    var _Vul = "Vulnerability";
    var _W = "Workflow";
    var _WA = "WafAction";
    var _WAA = "WebAclArn";
    var _WAI = "WebAclId";
    var _WC = "WeightedCapacity";
    var _WCU = "WriteCapacityUnits";
    var _WCa = "WarmCount";
    var _WD = "WorkingDirectory";
    var _WE = "WarmEnabled";
    var _WER = "WafExcludedRule";
    var _WERL = "WafExcludedRuleList";
    var _WOA = "WafOverrideAction";
    var _WS = "WorkflowStatus";
    var _WSo = "WorkflowState";
    var _WT = "WarmType";
    var _WU = "WorkflowUpdate";
    var _WWAA = "WafWebAclArn";
    var _We = "Weight";
    var _XE = "XrayEnabled";
    var _Y = "Years";
    var _ZAC = "ZoneAwarenessConfig";
    var _ZAE = "ZoneAwarenessEnabled";
    var _ZF = "ZipFile";
    var _ZN = "ZoneName";
    var _c = "client";
    var _e = "error";
    var _h = "http";
    var _hE = "httpError";
    var _hQ = "httpQuery";
    var _s = "smithy.ts.sdk.synthetic.com.amazonaws.securityhub";
    var _se = "server";
    var _tK = "tagKeys";
    var n0 = "com.amazonaws.securityhub";
    var _s_registry = TypeRegistry.for(_s);
    var SecurityHubServiceException$ = [-3, _s, "SecurityHubServiceException", 0, [], []];
    _s_registry.registerError(SecurityHubServiceException$, SecurityHubServiceException);
    var n0_registry = TypeRegistry.for(n0);
    var AccessDeniedException$ = [
      -3,
      n0,
      _ADE,
      { [_e]: _c, [_hE]: 403 },
      [_M, _C],
      [0, 0]
    ];
    n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
    var ConflictException$ = [
      -3,
      n0,
      _CE,
      { [_e]: _c, [_hE]: 409 },
      [_M, _C],
      [0, 0]
    ];
    n0_registry.registerError(ConflictException$, ConflictException);
    var InternalException$ = [
      -3,
      n0,
      _IE,
      { [_e]: _se, [_hE]: 500 },
      [_M, _C],
      [0, 0]
    ];
    n0_registry.registerError(InternalException$, InternalException);
    var InternalServerException$ = [
      -3,
      n0,
      _ISE,
      { [_e]: _se, [_hE]: 500 },
      [_M, _C],
      [0, 0]
    ];
    n0_registry.registerError(InternalServerException$, InternalServerException);
    var InvalidAccessException$ = [
      -3,
      n0,
      _IAE,
      { [_e]: _c, [_hE]: 401 },
      [_M, _C],
      [0, 0]
    ];
    n0_registry.registerError(InvalidAccessException$, InvalidAccessException);
    var InvalidInputException$ = [
      -3,
      n0,
      _IIE,
      { [_e]: _c, [_hE]: 400 },
      [_M, _C],
      [0, 0]
    ];
    n0_registry.registerError(InvalidInputException$, InvalidInputException);
    var LimitExceededException$ = [
      -3,
      n0,
      _LEE,
      { [_e]: _c, [_hE]: 429 },
      [_M, _C],
      [0, 0]
    ];
    n0_registry.registerError(LimitExceededException$, LimitExceededException);
    var OrganizationalUnitNotFoundException$ = [
      -3,
      n0,
      _OUNFE,
      { [_e]: _c, [_hE]: 400 },
      [_M, _C],
      [0, 0]
    ];
    n0_registry.registerError(OrganizationalUnitNotFoundException$, OrganizationalUnitNotFoundException);
    var OrganizationNotFoundException$ = [
      -3,
      n0,
      _ONFE,
      { [_e]: _c, [_hE]: 400 },
      [_M, _C],
      [0, 0]
    ];
    n0_registry.registerError(OrganizationNotFoundException$, OrganizationNotFoundException);
    var ResourceConflictException$ = [
      -3,
      n0,
      _RCE,
      { [_e]: _c, [_hE]: 409 },
      [_M, _C],
      [0, 0]
    ];
    n0_registry.registerError(ResourceConflictException$, ResourceConflictException);
    var ResourceInUseException$ = [
      -3,
      n0,
      _RIUE,
      { [_e]: _c, [_hE]: 400 },
      [_M, _C],
      [0, 0]
    ];
    n0_registry.registerError(ResourceInUseException$, ResourceInUseException);
    var ResourceNotFoundException$ = [
      -3,
      n0,
      _RNFE,
      { [_e]: _c, [_hE]: 404 },
      [_M, _C],
      [0, 0]
    ];
    n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
    var ServiceQuotaExceededException$ = [
      -3,
      n0,
      _SQEE,
      { [_e]: _c, [_hE]: 402 },
      [_M, _C],
      [0, 0]
    ];
    n0_registry.registerError(ServiceQuotaExceededException$, ServiceQuotaExceededException);
    var ThrottlingException$ = [
      -3,
      n0,
      _TE,
      { [_e]: _c, [_hE]: 429 },
      [_M, _C],
      [0, 0]
    ];
    n0_registry.registerError(ThrottlingException$, ThrottlingException);
    var ValidationException$ = [
      -3,
      n0,
      _VE,
      { [_e]: _c, [_hE]: 400 },
      [_M, _C],
      [0, 0]
    ];
    n0_registry.registerError(ValidationException$, ValidationException);
    var errorTypeRegistries = [
      _s_registry,
      n0_registry
    ];
    var AcceptAdministratorInvitationRequest$ = [
      3,
      n0,
      _AAIR,
      0,
      [_AI, _II],
      [0, 0],
      2
    ];
    var AcceptAdministratorInvitationResponse$ = [
      3,
      n0,
      _AAIRc,
      0,
      [],
      []
    ];
    var AcceptInvitationRequest$ = [
      3,
      n0,
      _AIR,
      0,
      [_MI, _II],
      [0, 0],
      2
    ];
    var AcceptInvitationResponse$ = [
      3,
      n0,
      _AIRc,
      0,
      [],
      []
    ];
    var AccountDetails$ = [
      3,
      n0,
      _AD,
      0,
      [_AIc, _E],
      [0, 0],
      1
    ];
    var AccountFreeTrialStatus$ = [
      3,
      n0,
      _AFTS,
      0,
      [_AIc, _EA, _FTS],
      [0, 5, () => FreeTrialStatusList],
      3
    ];
    var Action$ = [
      3,
      n0,
      _A,
      0,
      [_AT, _NCA, _AACA, _DRA, _PPA],
      [0, () => NetworkConnectionAction$, () => AwsApiCallAction$, () => DnsRequestAction$, () => PortProbeAction$]
    ];
    var ActionLocalIpDetails$ = [
      3,
      n0,
      _ALID,
      0,
      [_IAV],
      [0]
    ];
    var ActionLocalPortDetails$ = [
      3,
      n0,
      _ALPD,
      0,
      [_P, _PN],
      [1, 0]
    ];
    var ActionRemoteIpDetails$ = [
      3,
      n0,
      _ARID,
      0,
      [_IAV, _O, _Co, _Ci, _GL],
      [0, () => IpOrganizationDetails$, () => Country$, () => City$, () => GeoLocation$]
    ];
    var ActionRemotePortDetails$ = [
      3,
      n0,
      _ARPD,
      0,
      [_P, _PN],
      [1, 0]
    ];
    var ActionTarget$ = [
      3,
      n0,
      _ATc,
      0,
      [_ATA, _N, _D],
      [0, 0, 0],
      3
    ];
    var Actor$ = [
      3,
      n0,
      _Ac,
      0,
      [_I, _U, _S],
      [0, () => ActorUser$, () => ActorSession$]
    ];
    var ActorSession$ = [
      3,
      n0,
      _AS,
      0,
      [_Ui, _MS, _CT, _Is],
      [0, 0, 1, 0]
    ];
    var ActorUser$ = [
      3,
      n0,
      _AU,
      0,
      [_N, _Ui, _T, _CU, _Acc],
      [0, 0, 0, 0, () => UserAccount$]
    ];
    var Adjustment$ = [
      3,
      n0,
      _Ad,
      0,
      [_Me, _R],
      [0, 0]
    ];
    var AdminAccount$ = [
      3,
      n0,
      _AA,
      0,
      [_AIc, _St],
      [0, 0]
    ];
    var AggregatorV2$ = [
      3,
      n0,
      _AV,
      0,
      [_AVA],
      [0]
    ];
    var AIDetails$ = [
      3,
      n0,
      _AID,
      0,
      [_HRG, _HRT, _CI, _SHAIMRC, _SHAIARC, _SHAIMSRC, _SHAIEERC, _SHAIDRC, _SHAIAFRC, _SHAIATAIRC, _SHTAIRC],
      [0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1]
    ];
    var AssociatedStandard$ = [
      3,
      n0,
      _ASs,
      0,
      [_SI],
      [0]
    ];
    var AssociationFilters$ = [
      3,
      n0,
      _AF,
      0,
      [_CPI, _ATs, _ASss],
      [0, 0, 0]
    ];
    var AssociationSetDetails$ = [
      3,
      n0,
      _ASD,
      0,
      [_ASsso, _GI, _Ma, _RTAI, _RTI, _SIu],
      [() => AssociationStateDetails$, 0, 2, 0, 0, 0]
    ];
    var AssociationStateDetails$ = [
      3,
      n0,
      _ASDs,
      0,
      [_Sta, _SM],
      [0, 0]
    ];
    var AutomationRulesAction$ = [
      3,
      n0,
      _ARA,
      0,
      [_T, _FFU],
      [0, () => AutomationRulesFindingFieldsUpdate$]
    ];
    var AutomationRulesActionTypeObjectV2$ = [
      3,
      n0,
      _ARATOV,
      0,
      [_T],
      [0]
    ];
    var AutomationRulesActionV2$ = [
      3,
      n0,
      _ARAV,
      0,
      [_T, _FFU, _EIC],
      [0, () => AutomationRulesFindingFieldsUpdateV2$, () => ExternalIntegrationConfiguration$],
      1
    ];
    var AutomationRulesConfig$ = [
      3,
      n0,
      _ARC,
      0,
      [_RA, _RS, _RO, _RN, _D, _IT, _Cr, _Act, _CA, _UA, _CB],
      [0, 0, 1, 0, 0, 2, () => AutomationRulesFindingFilters$, () => ActionList, 5, 5, 0]
    ];
    var AutomationRulesFindingFieldsUpdate$ = [
      3,
      n0,
      _ARFFU,
      0,
      [_No, _Se, _VS, _Con, _Cri, _Ty, _UDF, _W, _RF],
      [() => NoteUpdate$, () => SeverityUpdate$, 0, 1, 1, 64 | 0, 128 | 0, () => WorkflowUpdate$, () => RelatedFindingList]
    ];
    var AutomationRulesFindingFieldsUpdateV2$ = [
      3,
      n0,
      _ARFFUV,
      0,
      [_SIe, _Com, _SIt],
      [1, 0, 1]
    ];
    var AutomationRulesFindingFilters$ = [
      3,
      n0,
      _ARFF,
      0,
      [_PA, _AAI, _I, _GIe, _T, _FOA, _LOA, _CA, _UA, _Con, _Cri, _Ti, _D, _SU, _PNr, _CN, _SL, _RT, _RI, _RP, _RR, _RTe, _RDO, _CS, _CSCI, _CASI, _VS, _WS, _RSe, _RFPA, _RFI, _NT, _NUA, _NUB, _UDF, _RAA, _RAN, _AAN, _RPe, _ROAI, _ROOI],
      [() => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => DateFilterList, () => DateFilterList, () => DateFilterList, () => DateFilterList, () => NumberFilterList, () => NumberFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => MapFilterList, () => MapFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => DateFilterList, () => StringFilterList, () => MapFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList]
    ];
    var AutomationRulesMetadata$ = [
      3,
      n0,
      _ARM,
      0,
      [_RA, _RS, _RO, _RN, _D, _IT, _CA, _UA, _CB],
      [0, 0, 1, 0, 0, 2, 5, 5, 0]
    ];
    var AutomationRulesMetadataV2$ = [
      3,
      n0,
      _ARMV,
      0,
      [_RA, _RIu, _RO, _RN, _RS, _D, _Act, _CA, _UA],
      [0, 0, 1, 0, 0, 0, () => AutomationRulesActionTypeListV2, 5, 5]
    ];
    var AvailabilityZone$ = [
      3,
      n0,
      _AZ,
      0,
      [_ZN, _SIu],
      [0, 0]
    ];
    var AwsAmazonMqBrokerDetails$ = [
      3,
      n0,
      _AAMBD,
      0,
      [_ASu, _AMVU, _BA, _BN, _DM, _EO, _ET, _EV, _HIT, _BI, _LSM, _L, _MWST, _PAu, _SG, _ST, _SIub, _Us],
      [0, 2, 0, 0, 0, () => AwsAmazonMqBrokerEncryptionOptionsDetails$, 0, 0, 0, 0, () => AwsAmazonMqBrokerLdapServerMetadataDetails$, () => AwsAmazonMqBrokerLogsDetails$, () => AwsAmazonMqBrokerMaintenanceWindowStartTimeDetails$, 2, 64 | 0, 0, 64 | 0, () => AwsAmazonMqBrokerUsersList]
    ];
    var AwsAmazonMqBrokerEncryptionOptionsDetails$ = [
      3,
      n0,
      _AAMBEOD,
      0,
      [_KKI, _UAOK],
      [0, 2]
    ];
    var AwsAmazonMqBrokerLdapServerMetadataDetails$ = [
      3,
      n0,
      _AAMBLSMD,
      0,
      [_H, _RB, _RNo, _RSM, _RSS, _SAU, _UB, _URN, _USM, _USS],
      [64 | 0, 0, 0, 0, 2, 0, 0, 0, 0, 2]
    ];
    var AwsAmazonMqBrokerLogsDetails$ = [
      3,
      n0,
      _AAMBLD,
      0,
      [_Au, _G, _ALG, _GLG, _Pe],
      [2, 2, 0, 0, () => AwsAmazonMqBrokerLogsPendingDetails$]
    ];
    var AwsAmazonMqBrokerLogsPendingDetails$ = [
      3,
      n0,
      _AAMBLPD,
      0,
      [_Au, _G],
      [2, 2]
    ];
    var AwsAmazonMqBrokerMaintenanceWindowStartTimeDetails$ = [
      3,
      n0,
      _AAMBMWSTD,
      0,
      [_DOW, _TOD, _TZ],
      [0, 0, 0]
    ];
    var AwsAmazonMqBrokerUsersDetails$ = [
      3,
      n0,
      _AAMBUD,
      0,
      [_PC, _Use],
      [0, 0]
    ];
    var AwsApiCallAction$ = [
      3,
      n0,
      _AACA,
      0,
      [_Ap, _SN, _CTa, _RID, _DD, _AR, _FS, _LS],
      [0, 0, 0, () => ActionRemoteIpDetails$, () => AwsApiCallActionDomainDetails$, 128 | 0, 0, 0]
    ];
    var AwsApiCallActionDomainDetails$ = [
      3,
      n0,
      _AACADD,
      0,
      [_Do],
      [0]
    ];
    var AwsApiGatewayAccessLogSettings$ = [
      3,
      n0,
      _AAGALS,
      0,
      [_F, _DA],
      [0, 0]
    ];
    var AwsApiGatewayCanarySettings$ = [
      3,
      n0,
      _AAGCS,
      0,
      [_PT, _DI, _SVO, _USC],
      [1, 0, 128 | 0, 2]
    ];
    var AwsApiGatewayEndpointConfiguration$ = [
      3,
      n0,
      _AAGEC,
      0,
      [_Ty],
      [64 | 0]
    ];
    var AwsApiGatewayMethodSettings$ = [
      3,
      n0,
      _AAGMS,
      0,
      [_ME, _LL, _DTE, _TBL, _TRL, _CEa, _CTIS, _CDE, _RAFCC, _UCCHS, _HM, _RPes],
      [2, 0, 2, 1, 1, 2, 1, 2, 2, 0, 0, 0]
    ];
    var AwsApiGatewayRestApiDetails$ = [
      3,
      n0,
      _AAGRAD,
      0,
      [_I, _N, _D, _CD, _V, _BMT, _MCS, _AKS, _EC],
      [0, 0, 0, 0, 0, 64 | 0, 1, 0, () => AwsApiGatewayEndpointConfiguration$]
    ];
    var AwsApiGatewayStageDetails$ = [
      3,
      n0,
      _AAGSD,
      0,
      [_DI, _CCI, _SNt, _D, _CCE, _CCS, _CCSa, _MSe, _Va, _DV, _ALS, _CSa, _TEr, _CD, _LUD, _WAA],
      [0, 0, 0, 0, 2, 0, 0, () => AwsApiGatewayMethodSettingsList, 128 | 0, 0, () => AwsApiGatewayAccessLogSettings$, () => AwsApiGatewayCanarySettings$, 2, 0, 0, 0]
    ];
    var AwsApiGatewayV2ApiDetails$ = [
      3,
      n0,
      _AAGVAD,
      0,
      [_AE, _AIp, _AKSE, _CD, _D, _V, _N, _PTr, _RSE, _CC],
      [0, 0, 0, 0, 0, 0, 0, 0, 0, () => AwsCorsConfiguration$]
    ];
    var AwsApiGatewayV2RouteSettings$ = [
      3,
      n0,
      _AAGVRS,
      0,
      [_DME, _LL, _DTE, _TBL, _TRL],
      [2, 0, 2, 1, 1]
    ];
    var AwsApiGatewayV2StageDetails$ = [
      3,
      n0,
      _AAGVSD,
      0,
      [_CCI, _CD, _D, _DRS, _DI, _LUD, _RSo, _SNt, _SV, _ALS, _ADu, _LDSM, _AGM],
      [0, 0, 0, () => AwsApiGatewayV2RouteSettings$, 0, 0, () => AwsApiGatewayV2RouteSettings$, 0, 128 | 0, () => AwsApiGatewayAccessLogSettings$, 2, 0, 2]
    ];
    var AwsAppSyncGraphQlApiAdditionalAuthenticationProvidersDetails$ = [
      3,
      n0,
      _AASGQAAAPD,
      0,
      [_ATu, _LAC, _OICC, _UPC],
      [0, () => AwsAppSyncGraphQlApiLambdaAuthorizerConfigDetails$, () => AwsAppSyncGraphQlApiOpenIdConnectConfigDetails$, () => AwsAppSyncGraphQlApiUserPoolConfigDetails$]
    ];
    var AwsAppSyncGraphQlApiDetails$ = [
      3,
      n0,
      _AASGQAD,
      0,
      [_AIp, _I, _OICC, _N, _LAC, _XE, _Ar, _UPC, _ATu, _LC, _AAP, _WWAA],
      [0, 0, () => AwsAppSyncGraphQlApiOpenIdConnectConfigDetails$, 0, () => AwsAppSyncGraphQlApiLambdaAuthorizerConfigDetails$, 2, 0, () => AwsAppSyncGraphQlApiUserPoolConfigDetails$, 0, () => AwsAppSyncGraphQlApiLogConfigDetails$, () => AwsAppSyncGraphQlApiAdditionalAuthenticationProvidersList, 0]
    ];
    var AwsAppSyncGraphQlApiLambdaAuthorizerConfigDetails$ = [
      3,
      n0,
      _AASGQALACD,
      0,
      [_ARTIS, _AUu, _IVE],
      [1, 0, 0]
    ];
    var AwsAppSyncGraphQlApiLogConfigDetails$ = [
      3,
      n0,
      _AASGQALCD,
      0,
      [_CWLRA, _EVC, _FLL],
      [0, 2, 0]
    ];
    var AwsAppSyncGraphQlApiOpenIdConnectConfigDetails$ = [
      3,
      n0,
      _AASGQAOICCD,
      0,
      [_ATL, _CIl, _ITL, _Is],
      [1, 0, 1, 0]
    ];
    var AwsAppSyncGraphQlApiUserPoolConfigDetails$ = [
      3,
      n0,
      _AASGQAUPCD,
      0,
      [_AICR, _ARw, _DAe, _UPI],
      [0, 0, 0, 0]
    ];
    var AwsAthenaWorkGroupConfigurationDetails$ = [
      3,
      n0,
      _AAWGCD,
      0,
      [_RC],
      [() => AwsAthenaWorkGroupConfigurationResultConfigurationDetails$]
    ];
    var AwsAthenaWorkGroupConfigurationResultConfigurationDetails$ = [
      3,
      n0,
      _AAWGCRCD,
      0,
      [_ECn],
      [() => AwsAthenaWorkGroupConfigurationResultConfigurationEncryptionConfigurationDetails$]
    ];
    var AwsAthenaWorkGroupConfigurationResultConfigurationEncryptionConfigurationDetails$ = [
      3,
      n0,
      _AAWGCRCECD,
      0,
      [_EOn, _KK],
      [0, 0]
    ];
    var AwsAthenaWorkGroupDetails$ = [
      3,
      n0,
      _AAWGD,
      0,
      [_N, _D, _Sta, _Conf],
      [0, 0, 0, () => AwsAthenaWorkGroupConfigurationDetails$]
    ];
    var AwsAutoScalingAutoScalingGroupAvailabilityZonesListDetails$ = [
      3,
      n0,
      _AASASGAZLD,
      0,
      [_Val],
      [0]
    ];
    var AwsAutoScalingAutoScalingGroupDetails$ = [
      3,
      n0,
      _AASASGD,
      0,
      [_LCN, _LBN, _HCT, _HCGP, _CT, _MIP, _AZv, _LT, _CR],
      [0, 64 | 0, 0, 1, 0, () => AwsAutoScalingAutoScalingGroupMixedInstancesPolicyDetails$, () => AwsAutoScalingAutoScalingGroupAvailabilityZonesList, () => AwsAutoScalingAutoScalingGroupLaunchTemplateLaunchTemplateSpecification$, 2]
    ];
    var AwsAutoScalingAutoScalingGroupLaunchTemplateLaunchTemplateSpecification$ = [
      3,
      n0,
      _AASASGLTLTS,
      0,
      [_LTI, _LTN, _V],
      [0, 0, 0]
    ];
    var AwsAutoScalingAutoScalingGroupMixedInstancesPolicyDetails$ = [
      3,
      n0,
      _AASASGMIPD,
      0,
      [_ID, _LT],
      [() => AwsAutoScalingAutoScalingGroupMixedInstancesPolicyInstancesDistributionDetails$, () => AwsAutoScalingAutoScalingGroupMixedInstancesPolicyLaunchTemplateDetails$]
    ];
    var AwsAutoScalingAutoScalingGroupMixedInstancesPolicyInstancesDistributionDetails$ = [
      3,
      n0,
      _AASASGMIPIDD,
      0,
      [_ODAS, _ODBC, _ODPABC, _SAS, _SIP, _SMP],
      [0, 1, 1, 0, 1, 0]
    ];
    var AwsAutoScalingAutoScalingGroupMixedInstancesPolicyLaunchTemplateDetails$ = [
      3,
      n0,
      _AASASGMIPLTD,
      0,
      [_LTS, _Ov],
      [() => AwsAutoScalingAutoScalingGroupMixedInstancesPolicyLaunchTemplateLaunchTemplateSpecification$, () => AwsAutoScalingAutoScalingGroupMixedInstancesPolicyLaunchTemplateOverridesList]
    ];
    var AwsAutoScalingAutoScalingGroupMixedInstancesPolicyLaunchTemplateLaunchTemplateSpecification$ = [
      3,
      n0,
      _AASASGMIPLTLTS,
      0,
      [_LTI, _LTN, _V],
      [0, 0, 0]
    ];
    var AwsAutoScalingAutoScalingGroupMixedInstancesPolicyLaunchTemplateOverridesListDetails$ = [
      3,
      n0,
      _AASASGMIPLTOLD,
      0,
      [_ITn, _WC],
      [0, 0]
    ];
    var AwsAutoScalingLaunchConfigurationBlockDeviceMappingsDetails$ = [
      3,
      n0,
      _AASLCBDMD,
      0,
      [_DN, _Eb, _ND, _VN],
      [0, () => AwsAutoScalingLaunchConfigurationBlockDeviceMappingsEbsDetails$, 2, 0]
    ];
    var AwsAutoScalingLaunchConfigurationBlockDeviceMappingsEbsDetails$ = [
      3,
      n0,
      _AASLCBDMED,
      0,
      [_DOT, _En, _Io, _SIn, _VSo, _VT],
      [2, 2, 1, 0, 1, 0]
    ];
    var AwsAutoScalingLaunchConfigurationDetails$ = [
      3,
      n0,
      _AASLCD,
      0,
      [_APIA, _BDM, _CLVI, _CLVSG, _CT, _EOb, _IIP, _IIm, _IM, _ITn, _KI, _KN, _LCN, _PTl, _RIa, _SG, _SP, _UD, _MO],
      [2, () => AwsAutoScalingLaunchConfigurationBlockDeviceMappingsList, 0, 64 | 0, 0, 2, 0, 0, () => AwsAutoScalingLaunchConfigurationInstanceMonitoringDetails$, 0, 0, 0, 0, 0, 0, 64 | 0, 0, 0, () => AwsAutoScalingLaunchConfigurationMetadataOptions$]
    ];
    var AwsAutoScalingLaunchConfigurationInstanceMonitoringDetails$ = [
      3,
      n0,
      _AASLCIMD,
      0,
      [_Ena],
      [2]
    ];
    var AwsAutoScalingLaunchConfigurationMetadataOptions$ = [
      3,
      n0,
      _AASLCMO,
      0,
      [_HE, _HPRHL, _HT],
      [0, 1, 0]
    ];
    var AwsBackupBackupPlanAdvancedBackupSettingsDetails$ = [
      3,
      n0,
      _ABBPABSD,
      0,
      [_BO, _RT],
      [128 | 0, 0]
    ];
    var AwsBackupBackupPlanBackupPlanDetails$ = [
      3,
      n0,
      _ABBPBPD,
      0,
      [_BPN, _ABS, _BPR],
      [0, () => AwsBackupBackupPlanAdvancedBackupSettingsList, () => AwsBackupBackupPlanRuleList]
    ];
    var AwsBackupBackupPlanDetails$ = [
      3,
      n0,
      _ABBPD,
      0,
      [_BP, _BPA, _BPI, _VI],
      [() => AwsBackupBackupPlanBackupPlanDetails$, 0, 0, 0]
    ];
    var AwsBackupBackupPlanLifecycleDetails$ = [
      3,
      n0,
      _ABBPLD,
      0,
      [_DAD, _MTCSAD],
      [1, 1]
    ];
    var AwsBackupBackupPlanRuleCopyActionsDetails$ = [
      3,
      n0,
      _ABBPRCAD,
      0,
      [_DBVA, _Li],
      [0, () => AwsBackupBackupPlanLifecycleDetails$]
    ];
    var AwsBackupBackupPlanRuleDetails$ = [
      3,
      n0,
      _ABBPRD,
      0,
      [_TBV, _SWM, _SE, _RN, _RIu, _ECB, _CWM, _CAo, _Li],
      [0, 1, 0, 0, 0, 2, 1, () => AwsBackupBackupPlanRuleCopyActionsList, () => AwsBackupBackupPlanLifecycleDetails$]
    ];
    var AwsBackupBackupVaultDetails$ = [
      3,
      n0,
      _ABBVD,
      0,
      [_BVA, _BVN, _EKA, _Not, _AP],
      [0, 0, 0, () => AwsBackupBackupVaultNotificationsDetails$, 0]
    ];
    var AwsBackupBackupVaultNotificationsDetails$ = [
      3,
      n0,
      _ABBVND,
      0,
      [_BVE, _STA],
      [64 | 0, 0]
    ];
    var AwsBackupRecoveryPointCalculatedLifecycleDetails$ = [
      3,
      n0,
      _ABRPCLD,
      0,
      [_DAel, _MTCSA],
      [0, 0]
    ];
    var AwsBackupRecoveryPointCreatedByDetails$ = [
      3,
      n0,
      _ABRPCBD,
      0,
      [_BPA, _BPI, _BPV, _BRI],
      [0, 0, 0, 0]
    ];
    var AwsBackupRecoveryPointDetails$ = [
      3,
      n0,
      _ABRPD,
      0,
      [_BSIB, _BVA, _BVN, _CL, _CDo, _CB, _CDr, _EKA, _IRA, _IEs, _LRT, _Li, _RPA, _RAe, _RT, _SBVA, _St, _SM, _SC],
      [1, 0, 0, () => AwsBackupRecoveryPointCalculatedLifecycleDetails$, 0, () => AwsBackupRecoveryPointCreatedByDetails$, 0, 0, 0, 2, 0, () => AwsBackupRecoveryPointLifecycleDetails$, 0, 0, 0, 0, 0, 0, 0]
    ];
    var AwsBackupRecoveryPointLifecycleDetails$ = [
      3,
      n0,
      _ABRPLD,
      0,
      [_DAD, _MTCSAD],
      [1, 1]
    ];
    var AwsCertificateManagerCertificateDetails$ = [
      3,
      n0,
      _ACMCD,
      0,
      [_CAA, _CA, _DNo, _DVO, _EKU, _FR, _IA, _IUB, _IAs, _Is, _KA, _KU, _NA, _NB, _Op, _RE, _RSen, _Ser, _SA, _St, _Su, _SAN, _T],
      [0, 0, 0, () => AwsCertificateManagerCertificateDomainValidationOptions, () => AwsCertificateManagerCertificateExtendedKeyUsages, 0, 0, 64 | 0, 0, 0, 0, () => AwsCertificateManagerCertificateKeyUsages, 0, 0, () => AwsCertificateManagerCertificateOptions$, 0, () => AwsCertificateManagerCertificateRenewalSummary$, 0, 0, 0, 0, 64 | 0, 0]
    ];
    var AwsCertificateManagerCertificateDomainValidationOption$ = [
      3,
      n0,
      _ACMCDVO,
      0,
      [_DNo, _RRe, _VD, _VEa, _VM, _VSa],
      [0, () => AwsCertificateManagerCertificateResourceRecord$, 0, 64 | 0, 0, 0]
    ];
    var AwsCertificateManagerCertificateExtendedKeyUsage$ = [
      3,
      n0,
      _ACMCEKU,
      0,
      [_N, _OI],
      [0, 0]
    ];
    var AwsCertificateManagerCertificateKeyUsage$ = [
      3,
      n0,
      _ACMCKU,
      0,
      [_N],
      [0]
    ];
    var AwsCertificateManagerCertificateOptions$ = [
      3,
      n0,
      _ACMCO,
      0,
      [_CTLP],
      [0]
    ];
    var AwsCertificateManagerCertificateRenewalSummary$ = [
      3,
      n0,
      _ACMCRS,
      0,
      [_DVO, _RSene, _RSR, _UA],
      [() => AwsCertificateManagerCertificateDomainValidationOptions, 0, 0, 0]
    ];
    var AwsCertificateManagerCertificateResourceRecord$ = [
      3,
      n0,
      _ACMCRR,
      0,
      [_N, _T, _Val],
      [0, 0, 0]
    ];
    var AwsCloudFormationStackDetails$ = [
      3,
      n0,
      _ACFSD,
      0,
      [_Ca, _CTr, _D, _DR, _DIr, _ETP, _LUT, _NAo, _Ou, _RAo, _SIta, _SNta, _SS, _SSR, _TIM],
      [64 | 0, 0, 0, 2, () => AwsCloudFormationStackDriftInformationDetails$, 2, 0, 64 | 0, () => AwsCloudFormationStackOutputsList, 0, 0, 0, 0, 0, 1]
    ];
    var AwsCloudFormationStackDriftInformationDetails$ = [
      3,
      n0,
      _ACFSDID,
      0,
      [_SDS],
      [0]
    ];
    var AwsCloudFormationStackOutputsDetails$ = [
      3,
      n0,
      _ACFSOD,
      0,
      [_D, _OK, _OV],
      [0, 0, 0]
    ];
    var AwsCloudFrontDistributionCacheBehavior$ = [
      3,
      n0,
      _ACFDCB,
      0,
      [_VPP],
      [0]
    ];
    var AwsCloudFrontDistributionCacheBehaviors$ = [
      3,
      n0,
      _ACFDCBw,
      0,
      [_It],
      [() => AwsCloudFrontDistributionCacheBehaviorsItemList]
    ];
    var AwsCloudFrontDistributionDefaultCacheBehavior$ = [
      3,
      n0,
      _ACFDDCB,
      0,
      [_VPP],
      [0]
    ];
    var AwsCloudFrontDistributionDetails$ = [
      3,
      n0,
      _ACFDD,
      0,
      [_CBa, _DCB, _DRO, _DNo, _ETa, _LMT, _Lo, _Or, _OG, _VC, _St, _WAI],
      [() => AwsCloudFrontDistributionCacheBehaviors$, () => AwsCloudFrontDistributionDefaultCacheBehavior$, 0, 0, 0, 0, () => AwsCloudFrontDistributionLogging$, () => AwsCloudFrontDistributionOrigins$, () => AwsCloudFrontDistributionOriginGroups$, () => AwsCloudFrontDistributionViewerCertificate$, 0, 0]
    ];
    var AwsCloudFrontDistributionLogging$ = [
      3,
      n0,
      _ACFDL,
      0,
      [_B, _Ena, _IC, _Pr],
      [0, 2, 2, 0]
    ];
    var AwsCloudFrontDistributionOriginCustomOriginConfig$ = [
      3,
      n0,
      _ACFDOCOC,
      0,
      [_HP, _HPt, _OKT, _OPP, _ORT, _OSP],
      [1, 1, 1, 0, 1, () => AwsCloudFrontDistributionOriginSslProtocols$]
    ];
    var AwsCloudFrontDistributionOriginGroup$ = [
      3,
      n0,
      _ACFDOG,
      0,
      [_FC],
      [() => AwsCloudFrontDistributionOriginGroupFailover$]
    ];
    var AwsCloudFrontDistributionOriginGroupFailover$ = [
      3,
      n0,
      _ACFDOGF,
      0,
      [_SCt],
      [() => AwsCloudFrontDistributionOriginGroupFailoverStatusCodes$]
    ];
    var AwsCloudFrontDistributionOriginGroupFailoverStatusCodes$ = [
      3,
      n0,
      _ACFDOGFSC,
      0,
      [_It, _Q],
      [64 | 1, 1]
    ];
    var AwsCloudFrontDistributionOriginGroups$ = [
      3,
      n0,
      _ACFDOGw,
      0,
      [_It],
      [() => AwsCloudFrontDistributionOriginGroupsItemList]
    ];
    var AwsCloudFrontDistributionOriginItem$ = [
      3,
      n0,
      _ACFDOI,
      0,
      [_DNo, _I, _OP, _SOC, _COC],
      [0, 0, 0, () => AwsCloudFrontDistributionOriginS3OriginConfig$, () => AwsCloudFrontDistributionOriginCustomOriginConfig$]
    ];
    var AwsCloudFrontDistributionOrigins$ = [
      3,
      n0,
      _ACFDO,
      0,
      [_It],
      [() => AwsCloudFrontDistributionOriginItemList]
    ];
    var AwsCloudFrontDistributionOriginS3OriginConfig$ = [
      3,
      n0,
      _ACFDOSOC,
      0,
      [_OAI],
      [0]
    ];
    var AwsCloudFrontDistributionOriginSslProtocols$ = [
      3,
      n0,
      _ACFDOSP,
      0,
      [_It, _Q],
      [64 | 0, 1]
    ];
    var AwsCloudFrontDistributionViewerCertificate$ = [
      3,
      n0,
      _ACFDVC,
      0,
      [_ACA, _Ce, _CSe, _CFDC, _ICI, _MPV, _SSM],
      [0, 0, 0, 2, 0, 0, 0]
    ];
    var AwsCloudTrailTrailDetails$ = [
      3,
      n0,
      _ACTTD,
      0,
      [_CWLLGA, _CWLRA, _HCES, _HR, _IGSE, _IMRT, _IOT, _KKI, _LFVE, _N, _SBN, _SKP, _STA, _STN, _TA],
      [0, 0, 2, 0, 2, 2, 2, 0, 2, 0, 0, 0, 0, 0, 0]
    ];
    var AwsCloudWatchAlarmDetails$ = [
      3,
      n0,
      _ACWAD,
      0,
      [_AEc, _AAl, _AAla, _ACUT, _ADl, _AN, _CO, _DTA, _Di, _ELSCP, _EP, _ES, _IDA, _MN, _Na, _OA, _Per, _Stat, _Th, _TMI, _TMD, _Un],
      [2, 64 | 0, 0, 0, 0, 0, 0, 1, () => AwsCloudWatchAlarmDimensionsList, 0, 1, 0, 64 | 0, 0, 0, 64 | 0, 1, 0, 1, 0, 0, 0]
    ];
    var AwsCloudWatchAlarmDimensionsDetails$ = [
      3,
      n0,
      _ACWADD,
      0,
      [_N, _Val],
      [0, 0]
    ];
    var AwsCodeBuildProjectArtifactsDetails$ = [
      3,
      n0,
      _ACBPAD,
      0,
      [_AIr, _ED, _Loc, _N, _NTa, _OAN, _Pa, _Pat, _T],
      [0, 2, 0, 0, 0, 2, 0, 0, 0]
    ];
    var AwsCodeBuildProjectDetails$ = [
      3,
      n0,
      _ACBPD,
      0,
      [_EK, _Art, _Env, _N, _So, _SR, _LCo, _VCp, _SAe],
      [0, () => AwsCodeBuildProjectArtifactsList, () => AwsCodeBuildProjectEnvironment$, 0, () => AwsCodeBuildProjectSource$, 0, () => AwsCodeBuildProjectLogsConfigDetails$, () => AwsCodeBuildProjectVpcConfig$, () => AwsCodeBuildProjectArtifactsList]
    ];
    var AwsCodeBuildProjectEnvironment$ = [
      3,
      n0,
      _ACBPE,
      0,
      [_Ce, _EVn, _PM, _IPCT, _RCe, _T],
      [0, () => AwsCodeBuildProjectEnvironmentEnvironmentVariablesList, 2, 0, () => AwsCodeBuildProjectEnvironmentRegistryCredential$, 0]
    ];
    var AwsCodeBuildProjectEnvironmentEnvironmentVariablesDetails$ = [
      3,
      n0,
      _ACBPEEVD,
      0,
      [_N, _T, _Val],
      [0, 0, 0]
    ];
    var AwsCodeBuildProjectEnvironmentRegistryCredential$ = [
      3,
      n0,
      _ACBPERC,
      0,
      [_Cre, _CP],
      [0, 0]
    ];
    var AwsCodeBuildProjectLogsConfigCloudWatchLogsDetails$ = [
      3,
      n0,
      _ACBPLCCWLD,
      0,
      [_GN, _St, _SNtr],
      [0, 0, 0]
    ];
    var AwsCodeBuildProjectLogsConfigDetails$ = [
      3,
      n0,
      _ACBPLCD,
      0,
      [_CWL, _SLo],
      [() => AwsCodeBuildProjectLogsConfigCloudWatchLogsDetails$, () => AwsCodeBuildProjectLogsConfigS3LogsDetails$]
    ];
    var AwsCodeBuildProjectLogsConfigS3LogsDetails$ = [
      3,
      n0,
      _ACBPLCSLD,
      0,
      [_ED, _Loc, _St],
      [2, 0, 0]
    ];
    var AwsCodeBuildProjectSource$ = [
      3,
      n0,
      _ACBPS,
      0,
      [_T, _Loc, _GCD, _IS],
      [0, 0, 1, 2]
    ];
    var AwsCodeBuildProjectVpcConfig$ = [
      3,
      n0,
      _ACBPVC,
      0,
      [_VIp, _Sub, _SGI],
      [0, 64 | 0, 64 | 0]
    ];
    var AwsCorsConfiguration$ = [
      3,
      n0,
      _ACC,
      0,
      [_AO, _AC, _EH, _MA, _AM, _AH],
      [64 | 0, 2, 64 | 0, 1, 64 | 0, 64 | 0]
    ];
    var AwsDmsEndpointDetails$ = [
      3,
      n0,
      _ADED,
      0,
      [_CAe, _DNa, _EAn, _EI, _ETn, _EN, _EIx, _ECA, _KKI, _P, _SNe, _SMs, _Use],
      [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0]
    ];
    var AwsDmsReplicationInstanceDetails$ = [
      3,
      n0,
      _ADRID,
      0,
      [_ASl, _AMVU, _AZ, _EV, _KKI, _MAZ, _PMW, _PAu, _RIC, _RII, _RSG, _VSG],
      [1, 2, 0, 0, 0, 2, 0, 2, 0, 0, () => AwsDmsReplicationInstanceReplicationSubnetGroupDetails$, () => AwsDmsReplicationInstanceVpcSecurityGroupsList]
    ];
    var AwsDmsReplicationInstanceReplicationSubnetGroupDetails$ = [
      3,
      n0,
      _ADRIRSGD,
      0,
      [_RSGI],
      [0]
    ];
    var AwsDmsReplicationInstanceVpcSecurityGroupsDetails$ = [
      3,
      n0,
      _ADRIVSGD,
      0,
      [_VSGI],
      [0]
    ];
    var AwsDmsReplicationTaskDetails$ = [
      3,
      n0,
      _ADRTD,
      0,
      [_CSP, _CST, _CSPd, _MT, _I, _RIe, _RIA, _RTIe, _RTS, _SEA, _TM, _TEA, _TD],
      [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
    ];
    var AwsDynamoDbTableAttributeDefinition$ = [
      3,
      n0,
      _ADDTAD,
      0,
      [_ANt, _ATt],
      [0, 0]
    ];
    var AwsDynamoDbTableBillingModeSummary$ = [
      3,
      n0,
      _ADDTBMS,
      0,
      [_BM, _LUTPPRDT],
      [0, 0]
    ];
    var AwsDynamoDbTableDetails$ = [
      3,
      n0,
      _ADDTD,
      0,
      [_ADt, _BMS, _CDT, _GSI, _GTV, _ICt, _KS, _LSA, _LSL, _LSI, _PTro, _Re, _RSes, _SD, _SSt, _TI, _TN, _TSB, _TS, _DPE],
      [() => AwsDynamoDbTableAttributeDefinitionList, () => AwsDynamoDbTableBillingModeSummary$, 0, () => AwsDynamoDbTableGlobalSecondaryIndexList, 0, 1, () => AwsDynamoDbTableKeySchemaList, 0, 0, () => AwsDynamoDbTableLocalSecondaryIndexList, () => AwsDynamoDbTableProvisionedThroughput$, () => AwsDynamoDbTableReplicaList, () => AwsDynamoDbTableRestoreSummary$, () => AwsDynamoDbTableSseDescription$, () => AwsDynamoDbTableStreamSpecification$, 0, 0, 1, 0, 2]
    ];
    var AwsDynamoDbTableGlobalSecondaryIndex$ = [
      3,
      n0,
      _ADDTGSI,
      0,
      [_Ba, _IAn, _IN, _ISB, _ISn, _ICt, _KS, _Pro, _PTro],
      [2, 0, 0, 1, 0, 1, () => AwsDynamoDbTableKeySchemaList, () => AwsDynamoDbTableProjection$, () => AwsDynamoDbTableProvisionedThroughput$]
    ];
    var AwsDynamoDbTableKeySchema$ = [
      3,
      n0,
      _ADDTKS,
      0,
      [_ANt, _KT],
      [0, 0]
    ];
    var AwsDynamoDbTableLocalSecondaryIndex$ = [
      3,
      n0,
      _ADDTLSI,
      0,
      [_IAn, _IN, _KS, _Pro],
      [0, 0, () => AwsDynamoDbTableKeySchemaList, () => AwsDynamoDbTableProjection$]
    ];
    var AwsDynamoDbTableProjection$ = [
      3,
      n0,
      _ADDTP,
      0,
      [_NKA, _PTroj],
      [64 | 0, 0]
    ];
    var AwsDynamoDbTableProvisionedThroughput$ = [
      3,
      n0,
      _ADDTPT,
      0,
      [_LDDT, _LIDT, _NODT, _RCU, _WCU],
      [0, 0, 1, 1, 1]
    ];
    var AwsDynamoDbTableProvisionedThroughputOverride$ = [
      3,
      n0,
      _ADDTPTO,
      0,
      [_RCU],
      [1]
    ];
    var AwsDynamoDbTableReplica$ = [
      3,
      n0,
      _ADDTR,
      0,
      [_GSI, _KMKI, _PTO, _RNe, _RSep, _RSD],
      [() => AwsDynamoDbTableReplicaGlobalSecondaryIndexList, 0, () => AwsDynamoDbTableProvisionedThroughputOverride$, 0, 0, 0]
    ];
    var AwsDynamoDbTableReplicaGlobalSecondaryIndex$ = [
      3,
      n0,
      _ADDTRGSI,
      0,
      [_IN, _PTO],
      [0, () => AwsDynamoDbTableProvisionedThroughputOverride$]
    ];
    var AwsDynamoDbTableRestoreSummary$ = [
      3,
      n0,
      _ADDTRS,
      0,
      [_SBA, _STAo, _RDT, _RIP],
      [0, 0, 0, 2]
    ];
    var AwsDynamoDbTableSseDescription$ = [
      3,
      n0,
      _ADDTSD,
      0,
      [_IEDT, _St, _STs, _KMKA],
      [0, 0, 0, 0]
    ];
    var AwsDynamoDbTableStreamSpecification$ = [
      3,
      n0,
      _ADDTSS,
      0,
      [_SEt, _SVT],
      [2, 0]
    ];
    var AwsEc2ClientVpnEndpointAuthenticationOptionsActiveDirectoryDetails$ = [
      3,
      n0,
      _AECVEAOADD,
      0,
      [_DIi],
      [0]
    ];
    var AwsEc2ClientVpnEndpointAuthenticationOptionsDetails$ = [
      3,
      n0,
      _AECVEAOD,
      0,
      [_T, _ADc, _MAu, _FA],
      [0, () => AwsEc2ClientVpnEndpointAuthenticationOptionsActiveDirectoryDetails$, () => AwsEc2ClientVpnEndpointAuthenticationOptionsMutualAuthenticationDetails$, () => AwsEc2ClientVpnEndpointAuthenticationOptionsFederatedAuthenticationDetails$]
    ];
    var AwsEc2ClientVpnEndpointAuthenticationOptionsFederatedAuthenticationDetails$ = [
      3,
      n0,
      _AECVEAOFAD,
      0,
      [_SPA, _SSSPA],
      [0, 0]
    ];
    var AwsEc2ClientVpnEndpointAuthenticationOptionsMutualAuthenticationDetails$ = [
      3,
      n0,
      _AECVEAOMAD,
      0,
      [_CRCC],
      [0]
    ];
    var AwsEc2ClientVpnEndpointClientConnectOptionsDetails$ = [
      3,
      n0,
      _AECVECCOD,
      0,
      [_Ena, _LFA, _St],
      [2, 0, () => AwsEc2ClientVpnEndpointClientConnectOptionsStatusDetails$]
    ];
    var AwsEc2ClientVpnEndpointClientConnectOptionsStatusDetails$ = [
      3,
      n0,
      _AECVECCOSD,
      0,
      [_C, _M],
      [0, 0]
    ];
    var AwsEc2ClientVpnEndpointClientLoginBannerOptionsDetails$ = [
      3,
      n0,
      _AECVECLBOD,
      0,
      [_Ena, _BT],
      [2, 0]
    ];
    var AwsEc2ClientVpnEndpointConnectionLogOptionsDetails$ = [
      3,
      n0,
      _AECVECLOD,
      0,
      [_Ena, _CLG, _CLS],
      [2, 0, 0]
    ];
    var AwsEc2ClientVpnEndpointDetails$ = [
      3,
      n0,
      _AECVED,
      0,
      [_CVEI, _D, _CCB, _DS, _STp, _TP, _VP, _SCA, _AOu, _CLO, _SGIS, _VIp, _SSPU, _CCO, _STH, _CLBO],
      [0, 0, 0, 64 | 0, 2, 0, 1, 0, () => AwsEc2ClientVpnEndpointAuthenticationOptionsList, () => AwsEc2ClientVpnEndpointConnectionLogOptionsDetails$, 64 | 0, 0, 0, () => AwsEc2ClientVpnEndpointClientConnectOptionsDetails$, 1, () => AwsEc2ClientVpnEndpointClientLoginBannerOptionsDetails$]
    ];
    var AwsEc2EipDetails$ = [
      3,
      n0,
      _AEED,
      0,
      [_IIn, _PI, _AIl, _AIs, _Do, _PIP, _NBG, _NII, _NIOI, _PIA],
      [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
    ];
    var AwsEc2InstanceDetails$ = [
      3,
      n0,
      _AEID,
      0,
      [_T, _IIm, _IVA, _IVAp, _KN, _IIPA, _VIp, _SIu, _LA, _NI, _VTi, _MO, _Mo],
      [0, 0, 64 | 0, 64 | 0, 0, 0, 0, 0, 0, () => AwsEc2InstanceNetworkInterfacesList, 0, () => AwsEc2InstanceMetadataOptions$, () => AwsEc2InstanceMonitoringDetails$]
    ];
    var AwsEc2InstanceMetadataOptions$ = [
      3,
      n0,
      _AEIMO,
      0,
      [_HE, _HPI, _HPRHL, _HT, _IMT],
      [0, 0, 1, 0, 0]
    ];
    var AwsEc2InstanceMonitoringDetails$ = [
      3,
      n0,
      _AEIMD,
      0,
      [_Sta],
      [0]
    ];
    var AwsEc2InstanceNetworkInterfacesDetails$ = [
      3,
      n0,
      _AEINID,
      0,
      [_NII],
      [0]
    ];
    var AwsEc2LaunchTemplateDataBlockDeviceMappingSetDetails$ = [
      3,
      n0,
      _AELTDBDMSD,
      0,
      [_DN, _Eb, _ND, _VN],
      [0, () => AwsEc2LaunchTemplateDataBlockDeviceMappingSetEbsDetails$, 0, 0]
    ];
    var AwsEc2LaunchTemplateDataBlockDeviceMappingSetEbsDetails$ = [
      3,
      n0,
      _AELTDBDMSED,
      0,
      [_DOT, _En, _Io, _KKI, _SIn, _Thr, _VSo, _VT],
      [2, 2, 1, 0, 0, 1, 1, 0]
    ];
    var AwsEc2LaunchTemplateDataCapacityReservationSpecificationCapacityReservationTargetDetails$ = [
      3,
      n0,
      _AELTDCRSCRTD,
      0,
      [_CRI, _CRRGA],
      [0, 0]
    ];
    var AwsEc2LaunchTemplateDataCapacityReservationSpecificationDetails$ = [
      3,
      n0,
      _AELTDCRSD,
      0,
      [_CRP, _CRT],
      [0, () => AwsEc2LaunchTemplateDataCapacityReservationSpecificationCapacityReservationTargetDetails$]
    ];
    var AwsEc2LaunchTemplateDataCpuOptionsDetails$ = [
      3,
      n0,
      _AELTDCOD,
      0,
      [_CCo, _TPC],
      [1, 1]
    ];
    var AwsEc2LaunchTemplateDataCreditSpecificationDetails$ = [
      3,
      n0,
      _AELTDCSD,
      0,
      [_CCp],
      [0]
    ];
    var AwsEc2LaunchTemplateDataDetails$ = [
      3,
      n0,
      _AELTDD,
      0,
      [_BDMS, _CRS, _COp, _CSr, _DAS, _DAT, _EOb, _EGSS, _EIAS, _EOnc, _HO, _IIP, _IIm, _IISB, _IMO, _IR, _ITn, _KI, _KN, _LSi, _MOa, _MO, _Mo, _NIS, _Pl, _PDNO, _RDI, _SGIS, _SGS, _UD],
      [() => AwsEc2LaunchTemplateDataBlockDeviceMappingSetList, () => AwsEc2LaunchTemplateDataCapacityReservationSpecificationDetails$, () => AwsEc2LaunchTemplateDataCpuOptionsDetails$, () => AwsEc2LaunchTemplateDataCreditSpecificationDetails$, 2, 2, 2, () => AwsEc2LaunchTemplateDataElasticGpuSpecificationSetList, () => AwsEc2LaunchTemplateDataElasticInferenceAcceleratorSetList, () => AwsEc2LaunchTemplateDataEnclaveOptionsDetails$, () => AwsEc2LaunchTemplateDataHibernationOptionsDetails$, () => AwsEc2LaunchTemplateDataIamInstanceProfileDetails$, 0, 0, () => AwsEc2LaunchTemplateDataInstanceMarketOptionsDetails$, () => AwsEc2LaunchTemplateDataInstanceRequirementsDetails$, 0, 0, 0, () => AwsEc2LaunchTemplateDataLicenseSetList, () => AwsEc2LaunchTemplateDataMaintenanceOptionsDetails$, () => AwsEc2LaunchTemplateDataMetadataOptionsDetails$, () => AwsEc2LaunchTemplateDataMonitoringDetails$, () => AwsEc2LaunchTemplateDataNetworkInterfaceSetList, () => AwsEc2LaunchTemplateDataPlacementDetails$, () => AwsEc2LaunchTemplateDataPrivateDnsNameOptionsDetails$, 0, 64 | 0, 64 | 0, 0]
    ];
    var AwsEc2LaunchTemplateDataElasticGpuSpecificationSetDetails$ = [
      3,
      n0,
      _AELTDEGSSD,
      0,
      [_T],
      [0]
    ];
    var AwsEc2LaunchTemplateDataElasticInferenceAcceleratorSetDetails$ = [
      3,
      n0,
      _AELTDEIASD,
      0,
      [_Cou, _T],
      [1, 0]
    ];
    var AwsEc2LaunchTemplateDataEnclaveOptionsDetails$ = [
      3,
      n0,
      _AELTDEOD,
      0,
      [_Ena],
      [2]
    ];
    var AwsEc2LaunchTemplateDataHibernationOptionsDetails$ = [
      3,
      n0,
      _AELTDHOD,
      0,
      [_Confi],
      [2]
    ];
    var AwsEc2LaunchTemplateDataIamInstanceProfileDetails$ = [
      3,
      n0,
      _AELTDIIPD,
      0,
      [_Ar, _N],
      [0, 0]
    ];
    var AwsEc2LaunchTemplateDataInstanceMarketOptionsDetails$ = [
      3,
      n0,
      _AELTDIMOD,
      0,
      [_MTa, _SO],
      [0, () => AwsEc2LaunchTemplateDataInstanceMarketOptionsSpotOptionsDetails$]
    ];
    var AwsEc2LaunchTemplateDataInstanceMarketOptionsSpotOptionsDetails$ = [
      3,
      n0,
      _AELTDIMOSOD,
      0,
      [_BDMl, _IIB, _MP, _SIT, _VU],
      [1, 0, 0, 0, 0]
    ];
    var AwsEc2LaunchTemplateDataInstanceRequirementsAcceleratorCountDetails$ = [
      3,
      n0,
      _AELTDIRACD,
      0,
      [_Max, _Mi],
      [1, 1]
    ];
    var AwsEc2LaunchTemplateDataInstanceRequirementsAcceleratorTotalMemoryMiBDetails$ = [
      3,
      n0,
      _AELTDIRATMMBD,
      0,
      [_Max, _Mi],
      [1, 1]
    ];
    var AwsEc2LaunchTemplateDataInstanceRequirementsBaselineEbsBandwidthMbpsDetails$ = [
      3,
      n0,
      _AELTDIRBEBMD,
      0,
      [_Max, _Mi],
      [1, 1]
    ];
    var AwsEc2LaunchTemplateDataInstanceRequirementsDetails$ = [
      3,
      n0,
      _AELTDIRD,
      0,
      [_ACc, _AMc, _ANc, _ATMMB, _ATcc, _BMa, _BEBM, _BPu, _CM, _EIT, _IG, _LSo, _LST, _MGBPVC, _MMB, _NIC, _ODMPPOLP, _RHS, _SMPPOLP, _TLSGB, _VCC],
      [() => AwsEc2LaunchTemplateDataInstanceRequirementsAcceleratorCountDetails$, 64 | 0, 64 | 0, () => AwsEc2LaunchTemplateDataInstanceRequirementsAcceleratorTotalMemoryMiBDetails$, 64 | 0, 0, () => AwsEc2LaunchTemplateDataInstanceRequirementsBaselineEbsBandwidthMbpsDetails$, 0, 64 | 0, 64 | 0, 64 | 0, 0, 64 | 0, () => AwsEc2LaunchTemplateDataInstanceRequirementsMemoryGiBPerVCpuDetails$, () => AwsEc2LaunchTemplateDataInstanceRequirementsMemoryMiBDetails$, () => AwsEc2LaunchTemplateDataInstanceRequirementsNetworkInterfaceCountDetails$, 1, 2, 1, () => AwsEc2LaunchTemplateDataInstanceRequirementsTotalLocalStorageGBDetails$, () => AwsEc2LaunchTemplateDataInstanceRequirementsVCpuCountDetails$]
    ];
    var AwsEc2LaunchTemplateDataInstanceRequirementsMemoryGiBPerVCpuDetails$ = [
      3,
      n0,
      _AELTDIRMGBPVCD,
      0,
      [_Max, _Mi],
      [1, 1]
    ];
    var AwsEc2LaunchTemplateDataInstanceRequirementsMemoryMiBDetails$ = [
      3,
      n0,
      _AELTDIRMMBD,
      0,
      [_Max, _Mi],
      [1, 1]
    ];
    var AwsEc2LaunchTemplateDataInstanceRequirementsNetworkInterfaceCountDetails$ = [
      3,
      n0,
      _AELTDIRNICD,
      0,
      [_Max, _Mi],
      [1, 1]
    ];
    var AwsEc2LaunchTemplateDataInstanceRequirementsTotalLocalStorageGBDetails$ = [
      3,
      n0,
      _AELTDIRTLSGBD,
      0,
      [_Max, _Mi],
      [1, 1]
    ];
    var AwsEc2LaunchTemplateDataInstanceRequirementsVCpuCountDetails$ = [
      3,
      n0,
      _AELTDIRVCCD,
      0,
      [_Max, _Mi],
      [1, 1]
    ];
    var AwsEc2LaunchTemplateDataLicenseSetDetails$ = [
      3,
      n0,
      _AELTDLSD,
      0,
      [_LCA],
      [0]
    ];
    var AwsEc2LaunchTemplateDataMaintenanceOptionsDetails$ = [
      3,
      n0,
      _AELTDMOD,
      0,
      [_ARu],
      [0]
    ];
    var AwsEc2LaunchTemplateDataMetadataOptionsDetails$ = [
      3,
      n0,
      _AELTDMODw,
      0,
      [_HE, _HPI, _HT, _HPRHL, _IMT],
      [0, 0, 0, 1, 0]
    ];
    var AwsEc2LaunchTemplateDataMonitoringDetails$ = [
      3,
      n0,
      _AELTDMD,
      0,
      [_Ena],
      [2]
    ];
    var AwsEc2LaunchTemplateDataNetworkInterfaceSetDetails$ = [
      3,
      n0,
      _AELTDNISD,
      0,
      [_ACIA, _APIA, _DOT, _D, _DIe, _Gr, _ITnt, _IPC, _IP, _IAC, _IAp, _IPCp, _IPp, _NCI, _NII, _PIA, _PIAr, _SPIAC, _SIu],
      [2, 2, 2, 0, 1, 64 | 0, 0, 1, () => AwsEc2LaunchTemplateDataNetworkInterfaceSetIpv4PrefixesList, 1, () => AwsEc2LaunchTemplateDataNetworkInterfaceSetIpv6AddressesList, 1, () => AwsEc2LaunchTemplateDataNetworkInterfaceSetIpv6PrefixesList, 1, 0, 0, () => AwsEc2LaunchTemplateDataNetworkInterfaceSetPrivateIpAddressesList, 1, 0]
    ];
    var AwsEc2LaunchTemplateDataNetworkInterfaceSetIpv4PrefixesDetails$ = [
      3,
      n0,
      _AELTDNISIPD,
      0,
      [_IPpv],
      [0]
    ];
    var AwsEc2LaunchTemplateDataNetworkInterfaceSetIpv6AddressesDetails$ = [
      3,
      n0,
      _AELTDNISIAD,
      0,
      [_IApv],
      [0]
    ];
    var AwsEc2LaunchTemplateDataNetworkInterfaceSetIpv6PrefixesDetails$ = [
      3,
      n0,
      _AELTDNISIPDw,
      0,
      [_IPpvr],
      [0]
    ];
    var AwsEc2LaunchTemplateDataNetworkInterfaceSetPrivateIpAddressesDetails$ = [
      3,
      n0,
      _AELTDNISPIAD,
      0,
      [_Pri, _PIA],
      [2, 0]
    ];
    var AwsEc2LaunchTemplateDataPlacementDetails$ = [
      3,
      n0,
      _AELTDPD,
      0,
      [_Af, _AZ, _GN, _HI, _HRGA, _PNa, _SDp, _Te],
      [0, 0, 0, 0, 0, 1, 0, 0]
    ];
    var AwsEc2LaunchTemplateDataPrivateDnsNameOptionsDetails$ = [
      3,
      n0,
      _AELTDPDNOD,
      0,
      [_ERNDAAAAR, _ERNDAR, _HTo],
      [2, 2, 0]
    ];
    var AwsEc2LaunchTemplateDetails$ = [
      3,
      n0,
      _AELTD,
      0,
      [_LTN, _I, _LTD, _DVN, _LVN],
      [0, 0, () => AwsEc2LaunchTemplateDataDetails$, 1, 1]
    ];
    var AwsEc2NetworkAclAssociation$ = [
      3,
      n0,
      _AENAA,
      0,
      [_NAAI, _NAI, _SIu],
      [0, 0, 0]
    ];
    var AwsEc2NetworkAclDetails$ = [
      3,
      n0,
      _AENAD,
      0,
      [_IDs, _NAI, _OIw, _VIp, _As, _Ent],
      [2, 0, 0, 0, () => AwsEc2NetworkAclAssociationList, () => AwsEc2NetworkAclEntryList]
    ];
    var AwsEc2NetworkAclEntry$ = [
      3,
      n0,
      _AENAE,
      0,
      [_CBi, _Eg, _ITC, _ICB, _PR, _Prot, _RAu, _RNu],
      [0, 2, () => IcmpTypeCode$, 0, () => PortRangeFromTo$, 0, 0, 1]
    ];
    var AwsEc2NetworkInterfaceAttachment$ = [
      3,
      n0,
      _AENIA,
      0,
      [_ATtt, _AIt, _DOT, _DIe, _IIn, _IOI, _St],
      [0, 0, 2, 1, 0, 0, 0]
    ];
    var AwsEc2NetworkInterfaceDetails$ = [
      3,
      n0,
      _AENID,
      0,
      [_At, _NII, _SG, _SDC, _IVAp, _PIAr, _PDN, _PI],
      [() => AwsEc2NetworkInterfaceAttachment$, 0, () => AwsEc2NetworkInterfaceSecurityGroupList, 2, () => AwsEc2NetworkInterfaceIpV6AddressList, () => AwsEc2NetworkInterfacePrivateIpAddressList, 0, 0]
    ];
    var AwsEc2NetworkInterfaceIpV6AddressDetail$ = [
      3,
      n0,
      _AENIIVAD,
      0,
      [_IVApd],
      [0]
    ];
    var AwsEc2NetworkInterfacePrivateIpAddressDetail$ = [
      3,
      n0,
      _AENIPIAD,
      0,
      [_PIA, _PDNr],
      [0, 0]
    ];
    var AwsEc2NetworkInterfaceSecurityGroup$ = [
      3,
      n0,
      _AENISG,
      0,
      [_GN, _GIr],
      [0, 0]
    ];
    var AwsEc2RouteTableDetails$ = [
      3,
      n0,
      _AERTD,
      0,
      [_ASssoc, _OIw, _PVS, _RTI, _RSou, _VIp],
      [() => AssociationSetList, 0, () => PropagatingVgwSetList, 0, () => RouteSetList, 0]
    ];
    var AwsEc2SecurityGroupDetails$ = [
      3,
      n0,
      _AESGD,
      0,
      [_GN, _GIr, _OIw, _VIp, _IPpe, _IPE],
      [0, 0, 0, 0, () => AwsEc2SecurityGroupIpPermissionList, () => AwsEc2SecurityGroupIpPermissionList]
    ];
    var AwsEc2SecurityGroupIpPermission$ = [
      3,
      n0,
      _AESGIP,
      0,
      [_IPpr, _FP, _TPo, _UIGP, _IRp, _IRpv, _PLI],
      [0, 1, 1, () => AwsEc2SecurityGroupUserIdGroupPairList, () => AwsEc2SecurityGroupIpRangeList, () => AwsEc2SecurityGroupIpv6RangeList, () => AwsEc2SecurityGroupPrefixListIdList]
    ];
    var AwsEc2SecurityGroupIpRange$ = [
      3,
      n0,
      _AESGIR,
      0,
      [_CIi],
      [0]
    ];
    var AwsEc2SecurityGroupIpv6Range$ = [
      3,
      n0,
      _AESGIRw,
      0,
      [_CIid],
      [0]
    ];
    var AwsEc2SecurityGroupPrefixListId$ = [
      3,
      n0,
      _AESGPLI,
      0,
      [_PLIr],
      [0]
    ];
    var AwsEc2SecurityGroupUserIdGroupPair$ = [
      3,
      n0,
      _AESGUIGP,
      0,
      [_GIr, _GN, _PS, _UI, _VIp, _VPCI],
      [0, 0, 0, 0, 0, 0]
    ];
    var AwsEc2SubnetDetails$ = [
      3,
      n0,
      _AESD,
      0,
      [_AIAOC, _AZ, _AZI, _AIAC, _CBi, _DFA, _MPIOL, _OIw, _Sta, _SAu, _SIu, _VIp, _ICBAS],
      [2, 0, 0, 1, 0, 2, 2, 0, 0, 0, 0, 0, () => Ipv6CidrBlockAssociationList]
    ];
    var AwsEc2TransitGatewayDetails$ = [
      3,
      n0,
      _AETGD,
      0,
      [_I, _D, _DRTP, _AASA, _DRTA, _TGCB, _ADRTI, _PDRTI, _VES, _DSn, _MSu, _ASA],
      [0, 0, 0, 0, 0, 64 | 0, 0, 0, 0, 0, 0, 1]
    ];
    var AwsEc2VolumeAttachment$ = [
      3,
      n0,
      _AEVA,
      0,
      [_ATtt, _DOT, _IIn, _St],
      [0, 2, 0, 0]
    ];
    var AwsEc2VolumeDetails$ = [
      3,
      n0,
      _AEVD,
      0,
      [_CTre, _DN, _En, _Si, _SIn, _St, _KKI, _Att, _VIo, _VT, _VSS],
      [0, 0, 2, 1, 0, 0, 0, () => AwsEc2VolumeAttachmentList, 0, 0, 0]
    ];
    var AwsEc2VpcDetails$ = [
      3,
      n0,
      _AEVDw,
      0,
      [_CBAS, _ICBAS, _DOI, _Sta],
      [() => CidrBlockAssociationList, () => Ipv6CidrBlockAssociationList, 0, 0]
    ];
    var AwsEc2VpcEndpointServiceDetails$ = [
      3,
      n0,
      _AEVESD,
      0,
      [_ARc, _AZv, _BEDN, _MVE, _GLBA, _NLBA, _PDNr, _SIer, _SN, _SSe, _STe],
      [2, 64 | 0, 64 | 0, 2, 64 | 0, 64 | 0, 0, 0, 0, 0, () => AwsEc2VpcEndpointServiceServiceTypeList]
    ];
    var AwsEc2VpcEndpointServiceServiceTypeDetails$ = [
      3,
      n0,
      _AEVESSTD,
      0,
      [_STe],
      [0]
    ];
    var AwsEc2VpcPeeringConnectionDetails$ = [
      3,
      n0,
      _AEVPCD,
      0,
      [_AVI, _ETx, _RVI, _St, _VPCI],
      [() => AwsEc2VpcPeeringConnectionVpcInfoDetails$, 0, () => AwsEc2VpcPeeringConnectionVpcInfoDetails$, () => AwsEc2VpcPeeringConnectionStatusDetails$, 0]
    ];
    var AwsEc2VpcPeeringConnectionStatusDetails$ = [
      3,
      n0,
      _AEVPCSD,
      0,
      [_C, _M],
      [0, 0]
    ];
    var AwsEc2VpcPeeringConnectionVpcInfoDetails$ = [
      3,
      n0,
      _AEVPCVID,
      0,
      [_CBi, _CBS, _ICBS, _OIw, _PO, _Reg, _VIp],
      [0, () => VpcInfoCidrBlockSetList, () => VpcInfoIpv6CidrBlockSetList, 0, () => VpcInfoPeeringOptionsDetails$, 0, 0]
    ];
    var AwsEc2VpnConnectionDetails$ = [
      3,
      n0,
      _AEVCD,
      0,
      [_VCI, _Sta, _CGI, _CGC, _T, _VGI, _Cat, _VTg, _Op, _Ro, _TGI],
      [0, 0, 0, 0, 0, 0, 0, () => AwsEc2VpnConnectionVgwTelemetryList, () => AwsEc2VpnConnectionOptionsDetails$, () => AwsEc2VpnConnectionRoutesList, 0]
    ];
    var AwsEc2VpnConnectionOptionsDetails$ = [
      3,
      n0,
      _AEVCOD,
      0,
      [_SRO, _TO],
      [2, () => AwsEc2VpnConnectionOptionsTunnelOptionsList]
    ];
    var AwsEc2VpnConnectionOptionsTunnelOptionsDetails$ = [
      3,
      n0,
      _AEVCOTOD,
      0,
      [_DTS, _IV, _OIA, _PDGN, _PEA, _PIAh, _PLS, _PDGNh, _PEAh, _PIAha, _PLSh, _PSK, _RFP, _RMTS, _RWS, _TIC],
      [1, 64 | 0, 0, 64 | 1, 64 | 0, 64 | 0, 1, 64 | 1, 64 | 0, 64 | 0, 1, 0, 1, 1, 1, 0]
    ];
    var AwsEc2VpnConnectionRoutesDetails$ = [
      3,
      n0,
      _AEVCRD,
      0,
      [_DCBe, _Sta],
      [0, 0]
    ];
    var AwsEc2VpnConnectionVgwTelemetryDetails$ = [
      3,
      n0,
      _AEVCVTD,
      0,
      [_ARCc, _CAe, _LSC, _OIA, _St, _SM],
      [1, 0, 0, 0, 0, 0]
    ];
    var AwsEcrContainerImageDetails$ = [
      3,
      n0,
      _AECID,
      0,
      [_RIeg, _RNep, _Arc, _IDm, _ITm, _IPA],
      [0, 0, 0, 0, 64 | 0, 0]
    ];
    var AwsEcrRepositoryDetails$ = [
      3,
      n0,
      _AERD,
      0,
      [_Ar, _ISC, _ITM, _LP, _RNep, _RPT],
      [0, () => AwsEcrRepositoryImageScanningConfigurationDetails$, 0, () => AwsEcrRepositoryLifecyclePolicyDetails$, 0, 0]
    ];
    var AwsEcrRepositoryImageScanningConfigurationDetails$ = [
      3,
      n0,
      _AERISCD,
      0,
      [_SOP],
      [2]
    ];
    var AwsEcrRepositoryLifecyclePolicyDetails$ = [
      3,
      n0,
      _AERLPD,
      0,
      [_LPT, _RIeg],
      [0, 0]
    ];
    var AwsEcsClusterClusterSettingsDetails$ = [
      3,
      n0,
      _AECCSD,
      0,
      [_N, _Val],
      [0, 0]
    ];
    var AwsEcsClusterConfigurationDetails$ = [
      3,
      n0,
      _AECCD,
      0,
      [_ECC],
      [() => AwsEcsClusterConfigurationExecuteCommandConfigurationDetails$]
    ];
    var AwsEcsClusterConfigurationExecuteCommandConfigurationDetails$ = [
      3,
      n0,
      _AECCECCD,
      0,
      [_KKI, _LCog, _Lo],
      [0, () => AwsEcsClusterConfigurationExecuteCommandConfigurationLogConfigurationDetails$, 0]
    ];
    var AwsEcsClusterConfigurationExecuteCommandConfigurationLogConfigurationDetails$ = [
      3,
      n0,
      _AECCECCLCD,
      0,
      [_CWEE, _CWLGN, _SBN, _SEE, _SKP],
      [2, 0, 0, 2, 0]
    ];
    var AwsEcsClusterDefaultCapacityProviderStrategyDetails$ = [
      3,
      n0,
      _AECDCPSD,
      0,
      [_Bas, _CPa, _We],
      [1, 0, 1]
    ];
    var AwsEcsClusterDetails$ = [
      3,
      n0,
      _AECD,
      0,
      [_CAl, _ASC, _CPap, _CSl, _Conf, _DCPS, _CNl, _RCIC, _RTC, _St],
      [0, 1, 64 | 0, () => AwsEcsClusterClusterSettingsList, () => AwsEcsClusterConfigurationDetails$, () => AwsEcsClusterDefaultCapacityProviderStrategyList, 0, 1, 1, 0]
    ];
    var AwsEcsContainerDetails$ = [
      3,
      n0,
      _AECDw,
      0,
      [_N, _Im, _MPo, _Priv],
      [0, 0, () => AwsMountPointList, 2]
    ];
    var AwsEcsServiceCapacityProviderStrategyDetails$ = [
      3,
      n0,
      _AESCPSD,
      0,
      [_Bas, _CPa, _We],
      [1, 0, 1]
    ];
    var AwsEcsServiceDeploymentConfigurationDeploymentCircuitBreakerDetails$ = [
      3,
      n0,
      _AESDCDCBD,
      0,
      [_Enab, _Rol],
      [2, 2]
    ];
    var AwsEcsServiceDeploymentConfigurationDetails$ = [
      3,
      n0,
      _AESDCD,
      0,
      [_DCBep, _MPa, _MHP],
      [() => AwsEcsServiceDeploymentConfigurationDeploymentCircuitBreakerDetails$, 1, 1]
    ];
    var AwsEcsServiceDeploymentControllerDetails$ = [
      3,
      n0,
      _AESDCDw,
      0,
      [_T],
      [0]
    ];
    var AwsEcsServiceDetails$ = [
      3,
      n0,
      _AESDw,
      0,
      [_CPS, _Cl, _DC, _DCe, _DCes, _EEMT, _EEC, _HCGPS, _LTa, _LB, _N, _NC, _PCl, _PSl, _PV, _PTrop, _Role, _SSc, _SAer, _SN, _SRe, _TDa],
      [() => AwsEcsServiceCapacityProviderStrategyList, 0, () => AwsEcsServiceDeploymentConfigurationDetails$, () => AwsEcsServiceDeploymentControllerDetails$, 1, 2, 2, 1, 0, () => AwsEcsServiceLoadBalancersList, 0, () => AwsEcsServiceNetworkConfigurationDetails$, () => AwsEcsServicePlacementConstraintsList, () => AwsEcsServicePlacementStrategiesList, 0, 0, 0, 0, 0, 0, () => AwsEcsServiceServiceRegistriesList, 0]
    ];
    var AwsEcsServiceLoadBalancersDetails$ = [
      3,
      n0,
      _AESLBD,
      0,
      [_CNo, _CPo, _LBNo, _TGA],
      [0, 1, 0, 0]
    ];
    var AwsEcsServiceNetworkConfigurationAwsVpcConfigurationDetails$ = [
      3,
      n0,
      _AESNCAVCD,
      0,
      [_API, _SG, _Sub],
      [0, 64 | 0, 64 | 0]
    ];
    var AwsEcsServiceNetworkConfigurationDetails$ = [
      3,
      n0,
      _AESNCD,
      0,
      [_AVC],
      [() => AwsEcsServiceNetworkConfigurationAwsVpcConfigurationDetails$]
    ];
    var AwsEcsServicePlacementConstraintsDetails$ = [
      3,
      n0,
      _AESPCD,
      0,
      [_Ex, _T],
      [0, 0]
    ];
    var AwsEcsServicePlacementStrategiesDetails$ = [
      3,
      n0,
      _AESPSD,
      0,
      [_Fi, _T],
      [0, 0]
    ];
    var AwsEcsServiceServiceRegistriesDetails$ = [
      3,
      n0,
      _AESSRD,
      0,
      [_CNo, _CPo, _P, _RAeg],
      [0, 1, 1, 0]
    ];
    var AwsEcsTaskDefinitionContainerDefinitionsDependsOnDetails$ = [
      3,
      n0,
      _AETDCDDOD,
      0,
      [_Cond, _CNo],
      [0, 0]
    ];
    var AwsEcsTaskDefinitionContainerDefinitionsDetails$ = [
      3,
      n0,
      _AETDCDD,
      0,
      [_Comm, _Cp, _DO, _DNi, _DSD, _DSns, _DL, _DSO, _EPn, _Env, _EF, _Es, _EHx, _FCi, _HC, _Ho, _Im, _In, _Lin, _LPi, _LCog, _Mem, _MR, _MPo, _N, _PMo, _Priv, _PTs, _RRF, _RCep, _RRes, _Sec, _STt, _STto, _SCy, _Ul, _U, _VF, _WD],
      [64 | 0, 1, () => AwsEcsTaskDefinitionContainerDefinitionsDependsOnList, 2, 64 | 0, 64 | 0, 128 | 0, 64 | 0, 64 | 0, () => AwsEcsTaskDefinitionContainerDefinitionsEnvironmentList, () => AwsEcsTaskDefinitionContainerDefinitionsEnvironmentFilesList, 2, () => AwsEcsTaskDefinitionContainerDefinitionsExtraHostsList, () => AwsEcsTaskDefinitionContainerDefinitionsFirelensConfigurationDetails$, () => AwsEcsTaskDefinitionContainerDefinitionsHealthCheckDetails$, 0, 0, 2, 64 | 0, () => AwsEcsTaskDefinitionContainerDefinitionsLinuxParametersDetails$, () => AwsEcsTaskDefinitionContainerDefinitionsLogConfigurationDetails$, 1, 1, () => AwsEcsTaskDefinitionContainerDefinitionsMountPointsList, 0, () => AwsEcsTaskDefinitionContainerDefinitionsPortMappingsList, 2, 2, 2, () => AwsEcsTaskDefinitionContainerDefinitionsRepositoryCredentialsDetails$, () => AwsEcsTaskDefinitionContainerDefinitionsResourceRequirementsList, () => AwsEcsTaskDefinitionContainerDefinitionsSecretsList, 1, 1, () => AwsEcsTaskDefinitionContainerDefinitionsSystemControlsList, () => AwsEcsTaskDefinitionContainerDefinitionsUlimitsList, 0, () => AwsEcsTaskDefinitionContainerDefinitionsVolumesFromList, 0]
    ];
    var AwsEcsTaskDefinitionContainerDefinitionsEnvironmentDetails$ = [
      3,
      n0,
      _AETDCDED,
      0,
      [_N, _Val],
      [0, 0]
    ];
    var AwsEcsTaskDefinitionContainerDefinitionsEnvironmentFilesDetails$ = [
      3,
      n0,
      _AETDCDEFD,
      0,
      [_T, _Val],
      [0, 0]
    ];
    var AwsEcsTaskDefinitionContainerDefinitionsExtraHostsDetails$ = [
      3,
      n0,
      _AETDCDEHD,
      0,
      [_Ho, _IApd],
      [0, 0]
    ];
    var AwsEcsTaskDefinitionContainerDefinitionsFirelensConfigurationDetails$ = [
      3,
      n0,
      _AETDCDFCD,
      0,
      [_Op, _T],
      [128 | 0, 0]
    ];
    var AwsEcsTaskDefinitionContainerDefinitionsHealthCheckDetails$ = [
      3,
      n0,
      _AETDCDHCD,
      0,
      [_Comm, _Int, _Ret, _SPt, _Tim],
      [64 | 0, 1, 1, 1, 1]
    ];
    var AwsEcsTaskDefinitionContainerDefinitionsLinuxParametersCapabilitiesDetails$ = [
      3,
      n0,
      _AETDCDLPCD,
      0,
      [_Add, _Dr],
      [64 | 0, 64 | 0]
    ];
    var AwsEcsTaskDefinitionContainerDefinitionsLinuxParametersDetails$ = [
      3,
      n0,
      _AETDCDLPD,
      0,
      [_Ca, _De, _IPEn, _MSa, _SMS, _Sw, _Tm],
      [() => AwsEcsTaskDefinitionContainerDefinitionsLinuxParametersCapabilitiesDetails$, () => AwsEcsTaskDefinitionContainerDefinitionsLinuxParametersDevicesList, 2, 1, 1, 1, () => AwsEcsTaskDefinitionContainerDefinitionsLinuxParametersTmpfsList]
    ];
    var AwsEcsTaskDefinitionContainerDefinitionsLinuxParametersDevicesDetails$ = [
      3,
      n0,
      _AETDCDLPDD,
      0,
      [_CPon, _HPo, _Perm],
      [0, 0, 64 | 0]
    ];
    var AwsEcsTaskDefinitionContainerDefinitionsLinuxParametersTmpfsDetails$ = [
      3,
      n0,
      _AETDCDLPTD,
      0,
      [_CPon, _MOo, _Si],
      [0, 64 | 0, 1]
    ];
    var AwsEcsTaskDefinitionContainerDefinitionsLogConfigurationDetails$ = [
      3,
      n0,
      _AETDCDLCD,
      0,
      [_LD, _Op, _SOe],
      [0, 128 | 0, () => AwsEcsTaskDefinitionContainerDefinitionsLogConfigurationSecretOptionsList]
    ];
    var AwsEcsTaskDefinitionContainerDefinitionsLogConfigurationSecretOptionsDetails$ = [
      3,
      n0,
      _AETDCDLCSOD,
      0,
      [_N, _VFa],
      [0, 0]
    ];
    var AwsEcsTaskDefinitionContainerDefinitionsMountPointsDetails$ = [
      3,
      n0,
      _AETDCDMPD,
      0,
      [_CPon, _ROe, _SVo],
      [0, 2, 0]
    ];
    var AwsEcsTaskDefinitionContainerDefinitionsPortMappingsDetails$ = [
      3,
      n0,
      _AETDCDPMD,
      0,
      [_CPo, _HPos, _Prot],
      [1, 1, 0]
    ];
    var AwsEcsTaskDefinitionContainerDefinitionsRepositoryCredentialsDetails$ = [
      3,
      n0,
      _AETDCDRCD,
      0,
      [_CPr],
      [0]
    ];
    var AwsEcsTaskDefinitionContainerDefinitionsResourceRequirementsDetails$ = [
      3,
      n0,
      _AETDCDRRD,
      0,
      [_T, _Val],
      [0, 0]
    ];
    var AwsEcsTaskDefinitionContainerDefinitionsSecretsDetails$ = [
      3,
      n0,
      _AETDCDSD,
      0,
      [_N, _VFa],
      [0, 0]
    ];
    var AwsEcsTaskDefinitionContainerDefinitionsSystemControlsDetails$ = [
      3,
      n0,
      _AETDCDSCD,
      0,
      [_Na, _Val],
      [0, 0]
    ];
    var AwsEcsTaskDefinitionContainerDefinitionsUlimitsDetails$ = [
      3,
      n0,
      _AETDCDUD,
      0,
      [_HL, _N, _SLof],
      [1, 0, 1]
    ];
    var AwsEcsTaskDefinitionContainerDefinitionsVolumesFromDetails$ = [
      3,
      n0,
      _AETDCDVFD,
      0,
      [_ROe, _SCo],
      [2, 0]
    ];
    var AwsEcsTaskDefinitionDetails$ = [
      3,
      n0,
      _AETDD,
      0,
      [_CDon, _Cp, _ERA, _Fa, _IAnf, _IMp, _Mem, _NM, _PMi, _PCl, _PCr, _RCeq, _TRA, _Vo, _St],
      [() => AwsEcsTaskDefinitionContainerDefinitionsList, 0, 0, 0, () => AwsEcsTaskDefinitionInferenceAcceleratorsList, 0, 0, 0, 0, () => AwsEcsTaskDefinitionPlacementConstraintsList, () => AwsEcsTaskDefinitionProxyConfigurationDetails$, 64 | 0, 0, () => AwsEcsTaskDefinitionVolumesList, 0]
    ];
    var AwsEcsTaskDefinitionInferenceAcceleratorsDetails$ = [
      3,
      n0,
      _AETDIAD,
      0,
      [_DN, _DT],
      [0, 0]
    ];
    var AwsEcsTaskDefinitionPlacementConstraintsDetails$ = [
      3,
      n0,
      _AETDPCD,
      0,
      [_Ex, _T],
      [0, 0]
    ];
    var AwsEcsTaskDefinitionProxyConfigurationDetails$ = [
      3,
      n0,
      _AETDPCDw,
      0,
      [_CNo, _PCP, _T],
      [0, () => AwsEcsTaskDefinitionProxyConfigurationProxyConfigurationPropertiesList, 0]
    ];
    var AwsEcsTaskDefinitionProxyConfigurationProxyConfigurationPropertiesDetails$ = [
      3,
      n0,
      _AETDPCPCPD,
      0,
      [_N, _Val],
      [0, 0]
    ];
    var AwsEcsTaskDefinitionVolumesDetails$ = [
      3,
      n0,
      _AETDVD,
      0,
      [_DVC, _EVCf, _Hos, _N],
      [() => AwsEcsTaskDefinitionVolumesDockerVolumeConfigurationDetails$, () => AwsEcsTaskDefinitionVolumesEfsVolumeConfigurationDetails$, () => AwsEcsTaskDefinitionVolumesHostDetails$, 0]
    ];
    var AwsEcsTaskDefinitionVolumesDockerVolumeConfigurationDetails$ = [
      3,
      n0,
      _AETDVDVCD,
      0,
      [_Aut, _Dri, _DOr, _La, _Sc],
      [2, 0, 128 | 0, 128 | 0, 0]
    ];
    var AwsEcsTaskDefinitionVolumesEfsVolumeConfigurationAuthorizationConfigDetails$ = [
      3,
      n0,
      _AETDVEVCACD,
      0,
      [_APIc, _Ia],
      [0, 0]
    ];
    var AwsEcsTaskDefinitionVolumesEfsVolumeConfigurationDetails$ = [
      3,
      n0,
      _AETDVEVCD,
      0,
      [_ACu, _FI, _RD, _TEra, _TEP],
      [() => AwsEcsTaskDefinitionVolumesEfsVolumeConfigurationAuthorizationConfigDetails$, 0, 0, 0, 1]
    ];
    var AwsEcsTaskDefinitionVolumesHostDetails$ = [
      3,
      n0,
      _AETDVHD,
      0,
      [_SPo],
      [0]
    ];
    var AwsEcsTaskDetails$ = [
      3,
      n0,
      _AETD,
      0,
      [_CAl, _TDA, _V, _CA, _SAt, _SB, _Gro, _Vo, _Cont],
      [0, 0, 0, 0, 0, 0, 0, () => AwsEcsTaskVolumeDetailsList, () => AwsEcsContainerDetailsList]
    ];
    var AwsEcsTaskVolumeDetails$ = [
      3,
      n0,
      _AETVD,
      0,
      [_N, _Hos],
      [0, () => AwsEcsTaskVolumeHostDetails$]
    ];
    var AwsEcsTaskVolumeHostDetails$ = [
      3,
      n0,
      _AETVHD,
      0,
      [_SPo],
      [0]
    ];
    var AwsEfsAccessPointDetails$ = [
      3,
      n0,
      _AEAPD,
      0,
      [_APIc, _Ar, _CTl, _FSI, _PU, _RD],
      [0, 0, 0, 0, () => AwsEfsAccessPointPosixUserDetails$, () => AwsEfsAccessPointRootDirectoryDetails$]
    ];
    var AwsEfsAccessPointPosixUserDetails$ = [
      3,
      n0,
      _AEAPPUD,
      0,
      [_Gi, _SGe, _Ui],
      [0, 64 | 0, 0]
    ];
    var AwsEfsAccessPointRootDirectoryCreationInfoDetails$ = [
      3,
      n0,
      _AEAPRDCID,
      0,
      [_OGw, _OU, _Perm],
      [0, 0, 0]
    ];
    var AwsEfsAccessPointRootDirectoryDetails$ = [
      3,
      n0,
      _AEAPRDD,
      0,
      [_CIr, _Pat],
      [() => AwsEfsAccessPointRootDirectoryCreationInfoDetails$, 0]
    ];
    var AwsEksClusterDetails$ = [
      3,
      n0,
      _AECDws,
      0,
      [_Ar, _CAD, _CSlu, _End, _N, _RVC, _RAo, _V, _Lo],
      [0, 0, 0, 0, 0, () => AwsEksClusterResourcesVpcConfigDetails$, 0, 0, () => AwsEksClusterLoggingDetails$]
    ];
    var AwsEksClusterLoggingClusterLoggingDetails$ = [
      3,
      n0,
      _AECLCLD,
      0,
      [_Ena, _Ty],
      [2, 64 | 0]
    ];
    var AwsEksClusterLoggingDetails$ = [
      3,
      n0,
      _AECLD,
      0,
      [_CLl],
      [() => AwsEksClusterLoggingClusterLoggingList]
    ];
    var AwsEksClusterResourcesVpcConfigDetails$ = [
      3,
      n0,
      _AECRVCD,
      0,
      [_SGI, _SIub, _EPA],
      [64 | 0, 64 | 0, 2]
    ];
    var AwsElasticBeanstalkEnvironmentDetails$ = [
      3,
      n0,
      _AEBED,
      0,
      [_ANp, _Cn, _DCa, _DU, _D, _EU, _EAnv, _EIn, _EL, _ENn, _OS, _PAl, _SSN, _St, _Tie, _VL],
      [0, 0, 0, 0, 0, 0, 0, 0, () => AwsElasticBeanstalkEnvironmentEnvironmentLinks, 0, () => AwsElasticBeanstalkEnvironmentOptionSettings, 0, 0, 0, () => AwsElasticBeanstalkEnvironmentTier$, 0]
    ];
    var AwsElasticBeanstalkEnvironmentEnvironmentLink$ = [
      3,
      n0,
      _AEBEEL,
      0,
      [_ENn, _LN],
      [0, 0]
    ];
    var AwsElasticBeanstalkEnvironmentOptionSetting$ = [
      3,
      n0,
      _AEBEOS,
      0,
      [_Na, _ON, _RNes, _Val],
      [0, 0, 0, 0]
    ];
    var AwsElasticBeanstalkEnvironmentTier$ = [
      3,
      n0,
      _AEBET,
      0,
      [_N, _T, _V],
      [0, 0, 0]
    ];
    var AwsElasticsearchDomainDetails$ = [
      3,
      n0,
      _AEDD,
      0,
      [_APc, _DEO, _DIo, _DNo, _End, _Endp, _EVl, _ECCl, _EARO, _LPO, _NTNEO, _SSO, _VPCO],
      [0, () => AwsElasticsearchDomainDomainEndpointOptions$, 0, 0, 0, 128 | 0, 0, () => AwsElasticsearchDomainElasticsearchClusterConfigDetails$, () => AwsElasticsearchDomainEncryptionAtRestOptions$, () => AwsElasticsearchDomainLogPublishingOptions$, () => AwsElasticsearchDomainNodeToNodeEncryptionOptions$, () => AwsElasticsearchDomainServiceSoftwareOptions$, () => AwsElasticsearchDomainVPCOptions$]
    ];
    var AwsElasticsearchDomainDomainEndpointOptions$ = [
      3,
      n0,
      _AEDDEO,
      0,
      [_EHTTPS, _TLSSP],
      [2, 0]
    ];
    var AwsElasticsearchDomainElasticsearchClusterConfigDetails$ = [
      3,
      n0,
      _AEDECCD,
      0,
      [_DMC, _DMEe, _DMT, _ICn, _ITn, _ZAC, _ZAE],
      [1, 2, 0, 1, 0, () => AwsElasticsearchDomainElasticsearchClusterConfigZoneAwarenessConfigDetails$, 2]
    ];
    var AwsElasticsearchDomainElasticsearchClusterConfigZoneAwarenessConfigDetails$ = [
      3,
      n0,
      _AEDECCZACD,
      0,
      [_AZC],
      [1]
    ];
    var AwsElasticsearchDomainEncryptionAtRestOptions$ = [
      3,
      n0,
      _AEDEARO,
      0,
      [_Ena, _KKI],
      [2, 0]
    ];
    var AwsElasticsearchDomainLogPublishingOptions$ = [
      3,
      n0,
      _AEDLPO,
      0,
      [_ISL, _SSL, _AL],
      [() => AwsElasticsearchDomainLogPublishingOptionsLogConfig$, () => AwsElasticsearchDomainLogPublishingOptionsLogConfig$, () => AwsElasticsearchDomainLogPublishingOptionsLogConfig$]
    ];
    var AwsElasticsearchDomainLogPublishingOptionsLogConfig$ = [
      3,
      n0,
      _AEDLPOLC,
      0,
      [_CWLLGA, _Ena],
      [0, 2]
    ];
    var AwsElasticsearchDomainNodeToNodeEncryptionOptions$ = [
      3,
      n0,
      _AEDNTNEO,
      0,
      [_Ena],
      [2]
    ];
    var AwsElasticsearchDomainServiceSoftwareOptions$ = [
      3,
      n0,
      _AEDSSO,
      0,
      [_AUD, _Can, _CV, _D, _NV, _UAp, _US],
      [0, 2, 0, 0, 0, 2, 0]
    ];
    var AwsElasticsearchDomainVPCOptions$ = [
      3,
      n0,
      _AEDVPCO,
      0,
      [_AZv, _SGI, _SIub, _VPCId],
      [64 | 0, 64 | 0, 64 | 0, 0]
    ];
    var AwsElbAppCookieStickinessPolicy$ = [
      3,
      n0,
      _AEACSP,
      0,
      [_CNoo, _PNo],
      [0, 0]
    ];
    var AwsElbLbCookieStickinessPolicy$ = [
      3,
      n0,
      _AELCSP,
      0,
      [_CEP, _PNo],
      [1, 0]
    ];
    var AwsElbLoadBalancerAccessLog$ = [
      3,
      n0,
      _AELBAL,
      0,
      [_EIm, _Ena, _SBN, _SBP],
      [1, 2, 0, 0]
    ];
    var AwsElbLoadBalancerAdditionalAttribute$ = [
      3,
      n0,
      _AELBAA,
      0,
      [_K, _Val],
      [0, 0]
    ];
    var AwsElbLoadBalancerAttributes$ = [
      3,
      n0,
      _AELBA,
      0,
      [_ALc, _CDonn, _CSo, _CZLB, _AAd],
      [() => AwsElbLoadBalancerAccessLog$, () => AwsElbLoadBalancerConnectionDraining$, () => AwsElbLoadBalancerConnectionSettings$, () => AwsElbLoadBalancerCrossZoneLoadBalancing$, () => AwsElbLoadBalancerAdditionalAttributeList]
    ];
    var AwsElbLoadBalancerBackendServerDescription$ = [
      3,
      n0,
      _AELBBSD,
      0,
      [_IPn, _PNol],
      [1, 64 | 0]
    ];
    var AwsElbLoadBalancerConnectionDraining$ = [
      3,
      n0,
      _AELBCD,
      0,
      [_Ena, _Tim],
      [2, 1]
    ];
    var AwsElbLoadBalancerConnectionSettings$ = [
      3,
      n0,
      _AELBCS,
      0,
      [_ITd],
      [1]
    ];
    var AwsElbLoadBalancerCrossZoneLoadBalancing$ = [
      3,
      n0,
      _AELBCZLB,
      0,
      [_Ena],
      [2]
    ];
    var AwsElbLoadBalancerDetails$ = [
      3,
      n0,
      _AELBD,
      0,
      [_AZv, _BSD, _CHZN, _CHZNID, _CT, _DNn, _HC, _Ins, _LDi, _LBA, _LBNo, _Po, _Sch, _SG, _SSG, _Sub, _VIp],
      [64 | 0, () => AwsElbLoadBalancerBackendServerDescriptions, 0, 0, 0, 0, () => AwsElbLoadBalancerHealthCheck$, () => AwsElbLoadBalancerInstances, () => AwsElbLoadBalancerListenerDescriptions, () => AwsElbLoadBalancerAttributes$, 0, () => AwsElbLoadBalancerPolicies$, 0, 64 | 0, () => AwsElbLoadBalancerSourceSecurityGroup$, 64 | 0, 0]
    ];
    var AwsElbLoadBalancerHealthCheck$ = [
      3,
      n0,
      _AELBHC,
      0,
      [_HTe, _Int, _Ta, _Tim, _UT],
      [1, 1, 0, 1, 1]
    ];
    var AwsElbLoadBalancerInstance$ = [
      3,
      n0,
      _AELBI,
      0,
      [_IIn],
      [0]
    ];
    var AwsElbLoadBalancerListener$ = [
      3,
      n0,
      _AELBL,
      0,
      [_IPn, _IPns, _LBP, _Prot, _SCI],
      [1, 0, 1, 0, 0]
    ];
    var AwsElbLoadBalancerListenerDescription$ = [
      3,
      n0,
      _AELBLD,
      0,
      [_Lis, _PNol],
      [() => AwsElbLoadBalancerListener$, 64 | 0]
    ];
    var AwsElbLoadBalancerPolicies$ = [
      3,
      n0,
      _AELBP,
      0,
      [_ACSP, _LCSP, _OPt],
      [() => AwsElbAppCookieStickinessPolicies, () => AwsElbLbCookieStickinessPolicies, 64 | 0]
    ];
    var AwsElbLoadBalancerSourceSecurityGroup$ = [
      3,
      n0,
      _AELBSSG,
      0,
      [_GN, _OAw],
      [0, 0]
    ];
    var AwsElbv2LoadBalancerAttribute$ = [
      3,
      n0,
      _AELBAw,
      0,
      [_K, _Val],
      [0, 0]
    ];
    var AwsElbv2LoadBalancerDetails$ = [
      3,
      n0,
      _AELBDw,
      0,
      [_AZv, _CHZI, _CT, _DNSN, _IAT, _Sch, _SG, _Sta, _T, _VIp, _LBA],
      [() => AvailabilityZones, 0, 0, 0, 0, 0, 64 | 0, () => LoadBalancerState$, 0, 0, () => AwsElbv2LoadBalancerAttributes]
    ];
    var AwsEventSchemasRegistryDetails$ = [
      3,
      n0,
      _AESRD,
      0,
      [_D, _RAeg, _RNeg],
      [0, 0, 0]
    ];
    var AwsEventsEndpointDetails$ = [
      3,
      n0,
      _AEEDw,
      0,
      [_Ar, _D, _EInd, _EU, _EB, _N, _RCepl, _RAo, _RCo, _Sta, _SRt],
      [0, 0, 0, 0, () => AwsEventsEndpointEventBusesList, 0, () => AwsEventsEndpointReplicationConfigDetails$, 0, () => AwsEventsEndpointRoutingConfigDetails$, 0, 0]
    ];
    var AwsEventsEndpointEventBusesDetails$ = [
      3,
      n0,
      _AEEEBD,
      0,
      [_EBA],
      [0]
    ];
    var AwsEventsEndpointReplicationConfigDetails$ = [
      3,
      n0,
      _AEERCD,
      0,
      [_Sta],
      [0]
    ];
    var AwsEventsEndpointRoutingConfigDetails$ = [
      3,
      n0,
      _AEERCDw,
      0,
      [_FCa],
      [() => AwsEventsEndpointRoutingConfigFailoverConfigDetails$]
    ];
    var AwsEventsEndpointRoutingConfigFailoverConfigDetails$ = [
      3,
      n0,
      _AEERCFCD,
      0,
      [_Pri, _Seco],
      [() => AwsEventsEndpointRoutingConfigFailoverConfigPrimaryDetails$, () => AwsEventsEndpointRoutingConfigFailoverConfigSecondaryDetails$]
    ];
    var AwsEventsEndpointRoutingConfigFailoverConfigPrimaryDetails$ = [
      3,
      n0,
      _AEERCFCPD,
      0,
      [_HC],
      [0]
    ];
    var AwsEventsEndpointRoutingConfigFailoverConfigSecondaryDetails$ = [
      3,
      n0,
      _AEERCFCSD,
      0,
      [_Rou],
      [0]
    ];
    var AwsEventsEventbusDetails$ = [
      3,
      n0,
      _AEEDws,
      0,
      [_Ar, _N, _Pol],
      [0, 0, 0]
    ];
    var AwsGuardDutyDetectorDataSourcesCloudTrailDetails$ = [
      3,
      n0,
      _AGDDDSCTD,
      0,
      [_St],
      [0]
    ];
    var AwsGuardDutyDetectorDataSourcesDetails$ = [
      3,
      n0,
      _AGDDDSD,
      0,
      [_CTlo, _DLn, _FL, _Ku, _MPal, _SLo],
      [() => AwsGuardDutyDetectorDataSourcesCloudTrailDetails$, () => AwsGuardDutyDetectorDataSourcesDnsLogsDetails$, () => AwsGuardDutyDetectorDataSourcesFlowLogsDetails$, () => AwsGuardDutyDetectorDataSourcesKubernetesDetails$, () => AwsGuardDutyDetectorDataSourcesMalwareProtectionDetails$, () => AwsGuardDutyDetectorDataSourcesS3LogsDetails$]
    ];
    var AwsGuardDutyDetectorDataSourcesDnsLogsDetails$ = [
      3,
      n0,
      _AGDDDSDLD,
      0,
      [_St],
      [0]
    ];
    var AwsGuardDutyDetectorDataSourcesFlowLogsDetails$ = [
      3,
      n0,
      _AGDDDSFLD,
      0,
      [_St],
      [0]
    ];
    var AwsGuardDutyDetectorDataSourcesKubernetesAuditLogsDetails$ = [
      3,
      n0,
      _AGDDDSKALD,
      0,
      [_St],
      [0]
    ];
    var AwsGuardDutyDetectorDataSourcesKubernetesDetails$ = [
      3,
      n0,
      _AGDDDSKD,
      0,
      [_AL],
      [() => AwsGuardDutyDetectorDataSourcesKubernetesAuditLogsDetails$]
    ];
    var AwsGuardDutyDetectorDataSourcesMalwareProtectionDetails$ = [
      3,
      n0,
      _AGDDDSMPD,
      0,
      [_SEIWF, _SR],
      [() => AwsGuardDutyDetectorDataSourcesMalwareProtectionScanEc2InstanceWithFindingsDetails$, 0]
    ];
    var AwsGuardDutyDetectorDataSourcesMalwareProtectionScanEc2InstanceWithFindingsDetails$ = [
      3,
      n0,
      _AGDDDSMPSEIWFD,
      0,
      [_EVb],
      [() => AwsGuardDutyDetectorDataSourcesMalwareProtectionScanEc2InstanceWithFindingsEbsVolumesDetails$]
    ];
    var AwsGuardDutyDetectorDataSourcesMalwareProtectionScanEc2InstanceWithFindingsEbsVolumesDetails$ = [
      3,
      n0,
      _AGDDDSMPSEIWFEVD,
      0,
      [_R, _St],
      [0, 0]
    ];
    var AwsGuardDutyDetectorDataSourcesS3LogsDetails$ = [
      3,
      n0,
      _AGDDDSSLD,
      0,
      [_St],
      [0]
    ];
    var AwsGuardDutyDetectorDetails$ = [
      3,
      n0,
      _AGDDD,
      0,
      [_DSa, _Fe, _FPF, _SR, _St],
      [() => AwsGuardDutyDetectorDataSourcesDetails$, () => AwsGuardDutyDetectorFeaturesList, 0, 0, 0]
    ];
    var AwsGuardDutyDetectorFeaturesDetails$ = [
      3,
      n0,
      _AGDDFD,
      0,
      [_N, _St],
      [0, 0]
    ];
    var AwsIamAccessKeyDetails$ = [
      3,
      n0,
      _AIAKD,
      0,
      [_UN, _St, _CA, _PIr, _PTri, _PNri, _AIc, _AKI, _SCe],
      [0, 0, 0, 0, 0, 0, 0, 0, () => AwsIamAccessKeySessionContext$]
    ];
    var AwsIamAccessKeySessionContext$ = [
      3,
      n0,
      _AIAKSC,
      0,
      [_Attr, _SIes],
      [() => AwsIamAccessKeySessionContextAttributes$, () => AwsIamAccessKeySessionContextSessionIssuer$]
    ];
    var AwsIamAccessKeySessionContextAttributes$ = [
      3,
      n0,
      _AIAKSCA,
      0,
      [_MAf, _CDr],
      [2, 0]
    ];
    var AwsIamAccessKeySessionContextSessionIssuer$ = [
      3,
      n0,
      _AIAKSCSI,
      0,
      [_T, _PIr, _Ar, _AIc, _UN],
      [0, 0, 0, 0, 0]
    ];
    var AwsIamAttachedManagedPolicy$ = [
      3,
      n0,
      _AIAMP,
      0,
      [_PNo, _PAo],
      [0, 0]
    ];
    var AwsIamGroupDetails$ = [
      3,
      n0,
      _AIGD,
      0,
      [_AMP, _CDre, _GIr, _GN, _GPL, _Pat],
      [() => AwsIamAttachedManagedPolicyList, 0, 0, 0, () => AwsIamGroupPolicyList, 0]
    ];
    var AwsIamGroupPolicy$ = [
      3,
      n0,
      _AIGP,
      0,
      [_PNo],
      [0]
    ];
    var AwsIamInstanceProfile$ = [
      3,
      n0,
      _AIIP,
      0,
      [_Ar, _CDre, _IPI, _IPN, _Pat, _Roles],
      [0, 0, 0, 0, 0, () => AwsIamInstanceProfileRoles]
    ];
    var AwsIamInstanceProfileRole$ = [
      3,
      n0,
      _AIIPR,
      0,
      [_Ar, _ARPDs, _CDre, _Pat, _RIo, _RNo],
      [0, 0, 0, 0, 0, 0]
    ];
    var AwsIamPermissionsBoundary$ = [
      3,
      n0,
      _AIPB,
      0,
      [_PBA, _PBT],
      [0, 0]
    ];
    var AwsIamPolicyDetails$ = [
      3,
      n0,
      _AIPD,
      0,
      [_ACt, _CDre, _DVI, _D, _IAst, _Pat, _PBUC, _PIo, _PNo, _PVL, _UDp],
      [1, 0, 0, 0, 2, 0, 1, 0, 0, () => AwsIamPolicyVersionList, 0]
    ];
    var AwsIamPolicyVersion$ = [
      3,
      n0,
      _AIPV,
      0,
      [_VI, _IDV, _CDre],
      [0, 2, 0]
    ];
    var AwsIamRoleDetails$ = [
      3,
      n0,
      _AIRD,
      0,
      [_ARPDs, _AMP, _CDre, _IPL, _PB, _RIo, _RNo, _RPL, _MSD, _Pat],
      [0, () => AwsIamAttachedManagedPolicyList, 0, () => AwsIamInstanceProfileList, () => AwsIamPermissionsBoundary$, 0, 0, () => AwsIamRolePolicyList, 1, 0]
    ];
    var AwsIamRolePolicy$ = [
      3,
      n0,
      _AIRP,
      0,
      [_PNo],
      [0]
    ];
    var AwsIamUserDetails$ = [
      3,
      n0,
      _AIUD,
      0,
      [_AMP, _CDre, _GLr, _Pat, _PB, _UI, _UN, _UPL],
      [() => AwsIamAttachedManagedPolicyList, 0, 64 | 0, 0, () => AwsIamPermissionsBoundary$, 0, 0, () => AwsIamUserPolicyList]
    ];
    var AwsIamUserPolicy$ = [
      3,
      n0,
      _AIUP,
      0,
      [_PNo],
      [0]
    ];
    var AwsKinesisStreamDetails$ = [
      3,
      n0,
      _AKSD,
      0,
      [_N, _Ar, _SEtr, _SCh, _RPH],
      [0, 0, () => AwsKinesisStreamStreamEncryptionDetails$, 1, 1]
    ];
    var AwsKinesisStreamStreamEncryptionDetails$ = [
      3,
      n0,
      _AKSSED,
      0,
      [_ETnc, _KIe],
      [0, 0]
    ];
    var AwsKmsKeyDetails$ = [
      3,
      n0,
      _AKKD,
      0,
      [_AWSAI, _CDr, _KIe, _KM, _KSe, _Ori, _D, _KRS],
      [0, 1, 0, 0, 0, 0, 0, 2]
    ];
    var AwsLambdaFunctionCode$ = [
      3,
      n0,
      _ALFC,
      0,
      [_SBu, _SK, _SOV, _ZF],
      [0, 0, 0, 0]
    ];
    var AwsLambdaFunctionDeadLetterConfig$ = [
      3,
      n0,
      _ALFDLC,
      0,
      [_TAa],
      [0]
    ];
    var AwsLambdaFunctionDetails$ = [
      3,
      n0,
      _ALFD,
      0,
      [_C, _CSod, _DLC, _Env, _FN, _Ha, _KKA, _LM, _Lay, _MAa, _MSem, _RIev, _Role, _Ru, _Tim, _TC, _VCp, _V, _Arch, _PTa],
      [() => AwsLambdaFunctionCode$, 0, () => AwsLambdaFunctionDeadLetterConfig$, () => AwsLambdaFunctionEnvironment$, 0, 0, 0, 0, () => AwsLambdaFunctionLayerList, 0, 1, 0, 0, 0, 1, () => AwsLambdaFunctionTracingConfig$, () => AwsLambdaFunctionVpcConfig$, 0, 64 | 0, 0]
    ];
    var AwsLambdaFunctionEnvironment$ = [
      3,
      n0,
      _ALFE,
      0,
      [_Va, _Er],
      [128 | 0, () => AwsLambdaFunctionEnvironmentError$]
    ];
    var AwsLambdaFunctionEnvironmentError$ = [
      3,
      n0,
      _ALFEE,
      0,
      [_ECr, _M],
      [0, 0]
    ];
    var AwsLambdaFunctionLayer$ = [
      3,
      n0,
      _ALFL,
      0,
      [_Ar, _CSode],
      [0, 1]
    ];
    var AwsLambdaFunctionTracingConfig$ = [
      3,
      n0,
      _ALFTC,
      0,
      [_Mod],
      [0]
    ];
    var AwsLambdaFunctionVpcConfig$ = [
      3,
      n0,
      _ALFVC,
      0,
      [_SGI, _SIub, _VIp],
      [64 | 0, 64 | 0, 0]
    ];
    var AwsLambdaLayerVersionDetails$ = [
      3,
      n0,
      _ALLVD,
      0,
      [_V, _CRo, _CD],
      [1, 64 | 0, 0]
    ];
    var AwsMountPoint$ = [
      3,
      n0,
      _AMPw,
      0,
      [_SVo, _CPon],
      [0, 0]
    ];
    var AwsMskClusterClusterInfoClientAuthenticationDetails$ = [
      3,
      n0,
      _AMCCICAD,
      0,
      [_Sa, _Una, _Tl],
      [() => AwsMskClusterClusterInfoClientAuthenticationSaslDetails$, () => AwsMskClusterClusterInfoClientAuthenticationUnauthenticatedDetails$, () => AwsMskClusterClusterInfoClientAuthenticationTlsDetails$]
    ];
    var AwsMskClusterClusterInfoClientAuthenticationSaslDetails$ = [
      3,
      n0,
      _AMCCICASD,
      0,
      [_Ia, _Scr],
      [() => AwsMskClusterClusterInfoClientAuthenticationSaslIamDetails$, () => AwsMskClusterClusterInfoClientAuthenticationSaslScramDetails$]
    ];
    var AwsMskClusterClusterInfoClientAuthenticationSaslIamDetails$ = [
      3,
      n0,
      _AMCCICASID,
      0,
      [_Ena],
      [2]
    ];
    var AwsMskClusterClusterInfoClientAuthenticationSaslScramDetails$ = [
      3,
      n0,
      _AMCCICASSD,
      0,
      [_Ena],
      [2]
    ];
    var AwsMskClusterClusterInfoClientAuthenticationTlsDetails$ = [
      3,
      n0,
      _AMCCICATD,
      0,
      [_CAAL, _Ena],
      [64 | 0, 2]
    ];
    var AwsMskClusterClusterInfoClientAuthenticationUnauthenticatedDetails$ = [
      3,
      n0,
      _AMCCICAUD,
      0,
      [_Ena],
      [2]
    ];
    var AwsMskClusterClusterInfoDetails$ = [
      3,
      n0,
      _AMCCID,
      0,
      [_EInc, _CV, _NOBN, _CNl, _CAli, _EM],
      [() => AwsMskClusterClusterInfoEncryptionInfoDetails$, 0, 1, 0, () => AwsMskClusterClusterInfoClientAuthenticationDetails$, 0]
    ];
    var AwsMskClusterClusterInfoEncryptionInfoDetails$ = [
      3,
      n0,
      _AMCCIEID,
      0,
      [_EITn, _EAR],
      [() => AwsMskClusterClusterInfoEncryptionInfoEncryptionInTransitDetails$, () => AwsMskClusterClusterInfoEncryptionInfoEncryptionAtRestDetails$]
    ];
    var AwsMskClusterClusterInfoEncryptionInfoEncryptionAtRestDetails$ = [
      3,
      n0,
      _AMCCIEIEARD,
      0,
      [_DVKMSKI],
      [0]
    ];
    var AwsMskClusterClusterInfoEncryptionInfoEncryptionInTransitDetails$ = [
      3,
      n0,
      _AMCCIEIEITD,
      0,
      [_ICnl, _CBl],
      [2, 0]
    ];
    var AwsMskClusterDetails$ = [
      3,
      n0,
      _AMCD,
      0,
      [_CIlu],
      [() => AwsMskClusterClusterInfoDetails$]
    ];
    var AwsNetworkFirewallFirewallDetails$ = [
      3,
      n0,
      _ANFFD,
      0,
      [_DP, _D, _FAi, _FIi, _FNi, _FPA, _FPCP, _SCP, _SMu, _VIp],
      [2, 0, 0, 0, 0, 0, 2, 2, () => AwsNetworkFirewallFirewallSubnetMappingsList, 0]
    ];
    var AwsNetworkFirewallFirewallPolicyDetails$ = [
      3,
      n0,
      _ANFFPD,
      0,
      [_FPi, _FPA, _FPI, _FPN, _D],
      [() => FirewallPolicyDetails$, 0, 0, 0, 0]
    ];
    var AwsNetworkFirewallFirewallSubnetMappingsDetails$ = [
      3,
      n0,
      _ANFFSMD,
      0,
      [_SIu],
      [0]
    ];
    var AwsNetworkFirewallRuleGroupDetails$ = [
      3,
      n0,
      _ANFRGD,
      0,
      [_Cap, _D, _RG, _RGA, _RGI, _RGN, _T],
      [1, 0, () => RuleGroupDetails$, 0, 0, 0, 0]
    ];
    var AwsOpenSearchServiceDomainAdvancedSecurityOptionsDetails$ = [
      3,
      n0,
      _AOSSDASOD,
      0,
      [_Ena, _IUDE, _MUO],
      [2, 2, () => AwsOpenSearchServiceDomainMasterUserOptionsDetails$]
    ];
    var AwsOpenSearchServiceDomainClusterConfigDetails$ = [
      3,
      n0,
      _AOSSDCCD,
      0,
      [_ICn, _WE, _WCa, _DMEe, _ZAC, _DMC, _ITn, _WT, _ZAE, _DMT],
      [1, 2, 1, 2, () => AwsOpenSearchServiceDomainClusterConfigZoneAwarenessConfigDetails$, 1, 0, 0, 2, 0]
    ];
    var AwsOpenSearchServiceDomainClusterConfigZoneAwarenessConfigDetails$ = [
      3,
      n0,
      _AOSSDCCZACD,
      0,
      [_AZC],
      [1]
    ];
    var AwsOpenSearchServiceDomainDetails$ = [
      3,
      n0,
      _AOSSDD,
      0,
      [_Ar, _APc, _DNo, _I, _DE, _EV, _EARO, _NTNEO, _SSO, _CCl, _DEO, _VO, _LPO, _DEo, _ASO],
      [0, 0, 0, 0, 0, 0, () => AwsOpenSearchServiceDomainEncryptionAtRestOptionsDetails$, () => AwsOpenSearchServiceDomainNodeToNodeEncryptionOptionsDetails$, () => AwsOpenSearchServiceDomainServiceSoftwareOptionsDetails$, () => AwsOpenSearchServiceDomainClusterConfigDetails$, () => AwsOpenSearchServiceDomainDomainEndpointOptionsDetails$, () => AwsOpenSearchServiceDomainVpcOptionsDetails$, () => AwsOpenSearchServiceDomainLogPublishingOptionsDetails$, 128 | 0, () => AwsOpenSearchServiceDomainAdvancedSecurityOptionsDetails$]
    ];
    var AwsOpenSearchServiceDomainDomainEndpointOptionsDetails$ = [
      3,
      n0,
      _AOSSDDEOD,
      0,
      [_CECA, _CEE, _EHTTPS, _CEu, _TLSSP],
      [0, 2, 2, 0, 0]
    ];
    var AwsOpenSearchServiceDomainEncryptionAtRestOptionsDetails$ = [
      3,
      n0,
      _AOSSDEAROD,
      0,
      [_Ena, _KKI],
      [2, 0]
    ];
    var AwsOpenSearchServiceDomainLogPublishingOption$ = [
      3,
      n0,
      _AOSSDLPO,
      0,
      [_CWLLGA, _Ena],
      [0, 2]
    ];
    var AwsOpenSearchServiceDomainLogPublishingOptionsDetails$ = [
      3,
      n0,
      _AOSSDLPOD,
      0,
      [_ISL, _SSL, _AL],
      [() => AwsOpenSearchServiceDomainLogPublishingOption$, () => AwsOpenSearchServiceDomainLogPublishingOption$, () => AwsOpenSearchServiceDomainLogPublishingOption$]
    ];
    var AwsOpenSearchServiceDomainMasterUserOptionsDetails$ = [
      3,
      n0,
      _AOSSDMUOD,
      0,
      [_MUA, _MUN, _MUP],
      [0, 0, 0]
    ];
    var AwsOpenSearchServiceDomainNodeToNodeEncryptionOptionsDetails$ = [
      3,
      n0,
      _AOSSDNTNEOD,
      0,
      [_Ena],
      [2]
    ];
    var AwsOpenSearchServiceDomainServiceSoftwareOptionsDetails$ = [
      3,
      n0,
      _AOSSDSSOD,
      0,
      [_AUD, _Can, _CV, _D, _NV, _UAp, _US, _OD],
      [0, 2, 0, 0, 0, 2, 0, 2]
    ];
    var AwsOpenSearchServiceDomainVpcOptionsDetails$ = [
      3,
      n0,
      _AOSSDVOD,
      0,
      [_SGI, _SIub],
      [64 | 0, 64 | 0]
    ];
    var AwsOrganizationScope$ = [
      3,
      n0,
      _AOS,
      0,
      [_OIr, _OUI],
      [0, 0]
    ];
    var AwsRdsDbClusterAssociatedRole$ = [
      3,
      n0,
      _ARDCAR,
      0,
      [_RAo, _St],
      [0, 0]
    ];
    var AwsRdsDbClusterDetails$ = [
      3,
      n0,
      _ARDCD,
      0,
      [_ASl, _AZv, _BRP, _DNa, _St, _End, _REe, _CEus, _MAul, _Eng, _EV, _P, _MU, _PBW, _PMW, _RRI, _VSG, _HZI, _SEto, _KKI, _DCRI, _ARs, _CCT, _ECWLE, _EMn, _DPe, _HEE, _ASS, _CTTS, _CAC, _DMo, _DCPG, _DSG, _DCOGM, _DCI, _DCM, _IDAE, _AMVU],
      [1, 64 | 0, 1, 0, 0, 0, 0, 64 | 0, 2, 0, 0, 1, 0, 0, 0, 64 | 0, () => AwsRdsDbInstanceVpcSecurityGroups, 0, 2, 0, 0, () => AwsRdsDbClusterAssociatedRoles, 0, 64 | 0, 0, 2, 2, 0, 2, 2, () => AwsRdsDbDomainMemberships, 0, 0, () => AwsRdsDbClusterOptionGroupMemberships, 0, () => AwsRdsDbClusterMembers, 2, 2]
    ];
    var AwsRdsDbClusterMember$ = [
      3,
      n0,
      _ARDCM,
      0,
      [_ICW, _PTrom, _DII, _DCPGS],
      [2, 1, 0, 0]
    ];
    var AwsRdsDbClusterOptionGroupMembership$ = [
      3,
      n0,
      _ARDCOGM,
      0,
      [_DCOGN, _St],
      [0, 0]
    ];
    var AwsRdsDbClusterSnapshotDbClusterSnapshotAttribute$ = [
      3,
      n0,
      _ARDCSDCSA,
      0,
      [_ANt, _AVt],
      [0, 64 | 0]
    ];
    var AwsRdsDbClusterSnapshotDetails$ = [
      3,
      n0,
      _ARDCSD,
      0,
      [_AZv, _SCT, _Eng, _ASl, _St, _P, _VIp, _CCT, _MU, _EV, _LMi, _STn, _PP, _SEto, _KKI, _DCI, _DCSI, _IDAE, _DCSA],
      [64 | 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 1, 2, 0, 0, 0, 2, () => AwsRdsDbClusterSnapshotDbClusterSnapshotAttributes]
    ];
    var AwsRdsDbDomainMembership$ = [
      3,
      n0,
      _ARDDM,
      0,
      [_Do, _St, _Fq, _IRN],
      [0, 0, 0, 0]
    ];
    var AwsRdsDbInstanceAssociatedRole$ = [
      3,
      n0,
      _ARDIAR,
      0,
      [_RAo, _FNe, _St],
      [0, 0, 0]
    ];
    var AwsRdsDbInstanceDetails$ = [
      3,
      n0,
      _ARDID,
      0,
      [_ARs, _CACI, _DBCI, _DBII, _DBIC, _DIP, _DRI, _DBN, _DPe, _End, _Eng, _EV, _IAMDAE, _ICT, _KKI, _PAu, _SEto, _TCA, _VSG, _MAul, _EMRA, _DIS, _MU, _ASl, _PBW, _BRP, _DSGb, _DPG, _AZ, _DSG, _PMW, _PMV, _LRTa, _AMVU, _RRSDBII, _RRDBII, _RRDBCI, _LMi, _Io, _OGM, _CSN, _SAZ, _SItat, _ST, _DMo, _CTTS, _MIo, _MRA, _PTrom, _Time, _PIE, _PIKKI, _PIRP, _ECWLE, _PF, _LE, _MAS],
      [() => AwsRdsDbInstanceAssociatedRoles, 0, 0, 0, 0, 1, 0, 0, 2, () => AwsRdsDbInstanceEndpoint$, 0, 0, 2, 0, 0, 2, 2, 0, () => AwsRdsDbInstanceVpcSecurityGroups, 2, 0, 0, 0, 1, 0, 1, 64 | 0, () => AwsRdsDbParameterGroups, 0, () => AwsRdsDbSubnetGroup$, 0, () => AwsRdsDbPendingModifiedValues$, 0, 2, 0, 64 | 0, 64 | 0, 0, 1, () => AwsRdsDbOptionGroupMemberships, 0, 0, () => AwsRdsDbStatusInfos, 0, () => AwsRdsDbDomainMemberships, 2, 1, 0, 1, 0, 2, 0, 1, 64 | 0, () => AwsRdsDbProcessorFeatures, () => AwsRdsDbInstanceEndpoint$, 1]
    ];
    var AwsRdsDbInstanceEndpoint$ = [
      3,
      n0,
      _ARDIE,
      0,
      [_Addr, _P, _HZI],
      [0, 1, 0]
    ];
    var AwsRdsDbInstanceVpcSecurityGroup$ = [
      3,
      n0,
      _ARDIVSG,
      0,
      [_VSGI, _St],
      [0, 0]
    ];
    var AwsRdsDbOptionGroupMembership$ = [
      3,
      n0,
      _ARDOGM,
      0,
      [_OGN, _St],
      [0, 0]
    ];
    var AwsRdsDbParameterGroup$ = [
      3,
      n0,
      _ARDPG,
      0,
      [_DPGN, _PAS],
      [0, 0]
    ];
    var AwsRdsDbPendingModifiedValues$ = [
      3,
      n0,
      _ARDPMV,
      0,
      [_DIC, _ASl, _MUP, _P, _BRP, _MAZ, _EV, _LMi, _Io, _DII, _ST, _CCIa, _DSGN, _PCWLE, _PF],
      [0, 1, 0, 1, 1, 2, 0, 0, 1, 0, 0, 0, 0, () => AwsRdsPendingCloudWatchLogsExports$, () => AwsRdsDbProcessorFeatures]
    ];
    var AwsRdsDbProcessorFeature$ = [
      3,
      n0,
      _ARDPF,
      0,
      [_N, _Val],
      [0, 0]
    ];
    var AwsRdsDbSecurityGroupDetails$ = [
      3,
      n0,
      _ARDSGD,
      0,
      [_DSGA, _DSGD, _DSGNb, _ESG, _IRp, _OIw, _VIp],
      [0, 0, 0, () => AwsRdsDbSecurityGroupEc2SecurityGroups, () => AwsRdsDbSecurityGroupIpRanges, 0, 0]
    ];
    var AwsRdsDbSecurityGroupEc2SecurityGroup$ = [
      3,
      n0,
      _ARDSGESG,
      0,
      [_ESGI, _ESGN, _ESGOI, _St],
      [0, 0, 0, 0]
    ];
    var AwsRdsDbSecurityGroupIpRange$ = [
      3,
      n0,
      _ARDSGIR,
      0,
      [_CIi, _St],
      [0, 0]
    ];
    var AwsRdsDbSnapshotDetails$ = [
      3,
      n0,
      _ARDSD,
      0,
      [_DSI, _DII, _SCT, _Eng, _ASl, _St, _P, _AZ, _VIp, _ICT, _MU, _EV, _LMi, _STn, _Io, _OGN, _PP, _SRo, _SDSI, _ST, _TCA, _En, _KKI, _Time, _IDAE, _PF, _DRI],
      [0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 2, 0, 0, 2, () => AwsRdsDbProcessorFeatures, 0]
    ];
    var AwsRdsDbStatusInfo$ = [
      3,
      n0,
      _ARDSI,
      0,
      [_STta, _Nor, _St, _M],
      [0, 2, 0, 0]
    ];
    var AwsRdsDbSubnetGroup$ = [
      3,
      n0,
      _ARDSG,
      0,
      [_DSGN, _DSGDb, _VIp, _SGSu, _Sub, _DSGAb],
      [0, 0, 0, 0, () => AwsRdsDbSubnetGroupSubnets, 0]
    ];
    var AwsRdsDbSubnetGroupSubnet$ = [
      3,
      n0,
      _ARDSGS,
      0,
      [_SIubn, _SAZu, _SSu],
      [0, () => AwsRdsDbSubnetGroupSubnetAvailabilityZone$, 0]
    ];
    var AwsRdsDbSubnetGroupSubnetAvailabilityZone$ = [
      3,
      n0,
      _ARDSGSAZ,
      0,
      [_N],
      [0]
    ];
    var AwsRdsEventSubscriptionDetails$ = [
      3,
      n0,
      _ARESD,
      0,
      [_CSI, _CAI, _Ena, _ECL, _ESA, _STA, _SIL, _STo, _St, _SCTu],
      [0, 0, 2, 64 | 0, 0, 0, 64 | 0, 0, 0, 0]
    ];
    var AwsRdsPendingCloudWatchLogsExports$ = [
      3,
      n0,
      _ARPCWLE,
      0,
      [_LTTE, _LTTD],
      [64 | 0, 64 | 0]
    ];
    var AwsRedshiftClusterClusterNode$ = [
      3,
      n0,
      _ARCCN,
      0,
      [_NR, _PIA, _PIAu],
      [0, 0, 0]
    ];
    var AwsRedshiftClusterClusterParameterGroup$ = [
      3,
      n0,
      _ARCCPG,
      0,
      [_CPSL, _PAS, _PGN],
      [() => AwsRedshiftClusterClusterParameterStatusList, 0, 0]
    ];
    var AwsRedshiftClusterClusterParameterStatus$ = [
      3,
      n0,
      _ARCCPS,
      0,
      [_PNar, _PAS, _PAED],
      [0, 0, 0]
    ];
    var AwsRedshiftClusterClusterSecurityGroup$ = [
      3,
      n0,
      _ARCCSG,
      0,
      [_CSGN, _St],
      [0, 0]
    ];
    var AwsRedshiftClusterClusterSnapshotCopyStatus$ = [
      3,
      n0,
      _ARCCSCS,
      0,
      [_DRe, _MSRP, _RPet, _SCGN],
      [0, 1, 1, 0]
    ];
    var AwsRedshiftClusterDeferredMaintenanceWindow$ = [
      3,
      n0,
      _ARCDMW,
      0,
      [_DMET, _DMI, _DMST],
      [0, 0, 0]
    ];
    var AwsRedshiftClusterDetails$ = [
      3,
      n0,
      _ARCD,
      0,
      [_AVU, _ASRP, _AZ, _CAS, _CCT, _CIlus, _CNlu, _CPG, _CPK, _CRN, _CSG, _CSCS, _CSlu, _CSGNl, _CVl, _DBN, _DMW, _EIS, _ERNONO, _En, _End, _EVR, _ENSST, _ENSSTS, _HS, _IRa, _KKI, _MTN, _MSRP, _MU, _NMWST, _NTo, _NON, _PAe, _PMV, _PMW, _PAu, _RIes, _RSest, _SSI, _SSS, _VIp, _VSG, _LSog],
      [2, 1, 0, 0, 0, 0, () => AwsRedshiftClusterClusterNodes, () => AwsRedshiftClusterClusterParameterGroups, 0, 0, () => AwsRedshiftClusterClusterSecurityGroups, () => AwsRedshiftClusterClusterSnapshotCopyStatus$, 0, 0, 0, 0, () => AwsRedshiftClusterDeferredMaintenanceWindows, () => AwsRedshiftClusterElasticIpStatus$, 0, 2, () => AwsRedshiftClusterEndpoint$, 2, 0, 0, () => AwsRedshiftClusterHsmStatus$, () => AwsRedshiftClusterIamRoles, 0, 0, 1, 0, 0, 0, 1, 64 | 0, () => AwsRedshiftClusterPendingModifiedValues$, 0, 2, () => AwsRedshiftClusterResizeInfo$, () => AwsRedshiftClusterRestoreStatus$, 0, 0, 0, () => AwsRedshiftClusterVpcSecurityGroups, () => AwsRedshiftClusterLoggingStatus$]
    ];
    var AwsRedshiftClusterElasticIpStatus$ = [
      3,
      n0,
      _ARCEIS,
      0,
      [_EIl, _St],
      [0, 0]
    ];
    var AwsRedshiftClusterEndpoint$ = [
      3,
      n0,
      _ARCE,
      0,
      [_Addr, _P],
      [0, 1]
    ];
    var AwsRedshiftClusterHsmStatus$ = [
      3,
      n0,
      _ARCHS,
      0,
      [_HCCI, _HCI, _St],
      [0, 0, 0]
    ];
    var AwsRedshiftClusterIamRole$ = [
      3,
      n0,
      _ARCIR,
      0,
      [_ASp, _IRA],
      [0, 0]
    ];
    var AwsRedshiftClusterLoggingStatus$ = [
      3,
      n0,
      _ARCLS,
      0,
      [_BNu, _LFM, _LFT, _LSDT, _LEo, _SKP],
      [0, 0, 0, 0, 2, 0]
    ];
    var AwsRedshiftClusterPendingModifiedValues$ = [
      3,
      n0,
      _ARCPMV,
      0,
      [_ASRP, _CIlus, _CTlu, _CVl, _ETnc, _EVR, _MTN, _MUP, _NTo, _NON, _PAu],
      [1, 0, 0, 0, 0, 2, 0, 0, 0, 1, 2]
    ];
    var AwsRedshiftClusterResizeInfo$ = [
      3,
      n0,
      _ARCRI,
      0,
      [_ACR, _RTes],
      [2, 0]
    ];
    var AwsRedshiftClusterRestoreStatus$ = [
      3,
      n0,
      _ARCRS,
      0,
      [_CRRIMBPS, _ETIS, _ETTCIS, _PIMB, _SSIMB, _St],
      [1, 1, 1, 1, 1, 0]
    ];
    var AwsRedshiftClusterVpcSecurityGroup$ = [
      3,
      n0,
      _ARCVSG,
      0,
      [_St, _VSGI],
      [0, 0]
    ];
    var AwsRoute53HostedZoneConfigDetails$ = [
      3,
      n0,
      _ARHZCD,
      0,
      [_Com],
      [0]
    ];
    var AwsRoute53HostedZoneDetails$ = [
      3,
      n0,
      _ARHZD,
      0,
      [_HZ, _Vp, _NS, _QLC],
      [() => AwsRoute53HostedZoneObjectDetails$, () => AwsRoute53HostedZoneVpcsList, 64 | 0, () => AwsRoute53QueryLoggingConfigDetails$]
    ];
    var AwsRoute53HostedZoneObjectDetails$ = [
      3,
      n0,
      _ARHZOD,
      0,
      [_I, _N, _Config],
      [0, 0, () => AwsRoute53HostedZoneConfigDetails$]
    ];
    var AwsRoute53HostedZoneVpcDetails$ = [
      3,
      n0,
      _ARHZVD,
      0,
      [_I, _Reg],
      [0, 0]
    ];
    var AwsRoute53QueryLoggingConfigDetails$ = [
      3,
      n0,
      _ARQLCD,
      0,
      [_CWLLGA],
      [() => CloudWatchLogsLogGroupArnConfigDetails$]
    ];
    var AwsS3AccessPointDetails$ = [
      3,
      n0,
      _ASAPD,
      0,
      [_APA, _Al, _B, _BAI, _N, _NO, _PABC, _VCpc],
      [0, 0, 0, 0, 0, 0, () => AwsS3AccountPublicAccessBlockDetails$, () => AwsS3AccessPointVpcConfigurationDetails$]
    ];
    var AwsS3AccessPointVpcConfigurationDetails$ = [
      3,
      n0,
      _ASAPVCD,
      0,
      [_VIp],
      [0]
    ];
    var AwsS3AccountPublicAccessBlockDetails$ = [
      3,
      n0,
      _ASAPABD,
      0,
      [_BPAl, _BPP, _IPAg, _RPB],
      [2, 2, 2, 2]
    ];
    var AwsS3BucketBucketLifecycleConfigurationDetails$ = [
      3,
      n0,
      _ASBBLCD,
      0,
      [_Rul],
      [() => AwsS3BucketBucketLifecycleConfigurationRulesList]
    ];
    var AwsS3BucketBucketLifecycleConfigurationRulesAbortIncompleteMultipartUploadDetails$ = [
      3,
      n0,
      _ASBBLCRAIMUD,
      0,
      [_DAI],
      [1]
    ];
    var AwsS3BucketBucketLifecycleConfigurationRulesDetails$ = [
      3,
      n0,
      _ASBBLCRD,
      0,
      [_AIMU, _EDx, _EID, _EODM, _Fil, _ID_, _NVEID, _NVT, _Pr, _St, _Tr],
      [() => AwsS3BucketBucketLifecycleConfigurationRulesAbortIncompleteMultipartUploadDetails$, 0, 1, 2, () => AwsS3BucketBucketLifecycleConfigurationRulesFilterDetails$, 0, 1, () => AwsS3BucketBucketLifecycleConfigurationRulesNoncurrentVersionTransitionsList, 0, 0, () => AwsS3BucketBucketLifecycleConfigurationRulesTransitionsList]
    ];
    var AwsS3BucketBucketLifecycleConfigurationRulesFilterDetails$ = [
      3,
      n0,
      _ASBBLCRFD,
      0,
      [_Pre],
      [() => AwsS3BucketBucketLifecycleConfigurationRulesFilterPredicateDetails$]
    ];
    var AwsS3BucketBucketLifecycleConfigurationRulesFilterPredicateDetails$ = [
      3,
      n0,
      _ASBBLCRFPD,
      0,
      [_Ope, _Pr, _Tag, _T],
      [() => AwsS3BucketBucketLifecycleConfigurationRulesFilterPredicateOperandsList, 0, () => AwsS3BucketBucketLifecycleConfigurationRulesFilterPredicateTagDetails$, 0]
    ];
    var AwsS3BucketBucketLifecycleConfigurationRulesFilterPredicateOperandsDetails$ = [
      3,
      n0,
      _ASBBLCRFPOD,
      0,
      [_Pr, _Tag, _T],
      [0, () => AwsS3BucketBucketLifecycleConfigurationRulesFilterPredicateOperandsTagDetails$, 0]
    ];
    var AwsS3BucketBucketLifecycleConfigurationRulesFilterPredicateOperandsTagDetails$ = [
      3,
      n0,
      _ASBBLCRFPOTD,
      0,
      [_K, _Val],
      [0, 0]
    ];
    var AwsS3BucketBucketLifecycleConfigurationRulesFilterPredicateTagDetails$ = [
      3,
      n0,
      _ASBBLCRFPTD,
      0,
      [_K, _Val],
      [0, 0]
    ];
    var AwsS3BucketBucketLifecycleConfigurationRulesNoncurrentVersionTransitionsDetails$ = [
      3,
      n0,
      _ASBBLCRNVTD,
      0,
      [_Da, _SC],
      [1, 0]
    ];
    var AwsS3BucketBucketLifecycleConfigurationRulesTransitionsDetails$ = [
      3,
      n0,
      _ASBBLCRTD,
      0,
      [_Dat, _Da, _SC],
      [0, 1, 0]
    ];
    var AwsS3BucketBucketVersioningConfiguration$ = [
      3,
      n0,
      _ASBBVC,
      0,
      [_IMDE, _St],
      [2, 0]
    ];
    var AwsS3BucketDetails$ = [
      3,
      n0,
      _ASBD,
      0,
      [_OIw, _ONw, _OAIw, _CA, _SSEC, _BLC, _PABC, _ACL, _BLCu, _BWC, _BNC, _BVC, _OLC, _N],
      [0, 0, 0, 0, () => AwsS3BucketServerSideEncryptionConfiguration$, () => AwsS3BucketBucketLifecycleConfigurationDetails$, () => AwsS3AccountPublicAccessBlockDetails$, 0, () => AwsS3BucketLoggingConfiguration$, () => AwsS3BucketWebsiteConfiguration$, () => AwsS3BucketNotificationConfiguration$, () => AwsS3BucketBucketVersioningConfiguration$, () => AwsS3BucketObjectLockConfiguration$, 0]
    ];
    var AwsS3BucketLoggingConfiguration$ = [
      3,
      n0,
      _ASBLC,
      0,
      [_DBNe, _LFP],
      [0, 0]
    ];
    var AwsS3BucketNotificationConfiguration$ = [
      3,
      n0,
      _ASBNC,
      0,
      [_Configu],
      [() => AwsS3BucketNotificationConfigurationDetails]
    ];
    var AwsS3BucketNotificationConfigurationDetail$ = [
      3,
      n0,
      _ASBNCD,
      0,
      [_Ev, _Fil, _Des, _T],
      [64 | 0, () => AwsS3BucketNotificationConfigurationFilter$, 0, 0]
    ];
    var AwsS3BucketNotificationConfigurationFilter$ = [
      3,
      n0,
      _ASBNCF,
      0,
      [_SKF],
      [() => AwsS3BucketNotificationConfigurationS3KeyFilter$]
    ];
    var AwsS3BucketNotificationConfigurationS3KeyFilter$ = [
      3,
      n0,
      _ASBNCSKF,
      0,
      [_FRi],
      [() => AwsS3BucketNotificationConfigurationS3KeyFilterRules]
    ];
    var AwsS3BucketNotificationConfigurationS3KeyFilterRule$ = [
      3,
      n0,
      _ASBNCSKFR,
      0,
      [_N, _Val],
      [0, 0]
    ];
    var AwsS3BucketObjectLockConfiguration$ = [
      3,
      n0,
      _ASBOLC,
      0,
      [_OLE, _Rule],
      [0, () => AwsS3BucketObjectLockConfigurationRuleDetails$]
    ];
    var AwsS3BucketObjectLockConfigurationRuleDefaultRetentionDetails$ = [
      3,
      n0,
      _ASBOLCRDRD,
      0,
      [_Da, _Mod, _Y],
      [1, 0, 1]
    ];
    var AwsS3BucketObjectLockConfigurationRuleDetails$ = [
      3,
      n0,
      _ASBOLCRD,
      0,
      [_DRef],
      [() => AwsS3BucketObjectLockConfigurationRuleDefaultRetentionDetails$]
    ];
    var AwsS3BucketServerSideEncryptionByDefault$ = [
      3,
      n0,
      _ASBSSEBD,
      0,
      [_SSEA, _KMSMKID],
      [0, 0]
    ];
    var AwsS3BucketServerSideEncryptionConfiguration$ = [
      3,
      n0,
      _ASBSSEC,
      0,
      [_Rul],
      [() => AwsS3BucketServerSideEncryptionRules]
    ];
    var AwsS3BucketServerSideEncryptionRule$ = [
      3,
      n0,
      _ASBSSER,
      0,
      [_ASSEBD],
      [() => AwsS3BucketServerSideEncryptionByDefault$]
    ];
    var AwsS3BucketWebsiteConfiguration$ = [
      3,
      n0,
      _ASBWC,
      0,
      [_EDr, _IDS, _RART, _RRo],
      [0, 0, () => AwsS3BucketWebsiteConfigurationRedirectTo$, () => AwsS3BucketWebsiteConfigurationRoutingRules]
    ];
    var AwsS3BucketWebsiteConfigurationRedirectTo$ = [
      3,
      n0,
      _ASBWCRT,
      0,
      [_Ho, _Prot],
      [0, 0]
    ];
    var AwsS3BucketWebsiteConfigurationRoutingRule$ = [
      3,
      n0,
      _ASBWCRR,
      0,
      [_Cond, _Red],
      [() => AwsS3BucketWebsiteConfigurationRoutingRuleCondition$, () => AwsS3BucketWebsiteConfigurationRoutingRuleRedirect$]
    ];
    var AwsS3BucketWebsiteConfigurationRoutingRuleCondition$ = [
      3,
      n0,
      _ASBWCRRC,
      0,
      [_HECRE, _KPE],
      [0, 0]
    ];
    var AwsS3BucketWebsiteConfigurationRoutingRuleRedirect$ = [
      3,
      n0,
      _ASBWCRRR,
      0,
      [_Ho, _HRC, _Prot, _RKPW, _RKW],
      [0, 0, 0, 0, 0]
    ];
    var AwsS3ObjectDetails$ = [
      3,
      n0,
      _ASOD,
      0,
      [_LM, _ETa, _VI, _CTo, _SSE, _SSEKMSKI],
      [0, 0, 0, 0, 0, 0]
    ];
    var AwsSageMakerNotebookInstanceDetails$ = [
      3,
      n0,
      _ASMNID,
      0,
      [_ATcc, _ACRd, _DCR, _DIA, _FR, _IMSC, _ITn, _KKI, _NII, _NIA, _NILCN, _NIN, _NISo, _PIl, _RAo, _RAoo, _SG, _SIu, _Ur, _VSIGB],
      [64 | 0, 64 | 0, 0, 0, 0, () => AwsSageMakerNotebookInstanceMetadataServiceConfigurationDetails$, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 64 | 0, 0, 0, 1]
    ];
    var AwsSageMakerNotebookInstanceMetadataServiceConfigurationDetails$ = [
      3,
      n0,
      _ASMNIMSCD,
      0,
      [_MIMSV],
      [0]
    ];
    var AwsSecretsManagerSecretDetails$ = [
      3,
      n0,
      _ASMSD,
      0,
      [_RRot, _ROWF, _KKI, _REo, _RLA, _Del, _N, _D],
      [() => AwsSecretsManagerSecretRotationRules$, 2, 0, 2, 0, 2, 0, 0]
    ];
    var AwsSecretsManagerSecretRotationRules$ = [
      3,
      n0,
      _ASMSRR,
      0,
      [_AAD],
      [1]
    ];
    var AwsSecurityFinding$ = [
      3,
      n0,
      _ASF,
      0,
      [_SVc, _I, _PA, _GIe, _AAI, _CA, _UA, _Ti, _D, _Res, _PNr, _CN, _Reg, _Ty, _FOA, _LOA, _Se, _Con, _Cri, _Rem, _SU, _PFr, _UDF, _Mal, _Ne, _NP, _Proc, _Thre, _TII, _Comp, _VS, _WSo, _W, _RSe, _RF, _No, _Vu, _PSa, _A, _FPFi, _Sam, _GD, _PAr, _AAN, _Det],
      [0, 0, 0, 0, 0, 0, 0, 0, 0, () => ResourceList, 0, 0, 0, 64 | 0, 0, 0, () => Severity$, 1, 1, () => Remediation$, 0, 128 | 0, 128 | 0, () => MalwareList, () => Network$, () => NetworkPathList, () => ProcessDetails$, () => ThreatList, () => ThreatIntelIndicatorList, () => Compliance$, 0, 0, () => Workflow$, 0, () => RelatedFindingList, () => Note$, () => VulnerabilityList, () => PatchSummary$, () => Action$, () => FindingProviderFields$, 2, () => GeneratorDetails$, 0, 0, () => Detection$],
      10
    ];
    var AwsSecurityFindingFilters$ = [
      3,
      n0,
      _ASFF,
      0,
      [_PA, _AAI, _I, _GIe, _Reg, _T, _FOA, _LOA, _CA, _UA, _SPe, _SNev, _SL, _Con, _Cri, _Ti, _D, _RTec, _SU, _PFr, _PNr, _CN, _UDF, _MNa, _MTal, _MPalw, _MSal, _NDe, _NPe, _NSIV, _NSIVe, _NSP, _NSD, _NSM, _NDIV, _NDIVe, _NDP, _NDD, _PNro, _PPr, _PPro, _PPP, _PLA, _PTA, _TIIT, _TIIV, _TIIC, _TIILOA, _TIIS, _TIISU, _RT, _RI, _RP, _RR, _RTe, _RAEIT, _RAEIII, _RAEIIVA, _RAEIIVAe, _RAEIKN, _RAEIIIPA, _RAEIVI, _RAEISI, _RAEILA, _RASBOI, _RASBON, _RAIAKUN, _RAIAKPN, _RAIAKS, _RAIAKCA, _RAIUUN, _RCN, _RCII, _RCIN, _RCLA, _RDO, _CS, _VS, _WSo, _WS, _RSe, _RFPA, _RFI, _NT, _NUA, _NUB, _Ke, _FPFC, _FPFCi, _FPFRFI, _FPFRFPA, _FPFSL, _FPFSO, _FPFT, _Sam, _CSCI, _CASI, _VEA, _VFA, _CSCPN, _CSCPV, _AAN, _RAN, _RAA, _ROAI, _ROOI, _RPe],
      [() => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => DateFilterList, () => DateFilterList, () => DateFilterList, () => DateFilterList, () => NumberFilterList, () => NumberFilterList, () => StringFilterList, () => NumberFilterList, () => NumberFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => MapFilterList, () => StringFilterList, () => StringFilterList, () => MapFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => IpFilterList, () => IpFilterList, () => NumberFilterList, () => StringFilterList, () => StringFilterList, () => IpFilterList, () => IpFilterList, () => NumberFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => NumberFilterList, () => NumberFilterList, () => DateFilterList, () => DateFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => DateFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => MapFilterList, () => StringFilterList, () => StringFilterList, () => IpFilterList, () => IpFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => DateFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => DateFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => DateFilterList, () => MapFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => DateFilterList, () => StringFilterList, () => KeywordFilterList, () => NumberFilterList, () => NumberFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => BooleanFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList, () => StringFilterList]
    ];
    var AwsSecurityFindingIdentifier$ = [
      3,
      n0,
      _ASFI,
      0,
      [_I, _PA],
      [0, 0],
      2
    ];
    var AwsSnsTopicDetails$ = [
      3,
      n0,
      _ASTD,
      0,
      [_KMKI, _Subs, _TNo, _Ow, _SSFRA, _SFFRA, _ASFRA, _FSFRA, _FFFRA, _HSFRA, _HFFRA],
      [0, () => AwsSnsTopicSubscriptionList, 0, 0, 0, 0, 0, 0, 0, 0, 0]
    ];
    var AwsSnsTopicSubscription$ = [
      3,
      n0,
      _ASTS,
      0,
      [_End, _Prot],
      [0, 0]
    ];
    var AwsSqsQueueDetails$ = [
      3,
      n0,
      _ASQD,
      0,
      [_KDKRPS, _KMKI, _QN, _DLTA],
      [1, 0, 0, 0]
    ];
    var AwsSsmComplianceSummary$ = [
      3,
      n0,
      _ASCS,
      0,
      [_St, _CCC, _CHC, _CMC, _ETxe, _NCCC, _CIC, _NCIC, _CUC, _NCLC, _NCHC, _CLC, _CTom, _PBI, _OSv, _NCMC, _NCUC, _PG],
      [0, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 1, 0]
    ];
    var AwsSsmPatch$ = [
      3,
      n0,
      _ASP,
      0,
      [_CSom],
      [() => AwsSsmComplianceSummary$]
    ];
    var AwsSsmPatchComplianceDetails$ = [
      3,
      n0,
      _ASPCD,
      0,
      [_Patc],
      [() => AwsSsmPatch$]
    ];
    var AwsStepFunctionStateMachineDetails$ = [
      3,
      n0,
      _ASFSMD,
      0,
      [_Lab, _LCogg, _N, _RAo, _SMA, _St, _TCr, _T],
      [0, () => AwsStepFunctionStateMachineLoggingConfigurationDetails$, 0, 0, 0, 0, () => AwsStepFunctionStateMachineTracingConfigurationDetails$, 0]
    ];
    var AwsStepFunctionStateMachineLoggingConfigurationDestinationsCloudWatchLogsLogGroupDetails$ = [
      3,
      n0,
      _ASFSMLCDCWLLGD,
      0,
      [_LGA],
      [0]
    ];
    var AwsStepFunctionStateMachineLoggingConfigurationDestinationsDetails$ = [
      3,
      n0,
      _ASFSMLCDD,
      0,
      [_CWLLG],
      [() => AwsStepFunctionStateMachineLoggingConfigurationDestinationsCloudWatchLogsLogGroupDetails$]
    ];
    var AwsStepFunctionStateMachineLoggingConfigurationDetails$ = [
      3,
      n0,
      _ASFSMLCD,
      0,
      [_Dest, _IED, _Le],
      [() => AwsStepFunctionStateMachineLoggingConfigurationDestinationsList, 2, 0]
    ];
    var AwsStepFunctionStateMachineTracingConfigurationDetails$ = [
      3,
      n0,
      _ASFSMTCD,
      0,
      [_Ena],
      [2]
    ];
    var AwsWafRateBasedRuleDetails$ = [
      3,
      n0,
      _AWRBRD,
      0,
      [_MN, _N, _RK, _RL, _RIu, _MPat],
      [0, 0, 0, 1, 0, () => AwsWafRateBasedRuleMatchPredicateList]
    ];
    var AwsWafRateBasedRuleMatchPredicate$ = [
      3,
      n0,
      _AWRBRMP,
      0,
      [_DIa, _Neg, _T],
      [0, 2, 0]
    ];
    var AwsWafRegionalRateBasedRuleDetails$ = [
      3,
      n0,
      _AWRRBRD,
      0,
      [_MN, _N, _RK, _RL, _RIu, _MPat],
      [0, 0, 0, 1, 0, () => AwsWafRegionalRateBasedRuleMatchPredicateList]
    ];
    var AwsWafRegionalRateBasedRuleMatchPredicate$ = [
      3,
      n0,
      _AWRRBRMP,
      0,
      [_DIa, _Neg, _T],
      [0, 2, 0]
    ];
    var AwsWafRegionalRuleDetails$ = [
      3,
      n0,
      _AWRRD,
      0,
      [_MN, _N, _PL, _RIu],
      [0, 0, () => AwsWafRegionalRulePredicateList, 0]
    ];
    var AwsWafRegionalRuleGroupDetails$ = [
      3,
      n0,
      _AWRRGD,
      0,
      [_MN, _N, _RGI, _Rul],
      [0, 0, 0, () => AwsWafRegionalRuleGroupRulesList]
    ];
    var AwsWafRegionalRuleGroupRulesActionDetails$ = [
      3,
      n0,
      _AWRRGRAD,
      0,
      [_T],
      [0]
    ];
    var AwsWafRegionalRuleGroupRulesDetails$ = [
      3,
      n0,
      _AWRRGRD,
      0,
      [_A, _Prio, _RIu, _T],
      [() => AwsWafRegionalRuleGroupRulesActionDetails$, 1, 0, 0]
    ];
    var AwsWafRegionalRulePredicateListDetails$ = [
      3,
      n0,
      _AWRRPLD,
      0,
      [_DIa, _Neg, _T],
      [0, 2, 0]
    ];
    var AwsWafRegionalWebAclDetails$ = [
      3,
      n0,
      _AWRWAD,
      0,
      [_DAe, _MN, _N, _RLu, _WAI],
      [0, 0, 0, () => AwsWafRegionalWebAclRulesList, 0]
    ];
    var AwsWafRegionalWebAclRulesListActionDetails$ = [
      3,
      n0,
      _AWRWARLAD,
      0,
      [_T],
      [0]
    ];
    var AwsWafRegionalWebAclRulesListDetails$ = [
      3,
      n0,
      _AWRWARLD,
      0,
      [_A, _OAv, _Prio, _RIu, _T],
      [() => AwsWafRegionalWebAclRulesListActionDetails$, () => AwsWafRegionalWebAclRulesListOverrideActionDetails$, 1, 0, 0]
    ];
    var AwsWafRegionalWebAclRulesListOverrideActionDetails$ = [
      3,
      n0,
      _AWRWARLOAD,
      0,
      [_T],
      [0]
    ];
    var AwsWafRuleDetails$ = [
      3,
      n0,
      _AWRD,
      0,
      [_MN, _N, _PL, _RIu],
      [0, 0, () => AwsWafRulePredicateList, 0]
    ];
    var AwsWafRuleGroupDetails$ = [
      3,
      n0,
      _AWRGD,
      0,
      [_MN, _N, _RGI, _Rul],
      [0, 0, 0, () => AwsWafRuleGroupRulesList]
    ];
    var AwsWafRuleGroupRulesActionDetails$ = [
      3,
      n0,
      _AWRGRAD,
      0,
      [_T],
      [0]
    ];
    var AwsWafRuleGroupRulesDetails$ = [
      3,
      n0,
      _AWRGRD,
      0,
      [_A, _Prio, _RIu, _T],
      [() => AwsWafRuleGroupRulesActionDetails$, 1, 0, 0]
    ];
    var AwsWafRulePredicateListDetails$ = [
      3,
      n0,
      _AWRPLD,
      0,
      [_DIa, _Neg, _T],
      [0, 2, 0]
    ];
    var AwsWafv2ActionAllowDetails$ = [
      3,
      n0,
      _AWAAD,
      0,
      [_CRH],
      [() => AwsWafv2CustomRequestHandlingDetails$]
    ];
    var AwsWafv2ActionBlockDetails$ = [
      3,
      n0,
      _AWABD,
      0,
      [_CRu],
      [() => AwsWafv2CustomResponseDetails$]
    ];
    var AwsWafv2CustomHttpHeader$ = [
      3,
      n0,
      _AWCHH,
      0,
      [_N, _Val],
      [0, 0]
    ];
    var AwsWafv2CustomRequestHandlingDetails$ = [
      3,
      n0,
      _AWCRHD,
      0,
      [_IH],
      [() => AwsWafv2InsertHeadersList]
    ];
    var AwsWafv2CustomResponseDetails$ = [
      3,
      n0,
      _AWCRD,
      0,
      [_CRBK, _RCes, _RH],
      [0, 1, () => AwsWafv2InsertHeadersList]
    ];
    var AwsWafv2RuleGroupDetails$ = [
      3,
      n0,
      _AWRGDw,
      0,
      [_Cap, _D, _I, _N, _Ar, _Rul, _Sc, _VCi],
      [1, 0, 0, 0, 0, () => AwsWafv2RulesList, 0, () => AwsWafv2VisibilityConfigDetails$]
    ];
    var AwsWafv2RulesActionCaptchaDetails$ = [
      3,
      n0,
      _AWRACD,
      0,
      [_CRH],
      [() => AwsWafv2CustomRequestHandlingDetails$]
    ];
    var AwsWafv2RulesActionCountDetails$ = [
      3,
      n0,
      _AWRACDw,
      0,
      [_CRH],
      [() => AwsWafv2CustomRequestHandlingDetails$]
    ];
    var AwsWafv2RulesActionDetails$ = [
      3,
      n0,
      _AWRAD,
      0,
      [_All, _Bl, _Capt, _Cou],
      [() => AwsWafv2ActionAllowDetails$, () => AwsWafv2ActionBlockDetails$, () => AwsWafv2RulesActionCaptchaDetails$, () => AwsWafv2RulesActionCountDetails$]
    ];
    var AwsWafv2RulesDetails$ = [
      3,
      n0,
      _AWRDw,
      0,
      [_A, _N, _OAv, _Prio, _VCi],
      [() => AwsWafv2RulesActionDetails$, 0, 0, 1, () => AwsWafv2VisibilityConfigDetails$]
    ];
    var AwsWafv2VisibilityConfigDetails$ = [
      3,
      n0,
      _AWVCD,
      0,
      [_CWME, _MN, _SRE],
      [2, 0, 2]
    ];
    var AwsWafv2WebAclActionDetails$ = [
      3,
      n0,
      _AWWAAD,
      0,
      [_All, _Bl],
      [() => AwsWafv2ActionAllowDetails$, () => AwsWafv2ActionBlockDetails$]
    ];
    var AwsWafv2WebAclCaptchaConfigDetails$ = [
      3,
      n0,
      _AWWACCD,
      0,
      [_ITP],
      [() => AwsWafv2WebAclCaptchaConfigImmunityTimePropertyDetails$]
    ];
    var AwsWafv2WebAclCaptchaConfigImmunityTimePropertyDetails$ = [
      3,
      n0,
      _AWWACCITPD,
      0,
      [_ITmm],
      [1]
    ];
    var AwsWafv2WebAclDetails$ = [
      3,
      n0,
      _AWWAD,
      0,
      [_N, _Ar, _MFM, _I, _Cap, _CCa, _DAe, _D, _Rul, _VCi],
      [0, 0, 2, 0, 1, () => AwsWafv2WebAclCaptchaConfigDetails$, () => AwsWafv2WebAclActionDetails$, 0, () => AwsWafv2RulesList, () => AwsWafv2VisibilityConfigDetails$]
    ];
    var AwsWafWebAclDetails$ = [
      3,
      n0,
      _AWWADw,
      0,
      [_N, _DAe, _Rul, _WAI],
      [0, 0, () => AwsWafWebAclRuleList, 0]
    ];
    var AwsWafWebAclRule$ = [
      3,
      n0,
      _AWWAR,
      0,
      [_A, _ER, _OAv, _Prio, _RIu, _T],
      [() => WafAction$, () => WafExcludedRuleList, () => WafOverrideAction$, 1, 0, 0]
    ];
    var AwsXrayEncryptionConfigDetails$ = [
      3,
      n0,
      _AXECD,
      0,
      [_KIe, _St, _T],
      [0, 0, 0]
    ];
    var AzureDetail$ = [
      3,
      n0,
      _ADz,
      0,
      [_AWSCCA, _SCc, _ARz],
      [0, () => AzureScopeConfiguration$, 64 | 0],
      3
    ];
    var AzureProviderConfiguration$ = [
      3,
      n0,
      _APC,
      0,
      [_AWSCCA, _SCc, _ARz],
      [0, () => AzureScopeConfiguration$, 64 | 0],
      3
    ];
    var AzureScopeConfiguration$ = [
      3,
      n0,
      _ASCz,
      0,
      [_STc, _SVco],
      [0, 64 | 0],
      1
    ];
    var AzureUpdateConfiguration$ = [
      3,
      n0,
      _AUC,
      0,
      [_SCc, _ARz],
      [() => AzureScopeConfiguration$, 64 | 0],
      2
    ];
    var BatchDeleteAutomationRulesRequest$ = [
      3,
      n0,
      _BDARR,
      0,
      [_ARAu],
      [64 | 0],
      1
    ];
    var BatchDeleteAutomationRulesResponse$ = [
      3,
      n0,
      _BDARRa,
      0,
      [_PAR, _UAR],
      [64 | 0, () => UnprocessedAutomationRulesList]
    ];
    var BatchDisableStandardsRequest$ = [
      3,
      n0,
      _BDSR,
      0,
      [_SSA],
      [64 | 0],
      1
    ];
    var BatchDisableStandardsResponse$ = [
      3,
      n0,
      _BDSRa,
      0,
      [_SSta],
      [() => StandardsSubscriptions]
    ];
    var BatchEnableStandardsRequest$ = [
      3,
      n0,
      _BESR,
      0,
      [_SSRt],
      [() => StandardsSubscriptionRequests],
      1
    ];
    var BatchEnableStandardsResponse$ = [
      3,
      n0,
      _BESRa,
      0,
      [_SSta],
      [() => StandardsSubscriptions]
    ];
    var BatchGetAutomationRulesRequest$ = [
      3,
      n0,
      _BGARR,
      0,
      [_ARAu],
      [64 | 0],
      1
    ];
    var BatchGetAutomationRulesResponse$ = [
      3,
      n0,
      _BGARRa,
      0,
      [_Rul, _UAR],
      [() => AutomationRulesConfigList, () => UnprocessedAutomationRulesList]
    ];
    var BatchGetConfigurationPolicyAssociationsRequest$ = [
      3,
      n0,
      _BGCPAR,
      0,
      [_CPAI],
      [() => ConfigurationPolicyAssociationsList],
      1
    ];
    var BatchGetConfigurationPolicyAssociationsResponse$ = [
      3,
      n0,
      _BGCPARa,
      0,
      [_CPA, _UCPA],
      [() => ConfigurationPolicyAssociationList, () => UnprocessedConfigurationPolicyAssociationList]
    ];
    var BatchGetSecurityControlsRequest$ = [
      3,
      n0,
      _BGSCR,
      0,
      [_SCIe],
      [64 | 0],
      1
    ];
    var BatchGetSecurityControlsResponse$ = [
      3,
      n0,
      _BGSCRa,
      0,
      [_SCec, _UIn],
      [() => SecurityControls, () => UnprocessedSecurityControls],
      1
    ];
    var BatchGetStandardsControlAssociationsRequest$ = [
      3,
      n0,
      _BGSCAR,
      0,
      [_SCAI],
      [() => StandardsControlAssociationIds],
      1
    ];
    var BatchGetStandardsControlAssociationsResponse$ = [
      3,
      n0,
      _BGSCARa,
      0,
      [_SCAD, _UAn],
      [() => StandardsControlAssociationDetails, () => UnprocessedStandardsControlAssociations],
      1
    ];
    var BatchImportFindingsRequest$ = [
      3,
      n0,
      _BIFR,
      0,
      [_Fin],
      [() => BatchImportFindingsRequestFindingList],
      1
    ];
    var BatchImportFindingsResponse$ = [
      3,
      n0,
      _BIFRa,
      0,
      [_FCai, _SCu, _FF],
      [1, 1, () => ImportFindingsErrorList],
      2
    ];
    var BatchUpdateAutomationRulesRequest$ = [
      3,
      n0,
      _BUARR,
      0,
      [_UARRI],
      [() => UpdateAutomationRulesRequestItemsList],
      1
    ];
    var BatchUpdateAutomationRulesResponse$ = [
      3,
      n0,
      _BUARRa,
      0,
      [_PAR, _UAR],
      [64 | 0, () => UnprocessedAutomationRulesList]
    ];
    var BatchUpdateFindingsRequest$ = [
      3,
      n0,
      _BUFR,
      0,
      [_FIin, _No, _Se, _VS, _Con, _Cri, _Ty, _UDF, _W, _RF],
      [() => AwsSecurityFindingIdentifierList, () => NoteUpdate$, () => SeverityUpdate$, 0, 1, 1, 64 | 0, 128 | 0, () => WorkflowUpdate$, () => RelatedFindingList],
      1
    ];
    var BatchUpdateFindingsResponse$ = [
      3,
      n0,
      _BUFRa,
      0,
      [_PFro, _UF],
      [() => AwsSecurityFindingIdentifierList, () => BatchUpdateFindingsUnprocessedFindingsList],
      2
    ];
    var BatchUpdateFindingsUnprocessedFinding$ = [
      3,
      n0,
      _BUFUF,
      0,
      [_FIind, _ECr, _EMr],
      [() => AwsSecurityFindingIdentifier$, 0, 0],
      3
    ];
    var BatchUpdateFindingsV2ProcessedFinding$ = [
      3,
      n0,
      _BUFVPF,
      0,
      [_FIind, _MUe],
      [() => OcsfFindingIdentifier$, 0]
    ];
    var BatchUpdateFindingsV2Request$ = [
      3,
      n0,
      _BUFVR,
      0,
      [_MUet, _FIin, _Com, _SIe, _SIt],
      [64 | 0, () => OcsfFindingIdentifierList, 0, 1, 1]
    ];
    var BatchUpdateFindingsV2Response$ = [
      3,
      n0,
      _BUFVRa,
      0,
      [_PFro, _UF],
      [() => BatchUpdateFindingsV2ProcessedFindingsList, () => BatchUpdateFindingsV2UnprocessedFindingsList],
      2
    ];
    var BatchUpdateFindingsV2UnprocessedFinding$ = [
      3,
      n0,
      _BUFVUF,
      0,
      [_FIind, _MUe, _ECr, _EMr],
      [() => OcsfFindingIdentifier$, 0, 0, 0]
    ];
    var BatchUpdateStandardsControlAssociationsRequest$ = [
      3,
      n0,
      _BUSCAR,
      0,
      [_SCAU],
      [() => StandardsControlAssociationUpdates],
      1
    ];
    var BatchUpdateStandardsControlAssociationsResponse$ = [
      3,
      n0,
      _BUSCARa,
      0,
      [_UAU],
      [() => UnprocessedStandardsControlAssociationUpdates]
    ];
    var BooleanConfigurationOptions$ = [
      3,
      n0,
      _BCO,
      0,
      [_DVe],
      [2]
    ];
    var BooleanFilter$ = [
      3,
      n0,
      _BF,
      0,
      [_Val],
      [2]
    ];
    var Cell$ = [
      3,
      n0,
      _Cel,
      0,
      [_Col, _Row, _CNol, _CRe],
      [1, 1, 0, 0]
    ];
    var CidrBlockAssociation$ = [
      3,
      n0,
      _CBA,
      0,
      [_AIs, _CBi, _CBSi],
      [0, 0, 0]
    ];
    var City$ = [
      3,
      n0,
      _Ci,
      0,
      [_CNi],
      [0]
    ];
    var ClassificationResult$ = [
      3,
      n0,
      _CRl,
      0,
      [_MTi, _SCi, _AOd, _St, _SDe, _CDI],
      [0, 1, 2, () => ClassificationStatus$, () => SensitiveDataResultList, () => CustomDataIdentifiersResult$]
    ];
    var ClassificationStatus$ = [
      3,
      n0,
      _CSla,
      0,
      [_C, _R],
      [0, 0]
    ];
    var CloudWatchLogsLogGroupArnConfigDetails$ = [
      3,
      n0,
      _CWLLGACD,
      0,
      [_CWLLGA, _HZI, _I],
      [0, 0, 0]
    ];
    var CodeRepositoryDetails$ = [
      3,
      n0,
      _CRD,
      0,
      [_PTrov, _PNroj, _CSIA],
      [0, 0, 0]
    ];
    var CodeVulnerabilitiesFilePath$ = [
      3,
      n0,
      _CVFP,
      0,
      [_ELn, _FNil, _FPil, _SLt],
      [1, 0, 0, 1]
    ];
    var Compliance$ = [
      3,
      n0,
      _Comp,
      0,
      [_St, _RRel, _SRta, _SCIec, _ASssoci, _SCPe],
      [0, 64 | 0, () => StatusReasonsList, 0, () => AssociatedStandardsList, () => SecurityControlParametersList]
    ];
    var CompositeFilter$ = [
      3,
      n0,
      _CF,
      0,
      [_SF, _DF, _BFo, _NF, _MF, _IF, _NCF, _Oper],
      [() => OcsfStringFilterList, () => OcsfDateFilterList, () => OcsfBooleanFilterList, () => OcsfNumberFilterList, () => OcsfMapFilterList, () => OcsfIpFilterList, () => CompositeFilterList, 0]
    ];
    var ConfigurationPolicyAssociation$ = [
      3,
      n0,
      _CPAo,
      0,
      [_Ta],
      [() => Target$]
    ];
    var ConfigurationPolicyAssociationSummary$ = [
      3,
      n0,
      _CPAS,
      0,
      [_CPI, _TIa, _TT, _ATs, _UA, _ASss, _ASM],
      [0, 0, 0, 0, 5, 0, 0]
    ];
    var ConfigurationPolicySummary$ = [
      3,
      n0,
      _CPSo,
      0,
      [_Ar, _I, _N, _D, _UA, _SEe],
      [0, 0, 0, 0, 5, 2]
    ];
    var ConnectorSummary$ = [
      3,
      n0,
      _CSon,
      0,
      [_CIo, _N, _PSr, _CA, _CAon, _D, _ESn, _ESR],
      [0, 0, () => ProviderSummary$, 5, 0, 0, 0, 0],
      4
    ];
    var ContainerDetails$ = [
      3,
      n0,
      _CDont,
      0,
      [_CRon, _N, _IIm, _INm, _LA, _VMo, _Priv],
      [0, 0, 0, 0, 0, () => VolumeMountList, 2]
    ];
    var Country$ = [
      3,
      n0,
      _Co,
      0,
      [_CCou, _CNou],
      [0, 0]
    ];
    var CreateActionTargetRequest$ = [
      3,
      n0,
      _CATR,
      0,
      [_N, _D, _I],
      [0, 0, 0],
      3
    ];
    var CreateActionTargetResponse$ = [
      3,
      n0,
      _CATRr,
      0,
      [_ATA],
      [0],
      1
    ];
    var CreateAggregatorV2Request$ = [
      3,
      n0,
      _CAVR,
      0,
      [_RLM, _LR, _Tags, _CTl],
      [0, 64 | 0, 128 | 0, [0, 4]],
      1
    ];
    var CreateAggregatorV2Response$ = [
      3,
      n0,
      _CAVRr,
      0,
      [_AVA, _ARg, _RLM, _LR],
      [0, 0, 0, 64 | 0]
    ];
    var CreateAutomationRuleRequest$ = [
      3,
      n0,
      _CARR,
      0,
      [_RO, _RN, _D, _Cr, _Act, _Tags, _RS, _IT],
      [1, 0, 0, () => AutomationRulesFindingFilters$, () => ActionList, 128 | 0, 0, 2],
      5
    ];
    var CreateAutomationRuleResponse$ = [
      3,
      n0,
      _CARRr,
      0,
      [_RA],
      [0]
    ];
    var CreateAutomationRuleV2Request$ = [
      3,
      n0,
      _CARVR,
      0,
      [_RN, _D, _RO, _Cr, _Act, _RS, _Tags, _CTl],
      [0, 0, 1, () => Criteria$, () => AutomationRulesActionListV2, 0, 128 | 0, [0, 4]],
      5
    ];
    var CreateAutomationRuleV2Response$ = [
      3,
      n0,
      _CARVRr,
      0,
      [_RA, _RIu],
      [0, 0]
    ];
    var CreateConfigurationPolicyRequest$ = [
      3,
      n0,
      _CCPR,
      0,
      [_N, _CPonf, _D, _Tags],
      [0, () => Policy$, 0, 128 | 0],
      2
    ];
    var CreateConfigurationPolicyResponse$ = [
      3,
      n0,
      _CCPRr,
      0,
      [_Ar, _I, _N, _D, _UA, _CA, _CPonf],
      [0, 0, 0, 0, 5, 5, () => Policy$]
    ];
    var CreateConnectorRequest$ = [
      3,
      n0,
      _CCR,
      0,
      [_N, _Prov, _D, _Tags, _CTl],
      [0, () => CspmProviderConfiguration$, 0, 128 | 0, [0, 4]],
      2
    ];
    var CreateConnectorResponse$ = [
      3,
      n0,
      _CCRr,
      0,
      [_CAon, _CIo, _CSonn, _ESn],
      [0, 0, 0, 0],
      2
    ];
    var CreateConnectorV2Request$ = [
      3,
      n0,
      _CCVR,
      0,
      [_N, _Prov, _D, _KKA, _Tags, _CTl],
      [0, () => ProviderConfiguration$, 0, 0, 128 | 0, [0, 4]],
      2
    ];
    var CreateConnectorV2Response$ = [
      3,
      n0,
      _CCVRr,
      0,
      [_CAon, _CIo, _AUut, _CSonn, _ESn],
      [0, 0, 0, 0, 0],
      2
    ];
    var CreateFindingAggregatorRequest$ = [
      3,
      n0,
      _CFAR,
      0,
      [_RLM, _Regi],
      [0, 64 | 0],
      1
    ];
    var CreateFindingAggregatorResponse$ = [
      3,
      n0,
      _CFARr,
      0,
      [_FAA, _FAR, _RLM, _Regi],
      [0, 0, 0, 64 | 0]
    ];
    var CreateInsightRequest$ = [
      3,
      n0,
      _CIR,
      0,
      [_N, _Filt, _GBA],
      [0, () => AwsSecurityFindingFilters$, 0],
      3
    ];
    var CreateInsightResponse$ = [
      3,
      n0,
      _CIRr,
      0,
      [_IAns],
      [0],
      1
    ];
    var CreateMembersRequest$ = [
      3,
      n0,
      _CMR,
      0,
      [_AD],
      [() => AccountDetailsList],
      1
    ];
    var CreateMembersResponse$ = [
      3,
      n0,
      _CMRr,
      0,
      [_UAnp],
      [() => ResultList]
    ];
    var CreateTicketV2Request$ = [
      3,
      n0,
      _CTVR,
      0,
      [_CIo, _FMU, _CTl, _Mod],
      [0, 0, [0, 4], 0],
      2
    ];
    var CreateTicketV2Response$ = [
      3,
      n0,
      _CTVRr,
      0,
      [_TIi, _TSU],
      [0, 0],
      1
    ];
    var CspmConnectorSummary$ = [
      3,
      n0,
      _CCSs,
      0,
      [_CAon, _CIo, _N, _D, _PSr, _CA, _CB, _ESn],
      [0, 0, 0, 0, () => CspmProviderSummary$, 5, 0, 0]
    ];
    var CspmHealthCheck$ = [
      3,
      n0,
      _CHCs,
      0,
      [_CSonn, _LCAa, _M, _Iss],
      [0, 5, 0, () => HealthIssueList],
      2
    ];
    var CspmProviderSummary$ = [
      3,
      n0,
      _CPSs,
      0,
      [_PNrov, _CSonn, _PCro],
      [0, 0, () => CspmProviderDetail$]
    ];
    var CustomDataIdentifiersDetections$ = [
      3,
      n0,
      _CDID,
      0,
      [_Cou, _Ar, _N, _Oc],
      [1, 0, 0, () => Occurrences$]
    ];
    var CustomDataIdentifiersResult$ = [
      3,
      n0,
      _CDIR,
      0,
      [_Dete, _TCo],
      [() => CustomDataIdentifiersDetectionsList, 1]
    ];
    var Cvss$ = [
      3,
      n0,
      _Cv,
      0,
      [_V, _BS, _BV, _So, _Adj],
      [0, 1, 0, 0, () => AdjustmentList]
    ];
    var DataClassificationDetails$ = [
      3,
      n0,
      _DCD,
      0,
      [_DRL, _Resu],
      [0, () => ClassificationResult$]
    ];
    var DateFilter$ = [
      3,
      n0,
      _DFa,
      0,
      [_Star, _End_, _DRa],
      [0, 0, () => DateRange$]
    ];
    var DateRange$ = [
      3,
      n0,
      _DRa,
      0,
      [_Val, _Un, _Compa],
      [1, 0, 0]
    ];
    var DeclineInvitationsRequest$ = [
      3,
      n0,
      _DIR,
      0,
      [_AIcc],
      [64 | 0],
      1
    ];
    var DeclineInvitationsResponse$ = [
      3,
      n0,
      _DIRe,
      0,
      [_UAnp],
      [() => ResultList]
    ];
    var DeleteActionTargetRequest$ = [
      3,
      n0,
      _DATR,
      0,
      [_ATA],
      [[0, 1]],
      1
    ];
    var DeleteActionTargetResponse$ = [
      3,
      n0,
      _DATRe,
      0,
      [_ATA],
      [0],
      1
    ];
    var DeleteAggregatorV2Request$ = [
      3,
      n0,
      _DAVR,
      0,
      [_AVA],
      [[0, 1]],
      1
    ];
    var DeleteAggregatorV2Response$ = [
      3,
      n0,
      _DAVRe,
      0,
      [],
      []
    ];
    var DeleteAutomationRuleV2Request$ = [
      3,
      n0,
      _DARVR,
      0,
      [_Id],
      [[0, 1]],
      1
    ];
    var DeleteAutomationRuleV2Response$ = [
      3,
      n0,
      _DARVRe,
      0,
      [],
      []
    ];
    var DeleteConfigurationPolicyRequest$ = [
      3,
      n0,
      _DCPR,
      0,
      [_Id],
      [[0, 1]],
      1
    ];
    var DeleteConfigurationPolicyResponse$ = [
      3,
      n0,
      _DCPRe,
      0,
      [],
      []
    ];
    var DeleteConnectorRequest$ = [
      3,
      n0,
      _DCRe,
      0,
      [_CIo],
      [[0, 1]],
      1
    ];
    var DeleteConnectorResponse$ = [
      3,
      n0,
      _DCRel,
      0,
      [_ESn],
      [0]
    ];
    var DeleteConnectorV2Request$ = [
      3,
      n0,
      _DCVR,
      0,
      [_CIo],
      [[0, 1]],
      1
    ];
    var DeleteConnectorV2Response$ = [
      3,
      n0,
      _DCVRe,
      0,
      [_ESn],
      [0]
    ];
    var DeleteFindingAggregatorRequest$ = [
      3,
      n0,
      _DFAR,
      0,
      [_FAA],
      [[0, 1]],
      1
    ];
    var DeleteFindingAggregatorResponse$ = [
      3,
      n0,
      _DFARe,
      0,
      [],
      []
    ];
    var DeleteInsightRequest$ = [
      3,
      n0,
      _DIRel,
      0,
      [_IAns],
      [[0, 1]],
      1
    ];
    var DeleteInsightResponse$ = [
      3,
      n0,
      _DIRele,
      0,
      [_IAns],
      [0],
      1
    ];
    var DeleteInvitationsRequest$ = [
      3,
      n0,
      _DIRelet,
      0,
      [_AIcc],
      [64 | 0],
      1
    ];
    var DeleteInvitationsResponse$ = [
      3,
      n0,
      _DIRelete,
      0,
      [_UAnp],
      [() => ResultList]
    ];
    var DeleteMembersRequest$ = [
      3,
      n0,
      _DMR,
      0,
      [_AIcc],
      [64 | 0],
      1
    ];
    var DeleteMembersResponse$ = [
      3,
      n0,
      _DMRe,
      0,
      [_UAnp],
      [() => ResultList]
    ];
    var DescribeActionTargetsRequest$ = [
      3,
      n0,
      _DATRes,
      0,
      [_ATAc, _NTe, _MRa],
      [64 | 0, 0, 1]
    ];
    var DescribeActionTargetsResponse$ = [
      3,
      n0,
      _DATResc,
      0,
      [_ATct, _NTe],
      [() => ActionTargetList, 0],
      1
    ];
    var DescribeHubRequest$ = [
      3,
      n0,
      _DHR,
      0,
      [_HA],
      [[0, { [_hQ]: _HA }]]
    ];
    var DescribeHubResponse$ = [
      3,
      n0,
      _DHRe,
      0,
      [_HA, _SAub, _AEC, _CFG],
      [0, 0, 2, 0]
    ];
    var DescribeOrganizationConfigurationRequest$ = [
      3,
      n0,
      _DOCR,
      0,
      [],
      []
    ];
    var DescribeOrganizationConfigurationResponse$ = [
      3,
      n0,
      _DOCRe,
      0,
      [_AEu, _MALR, _AES, _OC],
      [2, 2, 0, () => OrganizationConfiguration$]
    ];
    var DescribeProductsRequest$ = [
      3,
      n0,
      _DPR,
      0,
      [_NTe, _MRa, _PA],
      [[0, { [_hQ]: _NTe }], [1, { [_hQ]: _MRa }], [0, { [_hQ]: _PA }]]
    ];
    var DescribeProductsResponse$ = [
      3,
      n0,
      _DPRe,
      0,
      [_Prod, _NTe],
      [() => ProductsList, 0],
      1
    ];
    var DescribeProductsV2Request$ = [
      3,
      n0,
      _DPVR,
      0,
      [_NTe, _MRa],
      [[0, { [_hQ]: _NTe }], [1, { [_hQ]: _MRa }]]
    ];
    var DescribeProductsV2Response$ = [
      3,
      n0,
      _DPVRe,
      0,
      [_PVr, _NTe],
      [() => ProductsV2List, 0],
      1
    ];
    var DescribeSecurityHubV2Request$ = [
      3,
      n0,
      _DSHVR,
      0,
      [],
      []
    ];
    var DescribeSecurityHubV2Response$ = [
      3,
      n0,
      _DSHVRe,
      0,
      [_HVA, _SAub, _Fe],
      [0, 0, () => Features]
    ];
    var DescribeStandardsControlsRequest$ = [
      3,
      n0,
      _DSCR,
      0,
      [_SSAt, _NTe, _MRa],
      [[0, 1], [0, { [_hQ]: _NTe }], [1, { [_hQ]: _MRa }]],
      1
    ];
    var DescribeStandardsControlsResponse$ = [
      3,
      n0,
      _DSCRe,
      0,
      [_Contr, _NTe],
      [() => StandardsControls, 0]
    ];
    var DescribeStandardsRequest$ = [
      3,
      n0,
      _DSR,
      0,
      [_NTe, _MRa, _Provi],
      [[0, { [_hQ]: _NTe }], [1, { [_hQ]: _MRa }], [64 | 0, { [_hQ]: _Provi }]]
    ];
    var DescribeStandardsResponse$ = [
      3,
      n0,
      _DSRe,
      0,
      [_Stan, _NTe],
      [() => Standards, 0]
    ];
    var Detection$ = [
      3,
      n0,
      _Det,
      0,
      [_Seq],
      [() => Sequence$]
    ];
    var DisableImportFindingsForProductRequest$ = [
      3,
      n0,
      _DIFFPR,
      0,
      [_PSA],
      [[0, 1]],
      1
    ];
    var DisableImportFindingsForProductResponse$ = [
      3,
      n0,
      _DIFFPRi,
      0,
      [],
      []
    ];
    var DisableOrganizationAdminAccountRequest$ = [
      3,
      n0,
      _DOAAR,
      0,
      [_AAId, _Fea],
      [0, 0],
      1
    ];
    var DisableOrganizationAdminAccountResponse$ = [
      3,
      n0,
      _DOAARi,
      0,
      [],
      []
    ];
    var DisableSecurityHubFeatureV2Request$ = [
      3,
      n0,
      _DSHFVR,
      0,
      [_FNe],
      [[0, 1]],
      1
    ];
    var DisableSecurityHubFeatureV2Response$ = [
      3,
      n0,
      _DSHFVRi,
      0,
      [],
      []
    ];
    var DisableSecurityHubRequest$ = [
      3,
      n0,
      _DSHR,
      0,
      [],
      []
    ];
    var DisableSecurityHubResponse$ = [
      3,
      n0,
      _DSHRi,
      0,
      [],
      []
    ];
    var DisableSecurityHubV2Request$ = [
      3,
      n0,
      _DSHVRi,
      0,
      [],
      []
    ];
    var DisableSecurityHubV2Response$ = [
      3,
      n0,
      _DSHVRis,
      0,
      [],
      []
    ];
    var DisassociateFromAdministratorAccountRequest$ = [
      3,
      n0,
      _DFAAR,
      0,
      [],
      []
    ];
    var DisassociateFromAdministratorAccountResponse$ = [
      3,
      n0,
      _DFAARi,
      0,
      [],
      []
    ];
    var DisassociateFromMasterAccountRequest$ = [
      3,
      n0,
      _DFMAR,
      0,
      [],
      []
    ];
    var DisassociateFromMasterAccountResponse$ = [
      3,
      n0,
      _DFMARi,
      0,
      [],
      []
    ];
    var DisassociateMembersRequest$ = [
      3,
      n0,
      _DMRi,
      0,
      [_AIcc],
      [64 | 0],
      1
    ];
    var DisassociateMembersResponse$ = [
      3,
      n0,
      _DMRis,
      0,
      [],
      []
    ];
    var DnsRequestAction$ = [
      3,
      n0,
      _DRA,
      0,
      [_Do, _Prot, _Blo],
      [0, 0, 2]
    ];
    var DoubleConfigurationOptions$ = [
      3,
      n0,
      _DCO,
      0,
      [_DVe, _Mi, _Max],
      [1, 1, 1]
    ];
    var EnableImportFindingsForProductRequest$ = [
      3,
      n0,
      _EIFFPR,
      0,
      [_PA],
      [0],
      1
    ];
    var EnableImportFindingsForProductResponse$ = [
      3,
      n0,
      _EIFFPRn,
      0,
      [_PSA],
      [0]
    ];
    var EnableOrganizationAdminAccountRequest$ = [
      3,
      n0,
      _EOAAR,
      0,
      [_AAId, _Fea],
      [0, 0],
      1
    ];
    var EnableOrganizationAdminAccountResponse$ = [
      3,
      n0,
      _EOAARn,
      0,
      [_AAId, _Fea],
      [0, 0]
    ];
    var EnableSecurityHubFeatureV2Request$ = [
      3,
      n0,
      _ESHFVR,
      0,
      [_FNe],
      [[0, 1]],
      1
    ];
    var EnableSecurityHubFeatureV2Response$ = [
      3,
      n0,
      _ESHFVRn,
      0,
      [],
      []
    ];
    var EnableSecurityHubRequest$ = [
      3,
      n0,
      _ESHR,
      0,
      [_Tags, _EDS, _CFG],
      [128 | 0, 2, 0]
    ];
    var EnableSecurityHubResponse$ = [
      3,
      n0,
      _ESHRn,
      0,
      [],
      []
    ];
    var EnableSecurityHubV2Request$ = [
      3,
      n0,
      _ESHVR,
      0,
      [_Tags],
      [128 | 0]
    ];
    var EnableSecurityHubV2Response$ = [
      3,
      n0,
      _ESHVRn,
      0,
      [_HVA],
      [0]
    ];
    var EnumConfigurationOptions$ = [
      3,
      n0,
      _ECO,
      0,
      [_DVe, _AVl],
      [0, 64 | 0]
    ];
    var EnumListConfigurationOptions$ = [
      3,
      n0,
      _ELCO,
      0,
      [_DVe, _MIa, _AVl],
      [64 | 0, 1, 64 | 0]
    ];
    var ExternalIntegrationConfiguration$ = [
      3,
      n0,
      _EIC,
      0,
      [_CAon],
      [0]
    ];
    var FeatureDetail$ = [
      3,
      n0,
      _FD,
      0,
      [_FSe, _UA],
      [0, 5]
    ];
    var FilePaths$ = [
      3,
      n0,
      _FPile,
      0,
      [_FPil, _FNil, _RI, _Has],
      [0, 0, 0, 0]
    ];
    var FindingAggregator$ = [
      3,
      n0,
      _FAin,
      0,
      [_FAA],
      [0]
    ];
    var FindingHistoryRecord$ = [
      3,
      n0,
      _FHR,
      0,
      [_FIind, _UTp, _FCin, _USp, _Up, _NTe],
      [() => AwsSecurityFindingIdentifier$, 5, 2, () => FindingHistoryUpdateSource$, () => FindingHistoryUpdatesList, 0]
    ];
    var FindingHistoryUpdate$ = [
      3,
      n0,
      _FHU,
      0,
      [_UFp, _OVl, _NVe],
      [0, 0, 0]
    ];
    var FindingHistoryUpdateSource$ = [
      3,
      n0,
      _FHUS,
      0,
      [_T, _Ide],
      [0, 0]
    ];
    var FindingProviderFields$ = [
      3,
      n0,
      _FPFi,
      0,
      [_Con, _Cri, _RF, _Se, _Ty],
      [1, 1, () => RelatedFindingList, () => FindingProviderSeverity$, 64 | 0]
    ];
    var FindingProviderSeverity$ = [
      3,
      n0,
      _FPS,
      0,
      [_Lab, _Orig],
      [0, 0]
    ];
    var FindingScopes$ = [
      3,
      n0,
      _FSi,
      0,
      [_AOw],
      [() => AwsOrganizationScopeList]
    ];
    var FindingsTrendsCompositeFilter$ = [
      3,
      n0,
      _FTCF,
      0,
      [_SF, _NCF, _Oper],
      [() => FindingsTrendsStringFilterList, () => FindingsTrendsCompositeFilterList, 0]
    ];
    var FindingsTrendsFilters$ = [
      3,
      n0,
      _FTF,
      0,
      [_CFo, _COo],
      [() => FindingsTrendsCompositeFilterList, 0]
    ];
    var FindingsTrendsStringFilter$ = [
      3,
      n0,
      _FTSF,
      0,
      [_FNie, _Fil],
      [0, () => StringFilter$]
    ];
    var FirewallPolicyDetails$ = [
      3,
      n0,
      _FPD,
      0,
      [_SRGR, _SCAt, _SDA, _SFDA, _SRGRt],
      [() => FirewallPolicyStatefulRuleGroupReferencesList, () => FirewallPolicyStatelessCustomActionsList, 64 | 0, 64 | 0, () => FirewallPolicyStatelessRuleGroupReferencesList]
    ];
    var FirewallPolicyStatefulRuleGroupReferencesDetails$ = [
      3,
      n0,
      _FPSRGRD,
      0,
      [_RAe],
      [0]
    ];
    var FirewallPolicyStatelessCustomActionsDetails$ = [
      3,
      n0,
      _FPSCAD,
      0,
      [_ADct, _ANct],
      [() => StatelessCustomActionDefinition$, 0]
    ];
    var FirewallPolicyStatelessRuleGroupReferencesDetails$ = [
      3,
      n0,
      _FPSRGRDi,
      0,
      [_Prio, _RAe],
      [1, 0]
    ];
    var FreeTrialStatus$ = [
      3,
      n0,
      _FTSr,
      0,
      [_FT, _St, _SAt, _EAx],
      [0, 0, 5, 5],
      4
    ];
    var GenerateRecommendedPolicyV2Request$ = [
      3,
      n0,
      _GRPVR,
      0,
      [_MUe],
      [[0, 1]],
      1
    ];
    var GenerateRecommendedPolicyV2Response$ = [
      3,
      n0,
      _GRPVRe,
      0,
      [],
      []
    ];
    var GeneratorDetails$ = [
      3,
      n0,
      _GD,
      0,
      [_N, _D, _La],
      [0, 0, 64 | 0]
    ];
    var GeoLocation$ = [
      3,
      n0,
      _GL,
      0,
      [_Lon, _Lat],
      [1, 1]
    ];
    var GetAdministratorAccountRequest$ = [
      3,
      n0,
      _GAAR,
      0,
      [],
      []
    ];
    var GetAdministratorAccountResponse$ = [
      3,
      n0,
      _GAARe,
      0,
      [_Adm],
      [() => Invitation$]
    ];
    var GetAggregatorV2Request$ = [
      3,
      n0,
      _GAVR,
      0,
      [_AVA],
      [[0, 1]],
      1
    ];
    var GetAggregatorV2Response$ = [
      3,
      n0,
      _GAVRe,
      0,
      [_AVA, _ARg, _RLM, _LR],
      [0, 0, 0, 64 | 0]
    ];
    var GetAutomationRuleV2Request$ = [
      3,
      n0,
      _GARVR,
      0,
      [_Id],
      [[0, 1]],
      1
    ];
    var GetAutomationRuleV2Response$ = [
      3,
      n0,
      _GARVRe,
      0,
      [_RA, _RIu, _RO, _RN, _RS, _D, _Cr, _Act, _CA, _UA],
      [0, 0, 1, 0, 0, 0, () => Criteria$, () => AutomationRulesActionListV2, 5, 5]
    ];
    var GetConfigurationPolicyAssociationRequest$ = [
      3,
      n0,
      _GCPAR,
      0,
      [_Ta],
      [() => Target$],
      1
    ];
    var GetConfigurationPolicyAssociationResponse$ = [
      3,
      n0,
      _GCPARe,
      0,
      [_CPI, _TIa, _TT, _ATs, _UA, _ASss, _ASM],
      [0, 0, 0, 0, 5, 0, 0]
    ];
    var GetConfigurationPolicyRequest$ = [
      3,
      n0,
      _GCPR,
      0,
      [_Id],
      [[0, 1]],
      1
    ];
    var GetConfigurationPolicyResponse$ = [
      3,
      n0,
      _GCPRe,
      0,
      [_Ar, _I, _N, _D, _UA, _CA, _CPonf],
      [0, 0, 0, 0, 5, 5, () => Policy$]
    ];
    var GetConnectorRequest$ = [
      3,
      n0,
      _GCR,
      0,
      [_CIo],
      [[0, 1]],
      1
    ];
    var GetConnectorResponse$ = [
      3,
      n0,
      _GCRe,
      0,
      [_CIo, _N, _CA, _LUA, _He, _PD, _CAon, _D, _CB, _ESn],
      [0, 0, 5, 5, () => CspmHealthCheck$, () => CspmProviderDetail$, 0, 0, 0, 0],
      6
    ];
    var GetConnectorV2Request$ = [
      3,
      n0,
      _GCVR,
      0,
      [_CIo],
      [[0, 1]],
      1
    ];
    var GetConnectorV2Response$ = [
      3,
      n0,
      _GCVRe,
      0,
      [_CIo, _N, _CA, _LUA, _He, _PD, _CAon, _D, _KKA, _ESn, _ESR],
      [0, 0, 5, 5, () => HealthCheck$, () => ProviderDetail$, 0, 0, 0, 0, 0],
      6
    ];
    var GetEnabledStandardsRequest$ = [
      3,
      n0,
      _GESR,
      0,
      [_SSA, _NTe, _MRa, _Provi],
      [64 | 0, 0, 1, 64 | 0]
    ];
    var GetEnabledStandardsResponse$ = [
      3,
      n0,
      _GESRe,
      0,
      [_SSta, _NTe],
      [() => StandardsSubscriptions, 0]
    ];
    var GetFindingAggregatorRequest$ = [
      3,
      n0,
      _GFAR,
      0,
      [_FAA],
      [[0, 1]],
      1
    ];
    var GetFindingAggregatorResponse$ = [
      3,
      n0,
      _GFARe,
      0,
      [_FAA, _FAR, _RLM, _Regi],
      [0, 0, 0, 64 | 0]
    ];
    var GetFindingHistoryRequest$ = [
      3,
      n0,
      _GFHR,
      0,
      [_FIind, _STtar, _ETnd, _NTe, _MRa],
      [() => AwsSecurityFindingIdentifier$, 5, 5, 0, 1],
      1
    ];
    var GetFindingHistoryResponse$ = [
      3,
      n0,
      _GFHRe,
      0,
      [_Rec, _NTe],
      [() => FindingHistoryRecordList, 0]
    ];
    var GetFindingsRequest$ = [
      3,
      n0,
      _GFR,
      0,
      [_Filt, _SCor, _NTe, _MRa],
      [() => AwsSecurityFindingFilters$, () => SortCriteria, 0, 1]
    ];
    var GetFindingsResponse$ = [
      3,
      n0,
      _GFRe,
      0,
      [_Fin, _NTe],
      [() => AwsSecurityFindingList, 0],
      1
    ];
    var GetFindingStatisticsV2Request$ = [
      3,
      n0,
      _GFSVR,
      0,
      [_GBR, _Sco, _SOo, _MSR],
      [() => GroupByRules, () => FindingScopes$, 0, 1],
      1
    ];
    var GetFindingStatisticsV2Response$ = [
      3,
      n0,
      _GFSVRe,
      0,
      [_GBRr],
      [() => GroupByResults]
    ];
    var GetFindingsTrendsV2Request$ = [
      3,
      n0,
      _GFTVR,
      0,
      [_STtar, _ETnd, _Filt, _NTe, _MRa],
      [5, 5, () => FindingsTrendsFilters$, 0, 1],
      2
    ];
    var GetFindingsTrendsV2Response$ = [
      3,
      n0,
      _GFTVRe,
      0,
      [_Gra, _TMr, _NTe],
      [0, () => TrendsMetrics, 0],
      2
    ];
    var GetFindingsV2Request$ = [
      3,
      n0,
      _GFVR,
      0,
      [_Filt, _Sco, _SCor, _NTe, _MRa],
      [() => OcsfFindingFilters$, () => FindingScopes$, () => SortCriteria, 0, 1]
    ];
    var GetFindingsV2Response$ = [
      3,
      n0,
      _GFVRe,
      0,
      [_Fin, _NTe],
      [64 | 15, 0]
    ];
    var GetInsightResultsRequest$ = [
      3,
      n0,
      _GIRR,
      0,
      [_IAns],
      [[0, 1]],
      1
    ];
    var GetInsightResultsResponse$ = [
      3,
      n0,
      _GIRRe,
      0,
      [_IRn],
      [() => InsightResults$],
      1
    ];
    var GetInsightsRequest$ = [
      3,
      n0,
      _GIR,
      0,
      [_IAnsi, _NTe, _MRa],
      [64 | 0, 0, 1]
    ];
    var GetInsightsResponse$ = [
      3,
      n0,
      _GIRe,
      0,
      [_Insi, _NTe],
      [() => InsightList, 0],
      1
    ];
    var GetInvitationsCountRequest$ = [
      3,
      n0,
      _GICR,
      0,
      [],
      []
    ];
    var GetInvitationsCountResponse$ = [
      3,
      n0,
      _GICRe,
      0,
      [_ICnv],
      [1]
    ];
    var GetMasterAccountRequest$ = [
      3,
      n0,
      _GMAR,
      0,
      [],
      []
    ];
    var GetMasterAccountResponse$ = [
      3,
      n0,
      _GMARe,
      0,
      [_Mas],
      [() => Invitation$]
    ];
    var GetMembersRequest$ = [
      3,
      n0,
      _GMR,
      0,
      [_AIcc],
      [64 | 0],
      1
    ];
    var GetMembersResponse$ = [
      3,
      n0,
      _GMRe,
      0,
      [_Memb, _UAnp],
      [() => MemberList, () => ResultList]
    ];
    var GetRecommendedPolicyV2Request$ = [
      3,
      n0,
      _GRPVRet,
      0,
      [_MUe, _NTe, _MRa],
      [[0, 1], [0, { [_hQ]: _NTe }], [1, { [_hQ]: _MRa }]],
      1
    ];
    var GetRecommendedPolicyV2Response$ = [
      3,
      n0,
      _GRPVRete,
      0,
      [_NTe, _RTeco, _RSec, _Er, _St, _RAe],
      [0, 0, () => RecommendationSteps, () => RecommendationError$, 0, 0]
    ];
    var GetResourcesStatisticsV2Request$ = [
      3,
      n0,
      _GRSVR,
      0,
      [_GBR, _Sco, _SOo, _MSR],
      [() => ResourceGroupByRules, () => ResourceScopes$, 0, 1],
      1
    ];
    var GetResourcesStatisticsV2Response$ = [
      3,
      n0,
      _GRSVRe,
      0,
      [_GBRr],
      [() => GroupByResults],
      1
    ];
    var GetResourcesTrendsV2Request$ = [
      3,
      n0,
      _GRTVR,
      0,
      [_STtar, _ETnd, _Filt, _NTe, _MRa],
      [5, 5, () => ResourcesTrendsFilters$, 0, 1],
      2
    ];
    var GetResourcesTrendsV2Response$ = [
      3,
      n0,
      _GRTVRe,
      0,
      [_Gra, _TMr, _NTe],
      [0, () => ResourcesTrendsMetrics, 0],
      2
    ];
    var GetResourcesV2Request$ = [
      3,
      n0,
      _GRVR,
      0,
      [_Filt, _Sco, _SCor, _NTe, _MRa],
      [() => ResourcesFilters$, () => ResourceScopes$, () => SortCriteria, 0, 1]
    ];
    var GetResourcesV2Response$ = [
      3,
      n0,
      _GRVRe,
      0,
      [_Res, _NTe],
      [() => Resources, 0],
      1
    ];
    var GetSecurityControlDefinitionRequest$ = [
      3,
      n0,
      _GSCDR,
      0,
      [_SCIec],
      [[0, { [_hQ]: _SCIec }]],
      1
    ];
    var GetSecurityControlDefinitionResponse$ = [
      3,
      n0,
      _GSCDRe,
      0,
      [_SCD],
      [() => SecurityControlDefinition$],
      1
    ];
    var GroupByResult$ = [
      3,
      n0,
      _GBRro,
      0,
      [_GBF, _GBV],
      [0, () => GroupByValues]
    ];
    var GroupByRule$ = [
      3,
      n0,
      _GBRrou,
      0,
      [_GBF, _Filt],
      [0, () => OcsfFindingFilters$],
      1
    ];
    var GroupByValue$ = [
      3,
      n0,
      _GBVr,
      0,
      [_FV, _Cou],
      [0, 1]
    ];
    var HealthCheck$ = [
      3,
      n0,
      _HC,
      0,
      [_CSonn, _LCAa, _M, _Iss],
      [0, 5, 0, () => HealthIssueList],
      2
    ];
    var HealthIssue$ = [
      3,
      n0,
      _HIe,
      0,
      [_C, _M],
      [0, 0],
      2
    ];
    var IcmpTypeCode$ = [
      3,
      n0,
      _ITC,
      0,
      [_C, _T],
      [1, 1]
    ];
    var ImportFindingsError$ = [
      3,
      n0,
      _IFE,
      0,
      [_I, _ECr, _EMr],
      [0, 0, 0],
      3
    ];
    var Indicator$ = [
      3,
      n0,
      _Ind,
      0,
      [_K, _Valu, _Ti, _T],
      [0, 64 | 0, 0, 0]
    ];
    var Insight$ = [
      3,
      n0,
      _Insig,
      0,
      [_IAns, _N, _Filt, _GBA],
      [0, 0, () => AwsSecurityFindingFilters$, 0],
      4
    ];
    var InsightResults$ = [
      3,
      n0,
      _IRn,
      0,
      [_IAns, _GBA, _RV],
      [0, 0, () => InsightResultValueList],
      3
    ];
    var InsightResultValue$ = [
      3,
      n0,
      _IRV,
      0,
      [_GBAV, _Cou],
      [0, 1],
      2
    ];
    var IntegerConfigurationOptions$ = [
      3,
      n0,
      _ICO,
      0,
      [_DVe, _Mi, _Max],
      [1, 1, 1]
    ];
    var IntegerListConfigurationOptions$ = [
      3,
      n0,
      _ILCO,
      0,
      [_DVe, _Mi, _Max, _MIa],
      [64 | 1, 1, 1, 1]
    ];
    var Invitation$ = [
      3,
      n0,
      _Inv,
      0,
      [_AIc, _II, _IAnv, _MSemb],
      [0, 0, 5, 0]
    ];
    var InviteMembersRequest$ = [
      3,
      n0,
      _IMR,
      0,
      [_AIcc],
      [64 | 0],
      1
    ];
    var InviteMembersResponse$ = [
      3,
      n0,
      _IMRn,
      0,
      [_UAnp],
      [() => ResultList]
    ];
    var IpFilter$ = [
      3,
      n0,
      _IFp,
      0,
      [_Cid],
      [0]
    ];
    var IpOrganizationDetails$ = [
      3,
      n0,
      _IOD,
      0,
      [_Asn, _AOs, _Isp, _Org],
      [1, 0, 0, 0]
    ];
    var Ipv6CidrBlockAssociation$ = [
      3,
      n0,
      _ICBA,
      0,
      [_AIs, _ICB, _CBSi],
      [0, 0, 0]
    ];
    var JiraCloudDetail$ = [
      3,
      n0,
      _JCD,
      0,
      [_CIlo, _PK, _Do, _AUut, _ASut],
      [0, 0, 0, 0, 0]
    ];
    var JiraCloudProviderConfiguration$ = [
      3,
      n0,
      _JCPC,
      0,
      [_PK],
      [0]
    ];
    var JiraCloudUpdateConfiguration$ = [
      3,
      n0,
      _JCUC,
      0,
      [_PK],
      [0]
    ];
    var KeywordFilter$ = [
      3,
      n0,
      _KF,
      0,
      [_Val],
      [0]
    ];
    var ListAggregatorsV2Request$ = [
      3,
      n0,
      _LAVR,
      0,
      [_NTe, _MRa],
      [[0, { [_hQ]: _NTe }], [1, { [_hQ]: _MRa }]]
    ];
    var ListAggregatorsV2Response$ = [
      3,
      n0,
      _LAVRi,
      0,
      [_AVg, _NTe],
      [() => AggregatorV2List, 0]
    ];
    var ListAutomationRulesRequest$ = [
      3,
      n0,
      _LARR,
      0,
      [_NTe, _MRa],
      [[0, { [_hQ]: _NTe }], [1, { [_hQ]: _MRa }]]
    ];
    var ListAutomationRulesResponse$ = [
      3,
      n0,
      _LARRi,
      0,
      [_ARM, _NTe],
      [() => AutomationRulesMetadataList, 0]
    ];
    var ListAutomationRulesV2Request$ = [
      3,
      n0,
      _LARVR,
      0,
      [_NTe, _MRa],
      [[0, { [_hQ]: _NTe }], [1, { [_hQ]: _MRa }]]
    ];
    var ListAutomationRulesV2Response$ = [
      3,
      n0,
      _LARVRi,
      0,
      [_Rul, _NTe],
      [() => AutomationRulesMetadataListV2, 0]
    ];
    var ListConfigurationPoliciesRequest$ = [
      3,
      n0,
      _LCPR,
      0,
      [_NTe, _MRa],
      [[0, { [_hQ]: _NTe }], [1, { [_hQ]: _MRa }]]
    ];
    var ListConfigurationPoliciesResponse$ = [
      3,
      n0,
      _LCPRi,
      0,
      [_CPSon, _NTe],
      [() => ConfigurationPolicySummaryList, 0]
    ];
    var ListConfigurationPolicyAssociationsRequest$ = [
      3,
      n0,
      _LCPAR,
      0,
      [_NTe, _MRa, _Filt],
      [0, 1, () => AssociationFilters$]
    ];
    var ListConfigurationPolicyAssociationsResponse$ = [
      3,
      n0,
      _LCPARi,
      0,
      [_CPASo, _NTe],
      [() => ConfigurationPolicyAssociationSummaryList, 0]
    ];
    var ListConnectorsRequest$ = [
      3,
      n0,
      _LCR,
      0,
      [_NTe, _MRa, _PNrov, _CSonn, _ESn],
      [[0, { [_hQ]: _NTe }], [1, { [_hQ]: _MRa }], [0, { [_hQ]: _PNrov }], [0, { [_hQ]: _CSonn }], [0, { [_hQ]: _ESn }]]
    ];
    var ListConnectorsResponse$ = [
      3,
      n0,
      _LCRi,
      0,
      [_Conn, _NTe],
      [() => CspmConnectorSummaryList, 0],
      1
    ];
    var ListConnectorsV2Request$ = [
      3,
      n0,
      _LCVR,
      0,
      [_NTe, _MRa, _PNrov, _CSonn, _ESn],
      [[0, { [_hQ]: _NTe }], [1, { [_hQ]: _MRa }], [0, { [_hQ]: _PNrov }], [0, { [_hQ]: _CSonn }], [0, { [_hQ]: _ESn }]]
    ];
    var ListConnectorsV2Response$ = [
      3,
      n0,
      _LCVRi,
      0,
      [_Conn, _NTe],
      [() => ConnectorSummaryList, 0],
      1
    ];
    var ListEnabledProductsForImportRequest$ = [
      3,
      n0,
      _LEPFIR,
      0,
      [_NTe, _MRa],
      [[0, { [_hQ]: _NTe }], [1, { [_hQ]: _MRa }]]
    ];
    var ListEnabledProductsForImportResponse$ = [
      3,
      n0,
      _LEPFIRi,
      0,
      [_PSro, _NTe],
      [64 | 0, 0]
    ];
    var ListFindingAggregatorsRequest$ = [
      3,
      n0,
      _LFAR,
      0,
      [_NTe, _MRa],
      [[0, { [_hQ]: _NTe }], [1, { [_hQ]: _MRa }]]
    ];
    var ListFindingAggregatorsResponse$ = [
      3,
      n0,
      _LFARi,
      0,
      [_FAind, _NTe],
      [() => FindingAggregatorList, 0]
    ];
    var ListFreeTrialStatusesV2Request$ = [
      3,
      n0,
      _LFTSVR,
      0,
      [_AIcc, _Statu, _MRa, _NTe],
      [64 | 0, 64 | 0, 1, 0]
    ];
    var ListFreeTrialStatusesV2Response$ = [
      3,
      n0,
      _LFTSVRi,
      0,
      [_AFTSc, _NTe],
      [() => AccountFreeTrialStatusList, 0],
      1
    ];
    var ListInvitationsRequest$ = [
      3,
      n0,
      _LIR,
      0,
      [_MRa, _NTe],
      [[1, { [_hQ]: _MRa }], [0, { [_hQ]: _NTe }]]
    ];
    var ListInvitationsResponse$ = [
      3,
      n0,
      _LIRi,
      0,
      [_Invi, _NTe],
      [() => InvitationList, 0]
    ];
    var ListMembersRequest$ = [
      3,
      n0,
      _LMR,
      0,
      [_OAn, _MRa, _NTe],
      [[2, { [_hQ]: _OAn }], [1, { [_hQ]: _MRa }], [0, { [_hQ]: _NTe }]]
    ];
    var ListMembersResponse$ = [
      3,
      n0,
      _LMRi,
      0,
      [_Memb, _NTe],
      [() => MemberList, 0]
    ];
    var ListOrganizationAdminAccountsRequest$ = [
      3,
      n0,
      _LOAAR,
      0,
      [_MRa, _NTe, _Fea],
      [[1, { [_hQ]: _MRa }], [0, { [_hQ]: _NTe }], [0, { [_hQ]: _Fea }]]
    ];
    var ListOrganizationAdminAccountsResponse$ = [
      3,
      n0,
      _LOAARi,
      0,
      [_AAdm, _NTe, _Fea],
      [() => AdminAccounts, 0, 0]
    ];
    var ListSecurityControlDefinitionsRequest$ = [
      3,
      n0,
      _LSCDR,
      0,
      [_SAta, _NTe, _MRa, _Provi],
      [[0, { [_hQ]: _SAta }], [0, { [_hQ]: _NTe }], [1, { [_hQ]: _MRa }], [64 | 0, { [_hQ]: _Provi }]]
    ];
    var ListSecurityControlDefinitionsResponse$ = [
      3,
      n0,
      _LSCDRi,
      0,
      [_SCDe, _NTe],
      [() => SecurityControlDefinitions, 0],
      1
    ];
    var ListStandardsControlAssociationsRequest$ = [
      3,
      n0,
      _LSCAR,
      0,
      [_SCIec, _NTe, _MRa],
      [[0, { [_hQ]: _SCIec }], [0, { [_hQ]: _NTe }], [1, { [_hQ]: _MRa }]],
      1
    ];
    var ListStandardsControlAssociationsResponse$ = [
      3,
      n0,
      _LSCARi,
      0,
      [_SCAS, _NTe],
      [() => StandardsControlAssociationSummaries, 0],
      1
    ];
    var ListTagsForResourceRequest$ = [
      3,
      n0,
      _LTFRR,
      0,
      [_RAe],
      [[0, 1]],
      1
    ];
    var ListTagsForResourceResponse$ = [
      3,
      n0,
      _LTFRRi,
      0,
      [_Tags],
      [128 | 0]
    ];
    var LoadBalancerState$ = [
      3,
      n0,
      _LBS,
      0,
      [_C, _R],
      [0, 0]
    ];
    var Malware$ = [
      3,
      n0,
      _Mal,
      0,
      [_N, _T, _Pat, _Sta],
      [0, 0, 0, 0],
      1
    ];
    var MapFilter$ = [
      3,
      n0,
      _MFa,
      0,
      [_K, _Val, _Compa],
      [0, 0, 0]
    ];
    var Member$ = [
      3,
      n0,
      _Membe,
      0,
      [_AIc, _E, _MI, _AI, _MSemb, _IAnv, _UA],
      [0, 0, 0, 0, 0, 5, 5]
    ];
    var Network$ = [
      3,
      n0,
      _Ne,
      0,
      [_Dir, _Prot, _OPR, _SIV, _SIVo, _SPou, _SDo, _SMo, _DIV, _DIVe, _DPes, _DDe],
      [0, 0, () => PortRange$, 0, 0, 1, 0, 0, 0, 0, 1, 0]
    ];
    var NetworkAutonomousSystem$ = [
      3,
      n0,
      _NAS,
      0,
      [_N, _Nu],
      [0, 1]
    ];
    var NetworkConnection$ = [
      3,
      n0,
      _NCe,
      0,
      [_Dir],
      [0]
    ];
    var NetworkConnectionAction$ = [
      3,
      n0,
      _NCA,
      0,
      [_CDonne, _RID, _RPD, _LPD, _Prot, _Blo],
      [0, () => ActionRemoteIpDetails$, () => ActionRemotePortDetails$, () => ActionLocalPortDetails$, 0, 2]
    ];
    var NetworkEndpoint$ = [
      3,
      n0,
      _NE,
      0,
      [_I, _Ip, _Do, _P, _Loc, _ASuto, _Conne],
      [0, 0, 0, 1, () => NetworkGeoLocation$, () => NetworkAutonomousSystem$, () => NetworkConnection$]
    ];
    var NetworkGeoLocation$ = [
      3,
      n0,
      _NGL,
      0,
      [_Ci, _Co, _Lat, _Lon],
      [0, 0, 1, 1]
    ];
    var NetworkHeader$ = [
      3,
      n0,
      _NH,
      0,
      [_Prot, _Des, _So],
      [0, () => NetworkPathComponentDetails$, () => NetworkPathComponentDetails$]
    ];
    var NetworkPathComponent$ = [
      3,
      n0,
      _NPC,
      0,
      [_CIom, _CTomp, _Eg, _Ing],
      [0, 0, () => NetworkHeader$, () => NetworkHeader$]
    ];
    var NetworkPathComponentDetails$ = [
      3,
      n0,
      _NPCD,
      0,
      [_Addr, _PRo],
      [64 | 0, () => PortRangeList]
    ];
    var Note$ = [
      3,
      n0,
      _No,
      0,
      [_Tex, _UBp, _UA],
      [0, 0, 0],
      3
    ];
    var NoteUpdate$ = [
      3,
      n0,
      _NU,
      0,
      [_Tex, _UBp],
      [0, 0],
      2
    ];
    var NumberFilter$ = [
      3,
      n0,
      _NFu,
      0,
      [_Gt, _Lt, _Eq, _Gt_, _Lt_],
      [1, 1, 1, 1, 1]
    ];
    var Occurrences$ = [
      3,
      n0,
      _Oc,
      0,
      [_LRi, _OR, _Pag, _Rec, _Cell],
      [() => Ranges, () => Ranges, () => Pages, () => Records, () => Cells]
    ];
    var OcsfBooleanFilter$ = [
      3,
      n0,
      _OBF,
      0,
      [_FNie, _Fil],
      [0, () => BooleanFilter$]
    ];
    var OcsfDateFilter$ = [
      3,
      n0,
      _ODF,
      0,
      [_FNie, _Fil],
      [0, () => DateFilter$]
    ];
    var OcsfFindingFilters$ = [
      3,
      n0,
      _OFF,
      0,
      [_CFo, _COo],
      [() => CompositeFilterList, 0]
    ];
    var OcsfFindingIdentifier$ = [
      3,
      n0,
      _OFI,
      0,
      [_CAU, _FIU, _MPU],
      [0, 0, 0],
      3
    ];
    var OcsfIpFilter$ = [
      3,
      n0,
      _OIF,
      0,
      [_FNie, _Fil],
      [0, () => IpFilter$]
    ];
    var OcsfMapFilter$ = [
      3,
      n0,
      _OMF,
      0,
      [_FNie, _Fil],
      [0, () => MapFilter$]
    ];
    var OcsfNumberFilter$ = [
      3,
      n0,
      _ONF,
      0,
      [_FNie, _Fil],
      [0, () => NumberFilter$]
    ];
    var OcsfStringFilter$ = [
      3,
      n0,
      _OSF,
      0,
      [_FNie, _Fil],
      [0, () => StringFilter$]
    ];
    var OrganizationConfiguration$ = [
      3,
      n0,
      _OC,
      0,
      [_CTon, _St, _SM],
      [0, 0, 0]
    ];
    var Page$ = [
      3,
      n0,
      _Page,
      0,
      [_PNag, _LRin, _ORf],
      [1, () => Range$, () => Range$]
    ];
    var ParameterConfiguration$ = [
      3,
      n0,
      _PCa,
      0,
      [_VTa, _Val],
      [0, () => ParameterValue$],
      1
    ];
    var ParameterDefinition$ = [
      3,
      n0,
      _PDa,
      0,
      [_D, _COon],
      [0, () => ConfigurationOptions$],
      2
    ];
    var PatchSummary$ = [
      3,
      n0,
      _PSa,
      0,
      [_I, _ICns, _MC, _FCai, _IOC, _IRC, _IPR, _OST, _OET, _ROeb, _Opera],
      [0, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0],
      1
    ];
    var PortProbeAction$ = [
      3,
      n0,
      _PPA,
      0,
      [_PPD, _Blo],
      [() => PortProbeDetailList, 2]
    ];
    var PortProbeDetail$ = [
      3,
      n0,
      _PPDo,
      0,
      [_LPD, _LID, _RID],
      [() => ActionLocalPortDetails$, () => ActionLocalIpDetails$, () => ActionRemoteIpDetails$]
    ];
    var PortRange$ = [
      3,
      n0,
      _PR,
      0,
      [_Be, _End_],
      [1, 1]
    ];
    var PortRangeFromTo$ = [
      3,
      n0,
      _PRFT,
      0,
      [_Fr, _To],
      [1, 1]
    ];
    var ProcessDetails$ = [
      3,
      n0,
      _PDr,
      0,
      [_N, _Pat, _Pi, _PPa, _LA, _TAe],
      [0, 0, 1, 1, 0, 0]
    ];
    var Product$ = [
      3,
      n0,
      _Produ,
      0,
      [_PA, _PNr, _CN, _D, _Cate, _ITnte, _MUa, _AUc, _PSRP],
      [0, 0, 0, 0, 64 | 0, 64 | 0, 0, 0, 0],
      1
    ];
    var ProductV2$ = [
      3,
      n0,
      _PVro,
      0,
      [_PVN, _CN, _D, _Cate, _IVT, _MUa, _AUc, _MPI],
      [0, 0, 0, 64 | 0, 64 | 0, 0, 0, 0]
    ];
    var PropagatingVgwSetDetails$ = [
      3,
      n0,
      _PVSD,
      0,
      [_GI],
      [0]
    ];
    var ProviderSummary$ = [
      3,
      n0,
      _PSr,
      0,
      [_PNrov, _CSonn, _PCro],
      [0, 0, () => ProviderDetail$]
    ];
    var Range$ = [
      3,
      n0,
      _Ra,
      0,
      [_Star, _End_, _SCta],
      [1, 1, 1]
    ];
    var Recommendation$ = [
      3,
      n0,
      _Reco,
      0,
      [_Tex, _Ur],
      [0, 0]
    ];
    var RecommendationError$ = [
      3,
      n0,
      _REec,
      0,
      [_C, _M],
      [0, 0]
    ];
    var _Record$ = [
      3,
      n0,
      _Recor,
      0,
      [_JP, _RIec],
      [0, 1]
    ];
    var RegisterConnectorV2Request$ = [
      3,
      n0,
      _RCVR,
      0,
      [_ACut, _ASuth],
      [0, 0],
      2
    ];
    var RegisterConnectorV2Response$ = [
      3,
      n0,
      _RCVRe,
      0,
      [_CIo, _CAon],
      [0, 0],
      1
    ];
    var RelatedFinding$ = [
      3,
      n0,
      _RFe,
      0,
      [_PA, _I],
      [0, 0],
      2
    ];
    var Remediation$ = [
      3,
      n0,
      _Rem,
      0,
      [_Reco],
      [() => Recommendation$]
    ];
    var Resource$ = [
      3,
      n0,
      _Reso,
      0,
      [_T, _I, _Par, _Reg, _Prov, _Ow, _RReso, _Tags, _DCat, _Deta, _ANp, _AAp],
      [0, 0, 0, 0, 0, () => ResourceOwner$, 0, 128 | 0, () => DataClassificationDetails$, () => ResourceDetails$, 0, 0],
      2
    ];
    var ResourceDetails$ = [
      3,
      n0,
      _RDe,
      0,
      [_AASASG, _ACBP, _ACFD, _AEI, _AENI, _AESG, _AEV, _AEVw, _AEE, _AESw, _AENA, _AELB, _AEBE, _AED, _ASB, _ASAPAB, _ASOw, _ASMS, _AIAK, _AIU, _AIP, _AAGVS, _AAGVA, _ADDT, _AAGS, _AAGRA, _ACTT, _ASPC, _ACMC, _ARCw, _AELBw, _AIG, _AIRw, _AKK, _ALF, _ALLV, _ARDI, _AST, _ASQ, _AWWA, _ARDS, _ARDCS, _ARDC, _AECw, _AECws, _AETDw, _Conta, _Ot, _ARES, _AESws, _AASLC, _AEVC, _AECI, _AOSSD, _AEVES, _AXEC, _AWRBR, _AWRRBR, _AER, _AECwsk, _ANFFP, _ANFF, _ANFRG, _ARDSGw, _AKSw, _AETG, _AEAP, _ACFS, _ACWA, _AEVPC, _AWRRG, _AWRR, _AWRWA, _AWR, _AWRG, _AET, _ABBV, _ABBP, _ABRP, _AELT, _ASMNI, _AWWAw, _AWRGw, _AERT, _AAMB, _AASGQA, _AESR, _AGDD, _ASFSM, _AAWG, _AEEw, _ADEw, _AEEws, _ADRT, _ADRI, _ARHZ, _AMC, _ASAP, _AECVE, _CRod, _ARzu],
      [() => AwsAutoScalingAutoScalingGroupDetails$, () => AwsCodeBuildProjectDetails$, () => AwsCloudFrontDistributionDetails$, () => AwsEc2InstanceDetails$, () => AwsEc2NetworkInterfaceDetails$, () => AwsEc2SecurityGroupDetails$, () => AwsEc2VolumeDetails$, () => AwsEc2VpcDetails$, () => AwsEc2EipDetails$, () => AwsEc2SubnetDetails$, () => AwsEc2NetworkAclDetails$, () => AwsElbv2LoadBalancerDetails$, () => AwsElasticBeanstalkEnvironmentDetails$, () => AwsElasticsearchDomainDetails$, () => AwsS3BucketDetails$, () => AwsS3AccountPublicAccessBlockDetails$, () => AwsS3ObjectDetails$, () => AwsSecretsManagerSecretDetails$, () => AwsIamAccessKeyDetails$, () => AwsIamUserDetails$, () => AwsIamPolicyDetails$, () => AwsApiGatewayV2StageDetails$, () => AwsApiGatewayV2ApiDetails$, () => AwsDynamoDbTableDetails$, () => AwsApiGatewayStageDetails$, () => AwsApiGatewayRestApiDetails$, () => AwsCloudTrailTrailDetails$, () => AwsSsmPatchComplianceDetails$, () => AwsCertificateManagerCertificateDetails$, () => AwsRedshiftClusterDetails$, () => AwsElbLoadBalancerDetails$, () => AwsIamGroupDetails$, () => AwsIamRoleDetails$, () => AwsKmsKeyDetails$, () => AwsLambdaFunctionDetails$, () => AwsLambdaLayerVersionDetails$, () => AwsRdsDbInstanceDetails$, () => AwsSnsTopicDetails$, () => AwsSqsQueueDetails$, () => AwsWafWebAclDetails$, () => AwsRdsDbSnapshotDetails$, () => AwsRdsDbClusterSnapshotDetails$, () => AwsRdsDbClusterDetails$, () => AwsEcsClusterDetails$, () => AwsEcsContainerDetails$, () => AwsEcsTaskDefinitionDetails$, () => ContainerDetails$, 128 | 0, () => AwsRdsEventSubscriptionDetails$, () => AwsEcsServiceDetails$, () => AwsAutoScalingLaunchConfigurationDetails$, () => AwsEc2VpnConnectionDetails$, () => AwsEcrContainerImageDetails$, () => AwsOpenSearchServiceDomainDetails$, () => AwsEc2VpcEndpointServiceDetails$, () => AwsXrayEncryptionConfigDetails$, () => AwsWafRateBasedRuleDetails$, () => AwsWafRegionalRateBasedRuleDetails$, () => AwsEcrRepositoryDetails$, () => AwsEksClusterDetails$, () => AwsNetworkFirewallFirewallPolicyDetails$, () => AwsNetworkFirewallFirewallDetails$, () => AwsNetworkFirewallRuleGroupDetails$, () => AwsRdsDbSecurityGroupDetails$, () => AwsKinesisStreamDetails$, () => AwsEc2TransitGatewayDetails$, () => AwsEfsAccessPointDetails$, () => AwsCloudFormationStackDetails$, () => AwsCloudWatchAlarmDetails$, () => AwsEc2VpcPeeringConnectionDetails$, () => AwsWafRegionalRuleGroupDetails$, () => AwsWafRegionalRuleDetails$, () => AwsWafRegionalWebAclDetails$, () => AwsWafRuleDetails$, () => AwsWafRuleGroupDetails$, () => AwsEcsTaskDetails$, () => AwsBackupBackupVaultDetails$, () => AwsBackupBackupPlanDetails$, () => AwsBackupRecoveryPointDetails$, () => AwsEc2LaunchTemplateDetails$, () => AwsSageMakerNotebookInstanceDetails$, () => AwsWafv2WebAclDetails$, () => AwsWafv2RuleGroupDetails$, () => AwsEc2RouteTableDetails$, () => AwsAmazonMqBrokerDetails$, () => AwsAppSyncGraphQlApiDetails$, () => AwsEventSchemasRegistryDetails$, () => AwsGuardDutyDetectorDetails$, () => AwsStepFunctionStateMachineDetails$, () => AwsAthenaWorkGroupDetails$, () => AwsEventsEventbusDetails$, () => AwsDmsEndpointDetails$, () => AwsEventsEndpointDetails$, () => AwsDmsReplicationTaskDetails$, () => AwsDmsReplicationInstanceDetails$, () => AwsRoute53HostedZoneDetails$, () => AwsMskClusterDetails$, () => AwsS3AccessPointDetails$, () => AwsEc2ClientVpnEndpointDetails$, () => CodeRepositoryDetails$, 15]
    ];
    var ResourceFindingsSummary$ = [
      3,
      n0,
      _RFS,
      0,
      [_FTi, _PNr, _TF, _Sev],
      [0, 0, 1, () => ResourceSeverityBreakdown$],
      3
    ];
    var ResourceGroupByRule$ = [
      3,
      n0,
      _RGBR,
      0,
      [_GBF, _Filt],
      [0, () => ResourcesFilters$],
      1
    ];
    var ResourceInfo$ = [
      3,
      n0,
      _RIeso,
      0,
      [_AID],
      [() => AIDetails$]
    ];
    var ResourceOwner$ = [
      3,
      n0,
      _ROes,
      0,
      [_Acc, _Org],
      [() => ResourceOwnerAccount$, () => ResourceOwnerOrg$]
    ];
    var ResourceOwnerAccount$ = [
      3,
      n0,
      _ROA,
      0,
      [_I],
      [0]
    ];
    var ResourceOwnerOrg$ = [
      3,
      n0,
      _ROO,
      0,
      [_I],
      [0]
    ];
    var ResourceResult$ = [
      3,
      n0,
      _RResou,
      0,
      [_RI, _AIc, _Reg, _RT, _RDCTD, _RCeso, _RGe, _ANcc, _RPe, _ROAI, _ROOI, _RCP, _RR, _RCesou, _RNes, _RCTD, _FSin, _RTe, _RSC, _DTi, _RIeso],
      [0, 0, 0, 0, 0, 15, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, () => ResourceFindingsSummaryList, () => ResourceTagList, 0, 0, () => ResourceInfo$],
      6
    ];
    var ResourcesCompositeFilter$ = [
      3,
      n0,
      _RCF,
      0,
      [_SF, _DF, _NF, _MF, _NCF, _Oper],
      [() => ResourcesStringFilterList, () => ResourcesDateFilterList, () => ResourcesNumberFilterList, () => ResourcesMapFilterList, () => ResourcesCompositeFilterList, 0]
    ];
    var ResourceScopes$ = [
      3,
      n0,
      _RSeso,
      0,
      [_AOw],
      [() => AwsOrganizationScopeList]
    ];
    var ResourcesCount$ = [
      3,
      n0,
      _RCesour,
      0,
      [_ARl],
      [1],
      1
    ];
    var ResourcesDateFilter$ = [
      3,
      n0,
      _RDF,
      0,
      [_FNie, _Fil],
      [0, () => DateFilter$]
    ];
    var ResourceSeverityBreakdown$ = [
      3,
      n0,
      _RSB,
      0,
      [_Ot, _Fat, _Crit, _Hi, _Med, _Low, _Inf, _Unk],
      [1, 1, 1, 1, 1, 1, 1, 1]
    ];
    var ResourcesFilters$ = [
      3,
      n0,
      _RFes,
      0,
      [_CFo, _COo],
      [() => ResourcesCompositeFilterList, 0]
    ];
    var ResourcesMapFilter$ = [
      3,
      n0,
      _RMF,
      0,
      [_FNie, _Fil],
      [0, () => MapFilter$]
    ];
    var ResourcesNumberFilter$ = [
      3,
      n0,
      _RNF,
      0,
      [_FNie, _Fil],
      [0, () => NumberFilter$]
    ];
    var ResourcesStringFilter$ = [
      3,
      n0,
      _RSF,
      0,
      [_FNie, _Fil],
      [0, () => StringFilter$]
    ];
    var ResourcesTrendsCompositeFilter$ = [
      3,
      n0,
      _RTCF,
      0,
      [_SF, _NCF, _Oper],
      [() => ResourcesTrendsStringFilterList, () => ResourcesTrendsCompositeFilterList, 0]
    ];
    var ResourcesTrendsFilters$ = [
      3,
      n0,
      _RTF,
      0,
      [_CFo, _COo],
      [() => ResourcesTrendsCompositeFilterList, 0]
    ];
    var ResourcesTrendsMetricsResult$ = [
      3,
      n0,
      _RTMR,
      0,
      [_Times, _TV],
      [5, () => ResourcesTrendsValues$],
      2
    ];
    var ResourcesTrendsStringFilter$ = [
      3,
      n0,
      _RTSF,
      0,
      [_FNie, _Fil],
      [0, () => StringFilter$]
    ];
    var ResourcesTrendsValues$ = [
      3,
      n0,
      _RTV,
      0,
      [_RCesour],
      [() => ResourcesCount$],
      1
    ];
    var ResourceTag$ = [
      3,
      n0,
      _RTeso,
      0,
      [_K, _Val],
      [0, 0],
      2
    ];
    var Result$ = [
      3,
      n0,
      _Resu,
      0,
      [_AIc, _PRr],
      [0, 0]
    ];
    var RouteSetDetails$ = [
      3,
      n0,
      _RSDo,
      0,
      [_CGIa, _CNA, _DCBe, _DICB, _DPLI, _EOIGI, _GI, _IIn, _IOI, _LGI, _NGI, _NII, _Ori, _Sta, _TGI, _VPCI],
      [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
    ];
    var RuleGroupDetails$ = [
      3,
      n0,
      _RGD,
      0,
      [_RVu, _RSu],
      [() => RuleGroupVariables$, () => RuleGroupSource$]
    ];
    var RuleGroupSource$ = [
      3,
      n0,
      _RGS,
      0,
      [_RSL, _RSul, _SRtat, _SRACA],
      [() => RuleGroupSourceListDetails$, 0, () => RuleGroupSourceStatefulRulesList, () => RuleGroupSourceStatelessRulesAndCustomActionsDetails$]
    ];
    var RuleGroupSourceCustomActionsDetails$ = [
      3,
      n0,
      _RGSCAD,
      0,
      [_ADct, _ANct],
      [() => StatelessCustomActionDefinition$, 0]
    ];
    var RuleGroupSourceListDetails$ = [
      3,
      n0,
      _RGSLD,
      0,
      [_GRT, _TTa, _Tar],
      [0, 64 | 0, 64 | 0]
    ];
    var RuleGroupSourceStatefulRulesDetails$ = [
      3,
      n0,
      _RGSSRD,
      0,
      [_A, _Hea, _ROu],
      [0, () => RuleGroupSourceStatefulRulesHeaderDetails$, () => RuleGroupSourceStatefulRulesOptionsList]
    ];
    var RuleGroupSourceStatefulRulesHeaderDetails$ = [
      3,
      n0,
      _RGSSRHD,
      0,
      [_Des, _DPes, _Dir, _Prot, _So, _SPou],
      [0, 0, 0, 0, 0, 0]
    ];
    var RuleGroupSourceStatefulRulesOptionsDetails$ = [
      3,
      n0,
      _RGSSROD,
      0,
      [_Ke, _Set],
      [0, 64 | 0]
    ];
    var RuleGroupSourceStatelessRuleDefinition$ = [
      3,
      n0,
      _RGSSRDu,
      0,
      [_Act, _MAat],
      [64 | 0, () => RuleGroupSourceStatelessRuleMatchAttributes$]
    ];
    var RuleGroupSourceStatelessRuleMatchAttributes$ = [
      3,
      n0,
      _RGSSRMA,
      0,
      [_DPest, _Dest, _Proto, _SPour, _Sou, _TFc],
      [() => RuleGroupSourceStatelessRuleMatchAttributesDestinationPortsList, () => RuleGroupSourceStatelessRuleMatchAttributesDestinationsList, 64 | 1, () => RuleGroupSourceStatelessRuleMatchAttributesSourcePortsList, () => RuleGroupSourceStatelessRuleMatchAttributesSourcesList, () => RuleGroupSourceStatelessRuleMatchAttributesTcpFlagsList]
    ];
    var RuleGroupSourceStatelessRuleMatchAttributesDestinationPorts$ = [
      3,
      n0,
      _RGSSRMADP,
      0,
      [_FP, _TPo],
      [1, 1]
    ];
    var RuleGroupSourceStatelessRuleMatchAttributesDestinations$ = [
      3,
      n0,
      _RGSSRMAD,
      0,
      [_ADd],
      [0]
    ];
    var RuleGroupSourceStatelessRuleMatchAttributesSourcePorts$ = [
      3,
      n0,
      _RGSSRMASP,
      0,
      [_FP, _TPo],
      [1, 1]
    ];
    var RuleGroupSourceStatelessRuleMatchAttributesSources$ = [
      3,
      n0,
      _RGSSRMAS,
      0,
      [_ADd],
      [0]
    ];
    var RuleGroupSourceStatelessRuleMatchAttributesTcpFlags$ = [
      3,
      n0,
      _RGSSRMATF,
      0,
      [_Fl, _Mask],
      [64 | 0, 64 | 0]
    ];
    var RuleGroupSourceStatelessRulesAndCustomActionsDetails$ = [
      3,
      n0,
      _RGSSRACAD,
      0,
      [_CAu, _SRtate],
      [() => RuleGroupSourceCustomActionsList, () => RuleGroupSourceStatelessRulesList]
    ];
    var RuleGroupSourceStatelessRulesDetails$ = [
      3,
      n0,
      _RGSSRDul,
      0,
      [_Prio, _RDu],
      [1, () => RuleGroupSourceStatelessRuleDefinition$]
    ];
    var RuleGroupVariables$ = [
      3,
      n0,
      _RGV,
      0,
      [_ISp, _PSo],
      [() => RuleGroupVariablesIpSetsDetails$, () => RuleGroupVariablesPortSetsDetails$]
    ];
    var RuleGroupVariablesIpSetsDetails$ = [
      3,
      n0,
      _RGVISD,
      0,
      [_Def],
      [64 | 0]
    ];
    var RuleGroupVariablesPortSetsDetails$ = [
      3,
      n0,
      _RGVPSD,
      0,
      [_Def],
      [64 | 0]
    ];
    var SecurityControl$ = [
      3,
      n0,
      _SCecu,
      0,
      [_SCIec, _SCAe, _Ti, _D, _RU, _SRev, _SCS, _US, _Para, _LUR, _Prov],
      [0, 0, 0, 0, 0, 0, 0, 0, () => _Parameters, 0, 0],
      7
    ];
    var SecurityControlCustomParameter$ = [
      3,
      n0,
      _SCCP,
      0,
      [_SCIec, _Para],
      [0, () => _Parameters]
    ];
    var SecurityControlDefinition$ = [
      3,
      n0,
      _SCD,
      0,
      [_SCIec, _Ti, _D, _RU, _SRev, _CRA, _CPu, _PDar, _Prov],
      [0, 0, 0, 0, 0, 0, 64 | 0, () => ParameterDefinitions, 0],
      6
    ];
    var SecurityControlParameter$ = [
      3,
      n0,
      _SCPec,
      0,
      [_N, _Val],
      [0, 64 | 0]
    ];
    var SecurityControlsConfiguration$ = [
      3,
      n0,
      _SCC,
      0,
      [_ESCI, _DSCI, _SCCPe],
      [64 | 0, 64 | 0, () => SecurityControlCustomParametersList]
    ];
    var SecurityHubPolicy$ = [
      3,
      n0,
      _SHP,
      0,
      [_SEe, _ESI, _SCC],
      [2, 64 | 0, () => SecurityControlsConfiguration$]
    ];
    var SensitiveDataDetections$ = [
      3,
      n0,
      _SDD,
      0,
      [_Cou, _T, _Oc],
      [1, 0, () => Occurrences$]
    ];
    var SensitiveDataResult$ = [
      3,
      n0,
      _SDR,
      0,
      [_Cat, _Dete, _TCo],
      [0, () => SensitiveDataDetectionsList, 1]
    ];
    var Sequence$ = [
      3,
      n0,
      _Seq,
      0,
      [_Ui, _Acto, _Endp, _Sig, _SIeq],
      [0, () => ActorsList, () => NetworkEndpointsList, () => SignalsList, () => IndicatorsList]
    ];
    var ServiceNowDetail$ = [
      3,
      n0,
      _SND,
      0,
      [_SAec, _ASut, _INn],
      [0, 0, 0],
      2
    ];
    var ServiceNowProviderConfiguration$ = [
      3,
      n0,
      _SNPC,
      0,
      [_INn, _SAec],
      [0, 0],
      2
    ];
    var ServiceNowUpdateConfiguration$ = [
      3,
      n0,
      _SNUC,
      0,
      [_SAec],
      [0]
    ];
    var Severity$ = [
      3,
      n0,
      _Se,
      0,
      [_Produ, _Lab, _Norm, _Orig],
      [1, 0, 1, 0]
    ];
    var SeverityTrendsCount$ = [
      3,
      n0,
      _STC,
      0,
      [_Unk, _Inf, _Low, _Med, _Hi, _Crit, _Fat, _Ot],
      [1, 1, 1, 1, 1, 1, 1, 1],
      8
    ];
    var SeverityUpdate$ = [
      3,
      n0,
      _SUe,
      0,
      [_Norm, _Produ, _Lab],
      [1, 1, 0]
    ];
    var Signal$ = [
      3,
      n0,
      _Sign,
      0,
      [_T, _I, _Ti, _PA, _RIesou, _SIi, _N, _CA, _UA, _FSA, _LSAa, _Se, _Cou, _AIct, _EIndp],
      [0, 0, 0, 0, 64 | 0, () => IndicatorsList, 0, 1, 1, 1, 1, 1, 1, 64 | 0, 64 | 0]
    ];
    var SoftwarePackage$ = [
      3,
      n0,
      _SPof,
      0,
      [_N, _V, _Ep, _Rel, _Arc, _PMa, _FPil, _FIV, _Rem, _SLH, _SLA],
      [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
    ];
    var SortCriterion$ = [
      3,
      n0,
      _SCort,
      0,
      [_Fi, _SOo],
      [0, 0]
    ];
    var Standard$ = [
      3,
      n0,
      _Stand,
      0,
      [_SAta, _N, _D, _EBD, _Prov, _SMB],
      [0, 0, 0, 2, 0, () => StandardsManagedBy$]
    ];
    var StandardsControl$ = [
      3,
      n0,
      _SCtan,
      0,
      [_SCAta, _CSont, _DRi, _CSUA, _CIon, _Ti, _D, _RU, _SRev, _RRel],
      [0, 0, 0, 5, 0, 0, 0, 0, 0, 64 | 0]
    ];
    var StandardsControlAssociationDetail$ = [
      3,
      n0,
      _SCADt,
      0,
      [_SAta, _SCIec, _SCAe, _ASss, _RRel, _UA, _UR, _SCTt, _SCDt, _SCAtan],
      [0, 0, 0, 0, 64 | 0, 5, 0, 0, 0, 64 | 0],
      4
    ];
    var StandardsControlAssociationId$ = [
      3,
      n0,
      _SCAIt,
      0,
      [_SCIec, _SAta],
      [0, 0],
      2
    ];
    var StandardsControlAssociationSummary$ = [
      3,
      n0,
      _SCASt,
      0,
      [_SAta, _SCIec, _SCAe, _ASss, _RRel, _UA, _UR, _SCTt, _SCDt],
      [0, 0, 0, 0, 64 | 0, 5, 0, 0, 0],
      4
    ];
    var StandardsControlAssociationUpdate$ = [
      3,
      n0,
      _SCAUt,
      0,
      [_SAta, _SCIec, _ASss, _UR],
      [0, 0, 0, 0],
      3
    ];
    var StandardsManagedBy$ = [
      3,
      n0,
      _SMB,
      0,
      [_Compan, _Produ],
      [0, 0]
    ];
    var StandardsStatusReason$ = [
      3,
      n0,
      _SSRta,
      0,
      [_SRC],
      [0],
      1
    ];
    var StandardsSubscription$ = [
      3,
      n0,
      _SStan,
      0,
      [_SSAt, _SAta, _SItan, _SStand, _SCU, _SSRta, _Prov],
      [0, 0, 128 | 0, 0, 0, () => StandardsStatusReason$, 0],
      4
    ];
    var StandardsSubscriptionRequest$ = [
      3,
      n0,
      _SSRtan,
      0,
      [_SAta, _SItan],
      [0, 128 | 0],
      1
    ];
    var StartConfigurationPolicyAssociationRequest$ = [
      3,
      n0,
      _SCPAR,
      0,
      [_CPIo, _Ta],
      [0, () => Target$],
      2
    ];
    var StartConfigurationPolicyAssociationResponse$ = [
      3,
      n0,
      _SCPARt,
      0,
      [_CPI, _TIa, _TT, _ATs, _UA, _ASss, _ASM],
      [0, 0, 0, 0, 5, 0, 0]
    ];
    var StartConfigurationPolicyDisassociationRequest$ = [
      3,
      n0,
      _SCPDR,
      0,
      [_CPIo, _Ta],
      [0, () => Target$],
      1
    ];
    var StartConfigurationPolicyDisassociationResponse$ = [
      3,
      n0,
      _SCPDRt,
      0,
      [],
      []
    ];
    var StatelessCustomActionDefinition$ = [
      3,
      n0,
      _SCADta,
      0,
      [_PMA],
      [() => StatelessCustomPublishMetricAction$]
    ];
    var StatelessCustomPublishMetricAction$ = [
      3,
      n0,
      _SCPMA,
      0,
      [_Di],
      [() => StatelessCustomPublishMetricActionDimensionsList]
    ];
    var StatelessCustomPublishMetricActionDimension$ = [
      3,
      n0,
      _SCPMAD,
      0,
      [_Val],
      [0]
    ];
    var StatusReason$ = [
      3,
      n0,
      _SRtatu,
      0,
      [_RCea, _D],
      [0, 0],
      1
    ];
    var StringConfigurationOptions$ = [
      3,
      n0,
      _SCO,
      0,
      [_DVe, _REex, _EDxp],
      [0, 0, 0]
    ];
    var StringFilter$ = [
      3,
      n0,
      _SFt,
      0,
      [_Val, _Compa],
      [0, 0]
    ];
    var StringListConfigurationOptions$ = [
      3,
      n0,
      _SLCO,
      0,
      [_DVe, _REex, _MIa, _EDxp],
      [64 | 0, 0, 1, 0]
    ];
    var TagResourceRequest$ = [
      3,
      n0,
      _TRR,
      0,
      [_RAe, _Tags],
      [[0, 1], 128 | 0],
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
    var Threat$ = [
      3,
      n0,
      _Threa,
      0,
      [_N, _Se, _ICt, _FPile],
      [0, 0, 1, () => FilePathList]
    ];
    var ThreatIntelIndicator$ = [
      3,
      n0,
      _TIIh,
      0,
      [_T, _Val, _Cat, _LOA, _So, _SU],
      [0, 0, 0, 0, 0, 0]
    ];
    var TrendsMetricsResult$ = [
      3,
      n0,
      _TMR,
      0,
      [_Times, _TV],
      [5, () => TrendsValues$],
      2
    ];
    var TrendsValues$ = [
      3,
      n0,
      _TV,
      0,
      [_STev],
      [() => SeverityTrendsCount$],
      1
    ];
    var UnprocessedAutomationRule$ = [
      3,
      n0,
      _UARn,
      0,
      [_RA, _ECr, _EMr],
      [0, 1, 0]
    ];
    var UnprocessedConfigurationPolicyAssociation$ = [
      3,
      n0,
      _UCPAn,
      0,
      [_CPAI, _ECr, _ERr],
      [() => ConfigurationPolicyAssociation$, 0, 0]
    ];
    var UnprocessedSecurityControl$ = [
      3,
      n0,
      _USCn,
      0,
      [_SCIec, _ECr, _ERr],
      [0, 0, 0],
      2
    ];
    var UnprocessedStandardsControlAssociation$ = [
      3,
      n0,
      _USCA,
      0,
      [_SCAIt, _ECr, _ERr],
      [() => StandardsControlAssociationId$, 0, 0],
      2
    ];
    var UnprocessedStandardsControlAssociationUpdate$ = [
      3,
      n0,
      _USCAU,
      0,
      [_SCAUt, _ECr, _ERr],
      [() => StandardsControlAssociationUpdate$, 0, 0],
      2
    ];
    var UntagResourceRequest$ = [
      3,
      n0,
      _URR,
      0,
      [_RAe, _TK],
      [[0, 1], [64 | 0, { [_hQ]: _tK }]],
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
    var UnusedPermissionsRecommendationStep$ = [
      3,
      n0,
      _UPRS,
      0,
      [_RAec, _EPx, _EPI, _PUA, _RPec],
      [0, 0, 0, 5, 0]
    ];
    var UpdateActionTargetRequest$ = [
      3,
      n0,
      _UATR,
      0,
      [_ATA, _N, _D],
      [[0, 1], 0, 0],
      1
    ];
    var UpdateActionTargetResponse$ = [
      3,
      n0,
      _UATRp,
      0,
      [],
      []
    ];
    var UpdateAggregatorV2Request$ = [
      3,
      n0,
      _UAVR,
      0,
      [_AVA, _RLM, _LR],
      [[0, 1], 0, 64 | 0],
      2
    ];
    var UpdateAggregatorV2Response$ = [
      3,
      n0,
      _UAVRp,
      0,
      [_AVA, _ARg, _RLM, _LR],
      [0, 0, 0, 64 | 0]
    ];
    var UpdateAutomationRulesRequestItem$ = [
      3,
      n0,
      _UARRIp,
      0,
      [_RA, _RS, _RO, _D, _RN, _IT, _Cr, _Act],
      [0, 0, 1, 0, 0, 2, () => AutomationRulesFindingFilters$, () => ActionList],
      1
    ];
    var UpdateAutomationRuleV2Request$ = [
      3,
      n0,
      _UARVR,
      0,
      [_Id, _RS, _RO, _D, _RN, _Cr, _Act],
      [[0, 1], 0, 1, 0, 0, () => Criteria$, () => AutomationRulesActionListV2],
      1
    ];
    var UpdateAutomationRuleV2Response$ = [
      3,
      n0,
      _UARVRp,
      0,
      [],
      []
    ];
    var UpdateConfigurationPolicyRequest$ = [
      3,
      n0,
      _UCPR,
      0,
      [_Id, _N, _D, _UR, _CPonf],
      [[0, 1], 0, 0, 0, () => Policy$],
      1
    ];
    var UpdateConfigurationPolicyResponse$ = [
      3,
      n0,
      _UCPRp,
      0,
      [_Ar, _I, _N, _D, _UA, _CA, _CPonf],
      [0, 0, 0, 0, 5, 5, () => Policy$]
    ];
    var UpdateConnectorRequest$ = [
      3,
      n0,
      _UCR,
      0,
      [_CIo, _D, _Prov],
      [[0, 1], 0, () => CspmProviderUpdateConfiguration$],
      1
    ];
    var UpdateConnectorResponse$ = [
      3,
      n0,
      _UCRp,
      0,
      [_CSonn, _ESn],
      [0, 0]
    ];
    var UpdateConnectorV2Request$ = [
      3,
      n0,
      _UCVR,
      0,
      [_CIo, _D, _Prov],
      [[0, 1], 0, () => ProviderUpdateConfiguration$],
      1
    ];
    var UpdateConnectorV2Response$ = [
      3,
      n0,
      _UCVRp,
      0,
      [_CSonn, _ESn],
      [0, 0]
    ];
    var UpdateFindingAggregatorRequest$ = [
      3,
      n0,
      _UFAR,
      0,
      [_FAA, _RLM, _Regi],
      [0, 0, 64 | 0],
      2
    ];
    var UpdateFindingAggregatorResponse$ = [
      3,
      n0,
      _UFARp,
      0,
      [_FAA, _FAR, _RLM, _Regi],
      [0, 0, 0, 64 | 0]
    ];
    var UpdateFindingsRequest$ = [
      3,
      n0,
      _UFR,
      0,
      [_Filt, _No, _RSe],
      [() => AwsSecurityFindingFilters$, () => NoteUpdate$, 0],
      1
    ];
    var UpdateFindingsResponse$ = [
      3,
      n0,
      _UFRp,
      0,
      [],
      []
    ];
    var UpdateInsightRequest$ = [
      3,
      n0,
      _UIR,
      0,
      [_IAns, _N, _Filt, _GBA],
      [[0, 1], 0, () => AwsSecurityFindingFilters$, 0],
      1
    ];
    var UpdateInsightResponse$ = [
      3,
      n0,
      _UIRp,
      0,
      [],
      []
    ];
    var UpdateOrganizationConfigurationRequest$ = [
      3,
      n0,
      _UOCR,
      0,
      [_AEu, _AES, _OC],
      [2, 0, () => OrganizationConfiguration$],
      1
    ];
    var UpdateOrganizationConfigurationResponse$ = [
      3,
      n0,
      _UOCRp,
      0,
      [],
      []
    ];
    var UpdateSecurityControlRequest$ = [
      3,
      n0,
      _USCR,
      0,
      [_SCIec, _Para, _LUR],
      [0, () => _Parameters, 0],
      2
    ];
    var UpdateSecurityControlResponse$ = [
      3,
      n0,
      _USCRp,
      0,
      [],
      []
    ];
    var UpdateSecurityHubConfigurationRequest$ = [
      3,
      n0,
      _USHCR,
      0,
      [_AEC, _CFG],
      [2, 0]
    ];
    var UpdateSecurityHubConfigurationResponse$ = [
      3,
      n0,
      _USHCRp,
      0,
      [],
      []
    ];
    var UpdateStandardsControlRequest$ = [
      3,
      n0,
      _USCRpd,
      0,
      [_SCAta, _CSont, _DRi],
      [[0, 1], 0, 0],
      1
    ];
    var UpdateStandardsControlResponse$ = [
      3,
      n0,
      _USCRpda,
      0,
      [],
      []
    ];
    var UserAccount$ = [
      3,
      n0,
      _UAs,
      0,
      [_Ui, _N],
      [0, 0]
    ];
    var VolumeMount$ = [
      3,
      n0,
      _VMol,
      0,
      [_N, _MPou],
      [0, 0]
    ];
    var VpcInfoCidrBlockSetDetails$ = [
      3,
      n0,
      _VICBSD,
      0,
      [_CBi],
      [0]
    ];
    var VpcInfoIpv6CidrBlockSetDetails$ = [
      3,
      n0,
      _VIICBSD,
      0,
      [_ICB],
      [0]
    ];
    var VpcInfoPeeringOptionsDetails$ = [
      3,
      n0,
      _VIPOD,
      0,
      [_ADRFRV, _AEFLCLTRV, _AEFLVTRCL],
      [2, 2, 2]
    ];
    var Vulnerability$ = [
      3,
      n0,
      _Vul,
      0,
      [_I, _VPu, _Cv, _RVe, _Ve, _RUe, _FAix, _ESp, _EAxp, _LKEA, _CVo],
      [0, () => SoftwarePackageList, () => CvssList, 64 | 0, () => VulnerabilityVendor$, 64 | 0, 0, 1, 0, 0, () => VulnerabilityCodeVulnerabilitiesList],
      1
    ];
    var VulnerabilityCodeVulnerabilities$ = [
      3,
      n0,
      _VCV,
      0,
      [_Cw, _FPil, _SAo],
      [64 | 0, () => CodeVulnerabilitiesFilePath$, 0]
    ];
    var VulnerabilityVendor$ = [
      3,
      n0,
      _VV,
      0,
      [_N, _Ur, _VSe, _VCA, _VUA],
      [0, 0, 0, 0, 0],
      1
    ];
    var WafAction$ = [
      3,
      n0,
      _WA,
      0,
      [_T],
      [0]
    ];
    var WafExcludedRule$ = [
      3,
      n0,
      _WER,
      0,
      [_RIu],
      [0]
    ];
    var WafOverrideAction$ = [
      3,
      n0,
      _WOA,
      0,
      [_T],
      [0]
    ];
    var Workflow$ = [
      3,
      n0,
      _W,
      0,
      [_St],
      [0]
    ];
    var WorkflowUpdate$ = [
      3,
      n0,
      _WU,
      0,
      [_St],
      [0]
    ];
    var AccountDetailsList = [
      1,
      n0,
      _ADL,
      0,
      () => AccountDetails$
    ];
    var AccountFreeTrialStatusList = [
      1,
      n0,
      _AFTSL,
      0,
      () => AccountFreeTrialStatus$
    ];
    var ActionList = [
      1,
      n0,
      _ALct,
      0,
      () => AutomationRulesAction$
    ];
    var ActionTargetList = [
      1,
      n0,
      _ATLc,
      0,
      () => ActionTarget$
    ];
    var ActorsList = [
      1,
      n0,
      _ALcto,
      0,
      () => Actor$
    ];
    var AdjustmentList = [
      1,
      n0,
      _ALd,
      0,
      () => Adjustment$
    ];
    var AdminAccounts = [
      1,
      n0,
      _AAdm,
      0,
      () => AdminAccount$
    ];
    var AggregatorV2List = [
      1,
      n0,
      _AVL,
      0,
      () => AggregatorV2$
    ];
    var AssociatedStandardsList = [
      1,
      n0,
      _ASL,
      0,
      () => AssociatedStandard$
    ];
    var AssociationSetList = [
      1,
      n0,
      _ASLs,
      0,
      () => AssociationSetDetails$
    ];
    var AutomationRulesActionListV2 = [
      1,
      n0,
      _ARALV,
      0,
      () => AutomationRulesActionV2$
    ];
    var AutomationRulesActionTypeListV2 = [
      1,
      n0,
      _ARATLV,
      0,
      () => AutomationRulesActionTypeObjectV2$
    ];
    var AutomationRulesConfigList = [
      1,
      n0,
      _ARCL,
      0,
      () => AutomationRulesConfig$
    ];
    var AutomationRulesMetadataList = [
      1,
      n0,
      _ARML,
      0,
      () => AutomationRulesMetadata$
    ];
    var AutomationRulesMetadataListV2 = [
      1,
      n0,
      _ARMLV,
      0,
      () => AutomationRulesMetadataV2$
    ];
    var AvailabilityZones = [
      1,
      n0,
      _AZv,
      0,
      () => AvailabilityZone$
    ];
    var AwsAmazonMqBrokerUsersList = [
      1,
      n0,
      _AAMBUL,
      0,
      () => AwsAmazonMqBrokerUsersDetails$
    ];
    var AwsApiGatewayMethodSettingsList = [
      1,
      n0,
      _AAGMSL,
      0,
      () => AwsApiGatewayMethodSettings$
    ];
    var AwsAppSyncGraphQlApiAdditionalAuthenticationProvidersList = [
      1,
      n0,
      _AASGQAAAPL,
      0,
      () => AwsAppSyncGraphQlApiAdditionalAuthenticationProvidersDetails$
    ];
    var AwsAutoScalingAutoScalingGroupAvailabilityZonesList = [
      1,
      n0,
      _AASASGAZL,
      0,
      () => AwsAutoScalingAutoScalingGroupAvailabilityZonesListDetails$
    ];
    var AwsAutoScalingAutoScalingGroupMixedInstancesPolicyLaunchTemplateOverridesList = [
      1,
      n0,
      _AASASGMIPLTOL,
      0,
      () => AwsAutoScalingAutoScalingGroupMixedInstancesPolicyLaunchTemplateOverridesListDetails$
    ];
    var AwsAutoScalingLaunchConfigurationBlockDeviceMappingsList = [
      1,
      n0,
      _AASLCBDML,
      0,
      () => AwsAutoScalingLaunchConfigurationBlockDeviceMappingsDetails$
    ];
    var AwsBackupBackupPlanAdvancedBackupSettingsList = [
      1,
      n0,
      _ABBPABSL,
      0,
      () => AwsBackupBackupPlanAdvancedBackupSettingsDetails$
    ];
    var AwsBackupBackupPlanRuleCopyActionsList = [
      1,
      n0,
      _ABBPRCAL,
      0,
      () => AwsBackupBackupPlanRuleCopyActionsDetails$
    ];
    var AwsBackupBackupPlanRuleList = [
      1,
      n0,
      _ABBPRL,
      0,
      () => AwsBackupBackupPlanRuleDetails$
    ];
    var AwsCertificateManagerCertificateDomainValidationOptions = [
      1,
      n0,
      _ACMCDVOw,
      0,
      () => AwsCertificateManagerCertificateDomainValidationOption$
    ];
    var AwsCertificateManagerCertificateExtendedKeyUsages = [
      1,
      n0,
      _ACMCEKUw,
      0,
      () => AwsCertificateManagerCertificateExtendedKeyUsage$
    ];
    var AwsCertificateManagerCertificateKeyUsages = [
      1,
      n0,
      _ACMCKUw,
      0,
      () => AwsCertificateManagerCertificateKeyUsage$
    ];
    var AwsCloudFormationStackOutputsList = [
      1,
      n0,
      _ACFSOL,
      0,
      () => AwsCloudFormationStackOutputsDetails$
    ];
    var AwsCloudFrontDistributionCacheBehaviorsItemList = [
      1,
      n0,
      _ACFDCBIL,
      0,
      () => AwsCloudFrontDistributionCacheBehavior$
    ];
    var AwsCloudFrontDistributionOriginGroupsItemList = [
      1,
      n0,
      _ACFDOGIL,
      0,
      () => AwsCloudFrontDistributionOriginGroup$
    ];
    var AwsCloudFrontDistributionOriginItemList = [
      1,
      n0,
      _ACFDOIL,
      0,
      () => AwsCloudFrontDistributionOriginItem$
    ];
    var AwsCloudWatchAlarmDimensionsList = [
      1,
      n0,
      _ACWADL,
      0,
      () => AwsCloudWatchAlarmDimensionsDetails$
    ];
    var AwsCodeBuildProjectArtifactsList = [
      1,
      n0,
      _ACBPAL,
      0,
      () => AwsCodeBuildProjectArtifactsDetails$
    ];
    var AwsCodeBuildProjectEnvironmentEnvironmentVariablesList = [
      1,
      n0,
      _ACBPEEVL,
      0,
      () => AwsCodeBuildProjectEnvironmentEnvironmentVariablesDetails$
    ];
    var AwsDmsReplicationInstanceVpcSecurityGroupsList = [
      1,
      n0,
      _ADRIVSGL,
      0,
      () => AwsDmsReplicationInstanceVpcSecurityGroupsDetails$
    ];
    var AwsDynamoDbTableAttributeDefinitionList = [
      1,
      n0,
      _ADDTADL,
      0,
      () => AwsDynamoDbTableAttributeDefinition$
    ];
    var AwsDynamoDbTableGlobalSecondaryIndexList = [
      1,
      n0,
      _ADDTGSIL,
      0,
      () => AwsDynamoDbTableGlobalSecondaryIndex$
    ];
    var AwsDynamoDbTableKeySchemaList = [
      1,
      n0,
      _ADDTKSL,
      0,
      () => AwsDynamoDbTableKeySchema$
    ];
    var AwsDynamoDbTableLocalSecondaryIndexList = [
      1,
      n0,
      _ADDTLSIL,
      0,
      () => AwsDynamoDbTableLocalSecondaryIndex$
    ];
    var AwsDynamoDbTableReplicaGlobalSecondaryIndexList = [
      1,
      n0,
      _ADDTRGSIL,
      0,
      () => AwsDynamoDbTableReplicaGlobalSecondaryIndex$
    ];
    var AwsDynamoDbTableReplicaList = [
      1,
      n0,
      _ADDTRL,
      0,
      () => AwsDynamoDbTableReplica$
    ];
    var AwsEc2ClientVpnEndpointAuthenticationOptionsList = [
      1,
      n0,
      _AECVEAOL,
      0,
      () => AwsEc2ClientVpnEndpointAuthenticationOptionsDetails$
    ];
    var AwsEc2InstanceNetworkInterfacesList = [
      1,
      n0,
      _AEINIL,
      0,
      () => AwsEc2InstanceNetworkInterfacesDetails$
    ];
    var AwsEc2LaunchTemplateDataBlockDeviceMappingSetList = [
      1,
      n0,
      _AELTDBDMSL,
      0,
      () => AwsEc2LaunchTemplateDataBlockDeviceMappingSetDetails$
    ];
    var AwsEc2LaunchTemplateDataElasticGpuSpecificationSetList = [
      1,
      n0,
      _AELTDEGSSL,
      0,
      () => AwsEc2LaunchTemplateDataElasticGpuSpecificationSetDetails$
    ];
    var AwsEc2LaunchTemplateDataElasticInferenceAcceleratorSetList = [
      1,
      n0,
      _AELTDEIASL,
      0,
      () => AwsEc2LaunchTemplateDataElasticInferenceAcceleratorSetDetails$
    ];
    var AwsEc2LaunchTemplateDataLicenseSetList = [
      1,
      n0,
      _AELTDLSL,
      0,
      () => AwsEc2LaunchTemplateDataLicenseSetDetails$
    ];
    var AwsEc2LaunchTemplateDataNetworkInterfaceSetIpv4PrefixesList = [
      1,
      n0,
      _AELTDNISIPL,
      0,
      () => AwsEc2LaunchTemplateDataNetworkInterfaceSetIpv4PrefixesDetails$
    ];
    var AwsEc2LaunchTemplateDataNetworkInterfaceSetIpv6AddressesList = [
      1,
      n0,
      _AELTDNISIAL,
      0,
      () => AwsEc2LaunchTemplateDataNetworkInterfaceSetIpv6AddressesDetails$
    ];
    var AwsEc2LaunchTemplateDataNetworkInterfaceSetIpv6PrefixesList = [
      1,
      n0,
      _AELTDNISIPLw,
      0,
      () => AwsEc2LaunchTemplateDataNetworkInterfaceSetIpv6PrefixesDetails$
    ];
    var AwsEc2LaunchTemplateDataNetworkInterfaceSetList = [
      1,
      n0,
      _AELTDNISL,
      0,
      () => AwsEc2LaunchTemplateDataNetworkInterfaceSetDetails$
    ];
    var AwsEc2LaunchTemplateDataNetworkInterfaceSetPrivateIpAddressesList = [
      1,
      n0,
      _AELTDNISPIAL,
      0,
      () => AwsEc2LaunchTemplateDataNetworkInterfaceSetPrivateIpAddressesDetails$
    ];
    var AwsEc2NetworkAclAssociationList = [
      1,
      n0,
      _AENAAL,
      0,
      () => AwsEc2NetworkAclAssociation$
    ];
    var AwsEc2NetworkAclEntryList = [
      1,
      n0,
      _AENAEL,
      0,
      () => AwsEc2NetworkAclEntry$
    ];
    var AwsEc2NetworkInterfaceIpV6AddressList = [
      1,
      n0,
      _AENIIVAL,
      0,
      () => AwsEc2NetworkInterfaceIpV6AddressDetail$
    ];
    var AwsEc2NetworkInterfacePrivateIpAddressList = [
      1,
      n0,
      _AENIPIAL,
      0,
      () => AwsEc2NetworkInterfacePrivateIpAddressDetail$
    ];
    var AwsEc2NetworkInterfaceSecurityGroupList = [
      1,
      n0,
      _AENISGL,
      0,
      () => AwsEc2NetworkInterfaceSecurityGroup$
    ];
    var AwsEc2SecurityGroupIpPermissionList = [
      1,
      n0,
      _AESGIPL,
      0,
      () => AwsEc2SecurityGroupIpPermission$
    ];
    var AwsEc2SecurityGroupIpRangeList = [
      1,
      n0,
      _AESGIRL,
      0,
      () => AwsEc2SecurityGroupIpRange$
    ];
    var AwsEc2SecurityGroupIpv6RangeList = [
      1,
      n0,
      _AESGIRLw,
      0,
      () => AwsEc2SecurityGroupIpv6Range$
    ];
    var AwsEc2SecurityGroupPrefixListIdList = [
      1,
      n0,
      _AESGPLIL,
      0,
      () => AwsEc2SecurityGroupPrefixListId$
    ];
    var AwsEc2SecurityGroupUserIdGroupPairList = [
      1,
      n0,
      _AESGUIGPL,
      0,
      () => AwsEc2SecurityGroupUserIdGroupPair$
    ];
    var AwsEc2VolumeAttachmentList = [
      1,
      n0,
      _AEVAL,
      0,
      () => AwsEc2VolumeAttachment$
    ];
    var AwsEc2VpcEndpointServiceServiceTypeList = [
      1,
      n0,
      _AEVESSTL,
      0,
      () => AwsEc2VpcEndpointServiceServiceTypeDetails$
    ];
    var AwsEc2VpnConnectionOptionsTunnelOptionsList = [
      1,
      n0,
      _AEVCOTOL,
      0,
      () => AwsEc2VpnConnectionOptionsTunnelOptionsDetails$
    ];
    var AwsEc2VpnConnectionRoutesList = [
      1,
      n0,
      _AEVCRL,
      0,
      () => AwsEc2VpnConnectionRoutesDetails$
    ];
    var AwsEc2VpnConnectionVgwTelemetryList = [
      1,
      n0,
      _AEVCVTL,
      0,
      () => AwsEc2VpnConnectionVgwTelemetryDetails$
    ];
    var AwsEcsClusterClusterSettingsList = [
      1,
      n0,
      _AECCSL,
      0,
      () => AwsEcsClusterClusterSettingsDetails$
    ];
    var AwsEcsClusterDefaultCapacityProviderStrategyList = [
      1,
      n0,
      _AECDCPSL,
      0,
      () => AwsEcsClusterDefaultCapacityProviderStrategyDetails$
    ];
    var AwsEcsContainerDetailsList = [
      1,
      n0,
      _AECDL,
      0,
      () => AwsEcsContainerDetails$
    ];
    var AwsEcsServiceCapacityProviderStrategyList = [
      1,
      n0,
      _AESCPSL,
      0,
      () => AwsEcsServiceCapacityProviderStrategyDetails$
    ];
    var AwsEcsServiceLoadBalancersList = [
      1,
      n0,
      _AESLBL,
      0,
      () => AwsEcsServiceLoadBalancersDetails$
    ];
    var AwsEcsServicePlacementConstraintsList = [
      1,
      n0,
      _AESPCL,
      0,
      () => AwsEcsServicePlacementConstraintsDetails$
    ];
    var AwsEcsServicePlacementStrategiesList = [
      1,
      n0,
      _AESPSL,
      0,
      () => AwsEcsServicePlacementStrategiesDetails$
    ];
    var AwsEcsServiceServiceRegistriesList = [
      1,
      n0,
      _AESSRL,
      0,
      () => AwsEcsServiceServiceRegistriesDetails$
    ];
    var AwsEcsTaskDefinitionContainerDefinitionsDependsOnList = [
      1,
      n0,
      _AETDCDDOL,
      0,
      () => AwsEcsTaskDefinitionContainerDefinitionsDependsOnDetails$
    ];
    var AwsEcsTaskDefinitionContainerDefinitionsEnvironmentFilesList = [
      1,
      n0,
      _AETDCDEFL,
      0,
      () => AwsEcsTaskDefinitionContainerDefinitionsEnvironmentFilesDetails$
    ];
    var AwsEcsTaskDefinitionContainerDefinitionsEnvironmentList = [
      1,
      n0,
      _AETDCDEL,
      0,
      () => AwsEcsTaskDefinitionContainerDefinitionsEnvironmentDetails$
    ];
    var AwsEcsTaskDefinitionContainerDefinitionsExtraHostsList = [
      1,
      n0,
      _AETDCDEHL,
      0,
      () => AwsEcsTaskDefinitionContainerDefinitionsExtraHostsDetails$
    ];
    var AwsEcsTaskDefinitionContainerDefinitionsLinuxParametersDevicesList = [
      1,
      n0,
      _AETDCDLPDL,
      0,
      () => AwsEcsTaskDefinitionContainerDefinitionsLinuxParametersDevicesDetails$
    ];
    var AwsEcsTaskDefinitionContainerDefinitionsLinuxParametersTmpfsList = [
      1,
      n0,
      _AETDCDLPTL,
      0,
      () => AwsEcsTaskDefinitionContainerDefinitionsLinuxParametersTmpfsDetails$
    ];
    var AwsEcsTaskDefinitionContainerDefinitionsList = [
      1,
      n0,
      _AETDCDL,
      0,
      () => AwsEcsTaskDefinitionContainerDefinitionsDetails$
    ];
    var AwsEcsTaskDefinitionContainerDefinitionsLogConfigurationSecretOptionsList = [
      1,
      n0,
      _AETDCDLCSOL,
      0,
      () => AwsEcsTaskDefinitionContainerDefinitionsLogConfigurationSecretOptionsDetails$
    ];
    var AwsEcsTaskDefinitionContainerDefinitionsMountPointsList = [
      1,
      n0,
      _AETDCDMPL,
      0,
      () => AwsEcsTaskDefinitionContainerDefinitionsMountPointsDetails$
    ];
    var AwsEcsTaskDefinitionContainerDefinitionsPortMappingsList = [
      1,
      n0,
      _AETDCDPML,
      0,
      () => AwsEcsTaskDefinitionContainerDefinitionsPortMappingsDetails$
    ];
    var AwsEcsTaskDefinitionContainerDefinitionsResourceRequirementsList = [
      1,
      n0,
      _AETDCDRRL,
      0,
      () => AwsEcsTaskDefinitionContainerDefinitionsResourceRequirementsDetails$
    ];
    var AwsEcsTaskDefinitionContainerDefinitionsSecretsList = [
      1,
      n0,
      _AETDCDSL,
      0,
      () => AwsEcsTaskDefinitionContainerDefinitionsSecretsDetails$
    ];
    var AwsEcsTaskDefinitionContainerDefinitionsSystemControlsList = [
      1,
      n0,
      _AETDCDSCL,
      0,
      () => AwsEcsTaskDefinitionContainerDefinitionsSystemControlsDetails$
    ];
    var AwsEcsTaskDefinitionContainerDefinitionsUlimitsList = [
      1,
      n0,
      _AETDCDUL,
      0,
      () => AwsEcsTaskDefinitionContainerDefinitionsUlimitsDetails$
    ];
    var AwsEcsTaskDefinitionContainerDefinitionsVolumesFromList = [
      1,
      n0,
      _AETDCDVFL,
      0,
      () => AwsEcsTaskDefinitionContainerDefinitionsVolumesFromDetails$
    ];
    var AwsEcsTaskDefinitionInferenceAcceleratorsList = [
      1,
      n0,
      _AETDIAL,
      0,
      () => AwsEcsTaskDefinitionInferenceAcceleratorsDetails$
    ];
    var AwsEcsTaskDefinitionPlacementConstraintsList = [
      1,
      n0,
      _AETDPCL,
      0,
      () => AwsEcsTaskDefinitionPlacementConstraintsDetails$
    ];
    var AwsEcsTaskDefinitionProxyConfigurationProxyConfigurationPropertiesList = [
      1,
      n0,
      _AETDPCPCPL,
      0,
      () => AwsEcsTaskDefinitionProxyConfigurationProxyConfigurationPropertiesDetails$
    ];
    var AwsEcsTaskDefinitionVolumesList = [
      1,
      n0,
      _AETDVL,
      0,
      () => AwsEcsTaskDefinitionVolumesDetails$
    ];
    var AwsEcsTaskVolumeDetailsList = [
      1,
      n0,
      _AETVDL,
      0,
      () => AwsEcsTaskVolumeDetails$
    ];
    var AwsEksClusterLoggingClusterLoggingList = [
      1,
      n0,
      _AECLCLL,
      0,
      () => AwsEksClusterLoggingClusterLoggingDetails$
    ];
    var AwsElasticBeanstalkEnvironmentEnvironmentLinks = [
      1,
      n0,
      _AEBEELw,
      0,
      () => AwsElasticBeanstalkEnvironmentEnvironmentLink$
    ];
    var AwsElasticBeanstalkEnvironmentOptionSettings = [
      1,
      n0,
      _AEBEOSw,
      0,
      () => AwsElasticBeanstalkEnvironmentOptionSetting$
    ];
    var AwsElbAppCookieStickinessPolicies = [
      1,
      n0,
      _AEACSPw,
      0,
      () => AwsElbAppCookieStickinessPolicy$
    ];
    var AwsElbLbCookieStickinessPolicies = [
      1,
      n0,
      _AELCSPw,
      0,
      () => AwsElbLbCookieStickinessPolicy$
    ];
    var AwsElbLoadBalancerAdditionalAttributeList = [
      1,
      n0,
      _AELBAAL,
      0,
      () => AwsElbLoadBalancerAdditionalAttribute$
    ];
    var AwsElbLoadBalancerBackendServerDescriptions = [
      1,
      n0,
      _AELBBSDw,
      0,
      () => AwsElbLoadBalancerBackendServerDescription$
    ];
    var AwsElbLoadBalancerInstances = [
      1,
      n0,
      _AELBIw,
      0,
      () => AwsElbLoadBalancerInstance$
    ];
    var AwsElbLoadBalancerListenerDescriptions = [
      1,
      n0,
      _AELBLDw,
      0,
      () => AwsElbLoadBalancerListenerDescription$
    ];
    var AwsElbv2LoadBalancerAttributes = [
      1,
      n0,
      _AELBAws,
      0,
      () => AwsElbv2LoadBalancerAttribute$
    ];
    var AwsEventsEndpointEventBusesList = [
      1,
      n0,
      _AEEEBL,
      0,
      () => AwsEventsEndpointEventBusesDetails$
    ];
    var AwsGuardDutyDetectorFeaturesList = [
      1,
      n0,
      _AGDDFL,
      0,
      () => AwsGuardDutyDetectorFeaturesDetails$
    ];
    var AwsIamAttachedManagedPolicyList = [
      1,
      n0,
      _AIAMPL,
      0,
      () => AwsIamAttachedManagedPolicy$
    ];
    var AwsIamGroupPolicyList = [
      1,
      n0,
      _AIGPL,
      0,
      () => AwsIamGroupPolicy$
    ];
    var AwsIamInstanceProfileList = [
      1,
      n0,
      _AIIPL,
      0,
      () => AwsIamInstanceProfile$
    ];
    var AwsIamInstanceProfileRoles = [
      1,
      n0,
      _AIIPRw,
      0,
      () => AwsIamInstanceProfileRole$
    ];
    var AwsIamPolicyVersionList = [
      1,
      n0,
      _AIPVL,
      0,
      () => AwsIamPolicyVersion$
    ];
    var AwsIamRolePolicyList = [
      1,
      n0,
      _AIRPL,
      0,
      () => AwsIamRolePolicy$
    ];
    var AwsIamUserPolicyList = [
      1,
      n0,
      _AIUPL,
      0,
      () => AwsIamUserPolicy$
    ];
    var AwsLambdaFunctionLayerList = [
      1,
      n0,
      _ALFLL,
      0,
      () => AwsLambdaFunctionLayer$
    ];
    var AwsMountPointList = [
      1,
      n0,
      _AMPL,
      0,
      () => AwsMountPoint$
    ];
    var AwsNetworkFirewallFirewallSubnetMappingsList = [
      1,
      n0,
      _ANFFSML,
      0,
      () => AwsNetworkFirewallFirewallSubnetMappingsDetails$
    ];
    var AwsOrganizationScopeList = [
      1,
      n0,
      _AOSL,
      0,
      () => AwsOrganizationScope$
    ];
    var AwsRdsDbClusterAssociatedRoles = [
      1,
      n0,
      _ARDCARw,
      0,
      () => AwsRdsDbClusterAssociatedRole$
    ];
    var AwsRdsDbClusterMembers = [
      1,
      n0,
      _ARDCMw,
      0,
      () => AwsRdsDbClusterMember$
    ];
    var AwsRdsDbClusterOptionGroupMemberships = [
      1,
      n0,
      _ARDCOGMw,
      0,
      () => AwsRdsDbClusterOptionGroupMembership$
    ];
    var AwsRdsDbClusterSnapshotDbClusterSnapshotAttributes = [
      1,
      n0,
      _ARDCSDCSAw,
      0,
      () => AwsRdsDbClusterSnapshotDbClusterSnapshotAttribute$
    ];
    var AwsRdsDbDomainMemberships = [
      1,
      n0,
      _ARDDMw,
      0,
      () => AwsRdsDbDomainMembership$
    ];
    var AwsRdsDbInstanceAssociatedRoles = [
      1,
      n0,
      _ARDIARw,
      0,
      () => AwsRdsDbInstanceAssociatedRole$
    ];
    var AwsRdsDbInstanceVpcSecurityGroups = [
      1,
      n0,
      _ARDIVSGw,
      0,
      () => AwsRdsDbInstanceVpcSecurityGroup$
    ];
    var AwsRdsDbOptionGroupMemberships = [
      1,
      n0,
      _ARDOGMw,
      0,
      () => AwsRdsDbOptionGroupMembership$
    ];
    var AwsRdsDbParameterGroups = [
      1,
      n0,
      _ARDPGw,
      0,
      () => AwsRdsDbParameterGroup$
    ];
    var AwsRdsDbProcessorFeatures = [
      1,
      n0,
      _ARDPFw,
      0,
      () => AwsRdsDbProcessorFeature$
    ];
    var AwsRdsDbSecurityGroupEc2SecurityGroups = [
      1,
      n0,
      _ARDSGESGw,
      0,
      () => AwsRdsDbSecurityGroupEc2SecurityGroup$
    ];
    var AwsRdsDbSecurityGroupIpRanges = [
      1,
      n0,
      _ARDSGIRw,
      0,
      () => AwsRdsDbSecurityGroupIpRange$
    ];
    var AwsRdsDbStatusInfos = [
      1,
      n0,
      _ARDSIw,
      0,
      () => AwsRdsDbStatusInfo$
    ];
    var AwsRdsDbSubnetGroupSubnets = [
      1,
      n0,
      _ARDSGSw,
      0,
      () => AwsRdsDbSubnetGroupSubnet$
    ];
    var AwsRedshiftClusterClusterNodes = [
      1,
      n0,
      _ARCCNw,
      0,
      () => AwsRedshiftClusterClusterNode$
    ];
    var AwsRedshiftClusterClusterParameterGroups = [
      1,
      n0,
      _ARCCPGw,
      0,
      () => AwsRedshiftClusterClusterParameterGroup$
    ];
    var AwsRedshiftClusterClusterParameterStatusList = [
      1,
      n0,
      _ARCCPSL,
      0,
      () => AwsRedshiftClusterClusterParameterStatus$
    ];
    var AwsRedshiftClusterClusterSecurityGroups = [
      1,
      n0,
      _ARCCSGw,
      0,
      () => AwsRedshiftClusterClusterSecurityGroup$
    ];
    var AwsRedshiftClusterDeferredMaintenanceWindows = [
      1,
      n0,
      _ARCDMWw,
      0,
      () => AwsRedshiftClusterDeferredMaintenanceWindow$
    ];
    var AwsRedshiftClusterIamRoles = [
      1,
      n0,
      _ARCIRw,
      0,
      () => AwsRedshiftClusterIamRole$
    ];
    var AwsRedshiftClusterVpcSecurityGroups = [
      1,
      n0,
      _ARCVSGw,
      0,
      () => AwsRedshiftClusterVpcSecurityGroup$
    ];
    var AwsRoute53HostedZoneVpcsList = [
      1,
      n0,
      _ARHZVL,
      0,
      () => AwsRoute53HostedZoneVpcDetails$
    ];
    var AwsS3BucketBucketLifecycleConfigurationRulesFilterPredicateOperandsList = [
      1,
      n0,
      _ASBBLCRFPOL,
      0,
      () => AwsS3BucketBucketLifecycleConfigurationRulesFilterPredicateOperandsDetails$
    ];
    var AwsS3BucketBucketLifecycleConfigurationRulesList = [
      1,
      n0,
      _ASBBLCRL,
      0,
      () => AwsS3BucketBucketLifecycleConfigurationRulesDetails$
    ];
    var AwsS3BucketBucketLifecycleConfigurationRulesNoncurrentVersionTransitionsList = [
      1,
      n0,
      _ASBBLCRNVTL,
      0,
      () => AwsS3BucketBucketLifecycleConfigurationRulesNoncurrentVersionTransitionsDetails$
    ];
    var AwsS3BucketBucketLifecycleConfigurationRulesTransitionsList = [
      1,
      n0,
      _ASBBLCRTL,
      0,
      () => AwsS3BucketBucketLifecycleConfigurationRulesTransitionsDetails$
    ];
    var AwsS3BucketNotificationConfigurationDetails = [
      1,
      n0,
      _ASBNCDw,
      0,
      () => AwsS3BucketNotificationConfigurationDetail$
    ];
    var AwsS3BucketNotificationConfigurationS3KeyFilterRules = [
      1,
      n0,
      _ASBNCSKFRw,
      0,
      () => AwsS3BucketNotificationConfigurationS3KeyFilterRule$
    ];
    var AwsS3BucketServerSideEncryptionRules = [
      1,
      n0,
      _ASBSSERw,
      0,
      () => AwsS3BucketServerSideEncryptionRule$
    ];
    var AwsS3BucketWebsiteConfigurationRoutingRules = [
      1,
      n0,
      _ASBWCRRw,
      0,
      () => AwsS3BucketWebsiteConfigurationRoutingRule$
    ];
    var AwsSecurityFindingIdentifierList = [
      1,
      n0,
      _ASFIL,
      0,
      () => AwsSecurityFindingIdentifier$
    ];
    var AwsSecurityFindingList = [
      1,
      n0,
      _ASFL,
      0,
      () => AwsSecurityFinding$
    ];
    var AwsSnsTopicSubscriptionList = [
      1,
      n0,
      _ASTSL,
      0,
      () => AwsSnsTopicSubscription$
    ];
    var AwsStepFunctionStateMachineLoggingConfigurationDestinationsList = [
      1,
      n0,
      _ASFSMLCDL,
      0,
      () => AwsStepFunctionStateMachineLoggingConfigurationDestinationsDetails$
    ];
    var AwsWafRateBasedRuleMatchPredicateList = [
      1,
      n0,
      _AWRBRMPL,
      0,
      () => AwsWafRateBasedRuleMatchPredicate$
    ];
    var AwsWafRegionalRateBasedRuleMatchPredicateList = [
      1,
      n0,
      _AWRRBRMPL,
      0,
      () => AwsWafRegionalRateBasedRuleMatchPredicate$
    ];
    var AwsWafRegionalRuleGroupRulesList = [
      1,
      n0,
      _AWRRGRL,
      0,
      () => AwsWafRegionalRuleGroupRulesDetails$
    ];
    var AwsWafRegionalRulePredicateList = [
      1,
      n0,
      _AWRRPL,
      0,
      () => AwsWafRegionalRulePredicateListDetails$
    ];
    var AwsWafRegionalWebAclRulesList = [
      1,
      n0,
      _AWRWARL,
      0,
      () => AwsWafRegionalWebAclRulesListDetails$
    ];
    var AwsWafRuleGroupRulesList = [
      1,
      n0,
      _AWRGRL,
      0,
      () => AwsWafRuleGroupRulesDetails$
    ];
    var AwsWafRulePredicateList = [
      1,
      n0,
      _AWRPL,
      0,
      () => AwsWafRulePredicateListDetails$
    ];
    var AwsWafv2InsertHeadersList = [
      1,
      n0,
      _AWIHL,
      0,
      () => AwsWafv2CustomHttpHeader$
    ];
    var AwsWafv2RulesList = [
      1,
      n0,
      _AWRL,
      0,
      () => AwsWafv2RulesDetails$
    ];
    var AwsWafWebAclRuleList = [
      1,
      n0,
      _AWWARL,
      0,
      () => AwsWafWebAclRule$
    ];
    var BatchImportFindingsRequestFindingList = [
      1,
      n0,
      _BIFRFL,
      0,
      () => AwsSecurityFinding$
    ];
    var BatchUpdateFindingsUnprocessedFindingsList = [
      1,
      n0,
      _BUFUFL,
      0,
      () => BatchUpdateFindingsUnprocessedFinding$
    ];
    var BatchUpdateFindingsV2ProcessedFindingsList = [
      1,
      n0,
      _BUFVPFL,
      0,
      () => BatchUpdateFindingsV2ProcessedFinding$
    ];
    var BatchUpdateFindingsV2UnprocessedFindingsList = [
      1,
      n0,
      _BUFVUFL,
      0,
      () => BatchUpdateFindingsV2UnprocessedFinding$
    ];
    var BooleanFilterList = [
      1,
      n0,
      _BFL,
      0,
      () => BooleanFilter$
    ];
    var Cells = [
      1,
      n0,
      _Cell,
      0,
      () => Cell$
    ];
    var CidrBlockAssociationList = [
      1,
      n0,
      _CBAL,
      0,
      () => CidrBlockAssociation$
    ];
    var CompositeFilterList = [
      1,
      n0,
      _CFL,
      0,
      () => CompositeFilter$
    ];
    var ConfigurationPolicyAssociationList = [
      1,
      n0,
      _CPAL,
      0,
      () => ConfigurationPolicyAssociationSummary$
    ];
    var ConfigurationPolicyAssociationsList = [
      1,
      n0,
      _CPALo,
      0,
      () => ConfigurationPolicyAssociation$
    ];
    var ConfigurationPolicyAssociationSummaryList = [
      1,
      n0,
      _CPASL,
      0,
      () => ConfigurationPolicyAssociationSummary$
    ];
    var ConfigurationPolicySummaryList = [
      1,
      n0,
      _CPSLo,
      0,
      () => ConfigurationPolicySummary$
    ];
    var ConnectorSummaryList = [
      1,
      n0,
      _CSL,
      0,
      () => ConnectorSummary$
    ];
    var CspmConnectorSummaryList = [
      1,
      n0,
      _CCSL,
      0,
      () => CspmConnectorSummary$
    ];
    var CustomDataIdentifiersDetectionsList = [
      1,
      n0,
      _CDIDL,
      0,
      () => CustomDataIdentifiersDetections$
    ];
    var CvssList = [
      1,
      n0,
      _CLv,
      0,
      () => Cvss$
    ];
    var DateFilterList = [
      1,
      n0,
      _DFL,
      0,
      () => DateFilter$
    ];
    var FilePathList = [
      1,
      n0,
      _FPL,
      0,
      () => FilePaths$
    ];
    var FindingAggregatorList = [
      1,
      n0,
      _FAL,
      0,
      () => FindingAggregator$
    ];
    var FindingHistoryRecordList = [
      1,
      n0,
      _FHRL,
      0,
      () => FindingHistoryRecord$
    ];
    var FindingHistoryUpdatesList = [
      1,
      n0,
      _FHUL,
      0,
      () => FindingHistoryUpdate$
    ];
    var FindingsTrendsCompositeFilterList = [
      1,
      n0,
      _FTCFL,
      0,
      () => FindingsTrendsCompositeFilter$
    ];
    var FindingsTrendsStringFilterList = [
      1,
      n0,
      _FTSFL,
      0,
      () => FindingsTrendsStringFilter$
    ];
    var FirewallPolicyStatefulRuleGroupReferencesList = [
      1,
      n0,
      _FPSRGRL,
      0,
      () => FirewallPolicyStatefulRuleGroupReferencesDetails$
    ];
    var FirewallPolicyStatelessCustomActionsList = [
      1,
      n0,
      _FPSCAL,
      0,
      () => FirewallPolicyStatelessCustomActionsDetails$
    ];
    var FirewallPolicyStatelessRuleGroupReferencesList = [
      1,
      n0,
      _FPSRGRLi,
      0,
      () => FirewallPolicyStatelessRuleGroupReferencesDetails$
    ];
    var FreeTrialStatusList = [
      1,
      n0,
      _FTSL,
      0,
      () => FreeTrialStatus$
    ];
    var GroupByResults = [
      1,
      n0,
      _GBRr,
      0,
      () => GroupByResult$
    ];
    var GroupByRules = [
      1,
      n0,
      _GBR,
      0,
      () => GroupByRule$
    ];
    var GroupByValues = [
      1,
      n0,
      _GBV,
      0,
      () => GroupByValue$
    ];
    var HealthIssueList = [
      1,
      n0,
      _HIL,
      0,
      () => HealthIssue$
    ];
    var ImportFindingsErrorList = [
      1,
      n0,
      _IFEL,
      0,
      () => ImportFindingsError$
    ];
    var IndicatorsList = [
      1,
      n0,
      _IL,
      0,
      () => Indicator$
    ];
    var InsightList = [
      1,
      n0,
      _ILn,
      0,
      () => Insight$
    ];
    var InsightResultValueList = [
      1,
      n0,
      _IRVL,
      0,
      () => InsightResultValue$
    ];
    var InvitationList = [
      1,
      n0,
      _ILnv,
      0,
      () => Invitation$
    ];
    var IpFilterList = [
      1,
      n0,
      _IFL,
      0,
      () => IpFilter$
    ];
    var Ipv6CidrBlockAssociationList = [
      1,
      n0,
      _ICBAL,
      0,
      () => Ipv6CidrBlockAssociation$
    ];
    var KeywordFilterList = [
      1,
      n0,
      _KFL,
      0,
      () => KeywordFilter$
    ];
    var MalwareList = [
      1,
      n0,
      _ML,
      0,
      () => Malware$
    ];
    var MapFilterList = [
      1,
      n0,
      _MFL,
      0,
      () => MapFilter$
    ];
    var MemberList = [
      1,
      n0,
      _MLe,
      0,
      () => Member$
    ];
    var NetworkEndpointsList = [
      1,
      n0,
      _NEL,
      0,
      () => NetworkEndpoint$
    ];
    var NetworkPathList = [
      1,
      n0,
      _NPL,
      0,
      () => NetworkPathComponent$
    ];
    var NumberFilterList = [
      1,
      n0,
      _NFL,
      0,
      () => NumberFilter$
    ];
    var OcsfBooleanFilterList = [
      1,
      n0,
      _OBFL,
      0,
      () => OcsfBooleanFilter$
    ];
    var OcsfDateFilterList = [
      1,
      n0,
      _ODFL,
      0,
      () => OcsfDateFilter$
    ];
    var OcsfFindingIdentifierList = [
      1,
      n0,
      _OFIL,
      0,
      () => OcsfFindingIdentifier$
    ];
    var OcsfIpFilterList = [
      1,
      n0,
      _OIFL,
      0,
      () => OcsfIpFilter$
    ];
    var OcsfMapFilterList = [
      1,
      n0,
      _OMFL,
      0,
      () => OcsfMapFilter$
    ];
    var OcsfNumberFilterList = [
      1,
      n0,
      _ONFL,
      0,
      () => OcsfNumberFilter$
    ];
    var OcsfStringFilterList = [
      1,
      n0,
      _OSFL,
      0,
      () => OcsfStringFilter$
    ];
    var Pages = [
      1,
      n0,
      _Pag,
      0,
      () => Page$
    ];
    var PortProbeDetailList = [
      1,
      n0,
      _PPDL,
      0,
      () => PortProbeDetail$
    ];
    var PortRangeList = [
      1,
      n0,
      _PRL,
      0,
      () => PortRange$
    ];
    var ProductsList = [
      1,
      n0,
      _PLr,
      0,
      () => Product$
    ];
    var ProductsV2List = [
      1,
      n0,
      _PVLr,
      0,
      () => ProductV2$
    ];
    var PropagatingVgwSetList = [
      1,
      n0,
      _PVSL,
      0,
      () => PropagatingVgwSetDetails$
    ];
    var Ranges = [
      1,
      n0,
      _Ran,
      0,
      () => Range$
    ];
    var RecommendationSteps = [
      1,
      n0,
      _RSec,
      0,
      () => RecommendationStep$
    ];
    var Records = [
      1,
      n0,
      _Rec,
      0,
      () => _Record$
    ];
    var RelatedFindingList = [
      1,
      n0,
      _RFL,
      0,
      () => RelatedFinding$
    ];
    var ResourceFindingsSummaryList = [
      1,
      n0,
      _RFSL,
      0,
      () => ResourceFindingsSummary$
    ];
    var ResourceGroupByRules = [
      1,
      n0,
      _RGBRe,
      0,
      () => ResourceGroupByRule$
    ];
    var ResourceList = [
      1,
      n0,
      _RLe,
      0,
      () => Resource$
    ];
    var Resources = [
      1,
      n0,
      _Res,
      0,
      () => ResourceResult$
    ];
    var ResourcesCompositeFilterList = [
      1,
      n0,
      _RCFL,
      0,
      () => ResourcesCompositeFilter$
    ];
    var ResourcesDateFilterList = [
      1,
      n0,
      _RDFL,
      0,
      () => ResourcesDateFilter$
    ];
    var ResourcesMapFilterList = [
      1,
      n0,
      _RMFL,
      0,
      () => ResourcesMapFilter$
    ];
    var ResourcesNumberFilterList = [
      1,
      n0,
      _RNFL,
      0,
      () => ResourcesNumberFilter$
    ];
    var ResourcesStringFilterList = [
      1,
      n0,
      _RSFL,
      0,
      () => ResourcesStringFilter$
    ];
    var ResourcesTrendsCompositeFilterList = [
      1,
      n0,
      _RTCFL,
      0,
      () => ResourcesTrendsCompositeFilter$
    ];
    var ResourcesTrendsMetrics = [
      1,
      n0,
      _RTM,
      0,
      () => ResourcesTrendsMetricsResult$
    ];
    var ResourcesTrendsStringFilterList = [
      1,
      n0,
      _RTSFL,
      0,
      () => ResourcesTrendsStringFilter$
    ];
    var ResourceTagList = [
      1,
      n0,
      _RTL,
      0,
      () => ResourceTag$
    ];
    var ResultList = [
      1,
      n0,
      _RLes,
      0,
      () => Result$
    ];
    var RouteSetList = [
      1,
      n0,
      _RSLo,
      0,
      () => RouteSetDetails$
    ];
    var RuleGroupSourceCustomActionsList = [
      1,
      n0,
      _RGSCAL,
      0,
      () => RuleGroupSourceCustomActionsDetails$
    ];
    var RuleGroupSourceStatefulRulesList = [
      1,
      n0,
      _RGSSRL,
      0,
      () => RuleGroupSourceStatefulRulesDetails$
    ];
    var RuleGroupSourceStatefulRulesOptionsList = [
      1,
      n0,
      _RGSSROL,
      0,
      () => RuleGroupSourceStatefulRulesOptionsDetails$
    ];
    var RuleGroupSourceStatelessRuleMatchAttributesDestinationPortsList = [
      1,
      n0,
      _RGSSRMADPL,
      0,
      () => RuleGroupSourceStatelessRuleMatchAttributesDestinationPorts$
    ];
    var RuleGroupSourceStatelessRuleMatchAttributesDestinationsList = [
      1,
      n0,
      _RGSSRMADL,
      0,
      () => RuleGroupSourceStatelessRuleMatchAttributesDestinations$
    ];
    var RuleGroupSourceStatelessRuleMatchAttributesSourcePortsList = [
      1,
      n0,
      _RGSSRMASPL,
      0,
      () => RuleGroupSourceStatelessRuleMatchAttributesSourcePorts$
    ];
    var RuleGroupSourceStatelessRuleMatchAttributesSourcesList = [
      1,
      n0,
      _RGSSRMASL,
      0,
      () => RuleGroupSourceStatelessRuleMatchAttributesSources$
    ];
    var RuleGroupSourceStatelessRuleMatchAttributesTcpFlagsList = [
      1,
      n0,
      _RGSSRMATFL,
      0,
      () => RuleGroupSourceStatelessRuleMatchAttributesTcpFlags$
    ];
    var RuleGroupSourceStatelessRulesList = [
      1,
      n0,
      _RGSSRLu,
      0,
      () => RuleGroupSourceStatelessRulesDetails$
    ];
    var SecurityControlCustomParametersList = [
      1,
      n0,
      _SCCPL,
      0,
      () => SecurityControlCustomParameter$
    ];
    var SecurityControlDefinitions = [
      1,
      n0,
      _SCDe,
      0,
      () => SecurityControlDefinition$
    ];
    var SecurityControlParametersList = [
      1,
      n0,
      _SCPL,
      0,
      () => SecurityControlParameter$
    ];
    var SecurityControls = [
      1,
      n0,
      _SCec,
      0,
      () => SecurityControl$
    ];
    var SensitiveDataDetectionsList = [
      1,
      n0,
      _SDDL,
      0,
      () => SensitiveDataDetections$
    ];
    var SensitiveDataResultList = [
      1,
      n0,
      _SDRL,
      0,
      () => SensitiveDataResult$
    ];
    var SignalsList = [
      1,
      n0,
      _SLi,
      0,
      () => Signal$
    ];
    var SoftwarePackageList = [
      1,
      n0,
      _SPL,
      0,
      () => SoftwarePackage$
    ];
    var SortCriteria = [
      1,
      n0,
      _SCor,
      0,
      () => SortCriterion$
    ];
    var Standards = [
      1,
      n0,
      _Stan,
      0,
      () => Standard$
    ];
    var StandardsControlAssociationDetails = [
      1,
      n0,
      _SCAD,
      0,
      () => StandardsControlAssociationDetail$
    ];
    var StandardsControlAssociationIds = [
      1,
      n0,
      _SCAI,
      0,
      () => StandardsControlAssociationId$
    ];
    var StandardsControlAssociationSummaries = [
      1,
      n0,
      _SCAS,
      0,
      () => StandardsControlAssociationSummary$
    ];
    var StandardsControlAssociationUpdates = [
      1,
      n0,
      _SCAU,
      0,
      () => StandardsControlAssociationUpdate$
    ];
    var StandardsControls = [
      1,
      n0,
      _SCtand,
      0,
      () => StandardsControl$
    ];
    var StandardsSubscriptionRequests = [
      1,
      n0,
      _SSRt,
      0,
      () => StandardsSubscriptionRequest$
    ];
    var StandardsSubscriptions = [
      1,
      n0,
      _SSta,
      0,
      () => StandardsSubscription$
    ];
    var StatelessCustomPublishMetricActionDimensionsList = [
      1,
      n0,
      _SCPMADL,
      0,
      () => StatelessCustomPublishMetricActionDimension$
    ];
    var StatusReasonsList = [
      1,
      n0,
      _SRL,
      0,
      () => StatusReason$
    ];
    var StringFilterList = [
      1,
      n0,
      _SFL,
      0,
      () => StringFilter$
    ];
    var ThreatIntelIndicatorList = [
      1,
      n0,
      _TIIL,
      0,
      () => ThreatIntelIndicator$
    ];
    var ThreatList = [
      1,
      n0,
      _TL,
      0,
      () => Threat$
    ];
    var TrendsMetrics = [
      1,
      n0,
      _TMr,
      0,
      () => TrendsMetricsResult$
    ];
    var UnprocessedAutomationRulesList = [
      1,
      n0,
      _UARL,
      0,
      () => UnprocessedAutomationRule$
    ];
    var UnprocessedConfigurationPolicyAssociationList = [
      1,
      n0,
      _UCPAL,
      0,
      () => UnprocessedConfigurationPolicyAssociation$
    ];
    var UnprocessedSecurityControls = [
      1,
      n0,
      _USCnp,
      0,
      () => UnprocessedSecurityControl$
    ];
    var UnprocessedStandardsControlAssociations = [
      1,
      n0,
      _USCAn,
      0,
      () => UnprocessedStandardsControlAssociation$
    ];
    var UnprocessedStandardsControlAssociationUpdates = [
      1,
      n0,
      _USCAUn,
      0,
      () => UnprocessedStandardsControlAssociationUpdate$
    ];
    var UpdateAutomationRulesRequestItemsList = [
      1,
      n0,
      _UARRIL,
      0,
      () => UpdateAutomationRulesRequestItem$
    ];
    var VolumeMountList = [
      1,
      n0,
      _VML,
      0,
      () => VolumeMount$
    ];
    var VpcInfoCidrBlockSetList = [
      1,
      n0,
      _VICBSL,
      0,
      () => VpcInfoCidrBlockSetDetails$
    ];
    var VpcInfoIpv6CidrBlockSetList = [
      1,
      n0,
      _VIICBSL,
      0,
      () => VpcInfoIpv6CidrBlockSetDetails$
    ];
    var VulnerabilityCodeVulnerabilitiesList = [
      1,
      n0,
      _VCVL,
      0,
      () => VulnerabilityCodeVulnerabilities$
    ];
    var VulnerabilityList = [
      1,
      n0,
      _VLu,
      0,
      () => Vulnerability$
    ];
    var WafExcludedRuleList = [
      1,
      n0,
      _WERL,
      0,
      () => WafExcludedRule$
    ];
    var Features = [
      2,
      n0,
      _Fe,
      0,
      0,
      () => FeatureDetail$
    ];
    var ParameterDefinitions = [
      2,
      n0,
      _PDar,
      0,
      0,
      () => ParameterDefinition$
    ];
    var _Parameters = [
      2,
      n0,
      _Para,
      0,
      0,
      () => ParameterConfiguration$
    ];
    var ConfigurationOptions$ = [
      4,
      n0,
      _COon,
      0,
      [_Inte, _ILnt, _Dou, _Str, _SLtr, _Bo, _Enu, _ELnu],
      [() => IntegerConfigurationOptions$, () => IntegerListConfigurationOptions$, () => DoubleConfigurationOptions$, () => StringConfigurationOptions$, () => StringListConfigurationOptions$, () => BooleanConfigurationOptions$, () => EnumConfigurationOptions$, () => EnumListConfigurationOptions$]
    ];
    var Criteria$ = [
      4,
      n0,
      _Cr,
      0,
      [_OFC],
      [() => OcsfFindingFilters$]
    ];
    var CspmProviderConfiguration$ = [
      4,
      n0,
      _CPC,
      0,
      [_Az],
      [() => AzureProviderConfiguration$]
    ];
    var CspmProviderDetail$ = [
      4,
      n0,
      _CPD,
      0,
      [_Az],
      [() => AzureDetail$]
    ];
    var CspmProviderUpdateConfiguration$ = [
      4,
      n0,
      _CPUC,
      0,
      [_Az],
      [() => AzureUpdateConfiguration$]
    ];
    var ParameterValue$ = [
      4,
      n0,
      _PVa,
      0,
      [_Inte, _ILnt, _Dou, _Str, _SLtr, _Bo, _Enu, _ELnu],
      [1, 64 | 1, 1, 0, 64 | 0, 2, 0, 64 | 0]
    ];
    var Policy$ = [
      4,
      n0,
      _Pol,
      0,
      [_SH],
      [() => SecurityHubPolicy$]
    ];
    var ProviderConfiguration$ = [
      4,
      n0,
      _PCro,
      0,
      [_JC, _SNer, _Az],
      [() => JiraCloudProviderConfiguration$, () => ServiceNowProviderConfiguration$, () => AzureProviderConfiguration$]
    ];
    var ProviderDetail$ = [
      4,
      n0,
      _PD,
      0,
      [_JC, _SNer, _Az],
      [() => JiraCloudDetail$, () => ServiceNowDetail$, () => AzureDetail$]
    ];
    var ProviderUpdateConfiguration$ = [
      4,
      n0,
      _PUC,
      0,
      [_JC, _SNer, _Az],
      [() => JiraCloudUpdateConfiguration$, () => ServiceNowUpdateConfiguration$, () => AzureUpdateConfiguration$]
    ];
    var RecommendationStep$ = [
      4,
      n0,
      _RSeco,
      0,
      [_UP],
      [() => UnusedPermissionsRecommendationStep$]
    ];
    var Target$ = [
      4,
      n0,
      _Ta,
      0,
      [_AIc, _OUI, _RIoo],
      [0, 0, 0]
    ];
    var AcceptAdministratorInvitation$ = [
      9,
      n0,
      _AAIc,
      { [_h]: ["POST", "/administrator", 200] },
      () => AcceptAdministratorInvitationRequest$,
      () => AcceptAdministratorInvitationResponse$
    ];
    var AcceptInvitation$ = [
      9,
      n0,
      _AIcce,
      { [_h]: ["POST", "/master", 200] },
      () => AcceptInvitationRequest$,
      () => AcceptInvitationResponse$
    ];
    var BatchDeleteAutomationRules$ = [
      9,
      n0,
      _BDAR,
      { [_h]: ["POST", "/automationrules/delete", 200] },
      () => BatchDeleteAutomationRulesRequest$,
      () => BatchDeleteAutomationRulesResponse$
    ];
    var BatchDisableStandards$ = [
      9,
      n0,
      _BDS,
      { [_h]: ["POST", "/standards/deregister", 200] },
      () => BatchDisableStandardsRequest$,
      () => BatchDisableStandardsResponse$
    ];
    var BatchEnableStandards$ = [
      9,
      n0,
      _BES,
      { [_h]: ["POST", "/standards/register", 200] },
      () => BatchEnableStandardsRequest$,
      () => BatchEnableStandardsResponse$
    ];
    var BatchGetAutomationRules$ = [
      9,
      n0,
      _BGAR,
      { [_h]: ["POST", "/automationrules/get", 200] },
      () => BatchGetAutomationRulesRequest$,
      () => BatchGetAutomationRulesResponse$
    ];
    var BatchGetConfigurationPolicyAssociations$ = [
      9,
      n0,
      _BGCPA,
      { [_h]: ["POST", "/configurationPolicyAssociation/batchget", 200] },
      () => BatchGetConfigurationPolicyAssociationsRequest$,
      () => BatchGetConfigurationPolicyAssociationsResponse$
    ];
    var BatchGetSecurityControls$ = [
      9,
      n0,
      _BGSC,
      { [_h]: ["POST", "/securityControls/batchGet", 200] },
      () => BatchGetSecurityControlsRequest$,
      () => BatchGetSecurityControlsResponse$
    ];
    var BatchGetStandardsControlAssociations$ = [
      9,
      n0,
      _BGSCA,
      { [_h]: ["POST", "/associations/batchGet", 200] },
      () => BatchGetStandardsControlAssociationsRequest$,
      () => BatchGetStandardsControlAssociationsResponse$
    ];
    var BatchImportFindings$ = [
      9,
      n0,
      _BIF,
      { [_h]: ["POST", "/findings/import", 200] },
      () => BatchImportFindingsRequest$,
      () => BatchImportFindingsResponse$
    ];
    var BatchUpdateAutomationRules$ = [
      9,
      n0,
      _BUAR,
      { [_h]: ["PATCH", "/automationrules/update", 200] },
      () => BatchUpdateAutomationRulesRequest$,
      () => BatchUpdateAutomationRulesResponse$
    ];
    var BatchUpdateFindings$ = [
      9,
      n0,
      _BUF,
      { [_h]: ["PATCH", "/findings/batchupdate", 200] },
      () => BatchUpdateFindingsRequest$,
      () => BatchUpdateFindingsResponse$
    ];
    var BatchUpdateFindingsV2$ = [
      9,
      n0,
      _BUFV,
      { [_h]: ["PATCH", "/findingsv2/batchupdatev2", 200] },
      () => BatchUpdateFindingsV2Request$,
      () => BatchUpdateFindingsV2Response$
    ];
    var BatchUpdateStandardsControlAssociations$ = [
      9,
      n0,
      _BUSCA,
      { [_h]: ["PATCH", "/associations", 200] },
      () => BatchUpdateStandardsControlAssociationsRequest$,
      () => BatchUpdateStandardsControlAssociationsResponse$
    ];
    var CreateActionTarget$ = [
      9,
      n0,
      _CAT,
      { [_h]: ["POST", "/actionTargets", 200] },
      () => CreateActionTargetRequest$,
      () => CreateActionTargetResponse$
    ];
    var CreateAggregatorV2$ = [
      9,
      n0,
      _CAV,
      { [_h]: ["POST", "/aggregatorv2/create", 200] },
      () => CreateAggregatorV2Request$,
      () => CreateAggregatorV2Response$
    ];
    var CreateAutomationRule$ = [
      9,
      n0,
      _CAR,
      { [_h]: ["POST", "/automationrules/create", 200] },
      () => CreateAutomationRuleRequest$,
      () => CreateAutomationRuleResponse$
    ];
    var CreateAutomationRuleV2$ = [
      9,
      n0,
      _CARV,
      { [_h]: ["POST", "/automationrulesv2/create", 200] },
      () => CreateAutomationRuleV2Request$,
      () => CreateAutomationRuleV2Response$
    ];
    var CreateConfigurationPolicy$ = [
      9,
      n0,
      _CCP,
      { [_h]: ["POST", "/configurationPolicy/create", 200] },
      () => CreateConfigurationPolicyRequest$,
      () => CreateConfigurationPolicyResponse$
    ];
    var CreateConnector$ = [
      9,
      n0,
      _CCr,
      { [_h]: ["POST", "/connectors", 200] },
      () => CreateConnectorRequest$,
      () => CreateConnectorResponse$
    ];
    var CreateConnectorV2$ = [
      9,
      n0,
      _CCV,
      { [_h]: ["POST", "/connectorsv2", 200] },
      () => CreateConnectorV2Request$,
      () => CreateConnectorV2Response$
    ];
    var CreateFindingAggregator$ = [
      9,
      n0,
      _CFA,
      { [_h]: ["POST", "/findingAggregator/create", 200] },
      () => CreateFindingAggregatorRequest$,
      () => CreateFindingAggregatorResponse$
    ];
    var CreateInsight$ = [
      9,
      n0,
      _CIre,
      { [_h]: ["POST", "/insights", 200] },
      () => CreateInsightRequest$,
      () => CreateInsightResponse$
    ];
    var CreateMembers$ = [
      9,
      n0,
      _CMr,
      { [_h]: ["POST", "/members", 200] },
      () => CreateMembersRequest$,
      () => CreateMembersResponse$
    ];
    var CreateTicketV2$ = [
      9,
      n0,
      _CTV,
      { [_h]: ["POST", "/ticketsv2", 200] },
      () => CreateTicketV2Request$,
      () => CreateTicketV2Response$
    ];
    var DeclineInvitations$ = [
      9,
      n0,
      _DIec,
      { [_h]: ["POST", "/invitations/decline", 200] },
      () => DeclineInvitationsRequest$,
      () => DeclineInvitationsResponse$
    ];
    var DeleteActionTarget$ = [
      9,
      n0,
      _DATe,
      { [_h]: ["DELETE", "/actionTargets/{ActionTargetArn+}", 200] },
      () => DeleteActionTargetRequest$,
      () => DeleteActionTargetResponse$
    ];
    var DeleteAggregatorV2$ = [
      9,
      n0,
      _DAV,
      { [_h]: ["DELETE", "/aggregatorv2/delete/{AggregatorV2Arn+}", 200] },
      () => DeleteAggregatorV2Request$,
      () => DeleteAggregatorV2Response$
    ];
    var DeleteAutomationRuleV2$ = [
      9,
      n0,
      _DARV,
      { [_h]: ["DELETE", "/automationrulesv2/{Identifier}", 200] },
      () => DeleteAutomationRuleV2Request$,
      () => DeleteAutomationRuleV2Response$
    ];
    var DeleteConfigurationPolicy$ = [
      9,
      n0,
      _DCP,
      { [_h]: ["DELETE", "/configurationPolicy/{Identifier}", 200] },
      () => DeleteConfigurationPolicyRequest$,
      () => DeleteConfigurationPolicyResponse$
    ];
    var DeleteConnector$ = [
      9,
      n0,
      _DCel,
      { [_h]: ["DELETE", "/connectors/{ConnectorId+}", 200] },
      () => DeleteConnectorRequest$,
      () => DeleteConnectorResponse$
    ];
    var DeleteConnectorV2$ = [
      9,
      n0,
      _DCV,
      { [_h]: ["DELETE", "/connectorsv2/{ConnectorId+}", 200] },
      () => DeleteConnectorV2Request$,
      () => DeleteConnectorV2Response$
    ];
    var DeleteFindingAggregator$ = [
      9,
      n0,
      _DFAe,
      { [_h]: ["DELETE", "/findingAggregator/delete/{FindingAggregatorArn+}", 200] },
      () => DeleteFindingAggregatorRequest$,
      () => DeleteFindingAggregatorResponse$
    ];
    var DeleteInsight$ = [
      9,
      n0,
      _DIel,
      { [_h]: ["DELETE", "/insights/{InsightArn+}", 200] },
      () => DeleteInsightRequest$,
      () => DeleteInsightResponse$
    ];
    var DeleteInvitations$ = [
      9,
      n0,
      _DIele,
      { [_h]: ["POST", "/invitations/delete", 200] },
      () => DeleteInvitationsRequest$,
      () => DeleteInvitationsResponse$
    ];
    var DeleteMembers$ = [
      9,
      n0,
      _DMe,
      { [_h]: ["POST", "/members/delete", 200] },
      () => DeleteMembersRequest$,
      () => DeleteMembersResponse$
    ];
    var DescribeActionTargets$ = [
      9,
      n0,
      _DATes,
      { [_h]: ["POST", "/actionTargets/get", 200] },
      () => DescribeActionTargetsRequest$,
      () => DescribeActionTargetsResponse$
    ];
    var DescribeHub$ = [
      9,
      n0,
      _DH,
      { [_h]: ["GET", "/accounts", 200] },
      () => DescribeHubRequest$,
      () => DescribeHubResponse$
    ];
    var DescribeOrganizationConfiguration$ = [
      9,
      n0,
      _DOC,
      { [_h]: ["GET", "/organization/configuration", 200] },
      () => DescribeOrganizationConfigurationRequest$,
      () => DescribeOrganizationConfigurationResponse$
    ];
    var DescribeProducts$ = [
      9,
      n0,
      _DPesc,
      { [_h]: ["GET", "/products", 200] },
      () => DescribeProductsRequest$,
      () => DescribeProductsResponse$
    ];
    var DescribeProductsV2$ = [
      9,
      n0,
      _DPV,
      { [_h]: ["GET", "/productsV2", 200] },
      () => DescribeProductsV2Request$,
      () => DescribeProductsV2Response$
    ];
    var DescribeSecurityHubV2$ = [
      9,
      n0,
      _DSHV,
      { [_h]: ["GET", "/hubv2", 200] },
      () => DescribeSecurityHubV2Request$,
      () => DescribeSecurityHubV2Response$
    ];
    var DescribeStandards$ = [
      9,
      n0,
      _DSe,
      { [_h]: ["GET", "/standards", 200] },
      () => DescribeStandardsRequest$,
      () => DescribeStandardsResponse$
    ];
    var DescribeStandardsControls$ = [
      9,
      n0,
      _DSC,
      { [_h]: ["GET", "/standards/controls/{StandardsSubscriptionArn+}", 200] },
      () => DescribeStandardsControlsRequest$,
      () => DescribeStandardsControlsResponse$
    ];
    var DisableImportFindingsForProduct$ = [
      9,
      n0,
      _DIFFP,
      { [_h]: ["DELETE", "/productSubscriptions/{ProductSubscriptionArn+}", 200] },
      () => DisableImportFindingsForProductRequest$,
      () => DisableImportFindingsForProductResponse$
    ];
    var DisableOrganizationAdminAccount$ = [
      9,
      n0,
      _DOAA,
      { [_h]: ["POST", "/organization/admin/disable", 200] },
      () => DisableOrganizationAdminAccountRequest$,
      () => DisableOrganizationAdminAccountResponse$
    ];
    var DisableSecurityHub$ = [
      9,
      n0,
      _DSH,
      { [_h]: ["DELETE", "/accounts", 200] },
      () => DisableSecurityHubRequest$,
      () => DisableSecurityHubResponse$
    ];
    var DisableSecurityHubFeatureV2$ = [
      9,
      n0,
      _DSHFV,
      { [_h]: ["DELETE", "/hubv2/feature/{FeatureName}", 200] },
      () => DisableSecurityHubFeatureV2Request$,
      () => DisableSecurityHubFeatureV2Response$
    ];
    var DisableSecurityHubV2$ = [
      9,
      n0,
      _DSHVi,
      { [_h]: ["DELETE", "/hubv2", 200] },
      () => DisableSecurityHubV2Request$,
      () => DisableSecurityHubV2Response$
    ];
    var DisassociateFromAdministratorAccount$ = [
      9,
      n0,
      _DFAA,
      { [_h]: ["POST", "/administrator/disassociate", 200] },
      () => DisassociateFromAdministratorAccountRequest$,
      () => DisassociateFromAdministratorAccountResponse$
    ];
    var DisassociateFromMasterAccount$ = [
      9,
      n0,
      _DFMA,
      { [_h]: ["POST", "/master/disassociate", 200] },
      () => DisassociateFromMasterAccountRequest$,
      () => DisassociateFromMasterAccountResponse$
    ];
    var DisassociateMembers$ = [
      9,
      n0,
      _DMi,
      { [_h]: ["POST", "/members/disassociate", 200] },
      () => DisassociateMembersRequest$,
      () => DisassociateMembersResponse$
    ];
    var EnableImportFindingsForProduct$ = [
      9,
      n0,
      _EIFFP,
      { [_h]: ["POST", "/productSubscriptions", 200] },
      () => EnableImportFindingsForProductRequest$,
      () => EnableImportFindingsForProductResponse$
    ];
    var EnableOrganizationAdminAccount$ = [
      9,
      n0,
      _EOAA,
      { [_h]: ["POST", "/organization/admin/enable", 200] },
      () => EnableOrganizationAdminAccountRequest$,
      () => EnableOrganizationAdminAccountResponse$
    ];
    var EnableSecurityHub$ = [
      9,
      n0,
      _ESH,
      { [_h]: ["POST", "/accounts", 200] },
      () => EnableSecurityHubRequest$,
      () => EnableSecurityHubResponse$
    ];
    var EnableSecurityHubFeatureV2$ = [
      9,
      n0,
      _ESHFV,
      { [_h]: ["POST", "/hubv2/feature/{FeatureName}", 200] },
      () => EnableSecurityHubFeatureV2Request$,
      () => EnableSecurityHubFeatureV2Response$
    ];
    var EnableSecurityHubV2$ = [
      9,
      n0,
      _ESHV,
      { [_h]: ["POST", "/hubv2", 200] },
      () => EnableSecurityHubV2Request$,
      () => EnableSecurityHubV2Response$
    ];
    var GenerateRecommendedPolicyV2$ = [
      9,
      n0,
      _GRPV,
      { [_h]: ["POST", "/recommendedPolicyV2/{MetadataUid}", 200] },
      () => GenerateRecommendedPolicyV2Request$,
      () => GenerateRecommendedPolicyV2Response$
    ];
    var GetAdministratorAccount$ = [
      9,
      n0,
      _GAA,
      { [_h]: ["GET", "/administrator", 200] },
      () => GetAdministratorAccountRequest$,
      () => GetAdministratorAccountResponse$
    ];
    var GetAggregatorV2$ = [
      9,
      n0,
      _GAV,
      { [_h]: ["GET", "/aggregatorv2/get/{AggregatorV2Arn+}", 200] },
      () => GetAggregatorV2Request$,
      () => GetAggregatorV2Response$
    ];
    var GetAutomationRuleV2$ = [
      9,
      n0,
      _GARV,
      { [_h]: ["GET", "/automationrulesv2/{Identifier}", 200] },
      () => GetAutomationRuleV2Request$,
      () => GetAutomationRuleV2Response$
    ];
    var GetConfigurationPolicy$ = [
      9,
      n0,
      _GCP,
      { [_h]: ["GET", "/configurationPolicy/get/{Identifier}", 200] },
      () => GetConfigurationPolicyRequest$,
      () => GetConfigurationPolicyResponse$
    ];
    var GetConfigurationPolicyAssociation$ = [
      9,
      n0,
      _GCPA,
      { [_h]: ["POST", "/configurationPolicyAssociation/get", 200] },
      () => GetConfigurationPolicyAssociationRequest$,
      () => GetConfigurationPolicyAssociationResponse$
    ];
    var GetConnector$ = [
      9,
      n0,
      _GC,
      { [_h]: ["GET", "/connectors/{ConnectorId+}", 200] },
      () => GetConnectorRequest$,
      () => GetConnectorResponse$
    ];
    var GetConnectorV2$ = [
      9,
      n0,
      _GCV,
      { [_h]: ["GET", "/connectorsv2/{ConnectorId+}", 200] },
      () => GetConnectorV2Request$,
      () => GetConnectorV2Response$
    ];
    var GetEnabledStandards$ = [
      9,
      n0,
      _GES,
      { [_h]: ["POST", "/standards/get", 200] },
      () => GetEnabledStandardsRequest$,
      () => GetEnabledStandardsResponse$
    ];
    var GetFindingAggregator$ = [
      9,
      n0,
      _GFA,
      { [_h]: ["GET", "/findingAggregator/get/{FindingAggregatorArn+}", 200] },
      () => GetFindingAggregatorRequest$,
      () => GetFindingAggregatorResponse$
    ];
    var GetFindingHistory$ = [
      9,
      n0,
      _GFH,
      { [_h]: ["POST", "/findingHistory/get", 200] },
      () => GetFindingHistoryRequest$,
      () => GetFindingHistoryResponse$
    ];
    var GetFindings$ = [
      9,
      n0,
      _GF,
      { [_h]: ["POST", "/findings", 200] },
      () => GetFindingsRequest$,
      () => GetFindingsResponse$
    ];
    var GetFindingStatisticsV2$ = [
      9,
      n0,
      _GFSV,
      { [_h]: ["POST", "/findingsv2/statistics", 200] },
      () => GetFindingStatisticsV2Request$,
      () => GetFindingStatisticsV2Response$
    ];
    var GetFindingsTrendsV2$ = [
      9,
      n0,
      _GFTV,
      { [_h]: ["POST", "/findingsTrendsv2", 200] },
      () => GetFindingsTrendsV2Request$,
      () => GetFindingsTrendsV2Response$
    ];
    var GetFindingsV2$ = [
      9,
      n0,
      _GFV,
      { [_h]: ["POST", "/findingsv2", 200] },
      () => GetFindingsV2Request$,
      () => GetFindingsV2Response$
    ];
    var GetInsightResults$ = [
      9,
      n0,
      _GIRet,
      { [_h]: ["GET", "/insights/results/{InsightArn+}", 200] },
      () => GetInsightResultsRequest$,
      () => GetInsightResultsResponse$
    ];
    var GetInsights$ = [
      9,
      n0,
      _GIet,
      { [_h]: ["POST", "/insights/get", 200] },
      () => GetInsightsRequest$,
      () => GetInsightsResponse$
    ];
    var GetInvitationsCount$ = [
      9,
      n0,
      _GIC,
      { [_h]: ["GET", "/invitations/count", 200] },
      () => GetInvitationsCountRequest$,
      () => GetInvitationsCountResponse$
    ];
    var GetMasterAccount$ = [
      9,
      n0,
      _GMA,
      { [_h]: ["GET", "/master", 200] },
      () => GetMasterAccountRequest$,
      () => GetMasterAccountResponse$
    ];
    var GetMembers$ = [
      9,
      n0,
      _GM,
      { [_h]: ["POST", "/members/get", 200] },
      () => GetMembersRequest$,
      () => GetMembersResponse$
    ];
    var GetRecommendedPolicyV2$ = [
      9,
      n0,
      _GRPVe,
      { [_h]: ["GET", "/recommendedPolicyV2/{MetadataUid}", 200] },
      () => GetRecommendedPolicyV2Request$,
      () => GetRecommendedPolicyV2Response$
    ];
    var GetResourcesStatisticsV2$ = [
      9,
      n0,
      _GRSV,
      { [_h]: ["POST", "/resourcesv2/statistics", 200] },
      () => GetResourcesStatisticsV2Request$,
      () => GetResourcesStatisticsV2Response$
    ];
    var GetResourcesTrendsV2$ = [
      9,
      n0,
      _GRTV,
      { [_h]: ["POST", "/resourcesTrendsv2", 200] },
      () => GetResourcesTrendsV2Request$,
      () => GetResourcesTrendsV2Response$
    ];
    var GetResourcesV2$ = [
      9,
      n0,
      _GRV,
      { [_h]: ["POST", "/resourcesv2", 200] },
      () => GetResourcesV2Request$,
      () => GetResourcesV2Response$
    ];
    var GetSecurityControlDefinition$ = [
      9,
      n0,
      _GSCD,
      { [_h]: ["GET", "/securityControl/definition", 200] },
      () => GetSecurityControlDefinitionRequest$,
      () => GetSecurityControlDefinitionResponse$
    ];
    var InviteMembers$ = [
      9,
      n0,
      _IMn,
      { [_h]: ["POST", "/members/invite", 200] },
      () => InviteMembersRequest$,
      () => InviteMembersResponse$
    ];
    var ListAggregatorsV2$ = [
      9,
      n0,
      _LAV,
      { [_h]: ["GET", "/aggregatorv2/list", 200] },
      () => ListAggregatorsV2Request$,
      () => ListAggregatorsV2Response$
    ];
    var ListAutomationRules$ = [
      9,
      n0,
      _LAR,
      { [_h]: ["GET", "/automationrules/list", 200] },
      () => ListAutomationRulesRequest$,
      () => ListAutomationRulesResponse$
    ];
    var ListAutomationRulesV2$ = [
      9,
      n0,
      _LARV,
      { [_h]: ["GET", "/automationrulesv2/list", 200] },
      () => ListAutomationRulesV2Request$,
      () => ListAutomationRulesV2Response$
    ];
    var ListConfigurationPolicies$ = [
      9,
      n0,
      _LCP,
      { [_h]: ["GET", "/configurationPolicy/list", 200] },
      () => ListConfigurationPoliciesRequest$,
      () => ListConfigurationPoliciesResponse$
    ];
    var ListConfigurationPolicyAssociations$ = [
      9,
      n0,
      _LCPA,
      { [_h]: ["POST", "/configurationPolicyAssociation/list", 200] },
      () => ListConfigurationPolicyAssociationsRequest$,
      () => ListConfigurationPolicyAssociationsResponse$
    ];
    var ListConnectors$ = [
      9,
      n0,
      _LCi,
      { [_h]: ["GET", "/connectors", 200] },
      () => ListConnectorsRequest$,
      () => ListConnectorsResponse$
    ];
    var ListConnectorsV2$ = [
      9,
      n0,
      _LCV,
      { [_h]: ["GET", "/connectorsv2", 200] },
      () => ListConnectorsV2Request$,
      () => ListConnectorsV2Response$
    ];
    var ListEnabledProductsForImport$ = [
      9,
      n0,
      _LEPFI,
      { [_h]: ["GET", "/productSubscriptions", 200] },
      () => ListEnabledProductsForImportRequest$,
      () => ListEnabledProductsForImportResponse$
    ];
    var ListFindingAggregators$ = [
      9,
      n0,
      _LFAi,
      { [_h]: ["GET", "/findingAggregator/list", 200] },
      () => ListFindingAggregatorsRequest$,
      () => ListFindingAggregatorsResponse$
    ];
    var ListFreeTrialStatusesV2$ = [
      9,
      n0,
      _LFTSV,
      { [_h]: ["POST", "/freetrial/statusv2/list", 200] },
      () => ListFreeTrialStatusesV2Request$,
      () => ListFreeTrialStatusesV2Response$
    ];
    var ListInvitations$ = [
      9,
      n0,
      _LI,
      { [_h]: ["GET", "/invitations", 200] },
      () => ListInvitationsRequest$,
      () => ListInvitationsResponse$
    ];
    var ListMembers$ = [
      9,
      n0,
      _LMis,
      { [_h]: ["GET", "/members", 200] },
      () => ListMembersRequest$,
      () => ListMembersResponse$
    ];
    var ListOrganizationAdminAccounts$ = [
      9,
      n0,
      _LOAA,
      { [_h]: ["GET", "/organization/admin", 200] },
      () => ListOrganizationAdminAccountsRequest$,
      () => ListOrganizationAdminAccountsResponse$
    ];
    var ListSecurityControlDefinitions$ = [
      9,
      n0,
      _LSCD,
      { [_h]: ["GET", "/securityControls/definitions", 200] },
      () => ListSecurityControlDefinitionsRequest$,
      () => ListSecurityControlDefinitionsResponse$
    ];
    var ListStandardsControlAssociations$ = [
      9,
      n0,
      _LSCA,
      { [_h]: ["GET", "/associations", 200] },
      () => ListStandardsControlAssociationsRequest$,
      () => ListStandardsControlAssociationsResponse$
    ];
    var ListTagsForResource$ = [
      9,
      n0,
      _LTFR,
      { [_h]: ["GET", "/tags/{ResourceArn}", 200] },
      () => ListTagsForResourceRequest$,
      () => ListTagsForResourceResponse$
    ];
    var RegisterConnectorV2$ = [
      9,
      n0,
      _RCV,
      { [_h]: ["POST", "/connectorsv2/register", 200] },
      () => RegisterConnectorV2Request$,
      () => RegisterConnectorV2Response$
    ];
    var StartConfigurationPolicyAssociation$ = [
      9,
      n0,
      _SCPA,
      { [_h]: ["POST", "/configurationPolicyAssociation/associate", 200] },
      () => StartConfigurationPolicyAssociationRequest$,
      () => StartConfigurationPolicyAssociationResponse$
    ];
    var StartConfigurationPolicyDisassociation$ = [
      9,
      n0,
      _SCPD,
      { [_h]: ["POST", "/configurationPolicyAssociation/disassociate", 200] },
      () => StartConfigurationPolicyDisassociationRequest$,
      () => StartConfigurationPolicyDisassociationResponse$
    ];
    var TagResource$ = [
      9,
      n0,
      _TR,
      { [_h]: ["POST", "/tags/{ResourceArn}", 200] },
      () => TagResourceRequest$,
      () => TagResourceResponse$
    ];
    var UntagResource$ = [
      9,
      n0,
      _URn,
      { [_h]: ["DELETE", "/tags/{ResourceArn}", 200] },
      () => UntagResourceRequest$,
      () => UntagResourceResponse$
    ];
    var UpdateActionTarget$ = [
      9,
      n0,
      _UAT,
      { [_h]: ["PATCH", "/actionTargets/{ActionTargetArn+}", 200] },
      () => UpdateActionTargetRequest$,
      () => UpdateActionTargetResponse$
    ];
    var UpdateAggregatorV2$ = [
      9,
      n0,
      _UAV,
      { [_h]: ["PATCH", "/aggregatorv2/update/{AggregatorV2Arn+}", 200] },
      () => UpdateAggregatorV2Request$,
      () => UpdateAggregatorV2Response$
    ];
    var UpdateAutomationRuleV2$ = [
      9,
      n0,
      _UARV,
      { [_h]: ["PATCH", "/automationrulesv2/{Identifier}", 200] },
      () => UpdateAutomationRuleV2Request$,
      () => UpdateAutomationRuleV2Response$
    ];
    var UpdateConfigurationPolicy$ = [
      9,
      n0,
      _UCP,
      { [_h]: ["PATCH", "/configurationPolicy/{Identifier}", 200] },
      () => UpdateConfigurationPolicyRequest$,
      () => UpdateConfigurationPolicyResponse$
    ];
    var UpdateConnector$ = [
      9,
      n0,
      _UC,
      { [_h]: ["PATCH", "/connectors/{ConnectorId+}", 200] },
      () => UpdateConnectorRequest$,
      () => UpdateConnectorResponse$
    ];
    var UpdateConnectorV2$ = [
      9,
      n0,
      _UCV,
      { [_h]: ["PATCH", "/connectorsv2/{ConnectorId+}", 200] },
      () => UpdateConnectorV2Request$,
      () => UpdateConnectorV2Response$
    ];
    var UpdateFindingAggregator$ = [
      9,
      n0,
      _UFA,
      { [_h]: ["PATCH", "/findingAggregator/update", 200] },
      () => UpdateFindingAggregatorRequest$,
      () => UpdateFindingAggregatorResponse$
    ];
    var UpdateFindings$ = [
      9,
      n0,
      _UFpd,
      { [_h]: ["PATCH", "/findings", 200] },
      () => UpdateFindingsRequest$,
      () => UpdateFindingsResponse$
    ];
    var UpdateInsight$ = [
      9,
      n0,
      _UIp,
      { [_h]: ["PATCH", "/insights/{InsightArn+}", 200] },
      () => UpdateInsightRequest$,
      () => UpdateInsightResponse$
    ];
    var UpdateOrganizationConfiguration$ = [
      9,
      n0,
      _UOC,
      { [_h]: ["POST", "/organization/configuration", 200] },
      () => UpdateOrganizationConfigurationRequest$,
      () => UpdateOrganizationConfigurationResponse$
    ];
    var UpdateSecurityControl$ = [
      9,
      n0,
      _USCp,
      { [_h]: ["PATCH", "/securityControl/update", 200] },
      () => UpdateSecurityControlRequest$,
      () => UpdateSecurityControlResponse$
    ];
    var UpdateSecurityHubConfiguration$ = [
      9,
      n0,
      _USHC,
      { [_h]: ["PATCH", "/accounts", 200] },
      () => UpdateSecurityHubConfigurationRequest$,
      () => UpdateSecurityHubConfigurationResponse$
    ];
    var UpdateStandardsControl$ = [
      9,
      n0,
      _USCpd,
      { [_h]: ["PATCH", "/standards/control/{StandardsControlArn+}", 200] },
      () => UpdateStandardsControlRequest$,
      () => UpdateStandardsControlResponse$
    ];
    var getRuntimeConfig$1 = (config) => {
      return {
        apiVersion: "2018-10-26",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultSecurityHubHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
          {
            schemeId: "aws.auth#sigv4",
            identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
            signer: new AwsSdkSigV4Signer()
          }
        ],
        logger: config?.logger ?? new NoOpLogger(),
        protocol: config?.protocol ?? AwsRestJsonProtocol,
        protocolSettings: config?.protocolSettings ?? {
          defaultNamespace: "com.amazonaws.securityhub",
          errorTypeRegistries,
          version: "2018-10-26",
          serviceTarget: "SecurityHubAPIService"
        },
        serviceId: config?.serviceId ?? "SecurityHub",
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
    var SecurityHubClient = class extends Client {
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
          httpAuthSchemeParametersProvider: defaultSecurityHubHttpAuthSchemeParametersProvider,
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
    var command = makeBuilder(commonParams, "SecurityHubAPIService", "SecurityHubClient", getEndpointPlugin);
    var _ep0 = {};
    var _mw0 = (Command, cs, config, o) => [];
    var AcceptAdministratorInvitationCommand = class extends command(_ep0, _mw0, "AcceptAdministratorInvitation", AcceptAdministratorInvitation$) {
    };
    var AcceptInvitationCommand = class extends command(_ep0, _mw0, "AcceptInvitation", AcceptInvitation$) {
    };
    var BatchDeleteAutomationRulesCommand = class extends command(_ep0, _mw0, "BatchDeleteAutomationRules", BatchDeleteAutomationRules$) {
    };
    var BatchDisableStandardsCommand = class extends command(_ep0, _mw0, "BatchDisableStandards", BatchDisableStandards$) {
    };
    var BatchEnableStandardsCommand = class extends command(_ep0, _mw0, "BatchEnableStandards", BatchEnableStandards$) {
    };
    var BatchGetAutomationRulesCommand = class extends command(_ep0, _mw0, "BatchGetAutomationRules", BatchGetAutomationRules$) {
    };
    var BatchGetConfigurationPolicyAssociationsCommand = class extends command(_ep0, _mw0, "BatchGetConfigurationPolicyAssociations", BatchGetConfigurationPolicyAssociations$) {
    };
    var BatchGetSecurityControlsCommand = class extends command(_ep0, _mw0, "BatchGetSecurityControls", BatchGetSecurityControls$) {
    };
    var BatchGetStandardsControlAssociationsCommand = class extends command(_ep0, _mw0, "BatchGetStandardsControlAssociations", BatchGetStandardsControlAssociations$) {
    };
    var BatchImportFindingsCommand = class extends command(_ep0, _mw0, "BatchImportFindings", BatchImportFindings$) {
    };
    var BatchUpdateAutomationRulesCommand = class extends command(_ep0, _mw0, "BatchUpdateAutomationRules", BatchUpdateAutomationRules$) {
    };
    var BatchUpdateFindingsCommand = class extends command(_ep0, _mw0, "BatchUpdateFindings", BatchUpdateFindings$) {
    };
    var BatchUpdateFindingsV2Command = class extends command(_ep0, _mw0, "BatchUpdateFindingsV2", BatchUpdateFindingsV2$) {
    };
    var BatchUpdateStandardsControlAssociationsCommand = class extends command(_ep0, _mw0, "BatchUpdateStandardsControlAssociations", BatchUpdateStandardsControlAssociations$) {
    };
    var CreateActionTargetCommand = class extends command(_ep0, _mw0, "CreateActionTarget", CreateActionTarget$) {
    };
    var CreateAggregatorV2Command = class extends command(_ep0, _mw0, "CreateAggregatorV2", CreateAggregatorV2$) {
    };
    var CreateAutomationRuleCommand = class extends command(_ep0, _mw0, "CreateAutomationRule", CreateAutomationRule$) {
    };
    var CreateAutomationRuleV2Command = class extends command(_ep0, _mw0, "CreateAutomationRuleV2", CreateAutomationRuleV2$) {
    };
    var CreateConfigurationPolicyCommand = class extends command(_ep0, _mw0, "CreateConfigurationPolicy", CreateConfigurationPolicy$) {
    };
    var CreateConnectorCommand = class extends command(_ep0, _mw0, "CreateConnector", CreateConnector$) {
    };
    var CreateConnectorV2Command = class extends command(_ep0, _mw0, "CreateConnectorV2", CreateConnectorV2$) {
    };
    var CreateFindingAggregatorCommand = class extends command(_ep0, _mw0, "CreateFindingAggregator", CreateFindingAggregator$) {
    };
    var CreateInsightCommand = class extends command(_ep0, _mw0, "CreateInsight", CreateInsight$) {
    };
    var CreateMembersCommand = class extends command(_ep0, _mw0, "CreateMembers", CreateMembers$) {
    };
    var CreateTicketV2Command = class extends command(_ep0, _mw0, "CreateTicketV2", CreateTicketV2$) {
    };
    var DeclineInvitationsCommand = class extends command(_ep0, _mw0, "DeclineInvitations", DeclineInvitations$) {
    };
    var DeleteActionTargetCommand = class extends command(_ep0, _mw0, "DeleteActionTarget", DeleteActionTarget$) {
    };
    var DeleteAggregatorV2Command = class extends command(_ep0, _mw0, "DeleteAggregatorV2", DeleteAggregatorV2$) {
    };
    var DeleteAutomationRuleV2Command = class extends command(_ep0, _mw0, "DeleteAutomationRuleV2", DeleteAutomationRuleV2$) {
    };
    var DeleteConfigurationPolicyCommand = class extends command(_ep0, _mw0, "DeleteConfigurationPolicy", DeleteConfigurationPolicy$) {
    };
    var DeleteConnectorCommand = class extends command(_ep0, _mw0, "DeleteConnector", DeleteConnector$) {
    };
    var DeleteConnectorV2Command = class extends command(_ep0, _mw0, "DeleteConnectorV2", DeleteConnectorV2$) {
    };
    var DeleteFindingAggregatorCommand = class extends command(_ep0, _mw0, "DeleteFindingAggregator", DeleteFindingAggregator$) {
    };
    var DeleteInsightCommand = class extends command(_ep0, _mw0, "DeleteInsight", DeleteInsight$) {
    };
    var DeleteInvitationsCommand = class extends command(_ep0, _mw0, "DeleteInvitations", DeleteInvitations$) {
    };
    var DeleteMembersCommand = class extends command(_ep0, _mw0, "DeleteMembers", DeleteMembers$) {
    };
    var DescribeActionTargetsCommand = class extends command(_ep0, _mw0, "DescribeActionTargets", DescribeActionTargets$) {
    };
    var DescribeHubCommand = class extends command(_ep0, _mw0, "DescribeHub", DescribeHub$) {
    };
    var DescribeOrganizationConfigurationCommand = class extends command(_ep0, _mw0, "DescribeOrganizationConfiguration", DescribeOrganizationConfiguration$) {
    };
    var DescribeProductsCommand = class extends command(_ep0, _mw0, "DescribeProducts", DescribeProducts$) {
    };
    var DescribeProductsV2Command = class extends command(_ep0, _mw0, "DescribeProductsV2", DescribeProductsV2$) {
    };
    var DescribeSecurityHubV2Command = class extends command(_ep0, _mw0, "DescribeSecurityHubV2", DescribeSecurityHubV2$) {
    };
    var DescribeStandardsCommand = class extends command(_ep0, _mw0, "DescribeStandards", DescribeStandards$) {
    };
    var DescribeStandardsControlsCommand = class extends command(_ep0, _mw0, "DescribeStandardsControls", DescribeStandardsControls$) {
    };
    var DisableImportFindingsForProductCommand = class extends command(_ep0, _mw0, "DisableImportFindingsForProduct", DisableImportFindingsForProduct$) {
    };
    var DisableOrganizationAdminAccountCommand = class extends command(_ep0, _mw0, "DisableOrganizationAdminAccount", DisableOrganizationAdminAccount$) {
    };
    var DisableSecurityHubCommand = class extends command(_ep0, _mw0, "DisableSecurityHub", DisableSecurityHub$) {
    };
    var DisableSecurityHubFeatureV2Command = class extends command(_ep0, _mw0, "DisableSecurityHubFeatureV2", DisableSecurityHubFeatureV2$) {
    };
    var DisableSecurityHubV2Command = class extends command(_ep0, _mw0, "DisableSecurityHubV2", DisableSecurityHubV2$) {
    };
    var DisassociateFromAdministratorAccountCommand = class extends command(_ep0, _mw0, "DisassociateFromAdministratorAccount", DisassociateFromAdministratorAccount$) {
    };
    var DisassociateFromMasterAccountCommand = class extends command(_ep0, _mw0, "DisassociateFromMasterAccount", DisassociateFromMasterAccount$) {
    };
    var DisassociateMembersCommand = class extends command(_ep0, _mw0, "DisassociateMembers", DisassociateMembers$) {
    };
    var EnableImportFindingsForProductCommand = class extends command(_ep0, _mw0, "EnableImportFindingsForProduct", EnableImportFindingsForProduct$) {
    };
    var EnableOrganizationAdminAccountCommand = class extends command(_ep0, _mw0, "EnableOrganizationAdminAccount", EnableOrganizationAdminAccount$) {
    };
    var EnableSecurityHubCommand = class extends command(_ep0, _mw0, "EnableSecurityHub", EnableSecurityHub$) {
    };
    var EnableSecurityHubFeatureV2Command = class extends command(_ep0, _mw0, "EnableSecurityHubFeatureV2", EnableSecurityHubFeatureV2$) {
    };
    var EnableSecurityHubV2Command = class extends command(_ep0, _mw0, "EnableSecurityHubV2", EnableSecurityHubV2$) {
    };
    var GenerateRecommendedPolicyV2Command = class extends command(_ep0, _mw0, "GenerateRecommendedPolicyV2", GenerateRecommendedPolicyV2$) {
    };
    var GetAdministratorAccountCommand = class extends command(_ep0, _mw0, "GetAdministratorAccount", GetAdministratorAccount$) {
    };
    var GetAggregatorV2Command = class extends command(_ep0, _mw0, "GetAggregatorV2", GetAggregatorV2$) {
    };
    var GetAutomationRuleV2Command = class extends command(_ep0, _mw0, "GetAutomationRuleV2", GetAutomationRuleV2$) {
    };
    var GetConfigurationPolicyAssociationCommand = class extends command(_ep0, _mw0, "GetConfigurationPolicyAssociation", GetConfigurationPolicyAssociation$) {
    };
    var GetConfigurationPolicyCommand = class extends command(_ep0, _mw0, "GetConfigurationPolicy", GetConfigurationPolicy$) {
    };
    var GetConnectorCommand = class extends command(_ep0, _mw0, "GetConnector", GetConnector$) {
    };
    var GetConnectorV2Command = class extends command(_ep0, _mw0, "GetConnectorV2", GetConnectorV2$) {
    };
    var GetEnabledStandardsCommand = class extends command(_ep0, _mw0, "GetEnabledStandards", GetEnabledStandards$) {
    };
    var GetFindingAggregatorCommand = class extends command(_ep0, _mw0, "GetFindingAggregator", GetFindingAggregator$) {
    };
    var GetFindingHistoryCommand = class extends command(_ep0, _mw0, "GetFindingHistory", GetFindingHistory$) {
    };
    var GetFindingsCommand = class extends command(_ep0, _mw0, "GetFindings", GetFindings$) {
    };
    var GetFindingStatisticsV2Command = class extends command(_ep0, _mw0, "GetFindingStatisticsV2", GetFindingStatisticsV2$) {
    };
    var GetFindingsTrendsV2Command = class extends command(_ep0, _mw0, "GetFindingsTrendsV2", GetFindingsTrendsV2$) {
    };
    var GetFindingsV2Command = class extends command(_ep0, _mw0, "GetFindingsV2", GetFindingsV2$) {
    };
    var GetInsightResultsCommand = class extends command(_ep0, _mw0, "GetInsightResults", GetInsightResults$) {
    };
    var GetInsightsCommand = class extends command(_ep0, _mw0, "GetInsights", GetInsights$) {
    };
    var GetInvitationsCountCommand = class extends command(_ep0, _mw0, "GetInvitationsCount", GetInvitationsCount$) {
    };
    var GetMasterAccountCommand = class extends command(_ep0, _mw0, "GetMasterAccount", GetMasterAccount$) {
    };
    var GetMembersCommand = class extends command(_ep0, _mw0, "GetMembers", GetMembers$) {
    };
    var GetRecommendedPolicyV2Command = class extends command(_ep0, _mw0, "GetRecommendedPolicyV2", GetRecommendedPolicyV2$) {
    };
    var GetResourcesStatisticsV2Command = class extends command(_ep0, _mw0, "GetResourcesStatisticsV2", GetResourcesStatisticsV2$) {
    };
    var GetResourcesTrendsV2Command = class extends command(_ep0, _mw0, "GetResourcesTrendsV2", GetResourcesTrendsV2$) {
    };
    var GetResourcesV2Command = class extends command(_ep0, _mw0, "GetResourcesV2", GetResourcesV2$) {
    };
    var GetSecurityControlDefinitionCommand = class extends command(_ep0, _mw0, "GetSecurityControlDefinition", GetSecurityControlDefinition$) {
    };
    var InviteMembersCommand = class extends command(_ep0, _mw0, "InviteMembers", InviteMembers$) {
    };
    var ListAggregatorsV2Command = class extends command(_ep0, _mw0, "ListAggregatorsV2", ListAggregatorsV2$) {
    };
    var ListAutomationRulesCommand = class extends command(_ep0, _mw0, "ListAutomationRules", ListAutomationRules$) {
    };
    var ListAutomationRulesV2Command = class extends command(_ep0, _mw0, "ListAutomationRulesV2", ListAutomationRulesV2$) {
    };
    var ListConfigurationPoliciesCommand = class extends command(_ep0, _mw0, "ListConfigurationPolicies", ListConfigurationPolicies$) {
    };
    var ListConfigurationPolicyAssociationsCommand = class extends command(_ep0, _mw0, "ListConfigurationPolicyAssociations", ListConfigurationPolicyAssociations$) {
    };
    var ListConnectorsCommand = class extends command(_ep0, _mw0, "ListConnectors", ListConnectors$) {
    };
    var ListConnectorsV2Command = class extends command(_ep0, _mw0, "ListConnectorsV2", ListConnectorsV2$) {
    };
    var ListEnabledProductsForImportCommand = class extends command(_ep0, _mw0, "ListEnabledProductsForImport", ListEnabledProductsForImport$) {
    };
    var ListFindingAggregatorsCommand = class extends command(_ep0, _mw0, "ListFindingAggregators", ListFindingAggregators$) {
    };
    var ListFreeTrialStatusesV2Command = class extends command(_ep0, _mw0, "ListFreeTrialStatusesV2", ListFreeTrialStatusesV2$) {
    };
    var ListInvitationsCommand = class extends command(_ep0, _mw0, "ListInvitations", ListInvitations$) {
    };
    var ListMembersCommand = class extends command(_ep0, _mw0, "ListMembers", ListMembers$) {
    };
    var ListOrganizationAdminAccountsCommand = class extends command(_ep0, _mw0, "ListOrganizationAdminAccounts", ListOrganizationAdminAccounts$) {
    };
    var ListSecurityControlDefinitionsCommand = class extends command(_ep0, _mw0, "ListSecurityControlDefinitions", ListSecurityControlDefinitions$) {
    };
    var ListStandardsControlAssociationsCommand = class extends command(_ep0, _mw0, "ListStandardsControlAssociations", ListStandardsControlAssociations$) {
    };
    var ListTagsForResourceCommand = class extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {
    };
    var RegisterConnectorV2Command = class extends command(_ep0, _mw0, "RegisterConnectorV2", RegisterConnectorV2$) {
    };
    var StartConfigurationPolicyAssociationCommand = class extends command(_ep0, _mw0, "StartConfigurationPolicyAssociation", StartConfigurationPolicyAssociation$) {
    };
    var StartConfigurationPolicyDisassociationCommand = class extends command(_ep0, _mw0, "StartConfigurationPolicyDisassociation", StartConfigurationPolicyDisassociation$) {
    };
    var TagResourceCommand = class extends command(_ep0, _mw0, "TagResource", TagResource$) {
    };
    var UntagResourceCommand = class extends command(_ep0, _mw0, "UntagResource", UntagResource$) {
    };
    var UpdateActionTargetCommand = class extends command(_ep0, _mw0, "UpdateActionTarget", UpdateActionTarget$) {
    };
    var UpdateAggregatorV2Command = class extends command(_ep0, _mw0, "UpdateAggregatorV2", UpdateAggregatorV2$) {
    };
    var UpdateAutomationRuleV2Command = class extends command(_ep0, _mw0, "UpdateAutomationRuleV2", UpdateAutomationRuleV2$) {
    };
    var UpdateConfigurationPolicyCommand = class extends command(_ep0, _mw0, "UpdateConfigurationPolicy", UpdateConfigurationPolicy$) {
    };
    var UpdateConnectorCommand = class extends command(_ep0, _mw0, "UpdateConnector", UpdateConnector$) {
    };
    var UpdateConnectorV2Command = class extends command(_ep0, _mw0, "UpdateConnectorV2", UpdateConnectorV2$) {
    };
    var UpdateFindingAggregatorCommand = class extends command(_ep0, _mw0, "UpdateFindingAggregator", UpdateFindingAggregator$) {
    };
    var UpdateFindingsCommand = class extends command(_ep0, _mw0, "UpdateFindings", UpdateFindings$) {
    };
    var UpdateInsightCommand = class extends command(_ep0, _mw0, "UpdateInsight", UpdateInsight$) {
    };
    var UpdateOrganizationConfigurationCommand = class extends command(_ep0, _mw0, "UpdateOrganizationConfiguration", UpdateOrganizationConfiguration$) {
    };
    var UpdateSecurityControlCommand = class extends command(_ep0, _mw0, "UpdateSecurityControl", UpdateSecurityControl$) {
    };
    var UpdateSecurityHubConfigurationCommand = class extends command(_ep0, _mw0, "UpdateSecurityHubConfiguration", UpdateSecurityHubConfiguration$) {
    };
    var UpdateStandardsControlCommand = class extends command(_ep0, _mw0, "UpdateStandardsControl", UpdateStandardsControl$) {
    };
    var paginateDescribeActionTargets = createPaginator(SecurityHubClient, DescribeActionTargetsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateDescribeProducts = createPaginator(SecurityHubClient, DescribeProductsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateDescribeProductsV2 = createPaginator(SecurityHubClient, DescribeProductsV2Command, "NextToken", "NextToken", "MaxResults");
    var paginateDescribeStandardsControls = createPaginator(SecurityHubClient, DescribeStandardsControlsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateDescribeStandards = createPaginator(SecurityHubClient, DescribeStandardsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateGetEnabledStandards = createPaginator(SecurityHubClient, GetEnabledStandardsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateGetFindingHistory = createPaginator(SecurityHubClient, GetFindingHistoryCommand, "NextToken", "NextToken", "MaxResults");
    var paginateGetFindings = createPaginator(SecurityHubClient, GetFindingsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateGetFindingsTrendsV2 = createPaginator(SecurityHubClient, GetFindingsTrendsV2Command, "NextToken", "NextToken", "MaxResults");
    var paginateGetFindingsV2 = createPaginator(SecurityHubClient, GetFindingsV2Command, "NextToken", "NextToken", "MaxResults");
    var paginateGetInsights = createPaginator(SecurityHubClient, GetInsightsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateGetRecommendedPolicyV2 = createPaginator(SecurityHubClient, GetRecommendedPolicyV2Command, "NextToken", "NextToken", "MaxResults");
    var paginateGetResourcesTrendsV2 = createPaginator(SecurityHubClient, GetResourcesTrendsV2Command, "NextToken", "NextToken", "MaxResults");
    var paginateGetResourcesV2 = createPaginator(SecurityHubClient, GetResourcesV2Command, "NextToken", "NextToken", "MaxResults");
    var paginateListAggregatorsV2 = createPaginator(SecurityHubClient, ListAggregatorsV2Command, "NextToken", "NextToken", "MaxResults");
    var paginateListConfigurationPolicies = createPaginator(SecurityHubClient, ListConfigurationPoliciesCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListConfigurationPolicyAssociations = createPaginator(SecurityHubClient, ListConfigurationPolicyAssociationsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListEnabledProductsForImport = createPaginator(SecurityHubClient, ListEnabledProductsForImportCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListFindingAggregators = createPaginator(SecurityHubClient, ListFindingAggregatorsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListFreeTrialStatusesV2 = createPaginator(SecurityHubClient, ListFreeTrialStatusesV2Command, "NextToken", "NextToken", "MaxResults");
    var paginateListInvitations = createPaginator(SecurityHubClient, ListInvitationsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListMembers = createPaginator(SecurityHubClient, ListMembersCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListOrganizationAdminAccounts = createPaginator(SecurityHubClient, ListOrganizationAdminAccountsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListSecurityControlDefinitions = createPaginator(SecurityHubClient, ListSecurityControlDefinitionsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListStandardsControlAssociations = createPaginator(SecurityHubClient, ListStandardsControlAssociationsCommand, "NextToken", "NextToken", "MaxResults");
    var commands = {
      AcceptAdministratorInvitationCommand,
      AcceptInvitationCommand,
      BatchDeleteAutomationRulesCommand,
      BatchDisableStandardsCommand,
      BatchEnableStandardsCommand,
      BatchGetAutomationRulesCommand,
      BatchGetConfigurationPolicyAssociationsCommand,
      BatchGetSecurityControlsCommand,
      BatchGetStandardsControlAssociationsCommand,
      BatchImportFindingsCommand,
      BatchUpdateAutomationRulesCommand,
      BatchUpdateFindingsCommand,
      BatchUpdateFindingsV2Command,
      BatchUpdateStandardsControlAssociationsCommand,
      CreateActionTargetCommand,
      CreateAggregatorV2Command,
      CreateAutomationRuleCommand,
      CreateAutomationRuleV2Command,
      CreateConfigurationPolicyCommand,
      CreateConnectorCommand,
      CreateConnectorV2Command,
      CreateFindingAggregatorCommand,
      CreateInsightCommand,
      CreateMembersCommand,
      CreateTicketV2Command,
      DeclineInvitationsCommand,
      DeleteActionTargetCommand,
      DeleteAggregatorV2Command,
      DeleteAutomationRuleV2Command,
      DeleteConfigurationPolicyCommand,
      DeleteConnectorCommand,
      DeleteConnectorV2Command,
      DeleteFindingAggregatorCommand,
      DeleteInsightCommand,
      DeleteInvitationsCommand,
      DeleteMembersCommand,
      DescribeActionTargetsCommand,
      DescribeHubCommand,
      DescribeOrganizationConfigurationCommand,
      DescribeProductsCommand,
      DescribeProductsV2Command,
      DescribeSecurityHubV2Command,
      DescribeStandardsCommand,
      DescribeStandardsControlsCommand,
      DisableImportFindingsForProductCommand,
      DisableOrganizationAdminAccountCommand,
      DisableSecurityHubCommand,
      DisableSecurityHubFeatureV2Command,
      DisableSecurityHubV2Command,
      DisassociateFromAdministratorAccountCommand,
      DisassociateFromMasterAccountCommand,
      DisassociateMembersCommand,
      EnableImportFindingsForProductCommand,
      EnableOrganizationAdminAccountCommand,
      EnableSecurityHubCommand,
      EnableSecurityHubFeatureV2Command,
      EnableSecurityHubV2Command,
      GenerateRecommendedPolicyV2Command,
      GetAdministratorAccountCommand,
      GetAggregatorV2Command,
      GetAutomationRuleV2Command,
      GetConfigurationPolicyCommand,
      GetConfigurationPolicyAssociationCommand,
      GetConnectorCommand,
      GetConnectorV2Command,
      GetEnabledStandardsCommand,
      GetFindingAggregatorCommand,
      GetFindingHistoryCommand,
      GetFindingsCommand,
      GetFindingStatisticsV2Command,
      GetFindingsTrendsV2Command,
      GetFindingsV2Command,
      GetInsightResultsCommand,
      GetInsightsCommand,
      GetInvitationsCountCommand,
      GetMasterAccountCommand,
      GetMembersCommand,
      GetRecommendedPolicyV2Command,
      GetResourcesStatisticsV2Command,
      GetResourcesTrendsV2Command,
      GetResourcesV2Command,
      GetSecurityControlDefinitionCommand,
      InviteMembersCommand,
      ListAggregatorsV2Command,
      ListAutomationRulesCommand,
      ListAutomationRulesV2Command,
      ListConfigurationPoliciesCommand,
      ListConfigurationPolicyAssociationsCommand,
      ListConnectorsCommand,
      ListConnectorsV2Command,
      ListEnabledProductsForImportCommand,
      ListFindingAggregatorsCommand,
      ListFreeTrialStatusesV2Command,
      ListInvitationsCommand,
      ListMembersCommand,
      ListOrganizationAdminAccountsCommand,
      ListSecurityControlDefinitionsCommand,
      ListStandardsControlAssociationsCommand,
      ListTagsForResourceCommand,
      RegisterConnectorV2Command,
      StartConfigurationPolicyAssociationCommand,
      StartConfigurationPolicyDisassociationCommand,
      TagResourceCommand,
      UntagResourceCommand,
      UpdateActionTargetCommand,
      UpdateAggregatorV2Command,
      UpdateAutomationRuleV2Command,
      UpdateConfigurationPolicyCommand,
      UpdateConnectorCommand,
      UpdateConnectorV2Command,
      UpdateFindingAggregatorCommand,
      UpdateFindingsCommand,
      UpdateInsightCommand,
      UpdateOrganizationConfigurationCommand,
      UpdateSecurityControlCommand,
      UpdateSecurityHubConfigurationCommand,
      UpdateStandardsControlCommand
    };
    var paginators = {
      paginateDescribeActionTargets,
      paginateDescribeProducts,
      paginateDescribeProductsV2,
      paginateDescribeStandards,
      paginateDescribeStandardsControls,
      paginateGetEnabledStandards,
      paginateGetFindingHistory,
      paginateGetFindings,
      paginateGetFindingsTrendsV2,
      paginateGetFindingsV2,
      paginateGetInsights,
      paginateGetRecommendedPolicyV2,
      paginateGetResourcesTrendsV2,
      paginateGetResourcesV2,
      paginateListAggregatorsV2,
      paginateListConfigurationPolicies,
      paginateListConfigurationPolicyAssociations,
      paginateListEnabledProductsForImport,
      paginateListFindingAggregators,
      paginateListFreeTrialStatusesV2,
      paginateListInvitations,
      paginateListMembers,
      paginateListOrganizationAdminAccounts,
      paginateListSecurityControlDefinitions,
      paginateListStandardsControlAssociations
    };
    var SecurityHub = class extends SecurityHubClient {
    };
    createAggregatedClient(commands, SecurityHub, { paginators });
    var FreeTrialType = {
      SECURITY_HUB_V2: "SECURITY_HUB_V2",
      SECURITY_HUB_V2_MULTI_CLOUD_AZURE: "SECURITY_HUB_V2_MULTI_CLOUD_AZURE"
    };
    var FreeTrialStatusValue = {
      ACTIVE: "ACTIVE",
      INACTIVE: "INACTIVE"
    };
    var SeverityLabel = {
      CRITICAL: "CRITICAL",
      HIGH: "HIGH",
      INFORMATIONAL: "INFORMATIONAL",
      LOW: "LOW",
      MEDIUM: "MEDIUM"
    };
    var VerificationState = {
      BENIGN_POSITIVE: "BENIGN_POSITIVE",
      FALSE_POSITIVE: "FALSE_POSITIVE",
      TRUE_POSITIVE: "TRUE_POSITIVE",
      UNKNOWN: "UNKNOWN"
    };
    var WorkflowStatus = {
      NEW: "NEW",
      NOTIFIED: "NOTIFIED",
      RESOLVED: "RESOLVED",
      SUPPRESSED: "SUPPRESSED"
    };
    var AutomationRulesActionType = {
      FINDING_FIELDS_UPDATE: "FINDING_FIELDS_UPDATE"
    };
    var ActorSessionMfaStatus = {
      DISABLED: "DISABLED",
      ENABLED: "ENABLED"
    };
    var AdminStatus = {
      DISABLE_IN_PROGRESS: "DISABLE_IN_PROGRESS",
      ENABLED: "ENABLED"
    };
    var AllowedOperators = {
      AND: "AND",
      OR: "OR"
    };
    var ConfigurationPolicyAssociationStatus = {
      FAILED: "FAILED",
      PENDING: "PENDING",
      SUCCESS: "SUCCESS"
    };
    var AssociationType = {
      APPLIED: "APPLIED",
      INHERITED: "INHERITED"
    };
    var AssociationStatus = {
      DISABLED: "DISABLED",
      ENABLED: "ENABLED"
    };
    var AutoEnableStandards = {
      DEFAULT: "DEFAULT",
      NONE: "NONE"
    };
    var AutomationRulesActionTypeV2 = {
      EXTERNAL_INTEGRATION: "EXTERNAL_INTEGRATION",
      FINDING_FIELDS_UPDATE: "FINDING_FIELDS_UPDATE"
    };
    var StringFilterComparison = {
      CONTAINS: "CONTAINS",
      CONTAINS_WORD: "CONTAINS_WORD",
      EQUALS: "EQUALS",
      NOT_CONTAINS: "NOT_CONTAINS",
      NOT_EQUALS: "NOT_EQUALS",
      PREFIX: "PREFIX",
      PREFIX_NOT_EQUALS: "PREFIX_NOT_EQUALS"
    };
    var DateRangeComparison = {
      OLDER_THAN: "OLDER_THAN",
      WITHIN: "WITHIN"
    };
    var DateRangeUnit = {
      DAYS: "DAYS"
    };
    var MapFilterComparison = {
      CONTAINS: "CONTAINS",
      EQUALS: "EQUALS",
      NOT_CONTAINS: "NOT_CONTAINS",
      NOT_EQUALS: "NOT_EQUALS"
    };
    var RuleStatus = {
      DISABLED: "DISABLED",
      ENABLED: "ENABLED"
    };
    var RuleStatusV2 = {
      DISABLED: "DISABLED",
      ENABLED: "ENABLED"
    };
    var AwsIamAccessKeyStatus = {
      ACTIVE: "Active",
      INACTIVE: "Inactive"
    };
    var AwsS3BucketNotificationConfigurationS3KeyFilterRuleName = {
      PREFIX: "Prefix",
      SUFFIX: "Suffix"
    };
    var ComplianceStatus = {
      FAILED: "FAILED",
      NOT_AVAILABLE: "NOT_AVAILABLE",
      PASSED: "PASSED",
      WARNING: "WARNING"
    };
    var ConnectionDirection = {
      INBOUND: "INBOUND",
      OUTBOUND: "OUTBOUND"
    };
    var MalwareState = {
      OBSERVED: "OBSERVED",
      REMOVAL_FAILED: "REMOVAL_FAILED",
      REMOVED: "REMOVED"
    };
    var MalwareType = {
      ADWARE: "ADWARE",
      BLENDED_THREAT: "BLENDED_THREAT",
      BOTNET_AGENT: "BOTNET_AGENT",
      COIN_MINER: "COIN_MINER",
      EXPLOIT_KIT: "EXPLOIT_KIT",
      KEYLOGGER: "KEYLOGGER",
      MACRO: "MACRO",
      POTENTIALLY_UNWANTED: "POTENTIALLY_UNWANTED",
      RANSOMWARE: "RANSOMWARE",
      REMOTE_ACCESS: "REMOTE_ACCESS",
      ROOTKIT: "ROOTKIT",
      SPYWARE: "SPYWARE",
      TROJAN: "TROJAN",
      VIRUS: "VIRUS",
      WORM: "WORM"
    };
    var NetworkDirection = {
      IN: "IN",
      OUT: "OUT"
    };
    var RecordState = {
      ACTIVE: "ACTIVE",
      ARCHIVED: "ARCHIVED"
    };
    var Partition = {
      AWS: "aws",
      AWS_CN: "aws-cn",
      AWS_US_GOV: "aws-us-gov",
      AWS_US_ISO: "aws-us-iso",
      AWS_US_ISO_B: "aws-us-iso-b",
      AZURE_CLOUD: "AzureCloud"
    };
    var CloudProviderName = {
      AWS: "AWS",
      AZURE: "Azure"
    };
    var ThreatIntelIndicatorCategory = {
      BACKDOOR: "BACKDOOR",
      CARD_STEALER: "CARD_STEALER",
      COMMAND_AND_CONTROL: "COMMAND_AND_CONTROL",
      DROP_SITE: "DROP_SITE",
      EXPLOIT_SITE: "EXPLOIT_SITE",
      KEYLOGGER: "KEYLOGGER"
    };
    var ThreatIntelIndicatorType = {
      DOMAIN: "DOMAIN",
      EMAIL_ADDRESS: "EMAIL_ADDRESS",
      HASH_MD5: "HASH_MD5",
      HASH_SHA1: "HASH_SHA1",
      HASH_SHA256: "HASH_SHA256",
      HASH_SHA512: "HASH_SHA512",
      IPV4_ADDRESS: "IPV4_ADDRESS",
      IPV6_ADDRESS: "IPV6_ADDRESS",
      MUTEX: "MUTEX",
      PROCESS: "PROCESS",
      URL: "URL"
    };
    var VulnerabilityExploitAvailable = {
      NO: "NO",
      YES: "YES"
    };
    var VulnerabilityFixAvailable = {
      NO: "NO",
      PARTIAL: "PARTIAL",
      YES: "YES"
    };
    var WorkflowState = {
      ASSIGNED: "ASSIGNED",
      DEFERRED: "DEFERRED",
      IN_PROGRESS: "IN_PROGRESS",
      NEW: "NEW",
      RESOLVED: "RESOLVED"
    };
    var ScopeType = {
      SUBSCRIPTION: "SUBSCRIPTION",
      TENANT: "TENANT"
    };
    var StandardsProvider = {
      AWS: "AWS",
      Azure: "Azure"
    };
    var StandardsControlsUpdatable = {
      NOT_READY_FOR_UPDATES: "NOT_READY_FOR_UPDATES",
      READY_FOR_UPDATES: "READY_FOR_UPDATES"
    };
    var StandardsStatus = {
      DELETING: "DELETING",
      FAILED: "FAILED",
      INCOMPLETE: "INCOMPLETE",
      PENDING: "PENDING",
      READY: "READY"
    };
    var StatusReasonCode = {
      INTERNAL_ERROR: "INTERNAL_ERROR",
      MAXIMUM_NUMBER_OF_CONFIG_RULES_EXCEEDED: "MAXIMUM_NUMBER_OF_CONFIG_RULES_EXCEEDED",
      NO_AVAILABLE_CONFIGURATION_RECORDER: "NO_AVAILABLE_CONFIGURATION_RECORDER",
      NO_AVAILABLE_MULTICLOUD_CONNECTOR: "NO_AVAILABLE_MULTICLOUD_CONNECTOR"
    };
    var TargetType = {
      ACCOUNT: "ACCOUNT",
      ORGANIZATIONAL_UNIT: "ORGANIZATIONAL_UNIT",
      ROOT: "ROOT"
    };
    var ParameterValueType = {
      CUSTOM: "CUSTOM",
      DEFAULT: "DEFAULT"
    };
    var SecurityControlsProvider = {
      AWS: "AWS",
      Azure: "Azure"
    };
    var ControlStatus = {
      DISABLED: "DISABLED",
      ENABLED: "ENABLED"
    };
    var SeverityRating = {
      CRITICAL: "CRITICAL",
      HIGH: "HIGH",
      LOW: "LOW",
      MEDIUM: "MEDIUM"
    };
    var UpdateStatus = {
      READY: "READY",
      UPDATING: "UPDATING"
    };
    var UnprocessedErrorCode = {
      ACCESS_DENIED: "ACCESS_DENIED",
      INVALID_INPUT: "INVALID_INPUT",
      LIMIT_EXCEEDED: "LIMIT_EXCEEDED",
      NOT_FOUND: "NOT_FOUND",
      RESOURCE_NOT_FOUND: "RESOURCE_NOT_FOUND"
    };
    var BatchUpdateFindingsV2UnprocessedFindingErrorCode = {
      ConflictException: "ConflictException",
      InternalServerException: "InternalServerException",
      ResourceNotFoundException: "ResourceNotFoundException",
      ValidationException: "ValidationException"
    };
    var OcsfBooleanField = {
      COMPLIANCE_ASSESSMENTS_MEETS_CRITERIA: "compliance.assessments.meets_criteria",
      VULNERABILITIES_IS_EXPLOIT_AVAILABLE: "vulnerabilities.is_exploit_available",
      VULNERABILITIES_IS_FIX_AVAILABLE: "vulnerabilities.is_fix_available"
    };
    var OcsfDateField = {
      FINDING_INFO_CREATED_TIME_DT: "finding_info.created_time_dt",
      FINDING_INFO_FIRST_SEEN_TIME_DT: "finding_info.first_seen_time_dt",
      FINDING_INFO_LAST_SEEN_TIME_DT: "finding_info.last_seen_time_dt",
      FINDING_INFO_MODIFIED_TIME_DT: "finding_info.modified_time_dt",
      RESOURCES_IMAGE_CREATED_TIME_DT: "resources.image.created_time_dt",
      RESOURCES_IMAGE_LAST_USED_TIME_DT: "resources.image.last_used_time_dt",
      RESOURCES_MODIFIED_TIME_DT: "resources.modified_time_dt"
    };
    var OcsfIpField = {
      EVIDENCES_DST_ENDPOINT_IP: "evidences.dst_endpoint.ip",
      EVIDENCES_SRC_ENDPOINT_IP: "evidences.src_endpoint.ip"
    };
    var OcsfMapField = {
      COMPLIANCE_CONTROL_PARAMETERS: "compliance.control_parameters",
      DATABUCKET_TAGS: "databucket.tags",
      FINDING_INFO_TAGS: "finding_info.tags",
      RESOURCES_TAGS: "resources.tags"
    };
    var OcsfNumberField = {
      ACTIVITY_ID: "activity_id",
      COMPLIANCE_STATUS_ID: "compliance.status_id",
      CONFIDENCE_SCORE: "confidence_score",
      EVIDENCES_API_RESPONSE_CODE: "evidences.api.response.code",
      EVIDENCES_DST_ENDPOINT_AUTONOMOUS_SYSTEM_NUMBER: "evidences.dst_endpoint.autonomous_system.number",
      EVIDENCES_DST_ENDPOINT_PORT: "evidences.dst_endpoint.port",
      EVIDENCES_SRC_ENDPOINT_AUTONOMOUS_SYSTEM_NUMBER: "evidences.src_endpoint.autonomous_system.number",
      EVIDENCES_SRC_ENDPOINT_PORT: "evidences.src_endpoint.port",
      FINDING_INFO_RELATED_EVENTS_COUNT: "finding_info.related_events_count",
      RESOURCES_IMAGE_IN_USE_COUNT: "resources.image.in_use_count",
      SEVERITY_ID: "severity_id",
      STATUS_ID: "status_id",
      VENDOR_ATTRIBUTES_SEVERITY_ID: "vendor_attributes.severity_id",
      VULNERABILITIES_CVE_CVSS_BASE_SCORE: "vulnerabilities.cve.cvss.base_score"
    };
    var OcsfStringField = {
      ACTIVITY_NAME: "activity_name",
      CLASS_NAME: "class_name",
      CLOUD_ACCOUNT_NAME: "cloud.account.name",
      CLOUD_ACCOUNT_UID: "cloud.account.uid",
      CLOUD_PROVIDER: "cloud.provider",
      CLOUD_REGION: "cloud.region",
      COMMENT: "comment",
      COMPLIANCE_ASSESSMENTS_CATEGORY: "compliance.assessments.category",
      COMPLIANCE_ASSESSMENTS_NAME: "compliance.assessments.name",
      COMPLIANCE_CONTROL: "compliance.control",
      COMPLIANCE_STANDARDS: "compliance.standards",
      COMPLIANCE_STATUS: "compliance.status",
      DATABUCKET_ENCRYPTION_DETAILS_ALGORITHM: "databucket.encryption_details.algorithm",
      DATABUCKET_ENCRYPTION_DETAILS_KEY_UID: "databucket.encryption_details.key_uid",
      DATABUCKET_FILE_DATA_CLASSIFICATIONS_CLASSIFIER_DETAILS_TYPE: "databucket.file.data_classifications.classifier_details.type",
      EVIDENCES_ACTOR_USER_ACCOUNT_UID: "evidences.actor.user.account.uid",
      EVIDENCES_API_OPERATION: "evidences.api.operation",
      EVIDENCES_API_RESPONSE_ERROR_MESSAGE: "evidences.api.response.error_message",
      EVIDENCES_API_SERVICE_NAME: "evidences.api.service.name",
      EVIDENCES_CONNECTION_INFO_DIRECTION: "evidences.connection_info.direction",
      EVIDENCES_CONNECTION_INFO_PROTOCOL_NAME: "evidences.connection_info.protocol_name",
      EVIDENCES_DST_ENDPOINT_AUTONOMOUS_SYSTEM_NAME: "evidences.dst_endpoint.autonomous_system.name",
      EVIDENCES_DST_ENDPOINT_LOCATION_CITY: "evidences.dst_endpoint.location.city",
      EVIDENCES_DST_ENDPOINT_LOCATION_COUNTRY: "evidences.dst_endpoint.location.country",
      EVIDENCES_SRC_ENDPOINT_AUTONOMOUS_SYSTEM_NAME: "evidences.src_endpoint.autonomous_system.name",
      EVIDENCES_SRC_ENDPOINT_HOSTNAME: "evidences.src_endpoint.hostname",
      EVIDENCES_SRC_ENDPOINT_LOCATION_CITY: "evidences.src_endpoint.location.city",
      EVIDENCES_SRC_ENDPOINT_LOCATION_COUNTRY: "evidences.src_endpoint.location.country",
      FINDING_INFO_ANALYTIC_NAME: "finding_info.analytic.name",
      FINDING_INFO_DESC: "finding_info.desc",
      FINDING_INFO_RELATED_EVENTS_PRODUCT_UID: "finding_info.related_events.product.uid",
      FINDING_INFO_RELATED_EVENTS_TITLE: "finding_info.related_events.title",
      FINDING_INFO_RELATED_EVENTS_TRAITS_CATEGORY: "finding_info.related_events.traits.category",
      FINDING_INFO_RELATED_EVENTS_UID: "finding_info.related_events.uid",
      FINDING_INFO_SRC_URL: "finding_info.src_url",
      FINDING_INFO_TITLE: "finding_info.title",
      FINDING_INFO_TYPES: "finding_info.types",
      FINDING_INFO_UID: "finding_info.uid",
      MALWARE_NAME: "malware.name",
      MALWARE_SCAN_INFO_UID: "malware_scan_info.uid",
      MALWARE_SEVERITY: "malware.severity",
      METADATA_PRODUCT_NAME: "metadata.product.name",
      METADATA_PRODUCT_UID: "metadata.product.uid",
      METADATA_PRODUCT_VENDOR_NAME: "metadata.product.vendor_name",
      METADATA_UID: "metadata.uid",
      REMEDIATION_DESC: "remediation.desc",
      REMEDIATION_REFERENCES: "remediation.references",
      RESOURCES_CLOUD_FUNCTION_LAYERS_UID_ALT: "resources.cloud_function.layers.uid_alt",
      RESOURCES_CLOUD_FUNCTION_RUNTIME: "resources.cloud_function.runtime",
      RESOURCES_CLOUD_FUNCTION_USER_UID: "resources.cloud_function.user.uid",
      RESOURCES_CLOUD_PARTITION: "resources.cloud_partition",
      RESOURCES_DEVICE_ENCRYPTION_DETAILS_KEY_UID: "resources.device.encryption_details.key_uid",
      RESOURCES_DEVICE_IMAGE_UID: "resources.device.image.uid",
      RESOURCES_IMAGE_ARCHITECTURE: "resources.image.architecture",
      RESOURCES_IMAGE_REGISTRY_UID: "resources.image.registry_uid",
      RESOURCES_IMAGE_REPOSITORY_NAME: "resources.image.repository_name",
      RESOURCES_IMAGE_UID: "resources.image.uid",
      RESOURCES_NAME: "resources.name",
      RESOURCES_OWNER_ACCOUNT_NAME: "resources.owner.account.name",
      RESOURCES_OWNER_ACCOUNT_UID: "resources.owner.account.uid",
      RESOURCES_OWNER_ORG_UID: "resources.owner.org.uid",
      RESOURCES_PROVIDER: "resources.provider",
      RESOURCES_REGION: "resources.region",
      RESOURCES_SUBNET_INFO_UID: "resources.subnet_info.uid",
      RESOURCES_TYPE: "resources.type",
      RESOURCES_UID: "resources.uid",
      RESOURCES_VPC_UID: "resources.vpc_uid",
      SEVERITY: "severity",
      STATUS: "status",
      VENDOR_ATTRIBUTES_SEVERITY: "vendor_attributes.severity",
      VULNERABILITIES_AFFECTED_CODE_FILE_PATH: "vulnerabilities.affected_code.file.path",
      VULNERABILITIES_AFFECTED_PACKAGES_NAME: "vulnerabilities.affected_packages.name",
      VULNERABILITIES_CVE_EPSS_SCORE: "vulnerabilities.cve.epss.score",
      VULNERABILITIES_CVE_UID: "vulnerabilities.cve.uid",
      VULNERABILITIES_FIX_COVERAGE: "vulnerabilities.fix_coverage",
      VULNERABILITIES_RELATED_VULNERABILITIES: "vulnerabilities.related_vulnerabilities"
    };
    var ConnectorAuthStatus = {
      ACTIVE: "ACTIVE",
      FAILED: "FAILED"
    };
    var ConnectorProviderName = {
      AZURE: "AZURE",
      JIRA_CLOUD: "JIRA_CLOUD",
      SERVICENOW: "SERVICENOW"
    };
    var ConnectorStatus = {
      CONNECTED: "CONNECTED",
      DEGRADED: "DEGRADED",
      FAILED_TO_CONNECT: "FAILED_TO_CONNECT",
      PENDING_AUTHORIZATION: "PENDING_AUTHORIZATION",
      PENDING_CONFIGURATION: "PENDING_CONFIGURATION",
      UNKNOWN: "UNKNOWN"
    };
    var EnablementStatus = {
      ENABLED: "ENABLED",
      FAILED_TO_DELETE: "FAILED_TO_DELETE",
      FAILED_TO_ENABLE: "FAILED_TO_ENABLE",
      FAILED_TO_UPDATE: "FAILED_TO_UPDATE",
      PENDING_DELETION: "PENDING_DELETION",
      PENDING_ENABLEMENT: "PENDING_ENABLEMENT",
      PENDING_UPDATE: "PENDING_UPDATE"
    };
    var ControlFindingGenerator = {
      SECURITY_CONTROL: "SECURITY_CONTROL",
      STANDARD_CONTROL: "STANDARD_CONTROL"
    };
    var CspmConnectorStatus = {
      CONNECTED: "CONNECTED",
      DEGRADED: "DEGRADED",
      FAILED_TO_CONNECT: "FAILED_TO_CONNECT",
      UNKNOWN: "UNKNOWN"
    };
    var CspmEnablementStatus = {
      ENABLED: "ENABLED",
      PENDING_DELETION: "PENDING_DELETION",
      PENDING_ENABLEMENT: "PENDING_ENABLEMENT",
      PENDING_UPDATE: "PENDING_UPDATE"
    };
    var TicketCreationMode = {
      DRYRUN: "DRYRUN"
    };
    var CspmConnectorProviderName = {
      AZURE: "AZURE"
    };
    var HealthIssueCode = {
      AUTHENTICATION_FAILURE: "AUTHENTICATION_FAILURE",
      DISCOVERY_FAILURE: "DISCOVERY_FAILURE",
      NO_HEALTH_DATA: "NO_HEALTH_DATA",
      RECORDING_FAILURE: "RECORDING_FAILURE",
      STREAM_AUTHORIZATION_FAILURE: "STREAM_AUTHORIZATION_FAILURE",
      STREAM_DISCONNECTED: "STREAM_DISCONNECTED",
      STREAM_LIMIT_EXCEEDED: "STREAM_LIMIT_EXCEEDED"
    };
    var SecurityControlProperty = {
      Parameters: "Parameters"
    };
    var OrganizationConfigurationConfigurationType = {
      CENTRAL: "CENTRAL",
      LOCAL: "LOCAL"
    };
    var OrganizationConfigurationStatus = {
      ENABLED: "ENABLED",
      FAILED: "FAILED",
      PENDING: "PENDING"
    };
    var IntegrationType = {
      RECEIVE_FINDINGS_FROM_SECURITY_HUB: "RECEIVE_FINDINGS_FROM_SECURITY_HUB",
      SEND_FINDINGS_TO_SECURITY_HUB: "SEND_FINDINGS_TO_SECURITY_HUB",
      UPDATE_FINDINGS_IN_SECURITY_HUB: "UPDATE_FINDINGS_IN_SECURITY_HUB"
    };
    var IntegrationV2Type = {
      EXTENDED_PLAN: "EXTENDED_PLAN",
      RECEIVE_FINDINGS_FROM_SECURITY_HUB: "RECEIVE_FINDINGS_FROM_SECURITY_HUB",
      SEND_FINDINGS_TO_SECURITY_HUB: "SEND_FINDINGS_TO_SECURITY_HUB",
      UPDATE_FINDINGS_IN_SECURITY_HUB: "UPDATE_FINDINGS_IN_SECURITY_HUB"
    };
    var FeatureStatus = {
      DISABLED: "DISABLED",
      ENABLED: "ENABLED"
    };
    var SecurityHubFeature = {
      SECURITY_HUB: "SecurityHub",
      SECURITY_HUB_V2: "SecurityHubV2"
    };
    var FeatureName = {
      NETWORK_SCANNING: "NETWORK_SCANNING"
    };
    var DiscoveryType = {
      MANAGED: "Managed",
      SELF_HOSTED: "SelfHosted"
    };
    var FindingHistoryUpdateSourceType = {
      BATCH_IMPORT_FINDINGS: "BATCH_IMPORT_FINDINGS",
      BATCH_UPDATE_FINDINGS: "BATCH_UPDATE_FINDINGS"
    };
    var FindingsTrendsStringField = {
      ACCOUNT_ID: "account_id",
      COMPLIANCE_CONTROL: "finding_control_id",
      COMPLIANCE_STATUS: "finding_compliance_status",
      CVE_ID: "finding_cve_ids",
      FINDING_ACTIVITY_NAME: "finding_activity_name",
      FINDING_CLASS: "finding_class_name",
      FINDING_STATUS: "finding_status",
      FINDING_TYPE: "finding_types",
      PROVIDER_NAME: "finding_provider",
      REGION: "region",
      RESOURCE_CLOUD_PROVIDERS: "resource_cloud_providers",
      RESOURCE_OWNER_IDS: "resource_owner_ids",
      RESOURCE_OWNER_ORGANIZATION_IDS: "resource_owner_organization_ids",
      RESOURCE_REGIONS: "resource_regions"
    };
    var SortOrder = {
      ASCENDING: "asc",
      DESCENDING: "desc"
    };
    var GroupByField = {
      ACTIVITY_NAME: "activity_name",
      CLASS_NAME: "class_name",
      CLOUD_ACCOUNT_NAME: "cloud.account.name",
      CLOUD_ACCOUNT_UID: "cloud.account.uid",
      CLOUD_PROVIDER: "cloud.provider",
      CLOUD_REGION: "cloud.region",
      COMPLIANCE_ASSESSMENTS_NAME: "compliance.assessments.name",
      COMPLIANCE_CONTROL: "compliance.control",
      COMPLIANCE_STANDARDS: "compliance.standards",
      COMPLIANCE_STATUS: "compliance.status",
      FINDING_INFO_ANALYTIC_NAME: "finding_info.analytic.name",
      FINDING_INFO_RELATED_EVENTS_TRAITS_CATEGORY: "finding_info.related_events.traits.category",
      FINDING_INFO_TITLE: "finding_info.title",
      FINDING_INFO_TYPES: "finding_info.types",
      METADATA_PRODUCT_NAME: "metadata.product.name",
      METADATA_PRODUCT_UID: "metadata.product.uid",
      METADATA_PRODUCT_VENDOR_NAME: "metadata.product.vendor_name",
      RESOURCES_CLOUD_PARTITION: "resources.cloud_partition",
      RESOURCES_NAME: "resources.name",
      RESOURCES_OWNER_ACCOUNT_NAME: "resources.owner.account.name",
      RESOURCES_OWNER_ACCOUNT_UID: "resources.owner.account.uid",
      RESOURCES_OWNER_ORG_UID: "resources.owner.org.uid",
      RESOURCES_PROVIDER: "resources.provider",
      RESOURCES_REGION: "resources.region",
      RESOURCES_TYPE: "resources.type",
      RESOURCES_UID: "resources.uid",
      SEVERITY: "severity",
      STATUS: "status",
      VENDOR_ATTRIBUTES_SEVERITY: "vendor_attributes.severity",
      VULNERABILITIES_AFFECTED_PACKAGES_NAME: "vulnerabilities.affected_packages.name",
      VULNERABILITIES_FIX_COVERAGE: "vulnerabilities.fix_coverage"
    };
    var GranularityField = {
      DAILY: "Daily",
      MONTHLY: "Monthly",
      WEEKLY: "Weekly"
    };
    var RecommendationType = {
      UNUSED_PERMISSION_RECOMMENDATION: "UNUSED_PERMISSION_RECOMMENDATION"
    };
    var RecommendationStatus = {
      FAILED: "FAILED",
      IN_PROGRESS: "IN_PROGRESS",
      SUCCEEDED: "SUCCEEDED"
    };
    var ResourcesDateField = {
      RESOURCE_CREATION_TIME_DT: "ResourceCreationTime",
      RESOURCE_DETAIL_CAPTURE_TIME_DT: "ResourceDetailCaptureTime"
    };
    var ResourcesMapField = {
      TAG: "ResourceTags"
    };
    var ResourcesNumberField = {
      SELF_HOSTED_AI_AGENT_FRAMEWORK_RESOURCE_COUNT: "ResourceInfo.AIDetails.SelfHostedAIAgentFrameworkResourceCount",
      SELF_HOSTED_AI_AGENT_RESOURCE_COUNT: "ResourceInfo.AIDetails.SelfHostedAIAgentResourceCount",
      SELF_HOSTED_AI_AGENT_TOOLS_AND_IDENTITY_RESOURCE_COUNT: "ResourceInfo.AIDetails.SelfHostedAIAgentToolsAndIdentityResourceCount",
      SELF_HOSTED_AI_DEVELOPMENT_RESOURCE_COUNT: "ResourceInfo.AIDetails.SelfHostedAIDevelopmentResourceCount",
      SELF_HOSTED_AI_EXTERNAL_ENDPOINT_RESOURCE_COUNT: "ResourceInfo.AIDetails.SelfHostedAIExternalEndpointResourceCount",
      SELF_HOSTED_AI_MODEL_RESOURCE_COUNT: "ResourceInfo.AIDetails.SelfHostedAIModelResourceCount",
      SELF_HOSTED_AI_MODEL_SERVING_RESOURCE_COUNT: "ResourceInfo.AIDetails.SelfHostedAIModelServingResourceCount",
      SELF_HOSTED_TOTAL_AI_RESOURCE_COUNT: "ResourceInfo.AIDetails.SelfHostedTotalAIResourceCount",
      SEVERITY_CRITICAL: "FindingsSummary.Severities.Critical",
      SEVERITY_FATAL: "FindingsSummary.Severities.Fatal",
      SEVERITY_HIGH: "FindingsSummary.Severities.High",
      SEVERITY_INFORMATIONAL: "FindingsSummary.Severities.Informational",
      SEVERITY_LOW: "FindingsSummary.Severities.Low",
      SEVERITY_MEDIUM: "FindingsSummary.Severities.Medium",
      SEVERITY_OTHER: "FindingsSummary.Severities.Other",
      SEVERITY_UNKNOWN: "FindingsSummary.Severities.Unknown",
      TOTAL_FINDINGS: "FindingsSummary.TotalFindings"
    };
    var ResourcesStringField = {
      ACCOUNT_ID: "AccountId",
      ACCOUNT_NAME: "AccountName",
      CANONICAL_ID: "ResourceInfo.AIDetails.CanonicalId",
      DISCOVERY_TYPE: "DiscoveryType",
      FINDING_TYPE: "FindingsSummary.FindingType",
      HOST_RESOURCE_GUID: "ResourceInfo.AIDetails.HostResourceGuid",
      HOST_RESOURCE_TYPE: "ResourceInfo.AIDetails.HostResourceType",
      PRODUCT_NAME: "FindingsSummary.ProductName",
      REGION: "Region",
      RESOURCE_CATEGORY: "ResourceCategory",
      RESOURCE_CLOUD_PARTITION: "ResourceCloudPartition",
      RESOURCE_GUID: "ResourceGuid",
      RESOURCE_ID: "ResourceId",
      RESOURCE_NAME: "ResourceName",
      RESOURCE_OWNER_ACCOUNT_ID: "ResourceOwnerAccountId",
      RESOURCE_OWNER_ORG_ID: "ResourceOwnerOrgId",
      RESOURCE_PROVIDER: "ResourceProvider",
      RESOURCE_REGION: "ResourceRegion",
      RESOURCE_SUB_CATEGORY: "ResourceSubCategory",
      RESOURCE_TYPE: "ResourceType"
    };
    var ResourceGroupByField = {
      ACCOUNT_ID: "AccountId",
      ACCOUNT_NAME: "AccountName",
      CANONICAL_ID: "ResourceInfo.AIDetails.CanonicalId",
      DISCOVERY_TYPE: "DiscoveryType",
      FINDING_TYPE: "FindingsSummary.FindingType",
      HOST_RESOURCE_TYPE: "ResourceInfo.AIDetails.HostResourceType",
      REGION: "Region",
      RESOURCE_CATEGORY: "ResourceCategory",
      RESOURCE_CLOUD_PARTITION: "ResourceCloudPartition",
      RESOURCE_NAME: "ResourceName",
      RESOURCE_OWNER_ACCOUNT_ID: "ResourceOwnerAccountId",
      RESOURCE_OWNER_ORG_ID: "ResourceOwnerOrgId",
      RESOURCE_PROVIDER: "ResourceProvider",
      RESOURCE_REGION: "ResourceRegion",
      RESOURCE_SUB_CATEGORY: "ResourceSubCategory",
      RESOURCE_TYPE: "ResourceType"
    };
    var ResourcesTrendsStringField = {
      ACCOUNT_ID: "account_id",
      REGION: "region",
      RESOURCE_CATEGORY: "resource_category",
      RESOURCE_CLOUD_PROVIDER: "resource_cloud_provider",
      RESOURCE_OWNER_ID: "resource_owner_id",
      RESOURCE_OWNER_ORGANIZATION_ID: "resource_owner_organization_id",
      RESOURCE_REGION: "resource_region",
      RESOURCE_TYPE: "resource_type"
    };
    var ResourceCategory = {
      AI_ML: "AI/ML",
      CODE: "Code",
      COMPUTE: "Compute",
      DATABASE: "Database",
      IDENTITY: "Identity",
      MESSAGING: "Messaging",
      NETWORK: "Network",
      OTHER: "Other",
      STORAGE: "Storage"
    };
    var ResourceSubCategory = {
      AGENT: "Agent",
      AGENT_FRAMEWORK: "AgentFramework",
      AGENT_TOOLS_AND_IDENTITY: "AgentToolsAndIdentity",
      DEVELOPMENT: "Development",
      EXTERNAL_ENDPOINT: "ExternalEndpoint",
      KNOWLEDGE_AND_DATA: "KnowledgeAndData",
      MODEL: "Model",
      MODEL_SERVING: "ModelServing",
      ORCHESTRATION_AND_PIPELINE: "OrchestrationAndPipeline",
      OTHER: "Other",
      SAFETY_AND_GUARDRAIL: "SafetyAndGuardrail"
    };
    var RegionAvailabilityStatus = {
      AVAILABLE: "AVAILABLE",
      UNAVAILABLE: "UNAVAILABLE"
    };
    exports.AIDetails$ = AIDetails$;
    exports.AcceptAdministratorInvitation$ = AcceptAdministratorInvitation$;
    exports.AcceptAdministratorInvitationCommand = AcceptAdministratorInvitationCommand;
    exports.AcceptAdministratorInvitationRequest$ = AcceptAdministratorInvitationRequest$;
    exports.AcceptAdministratorInvitationResponse$ = AcceptAdministratorInvitationResponse$;
    exports.AcceptInvitation$ = AcceptInvitation$;
    exports.AcceptInvitationCommand = AcceptInvitationCommand;
    exports.AcceptInvitationRequest$ = AcceptInvitationRequest$;
    exports.AcceptInvitationResponse$ = AcceptInvitationResponse$;
    exports.AccessDeniedException = AccessDeniedException;
    exports.AccessDeniedException$ = AccessDeniedException$;
    exports.AccountDetails$ = AccountDetails$;
    exports.AccountFreeTrialStatus$ = AccountFreeTrialStatus$;
    exports.Action$ = Action$;
    exports.ActionLocalIpDetails$ = ActionLocalIpDetails$;
    exports.ActionLocalPortDetails$ = ActionLocalPortDetails$;
    exports.ActionRemoteIpDetails$ = ActionRemoteIpDetails$;
    exports.ActionRemotePortDetails$ = ActionRemotePortDetails$;
    exports.ActionTarget$ = ActionTarget$;
    exports.Actor$ = Actor$;
    exports.ActorSession$ = ActorSession$;
    exports.ActorSessionMfaStatus = ActorSessionMfaStatus;
    exports.ActorUser$ = ActorUser$;
    exports.Adjustment$ = Adjustment$;
    exports.AdminAccount$ = AdminAccount$;
    exports.AdminStatus = AdminStatus;
    exports.AggregatorV2$ = AggregatorV2$;
    exports.AllowedOperators = AllowedOperators;
    exports.AssociatedStandard$ = AssociatedStandard$;
    exports.AssociationFilters$ = AssociationFilters$;
    exports.AssociationSetDetails$ = AssociationSetDetails$;
    exports.AssociationStateDetails$ = AssociationStateDetails$;
    exports.AssociationStatus = AssociationStatus;
    exports.AssociationType = AssociationType;
    exports.AutoEnableStandards = AutoEnableStandards;
    exports.AutomationRulesAction$ = AutomationRulesAction$;
    exports.AutomationRulesActionType = AutomationRulesActionType;
    exports.AutomationRulesActionTypeObjectV2$ = AutomationRulesActionTypeObjectV2$;
    exports.AutomationRulesActionTypeV2 = AutomationRulesActionTypeV2;
    exports.AutomationRulesActionV2$ = AutomationRulesActionV2$;
    exports.AutomationRulesConfig$ = AutomationRulesConfig$;
    exports.AutomationRulesFindingFieldsUpdate$ = AutomationRulesFindingFieldsUpdate$;
    exports.AutomationRulesFindingFieldsUpdateV2$ = AutomationRulesFindingFieldsUpdateV2$;
    exports.AutomationRulesFindingFilters$ = AutomationRulesFindingFilters$;
    exports.AutomationRulesMetadata$ = AutomationRulesMetadata$;
    exports.AutomationRulesMetadataV2$ = AutomationRulesMetadataV2$;
    exports.AvailabilityZone$ = AvailabilityZone$;
    exports.AwsAmazonMqBrokerDetails$ = AwsAmazonMqBrokerDetails$;
    exports.AwsAmazonMqBrokerEncryptionOptionsDetails$ = AwsAmazonMqBrokerEncryptionOptionsDetails$;
    exports.AwsAmazonMqBrokerLdapServerMetadataDetails$ = AwsAmazonMqBrokerLdapServerMetadataDetails$;
    exports.AwsAmazonMqBrokerLogsDetails$ = AwsAmazonMqBrokerLogsDetails$;
    exports.AwsAmazonMqBrokerLogsPendingDetails$ = AwsAmazonMqBrokerLogsPendingDetails$;
    exports.AwsAmazonMqBrokerMaintenanceWindowStartTimeDetails$ = AwsAmazonMqBrokerMaintenanceWindowStartTimeDetails$;
    exports.AwsAmazonMqBrokerUsersDetails$ = AwsAmazonMqBrokerUsersDetails$;
    exports.AwsApiCallAction$ = AwsApiCallAction$;
    exports.AwsApiCallActionDomainDetails$ = AwsApiCallActionDomainDetails$;
    exports.AwsApiGatewayAccessLogSettings$ = AwsApiGatewayAccessLogSettings$;
    exports.AwsApiGatewayCanarySettings$ = AwsApiGatewayCanarySettings$;
    exports.AwsApiGatewayEndpointConfiguration$ = AwsApiGatewayEndpointConfiguration$;
    exports.AwsApiGatewayMethodSettings$ = AwsApiGatewayMethodSettings$;
    exports.AwsApiGatewayRestApiDetails$ = AwsApiGatewayRestApiDetails$;
    exports.AwsApiGatewayStageDetails$ = AwsApiGatewayStageDetails$;
    exports.AwsApiGatewayV2ApiDetails$ = AwsApiGatewayV2ApiDetails$;
    exports.AwsApiGatewayV2RouteSettings$ = AwsApiGatewayV2RouteSettings$;
    exports.AwsApiGatewayV2StageDetails$ = AwsApiGatewayV2StageDetails$;
    exports.AwsAppSyncGraphQlApiAdditionalAuthenticationProvidersDetails$ = AwsAppSyncGraphQlApiAdditionalAuthenticationProvidersDetails$;
    exports.AwsAppSyncGraphQlApiDetails$ = AwsAppSyncGraphQlApiDetails$;
    exports.AwsAppSyncGraphQlApiLambdaAuthorizerConfigDetails$ = AwsAppSyncGraphQlApiLambdaAuthorizerConfigDetails$;
    exports.AwsAppSyncGraphQlApiLogConfigDetails$ = AwsAppSyncGraphQlApiLogConfigDetails$;
    exports.AwsAppSyncGraphQlApiOpenIdConnectConfigDetails$ = AwsAppSyncGraphQlApiOpenIdConnectConfigDetails$;
    exports.AwsAppSyncGraphQlApiUserPoolConfigDetails$ = AwsAppSyncGraphQlApiUserPoolConfigDetails$;
    exports.AwsAthenaWorkGroupConfigurationDetails$ = AwsAthenaWorkGroupConfigurationDetails$;
    exports.AwsAthenaWorkGroupConfigurationResultConfigurationDetails$ = AwsAthenaWorkGroupConfigurationResultConfigurationDetails$;
    exports.AwsAthenaWorkGroupConfigurationResultConfigurationEncryptionConfigurationDetails$ = AwsAthenaWorkGroupConfigurationResultConfigurationEncryptionConfigurationDetails$;
    exports.AwsAthenaWorkGroupDetails$ = AwsAthenaWorkGroupDetails$;
    exports.AwsAutoScalingAutoScalingGroupAvailabilityZonesListDetails$ = AwsAutoScalingAutoScalingGroupAvailabilityZonesListDetails$;
    exports.AwsAutoScalingAutoScalingGroupDetails$ = AwsAutoScalingAutoScalingGroupDetails$;
    exports.AwsAutoScalingAutoScalingGroupLaunchTemplateLaunchTemplateSpecification$ = AwsAutoScalingAutoScalingGroupLaunchTemplateLaunchTemplateSpecification$;
    exports.AwsAutoScalingAutoScalingGroupMixedInstancesPolicyDetails$ = AwsAutoScalingAutoScalingGroupMixedInstancesPolicyDetails$;
    exports.AwsAutoScalingAutoScalingGroupMixedInstancesPolicyInstancesDistributionDetails$ = AwsAutoScalingAutoScalingGroupMixedInstancesPolicyInstancesDistributionDetails$;
    exports.AwsAutoScalingAutoScalingGroupMixedInstancesPolicyLaunchTemplateDetails$ = AwsAutoScalingAutoScalingGroupMixedInstancesPolicyLaunchTemplateDetails$;
    exports.AwsAutoScalingAutoScalingGroupMixedInstancesPolicyLaunchTemplateLaunchTemplateSpecification$ = AwsAutoScalingAutoScalingGroupMixedInstancesPolicyLaunchTemplateLaunchTemplateSpecification$;
    exports.AwsAutoScalingAutoScalingGroupMixedInstancesPolicyLaunchTemplateOverridesListDetails$ = AwsAutoScalingAutoScalingGroupMixedInstancesPolicyLaunchTemplateOverridesListDetails$;
    exports.AwsAutoScalingLaunchConfigurationBlockDeviceMappingsDetails$ = AwsAutoScalingLaunchConfigurationBlockDeviceMappingsDetails$;
    exports.AwsAutoScalingLaunchConfigurationBlockDeviceMappingsEbsDetails$ = AwsAutoScalingLaunchConfigurationBlockDeviceMappingsEbsDetails$;
    exports.AwsAutoScalingLaunchConfigurationDetails$ = AwsAutoScalingLaunchConfigurationDetails$;
    exports.AwsAutoScalingLaunchConfigurationInstanceMonitoringDetails$ = AwsAutoScalingLaunchConfigurationInstanceMonitoringDetails$;
    exports.AwsAutoScalingLaunchConfigurationMetadataOptions$ = AwsAutoScalingLaunchConfigurationMetadataOptions$;
    exports.AwsBackupBackupPlanAdvancedBackupSettingsDetails$ = AwsBackupBackupPlanAdvancedBackupSettingsDetails$;
    exports.AwsBackupBackupPlanBackupPlanDetails$ = AwsBackupBackupPlanBackupPlanDetails$;
    exports.AwsBackupBackupPlanDetails$ = AwsBackupBackupPlanDetails$;
    exports.AwsBackupBackupPlanLifecycleDetails$ = AwsBackupBackupPlanLifecycleDetails$;
    exports.AwsBackupBackupPlanRuleCopyActionsDetails$ = AwsBackupBackupPlanRuleCopyActionsDetails$;
    exports.AwsBackupBackupPlanRuleDetails$ = AwsBackupBackupPlanRuleDetails$;
    exports.AwsBackupBackupVaultDetails$ = AwsBackupBackupVaultDetails$;
    exports.AwsBackupBackupVaultNotificationsDetails$ = AwsBackupBackupVaultNotificationsDetails$;
    exports.AwsBackupRecoveryPointCalculatedLifecycleDetails$ = AwsBackupRecoveryPointCalculatedLifecycleDetails$;
    exports.AwsBackupRecoveryPointCreatedByDetails$ = AwsBackupRecoveryPointCreatedByDetails$;
    exports.AwsBackupRecoveryPointDetails$ = AwsBackupRecoveryPointDetails$;
    exports.AwsBackupRecoveryPointLifecycleDetails$ = AwsBackupRecoveryPointLifecycleDetails$;
    exports.AwsCertificateManagerCertificateDetails$ = AwsCertificateManagerCertificateDetails$;
    exports.AwsCertificateManagerCertificateDomainValidationOption$ = AwsCertificateManagerCertificateDomainValidationOption$;
    exports.AwsCertificateManagerCertificateExtendedKeyUsage$ = AwsCertificateManagerCertificateExtendedKeyUsage$;
    exports.AwsCertificateManagerCertificateKeyUsage$ = AwsCertificateManagerCertificateKeyUsage$;
    exports.AwsCertificateManagerCertificateOptions$ = AwsCertificateManagerCertificateOptions$;
    exports.AwsCertificateManagerCertificateRenewalSummary$ = AwsCertificateManagerCertificateRenewalSummary$;
    exports.AwsCertificateManagerCertificateResourceRecord$ = AwsCertificateManagerCertificateResourceRecord$;
    exports.AwsCloudFormationStackDetails$ = AwsCloudFormationStackDetails$;
    exports.AwsCloudFormationStackDriftInformationDetails$ = AwsCloudFormationStackDriftInformationDetails$;
    exports.AwsCloudFormationStackOutputsDetails$ = AwsCloudFormationStackOutputsDetails$;
    exports.AwsCloudFrontDistributionCacheBehavior$ = AwsCloudFrontDistributionCacheBehavior$;
    exports.AwsCloudFrontDistributionCacheBehaviors$ = AwsCloudFrontDistributionCacheBehaviors$;
    exports.AwsCloudFrontDistributionDefaultCacheBehavior$ = AwsCloudFrontDistributionDefaultCacheBehavior$;
    exports.AwsCloudFrontDistributionDetails$ = AwsCloudFrontDistributionDetails$;
    exports.AwsCloudFrontDistributionLogging$ = AwsCloudFrontDistributionLogging$;
    exports.AwsCloudFrontDistributionOriginCustomOriginConfig$ = AwsCloudFrontDistributionOriginCustomOriginConfig$;
    exports.AwsCloudFrontDistributionOriginGroup$ = AwsCloudFrontDistributionOriginGroup$;
    exports.AwsCloudFrontDistributionOriginGroupFailover$ = AwsCloudFrontDistributionOriginGroupFailover$;
    exports.AwsCloudFrontDistributionOriginGroupFailoverStatusCodes$ = AwsCloudFrontDistributionOriginGroupFailoverStatusCodes$;
    exports.AwsCloudFrontDistributionOriginGroups$ = AwsCloudFrontDistributionOriginGroups$;
    exports.AwsCloudFrontDistributionOriginItem$ = AwsCloudFrontDistributionOriginItem$;
    exports.AwsCloudFrontDistributionOriginS3OriginConfig$ = AwsCloudFrontDistributionOriginS3OriginConfig$;
    exports.AwsCloudFrontDistributionOriginSslProtocols$ = AwsCloudFrontDistributionOriginSslProtocols$;
    exports.AwsCloudFrontDistributionOrigins$ = AwsCloudFrontDistributionOrigins$;
    exports.AwsCloudFrontDistributionViewerCertificate$ = AwsCloudFrontDistributionViewerCertificate$;
    exports.AwsCloudTrailTrailDetails$ = AwsCloudTrailTrailDetails$;
    exports.AwsCloudWatchAlarmDetails$ = AwsCloudWatchAlarmDetails$;
    exports.AwsCloudWatchAlarmDimensionsDetails$ = AwsCloudWatchAlarmDimensionsDetails$;
    exports.AwsCodeBuildProjectArtifactsDetails$ = AwsCodeBuildProjectArtifactsDetails$;
    exports.AwsCodeBuildProjectDetails$ = AwsCodeBuildProjectDetails$;
    exports.AwsCodeBuildProjectEnvironment$ = AwsCodeBuildProjectEnvironment$;
    exports.AwsCodeBuildProjectEnvironmentEnvironmentVariablesDetails$ = AwsCodeBuildProjectEnvironmentEnvironmentVariablesDetails$;
    exports.AwsCodeBuildProjectEnvironmentRegistryCredential$ = AwsCodeBuildProjectEnvironmentRegistryCredential$;
    exports.AwsCodeBuildProjectLogsConfigCloudWatchLogsDetails$ = AwsCodeBuildProjectLogsConfigCloudWatchLogsDetails$;
    exports.AwsCodeBuildProjectLogsConfigDetails$ = AwsCodeBuildProjectLogsConfigDetails$;
    exports.AwsCodeBuildProjectLogsConfigS3LogsDetails$ = AwsCodeBuildProjectLogsConfigS3LogsDetails$;
    exports.AwsCodeBuildProjectSource$ = AwsCodeBuildProjectSource$;
    exports.AwsCodeBuildProjectVpcConfig$ = AwsCodeBuildProjectVpcConfig$;
    exports.AwsCorsConfiguration$ = AwsCorsConfiguration$;
    exports.AwsDmsEndpointDetails$ = AwsDmsEndpointDetails$;
    exports.AwsDmsReplicationInstanceDetails$ = AwsDmsReplicationInstanceDetails$;
    exports.AwsDmsReplicationInstanceReplicationSubnetGroupDetails$ = AwsDmsReplicationInstanceReplicationSubnetGroupDetails$;
    exports.AwsDmsReplicationInstanceVpcSecurityGroupsDetails$ = AwsDmsReplicationInstanceVpcSecurityGroupsDetails$;
    exports.AwsDmsReplicationTaskDetails$ = AwsDmsReplicationTaskDetails$;
    exports.AwsDynamoDbTableAttributeDefinition$ = AwsDynamoDbTableAttributeDefinition$;
    exports.AwsDynamoDbTableBillingModeSummary$ = AwsDynamoDbTableBillingModeSummary$;
    exports.AwsDynamoDbTableDetails$ = AwsDynamoDbTableDetails$;
    exports.AwsDynamoDbTableGlobalSecondaryIndex$ = AwsDynamoDbTableGlobalSecondaryIndex$;
    exports.AwsDynamoDbTableKeySchema$ = AwsDynamoDbTableKeySchema$;
    exports.AwsDynamoDbTableLocalSecondaryIndex$ = AwsDynamoDbTableLocalSecondaryIndex$;
    exports.AwsDynamoDbTableProjection$ = AwsDynamoDbTableProjection$;
    exports.AwsDynamoDbTableProvisionedThroughput$ = AwsDynamoDbTableProvisionedThroughput$;
    exports.AwsDynamoDbTableProvisionedThroughputOverride$ = AwsDynamoDbTableProvisionedThroughputOverride$;
    exports.AwsDynamoDbTableReplica$ = AwsDynamoDbTableReplica$;
    exports.AwsDynamoDbTableReplicaGlobalSecondaryIndex$ = AwsDynamoDbTableReplicaGlobalSecondaryIndex$;
    exports.AwsDynamoDbTableRestoreSummary$ = AwsDynamoDbTableRestoreSummary$;
    exports.AwsDynamoDbTableSseDescription$ = AwsDynamoDbTableSseDescription$;
    exports.AwsDynamoDbTableStreamSpecification$ = AwsDynamoDbTableStreamSpecification$;
    exports.AwsEc2ClientVpnEndpointAuthenticationOptionsActiveDirectoryDetails$ = AwsEc2ClientVpnEndpointAuthenticationOptionsActiveDirectoryDetails$;
    exports.AwsEc2ClientVpnEndpointAuthenticationOptionsDetails$ = AwsEc2ClientVpnEndpointAuthenticationOptionsDetails$;
    exports.AwsEc2ClientVpnEndpointAuthenticationOptionsFederatedAuthenticationDetails$ = AwsEc2ClientVpnEndpointAuthenticationOptionsFederatedAuthenticationDetails$;
    exports.AwsEc2ClientVpnEndpointAuthenticationOptionsMutualAuthenticationDetails$ = AwsEc2ClientVpnEndpointAuthenticationOptionsMutualAuthenticationDetails$;
    exports.AwsEc2ClientVpnEndpointClientConnectOptionsDetails$ = AwsEc2ClientVpnEndpointClientConnectOptionsDetails$;
    exports.AwsEc2ClientVpnEndpointClientConnectOptionsStatusDetails$ = AwsEc2ClientVpnEndpointClientConnectOptionsStatusDetails$;
    exports.AwsEc2ClientVpnEndpointClientLoginBannerOptionsDetails$ = AwsEc2ClientVpnEndpointClientLoginBannerOptionsDetails$;
    exports.AwsEc2ClientVpnEndpointConnectionLogOptionsDetails$ = AwsEc2ClientVpnEndpointConnectionLogOptionsDetails$;
    exports.AwsEc2ClientVpnEndpointDetails$ = AwsEc2ClientVpnEndpointDetails$;
    exports.AwsEc2EipDetails$ = AwsEc2EipDetails$;
    exports.AwsEc2InstanceDetails$ = AwsEc2InstanceDetails$;
    exports.AwsEc2InstanceMetadataOptions$ = AwsEc2InstanceMetadataOptions$;
    exports.AwsEc2InstanceMonitoringDetails$ = AwsEc2InstanceMonitoringDetails$;
    exports.AwsEc2InstanceNetworkInterfacesDetails$ = AwsEc2InstanceNetworkInterfacesDetails$;
    exports.AwsEc2LaunchTemplateDataBlockDeviceMappingSetDetails$ = AwsEc2LaunchTemplateDataBlockDeviceMappingSetDetails$;
    exports.AwsEc2LaunchTemplateDataBlockDeviceMappingSetEbsDetails$ = AwsEc2LaunchTemplateDataBlockDeviceMappingSetEbsDetails$;
    exports.AwsEc2LaunchTemplateDataCapacityReservationSpecificationCapacityReservationTargetDetails$ = AwsEc2LaunchTemplateDataCapacityReservationSpecificationCapacityReservationTargetDetails$;
    exports.AwsEc2LaunchTemplateDataCapacityReservationSpecificationDetails$ = AwsEc2LaunchTemplateDataCapacityReservationSpecificationDetails$;
    exports.AwsEc2LaunchTemplateDataCpuOptionsDetails$ = AwsEc2LaunchTemplateDataCpuOptionsDetails$;
    exports.AwsEc2LaunchTemplateDataCreditSpecificationDetails$ = AwsEc2LaunchTemplateDataCreditSpecificationDetails$;
    exports.AwsEc2LaunchTemplateDataDetails$ = AwsEc2LaunchTemplateDataDetails$;
    exports.AwsEc2LaunchTemplateDataElasticGpuSpecificationSetDetails$ = AwsEc2LaunchTemplateDataElasticGpuSpecificationSetDetails$;
    exports.AwsEc2LaunchTemplateDataElasticInferenceAcceleratorSetDetails$ = AwsEc2LaunchTemplateDataElasticInferenceAcceleratorSetDetails$;
    exports.AwsEc2LaunchTemplateDataEnclaveOptionsDetails$ = AwsEc2LaunchTemplateDataEnclaveOptionsDetails$;
    exports.AwsEc2LaunchTemplateDataHibernationOptionsDetails$ = AwsEc2LaunchTemplateDataHibernationOptionsDetails$;
    exports.AwsEc2LaunchTemplateDataIamInstanceProfileDetails$ = AwsEc2LaunchTemplateDataIamInstanceProfileDetails$;
    exports.AwsEc2LaunchTemplateDataInstanceMarketOptionsDetails$ = AwsEc2LaunchTemplateDataInstanceMarketOptionsDetails$;
    exports.AwsEc2LaunchTemplateDataInstanceMarketOptionsSpotOptionsDetails$ = AwsEc2LaunchTemplateDataInstanceMarketOptionsSpotOptionsDetails$;
    exports.AwsEc2LaunchTemplateDataInstanceRequirementsAcceleratorCountDetails$ = AwsEc2LaunchTemplateDataInstanceRequirementsAcceleratorCountDetails$;
    exports.AwsEc2LaunchTemplateDataInstanceRequirementsAcceleratorTotalMemoryMiBDetails$ = AwsEc2LaunchTemplateDataInstanceRequirementsAcceleratorTotalMemoryMiBDetails$;
    exports.AwsEc2LaunchTemplateDataInstanceRequirementsBaselineEbsBandwidthMbpsDetails$ = AwsEc2LaunchTemplateDataInstanceRequirementsBaselineEbsBandwidthMbpsDetails$;
    exports.AwsEc2LaunchTemplateDataInstanceRequirementsDetails$ = AwsEc2LaunchTemplateDataInstanceRequirementsDetails$;
    exports.AwsEc2LaunchTemplateDataInstanceRequirementsMemoryGiBPerVCpuDetails$ = AwsEc2LaunchTemplateDataInstanceRequirementsMemoryGiBPerVCpuDetails$;
    exports.AwsEc2LaunchTemplateDataInstanceRequirementsMemoryMiBDetails$ = AwsEc2LaunchTemplateDataInstanceRequirementsMemoryMiBDetails$;
    exports.AwsEc2LaunchTemplateDataInstanceRequirementsNetworkInterfaceCountDetails$ = AwsEc2LaunchTemplateDataInstanceRequirementsNetworkInterfaceCountDetails$;
    exports.AwsEc2LaunchTemplateDataInstanceRequirementsTotalLocalStorageGBDetails$ = AwsEc2LaunchTemplateDataInstanceRequirementsTotalLocalStorageGBDetails$;
    exports.AwsEc2LaunchTemplateDataInstanceRequirementsVCpuCountDetails$ = AwsEc2LaunchTemplateDataInstanceRequirementsVCpuCountDetails$;
    exports.AwsEc2LaunchTemplateDataLicenseSetDetails$ = AwsEc2LaunchTemplateDataLicenseSetDetails$;
    exports.AwsEc2LaunchTemplateDataMaintenanceOptionsDetails$ = AwsEc2LaunchTemplateDataMaintenanceOptionsDetails$;
    exports.AwsEc2LaunchTemplateDataMetadataOptionsDetails$ = AwsEc2LaunchTemplateDataMetadataOptionsDetails$;
    exports.AwsEc2LaunchTemplateDataMonitoringDetails$ = AwsEc2LaunchTemplateDataMonitoringDetails$;
    exports.AwsEc2LaunchTemplateDataNetworkInterfaceSetDetails$ = AwsEc2LaunchTemplateDataNetworkInterfaceSetDetails$;
    exports.AwsEc2LaunchTemplateDataNetworkInterfaceSetIpv4PrefixesDetails$ = AwsEc2LaunchTemplateDataNetworkInterfaceSetIpv4PrefixesDetails$;
    exports.AwsEc2LaunchTemplateDataNetworkInterfaceSetIpv6AddressesDetails$ = AwsEc2LaunchTemplateDataNetworkInterfaceSetIpv6AddressesDetails$;
    exports.AwsEc2LaunchTemplateDataNetworkInterfaceSetIpv6PrefixesDetails$ = AwsEc2LaunchTemplateDataNetworkInterfaceSetIpv6PrefixesDetails$;
    exports.AwsEc2LaunchTemplateDataNetworkInterfaceSetPrivateIpAddressesDetails$ = AwsEc2LaunchTemplateDataNetworkInterfaceSetPrivateIpAddressesDetails$;
    exports.AwsEc2LaunchTemplateDataPlacementDetails$ = AwsEc2LaunchTemplateDataPlacementDetails$;
    exports.AwsEc2LaunchTemplateDataPrivateDnsNameOptionsDetails$ = AwsEc2LaunchTemplateDataPrivateDnsNameOptionsDetails$;
    exports.AwsEc2LaunchTemplateDetails$ = AwsEc2LaunchTemplateDetails$;
    exports.AwsEc2NetworkAclAssociation$ = AwsEc2NetworkAclAssociation$;
    exports.AwsEc2NetworkAclDetails$ = AwsEc2NetworkAclDetails$;
    exports.AwsEc2NetworkAclEntry$ = AwsEc2NetworkAclEntry$;
    exports.AwsEc2NetworkInterfaceAttachment$ = AwsEc2NetworkInterfaceAttachment$;
    exports.AwsEc2NetworkInterfaceDetails$ = AwsEc2NetworkInterfaceDetails$;
    exports.AwsEc2NetworkInterfaceIpV6AddressDetail$ = AwsEc2NetworkInterfaceIpV6AddressDetail$;
    exports.AwsEc2NetworkInterfacePrivateIpAddressDetail$ = AwsEc2NetworkInterfacePrivateIpAddressDetail$;
    exports.AwsEc2NetworkInterfaceSecurityGroup$ = AwsEc2NetworkInterfaceSecurityGroup$;
    exports.AwsEc2RouteTableDetails$ = AwsEc2RouteTableDetails$;
    exports.AwsEc2SecurityGroupDetails$ = AwsEc2SecurityGroupDetails$;
    exports.AwsEc2SecurityGroupIpPermission$ = AwsEc2SecurityGroupIpPermission$;
    exports.AwsEc2SecurityGroupIpRange$ = AwsEc2SecurityGroupIpRange$;
    exports.AwsEc2SecurityGroupIpv6Range$ = AwsEc2SecurityGroupIpv6Range$;
    exports.AwsEc2SecurityGroupPrefixListId$ = AwsEc2SecurityGroupPrefixListId$;
    exports.AwsEc2SecurityGroupUserIdGroupPair$ = AwsEc2SecurityGroupUserIdGroupPair$;
    exports.AwsEc2SubnetDetails$ = AwsEc2SubnetDetails$;
    exports.AwsEc2TransitGatewayDetails$ = AwsEc2TransitGatewayDetails$;
    exports.AwsEc2VolumeAttachment$ = AwsEc2VolumeAttachment$;
    exports.AwsEc2VolumeDetails$ = AwsEc2VolumeDetails$;
    exports.AwsEc2VpcDetails$ = AwsEc2VpcDetails$;
    exports.AwsEc2VpcEndpointServiceDetails$ = AwsEc2VpcEndpointServiceDetails$;
    exports.AwsEc2VpcEndpointServiceServiceTypeDetails$ = AwsEc2VpcEndpointServiceServiceTypeDetails$;
    exports.AwsEc2VpcPeeringConnectionDetails$ = AwsEc2VpcPeeringConnectionDetails$;
    exports.AwsEc2VpcPeeringConnectionStatusDetails$ = AwsEc2VpcPeeringConnectionStatusDetails$;
    exports.AwsEc2VpcPeeringConnectionVpcInfoDetails$ = AwsEc2VpcPeeringConnectionVpcInfoDetails$;
    exports.AwsEc2VpnConnectionDetails$ = AwsEc2VpnConnectionDetails$;
    exports.AwsEc2VpnConnectionOptionsDetails$ = AwsEc2VpnConnectionOptionsDetails$;
    exports.AwsEc2VpnConnectionOptionsTunnelOptionsDetails$ = AwsEc2VpnConnectionOptionsTunnelOptionsDetails$;
    exports.AwsEc2VpnConnectionRoutesDetails$ = AwsEc2VpnConnectionRoutesDetails$;
    exports.AwsEc2VpnConnectionVgwTelemetryDetails$ = AwsEc2VpnConnectionVgwTelemetryDetails$;
    exports.AwsEcrContainerImageDetails$ = AwsEcrContainerImageDetails$;
    exports.AwsEcrRepositoryDetails$ = AwsEcrRepositoryDetails$;
    exports.AwsEcrRepositoryImageScanningConfigurationDetails$ = AwsEcrRepositoryImageScanningConfigurationDetails$;
    exports.AwsEcrRepositoryLifecyclePolicyDetails$ = AwsEcrRepositoryLifecyclePolicyDetails$;
    exports.AwsEcsClusterClusterSettingsDetails$ = AwsEcsClusterClusterSettingsDetails$;
    exports.AwsEcsClusterConfigurationDetails$ = AwsEcsClusterConfigurationDetails$;
    exports.AwsEcsClusterConfigurationExecuteCommandConfigurationDetails$ = AwsEcsClusterConfigurationExecuteCommandConfigurationDetails$;
    exports.AwsEcsClusterConfigurationExecuteCommandConfigurationLogConfigurationDetails$ = AwsEcsClusterConfigurationExecuteCommandConfigurationLogConfigurationDetails$;
    exports.AwsEcsClusterDefaultCapacityProviderStrategyDetails$ = AwsEcsClusterDefaultCapacityProviderStrategyDetails$;
    exports.AwsEcsClusterDetails$ = AwsEcsClusterDetails$;
    exports.AwsEcsContainerDetails$ = AwsEcsContainerDetails$;
    exports.AwsEcsServiceCapacityProviderStrategyDetails$ = AwsEcsServiceCapacityProviderStrategyDetails$;
    exports.AwsEcsServiceDeploymentConfigurationDeploymentCircuitBreakerDetails$ = AwsEcsServiceDeploymentConfigurationDeploymentCircuitBreakerDetails$;
    exports.AwsEcsServiceDeploymentConfigurationDetails$ = AwsEcsServiceDeploymentConfigurationDetails$;
    exports.AwsEcsServiceDeploymentControllerDetails$ = AwsEcsServiceDeploymentControllerDetails$;
    exports.AwsEcsServiceDetails$ = AwsEcsServiceDetails$;
    exports.AwsEcsServiceLoadBalancersDetails$ = AwsEcsServiceLoadBalancersDetails$;
    exports.AwsEcsServiceNetworkConfigurationAwsVpcConfigurationDetails$ = AwsEcsServiceNetworkConfigurationAwsVpcConfigurationDetails$;
    exports.AwsEcsServiceNetworkConfigurationDetails$ = AwsEcsServiceNetworkConfigurationDetails$;
    exports.AwsEcsServicePlacementConstraintsDetails$ = AwsEcsServicePlacementConstraintsDetails$;
    exports.AwsEcsServicePlacementStrategiesDetails$ = AwsEcsServicePlacementStrategiesDetails$;
    exports.AwsEcsServiceServiceRegistriesDetails$ = AwsEcsServiceServiceRegistriesDetails$;
    exports.AwsEcsTaskDefinitionContainerDefinitionsDependsOnDetails$ = AwsEcsTaskDefinitionContainerDefinitionsDependsOnDetails$;
    exports.AwsEcsTaskDefinitionContainerDefinitionsDetails$ = AwsEcsTaskDefinitionContainerDefinitionsDetails$;
    exports.AwsEcsTaskDefinitionContainerDefinitionsEnvironmentDetails$ = AwsEcsTaskDefinitionContainerDefinitionsEnvironmentDetails$;
    exports.AwsEcsTaskDefinitionContainerDefinitionsEnvironmentFilesDetails$ = AwsEcsTaskDefinitionContainerDefinitionsEnvironmentFilesDetails$;
    exports.AwsEcsTaskDefinitionContainerDefinitionsExtraHostsDetails$ = AwsEcsTaskDefinitionContainerDefinitionsExtraHostsDetails$;
    exports.AwsEcsTaskDefinitionContainerDefinitionsFirelensConfigurationDetails$ = AwsEcsTaskDefinitionContainerDefinitionsFirelensConfigurationDetails$;
    exports.AwsEcsTaskDefinitionContainerDefinitionsHealthCheckDetails$ = AwsEcsTaskDefinitionContainerDefinitionsHealthCheckDetails$;
    exports.AwsEcsTaskDefinitionContainerDefinitionsLinuxParametersCapabilitiesDetails$ = AwsEcsTaskDefinitionContainerDefinitionsLinuxParametersCapabilitiesDetails$;
    exports.AwsEcsTaskDefinitionContainerDefinitionsLinuxParametersDetails$ = AwsEcsTaskDefinitionContainerDefinitionsLinuxParametersDetails$;
    exports.AwsEcsTaskDefinitionContainerDefinitionsLinuxParametersDevicesDetails$ = AwsEcsTaskDefinitionContainerDefinitionsLinuxParametersDevicesDetails$;
    exports.AwsEcsTaskDefinitionContainerDefinitionsLinuxParametersTmpfsDetails$ = AwsEcsTaskDefinitionContainerDefinitionsLinuxParametersTmpfsDetails$;
    exports.AwsEcsTaskDefinitionContainerDefinitionsLogConfigurationDetails$ = AwsEcsTaskDefinitionContainerDefinitionsLogConfigurationDetails$;
    exports.AwsEcsTaskDefinitionContainerDefinitionsLogConfigurationSecretOptionsDetails$ = AwsEcsTaskDefinitionContainerDefinitionsLogConfigurationSecretOptionsDetails$;
    exports.AwsEcsTaskDefinitionContainerDefinitionsMountPointsDetails$ = AwsEcsTaskDefinitionContainerDefinitionsMountPointsDetails$;
    exports.AwsEcsTaskDefinitionContainerDefinitionsPortMappingsDetails$ = AwsEcsTaskDefinitionContainerDefinitionsPortMappingsDetails$;
    exports.AwsEcsTaskDefinitionContainerDefinitionsRepositoryCredentialsDetails$ = AwsEcsTaskDefinitionContainerDefinitionsRepositoryCredentialsDetails$;
    exports.AwsEcsTaskDefinitionContainerDefinitionsResourceRequirementsDetails$ = AwsEcsTaskDefinitionContainerDefinitionsResourceRequirementsDetails$;
    exports.AwsEcsTaskDefinitionContainerDefinitionsSecretsDetails$ = AwsEcsTaskDefinitionContainerDefinitionsSecretsDetails$;
    exports.AwsEcsTaskDefinitionContainerDefinitionsSystemControlsDetails$ = AwsEcsTaskDefinitionContainerDefinitionsSystemControlsDetails$;
    exports.AwsEcsTaskDefinitionContainerDefinitionsUlimitsDetails$ = AwsEcsTaskDefinitionContainerDefinitionsUlimitsDetails$;
    exports.AwsEcsTaskDefinitionContainerDefinitionsVolumesFromDetails$ = AwsEcsTaskDefinitionContainerDefinitionsVolumesFromDetails$;
    exports.AwsEcsTaskDefinitionDetails$ = AwsEcsTaskDefinitionDetails$;
    exports.AwsEcsTaskDefinitionInferenceAcceleratorsDetails$ = AwsEcsTaskDefinitionInferenceAcceleratorsDetails$;
    exports.AwsEcsTaskDefinitionPlacementConstraintsDetails$ = AwsEcsTaskDefinitionPlacementConstraintsDetails$;
    exports.AwsEcsTaskDefinitionProxyConfigurationDetails$ = AwsEcsTaskDefinitionProxyConfigurationDetails$;
    exports.AwsEcsTaskDefinitionProxyConfigurationProxyConfigurationPropertiesDetails$ = AwsEcsTaskDefinitionProxyConfigurationProxyConfigurationPropertiesDetails$;
    exports.AwsEcsTaskDefinitionVolumesDetails$ = AwsEcsTaskDefinitionVolumesDetails$;
    exports.AwsEcsTaskDefinitionVolumesDockerVolumeConfigurationDetails$ = AwsEcsTaskDefinitionVolumesDockerVolumeConfigurationDetails$;
    exports.AwsEcsTaskDefinitionVolumesEfsVolumeConfigurationAuthorizationConfigDetails$ = AwsEcsTaskDefinitionVolumesEfsVolumeConfigurationAuthorizationConfigDetails$;
    exports.AwsEcsTaskDefinitionVolumesEfsVolumeConfigurationDetails$ = AwsEcsTaskDefinitionVolumesEfsVolumeConfigurationDetails$;
    exports.AwsEcsTaskDefinitionVolumesHostDetails$ = AwsEcsTaskDefinitionVolumesHostDetails$;
    exports.AwsEcsTaskDetails$ = AwsEcsTaskDetails$;
    exports.AwsEcsTaskVolumeDetails$ = AwsEcsTaskVolumeDetails$;
    exports.AwsEcsTaskVolumeHostDetails$ = AwsEcsTaskVolumeHostDetails$;
    exports.AwsEfsAccessPointDetails$ = AwsEfsAccessPointDetails$;
    exports.AwsEfsAccessPointPosixUserDetails$ = AwsEfsAccessPointPosixUserDetails$;
    exports.AwsEfsAccessPointRootDirectoryCreationInfoDetails$ = AwsEfsAccessPointRootDirectoryCreationInfoDetails$;
    exports.AwsEfsAccessPointRootDirectoryDetails$ = AwsEfsAccessPointRootDirectoryDetails$;
    exports.AwsEksClusterDetails$ = AwsEksClusterDetails$;
    exports.AwsEksClusterLoggingClusterLoggingDetails$ = AwsEksClusterLoggingClusterLoggingDetails$;
    exports.AwsEksClusterLoggingDetails$ = AwsEksClusterLoggingDetails$;
    exports.AwsEksClusterResourcesVpcConfigDetails$ = AwsEksClusterResourcesVpcConfigDetails$;
    exports.AwsElasticBeanstalkEnvironmentDetails$ = AwsElasticBeanstalkEnvironmentDetails$;
    exports.AwsElasticBeanstalkEnvironmentEnvironmentLink$ = AwsElasticBeanstalkEnvironmentEnvironmentLink$;
    exports.AwsElasticBeanstalkEnvironmentOptionSetting$ = AwsElasticBeanstalkEnvironmentOptionSetting$;
    exports.AwsElasticBeanstalkEnvironmentTier$ = AwsElasticBeanstalkEnvironmentTier$;
    exports.AwsElasticsearchDomainDetails$ = AwsElasticsearchDomainDetails$;
    exports.AwsElasticsearchDomainDomainEndpointOptions$ = AwsElasticsearchDomainDomainEndpointOptions$;
    exports.AwsElasticsearchDomainElasticsearchClusterConfigDetails$ = AwsElasticsearchDomainElasticsearchClusterConfigDetails$;
    exports.AwsElasticsearchDomainElasticsearchClusterConfigZoneAwarenessConfigDetails$ = AwsElasticsearchDomainElasticsearchClusterConfigZoneAwarenessConfigDetails$;
    exports.AwsElasticsearchDomainEncryptionAtRestOptions$ = AwsElasticsearchDomainEncryptionAtRestOptions$;
    exports.AwsElasticsearchDomainLogPublishingOptions$ = AwsElasticsearchDomainLogPublishingOptions$;
    exports.AwsElasticsearchDomainLogPublishingOptionsLogConfig$ = AwsElasticsearchDomainLogPublishingOptionsLogConfig$;
    exports.AwsElasticsearchDomainNodeToNodeEncryptionOptions$ = AwsElasticsearchDomainNodeToNodeEncryptionOptions$;
    exports.AwsElasticsearchDomainServiceSoftwareOptions$ = AwsElasticsearchDomainServiceSoftwareOptions$;
    exports.AwsElasticsearchDomainVPCOptions$ = AwsElasticsearchDomainVPCOptions$;
    exports.AwsElbAppCookieStickinessPolicy$ = AwsElbAppCookieStickinessPolicy$;
    exports.AwsElbLbCookieStickinessPolicy$ = AwsElbLbCookieStickinessPolicy$;
    exports.AwsElbLoadBalancerAccessLog$ = AwsElbLoadBalancerAccessLog$;
    exports.AwsElbLoadBalancerAdditionalAttribute$ = AwsElbLoadBalancerAdditionalAttribute$;
    exports.AwsElbLoadBalancerAttributes$ = AwsElbLoadBalancerAttributes$;
    exports.AwsElbLoadBalancerBackendServerDescription$ = AwsElbLoadBalancerBackendServerDescription$;
    exports.AwsElbLoadBalancerConnectionDraining$ = AwsElbLoadBalancerConnectionDraining$;
    exports.AwsElbLoadBalancerConnectionSettings$ = AwsElbLoadBalancerConnectionSettings$;
    exports.AwsElbLoadBalancerCrossZoneLoadBalancing$ = AwsElbLoadBalancerCrossZoneLoadBalancing$;
    exports.AwsElbLoadBalancerDetails$ = AwsElbLoadBalancerDetails$;
    exports.AwsElbLoadBalancerHealthCheck$ = AwsElbLoadBalancerHealthCheck$;
    exports.AwsElbLoadBalancerInstance$ = AwsElbLoadBalancerInstance$;
    exports.AwsElbLoadBalancerListener$ = AwsElbLoadBalancerListener$;
    exports.AwsElbLoadBalancerListenerDescription$ = AwsElbLoadBalancerListenerDescription$;
    exports.AwsElbLoadBalancerPolicies$ = AwsElbLoadBalancerPolicies$;
    exports.AwsElbLoadBalancerSourceSecurityGroup$ = AwsElbLoadBalancerSourceSecurityGroup$;
    exports.AwsElbv2LoadBalancerAttribute$ = AwsElbv2LoadBalancerAttribute$;
    exports.AwsElbv2LoadBalancerDetails$ = AwsElbv2LoadBalancerDetails$;
    exports.AwsEventSchemasRegistryDetails$ = AwsEventSchemasRegistryDetails$;
    exports.AwsEventsEndpointDetails$ = AwsEventsEndpointDetails$;
    exports.AwsEventsEndpointEventBusesDetails$ = AwsEventsEndpointEventBusesDetails$;
    exports.AwsEventsEndpointReplicationConfigDetails$ = AwsEventsEndpointReplicationConfigDetails$;
    exports.AwsEventsEndpointRoutingConfigDetails$ = AwsEventsEndpointRoutingConfigDetails$;
    exports.AwsEventsEndpointRoutingConfigFailoverConfigDetails$ = AwsEventsEndpointRoutingConfigFailoverConfigDetails$;
    exports.AwsEventsEndpointRoutingConfigFailoverConfigPrimaryDetails$ = AwsEventsEndpointRoutingConfigFailoverConfigPrimaryDetails$;
    exports.AwsEventsEndpointRoutingConfigFailoverConfigSecondaryDetails$ = AwsEventsEndpointRoutingConfigFailoverConfigSecondaryDetails$;
    exports.AwsEventsEventbusDetails$ = AwsEventsEventbusDetails$;
    exports.AwsGuardDutyDetectorDataSourcesCloudTrailDetails$ = AwsGuardDutyDetectorDataSourcesCloudTrailDetails$;
    exports.AwsGuardDutyDetectorDataSourcesDetails$ = AwsGuardDutyDetectorDataSourcesDetails$;
    exports.AwsGuardDutyDetectorDataSourcesDnsLogsDetails$ = AwsGuardDutyDetectorDataSourcesDnsLogsDetails$;
    exports.AwsGuardDutyDetectorDataSourcesFlowLogsDetails$ = AwsGuardDutyDetectorDataSourcesFlowLogsDetails$;
    exports.AwsGuardDutyDetectorDataSourcesKubernetesAuditLogsDetails$ = AwsGuardDutyDetectorDataSourcesKubernetesAuditLogsDetails$;
    exports.AwsGuardDutyDetectorDataSourcesKubernetesDetails$ = AwsGuardDutyDetectorDataSourcesKubernetesDetails$;
    exports.AwsGuardDutyDetectorDataSourcesMalwareProtectionDetails$ = AwsGuardDutyDetectorDataSourcesMalwareProtectionDetails$;
    exports.AwsGuardDutyDetectorDataSourcesMalwareProtectionScanEc2InstanceWithFindingsDetails$ = AwsGuardDutyDetectorDataSourcesMalwareProtectionScanEc2InstanceWithFindingsDetails$;
    exports.AwsGuardDutyDetectorDataSourcesMalwareProtectionScanEc2InstanceWithFindingsEbsVolumesDetails$ = AwsGuardDutyDetectorDataSourcesMalwareProtectionScanEc2InstanceWithFindingsEbsVolumesDetails$;
    exports.AwsGuardDutyDetectorDataSourcesS3LogsDetails$ = AwsGuardDutyDetectorDataSourcesS3LogsDetails$;
    exports.AwsGuardDutyDetectorDetails$ = AwsGuardDutyDetectorDetails$;
    exports.AwsGuardDutyDetectorFeaturesDetails$ = AwsGuardDutyDetectorFeaturesDetails$;
    exports.AwsIamAccessKeyDetails$ = AwsIamAccessKeyDetails$;
    exports.AwsIamAccessKeySessionContext$ = AwsIamAccessKeySessionContext$;
    exports.AwsIamAccessKeySessionContextAttributes$ = AwsIamAccessKeySessionContextAttributes$;
    exports.AwsIamAccessKeySessionContextSessionIssuer$ = AwsIamAccessKeySessionContextSessionIssuer$;
    exports.AwsIamAccessKeyStatus = AwsIamAccessKeyStatus;
    exports.AwsIamAttachedManagedPolicy$ = AwsIamAttachedManagedPolicy$;
    exports.AwsIamGroupDetails$ = AwsIamGroupDetails$;
    exports.AwsIamGroupPolicy$ = AwsIamGroupPolicy$;
    exports.AwsIamInstanceProfile$ = AwsIamInstanceProfile$;
    exports.AwsIamInstanceProfileRole$ = AwsIamInstanceProfileRole$;
    exports.AwsIamPermissionsBoundary$ = AwsIamPermissionsBoundary$;
    exports.AwsIamPolicyDetails$ = AwsIamPolicyDetails$;
    exports.AwsIamPolicyVersion$ = AwsIamPolicyVersion$;
    exports.AwsIamRoleDetails$ = AwsIamRoleDetails$;
    exports.AwsIamRolePolicy$ = AwsIamRolePolicy$;
    exports.AwsIamUserDetails$ = AwsIamUserDetails$;
    exports.AwsIamUserPolicy$ = AwsIamUserPolicy$;
    exports.AwsKinesisStreamDetails$ = AwsKinesisStreamDetails$;
    exports.AwsKinesisStreamStreamEncryptionDetails$ = AwsKinesisStreamStreamEncryptionDetails$;
    exports.AwsKmsKeyDetails$ = AwsKmsKeyDetails$;
    exports.AwsLambdaFunctionCode$ = AwsLambdaFunctionCode$;
    exports.AwsLambdaFunctionDeadLetterConfig$ = AwsLambdaFunctionDeadLetterConfig$;
    exports.AwsLambdaFunctionDetails$ = AwsLambdaFunctionDetails$;
    exports.AwsLambdaFunctionEnvironment$ = AwsLambdaFunctionEnvironment$;
    exports.AwsLambdaFunctionEnvironmentError$ = AwsLambdaFunctionEnvironmentError$;
    exports.AwsLambdaFunctionLayer$ = AwsLambdaFunctionLayer$;
    exports.AwsLambdaFunctionTracingConfig$ = AwsLambdaFunctionTracingConfig$;
    exports.AwsLambdaFunctionVpcConfig$ = AwsLambdaFunctionVpcConfig$;
    exports.AwsLambdaLayerVersionDetails$ = AwsLambdaLayerVersionDetails$;
    exports.AwsMountPoint$ = AwsMountPoint$;
    exports.AwsMskClusterClusterInfoClientAuthenticationDetails$ = AwsMskClusterClusterInfoClientAuthenticationDetails$;
    exports.AwsMskClusterClusterInfoClientAuthenticationSaslDetails$ = AwsMskClusterClusterInfoClientAuthenticationSaslDetails$;
    exports.AwsMskClusterClusterInfoClientAuthenticationSaslIamDetails$ = AwsMskClusterClusterInfoClientAuthenticationSaslIamDetails$;
    exports.AwsMskClusterClusterInfoClientAuthenticationSaslScramDetails$ = AwsMskClusterClusterInfoClientAuthenticationSaslScramDetails$;
    exports.AwsMskClusterClusterInfoClientAuthenticationTlsDetails$ = AwsMskClusterClusterInfoClientAuthenticationTlsDetails$;
    exports.AwsMskClusterClusterInfoClientAuthenticationUnauthenticatedDetails$ = AwsMskClusterClusterInfoClientAuthenticationUnauthenticatedDetails$;
    exports.AwsMskClusterClusterInfoDetails$ = AwsMskClusterClusterInfoDetails$;
    exports.AwsMskClusterClusterInfoEncryptionInfoDetails$ = AwsMskClusterClusterInfoEncryptionInfoDetails$;
    exports.AwsMskClusterClusterInfoEncryptionInfoEncryptionAtRestDetails$ = AwsMskClusterClusterInfoEncryptionInfoEncryptionAtRestDetails$;
    exports.AwsMskClusterClusterInfoEncryptionInfoEncryptionInTransitDetails$ = AwsMskClusterClusterInfoEncryptionInfoEncryptionInTransitDetails$;
    exports.AwsMskClusterDetails$ = AwsMskClusterDetails$;
    exports.AwsNetworkFirewallFirewallDetails$ = AwsNetworkFirewallFirewallDetails$;
    exports.AwsNetworkFirewallFirewallPolicyDetails$ = AwsNetworkFirewallFirewallPolicyDetails$;
    exports.AwsNetworkFirewallFirewallSubnetMappingsDetails$ = AwsNetworkFirewallFirewallSubnetMappingsDetails$;
    exports.AwsNetworkFirewallRuleGroupDetails$ = AwsNetworkFirewallRuleGroupDetails$;
    exports.AwsOpenSearchServiceDomainAdvancedSecurityOptionsDetails$ = AwsOpenSearchServiceDomainAdvancedSecurityOptionsDetails$;
    exports.AwsOpenSearchServiceDomainClusterConfigDetails$ = AwsOpenSearchServiceDomainClusterConfigDetails$;
    exports.AwsOpenSearchServiceDomainClusterConfigZoneAwarenessConfigDetails$ = AwsOpenSearchServiceDomainClusterConfigZoneAwarenessConfigDetails$;
    exports.AwsOpenSearchServiceDomainDetails$ = AwsOpenSearchServiceDomainDetails$;
    exports.AwsOpenSearchServiceDomainDomainEndpointOptionsDetails$ = AwsOpenSearchServiceDomainDomainEndpointOptionsDetails$;
    exports.AwsOpenSearchServiceDomainEncryptionAtRestOptionsDetails$ = AwsOpenSearchServiceDomainEncryptionAtRestOptionsDetails$;
    exports.AwsOpenSearchServiceDomainLogPublishingOption$ = AwsOpenSearchServiceDomainLogPublishingOption$;
    exports.AwsOpenSearchServiceDomainLogPublishingOptionsDetails$ = AwsOpenSearchServiceDomainLogPublishingOptionsDetails$;
    exports.AwsOpenSearchServiceDomainMasterUserOptionsDetails$ = AwsOpenSearchServiceDomainMasterUserOptionsDetails$;
    exports.AwsOpenSearchServiceDomainNodeToNodeEncryptionOptionsDetails$ = AwsOpenSearchServiceDomainNodeToNodeEncryptionOptionsDetails$;
    exports.AwsOpenSearchServiceDomainServiceSoftwareOptionsDetails$ = AwsOpenSearchServiceDomainServiceSoftwareOptionsDetails$;
    exports.AwsOpenSearchServiceDomainVpcOptionsDetails$ = AwsOpenSearchServiceDomainVpcOptionsDetails$;
    exports.AwsOrganizationScope$ = AwsOrganizationScope$;
    exports.AwsRdsDbClusterAssociatedRole$ = AwsRdsDbClusterAssociatedRole$;
    exports.AwsRdsDbClusterDetails$ = AwsRdsDbClusterDetails$;
    exports.AwsRdsDbClusterMember$ = AwsRdsDbClusterMember$;
    exports.AwsRdsDbClusterOptionGroupMembership$ = AwsRdsDbClusterOptionGroupMembership$;
    exports.AwsRdsDbClusterSnapshotDbClusterSnapshotAttribute$ = AwsRdsDbClusterSnapshotDbClusterSnapshotAttribute$;
    exports.AwsRdsDbClusterSnapshotDetails$ = AwsRdsDbClusterSnapshotDetails$;
    exports.AwsRdsDbDomainMembership$ = AwsRdsDbDomainMembership$;
    exports.AwsRdsDbInstanceAssociatedRole$ = AwsRdsDbInstanceAssociatedRole$;
    exports.AwsRdsDbInstanceDetails$ = AwsRdsDbInstanceDetails$;
    exports.AwsRdsDbInstanceEndpoint$ = AwsRdsDbInstanceEndpoint$;
    exports.AwsRdsDbInstanceVpcSecurityGroup$ = AwsRdsDbInstanceVpcSecurityGroup$;
    exports.AwsRdsDbOptionGroupMembership$ = AwsRdsDbOptionGroupMembership$;
    exports.AwsRdsDbParameterGroup$ = AwsRdsDbParameterGroup$;
    exports.AwsRdsDbPendingModifiedValues$ = AwsRdsDbPendingModifiedValues$;
    exports.AwsRdsDbProcessorFeature$ = AwsRdsDbProcessorFeature$;
    exports.AwsRdsDbSecurityGroupDetails$ = AwsRdsDbSecurityGroupDetails$;
    exports.AwsRdsDbSecurityGroupEc2SecurityGroup$ = AwsRdsDbSecurityGroupEc2SecurityGroup$;
    exports.AwsRdsDbSecurityGroupIpRange$ = AwsRdsDbSecurityGroupIpRange$;
    exports.AwsRdsDbSnapshotDetails$ = AwsRdsDbSnapshotDetails$;
    exports.AwsRdsDbStatusInfo$ = AwsRdsDbStatusInfo$;
    exports.AwsRdsDbSubnetGroup$ = AwsRdsDbSubnetGroup$;
    exports.AwsRdsDbSubnetGroupSubnet$ = AwsRdsDbSubnetGroupSubnet$;
    exports.AwsRdsDbSubnetGroupSubnetAvailabilityZone$ = AwsRdsDbSubnetGroupSubnetAvailabilityZone$;
    exports.AwsRdsEventSubscriptionDetails$ = AwsRdsEventSubscriptionDetails$;
    exports.AwsRdsPendingCloudWatchLogsExports$ = AwsRdsPendingCloudWatchLogsExports$;
    exports.AwsRedshiftClusterClusterNode$ = AwsRedshiftClusterClusterNode$;
    exports.AwsRedshiftClusterClusterParameterGroup$ = AwsRedshiftClusterClusterParameterGroup$;
    exports.AwsRedshiftClusterClusterParameterStatus$ = AwsRedshiftClusterClusterParameterStatus$;
    exports.AwsRedshiftClusterClusterSecurityGroup$ = AwsRedshiftClusterClusterSecurityGroup$;
    exports.AwsRedshiftClusterClusterSnapshotCopyStatus$ = AwsRedshiftClusterClusterSnapshotCopyStatus$;
    exports.AwsRedshiftClusterDeferredMaintenanceWindow$ = AwsRedshiftClusterDeferredMaintenanceWindow$;
    exports.AwsRedshiftClusterDetails$ = AwsRedshiftClusterDetails$;
    exports.AwsRedshiftClusterElasticIpStatus$ = AwsRedshiftClusterElasticIpStatus$;
    exports.AwsRedshiftClusterEndpoint$ = AwsRedshiftClusterEndpoint$;
    exports.AwsRedshiftClusterHsmStatus$ = AwsRedshiftClusterHsmStatus$;
    exports.AwsRedshiftClusterIamRole$ = AwsRedshiftClusterIamRole$;
    exports.AwsRedshiftClusterLoggingStatus$ = AwsRedshiftClusterLoggingStatus$;
    exports.AwsRedshiftClusterPendingModifiedValues$ = AwsRedshiftClusterPendingModifiedValues$;
    exports.AwsRedshiftClusterResizeInfo$ = AwsRedshiftClusterResizeInfo$;
    exports.AwsRedshiftClusterRestoreStatus$ = AwsRedshiftClusterRestoreStatus$;
    exports.AwsRedshiftClusterVpcSecurityGroup$ = AwsRedshiftClusterVpcSecurityGroup$;
    exports.AwsRoute53HostedZoneConfigDetails$ = AwsRoute53HostedZoneConfigDetails$;
    exports.AwsRoute53HostedZoneDetails$ = AwsRoute53HostedZoneDetails$;
    exports.AwsRoute53HostedZoneObjectDetails$ = AwsRoute53HostedZoneObjectDetails$;
    exports.AwsRoute53HostedZoneVpcDetails$ = AwsRoute53HostedZoneVpcDetails$;
    exports.AwsRoute53QueryLoggingConfigDetails$ = AwsRoute53QueryLoggingConfigDetails$;
    exports.AwsS3AccessPointDetails$ = AwsS3AccessPointDetails$;
    exports.AwsS3AccessPointVpcConfigurationDetails$ = AwsS3AccessPointVpcConfigurationDetails$;
    exports.AwsS3AccountPublicAccessBlockDetails$ = AwsS3AccountPublicAccessBlockDetails$;
    exports.AwsS3BucketBucketLifecycleConfigurationDetails$ = AwsS3BucketBucketLifecycleConfigurationDetails$;
    exports.AwsS3BucketBucketLifecycleConfigurationRulesAbortIncompleteMultipartUploadDetails$ = AwsS3BucketBucketLifecycleConfigurationRulesAbortIncompleteMultipartUploadDetails$;
    exports.AwsS3BucketBucketLifecycleConfigurationRulesDetails$ = AwsS3BucketBucketLifecycleConfigurationRulesDetails$;
    exports.AwsS3BucketBucketLifecycleConfigurationRulesFilterDetails$ = AwsS3BucketBucketLifecycleConfigurationRulesFilterDetails$;
    exports.AwsS3BucketBucketLifecycleConfigurationRulesFilterPredicateDetails$ = AwsS3BucketBucketLifecycleConfigurationRulesFilterPredicateDetails$;
    exports.AwsS3BucketBucketLifecycleConfigurationRulesFilterPredicateOperandsDetails$ = AwsS3BucketBucketLifecycleConfigurationRulesFilterPredicateOperandsDetails$;
    exports.AwsS3BucketBucketLifecycleConfigurationRulesFilterPredicateOperandsTagDetails$ = AwsS3BucketBucketLifecycleConfigurationRulesFilterPredicateOperandsTagDetails$;
    exports.AwsS3BucketBucketLifecycleConfigurationRulesFilterPredicateTagDetails$ = AwsS3BucketBucketLifecycleConfigurationRulesFilterPredicateTagDetails$;
    exports.AwsS3BucketBucketLifecycleConfigurationRulesNoncurrentVersionTransitionsDetails$ = AwsS3BucketBucketLifecycleConfigurationRulesNoncurrentVersionTransitionsDetails$;
    exports.AwsS3BucketBucketLifecycleConfigurationRulesTransitionsDetails$ = AwsS3BucketBucketLifecycleConfigurationRulesTransitionsDetails$;
    exports.AwsS3BucketBucketVersioningConfiguration$ = AwsS3BucketBucketVersioningConfiguration$;
    exports.AwsS3BucketDetails$ = AwsS3BucketDetails$;
    exports.AwsS3BucketLoggingConfiguration$ = AwsS3BucketLoggingConfiguration$;
    exports.AwsS3BucketNotificationConfiguration$ = AwsS3BucketNotificationConfiguration$;
    exports.AwsS3BucketNotificationConfigurationDetail$ = AwsS3BucketNotificationConfigurationDetail$;
    exports.AwsS3BucketNotificationConfigurationFilter$ = AwsS3BucketNotificationConfigurationFilter$;
    exports.AwsS3BucketNotificationConfigurationS3KeyFilter$ = AwsS3BucketNotificationConfigurationS3KeyFilter$;
    exports.AwsS3BucketNotificationConfigurationS3KeyFilterRule$ = AwsS3BucketNotificationConfigurationS3KeyFilterRule$;
    exports.AwsS3BucketNotificationConfigurationS3KeyFilterRuleName = AwsS3BucketNotificationConfigurationS3KeyFilterRuleName;
    exports.AwsS3BucketObjectLockConfiguration$ = AwsS3BucketObjectLockConfiguration$;
    exports.AwsS3BucketObjectLockConfigurationRuleDefaultRetentionDetails$ = AwsS3BucketObjectLockConfigurationRuleDefaultRetentionDetails$;
    exports.AwsS3BucketObjectLockConfigurationRuleDetails$ = AwsS3BucketObjectLockConfigurationRuleDetails$;
    exports.AwsS3BucketServerSideEncryptionByDefault$ = AwsS3BucketServerSideEncryptionByDefault$;
    exports.AwsS3BucketServerSideEncryptionConfiguration$ = AwsS3BucketServerSideEncryptionConfiguration$;
    exports.AwsS3BucketServerSideEncryptionRule$ = AwsS3BucketServerSideEncryptionRule$;
    exports.AwsS3BucketWebsiteConfiguration$ = AwsS3BucketWebsiteConfiguration$;
    exports.AwsS3BucketWebsiteConfigurationRedirectTo$ = AwsS3BucketWebsiteConfigurationRedirectTo$;
    exports.AwsS3BucketWebsiteConfigurationRoutingRule$ = AwsS3BucketWebsiteConfigurationRoutingRule$;
    exports.AwsS3BucketWebsiteConfigurationRoutingRuleCondition$ = AwsS3BucketWebsiteConfigurationRoutingRuleCondition$;
    exports.AwsS3BucketWebsiteConfigurationRoutingRuleRedirect$ = AwsS3BucketWebsiteConfigurationRoutingRuleRedirect$;
    exports.AwsS3ObjectDetails$ = AwsS3ObjectDetails$;
    exports.AwsSageMakerNotebookInstanceDetails$ = AwsSageMakerNotebookInstanceDetails$;
    exports.AwsSageMakerNotebookInstanceMetadataServiceConfigurationDetails$ = AwsSageMakerNotebookInstanceMetadataServiceConfigurationDetails$;
    exports.AwsSecretsManagerSecretDetails$ = AwsSecretsManagerSecretDetails$;
    exports.AwsSecretsManagerSecretRotationRules$ = AwsSecretsManagerSecretRotationRules$;
    exports.AwsSecurityFinding$ = AwsSecurityFinding$;
    exports.AwsSecurityFindingFilters$ = AwsSecurityFindingFilters$;
    exports.AwsSecurityFindingIdentifier$ = AwsSecurityFindingIdentifier$;
    exports.AwsSnsTopicDetails$ = AwsSnsTopicDetails$;
    exports.AwsSnsTopicSubscription$ = AwsSnsTopicSubscription$;
    exports.AwsSqsQueueDetails$ = AwsSqsQueueDetails$;
    exports.AwsSsmComplianceSummary$ = AwsSsmComplianceSummary$;
    exports.AwsSsmPatch$ = AwsSsmPatch$;
    exports.AwsSsmPatchComplianceDetails$ = AwsSsmPatchComplianceDetails$;
    exports.AwsStepFunctionStateMachineDetails$ = AwsStepFunctionStateMachineDetails$;
    exports.AwsStepFunctionStateMachineLoggingConfigurationDestinationsCloudWatchLogsLogGroupDetails$ = AwsStepFunctionStateMachineLoggingConfigurationDestinationsCloudWatchLogsLogGroupDetails$;
    exports.AwsStepFunctionStateMachineLoggingConfigurationDestinationsDetails$ = AwsStepFunctionStateMachineLoggingConfigurationDestinationsDetails$;
    exports.AwsStepFunctionStateMachineLoggingConfigurationDetails$ = AwsStepFunctionStateMachineLoggingConfigurationDetails$;
    exports.AwsStepFunctionStateMachineTracingConfigurationDetails$ = AwsStepFunctionStateMachineTracingConfigurationDetails$;
    exports.AwsWafRateBasedRuleDetails$ = AwsWafRateBasedRuleDetails$;
    exports.AwsWafRateBasedRuleMatchPredicate$ = AwsWafRateBasedRuleMatchPredicate$;
    exports.AwsWafRegionalRateBasedRuleDetails$ = AwsWafRegionalRateBasedRuleDetails$;
    exports.AwsWafRegionalRateBasedRuleMatchPredicate$ = AwsWafRegionalRateBasedRuleMatchPredicate$;
    exports.AwsWafRegionalRuleDetails$ = AwsWafRegionalRuleDetails$;
    exports.AwsWafRegionalRuleGroupDetails$ = AwsWafRegionalRuleGroupDetails$;
    exports.AwsWafRegionalRuleGroupRulesActionDetails$ = AwsWafRegionalRuleGroupRulesActionDetails$;
    exports.AwsWafRegionalRuleGroupRulesDetails$ = AwsWafRegionalRuleGroupRulesDetails$;
    exports.AwsWafRegionalRulePredicateListDetails$ = AwsWafRegionalRulePredicateListDetails$;
    exports.AwsWafRegionalWebAclDetails$ = AwsWafRegionalWebAclDetails$;
    exports.AwsWafRegionalWebAclRulesListActionDetails$ = AwsWafRegionalWebAclRulesListActionDetails$;
    exports.AwsWafRegionalWebAclRulesListDetails$ = AwsWafRegionalWebAclRulesListDetails$;
    exports.AwsWafRegionalWebAclRulesListOverrideActionDetails$ = AwsWafRegionalWebAclRulesListOverrideActionDetails$;
    exports.AwsWafRuleDetails$ = AwsWafRuleDetails$;
    exports.AwsWafRuleGroupDetails$ = AwsWafRuleGroupDetails$;
    exports.AwsWafRuleGroupRulesActionDetails$ = AwsWafRuleGroupRulesActionDetails$;
    exports.AwsWafRuleGroupRulesDetails$ = AwsWafRuleGroupRulesDetails$;
    exports.AwsWafRulePredicateListDetails$ = AwsWafRulePredicateListDetails$;
    exports.AwsWafWebAclDetails$ = AwsWafWebAclDetails$;
    exports.AwsWafWebAclRule$ = AwsWafWebAclRule$;
    exports.AwsWafv2ActionAllowDetails$ = AwsWafv2ActionAllowDetails$;
    exports.AwsWafv2ActionBlockDetails$ = AwsWafv2ActionBlockDetails$;
    exports.AwsWafv2CustomHttpHeader$ = AwsWafv2CustomHttpHeader$;
    exports.AwsWafv2CustomRequestHandlingDetails$ = AwsWafv2CustomRequestHandlingDetails$;
    exports.AwsWafv2CustomResponseDetails$ = AwsWafv2CustomResponseDetails$;
    exports.AwsWafv2RuleGroupDetails$ = AwsWafv2RuleGroupDetails$;
    exports.AwsWafv2RulesActionCaptchaDetails$ = AwsWafv2RulesActionCaptchaDetails$;
    exports.AwsWafv2RulesActionCountDetails$ = AwsWafv2RulesActionCountDetails$;
    exports.AwsWafv2RulesActionDetails$ = AwsWafv2RulesActionDetails$;
    exports.AwsWafv2RulesDetails$ = AwsWafv2RulesDetails$;
    exports.AwsWafv2VisibilityConfigDetails$ = AwsWafv2VisibilityConfigDetails$;
    exports.AwsWafv2WebAclActionDetails$ = AwsWafv2WebAclActionDetails$;
    exports.AwsWafv2WebAclCaptchaConfigDetails$ = AwsWafv2WebAclCaptchaConfigDetails$;
    exports.AwsWafv2WebAclCaptchaConfigImmunityTimePropertyDetails$ = AwsWafv2WebAclCaptchaConfigImmunityTimePropertyDetails$;
    exports.AwsWafv2WebAclDetails$ = AwsWafv2WebAclDetails$;
    exports.AwsXrayEncryptionConfigDetails$ = AwsXrayEncryptionConfigDetails$;
    exports.AzureDetail$ = AzureDetail$;
    exports.AzureProviderConfiguration$ = AzureProviderConfiguration$;
    exports.AzureScopeConfiguration$ = AzureScopeConfiguration$;
    exports.AzureUpdateConfiguration$ = AzureUpdateConfiguration$;
    exports.BatchDeleteAutomationRules$ = BatchDeleteAutomationRules$;
    exports.BatchDeleteAutomationRulesCommand = BatchDeleteAutomationRulesCommand;
    exports.BatchDeleteAutomationRulesRequest$ = BatchDeleteAutomationRulesRequest$;
    exports.BatchDeleteAutomationRulesResponse$ = BatchDeleteAutomationRulesResponse$;
    exports.BatchDisableStandards$ = BatchDisableStandards$;
    exports.BatchDisableStandardsCommand = BatchDisableStandardsCommand;
    exports.BatchDisableStandardsRequest$ = BatchDisableStandardsRequest$;
    exports.BatchDisableStandardsResponse$ = BatchDisableStandardsResponse$;
    exports.BatchEnableStandards$ = BatchEnableStandards$;
    exports.BatchEnableStandardsCommand = BatchEnableStandardsCommand;
    exports.BatchEnableStandardsRequest$ = BatchEnableStandardsRequest$;
    exports.BatchEnableStandardsResponse$ = BatchEnableStandardsResponse$;
    exports.BatchGetAutomationRules$ = BatchGetAutomationRules$;
    exports.BatchGetAutomationRulesCommand = BatchGetAutomationRulesCommand;
    exports.BatchGetAutomationRulesRequest$ = BatchGetAutomationRulesRequest$;
    exports.BatchGetAutomationRulesResponse$ = BatchGetAutomationRulesResponse$;
    exports.BatchGetConfigurationPolicyAssociations$ = BatchGetConfigurationPolicyAssociations$;
    exports.BatchGetConfigurationPolicyAssociationsCommand = BatchGetConfigurationPolicyAssociationsCommand;
    exports.BatchGetConfigurationPolicyAssociationsRequest$ = BatchGetConfigurationPolicyAssociationsRequest$;
    exports.BatchGetConfigurationPolicyAssociationsResponse$ = BatchGetConfigurationPolicyAssociationsResponse$;
    exports.BatchGetSecurityControls$ = BatchGetSecurityControls$;
    exports.BatchGetSecurityControlsCommand = BatchGetSecurityControlsCommand;
    exports.BatchGetSecurityControlsRequest$ = BatchGetSecurityControlsRequest$;
    exports.BatchGetSecurityControlsResponse$ = BatchGetSecurityControlsResponse$;
    exports.BatchGetStandardsControlAssociations$ = BatchGetStandardsControlAssociations$;
    exports.BatchGetStandardsControlAssociationsCommand = BatchGetStandardsControlAssociationsCommand;
    exports.BatchGetStandardsControlAssociationsRequest$ = BatchGetStandardsControlAssociationsRequest$;
    exports.BatchGetStandardsControlAssociationsResponse$ = BatchGetStandardsControlAssociationsResponse$;
    exports.BatchImportFindings$ = BatchImportFindings$;
    exports.BatchImportFindingsCommand = BatchImportFindingsCommand;
    exports.BatchImportFindingsRequest$ = BatchImportFindingsRequest$;
    exports.BatchImportFindingsResponse$ = BatchImportFindingsResponse$;
    exports.BatchUpdateAutomationRules$ = BatchUpdateAutomationRules$;
    exports.BatchUpdateAutomationRulesCommand = BatchUpdateAutomationRulesCommand;
    exports.BatchUpdateAutomationRulesRequest$ = BatchUpdateAutomationRulesRequest$;
    exports.BatchUpdateAutomationRulesResponse$ = BatchUpdateAutomationRulesResponse$;
    exports.BatchUpdateFindings$ = BatchUpdateFindings$;
    exports.BatchUpdateFindingsCommand = BatchUpdateFindingsCommand;
    exports.BatchUpdateFindingsRequest$ = BatchUpdateFindingsRequest$;
    exports.BatchUpdateFindingsResponse$ = BatchUpdateFindingsResponse$;
    exports.BatchUpdateFindingsUnprocessedFinding$ = BatchUpdateFindingsUnprocessedFinding$;
    exports.BatchUpdateFindingsV2$ = BatchUpdateFindingsV2$;
    exports.BatchUpdateFindingsV2Command = BatchUpdateFindingsV2Command;
    exports.BatchUpdateFindingsV2ProcessedFinding$ = BatchUpdateFindingsV2ProcessedFinding$;
    exports.BatchUpdateFindingsV2Request$ = BatchUpdateFindingsV2Request$;
    exports.BatchUpdateFindingsV2Response$ = BatchUpdateFindingsV2Response$;
    exports.BatchUpdateFindingsV2UnprocessedFinding$ = BatchUpdateFindingsV2UnprocessedFinding$;
    exports.BatchUpdateFindingsV2UnprocessedFindingErrorCode = BatchUpdateFindingsV2UnprocessedFindingErrorCode;
    exports.BatchUpdateStandardsControlAssociations$ = BatchUpdateStandardsControlAssociations$;
    exports.BatchUpdateStandardsControlAssociationsCommand = BatchUpdateStandardsControlAssociationsCommand;
    exports.BatchUpdateStandardsControlAssociationsRequest$ = BatchUpdateStandardsControlAssociationsRequest$;
    exports.BatchUpdateStandardsControlAssociationsResponse$ = BatchUpdateStandardsControlAssociationsResponse$;
    exports.BooleanConfigurationOptions$ = BooleanConfigurationOptions$;
    exports.BooleanFilter$ = BooleanFilter$;
    exports.Cell$ = Cell$;
    exports.CidrBlockAssociation$ = CidrBlockAssociation$;
    exports.City$ = City$;
    exports.ClassificationResult$ = ClassificationResult$;
    exports.ClassificationStatus$ = ClassificationStatus$;
    exports.CloudProviderName = CloudProviderName;
    exports.CloudWatchLogsLogGroupArnConfigDetails$ = CloudWatchLogsLogGroupArnConfigDetails$;
    exports.CodeRepositoryDetails$ = CodeRepositoryDetails$;
    exports.CodeVulnerabilitiesFilePath$ = CodeVulnerabilitiesFilePath$;
    exports.Compliance$ = Compliance$;
    exports.ComplianceStatus = ComplianceStatus;
    exports.CompositeFilter$ = CompositeFilter$;
    exports.ConfigurationOptions$ = ConfigurationOptions$;
    exports.ConfigurationPolicyAssociation$ = ConfigurationPolicyAssociation$;
    exports.ConfigurationPolicyAssociationStatus = ConfigurationPolicyAssociationStatus;
    exports.ConfigurationPolicyAssociationSummary$ = ConfigurationPolicyAssociationSummary$;
    exports.ConfigurationPolicySummary$ = ConfigurationPolicySummary$;
    exports.ConflictException = ConflictException;
    exports.ConflictException$ = ConflictException$;
    exports.ConnectionDirection = ConnectionDirection;
    exports.ConnectorAuthStatus = ConnectorAuthStatus;
    exports.ConnectorProviderName = ConnectorProviderName;
    exports.ConnectorStatus = ConnectorStatus;
    exports.ConnectorSummary$ = ConnectorSummary$;
    exports.ContainerDetails$ = ContainerDetails$;
    exports.ControlFindingGenerator = ControlFindingGenerator;
    exports.ControlStatus = ControlStatus;
    exports.Country$ = Country$;
    exports.CreateActionTarget$ = CreateActionTarget$;
    exports.CreateActionTargetCommand = CreateActionTargetCommand;
    exports.CreateActionTargetRequest$ = CreateActionTargetRequest$;
    exports.CreateActionTargetResponse$ = CreateActionTargetResponse$;
    exports.CreateAggregatorV2$ = CreateAggregatorV2$;
    exports.CreateAggregatorV2Command = CreateAggregatorV2Command;
    exports.CreateAggregatorV2Request$ = CreateAggregatorV2Request$;
    exports.CreateAggregatorV2Response$ = CreateAggregatorV2Response$;
    exports.CreateAutomationRule$ = CreateAutomationRule$;
    exports.CreateAutomationRuleCommand = CreateAutomationRuleCommand;
    exports.CreateAutomationRuleRequest$ = CreateAutomationRuleRequest$;
    exports.CreateAutomationRuleResponse$ = CreateAutomationRuleResponse$;
    exports.CreateAutomationRuleV2$ = CreateAutomationRuleV2$;
    exports.CreateAutomationRuleV2Command = CreateAutomationRuleV2Command;
    exports.CreateAutomationRuleV2Request$ = CreateAutomationRuleV2Request$;
    exports.CreateAutomationRuleV2Response$ = CreateAutomationRuleV2Response$;
    exports.CreateConfigurationPolicy$ = CreateConfigurationPolicy$;
    exports.CreateConfigurationPolicyCommand = CreateConfigurationPolicyCommand;
    exports.CreateConfigurationPolicyRequest$ = CreateConfigurationPolicyRequest$;
    exports.CreateConfigurationPolicyResponse$ = CreateConfigurationPolicyResponse$;
    exports.CreateConnector$ = CreateConnector$;
    exports.CreateConnectorCommand = CreateConnectorCommand;
    exports.CreateConnectorRequest$ = CreateConnectorRequest$;
    exports.CreateConnectorResponse$ = CreateConnectorResponse$;
    exports.CreateConnectorV2$ = CreateConnectorV2$;
    exports.CreateConnectorV2Command = CreateConnectorV2Command;
    exports.CreateConnectorV2Request$ = CreateConnectorV2Request$;
    exports.CreateConnectorV2Response$ = CreateConnectorV2Response$;
    exports.CreateFindingAggregator$ = CreateFindingAggregator$;
    exports.CreateFindingAggregatorCommand = CreateFindingAggregatorCommand;
    exports.CreateFindingAggregatorRequest$ = CreateFindingAggregatorRequest$;
    exports.CreateFindingAggregatorResponse$ = CreateFindingAggregatorResponse$;
    exports.CreateInsight$ = CreateInsight$;
    exports.CreateInsightCommand = CreateInsightCommand;
    exports.CreateInsightRequest$ = CreateInsightRequest$;
    exports.CreateInsightResponse$ = CreateInsightResponse$;
    exports.CreateMembers$ = CreateMembers$;
    exports.CreateMembersCommand = CreateMembersCommand;
    exports.CreateMembersRequest$ = CreateMembersRequest$;
    exports.CreateMembersResponse$ = CreateMembersResponse$;
    exports.CreateTicketV2$ = CreateTicketV2$;
    exports.CreateTicketV2Command = CreateTicketV2Command;
    exports.CreateTicketV2Request$ = CreateTicketV2Request$;
    exports.CreateTicketV2Response$ = CreateTicketV2Response$;
    exports.Criteria$ = Criteria$;
    exports.CspmConnectorProviderName = CspmConnectorProviderName;
    exports.CspmConnectorStatus = CspmConnectorStatus;
    exports.CspmConnectorSummary$ = CspmConnectorSummary$;
    exports.CspmEnablementStatus = CspmEnablementStatus;
    exports.CspmHealthCheck$ = CspmHealthCheck$;
    exports.CspmProviderConfiguration$ = CspmProviderConfiguration$;
    exports.CspmProviderDetail$ = CspmProviderDetail$;
    exports.CspmProviderSummary$ = CspmProviderSummary$;
    exports.CspmProviderUpdateConfiguration$ = CspmProviderUpdateConfiguration$;
    exports.CustomDataIdentifiersDetections$ = CustomDataIdentifiersDetections$;
    exports.CustomDataIdentifiersResult$ = CustomDataIdentifiersResult$;
    exports.Cvss$ = Cvss$;
    exports.DataClassificationDetails$ = DataClassificationDetails$;
    exports.DateFilter$ = DateFilter$;
    exports.DateRange$ = DateRange$;
    exports.DateRangeComparison = DateRangeComparison;
    exports.DateRangeUnit = DateRangeUnit;
    exports.DeclineInvitations$ = DeclineInvitations$;
    exports.DeclineInvitationsCommand = DeclineInvitationsCommand;
    exports.DeclineInvitationsRequest$ = DeclineInvitationsRequest$;
    exports.DeclineInvitationsResponse$ = DeclineInvitationsResponse$;
    exports.DeleteActionTarget$ = DeleteActionTarget$;
    exports.DeleteActionTargetCommand = DeleteActionTargetCommand;
    exports.DeleteActionTargetRequest$ = DeleteActionTargetRequest$;
    exports.DeleteActionTargetResponse$ = DeleteActionTargetResponse$;
    exports.DeleteAggregatorV2$ = DeleteAggregatorV2$;
    exports.DeleteAggregatorV2Command = DeleteAggregatorV2Command;
    exports.DeleteAggregatorV2Request$ = DeleteAggregatorV2Request$;
    exports.DeleteAggregatorV2Response$ = DeleteAggregatorV2Response$;
    exports.DeleteAutomationRuleV2$ = DeleteAutomationRuleV2$;
    exports.DeleteAutomationRuleV2Command = DeleteAutomationRuleV2Command;
    exports.DeleteAutomationRuleV2Request$ = DeleteAutomationRuleV2Request$;
    exports.DeleteAutomationRuleV2Response$ = DeleteAutomationRuleV2Response$;
    exports.DeleteConfigurationPolicy$ = DeleteConfigurationPolicy$;
    exports.DeleteConfigurationPolicyCommand = DeleteConfigurationPolicyCommand;
    exports.DeleteConfigurationPolicyRequest$ = DeleteConfigurationPolicyRequest$;
    exports.DeleteConfigurationPolicyResponse$ = DeleteConfigurationPolicyResponse$;
    exports.DeleteConnector$ = DeleteConnector$;
    exports.DeleteConnectorCommand = DeleteConnectorCommand;
    exports.DeleteConnectorRequest$ = DeleteConnectorRequest$;
    exports.DeleteConnectorResponse$ = DeleteConnectorResponse$;
    exports.DeleteConnectorV2$ = DeleteConnectorV2$;
    exports.DeleteConnectorV2Command = DeleteConnectorV2Command;
    exports.DeleteConnectorV2Request$ = DeleteConnectorV2Request$;
    exports.DeleteConnectorV2Response$ = DeleteConnectorV2Response$;
    exports.DeleteFindingAggregator$ = DeleteFindingAggregator$;
    exports.DeleteFindingAggregatorCommand = DeleteFindingAggregatorCommand;
    exports.DeleteFindingAggregatorRequest$ = DeleteFindingAggregatorRequest$;
    exports.DeleteFindingAggregatorResponse$ = DeleteFindingAggregatorResponse$;
    exports.DeleteInsight$ = DeleteInsight$;
    exports.DeleteInsightCommand = DeleteInsightCommand;
    exports.DeleteInsightRequest$ = DeleteInsightRequest$;
    exports.DeleteInsightResponse$ = DeleteInsightResponse$;
    exports.DeleteInvitations$ = DeleteInvitations$;
    exports.DeleteInvitationsCommand = DeleteInvitationsCommand;
    exports.DeleteInvitationsRequest$ = DeleteInvitationsRequest$;
    exports.DeleteInvitationsResponse$ = DeleteInvitationsResponse$;
    exports.DeleteMembers$ = DeleteMembers$;
    exports.DeleteMembersCommand = DeleteMembersCommand;
    exports.DeleteMembersRequest$ = DeleteMembersRequest$;
    exports.DeleteMembersResponse$ = DeleteMembersResponse$;
    exports.DescribeActionTargets$ = DescribeActionTargets$;
    exports.DescribeActionTargetsCommand = DescribeActionTargetsCommand;
    exports.DescribeActionTargetsRequest$ = DescribeActionTargetsRequest$;
    exports.DescribeActionTargetsResponse$ = DescribeActionTargetsResponse$;
    exports.DescribeHub$ = DescribeHub$;
    exports.DescribeHubCommand = DescribeHubCommand;
    exports.DescribeHubRequest$ = DescribeHubRequest$;
    exports.DescribeHubResponse$ = DescribeHubResponse$;
    exports.DescribeOrganizationConfiguration$ = DescribeOrganizationConfiguration$;
    exports.DescribeOrganizationConfigurationCommand = DescribeOrganizationConfigurationCommand;
    exports.DescribeOrganizationConfigurationRequest$ = DescribeOrganizationConfigurationRequest$;
    exports.DescribeOrganizationConfigurationResponse$ = DescribeOrganizationConfigurationResponse$;
    exports.DescribeProducts$ = DescribeProducts$;
    exports.DescribeProductsCommand = DescribeProductsCommand;
    exports.DescribeProductsRequest$ = DescribeProductsRequest$;
    exports.DescribeProductsResponse$ = DescribeProductsResponse$;
    exports.DescribeProductsV2$ = DescribeProductsV2$;
    exports.DescribeProductsV2Command = DescribeProductsV2Command;
    exports.DescribeProductsV2Request$ = DescribeProductsV2Request$;
    exports.DescribeProductsV2Response$ = DescribeProductsV2Response$;
    exports.DescribeSecurityHubV2$ = DescribeSecurityHubV2$;
    exports.DescribeSecurityHubV2Command = DescribeSecurityHubV2Command;
    exports.DescribeSecurityHubV2Request$ = DescribeSecurityHubV2Request$;
    exports.DescribeSecurityHubV2Response$ = DescribeSecurityHubV2Response$;
    exports.DescribeStandards$ = DescribeStandards$;
    exports.DescribeStandardsCommand = DescribeStandardsCommand;
    exports.DescribeStandardsControls$ = DescribeStandardsControls$;
    exports.DescribeStandardsControlsCommand = DescribeStandardsControlsCommand;
    exports.DescribeStandardsControlsRequest$ = DescribeStandardsControlsRequest$;
    exports.DescribeStandardsControlsResponse$ = DescribeStandardsControlsResponse$;
    exports.DescribeStandardsRequest$ = DescribeStandardsRequest$;
    exports.DescribeStandardsResponse$ = DescribeStandardsResponse$;
    exports.Detection$ = Detection$;
    exports.DisableImportFindingsForProduct$ = DisableImportFindingsForProduct$;
    exports.DisableImportFindingsForProductCommand = DisableImportFindingsForProductCommand;
    exports.DisableImportFindingsForProductRequest$ = DisableImportFindingsForProductRequest$;
    exports.DisableImportFindingsForProductResponse$ = DisableImportFindingsForProductResponse$;
    exports.DisableOrganizationAdminAccount$ = DisableOrganizationAdminAccount$;
    exports.DisableOrganizationAdminAccountCommand = DisableOrganizationAdminAccountCommand;
    exports.DisableOrganizationAdminAccountRequest$ = DisableOrganizationAdminAccountRequest$;
    exports.DisableOrganizationAdminAccountResponse$ = DisableOrganizationAdminAccountResponse$;
    exports.DisableSecurityHub$ = DisableSecurityHub$;
    exports.DisableSecurityHubCommand = DisableSecurityHubCommand;
    exports.DisableSecurityHubFeatureV2$ = DisableSecurityHubFeatureV2$;
    exports.DisableSecurityHubFeatureV2Command = DisableSecurityHubFeatureV2Command;
    exports.DisableSecurityHubFeatureV2Request$ = DisableSecurityHubFeatureV2Request$;
    exports.DisableSecurityHubFeatureV2Response$ = DisableSecurityHubFeatureV2Response$;
    exports.DisableSecurityHubRequest$ = DisableSecurityHubRequest$;
    exports.DisableSecurityHubResponse$ = DisableSecurityHubResponse$;
    exports.DisableSecurityHubV2$ = DisableSecurityHubV2$;
    exports.DisableSecurityHubV2Command = DisableSecurityHubV2Command;
    exports.DisableSecurityHubV2Request$ = DisableSecurityHubV2Request$;
    exports.DisableSecurityHubV2Response$ = DisableSecurityHubV2Response$;
    exports.DisassociateFromAdministratorAccount$ = DisassociateFromAdministratorAccount$;
    exports.DisassociateFromAdministratorAccountCommand = DisassociateFromAdministratorAccountCommand;
    exports.DisassociateFromAdministratorAccountRequest$ = DisassociateFromAdministratorAccountRequest$;
    exports.DisassociateFromAdministratorAccountResponse$ = DisassociateFromAdministratorAccountResponse$;
    exports.DisassociateFromMasterAccount$ = DisassociateFromMasterAccount$;
    exports.DisassociateFromMasterAccountCommand = DisassociateFromMasterAccountCommand;
    exports.DisassociateFromMasterAccountRequest$ = DisassociateFromMasterAccountRequest$;
    exports.DisassociateFromMasterAccountResponse$ = DisassociateFromMasterAccountResponse$;
    exports.DisassociateMembers$ = DisassociateMembers$;
    exports.DisassociateMembersCommand = DisassociateMembersCommand;
    exports.DisassociateMembersRequest$ = DisassociateMembersRequest$;
    exports.DisassociateMembersResponse$ = DisassociateMembersResponse$;
    exports.DiscoveryType = DiscoveryType;
    exports.DnsRequestAction$ = DnsRequestAction$;
    exports.DoubleConfigurationOptions$ = DoubleConfigurationOptions$;
    exports.EnableImportFindingsForProduct$ = EnableImportFindingsForProduct$;
    exports.EnableImportFindingsForProductCommand = EnableImportFindingsForProductCommand;
    exports.EnableImportFindingsForProductRequest$ = EnableImportFindingsForProductRequest$;
    exports.EnableImportFindingsForProductResponse$ = EnableImportFindingsForProductResponse$;
    exports.EnableOrganizationAdminAccount$ = EnableOrganizationAdminAccount$;
    exports.EnableOrganizationAdminAccountCommand = EnableOrganizationAdminAccountCommand;
    exports.EnableOrganizationAdminAccountRequest$ = EnableOrganizationAdminAccountRequest$;
    exports.EnableOrganizationAdminAccountResponse$ = EnableOrganizationAdminAccountResponse$;
    exports.EnableSecurityHub$ = EnableSecurityHub$;
    exports.EnableSecurityHubCommand = EnableSecurityHubCommand;
    exports.EnableSecurityHubFeatureV2$ = EnableSecurityHubFeatureV2$;
    exports.EnableSecurityHubFeatureV2Command = EnableSecurityHubFeatureV2Command;
    exports.EnableSecurityHubFeatureV2Request$ = EnableSecurityHubFeatureV2Request$;
    exports.EnableSecurityHubFeatureV2Response$ = EnableSecurityHubFeatureV2Response$;
    exports.EnableSecurityHubRequest$ = EnableSecurityHubRequest$;
    exports.EnableSecurityHubResponse$ = EnableSecurityHubResponse$;
    exports.EnableSecurityHubV2$ = EnableSecurityHubV2$;
    exports.EnableSecurityHubV2Command = EnableSecurityHubV2Command;
    exports.EnableSecurityHubV2Request$ = EnableSecurityHubV2Request$;
    exports.EnableSecurityHubV2Response$ = EnableSecurityHubV2Response$;
    exports.EnablementStatus = EnablementStatus;
    exports.EnumConfigurationOptions$ = EnumConfigurationOptions$;
    exports.EnumListConfigurationOptions$ = EnumListConfigurationOptions$;
    exports.ExternalIntegrationConfiguration$ = ExternalIntegrationConfiguration$;
    exports.FeatureDetail$ = FeatureDetail$;
    exports.FeatureName = FeatureName;
    exports.FeatureStatus = FeatureStatus;
    exports.FilePaths$ = FilePaths$;
    exports.FindingAggregator$ = FindingAggregator$;
    exports.FindingHistoryRecord$ = FindingHistoryRecord$;
    exports.FindingHistoryUpdate$ = FindingHistoryUpdate$;
    exports.FindingHistoryUpdateSource$ = FindingHistoryUpdateSource$;
    exports.FindingHistoryUpdateSourceType = FindingHistoryUpdateSourceType;
    exports.FindingProviderFields$ = FindingProviderFields$;
    exports.FindingProviderSeverity$ = FindingProviderSeverity$;
    exports.FindingScopes$ = FindingScopes$;
    exports.FindingsTrendsCompositeFilter$ = FindingsTrendsCompositeFilter$;
    exports.FindingsTrendsFilters$ = FindingsTrendsFilters$;
    exports.FindingsTrendsStringField = FindingsTrendsStringField;
    exports.FindingsTrendsStringFilter$ = FindingsTrendsStringFilter$;
    exports.FirewallPolicyDetails$ = FirewallPolicyDetails$;
    exports.FirewallPolicyStatefulRuleGroupReferencesDetails$ = FirewallPolicyStatefulRuleGroupReferencesDetails$;
    exports.FirewallPolicyStatelessCustomActionsDetails$ = FirewallPolicyStatelessCustomActionsDetails$;
    exports.FirewallPolicyStatelessRuleGroupReferencesDetails$ = FirewallPolicyStatelessRuleGroupReferencesDetails$;
    exports.FreeTrialStatus$ = FreeTrialStatus$;
    exports.FreeTrialStatusValue = FreeTrialStatusValue;
    exports.FreeTrialType = FreeTrialType;
    exports.GenerateRecommendedPolicyV2$ = GenerateRecommendedPolicyV2$;
    exports.GenerateRecommendedPolicyV2Command = GenerateRecommendedPolicyV2Command;
    exports.GenerateRecommendedPolicyV2Request$ = GenerateRecommendedPolicyV2Request$;
    exports.GenerateRecommendedPolicyV2Response$ = GenerateRecommendedPolicyV2Response$;
    exports.GeneratorDetails$ = GeneratorDetails$;
    exports.GeoLocation$ = GeoLocation$;
    exports.GetAdministratorAccount$ = GetAdministratorAccount$;
    exports.GetAdministratorAccountCommand = GetAdministratorAccountCommand;
    exports.GetAdministratorAccountRequest$ = GetAdministratorAccountRequest$;
    exports.GetAdministratorAccountResponse$ = GetAdministratorAccountResponse$;
    exports.GetAggregatorV2$ = GetAggregatorV2$;
    exports.GetAggregatorV2Command = GetAggregatorV2Command;
    exports.GetAggregatorV2Request$ = GetAggregatorV2Request$;
    exports.GetAggregatorV2Response$ = GetAggregatorV2Response$;
    exports.GetAutomationRuleV2$ = GetAutomationRuleV2$;
    exports.GetAutomationRuleV2Command = GetAutomationRuleV2Command;
    exports.GetAutomationRuleV2Request$ = GetAutomationRuleV2Request$;
    exports.GetAutomationRuleV2Response$ = GetAutomationRuleV2Response$;
    exports.GetConfigurationPolicy$ = GetConfigurationPolicy$;
    exports.GetConfigurationPolicyAssociation$ = GetConfigurationPolicyAssociation$;
    exports.GetConfigurationPolicyAssociationCommand = GetConfigurationPolicyAssociationCommand;
    exports.GetConfigurationPolicyAssociationRequest$ = GetConfigurationPolicyAssociationRequest$;
    exports.GetConfigurationPolicyAssociationResponse$ = GetConfigurationPolicyAssociationResponse$;
    exports.GetConfigurationPolicyCommand = GetConfigurationPolicyCommand;
    exports.GetConfigurationPolicyRequest$ = GetConfigurationPolicyRequest$;
    exports.GetConfigurationPolicyResponse$ = GetConfigurationPolicyResponse$;
    exports.GetConnector$ = GetConnector$;
    exports.GetConnectorCommand = GetConnectorCommand;
    exports.GetConnectorRequest$ = GetConnectorRequest$;
    exports.GetConnectorResponse$ = GetConnectorResponse$;
    exports.GetConnectorV2$ = GetConnectorV2$;
    exports.GetConnectorV2Command = GetConnectorV2Command;
    exports.GetConnectorV2Request$ = GetConnectorV2Request$;
    exports.GetConnectorV2Response$ = GetConnectorV2Response$;
    exports.GetEnabledStandards$ = GetEnabledStandards$;
    exports.GetEnabledStandardsCommand = GetEnabledStandardsCommand;
    exports.GetEnabledStandardsRequest$ = GetEnabledStandardsRequest$;
    exports.GetEnabledStandardsResponse$ = GetEnabledStandardsResponse$;
    exports.GetFindingAggregator$ = GetFindingAggregator$;
    exports.GetFindingAggregatorCommand = GetFindingAggregatorCommand;
    exports.GetFindingAggregatorRequest$ = GetFindingAggregatorRequest$;
    exports.GetFindingAggregatorResponse$ = GetFindingAggregatorResponse$;
    exports.GetFindingHistory$ = GetFindingHistory$;
    exports.GetFindingHistoryCommand = GetFindingHistoryCommand;
    exports.GetFindingHistoryRequest$ = GetFindingHistoryRequest$;
    exports.GetFindingHistoryResponse$ = GetFindingHistoryResponse$;
    exports.GetFindingStatisticsV2$ = GetFindingStatisticsV2$;
    exports.GetFindingStatisticsV2Command = GetFindingStatisticsV2Command;
    exports.GetFindingStatisticsV2Request$ = GetFindingStatisticsV2Request$;
    exports.GetFindingStatisticsV2Response$ = GetFindingStatisticsV2Response$;
    exports.GetFindings$ = GetFindings$;
    exports.GetFindingsCommand = GetFindingsCommand;
    exports.GetFindingsRequest$ = GetFindingsRequest$;
    exports.GetFindingsResponse$ = GetFindingsResponse$;
    exports.GetFindingsTrendsV2$ = GetFindingsTrendsV2$;
    exports.GetFindingsTrendsV2Command = GetFindingsTrendsV2Command;
    exports.GetFindingsTrendsV2Request$ = GetFindingsTrendsV2Request$;
    exports.GetFindingsTrendsV2Response$ = GetFindingsTrendsV2Response$;
    exports.GetFindingsV2$ = GetFindingsV2$;
    exports.GetFindingsV2Command = GetFindingsV2Command;
    exports.GetFindingsV2Request$ = GetFindingsV2Request$;
    exports.GetFindingsV2Response$ = GetFindingsV2Response$;
    exports.GetInsightResults$ = GetInsightResults$;
    exports.GetInsightResultsCommand = GetInsightResultsCommand;
    exports.GetInsightResultsRequest$ = GetInsightResultsRequest$;
    exports.GetInsightResultsResponse$ = GetInsightResultsResponse$;
    exports.GetInsights$ = GetInsights$;
    exports.GetInsightsCommand = GetInsightsCommand;
    exports.GetInsightsRequest$ = GetInsightsRequest$;
    exports.GetInsightsResponse$ = GetInsightsResponse$;
    exports.GetInvitationsCount$ = GetInvitationsCount$;
    exports.GetInvitationsCountCommand = GetInvitationsCountCommand;
    exports.GetInvitationsCountRequest$ = GetInvitationsCountRequest$;
    exports.GetInvitationsCountResponse$ = GetInvitationsCountResponse$;
    exports.GetMasterAccount$ = GetMasterAccount$;
    exports.GetMasterAccountCommand = GetMasterAccountCommand;
    exports.GetMasterAccountRequest$ = GetMasterAccountRequest$;
    exports.GetMasterAccountResponse$ = GetMasterAccountResponse$;
    exports.GetMembers$ = GetMembers$;
    exports.GetMembersCommand = GetMembersCommand;
    exports.GetMembersRequest$ = GetMembersRequest$;
    exports.GetMembersResponse$ = GetMembersResponse$;
    exports.GetRecommendedPolicyV2$ = GetRecommendedPolicyV2$;
    exports.GetRecommendedPolicyV2Command = GetRecommendedPolicyV2Command;
    exports.GetRecommendedPolicyV2Request$ = GetRecommendedPolicyV2Request$;
    exports.GetRecommendedPolicyV2Response$ = GetRecommendedPolicyV2Response$;
    exports.GetResourcesStatisticsV2$ = GetResourcesStatisticsV2$;
    exports.GetResourcesStatisticsV2Command = GetResourcesStatisticsV2Command;
    exports.GetResourcesStatisticsV2Request$ = GetResourcesStatisticsV2Request$;
    exports.GetResourcesStatisticsV2Response$ = GetResourcesStatisticsV2Response$;
    exports.GetResourcesTrendsV2$ = GetResourcesTrendsV2$;
    exports.GetResourcesTrendsV2Command = GetResourcesTrendsV2Command;
    exports.GetResourcesTrendsV2Request$ = GetResourcesTrendsV2Request$;
    exports.GetResourcesTrendsV2Response$ = GetResourcesTrendsV2Response$;
    exports.GetResourcesV2$ = GetResourcesV2$;
    exports.GetResourcesV2Command = GetResourcesV2Command;
    exports.GetResourcesV2Request$ = GetResourcesV2Request$;
    exports.GetResourcesV2Response$ = GetResourcesV2Response$;
    exports.GetSecurityControlDefinition$ = GetSecurityControlDefinition$;
    exports.GetSecurityControlDefinitionCommand = GetSecurityControlDefinitionCommand;
    exports.GetSecurityControlDefinitionRequest$ = GetSecurityControlDefinitionRequest$;
    exports.GetSecurityControlDefinitionResponse$ = GetSecurityControlDefinitionResponse$;
    exports.GranularityField = GranularityField;
    exports.GroupByField = GroupByField;
    exports.GroupByResult$ = GroupByResult$;
    exports.GroupByRule$ = GroupByRule$;
    exports.GroupByValue$ = GroupByValue$;
    exports.HealthCheck$ = HealthCheck$;
    exports.HealthIssue$ = HealthIssue$;
    exports.HealthIssueCode = HealthIssueCode;
    exports.IcmpTypeCode$ = IcmpTypeCode$;
    exports.ImportFindingsError$ = ImportFindingsError$;
    exports.Indicator$ = Indicator$;
    exports.Insight$ = Insight$;
    exports.InsightResultValue$ = InsightResultValue$;
    exports.InsightResults$ = InsightResults$;
    exports.IntegerConfigurationOptions$ = IntegerConfigurationOptions$;
    exports.IntegerListConfigurationOptions$ = IntegerListConfigurationOptions$;
    exports.IntegrationType = IntegrationType;
    exports.IntegrationV2Type = IntegrationV2Type;
    exports.InternalException = InternalException;
    exports.InternalException$ = InternalException$;
    exports.InternalServerException = InternalServerException;
    exports.InternalServerException$ = InternalServerException$;
    exports.InvalidAccessException = InvalidAccessException;
    exports.InvalidAccessException$ = InvalidAccessException$;
    exports.InvalidInputException = InvalidInputException;
    exports.InvalidInputException$ = InvalidInputException$;
    exports.Invitation$ = Invitation$;
    exports.InviteMembers$ = InviteMembers$;
    exports.InviteMembersCommand = InviteMembersCommand;
    exports.InviteMembersRequest$ = InviteMembersRequest$;
    exports.InviteMembersResponse$ = InviteMembersResponse$;
    exports.IpFilter$ = IpFilter$;
    exports.IpOrganizationDetails$ = IpOrganizationDetails$;
    exports.Ipv6CidrBlockAssociation$ = Ipv6CidrBlockAssociation$;
    exports.JiraCloudDetail$ = JiraCloudDetail$;
    exports.JiraCloudProviderConfiguration$ = JiraCloudProviderConfiguration$;
    exports.JiraCloudUpdateConfiguration$ = JiraCloudUpdateConfiguration$;
    exports.KeywordFilter$ = KeywordFilter$;
    exports.LimitExceededException = LimitExceededException;
    exports.LimitExceededException$ = LimitExceededException$;
    exports.ListAggregatorsV2$ = ListAggregatorsV2$;
    exports.ListAggregatorsV2Command = ListAggregatorsV2Command;
    exports.ListAggregatorsV2Request$ = ListAggregatorsV2Request$;
    exports.ListAggregatorsV2Response$ = ListAggregatorsV2Response$;
    exports.ListAutomationRules$ = ListAutomationRules$;
    exports.ListAutomationRulesCommand = ListAutomationRulesCommand;
    exports.ListAutomationRulesRequest$ = ListAutomationRulesRequest$;
    exports.ListAutomationRulesResponse$ = ListAutomationRulesResponse$;
    exports.ListAutomationRulesV2$ = ListAutomationRulesV2$;
    exports.ListAutomationRulesV2Command = ListAutomationRulesV2Command;
    exports.ListAutomationRulesV2Request$ = ListAutomationRulesV2Request$;
    exports.ListAutomationRulesV2Response$ = ListAutomationRulesV2Response$;
    exports.ListConfigurationPolicies$ = ListConfigurationPolicies$;
    exports.ListConfigurationPoliciesCommand = ListConfigurationPoliciesCommand;
    exports.ListConfigurationPoliciesRequest$ = ListConfigurationPoliciesRequest$;
    exports.ListConfigurationPoliciesResponse$ = ListConfigurationPoliciesResponse$;
    exports.ListConfigurationPolicyAssociations$ = ListConfigurationPolicyAssociations$;
    exports.ListConfigurationPolicyAssociationsCommand = ListConfigurationPolicyAssociationsCommand;
    exports.ListConfigurationPolicyAssociationsRequest$ = ListConfigurationPolicyAssociationsRequest$;
    exports.ListConfigurationPolicyAssociationsResponse$ = ListConfigurationPolicyAssociationsResponse$;
    exports.ListConnectors$ = ListConnectors$;
    exports.ListConnectorsCommand = ListConnectorsCommand;
    exports.ListConnectorsRequest$ = ListConnectorsRequest$;
    exports.ListConnectorsResponse$ = ListConnectorsResponse$;
    exports.ListConnectorsV2$ = ListConnectorsV2$;
    exports.ListConnectorsV2Command = ListConnectorsV2Command;
    exports.ListConnectorsV2Request$ = ListConnectorsV2Request$;
    exports.ListConnectorsV2Response$ = ListConnectorsV2Response$;
    exports.ListEnabledProductsForImport$ = ListEnabledProductsForImport$;
    exports.ListEnabledProductsForImportCommand = ListEnabledProductsForImportCommand;
    exports.ListEnabledProductsForImportRequest$ = ListEnabledProductsForImportRequest$;
    exports.ListEnabledProductsForImportResponse$ = ListEnabledProductsForImportResponse$;
    exports.ListFindingAggregators$ = ListFindingAggregators$;
    exports.ListFindingAggregatorsCommand = ListFindingAggregatorsCommand;
    exports.ListFindingAggregatorsRequest$ = ListFindingAggregatorsRequest$;
    exports.ListFindingAggregatorsResponse$ = ListFindingAggregatorsResponse$;
    exports.ListFreeTrialStatusesV2$ = ListFreeTrialStatusesV2$;
    exports.ListFreeTrialStatusesV2Command = ListFreeTrialStatusesV2Command;
    exports.ListFreeTrialStatusesV2Request$ = ListFreeTrialStatusesV2Request$;
    exports.ListFreeTrialStatusesV2Response$ = ListFreeTrialStatusesV2Response$;
    exports.ListInvitations$ = ListInvitations$;
    exports.ListInvitationsCommand = ListInvitationsCommand;
    exports.ListInvitationsRequest$ = ListInvitationsRequest$;
    exports.ListInvitationsResponse$ = ListInvitationsResponse$;
    exports.ListMembers$ = ListMembers$;
    exports.ListMembersCommand = ListMembersCommand;
    exports.ListMembersRequest$ = ListMembersRequest$;
    exports.ListMembersResponse$ = ListMembersResponse$;
    exports.ListOrganizationAdminAccounts$ = ListOrganizationAdminAccounts$;
    exports.ListOrganizationAdminAccountsCommand = ListOrganizationAdminAccountsCommand;
    exports.ListOrganizationAdminAccountsRequest$ = ListOrganizationAdminAccountsRequest$;
    exports.ListOrganizationAdminAccountsResponse$ = ListOrganizationAdminAccountsResponse$;
    exports.ListSecurityControlDefinitions$ = ListSecurityControlDefinitions$;
    exports.ListSecurityControlDefinitionsCommand = ListSecurityControlDefinitionsCommand;
    exports.ListSecurityControlDefinitionsRequest$ = ListSecurityControlDefinitionsRequest$;
    exports.ListSecurityControlDefinitionsResponse$ = ListSecurityControlDefinitionsResponse$;
    exports.ListStandardsControlAssociations$ = ListStandardsControlAssociations$;
    exports.ListStandardsControlAssociationsCommand = ListStandardsControlAssociationsCommand;
    exports.ListStandardsControlAssociationsRequest$ = ListStandardsControlAssociationsRequest$;
    exports.ListStandardsControlAssociationsResponse$ = ListStandardsControlAssociationsResponse$;
    exports.ListTagsForResource$ = ListTagsForResource$;
    exports.ListTagsForResourceCommand = ListTagsForResourceCommand;
    exports.ListTagsForResourceRequest$ = ListTagsForResourceRequest$;
    exports.ListTagsForResourceResponse$ = ListTagsForResourceResponse$;
    exports.LoadBalancerState$ = LoadBalancerState$;
    exports.Malware$ = Malware$;
    exports.MalwareState = MalwareState;
    exports.MalwareType = MalwareType;
    exports.MapFilter$ = MapFilter$;
    exports.MapFilterComparison = MapFilterComparison;
    exports.Member$ = Member$;
    exports.Network$ = Network$;
    exports.NetworkAutonomousSystem$ = NetworkAutonomousSystem$;
    exports.NetworkConnection$ = NetworkConnection$;
    exports.NetworkConnectionAction$ = NetworkConnectionAction$;
    exports.NetworkDirection = NetworkDirection;
    exports.NetworkEndpoint$ = NetworkEndpoint$;
    exports.NetworkGeoLocation$ = NetworkGeoLocation$;
    exports.NetworkHeader$ = NetworkHeader$;
    exports.NetworkPathComponent$ = NetworkPathComponent$;
    exports.NetworkPathComponentDetails$ = NetworkPathComponentDetails$;
    exports.Note$ = Note$;
    exports.NoteUpdate$ = NoteUpdate$;
    exports.NumberFilter$ = NumberFilter$;
    exports.Occurrences$ = Occurrences$;
    exports.OcsfBooleanField = OcsfBooleanField;
    exports.OcsfBooleanFilter$ = OcsfBooleanFilter$;
    exports.OcsfDateField = OcsfDateField;
    exports.OcsfDateFilter$ = OcsfDateFilter$;
    exports.OcsfFindingFilters$ = OcsfFindingFilters$;
    exports.OcsfFindingIdentifier$ = OcsfFindingIdentifier$;
    exports.OcsfIpField = OcsfIpField;
    exports.OcsfIpFilter$ = OcsfIpFilter$;
    exports.OcsfMapField = OcsfMapField;
    exports.OcsfMapFilter$ = OcsfMapFilter$;
    exports.OcsfNumberField = OcsfNumberField;
    exports.OcsfNumberFilter$ = OcsfNumberFilter$;
    exports.OcsfStringField = OcsfStringField;
    exports.OcsfStringFilter$ = OcsfStringFilter$;
    exports.OrganizationConfiguration$ = OrganizationConfiguration$;
    exports.OrganizationConfigurationConfigurationType = OrganizationConfigurationConfigurationType;
    exports.OrganizationConfigurationStatus = OrganizationConfigurationStatus;
    exports.OrganizationNotFoundException = OrganizationNotFoundException;
    exports.OrganizationNotFoundException$ = OrganizationNotFoundException$;
    exports.OrganizationalUnitNotFoundException = OrganizationalUnitNotFoundException;
    exports.OrganizationalUnitNotFoundException$ = OrganizationalUnitNotFoundException$;
    exports.Page$ = Page$;
    exports.ParameterConfiguration$ = ParameterConfiguration$;
    exports.ParameterDefinition$ = ParameterDefinition$;
    exports.ParameterValue$ = ParameterValue$;
    exports.ParameterValueType = ParameterValueType;
    exports.Partition = Partition;
    exports.PatchSummary$ = PatchSummary$;
    exports.Policy$ = Policy$;
    exports.PortProbeAction$ = PortProbeAction$;
    exports.PortProbeDetail$ = PortProbeDetail$;
    exports.PortRange$ = PortRange$;
    exports.PortRangeFromTo$ = PortRangeFromTo$;
    exports.ProcessDetails$ = ProcessDetails$;
    exports.Product$ = Product$;
    exports.ProductV2$ = ProductV2$;
    exports.PropagatingVgwSetDetails$ = PropagatingVgwSetDetails$;
    exports.ProviderConfiguration$ = ProviderConfiguration$;
    exports.ProviderDetail$ = ProviderDetail$;
    exports.ProviderSummary$ = ProviderSummary$;
    exports.ProviderUpdateConfiguration$ = ProviderUpdateConfiguration$;
    exports.Range$ = Range$;
    exports.Recommendation$ = Recommendation$;
    exports.RecommendationError$ = RecommendationError$;
    exports.RecommendationStatus = RecommendationStatus;
    exports.RecommendationStep$ = RecommendationStep$;
    exports.RecommendationType = RecommendationType;
    exports.RecordState = RecordState;
    exports.RegionAvailabilityStatus = RegionAvailabilityStatus;
    exports.RegisterConnectorV2$ = RegisterConnectorV2$;
    exports.RegisterConnectorV2Command = RegisterConnectorV2Command;
    exports.RegisterConnectorV2Request$ = RegisterConnectorV2Request$;
    exports.RegisterConnectorV2Response$ = RegisterConnectorV2Response$;
    exports.RelatedFinding$ = RelatedFinding$;
    exports.Remediation$ = Remediation$;
    exports.Resource$ = Resource$;
    exports.ResourceCategory = ResourceCategory;
    exports.ResourceConflictException = ResourceConflictException;
    exports.ResourceConflictException$ = ResourceConflictException$;
    exports.ResourceDetails$ = ResourceDetails$;
    exports.ResourceFindingsSummary$ = ResourceFindingsSummary$;
    exports.ResourceGroupByField = ResourceGroupByField;
    exports.ResourceGroupByRule$ = ResourceGroupByRule$;
    exports.ResourceInUseException = ResourceInUseException;
    exports.ResourceInUseException$ = ResourceInUseException$;
    exports.ResourceInfo$ = ResourceInfo$;
    exports.ResourceNotFoundException = ResourceNotFoundException;
    exports.ResourceNotFoundException$ = ResourceNotFoundException$;
    exports.ResourceOwner$ = ResourceOwner$;
    exports.ResourceOwnerAccount$ = ResourceOwnerAccount$;
    exports.ResourceOwnerOrg$ = ResourceOwnerOrg$;
    exports.ResourceResult$ = ResourceResult$;
    exports.ResourceScopes$ = ResourceScopes$;
    exports.ResourceSeverityBreakdown$ = ResourceSeverityBreakdown$;
    exports.ResourceSubCategory = ResourceSubCategory;
    exports.ResourceTag$ = ResourceTag$;
    exports.ResourcesCompositeFilter$ = ResourcesCompositeFilter$;
    exports.ResourcesCount$ = ResourcesCount$;
    exports.ResourcesDateField = ResourcesDateField;
    exports.ResourcesDateFilter$ = ResourcesDateFilter$;
    exports.ResourcesFilters$ = ResourcesFilters$;
    exports.ResourcesMapField = ResourcesMapField;
    exports.ResourcesMapFilter$ = ResourcesMapFilter$;
    exports.ResourcesNumberField = ResourcesNumberField;
    exports.ResourcesNumberFilter$ = ResourcesNumberFilter$;
    exports.ResourcesStringField = ResourcesStringField;
    exports.ResourcesStringFilter$ = ResourcesStringFilter$;
    exports.ResourcesTrendsCompositeFilter$ = ResourcesTrendsCompositeFilter$;
    exports.ResourcesTrendsFilters$ = ResourcesTrendsFilters$;
    exports.ResourcesTrendsMetricsResult$ = ResourcesTrendsMetricsResult$;
    exports.ResourcesTrendsStringField = ResourcesTrendsStringField;
    exports.ResourcesTrendsStringFilter$ = ResourcesTrendsStringFilter$;
    exports.ResourcesTrendsValues$ = ResourcesTrendsValues$;
    exports.Result$ = Result$;
    exports.RouteSetDetails$ = RouteSetDetails$;
    exports.RuleGroupDetails$ = RuleGroupDetails$;
    exports.RuleGroupSource$ = RuleGroupSource$;
    exports.RuleGroupSourceCustomActionsDetails$ = RuleGroupSourceCustomActionsDetails$;
    exports.RuleGroupSourceListDetails$ = RuleGroupSourceListDetails$;
    exports.RuleGroupSourceStatefulRulesDetails$ = RuleGroupSourceStatefulRulesDetails$;
    exports.RuleGroupSourceStatefulRulesHeaderDetails$ = RuleGroupSourceStatefulRulesHeaderDetails$;
    exports.RuleGroupSourceStatefulRulesOptionsDetails$ = RuleGroupSourceStatefulRulesOptionsDetails$;
    exports.RuleGroupSourceStatelessRuleDefinition$ = RuleGroupSourceStatelessRuleDefinition$;
    exports.RuleGroupSourceStatelessRuleMatchAttributes$ = RuleGroupSourceStatelessRuleMatchAttributes$;
    exports.RuleGroupSourceStatelessRuleMatchAttributesDestinationPorts$ = RuleGroupSourceStatelessRuleMatchAttributesDestinationPorts$;
    exports.RuleGroupSourceStatelessRuleMatchAttributesDestinations$ = RuleGroupSourceStatelessRuleMatchAttributesDestinations$;
    exports.RuleGroupSourceStatelessRuleMatchAttributesSourcePorts$ = RuleGroupSourceStatelessRuleMatchAttributesSourcePorts$;
    exports.RuleGroupSourceStatelessRuleMatchAttributesSources$ = RuleGroupSourceStatelessRuleMatchAttributesSources$;
    exports.RuleGroupSourceStatelessRuleMatchAttributesTcpFlags$ = RuleGroupSourceStatelessRuleMatchAttributesTcpFlags$;
    exports.RuleGroupSourceStatelessRulesAndCustomActionsDetails$ = RuleGroupSourceStatelessRulesAndCustomActionsDetails$;
    exports.RuleGroupSourceStatelessRulesDetails$ = RuleGroupSourceStatelessRulesDetails$;
    exports.RuleGroupVariables$ = RuleGroupVariables$;
    exports.RuleGroupVariablesIpSetsDetails$ = RuleGroupVariablesIpSetsDetails$;
    exports.RuleGroupVariablesPortSetsDetails$ = RuleGroupVariablesPortSetsDetails$;
    exports.RuleStatus = RuleStatus;
    exports.RuleStatusV2 = RuleStatusV2;
    exports.ScopeType = ScopeType;
    exports.SecurityControl$ = SecurityControl$;
    exports.SecurityControlCustomParameter$ = SecurityControlCustomParameter$;
    exports.SecurityControlDefinition$ = SecurityControlDefinition$;
    exports.SecurityControlParameter$ = SecurityControlParameter$;
    exports.SecurityControlProperty = SecurityControlProperty;
    exports.SecurityControlsConfiguration$ = SecurityControlsConfiguration$;
    exports.SecurityControlsProvider = SecurityControlsProvider;
    exports.SecurityHub = SecurityHub;
    exports.SecurityHubClient = SecurityHubClient;
    exports.SecurityHubFeature = SecurityHubFeature;
    exports.SecurityHubPolicy$ = SecurityHubPolicy$;
    exports.SecurityHubServiceException = SecurityHubServiceException;
    exports.SecurityHubServiceException$ = SecurityHubServiceException$;
    exports.SensitiveDataDetections$ = SensitiveDataDetections$;
    exports.SensitiveDataResult$ = SensitiveDataResult$;
    exports.Sequence$ = Sequence$;
    exports.ServiceNowDetail$ = ServiceNowDetail$;
    exports.ServiceNowProviderConfiguration$ = ServiceNowProviderConfiguration$;
    exports.ServiceNowUpdateConfiguration$ = ServiceNowUpdateConfiguration$;
    exports.ServiceQuotaExceededException = ServiceQuotaExceededException;
    exports.ServiceQuotaExceededException$ = ServiceQuotaExceededException$;
    exports.Severity$ = Severity$;
    exports.SeverityLabel = SeverityLabel;
    exports.SeverityRating = SeverityRating;
    exports.SeverityTrendsCount$ = SeverityTrendsCount$;
    exports.SeverityUpdate$ = SeverityUpdate$;
    exports.Signal$ = Signal$;
    exports.SoftwarePackage$ = SoftwarePackage$;
    exports.SortCriterion$ = SortCriterion$;
    exports.SortOrder = SortOrder;
    exports.Standard$ = Standard$;
    exports.StandardsControl$ = StandardsControl$;
    exports.StandardsControlAssociationDetail$ = StandardsControlAssociationDetail$;
    exports.StandardsControlAssociationId$ = StandardsControlAssociationId$;
    exports.StandardsControlAssociationSummary$ = StandardsControlAssociationSummary$;
    exports.StandardsControlAssociationUpdate$ = StandardsControlAssociationUpdate$;
    exports.StandardsControlsUpdatable = StandardsControlsUpdatable;
    exports.StandardsManagedBy$ = StandardsManagedBy$;
    exports.StandardsProvider = StandardsProvider;
    exports.StandardsStatus = StandardsStatus;
    exports.StandardsStatusReason$ = StandardsStatusReason$;
    exports.StandardsSubscription$ = StandardsSubscription$;
    exports.StandardsSubscriptionRequest$ = StandardsSubscriptionRequest$;
    exports.StartConfigurationPolicyAssociation$ = StartConfigurationPolicyAssociation$;
    exports.StartConfigurationPolicyAssociationCommand = StartConfigurationPolicyAssociationCommand;
    exports.StartConfigurationPolicyAssociationRequest$ = StartConfigurationPolicyAssociationRequest$;
    exports.StartConfigurationPolicyAssociationResponse$ = StartConfigurationPolicyAssociationResponse$;
    exports.StartConfigurationPolicyDisassociation$ = StartConfigurationPolicyDisassociation$;
    exports.StartConfigurationPolicyDisassociationCommand = StartConfigurationPolicyDisassociationCommand;
    exports.StartConfigurationPolicyDisassociationRequest$ = StartConfigurationPolicyDisassociationRequest$;
    exports.StartConfigurationPolicyDisassociationResponse$ = StartConfigurationPolicyDisassociationResponse$;
    exports.StatelessCustomActionDefinition$ = StatelessCustomActionDefinition$;
    exports.StatelessCustomPublishMetricAction$ = StatelessCustomPublishMetricAction$;
    exports.StatelessCustomPublishMetricActionDimension$ = StatelessCustomPublishMetricActionDimension$;
    exports.StatusReason$ = StatusReason$;
    exports.StatusReasonCode = StatusReasonCode;
    exports.StringConfigurationOptions$ = StringConfigurationOptions$;
    exports.StringFilter$ = StringFilter$;
    exports.StringFilterComparison = StringFilterComparison;
    exports.StringListConfigurationOptions$ = StringListConfigurationOptions$;
    exports.TagResource$ = TagResource$;
    exports.TagResourceCommand = TagResourceCommand;
    exports.TagResourceRequest$ = TagResourceRequest$;
    exports.TagResourceResponse$ = TagResourceResponse$;
    exports.Target$ = Target$;
    exports.TargetType = TargetType;
    exports.Threat$ = Threat$;
    exports.ThreatIntelIndicator$ = ThreatIntelIndicator$;
    exports.ThreatIntelIndicatorCategory = ThreatIntelIndicatorCategory;
    exports.ThreatIntelIndicatorType = ThreatIntelIndicatorType;
    exports.ThrottlingException = ThrottlingException;
    exports.ThrottlingException$ = ThrottlingException$;
    exports.TicketCreationMode = TicketCreationMode;
    exports.TrendsMetricsResult$ = TrendsMetricsResult$;
    exports.TrendsValues$ = TrendsValues$;
    exports.UnprocessedAutomationRule$ = UnprocessedAutomationRule$;
    exports.UnprocessedConfigurationPolicyAssociation$ = UnprocessedConfigurationPolicyAssociation$;
    exports.UnprocessedErrorCode = UnprocessedErrorCode;
    exports.UnprocessedSecurityControl$ = UnprocessedSecurityControl$;
    exports.UnprocessedStandardsControlAssociation$ = UnprocessedStandardsControlAssociation$;
    exports.UnprocessedStandardsControlAssociationUpdate$ = UnprocessedStandardsControlAssociationUpdate$;
    exports.UntagResource$ = UntagResource$;
    exports.UntagResourceCommand = UntagResourceCommand;
    exports.UntagResourceRequest$ = UntagResourceRequest$;
    exports.UntagResourceResponse$ = UntagResourceResponse$;
    exports.UnusedPermissionsRecommendationStep$ = UnusedPermissionsRecommendationStep$;
    exports.UpdateActionTarget$ = UpdateActionTarget$;
    exports.UpdateActionTargetCommand = UpdateActionTargetCommand;
    exports.UpdateActionTargetRequest$ = UpdateActionTargetRequest$;
    exports.UpdateActionTargetResponse$ = UpdateActionTargetResponse$;
    exports.UpdateAggregatorV2$ = UpdateAggregatorV2$;
    exports.UpdateAggregatorV2Command = UpdateAggregatorV2Command;
    exports.UpdateAggregatorV2Request$ = UpdateAggregatorV2Request$;
    exports.UpdateAggregatorV2Response$ = UpdateAggregatorV2Response$;
    exports.UpdateAutomationRuleV2$ = UpdateAutomationRuleV2$;
    exports.UpdateAutomationRuleV2Command = UpdateAutomationRuleV2Command;
    exports.UpdateAutomationRuleV2Request$ = UpdateAutomationRuleV2Request$;
    exports.UpdateAutomationRuleV2Response$ = UpdateAutomationRuleV2Response$;
    exports.UpdateAutomationRulesRequestItem$ = UpdateAutomationRulesRequestItem$;
    exports.UpdateConfigurationPolicy$ = UpdateConfigurationPolicy$;
    exports.UpdateConfigurationPolicyCommand = UpdateConfigurationPolicyCommand;
    exports.UpdateConfigurationPolicyRequest$ = UpdateConfigurationPolicyRequest$;
    exports.UpdateConfigurationPolicyResponse$ = UpdateConfigurationPolicyResponse$;
    exports.UpdateConnector$ = UpdateConnector$;
    exports.UpdateConnectorCommand = UpdateConnectorCommand;
    exports.UpdateConnectorRequest$ = UpdateConnectorRequest$;
    exports.UpdateConnectorResponse$ = UpdateConnectorResponse$;
    exports.UpdateConnectorV2$ = UpdateConnectorV2$;
    exports.UpdateConnectorV2Command = UpdateConnectorV2Command;
    exports.UpdateConnectorV2Request$ = UpdateConnectorV2Request$;
    exports.UpdateConnectorV2Response$ = UpdateConnectorV2Response$;
    exports.UpdateFindingAggregator$ = UpdateFindingAggregator$;
    exports.UpdateFindingAggregatorCommand = UpdateFindingAggregatorCommand;
    exports.UpdateFindingAggregatorRequest$ = UpdateFindingAggregatorRequest$;
    exports.UpdateFindingAggregatorResponse$ = UpdateFindingAggregatorResponse$;
    exports.UpdateFindings$ = UpdateFindings$;
    exports.UpdateFindingsCommand = UpdateFindingsCommand;
    exports.UpdateFindingsRequest$ = UpdateFindingsRequest$;
    exports.UpdateFindingsResponse$ = UpdateFindingsResponse$;
    exports.UpdateInsight$ = UpdateInsight$;
    exports.UpdateInsightCommand = UpdateInsightCommand;
    exports.UpdateInsightRequest$ = UpdateInsightRequest$;
    exports.UpdateInsightResponse$ = UpdateInsightResponse$;
    exports.UpdateOrganizationConfiguration$ = UpdateOrganizationConfiguration$;
    exports.UpdateOrganizationConfigurationCommand = UpdateOrganizationConfigurationCommand;
    exports.UpdateOrganizationConfigurationRequest$ = UpdateOrganizationConfigurationRequest$;
    exports.UpdateOrganizationConfigurationResponse$ = UpdateOrganizationConfigurationResponse$;
    exports.UpdateSecurityControl$ = UpdateSecurityControl$;
    exports.UpdateSecurityControlCommand = UpdateSecurityControlCommand;
    exports.UpdateSecurityControlRequest$ = UpdateSecurityControlRequest$;
    exports.UpdateSecurityControlResponse$ = UpdateSecurityControlResponse$;
    exports.UpdateSecurityHubConfiguration$ = UpdateSecurityHubConfiguration$;
    exports.UpdateSecurityHubConfigurationCommand = UpdateSecurityHubConfigurationCommand;
    exports.UpdateSecurityHubConfigurationRequest$ = UpdateSecurityHubConfigurationRequest$;
    exports.UpdateSecurityHubConfigurationResponse$ = UpdateSecurityHubConfigurationResponse$;
    exports.UpdateStandardsControl$ = UpdateStandardsControl$;
    exports.UpdateStandardsControlCommand = UpdateStandardsControlCommand;
    exports.UpdateStandardsControlRequest$ = UpdateStandardsControlRequest$;
    exports.UpdateStandardsControlResponse$ = UpdateStandardsControlResponse$;
    exports.UpdateStatus = UpdateStatus;
    exports.UserAccount$ = UserAccount$;
    exports.ValidationException = ValidationException;
    exports.ValidationException$ = ValidationException$;
    exports.VerificationState = VerificationState;
    exports.VolumeMount$ = VolumeMount$;
    exports.VpcInfoCidrBlockSetDetails$ = VpcInfoCidrBlockSetDetails$;
    exports.VpcInfoIpv6CidrBlockSetDetails$ = VpcInfoIpv6CidrBlockSetDetails$;
    exports.VpcInfoPeeringOptionsDetails$ = VpcInfoPeeringOptionsDetails$;
    exports.Vulnerability$ = Vulnerability$;
    exports.VulnerabilityCodeVulnerabilities$ = VulnerabilityCodeVulnerabilities$;
    exports.VulnerabilityExploitAvailable = VulnerabilityExploitAvailable;
    exports.VulnerabilityFixAvailable = VulnerabilityFixAvailable;
    exports.VulnerabilityVendor$ = VulnerabilityVendor$;
    exports.WafAction$ = WafAction$;
    exports.WafExcludedRule$ = WafExcludedRule$;
    exports.WafOverrideAction$ = WafOverrideAction$;
    exports.Workflow$ = Workflow$;
    exports.WorkflowState = WorkflowState;
    exports.WorkflowStatus = WorkflowStatus;
    exports.WorkflowUpdate$ = WorkflowUpdate$;
    exports._Record$ = _Record$;
    exports.errorTypeRegistries = errorTypeRegistries;
    exports.paginateDescribeActionTargets = paginateDescribeActionTargets;
    exports.paginateDescribeProducts = paginateDescribeProducts;
    exports.paginateDescribeProductsV2 = paginateDescribeProductsV2;
    exports.paginateDescribeStandards = paginateDescribeStandards;
    exports.paginateDescribeStandardsControls = paginateDescribeStandardsControls;
    exports.paginateGetEnabledStandards = paginateGetEnabledStandards;
    exports.paginateGetFindingHistory = paginateGetFindingHistory;
    exports.paginateGetFindings = paginateGetFindings;
    exports.paginateGetFindingsTrendsV2 = paginateGetFindingsTrendsV2;
    exports.paginateGetFindingsV2 = paginateGetFindingsV2;
    exports.paginateGetInsights = paginateGetInsights;
    exports.paginateGetRecommendedPolicyV2 = paginateGetRecommendedPolicyV2;
    exports.paginateGetResourcesTrendsV2 = paginateGetResourcesTrendsV2;
    exports.paginateGetResourcesV2 = paginateGetResourcesV2;
    exports.paginateListAggregatorsV2 = paginateListAggregatorsV2;
    exports.paginateListConfigurationPolicies = paginateListConfigurationPolicies;
    exports.paginateListConfigurationPolicyAssociations = paginateListConfigurationPolicyAssociations;
    exports.paginateListEnabledProductsForImport = paginateListEnabledProductsForImport;
    exports.paginateListFindingAggregators = paginateListFindingAggregators;
    exports.paginateListFreeTrialStatusesV2 = paginateListFreeTrialStatusesV2;
    exports.paginateListInvitations = paginateListInvitations;
    exports.paginateListMembers = paginateListMembers;
    exports.paginateListOrganizationAdminAccounts = paginateListOrganizationAdminAccounts;
    exports.paginateListSecurityControlDefinitions = paginateListSecurityControlDefinitions;
    exports.paginateListStandardsControlAssociations = paginateListStandardsControlAssociations;
  }
});
export default require_dist_cjs3();
//# sourceMappingURL=dist-cjs-WE3E5W2C.js.map
