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

// node_modules/@aws-sdk/client-backup/dist-cjs/index.js
var require_dist_cjs3 = __commonJS({
  "node_modules/@aws-sdk/client-backup/dist-cjs/index.js"(exports) {
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
    var defaultBackupHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
          name: "backup",
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
    var defaultBackupHttpAuthSchemeProvider = (authParameters) => {
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
        defaultSigningName: "backup"
      });
    };
    var commonParams = {
      UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
      Endpoint: { type: "builtInParams", name: "endpoint" },
      Region: { type: "builtInParams", name: "region" },
      UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
    };
    var version = "3.1091.0";
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
        ["https://backup-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://backup-fips.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://backup.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://backup.{Region}.{PartitionResult#dnsSuffix}", i],
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
    var BackupServiceException = class _BackupServiceException extends ServiceException {
      constructor(options) {
        super(options);
        Object.setPrototypeOf(this, _BackupServiceException.prototype);
      }
    };
    var AlreadyExistsException = class _AlreadyExistsException extends BackupServiceException {
      name = "AlreadyExistsException";
      $fault = "client";
      Code;
      Message;
      CreatorRequestId;
      Arn;
      Type;
      Context;
      constructor(opts) {
        super({
          name: "AlreadyExistsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AlreadyExistsException.prototype);
        this.Code = opts.Code;
        this.Message = opts.Message;
        this.CreatorRequestId = opts.CreatorRequestId;
        this.Arn = opts.Arn;
        this.Type = opts.Type;
        this.Context = opts.Context;
      }
    };
    var InvalidParameterValueException = class _InvalidParameterValueException extends BackupServiceException {
      name = "InvalidParameterValueException";
      $fault = "client";
      Code;
      Message;
      Type;
      Context;
      constructor(opts) {
        super({
          name: "InvalidParameterValueException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidParameterValueException.prototype);
        this.Code = opts.Code;
        this.Message = opts.Message;
        this.Type = opts.Type;
        this.Context = opts.Context;
      }
    };
    var InvalidRequestException = class _InvalidRequestException extends BackupServiceException {
      name = "InvalidRequestException";
      $fault = "client";
      Code;
      Message;
      Type;
      Context;
      constructor(opts) {
        super({
          name: "InvalidRequestException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidRequestException.prototype);
        this.Code = opts.Code;
        this.Message = opts.Message;
        this.Type = opts.Type;
        this.Context = opts.Context;
      }
    };
    var MissingParameterValueException = class _MissingParameterValueException extends BackupServiceException {
      name = "MissingParameterValueException";
      $fault = "client";
      Code;
      Message;
      Type;
      Context;
      constructor(opts) {
        super({
          name: "MissingParameterValueException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _MissingParameterValueException.prototype);
        this.Code = opts.Code;
        this.Message = opts.Message;
        this.Type = opts.Type;
        this.Context = opts.Context;
      }
    };
    var ResourceNotFoundException = class _ResourceNotFoundException extends BackupServiceException {
      name = "ResourceNotFoundException";
      $fault = "client";
      Code;
      Message;
      Type;
      Context;
      constructor(opts) {
        super({
          name: "ResourceNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResourceNotFoundException.prototype);
        this.Code = opts.Code;
        this.Message = opts.Message;
        this.Type = opts.Type;
        this.Context = opts.Context;
      }
    };
    var ServiceUnavailableException = class _ServiceUnavailableException extends BackupServiceException {
      name = "ServiceUnavailableException";
      $fault = "server";
      Code;
      Message;
      Type;
      Context;
      constructor(opts) {
        super({
          name: "ServiceUnavailableException",
          $fault: "server",
          ...opts
        });
        Object.setPrototypeOf(this, _ServiceUnavailableException.prototype);
        this.Code = opts.Code;
        this.Message = opts.Message;
        this.Type = opts.Type;
        this.Context = opts.Context;
      }
    };
    var InvalidResourceStateException = class _InvalidResourceStateException extends BackupServiceException {
      name = "InvalidResourceStateException";
      $fault = "client";
      Code;
      Message;
      Type;
      Context;
      constructor(opts) {
        super({
          name: "InvalidResourceStateException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidResourceStateException.prototype);
        this.Code = opts.Code;
        this.Message = opts.Message;
        this.Type = opts.Type;
        this.Context = opts.Context;
      }
    };
    var ConflictException = class _ConflictException extends BackupServiceException {
      name = "ConflictException";
      $fault = "client";
      Code;
      Message;
      Type;
      Context;
      constructor(opts) {
        super({
          name: "ConflictException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ConflictException.prototype);
        this.Code = opts.Code;
        this.Message = opts.Message;
        this.Type = opts.Type;
        this.Context = opts.Context;
      }
    };
    var LimitExceededException = class _LimitExceededException extends BackupServiceException {
      name = "LimitExceededException";
      $fault = "client";
      Code;
      Message;
      Type;
      Context;
      constructor(opts) {
        super({
          name: "LimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _LimitExceededException.prototype);
        this.Code = opts.Code;
        this.Message = opts.Message;
        this.Type = opts.Type;
        this.Context = opts.Context;
      }
    };
    var DependencyFailureException = class _DependencyFailureException extends BackupServiceException {
      name = "DependencyFailureException";
      $fault = "server";
      Code;
      Message;
      Type;
      Context;
      constructor(opts) {
        super({
          name: "DependencyFailureException",
          $fault: "server",
          ...opts
        });
        Object.setPrototypeOf(this, _DependencyFailureException.prototype);
        this.Code = opts.Code;
        this.Message = opts.Message;
        this.Type = opts.Type;
        this.Context = opts.Context;
      }
    };
    var _A = "Arn";
    var _ABS = "AdvancedBackupSetting";
    var _ABSd = "AdvancedBackupSettings";
    var _ABVMAT = "AssociateBackupVaultMpaApprovalTeam";
    var _ABVMATI = "AssociateBackupVaultMpaApprovalTeamInput";
    var _AD = "ApprovalDate";
    var _AEE = "AlreadyExistsException";
    var _AI = "AccountId";
    var _AP = "AggregationPeriod";
    var _ASR = "AggregatedScanResult";
    var _Ac = "Accounts";
    var _Al = "Algorithm";
    var _BAI = "ByAccountId";
    var _BBPI = "ByBackupPlanId";
    var _BBVN = "ByBackupVaultName";
    var _BCA = "ByCreatedAfter";
    var _BCAy = "ByCompleteAfter";
    var _BCAyr = "ByCreationAfter";
    var _BCB = "ByCreatedBefore";
    var _BCBy = "ByCompleteBefore";
    var _BCByr = "ByCreationBefore";
    var _BCD = "BackupCreationDate";
    var _BDVA = "ByDestinationVaultArn";
    var _BJ = "BackupJob";
    var _BJI = "BackupJobId";
    var _BJL = "BackupJobsList";
    var _BJS = "BackupJobSummary";
    var _BJSL = "BackupJobSummaryList";
    var _BJSa = "BackupJobSummaries";
    var _BJa = "BackupJobs";
    var _BMC = "ByMessageCategory";
    var _BMS = "ByMalwareScanner";
    var _BO = "BackupOptions";
    var _BP = "BackupPlan";
    var _BPA = "BackupPlanArn";
    var _BPD = "BackupPlanDocument";
    var _BPI = "BackupPlanInput";
    var _BPIa = "BackupPlanId";
    var _BPJI = "ByParentJobId";
    var _BPL = "BackupPlansList";
    var _BPLM = "BackupPlansListMember";
    var _BPN = "BackupPlanName";
    var _BPRPA = "ByParentRecoveryPointArn";
    var _BPT = "BackupPlanTags";
    var _BPTI = "BackupPlanTemplateId";
    var _BPTJ = "BackupPlanTemplateJson";
    var _BPTL = "BackupPlanTemplatesList";
    var _BPTLM = "BackupPlanTemplatesListMember";
    var _BPTN = "BackupPlanTemplateName";
    var _BPV = "BackupPlanVersion";
    var _BPVL = "BackupPlanVersionsList";
    var _BR = "BackupRule";
    var _BRA = "ByResourceArn";
    var _BRC = "BackupRuleCron";
    var _BRI = "BackupRuleInput";
    var _BRIa = "BackupRuleId";
    var _BRIac = "BackupRulesInput";
    var _BRN = "BackupRuleName";
    var _BRPA = "ByRecoveryPointArn";
    var _BRPCDA = "ByRecoveryPointCreationDateAfter";
    var _BRPCDB = "ByRecoveryPointCreationDateBefore";
    var _BRPN = "ByReportPlanName";
    var _BRT = "ByResourceType";
    var _BRTPA = "ByRestoreTestingPlanArn";
    var _BRTa = "BackupRuleTimezone";
    var _BRa = "BackupRules";
    var _BS = "BackupSelection";
    var _BSB = "BackupSizeBytes";
    var _BSIB = "BackupSizeInBytes";
    var _BSL = "BackupSelectionsList";
    var _BSLM = "BackupSelectionsListMember";
    var _BSRPA = "BySourceRecoveryPointArn";
    var _BSRS = "ByScanResultStatus";
    var _BSy = "ByState";
    var _BSyh = "ByShared";
    var _BSyt = "ByStatus";
    var _BT = "BytesTransferred";
    var _BTa = "BackupType";
    var _BVA = "BackupVaultArn";
    var _BVAI = "BackupVaultAccountId";
    var _BVE = "BackupVaultEvents";
    var _BVL = "BackupVaultList";
    var _BVLM = "BackupVaultListMember";
    var _BVN = "BackupVaultName";
    var _BVT = "BackupVaultTags";
    var _BVTy = "ByVaultType";
    var _C = "Code";
    var _CA = "CopyActions";
    var _CAo = "CopyAction";
    var _CAr = "CreatedAfter";
    var _CAre = "CreationAfter";
    var _CB = "CreatedBy";
    var _CBBJI = "CreatedByBackupJobId";
    var _CBP = "CreateBackupPlan";
    var _CBPI = "CreateBackupPlanInput";
    var _CBPO = "CreateBackupPlanOutput";
    var _CBS = "CreateBackupSelection";
    var _CBSI = "CreateBackupSelectionInput";
    var _CBSO = "CreateBackupSelectionOutput";
    var _CBV = "CreateBackupVault";
    var _CBVI = "CreateBackupVaultInput";
    var _CBVO = "CreateBackupVaultOutput";
    var _CBr = "CreatedBefore";
    var _CBre = "CreationBefore";
    var _CD = "CreationDate";
    var _CDa = "CancelDescription";
    var _CDan = "CancellationDate";
    var _CDo = "CompletionDate";
    var _CE = "ConflictException";
    var _CF = "CreateFramework";
    var _CFD = "ChangeableForDays";
    var _CFI = "CreateFrameworkInput";
    var _CFO = "CreateFrameworkOutput";
    var _CIP = "ControlInputParameter";
    var _CIPo = "ControlInputParameters";
    var _CJ = "CopyJob";
    var _CJI = "CopyJobId";
    var _CJIS = "ChildJobsInState";
    var _CJL = "CopyJobsList";
    var _CJS = "CopyJobSummary";
    var _CJSL = "CopyJobSummaryList";
    var _CJSo = "CopyJobSummaries";
    var _CJo = "CopyJobs";
    var _CK = "ConditionKey";
    var _CL = "CalculatedLifecycle";
    var _CLAGBV = "CreateLogicallyAirGappedBackupVault";
    var _CLAGBVI = "CreateLogicallyAirGappedBackupVaultInput";
    var _CLAGBVO = "CreateLogicallyAirGappedBackupVaultOutput";
    var _CLH = "CancelLegalHold";
    var _CLHI = "CancelLegalHoldInput";
    var _CLHIr = "CreateLegalHoldInput";
    var _CLHO = "CancelLegalHoldOutput";
    var _CLHOr = "CreateLegalHoldOutput";
    var _CLHr = "CreateLegalHold";
    var _CMI = "CompositeMemberIdentifier";
    var _CN = "ControlName";
    var _CP = "ConditionParameter";
    var _CPo = "ConditionParameters";
    var _CRA = "CreatedResourceArn";
    var _CRABV = "CreateRestoreAccessBackupVault";
    var _CRABVI = "CreateRestoreAccessBackupVaultInput";
    var _CRABVO = "CreateRestoreAccessBackupVaultOutput";
    var _CRI = "CreatorRequestId";
    var _CRIo = "ComplianceResourceIds";
    var _CRP = "CreateReportPlan";
    var _CRPI = "CreateReportPlanInput";
    var _CRPO = "CreateReportPlanOutput";
    var _CRT = "ComplianceResourceTypes";
    var _CRTP = "CreateRestoreTestingPlan";
    var _CRTPI = "CreateRestoreTestingPlanInput";
    var _CRTPO = "CreateRestoreTestingPlanOutput";
    var _CRTS = "CreateRestoreTestingSelection";
    var _CRTSI = "CreateRestoreTestingSelectionInput";
    var _CRTSO = "CreateRestoreTestingSelectionOutput";
    var _CS = "ControlScope";
    var _CSET = "ContinuousScanEndTime";
    var _CSST = "ContinuousScanStartTime";
    var _CSTTRR = "CopySourceTagsToRestoredResource";
    var _CT = "ConditionType";
    var _CTC = "CreateTieringConfiguration";
    var _CTCI = "CreateTieringConfigurationInput";
    var _CTCO = "CreateTieringConfigurationOutput";
    var _CTo = "CompletionTime";
    var _CTr = "CreationTime";
    var _CV = "ConditionValue";
    var _CWM = "CompletionWindowMinutes";
    var _CWMo = "CompleteWindowMinutes";
    var _Co = "Context";
    var _Con = "Conditions";
    var _Cond = "Condition";
    var _Cou = "Count";
    var _D = "Description";
    var _DA = "DeleteAt";
    var _DAD = "DeleteAfterDays";
    var _DAE = "DeleteAfterEvent";
    var _DBJ = "DescribeBackupJob";
    var _DBJI = "DescribeBackupJobInput";
    var _DBJO = "DescribeBackupJobOutput";
    var _DBP = "DeleteBackupPlan";
    var _DBPI = "DeleteBackupPlanInput";
    var _DBPO = "DeleteBackupPlanOutput";
    var _DBS = "DeleteBackupSelection";
    var _DBSI = "DeleteBackupSelectionInput";
    var _DBV = "DeleteBackupVault";
    var _DBVA = "DestinationBackupVaultArn";
    var _DBVAP = "DeleteBackupVaultAccessPolicy";
    var _DBVAPI = "DeleteBackupVaultAccessPolicyInput";
    var _DBVI = "DeleteBackupVaultInput";
    var _DBVIe = "DescribeBackupVaultInput";
    var _DBVLC = "DeleteBackupVaultLockConfiguration";
    var _DBVLCI = "DeleteBackupVaultLockConfigurationInput";
    var _DBVMAT = "DisassociateBackupVaultMpaApprovalTeam";
    var _DBVMATI = "DisassociateBackupVaultMpaApprovalTeamInput";
    var _DBVN = "DeleteBackupVaultNotifications";
    var _DBVNI = "DeleteBackupVaultNotificationsInput";
    var _DBVO = "DescribeBackupVaultOutput";
    var _DBVe = "DescribeBackupVault";
    var _DCJ = "DescribeCopyJob";
    var _DCJI = "DescribeCopyJobInput";
    var _DCJO = "DescribeCopyJobOutput";
    var _DD = "DeletionDate";
    var _DEKA = "DestinationEncryptionKeyArn";
    var _DF = "DeleteFramework";
    var _DFE = "DependencyFailureException";
    var _DFI = "DeleteFrameworkInput";
    var _DFIe = "DescribeFrameworkInput";
    var _DFO = "DescribeFrameworkOutput";
    var _DFe = "DescribeFramework";
    var _DGS = "DescribeGlobalSettings";
    var _DGSI = "DescribeGlobalSettingsInput";
    var _DGSO = "DescribeGlobalSettingsOutput";
    var _DPR = "DescribeProtectedResource";
    var _DPRI = "DescribeProtectedResourceInput";
    var _DPRO = "DescribeProtectedResourceOutput";
    var _DR = "DateRange";
    var _DRJ = "DescribeReportJob";
    var _DRJI = "DescribeReportJobInput";
    var _DRJIe = "DescribeRestoreJobInput";
    var _DRJO = "DescribeReportJobOutput";
    var _DRJOe = "DescribeRestoreJobOutput";
    var _DRJe = "DescribeRestoreJob";
    var _DRP = "DeleteRecoveryPoint";
    var _DRPA = "DestinationRecoveryPointArn";
    var _DRPFP = "DisassociateRecoveryPointFromParent";
    var _DRPFPI = "DisassociateRecoveryPointFromParentInput";
    var _DRPI = "DeleteRecoveryPointInput";
    var _DRPIe = "DeleteReportPlanInput";
    var _DRPIes = "DescribeRecoveryPointInput";
    var _DRPIesc = "DescribeReportPlanInput";
    var _DRPIi = "DisassociateRecoveryPointInput";
    var _DRPL = "DestinationRecoveryPointLifecycle";
    var _DRPO = "DescribeRecoveryPointOutput";
    var _DRPOe = "DescribeReportPlanOutput";
    var _DRPe = "DeleteReportPlan";
    var _DRPes = "DescribeRecoveryPoint";
    var _DRPesc = "DescribeReportPlan";
    var _DRPi = "DisassociateRecoveryPoint";
    var _DRS = "DescribeRegionSettings";
    var _DRSI = "DescribeRegionSettingsInput";
    var _DRSO = "DescribeRegionSettingsOutput";
    var _DRTP = "DeleteRestoreTestingPlan";
    var _DRTPI = "DeleteRestoreTestingPlanInput";
    var _DRTS = "DeleteRestoreTestingSelection";
    var _DRTSI = "DeleteRestoreTestingSelectionInput";
    var _DS = "DeploymentStatus";
    var _DSJ = "DescribeScanJob";
    var _DSJI = "DescribeScanJobInput";
    var _DSJO = "DescribeScanJobOutput";
    var _DSM = "DeletionStatusMessage";
    var _DSe = "DeletionStatus";
    var _DTC = "DeleteTieringConfiguration";
    var _DTCI = "DeleteTieringConfigurationInput";
    var _DTCO = "DeleteTieringConfigurationOutput";
    var _DVLS = "DestinationVaultLockState";
    var _DVT = "DestinationVaultType";
    var _EBPT = "ExportBackupPlanTemplate";
    var _EBPTI = "ExportBackupPlanTemplateInput";
    var _EBPTO = "ExportBackupPlanTemplateOutput";
    var _ECB = "EnableContinuousBackup";
    var _ECD = "ExpectedCompletionDate";
    var _ECTM = "ExpectedCompletionTimeMinutes";
    var _ED = "ExpiryDate";
    var _EKA = "EncryptionKeyArn";
    var _EKT = "EncryptionKeyType";
    var _ET = "EndTime";
    var _ETx = "ExecutionTime";
    var _EV = "ExcludeVaults";
    var _F = "Findings";
    var _FA = "FrameworkArn";
    var _FAr = "FrameworkArns";
    var _FC = "FrameworkControls";
    var _FCr = "FrameworkControl";
    var _FD = "FrameworkDescription";
    var _FDr = "FromDate";
    var _FL = "FrameworkList";
    var _FN = "FrameworkName";
    var _FS = "FailedScan";
    var _FSr = "FrameworkStatus";
    var _FT = "FrameworkTags";
    var _Fo = "Formats";
    var _Fr = "Framework";
    var _Fra = "Frameworks";
    var _GBP = "GetBackupPlan";
    var _GBPFJSON = "GetBackupPlanFromJSON";
    var _GBPFJSONI = "GetBackupPlanFromJSONInput";
    var _GBPFJSONO = "GetBackupPlanFromJSONOutput";
    var _GBPFT = "GetBackupPlanFromTemplate";
    var _GBPFTI = "GetBackupPlanFromTemplateInput";
    var _GBPFTO = "GetBackupPlanFromTemplateOutput";
    var _GBPI = "GetBackupPlanInput";
    var _GBPO = "GetBackupPlanOutput";
    var _GBS = "GetBackupSelection";
    var _GBSI = "GetBackupSelectionInput";
    var _GBSO = "GetBackupSelectionOutput";
    var _GBVAP = "GetBackupVaultAccessPolicy";
    var _GBVAPI = "GetBackupVaultAccessPolicyInput";
    var _GBVAPO = "GetBackupVaultAccessPolicyOutput";
    var _GBVN = "GetBackupVaultNotifications";
    var _GBVNI = "GetBackupVaultNotificationsInput";
    var _GBVNO = "GetBackupVaultNotificationsOutput";
    var _GLH = "GetLegalHold";
    var _GLHI = "GetLegalHoldInput";
    var _GLHO = "GetLegalHoldOutput";
    var _GPITRMSR = "GetPITRMalwareScanResults";
    var _GPITRMSRI = "GetPITRMalwareScanResultsInput";
    var _GPITRMSRO = "GetPITRMalwareScanResultsOutput";
    var _GRJM = "GetRestoreJobMetadata";
    var _GRJMI = "GetRestoreJobMetadataInput";
    var _GRJMO = "GetRestoreJobMetadataOutput";
    var _GRPID = "GetRecoveryPointIndexDetails";
    var _GRPIDI = "GetRecoveryPointIndexDetailsInput";
    var _GRPIDO = "GetRecoveryPointIndexDetailsOutput";
    var _GRPRM = "GetRecoveryPointRestoreMetadata";
    var _GRPRMI = "GetRecoveryPointRestoreMetadataInput";
    var _GRPRMO = "GetRecoveryPointRestoreMetadataOutput";
    var _GRTIM = "GetRestoreTestingInferredMetadata";
    var _GRTIMI = "GetRestoreTestingInferredMetadataInput";
    var _GRTIMO = "GetRestoreTestingInferredMetadataOutput";
    var _GRTP = "GetRestoreTestingPlan";
    var _GRTPI = "GetRestoreTestingPlanInput";
    var _GRTPO = "GetRestoreTestingPlanOutput";
    var _GRTS = "GetRestoreTestingSelection";
    var _GRTSI = "GetRestoreTestingSelectionInput";
    var _GRTSO = "GetRestoreTestingSelectionOutput";
    var _GS = "GlobalSettings";
    var _GSRT = "GetSupportedResourceTypes";
    var _GSRTO = "GetSupportedResourceTypesOutput";
    var _GTC = "GetTieringConfiguration";
    var _GTCI = "GetTieringConfigurationInput";
    var _GTCO = "GetTieringConfigurationOutput";
    var _I = "Index";
    var _IA = "IndexActions";
    var _IAn = "IndexAction";
    var _ICD = "IndexCreationDate";
    var _ICDn = "IndexCompletionDate";
    var _ID = "InitiationDate";
    var _IDD = "IndexDeletionDate";
    var _IDn = "IncludeDeleted";
    var _IE = "IsEncrypted";
    var _IM = "InferredMetadata";
    var _IP = "IsParent";
    var _IPVE = "InvalidParameterValueException";
    var _IRA = "IamRoleArn";
    var _IRE = "InvalidRequestException";
    var _IRP = "IndexedRecoveryPoint";
    var _IRPL = "IndexedRecoveryPointList";
    var _IRPn = "IndexedRecoveryPoints";
    var _IRSE = "InvalidResourceStateException";
    var _IS = "IndexStatus";
    var _ISM = "IndexStatusMessage";
    var _IT = "IdempotencyToken";
    var _IV = "IncludeVaults";
    var _K = "Key";
    var _KV = "KeyValue";
    var _KVL = "KeyValueList";
    var _L = "Lifecycle";
    var _LAET = "LastAttemptedExecutionTime";
    var _LAGBVA = "LogicallyAirGappedBackupVaultArn";
    var _LBJ = "ListBackupJobs";
    var _LBJI = "ListBackupJobsInput";
    var _LBJO = "ListBackupJobsOutput";
    var _LBJS = "ListBackupJobSummaries";
    var _LBJSI = "ListBackupJobSummariesInput";
    var _LBJSO = "ListBackupJobSummariesOutput";
    var _LBP = "ListBackupPlans";
    var _LBPI = "ListBackupPlansInput";
    var _LBPO = "ListBackupPlansOutput";
    var _LBPT = "ListBackupPlanTemplates";
    var _LBPTI = "ListBackupPlanTemplatesInput";
    var _LBPTO = "ListBackupPlanTemplatesOutput";
    var _LBPV = "ListBackupPlanVersions";
    var _LBPVI = "ListBackupPlanVersionsInput";
    var _LBPVO = "ListBackupPlanVersionsOutput";
    var _LBS = "ListBackupSelections";
    var _LBSI = "ListBackupSelectionsInput";
    var _LBSO = "ListBackupSelectionsOutput";
    var _LBT = "LastBackupTime";
    var _LBV = "ListBackupVaults";
    var _LBVA = "LastBackupVaultArn";
    var _LBVI = "ListBackupVaultsInput";
    var _LBVO = "ListBackupVaultsOutput";
    var _LC = "LastComputed";
    var _LCJ = "ListCopyJobs";
    var _LCJI = "ListCopyJobsInput";
    var _LCJO = "ListCopyJobsOutput";
    var _LCJS = "ListCopyJobSummaries";
    var _LCJSI = "ListCopyJobSummariesInput";
    var _LCJSO = "ListCopyJobSummariesOutput";
    var _LD = "LockDate";
    var _LED = "LastExecutionDate";
    var _LEE = "LimitExceededException";
    var _LET = "LastExecutionTime";
    var _LF = "ListFrameworks";
    var _LFI = "ListFrameworksInput";
    var _LFO = "ListFrameworksOutput";
    var _LH = "LegalHold";
    var _LHA = "LegalHoldArn";
    var _LHI = "LegalHoldId";
    var _LHL = "LegalHoldsList";
    var _LHe = "LegalHolds";
    var _LIRP = "ListIndexedRecoveryPoints";
    var _LIRPI = "ListIndexedRecoveryPointsInput";
    var _LIRPO = "ListIndexedRecoveryPointsOutput";
    var _LLH = "ListLegalHolds";
    var _LLHI = "ListLegalHoldsInput";
    var _LLHO = "ListLegalHoldsOutput";
    var _LMATU = "LatestMpaApprovalTeamUpdate";
    var _LOT = "ListOfTags";
    var _LPR = "ListProtectedResources";
    var _LPRBBV = "ListProtectedResourcesByBackupVault";
    var _LPRBBVI = "ListProtectedResourcesByBackupVaultInput";
    var _LPRBBVO = "ListProtectedResourcesByBackupVaultOutput";
    var _LPRI = "ListProtectedResourcesInput";
    var _LPRO = "ListProtectedResourcesOutput";
    var _LRABV = "ListRestoreAccessBackupVaults";
    var _LRABVI = "ListRestoreAccessBackupVaultsInput";
    var _LRABVO = "ListRestoreAccessBackupVaultsOutput";
    var _LRETM = "LatestRestoreExecutionTimeMinutes";
    var _LRJ = "ListReportJobs";
    var _LRJBPR = "ListRestoreJobsByProtectedResource";
    var _LRJBPRI = "ListRestoreJobsByProtectedResourceInput";
    var _LRJBPRO = "ListRestoreJobsByProtectedResourceOutput";
    var _LRJCD = "LatestRestoreJobCreationDate";
    var _LRJI = "ListReportJobsInput";
    var _LRJIi = "ListRestoreJobsInput";
    var _LRJO = "ListReportJobsOutput";
    var _LRJOi = "ListRestoreJobsOutput";
    var _LRJS = "ListRestoreJobSummaries";
    var _LRJSI = "ListRestoreJobSummariesInput";
    var _LRJSO = "ListRestoreJobSummariesOutput";
    var _LRJi = "ListRestoreJobs";
    var _LRP = "ListReportPlans";
    var _LRPA = "LastRecoveryPointArn";
    var _LRPBBV = "ListRecoveryPointsByBackupVault";
    var _LRPBBVI = "ListRecoveryPointsByBackupVaultInput";
    var _LRPBBVO = "ListRecoveryPointsByBackupVaultOutput";
    var _LRPBLH = "ListRecoveryPointsByLegalHold";
    var _LRPBLHI = "ListRecoveryPointsByLegalHoldInput";
    var _LRPBLHO = "ListRecoveryPointsByLegalHoldOutput";
    var _LRPBR = "ListRecoveryPointsByResource";
    var _LRPBRI = "ListRecoveryPointsByResourceInput";
    var _LRPBRO = "ListRecoveryPointsByResourceOutput";
    var _LRPI = "ListReportPlansInput";
    var _LRPO = "ListReportPlansOutput";
    var _LRR = "LatestRevokeRequest";
    var _LRRPCD = "LatestRestoreRecoveryPointCreationDate";
    var _LRT = "LastRestoreTime";
    var _LRTP = "ListRestoreTestingPlans";
    var _LRTPI = "ListRestoreTestingPlansInput";
    var _LRTPO = "ListRestoreTestingPlansOutput";
    var _LRTS = "ListRestoreTestingSelections";
    var _LRTSI = "ListRestoreTestingSelectionsInput";
    var _LRTSO = "ListRestoreTestingSelectionsOutput";
    var _LSET = "LastSuccessfulExecutionTime";
    var _LSJ = "ListScanJobs";
    var _LSJI = "ListScanJobsInput";
    var _LSJO = "ListScanJobsOutput";
    var _LSJS = "ListScanJobSummaries";
    var _LSJSI = "ListScanJobSummariesInput";
    var _LSJSO = "ListScanJobSummariesOutput";
    var _LSJT = "LastScanJobTime";
    var _LST = "LastScanTimestamp";
    var _LT = "ListTags";
    var _LTC = "ListTieringConfigurations";
    var _LTCI = "ListTieringConfigurationsInput";
    var _LTCO = "ListTieringConfigurationsOutput";
    var _LTI = "ListTagsInput";
    var _LTO = "ListTagsOutput";
    var _LUT = "LastUpdateTime";
    var _LUTa = "LastUpdatedTime";
    var _Lo = "Locked";
    var _M = "Message";
    var _MATA = "MpaApprovalTeamArn";
    var _MBAWSBO = "ManagedByAWSBackupOnly";
    var _MC = "MessageCategory";
    var _MPVE = "MissingParameterValueException";
    var _MR = "MaxResults";
    var _MRD = "MinRetentionDays";
    var _MRDa = "MaxRetentionDays";
    var _MS = "MalwareScanner";
    var _MSA = "MpaSessionArn";
    var _MSRP = "MaxScheduledRunsPreview";
    var _MTCSA = "MoveToColdStorageAt";
    var _MTCSAD = "MoveToColdStorageAfterDays";
    var _Me = "Metadata";
    var _NOC = "NumberOfControls";
    var _NOCJ = "NumberOfChildJobs";
    var _NOF = "NumberOfFrameworks";
    var _NORP = "NumberOfRecoveryPoints";
    var _NR = "NotResources";
    var _NT = "NextToken";
    var _OITAFSR = "OptInToArchiveForSupportedResources";
    var _OU = "OrganizationUnits";
    var _P = "Policy";
    var _PBVAP = "PutBackupVaultAccessPolicy";
    var _PBVAPI = "PutBackupVaultAccessPolicyInput";
    var _PBVLC = "PutBackupVaultLockConfiguration";
    var _PBVLCI = "PutBackupVaultLockConfigurationInput";
    var _PBVN = "PutBackupVaultNotifications";
    var _PBVNI = "PutBackupVaultNotificationsInput";
    var _PD = "PercentDone";
    var _PJI = "ParentJobId";
    var _PN = "ParameterName";
    var _PR = "ProtectedResource";
    var _PRA = "ProtectedResourceArns";
    var _PRC = "ProtectedResourceConditions";
    var _PRL = "ProtectedResourcesList";
    var _PRPA = "ParentRecoveryPointArn";
    var _PRT = "ProtectedResourceType";
    var _PRVR = "PutRestoreValidationResult";
    var _PRVRI = "PutRestoreValidationResultInput";
    var _PV = "ParameterValue";
    var _R = "Region";
    var _RA = "ResourceArn";
    var _RABV = "RestoreAccessBackupVaults";
    var _RABVA = "RestoreAccessBackupVaultArn";
    var _RABVL = "RestoreAccessBackupVaultList";
    var _RABVLM = "RestoreAccessBackupVaultListMember";
    var _RABVN = "RestoreAccessBackupVaultName";
    var _RC = "RequesterComment";
    var _RD = "ReportDestination";
    var _RDC = "ReportDeliveryChannel";
    var _RET = "RuleExecutionType";
    var _RI = "RuleId";
    var _RIe = "ResourceIdentifiers";
    var _RJ = "ReportJob";
    var _RJC = "RestoreJobCreator";
    var _RJI = "ReportJobId";
    var _RJIe = "RestoreJobId";
    var _RJL = "ReportJobList";
    var _RJLM = "RestoreJobsListMember";
    var _RJLe = "RestoreJobsList";
    var _RJS = "RestoreJobSummaries";
    var _RJSL = "RestoreJobSummaryList";
    var _RJSe = "RestoreJobSummary";
    var _RJe = "ReportJobs";
    var _RJes = "RestoreJobs";
    var _RM = "RestoreMetadata";
    var _RMO = "RestoreMetadataOverrides";
    var _RN = "ResourceName";
    var _RNFE = "ResourceNotFoundException";
    var _RNu = "RuleName";
    var _RP = "ReportPlan";
    var _RPA = "RecoveryPointArn";
    var _RPAe = "ReportPlanArn";
    var _RPBBV = "RecoveryPointByBackupVault";
    var _RPBBVL = "RecoveryPointByBackupVaultList";
    var _RPBR = "RecoveryPointByResource";
    var _RPBRL = "RecoveryPointByResourceList";
    var _RPC = "RecoveryPointCreator";
    var _RPCD = "RecoveryPointCreationDate";
    var _RPD = "ReportPlanDescription";
    var _RPL = "RecoveryPointLifecycle";
    var _RPLe = "RecoveryPointsList";
    var _RPLep = "ReportPlanList";
    var _RPM = "RecoveryPointMember";
    var _RPN = "ReportPlanName";
    var _RPS = "RecoveryPointSelection";
    var _RPT = "RecoveryPointTags";
    var _RPTe = "ReportPlanTags";
    var _RPTec = "RecoveryPointTypes";
    var _RPe = "RecoveryPoints";
    var _RPep = "ReportPlans";
    var _RRABV = "RevokeRestoreAccessBackupVault";
    var _RRABVI = "RevokeRestoreAccessBackupVaultInput";
    var _RRID = "RetainRecordInDays";
    var _RRU = "RetainRecordUntil";
    var _RS = "ReportSetting";
    var _RSe = "ResourceSelection";
    var _RSes = "ResourceSelections";
    var _RT = "ResourceType";
    var _RTMP = "ResourceTypeManagementPreference";
    var _RTOIP = "ResourceTypeOptInPreference";
    var _RTP = "RestoreTestingPlan";
    var _RTPA = "RestoreTestingPlanArn";
    var _RTPFC = "RestoreTestingPlanForCreate";
    var _RTPFG = "RestoreTestingPlanForGet";
    var _RTPFL = "RestoreTestingPlanForList";
    var _RTPFU = "RestoreTestingPlanForUpdate";
    var _RTPN = "RestoreTestingPlanName";
    var _RTPe = "RestoreTestingPlans";
    var _RTRPS = "RestoreTestingRecoveryPointSelection";
    var _RTS = "RestoreTestingSelection";
    var _RTSFC = "RestoreTestingSelectionForCreate";
    var _RTSFG = "RestoreTestingSelectionForGet";
    var _RTSFL = "RestoreTestingSelectionForList";
    var _RTSFU = "RestoreTestingSelectionForUpdate";
    var _RTSN = "RestoreTestingSelectionName";
    var _RTSe = "RestoreTestingSelections";
    var _RTe = "ResourceTypes";
    var _RTep = "ReportTemplate";
    var _Re = "Resources";
    var _Reg = "Regions";
    var _Res = "Results";
    var _Ru = "Rules";
    var _S = "State";
    var _SA = "ScanActions";
    var _SAc = "ScanAction";
    var _SB = "StartBy";
    var _SBJ = "StartBackupJob";
    var _SBJI = "StartBackupJobInput";
    var _SBJIt = "StopBackupJobInput";
    var _SBJO = "StartBackupJobOutput";
    var _SBJt = "StopBackupJob";
    var _SBN = "S3BucketName";
    var _SBRPA = "ScanBaseRecoveryPointArn";
    var _SBVA = "SourceBackupVaultArn";
    var _SBVN = "SourceBackupVaultName";
    var _SC = "StorageClass";
    var _SCJ = "StartCopyJob";
    var _SCJI = "StartCopyJobInput";
    var _SCJO = "StartCopyJobOutput";
    var _SE = "ScheduleExpression";
    var _SET = "ScheduleExpressionTimezone";
    var _SETc = "ScanEndTime";
    var _SEt = "StringEquals";
    var _SI = "SelectionId";
    var _SIc = "ScanId";
    var _SJ = "ScanJobs";
    var _SJC = "ScanJobCreator";
    var _SJI = "ScanJobId";
    var _SJS = "ScanJobSummaries";
    var _SJSL = "ScanJobSummaryList";
    var _SJSc = "ScanJobSummary";
    var _SJSca = "ScanJobState";
    var _SJc = "ScanJob";
    var _SK = "S3Keys";
    var _SKP = "S3KeyPrefix";
    var _SL = "StringLike";
    var _SM = "StatusMessage";
    var _SMc = "ScanMode";
    var _SN = "SelectionName";
    var _SNE = "StringNotEquals";
    var _SNL = "StringNotLike";
    var _SNSTA = "SNSTopicArn";
    var _SPEM = "ScheduledPlanExecutionMember";
    var _SR = "ScanResults";
    var _SRA = "SourceResourceArn";
    var _SRAc = "ScannerRoleArn";
    var _SRI = "ScanResultInfo";
    var _SRJ = "StartReportJob";
    var _SRJI = "StartReportJobInput";
    var _SRJIt = "StartRestoreJobInput";
    var _SRJO = "StartReportJobOutput";
    var _SRJOt = "StartRestoreJobOutput";
    var _SRJt = "StartRestoreJob";
    var _SRP = "ScheduledRunsPreview";
    var _SRPA = "SourceRecoveryPointArn";
    var _SRS = "ScanResultStatus";
    var _SRc = "ScanResult";
    var _SS = "ScanSettings";
    var _SSJ = "StartScanJob";
    var _SSJI = "StartScanJobInput";
    var _SSJO = "StartScanJobOutput";
    var _SSM = "SensitiveStringMap";
    var _SSc = "ScanSetting";
    var _ST = "StartTime";
    var _SUE = "ServiceUnavailableException";
    var _SWD = "SelectionWindowDays";
    var _SWH = "StartWindowHours";
    var _SWM = "StartWindowMinutes";
    var _St = "Status";
    var _T = "Type";
    var _TBVN = "TargetBackupVaultName";
    var _TC = "TieringConfiguration";
    var _TCA = "TieringConfigurationArn";
    var _TCIFC = "TieringConfigurationInputForCreate";
    var _TCIFU = "TieringConfigurationInputForUpdate";
    var _TCL = "TieringConfigurationsList";
    var _TCLM = "TieringConfigurationsListMember";
    var _TCN = "TieringConfigurationName";
    var _TCT = "TieringConfigurationTags";
    var _TCi = "TieringConfigurations";
    var _TD = "ToDate";
    var _TDSID = "TieringDownSettingsInDays";
    var _TII = "TotalItemsIndexed";
    var _TKL = "TagKeyList";
    var _TLAGBVA = "TargetLogicallyAirGappedBackupVaultArn";
    var _TR = "TagResource";
    var _TRI = "TagResourceInput";
    var _Ta = "Tags";
    var _Ti = "Title";
    var _UBP = "UpdateBackupPlan";
    var _UBPI = "UpdateBackupPlanInput";
    var _UBPO = "UpdateBackupPlanOutput";
    var _UF = "UpdateFramework";
    var _UFI = "UpdateFrameworkInput";
    var _UFO = "UpdateFrameworkOutput";
    var _UGS = "UpdateGlobalSettings";
    var _UGSI = "UpdateGlobalSettingsInput";
    var _UR = "UntagResource";
    var _URI = "UntagResourceInput";
    var _URP = "UpdateReportPlan";
    var _URPI = "UpdateReportPlanInput";
    var _URPIS = "UpdateRecoveryPointIndexSettings";
    var _URPISI = "UpdateRecoveryPointIndexSettingsInput";
    var _URPISO = "UpdateRecoveryPointIndexSettingsOutput";
    var _URPL = "UpdateRecoveryPointLifecycle";
    var _URPLI = "UpdateRecoveryPointLifecycleInput";
    var _URPLO = "UpdateRecoveryPointLifecycleOutput";
    var _URPO = "UpdateReportPlanOutput";
    var _URS = "UpdateRegionSettings";
    var _URSI = "UpdateRegionSettingsInput";
    var _URTP = "UpdateRestoreTestingPlan";
    var _URTPI = "UpdateRestoreTestingPlanInput";
    var _URTPO = "UpdateRestoreTestingPlanOutput";
    var _URTS = "UpdateRestoreTestingSelection";
    var _URTSI = "UpdateRestoreTestingSelectionInput";
    var _URTSO = "UpdateRestoreTestingSelectionOutput";
    var _UT = "UpdateTime";
    var _UTC = "UpdateTieringConfiguration";
    var _UTCI = "UpdateTieringConfigurationInput";
    var _UTCO = "UpdateTieringConfigurationOutput";
    var _V = "Value";
    var _VI = "VersionId";
    var _VLS = "VaultLockState";
    var _VN = "VaultNames";
    var _VS = "VaultState";
    var _VSM = "ValidationStatusMessage";
    var _VSa = "ValidationStatus";
    var _VT = "VaultType";
    var _VWH = "ValidationWindowHours";
    var _aI = "accountId";
    var _aQE = "awsQueryError";
    var _bPI = "backupPlanId";
    var _bVAI = "backupVaultAccountId";
    var _bVN = "backupVaultName";
    var _c = "client";
    var _cA = "createdAfter";
    var _cAo = "completeAfter";
    var _cB = "createdBefore";
    var _cBo = "completeBefore";
    var _cD = "cancelDescription";
    var _dVA = "destinationVaultArn";
    var _e = "error";
    var _h = "http";
    var _hE = "httpError";
    var _hQ = "httpQuery";
    var _iD = "includeDeleted";
    var _iS = "indexStatus";
    var _mBAWSBO = "managedByAWSBackupOnly";
    var _mC = "messageCategory";
    var _mR = "maxResults";
    var _nT = "nextToken";
    var _pJI = "parentJobId";
    var _pRPA = "parentRecoveryPointArn";
    var _rA = "resourceArn";
    var _rC = "requesterComment";
    var _rPCDA = "recoveryPointCreationDateAfter";
    var _rPCDB = "recoveryPointCreationDateBefore";
    var _rRID = "retainRecordInDays";
    var _rT = "resourceType";
    var _rTPA = "restoreTestingPlanArn";
    var _s = "smithy.ts.sdk.synthetic.com.amazonaws.backup";
    var _sRA = "sourceResourceArn";
    var _sRPA = "sourceRecoveryPointArn";
    var _se = "server";
    var _sh = "shared";
    var _st = "state";
    var _sta = "status";
    var _vI = "versionId";
    var _vT = "vaultType";
    var n0 = "com.amazonaws.backup";
    var _s_registry = TypeRegistry.for(_s);
    var BackupServiceException$ = [-3, _s, "BackupServiceException", 0, [], []];
    _s_registry.registerError(BackupServiceException$, BackupServiceException);
    var n0_registry = TypeRegistry.for(n0);
    var AlreadyExistsException$ = [
      -3,
      n0,
      _AEE,
      { [_e]: _c },
      [_C, _M, _CRI, _A, _T, _Co],
      [0, 0, 0, 0, 0, 0]
    ];
    n0_registry.registerError(AlreadyExistsException$, AlreadyExistsException);
    var ConflictException$ = [
      -3,
      n0,
      _CE,
      { [_aQE]: [`ConflictException`, 409], [_e]: _c, [_hE]: 409 },
      [_C, _M, _T, _Co],
      [0, 0, 0, 0]
    ];
    n0_registry.registerError(ConflictException$, ConflictException);
    var DependencyFailureException$ = [
      -3,
      n0,
      _DFE,
      { [_e]: _se },
      [_C, _M, _T, _Co],
      [0, 0, 0, 0]
    ];
    n0_registry.registerError(DependencyFailureException$, DependencyFailureException);
    var InvalidParameterValueException$ = [
      -3,
      n0,
      _IPVE,
      { [_e]: _c },
      [_C, _M, _T, _Co],
      [0, 0, 0, 0]
    ];
    n0_registry.registerError(InvalidParameterValueException$, InvalidParameterValueException);
    var InvalidRequestException$ = [
      -3,
      n0,
      _IRE,
      { [_e]: _c },
      [_C, _M, _T, _Co],
      [0, 0, 0, 0]
    ];
    n0_registry.registerError(InvalidRequestException$, InvalidRequestException);
    var InvalidResourceStateException$ = [
      -3,
      n0,
      _IRSE,
      { [_e]: _c },
      [_C, _M, _T, _Co],
      [0, 0, 0, 0]
    ];
    n0_registry.registerError(InvalidResourceStateException$, InvalidResourceStateException);
    var LimitExceededException$ = [
      -3,
      n0,
      _LEE,
      { [_e]: _c },
      [_C, _M, _T, _Co],
      [0, 0, 0, 0]
    ];
    n0_registry.registerError(LimitExceededException$, LimitExceededException);
    var MissingParameterValueException$ = [
      -3,
      n0,
      _MPVE,
      { [_e]: _c },
      [_C, _M, _T, _Co],
      [0, 0, 0, 0]
    ];
    n0_registry.registerError(MissingParameterValueException$, MissingParameterValueException);
    var ResourceNotFoundException$ = [
      -3,
      n0,
      _RNFE,
      { [_e]: _c },
      [_C, _M, _T, _Co],
      [0, 0, 0, 0]
    ];
    n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
    var ServiceUnavailableException$ = [
      -3,
      n0,
      _SUE,
      { [_e]: _se },
      [_C, _M, _T, _Co],
      [0, 0, 0, 0]
    ];
    n0_registry.registerError(ServiceUnavailableException$, ServiceUnavailableException);
    var errorTypeRegistries = [
      _s_registry,
      n0_registry
    ];
    var RequesterComment = [0, n0, _RC, 8, 0];
    var AdvancedBackupSetting$ = [
      3,
      n0,
      _ABS,
      0,
      [_RT, _BO],
      [0, 128 | 0]
    ];
    var AggregatedScanResult$ = [
      3,
      n0,
      _ASR,
      0,
      [_FS, _F, _LC],
      [2, 64 | 0, 4]
    ];
    var AssociateBackupVaultMpaApprovalTeamInput$ = [
      3,
      n0,
      _ABVMATI,
      0,
      [_BVN, _MATA, _RC],
      [[0, 1], 0, [() => RequesterComment, 0]],
      2
    ];
    var BackupJob$ = [
      3,
      n0,
      _BJ,
      0,
      [_AI, _BJI, _BVN, _BVA, _VT, _VLS, _RPA, _RPL, _EKA, _IE, _RA, _CD, _CDo, _S, _SM, _PD, _BSIB, _IRA, _CB, _ECD, _SB, _RT, _BT, _BO, _BTa, _PJI, _IP, _RN, _ID, _MC],
      [0, 0, 0, 0, 0, 0, 0, () => Lifecycle$, 0, 2, 0, 4, 4, 0, 0, 0, 1, 0, () => RecoveryPointCreator$, 4, 4, 0, 1, 128 | 0, 0, 0, 2, 0, 4, 0]
    ];
    var BackupJobSummary$ = [
      3,
      n0,
      _BJS,
      0,
      [_R, _AI, _S, _RT, _MC, _Cou, _ST, _ET],
      [0, 0, 0, 0, 0, 1, 4, 4]
    ];
    var BackupPlan$ = [
      3,
      n0,
      _BP,
      0,
      [_BPN, _Ru, _ABSd, _SS],
      [0, [() => BackupRules, 0], () => AdvancedBackupSettings, () => ScanSettings],
      2
    ];
    var BackupPlanInput$ = [
      3,
      n0,
      _BPI,
      0,
      [_BPN, _Ru, _ABSd, _SS],
      [0, [() => BackupRulesInput, 0], () => AdvancedBackupSettings, () => ScanSettings],
      2
    ];
    var BackupPlansListMember$ = [
      3,
      n0,
      _BPLM,
      0,
      [_BPA, _BPIa, _CD, _DD, _VI, _BPN, _CRI, _LED, _ABSd],
      [0, 0, 4, 4, 0, 0, 0, 4, () => AdvancedBackupSettings]
    ];
    var BackupPlanTemplatesListMember$ = [
      3,
      n0,
      _BPTLM,
      0,
      [_BPTI, _BPTN],
      [0, 0]
    ];
    var BackupRule$ = [
      3,
      n0,
      _BR,
      0,
      [_RNu, _TBVN, _TLAGBVA, _SE, _SWM, _CWM, _L, _RPT, _RI, _CA, _ECB, _SET, _IA, _SA],
      [0, 0, 0, 0, 1, 1, () => Lifecycle$, [() => Tags, 0], 0, () => CopyActions, 2, 0, () => IndexActions, () => ScanActions],
      2
    ];
    var BackupRuleInput$ = [
      3,
      n0,
      _BRI,
      0,
      [_RNu, _TBVN, _TLAGBVA, _SE, _SWM, _CWM, _L, _RPT, _CA, _ECB, _SET, _IA, _SA],
      [0, 0, 0, 0, 1, 1, () => Lifecycle$, [() => Tags, 0], () => CopyActions, 2, 0, () => IndexActions, () => ScanActions],
      2
    ];
    var BackupSelection$ = [
      3,
      n0,
      _BS,
      0,
      [_SN, _IRA, _Re, _LOT, _NR, _Con],
      [0, 0, 64 | 0, () => ListOfTags, 64 | 0, () => Conditions$],
      2
    ];
    var BackupSelectionsListMember$ = [
      3,
      n0,
      _BSLM,
      0,
      [_SI, _SN, _BPIa, _CD, _CRI, _IRA],
      [0, 0, 0, 4, 0, 0]
    ];
    var BackupVaultListMember$ = [
      3,
      n0,
      _BVLM,
      0,
      [_BVN, _BVA, _VT, _VS, _CD, _EKA, _CRI, _NORP, _Lo, _MRD, _MRDa, _LD, _EKT],
      [0, 0, 0, 0, 4, 0, 0, 1, 2, 1, 1, 4, 0]
    ];
    var CalculatedLifecycle$ = [
      3,
      n0,
      _CL,
      0,
      [_MTCSA, _DA],
      [4, 4]
    ];
    var CancelLegalHoldInput$ = [
      3,
      n0,
      _CLHI,
      0,
      [_LHI, _CDa, _RRID],
      [[0, 1], [0, { [_hQ]: _cD }], [1, { [_hQ]: _rRID }]],
      2
    ];
    var CancelLegalHoldOutput$ = [
      3,
      n0,
      _CLHO,
      0,
      [],
      []
    ];
    var Condition$ = [
      3,
      n0,
      _Cond,
      0,
      [_CT, _CK, _CV],
      [0, 0, 0],
      3
    ];
    var ConditionParameter$ = [
      3,
      n0,
      _CP,
      0,
      [_CK, _CV],
      [0, 0]
    ];
    var Conditions$ = [
      3,
      n0,
      _Con,
      0,
      [_SEt, _SNE, _SL, _SNL],
      [() => ConditionParameters, () => ConditionParameters, () => ConditionParameters, () => ConditionParameters]
    ];
    var ControlInputParameter$ = [
      3,
      n0,
      _CIP,
      0,
      [_PN, _PV],
      [0, 0]
    ];
    var ControlScope$ = [
      3,
      n0,
      _CS,
      0,
      [_CRIo, _CRT, _Ta],
      [64 | 0, 64 | 0, 128 | 0]
    ];
    var CopyAction$ = [
      3,
      n0,
      _CAo,
      0,
      [_DBVA, _L],
      [0, () => Lifecycle$],
      1
    ];
    var CopyJob$ = [
      3,
      n0,
      _CJ,
      0,
      [_AI, _CJI, _SBVA, _SRPA, _DBVA, _DVT, _DVLS, _DRPA, _DEKA, _DRPL, _RA, _CD, _CDo, _S, _SM, _BSIB, _IRA, _CB, _CBBJI, _RT, _PJI, _IP, _CMI, _NOCJ, _CJIS, _RN, _MC],
      [0, 0, 0, 0, 0, 0, 0, 0, 0, () => Lifecycle$, 0, 4, 4, 0, 0, 1, 0, () => RecoveryPointCreator$, 0, 0, 0, 2, 0, 1, 128 | 1, 0, 0]
    ];
    var CopyJobSummary$ = [
      3,
      n0,
      _CJS,
      0,
      [_R, _AI, _S, _RT, _MC, _Cou, _ST, _ET],
      [0, 0, 0, 0, 0, 1, 4, 4]
    ];
    var CreateBackupPlanInput$ = [
      3,
      n0,
      _CBPI,
      0,
      [_BP, _BPT, _CRI],
      [[() => BackupPlanInput$, 0], [() => Tags, 0], [0, 4]],
      1
    ];
    var CreateBackupPlanOutput$ = [
      3,
      n0,
      _CBPO,
      0,
      [_BPIa, _BPA, _CD, _VI, _ABSd],
      [0, 0, 4, 0, () => AdvancedBackupSettings]
    ];
    var CreateBackupSelectionInput$ = [
      3,
      n0,
      _CBSI,
      0,
      [_BPIa, _BS, _CRI],
      [[0, 1], () => BackupSelection$, [0, 4]],
      2
    ];
    var CreateBackupSelectionOutput$ = [
      3,
      n0,
      _CBSO,
      0,
      [_SI, _BPIa, _CD],
      [0, 0, 4]
    ];
    var CreateBackupVaultInput$ = [
      3,
      n0,
      _CBVI,
      0,
      [_BVN, _BVT, _EKA, _CRI],
      [[0, 1], [() => Tags, 0], 0, [0, 4]],
      1
    ];
    var CreateBackupVaultOutput$ = [
      3,
      n0,
      _CBVO,
      0,
      [_BVN, _BVA, _CD],
      [0, 0, 4]
    ];
    var CreateFrameworkInput$ = [
      3,
      n0,
      _CFI,
      0,
      [_FN, _FC, _FD, _IT, _FT],
      [0, () => FrameworkControls, 0, [0, 4], 128 | 0],
      2
    ];
    var CreateFrameworkOutput$ = [
      3,
      n0,
      _CFO,
      0,
      [_FN, _FA],
      [0, 0]
    ];
    var CreateLegalHoldInput$ = [
      3,
      n0,
      _CLHIr,
      0,
      [_Ti, _D, _IT, _RPS, _Ta],
      [0, 0, [0, 4], () => RecoveryPointSelection$, [() => Tags, 0]],
      2
    ];
    var CreateLegalHoldOutput$ = [
      3,
      n0,
      _CLHOr,
      0,
      [_Ti, _St, _D, _LHI, _LHA, _CD, _RPS],
      [0, 0, 0, 0, 0, 4, () => RecoveryPointSelection$]
    ];
    var CreateLogicallyAirGappedBackupVaultInput$ = [
      3,
      n0,
      _CLAGBVI,
      0,
      [_BVN, _MRD, _MRDa, _BVT, _CRI, _EKA],
      [[0, 1], 1, 1, [() => Tags, 0], [0, 4], 0],
      3
    ];
    var CreateLogicallyAirGappedBackupVaultOutput$ = [
      3,
      n0,
      _CLAGBVO,
      0,
      [_BVN, _BVA, _CD, _VS],
      [0, 0, 4, 0]
    ];
    var CreateReportPlanInput$ = [
      3,
      n0,
      _CRPI,
      0,
      [_RPN, _RDC, _RS, _RPD, _RPTe, _IT],
      [0, () => ReportDeliveryChannel$, () => ReportSetting$, 0, 128 | 0, [0, 4]],
      3
    ];
    var CreateReportPlanOutput$ = [
      3,
      n0,
      _CRPO,
      0,
      [_RPN, _RPAe, _CTr],
      [0, 0, 4]
    ];
    var CreateRestoreAccessBackupVaultInput$ = [
      3,
      n0,
      _CRABVI,
      0,
      [_SBVA, _BVN, _BVT, _CRI, _RC],
      [0, 0, [() => Tags, 0], [0, 4], [() => RequesterComment, 0]],
      1
    ];
    var CreateRestoreAccessBackupVaultOutput$ = [
      3,
      n0,
      _CRABVO,
      0,
      [_RABVA, _VS, _RABVN, _CD],
      [0, 0, 0, 4]
    ];
    var CreateRestoreTestingPlanInput$ = [
      3,
      n0,
      _CRTPI,
      0,
      [_RTP, _CRI, _Ta],
      [() => RestoreTestingPlanForCreate$, 0, [() => SensitiveStringMap, 0]],
      1
    ];
    var CreateRestoreTestingPlanOutput$ = [
      3,
      n0,
      _CRTPO,
      0,
      [_CTr, _RTPA, _RTPN],
      [4, 0, 0],
      3
    ];
    var CreateRestoreTestingSelectionInput$ = [
      3,
      n0,
      _CRTSI,
      0,
      [_RTPN, _RTS, _CRI],
      [[0, 1], [() => RestoreTestingSelectionForCreate$, 0], 0],
      2
    ];
    var CreateRestoreTestingSelectionOutput$ = [
      3,
      n0,
      _CRTSO,
      0,
      [_CTr, _RTPA, _RTPN, _RTSN],
      [4, 0, 0, 0],
      4
    ];
    var CreateTieringConfigurationInput$ = [
      3,
      n0,
      _CTCI,
      0,
      [_TC, _TCT, _CRI],
      [() => TieringConfigurationInputForCreate$, [() => Tags, 0], [0, 4]],
      1
    ];
    var CreateTieringConfigurationOutput$ = [
      3,
      n0,
      _CTCO,
      0,
      [_TCA, _TCN, _CTr],
      [0, 0, 4]
    ];
    var DateRange$ = [
      3,
      n0,
      _DR,
      0,
      [_FDr, _TD],
      [4, 4],
      2
    ];
    var DeleteBackupPlanInput$ = [
      3,
      n0,
      _DBPI,
      0,
      [_BPIa],
      [[0, 1]],
      1
    ];
    var DeleteBackupPlanOutput$ = [
      3,
      n0,
      _DBPO,
      0,
      [_BPIa, _BPA, _DD, _VI],
      [0, 0, 4, 0]
    ];
    var DeleteBackupSelectionInput$ = [
      3,
      n0,
      _DBSI,
      0,
      [_BPIa, _SI],
      [[0, 1], [0, 1]],
      2
    ];
    var DeleteBackupVaultAccessPolicyInput$ = [
      3,
      n0,
      _DBVAPI,
      0,
      [_BVN],
      [[0, 1]],
      1
    ];
    var DeleteBackupVaultInput$ = [
      3,
      n0,
      _DBVI,
      0,
      [_BVN],
      [[0, 1]],
      1
    ];
    var DeleteBackupVaultLockConfigurationInput$ = [
      3,
      n0,
      _DBVLCI,
      0,
      [_BVN],
      [[0, 1]],
      1
    ];
    var DeleteBackupVaultNotificationsInput$ = [
      3,
      n0,
      _DBVNI,
      0,
      [_BVN],
      [[0, 1]],
      1
    ];
    var DeleteFrameworkInput$ = [
      3,
      n0,
      _DFI,
      0,
      [_FN],
      [[0, 1]],
      1
    ];
    var DeleteRecoveryPointInput$ = [
      3,
      n0,
      _DRPI,
      0,
      [_BVN, _RPA],
      [[0, 1], [0, 1]],
      2
    ];
    var DeleteReportPlanInput$ = [
      3,
      n0,
      _DRPIe,
      0,
      [_RPN],
      [[0, 1]],
      1
    ];
    var DeleteRestoreTestingPlanInput$ = [
      3,
      n0,
      _DRTPI,
      0,
      [_RTPN],
      [[0, 1]],
      1
    ];
    var DeleteRestoreTestingSelectionInput$ = [
      3,
      n0,
      _DRTSI,
      0,
      [_RTPN, _RTSN],
      [[0, 1], [0, 1]],
      2
    ];
    var DeleteTieringConfigurationInput$ = [
      3,
      n0,
      _DTCI,
      0,
      [_TCN],
      [[0, 1]],
      1
    ];
    var DeleteTieringConfigurationOutput$ = [
      3,
      n0,
      _DTCO,
      0,
      [],
      []
    ];
    var DescribeBackupJobInput$ = [
      3,
      n0,
      _DBJI,
      0,
      [_BJI],
      [[0, 1]],
      1
    ];
    var DescribeBackupJobOutput$ = [
      3,
      n0,
      _DBJO,
      0,
      [_AI, _BJI, _BVN, _RPL, _BVA, _VT, _VLS, _RPA, _EKA, _IE, _RA, _CD, _CDo, _S, _SM, _PD, _BSIB, _IRA, _CB, _RT, _BT, _ECD, _SB, _BO, _BTa, _PJI, _IP, _NOCJ, _CJIS, _RN, _ID, _MC],
      [0, 0, 0, () => Lifecycle$, 0, 0, 0, 0, 0, 2, 0, 4, 4, 0, 0, 0, 1, 0, () => RecoveryPointCreator$, 0, 1, 4, 4, 128 | 0, 0, 0, 2, 1, 128 | 1, 0, 4, 0]
    ];
    var DescribeBackupVaultInput$ = [
      3,
      n0,
      _DBVIe,
      0,
      [_BVN, _BVAI],
      [[0, 1], [0, { [_hQ]: _bVAI }]],
      1
    ];
    var DescribeBackupVaultOutput$ = [
      3,
      n0,
      _DBVO,
      0,
      [_BVN, _BVA, _VT, _VS, _EKA, _CD, _CRI, _NORP, _Lo, _MRD, _MRDa, _LD, _SBVA, _MATA, _MSA, _LMATU, _EKT],
      [0, 0, 0, 0, 0, 4, 0, 1, 2, 1, 1, 4, 0, 0, 0, () => LatestMpaApprovalTeamUpdate$, 0]
    ];
    var DescribeCopyJobInput$ = [
      3,
      n0,
      _DCJI,
      0,
      [_CJI],
      [[0, 1]],
      1
    ];
    var DescribeCopyJobOutput$ = [
      3,
      n0,
      _DCJO,
      0,
      [_CJ],
      [() => CopyJob$]
    ];
    var DescribeFrameworkInput$ = [
      3,
      n0,
      _DFIe,
      0,
      [_FN],
      [[0, 1]],
      1
    ];
    var DescribeFrameworkOutput$ = [
      3,
      n0,
      _DFO,
      0,
      [_FN, _FA, _FD, _FC, _CTr, _DS, _FSr, _IT],
      [0, 0, 0, () => FrameworkControls, 4, 0, 0, 0]
    ];
    var DescribeGlobalSettingsInput$ = [
      3,
      n0,
      _DGSI,
      0,
      [],
      []
    ];
    var DescribeGlobalSettingsOutput$ = [
      3,
      n0,
      _DGSO,
      0,
      [_GS, _LUT],
      [128 | 0, 4]
    ];
    var DescribeProtectedResourceInput$ = [
      3,
      n0,
      _DPRI,
      0,
      [_RA],
      [[0, 1]],
      1
    ];
    var DescribeProtectedResourceOutput$ = [
      3,
      n0,
      _DPRO,
      0,
      [_RA, _RT, _LBT, _RN, _LBVA, _LRPA, _LRETM, _LRJCD, _LRRPCD],
      [0, 0, 4, 0, 0, 0, 1, 4, 4]
    ];
    var DescribeRecoveryPointInput$ = [
      3,
      n0,
      _DRPIes,
      0,
      [_BVN, _RPA, _BVAI],
      [[0, 1], [0, 1], [0, { [_hQ]: _bVAI }]],
      2
    ];
    var DescribeRecoveryPointOutput$ = [
      3,
      n0,
      _DRPO,
      0,
      [_RPA, _BVN, _BVA, _SBVA, _RA, _RT, _CB, _IRA, _St, _SM, _CD, _ID, _CDo, _BSIB, _CL, _L, _EKA, _IE, _SC, _LRT, _PRPA, _CMI, _IP, _RN, _VT, _IS, _ISM, _EKT, _SR],
      [0, 0, 0, 0, 0, 0, () => RecoveryPointCreator$, 0, 0, 0, 4, 4, 4, 1, () => CalculatedLifecycle$, () => Lifecycle$, 0, 2, 0, 4, 0, 0, 2, 0, 0, 0, 0, 0, () => ScanResults]
    ];
    var DescribeRegionSettingsInput$ = [
      3,
      n0,
      _DRSI,
      0,
      [],
      []
    ];
    var DescribeRegionSettingsOutput$ = [
      3,
      n0,
      _DRSO,
      0,
      [_RTOIP, _RTMP],
      [128 | 2, 128 | 2]
    ];
    var DescribeReportJobInput$ = [
      3,
      n0,
      _DRJI,
      0,
      [_RJI],
      [[0, 1]],
      1
    ];
    var DescribeReportJobOutput$ = [
      3,
      n0,
      _DRJO,
      0,
      [_RJ],
      [() => ReportJob$]
    ];
    var DescribeReportPlanInput$ = [
      3,
      n0,
      _DRPIesc,
      0,
      [_RPN],
      [[0, 1]],
      1
    ];
    var DescribeReportPlanOutput$ = [
      3,
      n0,
      _DRPOe,
      0,
      [_RP],
      [() => ReportPlan$]
    ];
    var DescribeRestoreJobInput$ = [
      3,
      n0,
      _DRJIe,
      0,
      [_RJIe],
      [[0, 1]],
      1
    ];
    var DescribeRestoreJobOutput$ = [
      3,
      n0,
      _DRJOe,
      0,
      [_AI, _RJIe, _RPA, _SRA, _BVA, _CD, _CDo, _St, _SM, _PD, _BSIB, _IRA, _ECTM, _CRA, _RT, _RPCD, _CB, _VSa, _VSM, _DSe, _DSM, _IP, _PJI],
      [0, 0, 0, 0, 0, 4, 4, 0, 0, 0, 1, 0, 1, 0, 0, 4, () => RestoreJobCreator$, 0, 0, 0, 0, 2, 0]
    ];
    var DescribeScanJobInput$ = [
      3,
      n0,
      _DSJI,
      0,
      [_SJI],
      [[0, 1]],
      1
    ];
    var DescribeScanJobOutput$ = [
      3,
      n0,
      _DSJO,
      0,
      [_AI, _BVA, _BVN, _CB, _CD, _IRA, _MS, _RPA, _RA, _RN, _RT, _SJI, _SMc, _SRAc, _S, _CDo, _CSET, _CSST, _SBRPA, _SIc, _SRc, _SM],
      [0, 0, 0, () => ScanJobCreator$, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 4, 4, 0, 0, () => ScanResultInfo$, 0],
      15
    ];
    var DisassociateBackupVaultMpaApprovalTeamInput$ = [
      3,
      n0,
      _DBVMATI,
      0,
      [_BVN, _RC],
      [[0, 1], [() => RequesterComment, 0]],
      1
    ];
    var DisassociateRecoveryPointFromParentInput$ = [
      3,
      n0,
      _DRPFPI,
      0,
      [_BVN, _RPA],
      [[0, 1], [0, 1]],
      2
    ];
    var DisassociateRecoveryPointInput$ = [
      3,
      n0,
      _DRPIi,
      0,
      [_BVN, _RPA],
      [[0, 1], [0, 1]],
      2
    ];
    var ExportBackupPlanTemplateInput$ = [
      3,
      n0,
      _EBPTI,
      0,
      [_BPIa],
      [[0, 1]],
      1
    ];
    var ExportBackupPlanTemplateOutput$ = [
      3,
      n0,
      _EBPTO,
      0,
      [_BPTJ],
      [0]
    ];
    var Framework$ = [
      3,
      n0,
      _Fr,
      0,
      [_FN, _FA, _FD, _NOC, _CTr, _DS],
      [0, 0, 0, 1, 4, 0]
    ];
    var FrameworkControl$ = [
      3,
      n0,
      _FCr,
      0,
      [_CN, _CIPo, _CS],
      [0, () => ControlInputParameters, () => ControlScope$],
      1
    ];
    var GetBackupPlanFromJSONInput$ = [
      3,
      n0,
      _GBPFJSONI,
      0,
      [_BPTJ],
      [0],
      1
    ];
    var GetBackupPlanFromJSONOutput$ = [
      3,
      n0,
      _GBPFJSONO,
      0,
      [_BP],
      [[() => BackupPlan$, 0]]
    ];
    var GetBackupPlanFromTemplateInput$ = [
      3,
      n0,
      _GBPFTI,
      0,
      [_BPTI],
      [[0, 1]],
      1
    ];
    var GetBackupPlanFromTemplateOutput$ = [
      3,
      n0,
      _GBPFTO,
      0,
      [_BPD],
      [[() => BackupPlan$, 0]]
    ];
    var GetBackupPlanInput$ = [
      3,
      n0,
      _GBPI,
      0,
      [_BPIa, _VI, _MSRP],
      [[0, 1], [0, { [_hQ]: _vI }], [1, { [_hQ]: _MSRP }]],
      1
    ];
    var GetBackupPlanOutput$ = [
      3,
      n0,
      _GBPO,
      0,
      [_BP, _BPIa, _BPA, _VI, _CRI, _CD, _DD, _LED, _ABSd, _SRP],
      [[() => BackupPlan$, 0], 0, 0, 0, 0, 4, 4, 4, () => AdvancedBackupSettings, () => ScheduledRunsPreview]
    ];
    var GetBackupSelectionInput$ = [
      3,
      n0,
      _GBSI,
      0,
      [_BPIa, _SI],
      [[0, 1], [0, 1]],
      2
    ];
    var GetBackupSelectionOutput$ = [
      3,
      n0,
      _GBSO,
      0,
      [_BS, _SI, _BPIa, _CD, _CRI],
      [() => BackupSelection$, 0, 0, 4, 0]
    ];
    var GetBackupVaultAccessPolicyInput$ = [
      3,
      n0,
      _GBVAPI,
      0,
      [_BVN],
      [[0, 1]],
      1
    ];
    var GetBackupVaultAccessPolicyOutput$ = [
      3,
      n0,
      _GBVAPO,
      0,
      [_BVN, _BVA, _P],
      [0, 0, 0]
    ];
    var GetBackupVaultNotificationsInput$ = [
      3,
      n0,
      _GBVNI,
      0,
      [_BVN],
      [[0, 1]],
      1
    ];
    var GetBackupVaultNotificationsOutput$ = [
      3,
      n0,
      _GBVNO,
      0,
      [_BVN, _BVA, _SNSTA, _BVE],
      [0, 0, 0, 64 | 0]
    ];
    var GetLegalHoldInput$ = [
      3,
      n0,
      _GLHI,
      0,
      [_LHI],
      [[0, 1]],
      1
    ];
    var GetLegalHoldOutput$ = [
      3,
      n0,
      _GLHO,
      0,
      [_Ti, _St, _D, _CDa, _LHI, _LHA, _CD, _CDan, _RRU, _RPS],
      [0, 0, 0, 0, 0, 0, 4, 4, 4, () => RecoveryPointSelection$]
    ];
    var GetPITRMalwareScanResultsInput$ = [
      3,
      n0,
      _GPITRMSRI,
      0,
      [_RPA, _BVN, _SETc, _MS],
      [[0, { [_hQ]: _RPA }], [0, { [_hQ]: _BVN }], [4, { [_hQ]: _SETc }], [0, { [_hQ]: _MS }]],
      4
    ];
    var GetPITRMalwareScanResultsOutput$ = [
      3,
      n0,
      _GPITRMSRO,
      0,
      [_SETc, _SRc, _LSJT, _SIc, _SMc],
      [4, () => ScanResultInfo$, 4, 0, 0],
      2
    ];
    var GetRecoveryPointIndexDetailsInput$ = [
      3,
      n0,
      _GRPIDI,
      0,
      [_BVN, _RPA],
      [[0, 1], [0, 1]],
      2
    ];
    var GetRecoveryPointIndexDetailsOutput$ = [
      3,
      n0,
      _GRPIDO,
      0,
      [_RPA, _BVA, _SRA, _ICD, _IDD, _ICDn, _IS, _ISM, _TII],
      [0, 0, 0, 4, 4, 4, 0, 0, 1]
    ];
    var GetRecoveryPointRestoreMetadataInput$ = [
      3,
      n0,
      _GRPRMI,
      0,
      [_BVN, _RPA, _BVAI],
      [[0, 1], [0, 1], [0, { [_hQ]: _bVAI }]],
      2
    ];
    var GetRecoveryPointRestoreMetadataOutput$ = [
      3,
      n0,
      _GRPRMO,
      0,
      [_BVA, _RPA, _RM, _RT],
      [0, 0, [() => Metadata, 0], 0]
    ];
    var GetRestoreJobMetadataInput$ = [
      3,
      n0,
      _GRJMI,
      0,
      [_RJIe],
      [[0, 1]],
      1
    ];
    var GetRestoreJobMetadataOutput$ = [
      3,
      n0,
      _GRJMO,
      0,
      [_RJIe, _Me],
      [0, [() => Metadata, 0]]
    ];
    var GetRestoreTestingInferredMetadataInput$ = [
      3,
      n0,
      _GRTIMI,
      0,
      [_BVN, _RPA, _BVAI],
      [[0, { [_hQ]: _BVN }], [0, { [_hQ]: _RPA }], [0, { [_hQ]: _BVAI }]],
      2
    ];
    var GetRestoreTestingInferredMetadataOutput$ = [
      3,
      n0,
      _GRTIMO,
      0,
      [_IM],
      [128 | 0],
      1
    ];
    var GetRestoreTestingPlanInput$ = [
      3,
      n0,
      _GRTPI,
      0,
      [_RTPN],
      [[0, 1]],
      1
    ];
    var GetRestoreTestingPlanOutput$ = [
      3,
      n0,
      _GRTPO,
      0,
      [_RTP],
      [() => RestoreTestingPlanForGet$],
      1
    ];
    var GetRestoreTestingSelectionInput$ = [
      3,
      n0,
      _GRTSI,
      0,
      [_RTPN, _RTSN],
      [[0, 1], [0, 1]],
      2
    ];
    var GetRestoreTestingSelectionOutput$ = [
      3,
      n0,
      _GRTSO,
      0,
      [_RTS],
      [[() => RestoreTestingSelectionForGet$, 0]],
      1
    ];
    var GetSupportedResourceTypesOutput$ = [
      3,
      n0,
      _GSRTO,
      0,
      [_RTe],
      [64 | 0]
    ];
    var GetTieringConfigurationInput$ = [
      3,
      n0,
      _GTCI,
      0,
      [_TCN],
      [[0, 1]],
      1
    ];
    var GetTieringConfigurationOutput$ = [
      3,
      n0,
      _GTCO,
      0,
      [_TC],
      [() => TieringConfiguration$]
    ];
    var IndexAction$ = [
      3,
      n0,
      _IAn,
      0,
      [_RTe],
      [64 | 0]
    ];
    var IndexedRecoveryPoint$ = [
      3,
      n0,
      _IRP,
      0,
      [_RPA, _SRA, _IRA, _BCD, _RT, _ICD, _IS, _ISM, _BVA],
      [0, 0, 0, 4, 0, 4, 0, 0, 0]
    ];
    var KeyValue$ = [
      3,
      n0,
      _KV,
      0,
      [_K, _V],
      [0, 0],
      2
    ];
    var LatestMpaApprovalTeamUpdate$ = [
      3,
      n0,
      _LMATU,
      0,
      [_MSA, _St, _SM, _ID, _ED],
      [0, 0, 0, 4, 4]
    ];
    var LatestRevokeRequest$ = [
      3,
      n0,
      _LRR,
      0,
      [_MSA, _St, _SM, _ID, _ED],
      [0, 0, 0, 4, 4]
    ];
    var LegalHold$ = [
      3,
      n0,
      _LH,
      0,
      [_Ti, _St, _D, _LHI, _LHA, _CD, _CDan],
      [0, 0, 0, 0, 0, 4, 4]
    ];
    var Lifecycle$ = [
      3,
      n0,
      _L,
      0,
      [_MTCSAD, _DAD, _OITAFSR, _DAE],
      [1, 1, 2, 0]
    ];
    var ListBackupJobsInput$ = [
      3,
      n0,
      _LBJI,
      0,
      [_NT, _MR, _BRA, _BSy, _BBVN, _BCB, _BCA, _BRT, _BAI, _BCAy, _BCBy, _BPJI, _BMC],
      [[0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _rA }], [0, { [_hQ]: _st }], [0, { [_hQ]: _bVN }], [4, { [_hQ]: _cB }], [4, { [_hQ]: _cA }], [0, { [_hQ]: _rT }], [0, { [_hQ]: _aI }], [4, { [_hQ]: _cAo }], [4, { [_hQ]: _cBo }], [0, { [_hQ]: _pJI }], [0, { [_hQ]: _mC }]]
    ];
    var ListBackupJobsOutput$ = [
      3,
      n0,
      _LBJO,
      0,
      [_BJa, _NT],
      [() => BackupJobsList, 0]
    ];
    var ListBackupJobSummariesInput$ = [
      3,
      n0,
      _LBJSI,
      0,
      [_AI, _S, _RT, _MC, _AP, _MR, _NT],
      [[0, { [_hQ]: _AI }], [0, { [_hQ]: _S }], [0, { [_hQ]: _RT }], [0, { [_hQ]: _MC }], [0, { [_hQ]: _AP }], [1, { [_hQ]: _MR }], [0, { [_hQ]: _NT }]]
    ];
    var ListBackupJobSummariesOutput$ = [
      3,
      n0,
      _LBJSO,
      0,
      [_BJSa, _AP, _NT],
      [() => BackupJobSummaryList, 0, 0]
    ];
    var ListBackupPlansInput$ = [
      3,
      n0,
      _LBPI,
      0,
      [_NT, _MR, _IDn],
      [[0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }], [2, { [_hQ]: _iD }]]
    ];
    var ListBackupPlansOutput$ = [
      3,
      n0,
      _LBPO,
      0,
      [_NT, _BPL],
      [0, () => BackupPlansList]
    ];
    var ListBackupPlanTemplatesInput$ = [
      3,
      n0,
      _LBPTI,
      0,
      [_NT, _MR],
      [[0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]]
    ];
    var ListBackupPlanTemplatesOutput$ = [
      3,
      n0,
      _LBPTO,
      0,
      [_NT, _BPTL],
      [0, () => BackupPlanTemplatesList]
    ];
    var ListBackupPlanVersionsInput$ = [
      3,
      n0,
      _LBPVI,
      0,
      [_BPIa, _NT, _MR],
      [[0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]],
      1
    ];
    var ListBackupPlanVersionsOutput$ = [
      3,
      n0,
      _LBPVO,
      0,
      [_NT, _BPVL],
      [0, () => BackupPlanVersionsList]
    ];
    var ListBackupSelectionsInput$ = [
      3,
      n0,
      _LBSI,
      0,
      [_BPIa, _NT, _MR],
      [[0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]],
      1
    ];
    var ListBackupSelectionsOutput$ = [
      3,
      n0,
      _LBSO,
      0,
      [_NT, _BSL],
      [0, () => BackupSelectionsList]
    ];
    var ListBackupVaultsInput$ = [
      3,
      n0,
      _LBVI,
      0,
      [_BVTy, _BSyh, _NT, _MR],
      [[0, { [_hQ]: _vT }], [2, { [_hQ]: _sh }], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]]
    ];
    var ListBackupVaultsOutput$ = [
      3,
      n0,
      _LBVO,
      0,
      [_BVL, _NT],
      [() => BackupVaultList, 0]
    ];
    var ListCopyJobsInput$ = [
      3,
      n0,
      _LCJI,
      0,
      [_NT, _MR, _BRA, _BSy, _BCB, _BCA, _BRT, _BDVA, _BAI, _BCBy, _BCAy, _BPJI, _BMC, _BSRPA],
      [[0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _rA }], [0, { [_hQ]: _st }], [4, { [_hQ]: _cB }], [4, { [_hQ]: _cA }], [0, { [_hQ]: _rT }], [0, { [_hQ]: _dVA }], [0, { [_hQ]: _aI }], [4, { [_hQ]: _cBo }], [4, { [_hQ]: _cAo }], [0, { [_hQ]: _pJI }], [0, { [_hQ]: _mC }], [0, { [_hQ]: _sRPA }]]
    ];
    var ListCopyJobsOutput$ = [
      3,
      n0,
      _LCJO,
      0,
      [_CJo, _NT],
      [() => CopyJobsList, 0]
    ];
    var ListCopyJobSummariesInput$ = [
      3,
      n0,
      _LCJSI,
      0,
      [_AI, _S, _RT, _MC, _AP, _MR, _NT],
      [[0, { [_hQ]: _AI }], [0, { [_hQ]: _S }], [0, { [_hQ]: _RT }], [0, { [_hQ]: _MC }], [0, { [_hQ]: _AP }], [1, { [_hQ]: _MR }], [0, { [_hQ]: _NT }]]
    ];
    var ListCopyJobSummariesOutput$ = [
      3,
      n0,
      _LCJSO,
      0,
      [_CJSo, _AP, _NT],
      [() => CopyJobSummaryList, 0, 0]
    ];
    var ListFrameworksInput$ = [
      3,
      n0,
      _LFI,
      0,
      [_MR, _NT],
      [[1, { [_hQ]: _MR }], [0, { [_hQ]: _NT }]]
    ];
    var ListFrameworksOutput$ = [
      3,
      n0,
      _LFO,
      0,
      [_Fra, _NT],
      [() => FrameworkList, 0]
    ];
    var ListIndexedRecoveryPointsInput$ = [
      3,
      n0,
      _LIRPI,
      0,
      [_NT, _MR, _SRA, _CBr, _CAr, _RT, _IS],
      [[0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _sRA }], [4, { [_hQ]: _cB }], [4, { [_hQ]: _cA }], [0, { [_hQ]: _rT }], [0, { [_hQ]: _iS }]]
    ];
    var ListIndexedRecoveryPointsOutput$ = [
      3,
      n0,
      _LIRPO,
      0,
      [_IRPn, _NT],
      [() => IndexedRecoveryPointList, 0]
    ];
    var ListLegalHoldsInput$ = [
      3,
      n0,
      _LLHI,
      0,
      [_NT, _MR],
      [[0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]]
    ];
    var ListLegalHoldsOutput$ = [
      3,
      n0,
      _LLHO,
      0,
      [_NT, _LHe],
      [0, () => LegalHoldsList]
    ];
    var ListProtectedResourcesByBackupVaultInput$ = [
      3,
      n0,
      _LPRBBVI,
      0,
      [_BVN, _BVAI, _NT, _MR],
      [[0, 1], [0, { [_hQ]: _bVAI }], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]],
      1
    ];
    var ListProtectedResourcesByBackupVaultOutput$ = [
      3,
      n0,
      _LPRBBVO,
      0,
      [_Res, _NT],
      [() => ProtectedResourcesList, 0]
    ];
    var ListProtectedResourcesInput$ = [
      3,
      n0,
      _LPRI,
      0,
      [_NT, _MR],
      [[0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]]
    ];
    var ListProtectedResourcesOutput$ = [
      3,
      n0,
      _LPRO,
      0,
      [_Res, _NT],
      [() => ProtectedResourcesList, 0]
    ];
    var ListRecoveryPointsByBackupVaultInput$ = [
      3,
      n0,
      _LRPBBVI,
      0,
      [_BVN, _BVAI, _NT, _MR, _BRA, _BRT, _BBPI, _BCB, _BCA, _BPRPA],
      [[0, 1], [0, { [_hQ]: _bVAI }], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _rA }], [0, { [_hQ]: _rT }], [0, { [_hQ]: _bPI }], [4, { [_hQ]: _cB }], [4, { [_hQ]: _cA }], [0, { [_hQ]: _pRPA }]],
      1
    ];
    var ListRecoveryPointsByBackupVaultOutput$ = [
      3,
      n0,
      _LRPBBVO,
      0,
      [_NT, _RPe],
      [0, () => RecoveryPointByBackupVaultList]
    ];
    var ListRecoveryPointsByLegalHoldInput$ = [
      3,
      n0,
      _LRPBLHI,
      0,
      [_LHI, _NT, _MR],
      [[0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]],
      1
    ];
    var ListRecoveryPointsByLegalHoldOutput$ = [
      3,
      n0,
      _LRPBLHO,
      0,
      [_RPe, _NT],
      [() => RecoveryPointsList, 0]
    ];
    var ListRecoveryPointsByResourceInput$ = [
      3,
      n0,
      _LRPBRI,
      0,
      [_RA, _NT, _MR, _MBAWSBO],
      [[0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }], [2, { [_hQ]: _mBAWSBO }]],
      1
    ];
    var ListRecoveryPointsByResourceOutput$ = [
      3,
      n0,
      _LRPBRO,
      0,
      [_NT, _RPe],
      [0, () => RecoveryPointByResourceList]
    ];
    var ListReportJobsInput$ = [
      3,
      n0,
      _LRJI,
      0,
      [_BRPN, _BCByr, _BCAyr, _BSyt, _MR, _NT],
      [[0, { [_hQ]: _RPN }], [4, { [_hQ]: _CBre }], [4, { [_hQ]: _CAre }], [0, { [_hQ]: _St }], [1, { [_hQ]: _MR }], [0, { [_hQ]: _NT }]]
    ];
    var ListReportJobsOutput$ = [
      3,
      n0,
      _LRJO,
      0,
      [_RJe, _NT],
      [() => ReportJobList, 0]
    ];
    var ListReportPlansInput$ = [
      3,
      n0,
      _LRPI,
      0,
      [_MR, _NT],
      [[1, { [_hQ]: _MR }], [0, { [_hQ]: _NT }]]
    ];
    var ListReportPlansOutput$ = [
      3,
      n0,
      _LRPO,
      0,
      [_RPep, _NT],
      [() => ReportPlanList, 0]
    ];
    var ListRestoreAccessBackupVaultsInput$ = [
      3,
      n0,
      _LRABVI,
      0,
      [_BVN, _NT, _MR],
      [[0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]],
      1
    ];
    var ListRestoreAccessBackupVaultsOutput$ = [
      3,
      n0,
      _LRABVO,
      0,
      [_NT, _RABV],
      [0, () => RestoreAccessBackupVaultList]
    ];
    var ListRestoreJobsByProtectedResourceInput$ = [
      3,
      n0,
      _LRJBPRI,
      0,
      [_RA, _BSyt, _BRPCDA, _BRPCDB, _NT, _MR],
      [[0, 1], [0, { [_hQ]: _sta }], [4, { [_hQ]: _rPCDA }], [4, { [_hQ]: _rPCDB }], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]],
      1
    ];
    var ListRestoreJobsByProtectedResourceOutput$ = [
      3,
      n0,
      _LRJBPRO,
      0,
      [_RJes, _NT],
      [() => RestoreJobsList, 0]
    ];
    var ListRestoreJobsInput$ = [
      3,
      n0,
      _LRJIi,
      0,
      [_NT, _MR, _BAI, _BRT, _BCB, _BCA, _BSyt, _BCBy, _BCAy, _BRTPA, _BPJI],
      [[0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }], [0, { [_hQ]: _aI }], [0, { [_hQ]: _rT }], [4, { [_hQ]: _cB }], [4, { [_hQ]: _cA }], [0, { [_hQ]: _sta }], [4, { [_hQ]: _cBo }], [4, { [_hQ]: _cAo }], [0, { [_hQ]: _rTPA }], [0, { [_hQ]: _pJI }]]
    ];
    var ListRestoreJobsOutput$ = [
      3,
      n0,
      _LRJOi,
      0,
      [_RJes, _NT],
      [() => RestoreJobsList, 0]
    ];
    var ListRestoreJobSummariesInput$ = [
      3,
      n0,
      _LRJSI,
      0,
      [_AI, _S, _RT, _AP, _MR, _NT],
      [[0, { [_hQ]: _AI }], [0, { [_hQ]: _S }], [0, { [_hQ]: _RT }], [0, { [_hQ]: _AP }], [1, { [_hQ]: _MR }], [0, { [_hQ]: _NT }]]
    ];
    var ListRestoreJobSummariesOutput$ = [
      3,
      n0,
      _LRJSO,
      0,
      [_RJS, _AP, _NT],
      [() => RestoreJobSummaryList, 0, 0]
    ];
    var ListRestoreTestingPlansInput$ = [
      3,
      n0,
      _LRTPI,
      0,
      [_MR, _NT],
      [[1, { [_hQ]: _MR }], [0, { [_hQ]: _NT }]]
    ];
    var ListRestoreTestingPlansOutput$ = [
      3,
      n0,
      _LRTPO,
      0,
      [_RTPe, _NT],
      [() => RestoreTestingPlans, 0],
      1
    ];
    var ListRestoreTestingSelectionsInput$ = [
      3,
      n0,
      _LRTSI,
      0,
      [_RTPN, _MR, _NT],
      [[0, 1], [1, { [_hQ]: _MR }], [0, { [_hQ]: _NT }]],
      1
    ];
    var ListRestoreTestingSelectionsOutput$ = [
      3,
      n0,
      _LRTSO,
      0,
      [_RTSe, _NT],
      [() => RestoreTestingSelections, 0],
      1
    ];
    var ListScanJobsInput$ = [
      3,
      n0,
      _LSJI,
      0,
      [_BAI, _BBVN, _BCAy, _BCBy, _BMS, _BRPA, _BRA, _BRT, _BSRS, _BSy, _MR, _NT],
      [[0, { [_hQ]: _BAI }], [0, { [_hQ]: _BBVN }], [4, { [_hQ]: _BCAy }], [4, { [_hQ]: _BCBy }], [0, { [_hQ]: _BMS }], [0, { [_hQ]: _BRPA }], [0, { [_hQ]: _BRA }], [0, { [_hQ]: _BRT }], [0, { [_hQ]: _BSRS }], [0, { [_hQ]: _BSy }], [1, { [_hQ]: _MR }], [0, { [_hQ]: _NT }]]
    ];
    var ListScanJobsOutput$ = [
      3,
      n0,
      _LSJO,
      0,
      [_SJ, _NT],
      [() => ScanJobs, 0],
      1
    ];
    var ListScanJobSummariesInput$ = [
      3,
      n0,
      _LSJSI,
      0,
      [_AI, _RT, _MS, _SRS, _S, _AP, _MR, _NT],
      [[0, { [_hQ]: _AI }], [0, { [_hQ]: _RT }], [0, { [_hQ]: _MS }], [0, { [_hQ]: _SRS }], [0, { [_hQ]: _S }], [0, { [_hQ]: _AP }], [1, { [_hQ]: _MR }], [0, { [_hQ]: _NT }]]
    ];
    var ListScanJobSummariesOutput$ = [
      3,
      n0,
      _LSJSO,
      0,
      [_SJS, _AP, _NT],
      [() => ScanJobSummaryList, 0, 0]
    ];
    var ListTagsInput$ = [
      3,
      n0,
      _LTI,
      0,
      [_RA, _NT, _MR],
      [[0, 1], [0, { [_hQ]: _nT }], [1, { [_hQ]: _mR }]],
      1
    ];
    var ListTagsOutput$ = [
      3,
      n0,
      _LTO,
      0,
      [_NT, _Ta],
      [0, [() => Tags, 0]]
    ];
    var ListTieringConfigurationsInput$ = [
      3,
      n0,
      _LTCI,
      0,
      [_MR, _NT],
      [[1, { [_hQ]: _mR }], [0, { [_hQ]: _nT }]]
    ];
    var ListTieringConfigurationsOutput$ = [
      3,
      n0,
      _LTCO,
      0,
      [_TCi, _NT],
      [() => TieringConfigurationsList, 0]
    ];
    var ProtectedResource$ = [
      3,
      n0,
      _PR,
      0,
      [_RA, _RT, _LBT, _RN, _LBVA, _LRPA],
      [0, 0, 4, 0, 0, 0]
    ];
    var ProtectedResourceConditions$ = [
      3,
      n0,
      _PRC,
      0,
      [_SEt, _SNE],
      [() => KeyValueList, () => KeyValueList]
    ];
    var PutBackupVaultAccessPolicyInput$ = [
      3,
      n0,
      _PBVAPI,
      0,
      [_BVN, _P],
      [[0, 1], 0],
      1
    ];
    var PutBackupVaultLockConfigurationInput$ = [
      3,
      n0,
      _PBVLCI,
      0,
      [_BVN, _MRD, _MRDa, _CFD],
      [[0, 1], 1, 1, 1],
      1
    ];
    var PutBackupVaultNotificationsInput$ = [
      3,
      n0,
      _PBVNI,
      0,
      [_BVN, _SNSTA, _BVE],
      [[0, 1], 0, 64 | 0],
      3
    ];
    var PutRestoreValidationResultInput$ = [
      3,
      n0,
      _PRVRI,
      0,
      [_RJIe, _VSa, _VSM],
      [[0, 1], 0, 0],
      2
    ];
    var RecoveryPointByBackupVault$ = [
      3,
      n0,
      _RPBBV,
      0,
      [_RPA, _BVN, _BVA, _SBVA, _RA, _RT, _CB, _IRA, _St, _SM, _CD, _ID, _CDo, _BSIB, _CL, _L, _EKA, _IE, _LRT, _PRPA, _CMI, _IP, _RN, _VT, _IS, _ISM, _EKT, _ASR],
      [0, 0, 0, 0, 0, 0, () => RecoveryPointCreator$, 0, 0, 0, 4, 4, 4, 1, () => CalculatedLifecycle$, () => Lifecycle$, 0, 2, 4, 0, 0, 2, 0, 0, 0, 0, 0, () => AggregatedScanResult$]
    ];
    var RecoveryPointByResource$ = [
      3,
      n0,
      _RPBR,
      0,
      [_RPA, _CD, _St, _SM, _EKA, _BSB, _BVN, _IP, _PRPA, _RN, _VT, _IS, _ISM, _EKT, _ASR],
      [0, 4, 0, 0, 0, 1, 0, 2, 0, 0, 0, 0, 0, 0, () => AggregatedScanResult$]
    ];
    var RecoveryPointCreator$ = [
      3,
      n0,
      _RPC,
      0,
      [_BPIa, _BPA, _BPN, _BPV, _BRIa, _BRN, _BRC, _BRTa],
      [0, 0, 0, 0, 0, 0, 0, 0]
    ];
    var RecoveryPointMember$ = [
      3,
      n0,
      _RPM,
      0,
      [_RPA, _RA, _RT, _BVN],
      [0, 0, 0, 0]
    ];
    var RecoveryPointSelection$ = [
      3,
      n0,
      _RPS,
      0,
      [_VN, _RIe, _DR],
      [64 | 0, 64 | 0, () => DateRange$]
    ];
    var ReportDeliveryChannel$ = [
      3,
      n0,
      _RDC,
      0,
      [_SBN, _SKP, _Fo],
      [0, 0, 64 | 0],
      1
    ];
    var ReportDestination$ = [
      3,
      n0,
      _RD,
      0,
      [_SBN, _SK],
      [0, 64 | 0]
    ];
    var ReportJob$ = [
      3,
      n0,
      _RJ,
      0,
      [_RJI, _RPAe, _RTep, _CTr, _CTo, _St, _SM, _RD],
      [0, 0, 0, 4, 4, 0, 0, () => ReportDestination$]
    ];
    var ReportPlan$ = [
      3,
      n0,
      _RP,
      0,
      [_RPAe, _RPN, _RPD, _RS, _RDC, _DS, _CTr, _LAET, _LSET],
      [0, 0, 0, () => ReportSetting$, () => ReportDeliveryChannel$, 0, 4, 4, 4]
    ];
    var ReportSetting$ = [
      3,
      n0,
      _RS,
      0,
      [_RTep, _FAr, _NOF, _Ac, _OU, _Reg],
      [0, 64 | 0, 1, 64 | 0, 64 | 0, 64 | 0],
      1
    ];
    var ResourceSelection$ = [
      3,
      n0,
      _RSe,
      0,
      [_Re, _TDSID, _RT],
      [64 | 0, 1, 0],
      3
    ];
    var RestoreAccessBackupVaultListMember$ = [
      3,
      n0,
      _RABVLM,
      0,
      [_RABVA, _CD, _AD, _VS, _LRR],
      [0, 4, 4, 0, () => LatestRevokeRequest$]
    ];
    var RestoreJobCreator$ = [
      3,
      n0,
      _RJC,
      0,
      [_RTPA],
      [0]
    ];
    var RestoreJobsListMember$ = [
      3,
      n0,
      _RJLM,
      0,
      [_AI, _RJIe, _RPA, _SRA, _BVA, _CD, _CDo, _St, _SM, _PD, _BSIB, _IRA, _ECTM, _CRA, _RT, _RPCD, _IP, _PJI, _CB, _VSa, _VSM, _DSe, _DSM],
      [0, 0, 0, 0, 0, 4, 4, 0, 0, 0, 1, 0, 1, 0, 0, 4, 2, 0, () => RestoreJobCreator$, 0, 0, 0, 0]
    ];
    var RestoreJobSummary$ = [
      3,
      n0,
      _RJSe,
      0,
      [_R, _AI, _S, _RT, _Cou, _ST, _ET],
      [0, 0, 0, 0, 1, 4, 4]
    ];
    var RestoreTestingPlanForCreate$ = [
      3,
      n0,
      _RTPFC,
      0,
      [_RPS, _RTPN, _SE, _SET, _SWH],
      [() => RestoreTestingRecoveryPointSelection$, 0, 0, 0, 1],
      3
    ];
    var RestoreTestingPlanForGet$ = [
      3,
      n0,
      _RTPFG,
      0,
      [_CTr, _RPS, _RTPA, _RTPN, _SE, _CRI, _LET, _LUT, _SET, _SWH],
      [4, () => RestoreTestingRecoveryPointSelection$, 0, 0, 0, 0, 4, 4, 0, 1],
      5
    ];
    var RestoreTestingPlanForList$ = [
      3,
      n0,
      _RTPFL,
      0,
      [_CTr, _RTPA, _RTPN, _SE, _LET, _LUT, _SET, _SWH],
      [4, 0, 0, 0, 4, 4, 0, 1],
      4
    ];
    var RestoreTestingPlanForUpdate$ = [
      3,
      n0,
      _RTPFU,
      0,
      [_RPS, _SE, _SET, _SWH],
      [() => RestoreTestingRecoveryPointSelection$, 0, 0, 1]
    ];
    var RestoreTestingRecoveryPointSelection$ = [
      3,
      n0,
      _RTRPS,
      0,
      [_Al, _EV, _IV, _RPTec, _SWD],
      [0, 64 | 0, 64 | 0, 64 | 0, 1]
    ];
    var RestoreTestingSelectionForCreate$ = [
      3,
      n0,
      _RTSFC,
      0,
      [_IRA, _PRT, _RTSN, _PRA, _PRC, _RMO, _VWH],
      [0, 0, 0, 64 | 0, () => ProtectedResourceConditions$, [() => SensitiveStringMap, 0], 1],
      3
    ];
    var RestoreTestingSelectionForGet$ = [
      3,
      n0,
      _RTSFG,
      0,
      [_CTr, _IRA, _PRT, _RTPN, _RTSN, _CRI, _PRA, _PRC, _RMO, _VWH],
      [4, 0, 0, 0, 0, 0, 64 | 0, () => ProtectedResourceConditions$, [() => SensitiveStringMap, 0], 1],
      5
    ];
    var RestoreTestingSelectionForList$ = [
      3,
      n0,
      _RTSFL,
      0,
      [_CTr, _IRA, _PRT, _RTPN, _RTSN, _VWH],
      [4, 0, 0, 0, 0, 1],
      5
    ];
    var RestoreTestingSelectionForUpdate$ = [
      3,
      n0,
      _RTSFU,
      0,
      [_IRA, _PRA, _PRC, _RMO, _VWH],
      [0, 64 | 0, () => ProtectedResourceConditions$, [() => SensitiveStringMap, 0], 1]
    ];
    var RevokeRestoreAccessBackupVaultInput$ = [
      3,
      n0,
      _RRABVI,
      0,
      [_BVN, _RABVA, _RC],
      [[0, 1], [0, 1], [() => RequesterComment, { [_hQ]: _rC }]],
      2
    ];
    var ScanAction$ = [
      3,
      n0,
      _SAc,
      0,
      [_MS, _SMc],
      [0, 0]
    ];
    var ScanJob$ = [
      3,
      n0,
      _SJc,
      0,
      [_AI, _BVA, _BVN, _CB, _CD, _IRA, _MS, _RPA, _RA, _RN, _RT, _SJI, _SMc, _SRAc, _CDo, _CSET, _CSST, _SBRPA, _SIc, _SRc, _S, _SM],
      [0, 0, 0, () => ScanJobCreator$, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 4, 4, 0, 0, () => ScanResultInfo$, 0, 0],
      14
    ];
    var ScanJobCreator$ = [
      3,
      n0,
      _SJC,
      0,
      [_BPA, _BPIa, _BPV, _BRIa],
      [0, 0, 0, 0],
      4
    ];
    var ScanJobSummary$ = [
      3,
      n0,
      _SJSc,
      0,
      [_R, _AI, _S, _RT, _Cou, _ST, _ET, _MS, _SRS],
      [0, 0, 0, 0, 1, 4, 4, 0, 0]
    ];
    var ScanResult$ = [
      3,
      n0,
      _SRc,
      0,
      [_MS, _SJSca, _LST, _F],
      [0, 0, 4, 64 | 0]
    ];
    var ScanResultInfo$ = [
      3,
      n0,
      _SRI,
      0,
      [_SRS],
      [0],
      1
    ];
    var ScanSetting$ = [
      3,
      n0,
      _SSc,
      0,
      [_MS, _RTe, _SRAc],
      [0, 64 | 0, 0]
    ];
    var ScheduledPlanExecutionMember$ = [
      3,
      n0,
      _SPEM,
      0,
      [_ETx, _RI, _RET],
      [4, 0, 0]
    ];
    var StartBackupJobInput$ = [
      3,
      n0,
      _SBJI,
      0,
      [_BVN, _RA, _IRA, _LAGBVA, _IT, _SWM, _CWMo, _L, _RPT, _BO, _I],
      [0, 0, 0, 0, [0, 4], 1, 1, () => Lifecycle$, [() => Tags, 0], 128 | 0, 0],
      3
    ];
    var StartBackupJobOutput$ = [
      3,
      n0,
      _SBJO,
      0,
      [_BJI, _RPA, _CD, _IP],
      [0, 0, 4, 2]
    ];
    var StartCopyJobInput$ = [
      3,
      n0,
      _SCJI,
      0,
      [_RPA, _SBVN, _DBVA, _IRA, _IT, _L],
      [0, 0, 0, 0, [0, 4], () => Lifecycle$],
      4
    ];
    var StartCopyJobOutput$ = [
      3,
      n0,
      _SCJO,
      0,
      [_CJI, _CD, _IP],
      [0, 4, 2]
    ];
    var StartReportJobInput$ = [
      3,
      n0,
      _SRJI,
      0,
      [_RPN, _IT],
      [[0, 1], [0, 4]],
      1
    ];
    var StartReportJobOutput$ = [
      3,
      n0,
      _SRJO,
      0,
      [_RJI],
      [0]
    ];
    var StartRestoreJobInput$ = [
      3,
      n0,
      _SRJIt,
      0,
      [_RPA, _Me, _IRA, _IT, _RT, _CSTTRR],
      [0, [() => Metadata, 0], 0, [0, 4], 0, 2],
      2
    ];
    var StartRestoreJobOutput$ = [
      3,
      n0,
      _SRJOt,
      0,
      [_RJIe],
      [0]
    ];
    var StartScanJobInput$ = [
      3,
      n0,
      _SSJI,
      0,
      [_BVN, _IRA, _MS, _RPA, _SMc, _SRAc, _CSET, _IT, _SBRPA],
      [0, 0, 0, 0, 0, 0, 4, 0, 0],
      6
    ];
    var StartScanJobOutput$ = [
      3,
      n0,
      _SSJO,
      0,
      [_CD, _SJI],
      [4, 0],
      2
    ];
    var StopBackupJobInput$ = [
      3,
      n0,
      _SBJIt,
      0,
      [_BJI],
      [[0, 1]],
      1
    ];
    var TagResourceInput$ = [
      3,
      n0,
      _TRI,
      0,
      [_RA, _Ta],
      [[0, 1], [() => Tags, 0]],
      2
    ];
    var TieringConfiguration$ = [
      3,
      n0,
      _TC,
      0,
      [_TCN, _BVN, _RSe, _TCA, _CRI, _CTr, _LUTa],
      [0, 0, () => ResourceSelections, 0, 0, 4, 4],
      3
    ];
    var TieringConfigurationInputForCreate$ = [
      3,
      n0,
      _TCIFC,
      0,
      [_TCN, _BVN, _RSe],
      [0, 0, () => ResourceSelections],
      3
    ];
    var TieringConfigurationInputForUpdate$ = [
      3,
      n0,
      _TCIFU,
      0,
      [_RSe, _BVN],
      [() => ResourceSelections, 0],
      2
    ];
    var TieringConfigurationsListMember$ = [
      3,
      n0,
      _TCLM,
      0,
      [_TCA, _TCN, _BVN, _CTr, _LUTa],
      [0, 0, 0, 4, 4]
    ];
    var UntagResourceInput$ = [
      3,
      n0,
      _URI,
      0,
      [_RA, _TKL],
      [[0, 1], [() => TagKeyList, 0]],
      2
    ];
    var UpdateBackupPlanInput$ = [
      3,
      n0,
      _UBPI,
      0,
      [_BPIa, _BP],
      [[0, 1], [() => BackupPlanInput$, 0]],
      2
    ];
    var UpdateBackupPlanOutput$ = [
      3,
      n0,
      _UBPO,
      0,
      [_BPIa, _BPA, _CD, _VI, _ABSd, _SS],
      [0, 0, 4, 0, () => AdvancedBackupSettings, () => ScanSettings]
    ];
    var UpdateFrameworkInput$ = [
      3,
      n0,
      _UFI,
      0,
      [_FN, _FD, _FC, _IT],
      [[0, 1], 0, () => FrameworkControls, [0, 4]],
      1
    ];
    var UpdateFrameworkOutput$ = [
      3,
      n0,
      _UFO,
      0,
      [_FN, _FA, _CTr],
      [0, 0, 4]
    ];
    var UpdateGlobalSettingsInput$ = [
      3,
      n0,
      _UGSI,
      0,
      [_GS],
      [128 | 0]
    ];
    var UpdateRecoveryPointIndexSettingsInput$ = [
      3,
      n0,
      _URPISI,
      0,
      [_BVN, _RPA, _I, _IRA],
      [[0, 1], [0, 1], 0, 0],
      3
    ];
    var UpdateRecoveryPointIndexSettingsOutput$ = [
      3,
      n0,
      _URPISO,
      0,
      [_BVN, _RPA, _IS, _I],
      [0, 0, 0, 0]
    ];
    var UpdateRecoveryPointLifecycleInput$ = [
      3,
      n0,
      _URPLI,
      0,
      [_BVN, _RPA, _L],
      [[0, 1], [0, 1], () => Lifecycle$],
      2
    ];
    var UpdateRecoveryPointLifecycleOutput$ = [
      3,
      n0,
      _URPLO,
      0,
      [_BVA, _RPA, _L, _CL],
      [0, 0, () => Lifecycle$, () => CalculatedLifecycle$]
    ];
    var UpdateRegionSettingsInput$ = [
      3,
      n0,
      _URSI,
      0,
      [_RTOIP, _RTMP],
      [128 | 2, 128 | 2]
    ];
    var UpdateReportPlanInput$ = [
      3,
      n0,
      _URPI,
      0,
      [_RPN, _RPD, _RDC, _RS, _IT],
      [[0, 1], 0, () => ReportDeliveryChannel$, () => ReportSetting$, [0, 4]],
      1
    ];
    var UpdateReportPlanOutput$ = [
      3,
      n0,
      _URPO,
      0,
      [_RPN, _RPAe, _CTr],
      [0, 0, 4]
    ];
    var UpdateRestoreTestingPlanInput$ = [
      3,
      n0,
      _URTPI,
      0,
      [_RTP, _RTPN],
      [() => RestoreTestingPlanForUpdate$, [0, 1]],
      2
    ];
    var UpdateRestoreTestingPlanOutput$ = [
      3,
      n0,
      _URTPO,
      0,
      [_CTr, _RTPA, _RTPN, _UT],
      [4, 0, 0, 4],
      4
    ];
    var UpdateRestoreTestingSelectionInput$ = [
      3,
      n0,
      _URTSI,
      0,
      [_RTPN, _RTS, _RTSN],
      [[0, 1], [() => RestoreTestingSelectionForUpdate$, 0], [0, 1]],
      3
    ];
    var UpdateRestoreTestingSelectionOutput$ = [
      3,
      n0,
      _URTSO,
      0,
      [_CTr, _RTPA, _RTPN, _RTSN, _UT],
      [4, 0, 0, 0, 4],
      5
    ];
    var UpdateTieringConfigurationInput$ = [
      3,
      n0,
      _UTCI,
      0,
      [_TCN, _TC],
      [[0, 1], () => TieringConfigurationInputForUpdate$],
      2
    ];
    var UpdateTieringConfigurationOutput$ = [
      3,
      n0,
      _UTCO,
      0,
      [_TCA, _TCN, _CTr, _LUTa],
      [0, 0, 4, 4]
    ];
    var __Unit = "unit";
    var AdvancedBackupSettings = [
      1,
      n0,
      _ABSd,
      0,
      () => AdvancedBackupSetting$
    ];
    var BackupJobsList = [
      1,
      n0,
      _BJL,
      0,
      () => BackupJob$
    ];
    var BackupJobSummaryList = [
      1,
      n0,
      _BJSL,
      0,
      () => BackupJobSummary$
    ];
    var BackupPlansList = [
      1,
      n0,
      _BPL,
      0,
      () => BackupPlansListMember$
    ];
    var BackupPlanTemplatesList = [
      1,
      n0,
      _BPTL,
      0,
      () => BackupPlanTemplatesListMember$
    ];
    var BackupPlanVersionsList = [
      1,
      n0,
      _BPVL,
      0,
      () => BackupPlansListMember$
    ];
    var BackupRules = [
      1,
      n0,
      _BRa,
      0,
      [
        () => BackupRule$,
        0
      ]
    ];
    var BackupRulesInput = [
      1,
      n0,
      _BRIac,
      0,
      [
        () => BackupRuleInput$,
        0
      ]
    ];
    var BackupSelectionsList = [
      1,
      n0,
      _BSL,
      0,
      () => BackupSelectionsListMember$
    ];
    var BackupVaultList = [
      1,
      n0,
      _BVL,
      0,
      () => BackupVaultListMember$
    ];
    var ConditionParameters = [
      1,
      n0,
      _CPo,
      0,
      () => ConditionParameter$
    ];
    var ControlInputParameters = [
      1,
      n0,
      _CIPo,
      0,
      () => ControlInputParameter$
    ];
    var CopyActions = [
      1,
      n0,
      _CA,
      0,
      () => CopyAction$
    ];
    var CopyJobsList = [
      1,
      n0,
      _CJL,
      0,
      () => CopyJob$
    ];
    var CopyJobSummaryList = [
      1,
      n0,
      _CJSL,
      0,
      () => CopyJobSummary$
    ];
    var FrameworkControls = [
      1,
      n0,
      _FC,
      0,
      () => FrameworkControl$
    ];
    var FrameworkList = [
      1,
      n0,
      _FL,
      0,
      () => Framework$
    ];
    var IndexActions = [
      1,
      n0,
      _IA,
      0,
      () => IndexAction$
    ];
    var IndexedRecoveryPointList = [
      1,
      n0,
      _IRPL,
      0,
      () => IndexedRecoveryPoint$
    ];
    var KeyValueList = [
      1,
      n0,
      _KVL,
      0,
      () => KeyValue$
    ];
    var LegalHoldsList = [
      1,
      n0,
      _LHL,
      0,
      () => LegalHold$
    ];
    var ListOfTags = [
      1,
      n0,
      _LOT,
      0,
      () => Condition$
    ];
    var ProtectedResourcesList = [
      1,
      n0,
      _PRL,
      0,
      () => ProtectedResource$
    ];
    var RecoveryPointByBackupVaultList = [
      1,
      n0,
      _RPBBVL,
      0,
      () => RecoveryPointByBackupVault$
    ];
    var RecoveryPointByResourceList = [
      1,
      n0,
      _RPBRL,
      0,
      () => RecoveryPointByResource$
    ];
    var RecoveryPointsList = [
      1,
      n0,
      _RPLe,
      0,
      () => RecoveryPointMember$
    ];
    var ReportJobList = [
      1,
      n0,
      _RJL,
      0,
      () => ReportJob$
    ];
    var ReportPlanList = [
      1,
      n0,
      _RPLep,
      0,
      () => ReportPlan$
    ];
    var ResourceSelections = [
      1,
      n0,
      _RSes,
      0,
      () => ResourceSelection$
    ];
    var RestoreAccessBackupVaultList = [
      1,
      n0,
      _RABVL,
      0,
      () => RestoreAccessBackupVaultListMember$
    ];
    var RestoreJobsList = [
      1,
      n0,
      _RJLe,
      0,
      () => RestoreJobsListMember$
    ];
    var RestoreJobSummaryList = [
      1,
      n0,
      _RJSL,
      0,
      () => RestoreJobSummary$
    ];
    var RestoreTestingPlans = [
      1,
      n0,
      _RTPe,
      0,
      () => RestoreTestingPlanForList$
    ];
    var RestoreTestingSelections = [
      1,
      n0,
      _RTSe,
      0,
      () => RestoreTestingSelectionForList$
    ];
    var ScanActions = [
      1,
      n0,
      _SA,
      0,
      () => ScanAction$
    ];
    var ScanJobs = [
      1,
      n0,
      _SJ,
      0,
      () => ScanJob$
    ];
    var ScanJobSummaryList = [
      1,
      n0,
      _SJSL,
      0,
      () => ScanJobSummary$
    ];
    var ScanResults = [
      1,
      n0,
      _SR,
      0,
      () => ScanResult$
    ];
    var ScanSettings = [
      1,
      n0,
      _SS,
      0,
      () => ScanSetting$
    ];
    var ScheduledRunsPreview = [
      1,
      n0,
      _SRP,
      0,
      () => ScheduledPlanExecutionMember$
    ];
    var TagKeyList = [
      1,
      n0,
      _TKL,
      8,
      0
    ];
    var TieringConfigurationsList = [
      1,
      n0,
      _TCL,
      0,
      () => TieringConfigurationsListMember$
    ];
    var Metadata = [
      2,
      n0,
      _Me,
      8,
      0,
      0
    ];
    var SensitiveStringMap = [
      2,
      n0,
      _SSM,
      8,
      0,
      0
    ];
    var Tags = [
      2,
      n0,
      _Ta,
      8,
      0,
      0
    ];
    var AssociateBackupVaultMpaApprovalTeam$ = [
      9,
      n0,
      _ABVMAT,
      { [_h]: ["PUT", "/backup-vaults/{BackupVaultName}/mpaApprovalTeam", 204] },
      () => AssociateBackupVaultMpaApprovalTeamInput$,
      () => __Unit
    ];
    var CancelLegalHold$ = [
      9,
      n0,
      _CLH,
      { [_h]: ["DELETE", "/legal-holds/{LegalHoldId}", 201] },
      () => CancelLegalHoldInput$,
      () => CancelLegalHoldOutput$
    ];
    var CreateBackupPlan$ = [
      9,
      n0,
      _CBP,
      { [_h]: ["PUT", "/backup/plans", 200] },
      () => CreateBackupPlanInput$,
      () => CreateBackupPlanOutput$
    ];
    var CreateBackupSelection$ = [
      9,
      n0,
      _CBS,
      { [_h]: ["PUT", "/backup/plans/{BackupPlanId}/selections", 200] },
      () => CreateBackupSelectionInput$,
      () => CreateBackupSelectionOutput$
    ];
    var CreateBackupVault$ = [
      9,
      n0,
      _CBV,
      { [_h]: ["PUT", "/backup-vaults/{BackupVaultName}", 200] },
      () => CreateBackupVaultInput$,
      () => CreateBackupVaultOutput$
    ];
    var CreateFramework$ = [
      9,
      n0,
      _CF,
      { [_h]: ["POST", "/audit/frameworks", 200] },
      () => CreateFrameworkInput$,
      () => CreateFrameworkOutput$
    ];
    var CreateLegalHold$ = [
      9,
      n0,
      _CLHr,
      { [_h]: ["POST", "/legal-holds", 200] },
      () => CreateLegalHoldInput$,
      () => CreateLegalHoldOutput$
    ];
    var CreateLogicallyAirGappedBackupVault$ = [
      9,
      n0,
      _CLAGBV,
      { [_h]: ["PUT", "/logically-air-gapped-backup-vaults/{BackupVaultName}", 200] },
      () => CreateLogicallyAirGappedBackupVaultInput$,
      () => CreateLogicallyAirGappedBackupVaultOutput$
    ];
    var CreateReportPlan$ = [
      9,
      n0,
      _CRP,
      { [_h]: ["POST", "/audit/report-plans", 200] },
      () => CreateReportPlanInput$,
      () => CreateReportPlanOutput$
    ];
    var CreateRestoreAccessBackupVault$ = [
      9,
      n0,
      _CRABV,
      { [_h]: ["PUT", "/restore-access-backup-vaults", 200] },
      () => CreateRestoreAccessBackupVaultInput$,
      () => CreateRestoreAccessBackupVaultOutput$
    ];
    var CreateRestoreTestingPlan$ = [
      9,
      n0,
      _CRTP,
      { [_h]: ["PUT", "/restore-testing/plans", 201] },
      () => CreateRestoreTestingPlanInput$,
      () => CreateRestoreTestingPlanOutput$
    ];
    var CreateRestoreTestingSelection$ = [
      9,
      n0,
      _CRTS,
      { [_h]: ["PUT", "/restore-testing/plans/{RestoreTestingPlanName}/selections", 201] },
      () => CreateRestoreTestingSelectionInput$,
      () => CreateRestoreTestingSelectionOutput$
    ];
    var CreateTieringConfiguration$ = [
      9,
      n0,
      _CTC,
      { [_h]: ["PUT", "/tiering-configurations", 200] },
      () => CreateTieringConfigurationInput$,
      () => CreateTieringConfigurationOutput$
    ];
    var DeleteBackupPlan$ = [
      9,
      n0,
      _DBP,
      { [_h]: ["DELETE", "/backup/plans/{BackupPlanId}", 200] },
      () => DeleteBackupPlanInput$,
      () => DeleteBackupPlanOutput$
    ];
    var DeleteBackupSelection$ = [
      9,
      n0,
      _DBS,
      { [_h]: ["DELETE", "/backup/plans/{BackupPlanId}/selections/{SelectionId}", 200] },
      () => DeleteBackupSelectionInput$,
      () => __Unit
    ];
    var DeleteBackupVault$ = [
      9,
      n0,
      _DBV,
      { [_h]: ["DELETE", "/backup-vaults/{BackupVaultName}", 200] },
      () => DeleteBackupVaultInput$,
      () => __Unit
    ];
    var DeleteBackupVaultAccessPolicy$ = [
      9,
      n0,
      _DBVAP,
      { [_h]: ["DELETE", "/backup-vaults/{BackupVaultName}/access-policy", 200] },
      () => DeleteBackupVaultAccessPolicyInput$,
      () => __Unit
    ];
    var DeleteBackupVaultLockConfiguration$ = [
      9,
      n0,
      _DBVLC,
      { [_h]: ["DELETE", "/backup-vaults/{BackupVaultName}/vault-lock", 200] },
      () => DeleteBackupVaultLockConfigurationInput$,
      () => __Unit
    ];
    var DeleteBackupVaultNotifications$ = [
      9,
      n0,
      _DBVN,
      { [_h]: ["DELETE", "/backup-vaults/{BackupVaultName}/notification-configuration", 200] },
      () => DeleteBackupVaultNotificationsInput$,
      () => __Unit
    ];
    var DeleteFramework$ = [
      9,
      n0,
      _DF,
      { [_h]: ["DELETE", "/audit/frameworks/{FrameworkName}", 200] },
      () => DeleteFrameworkInput$,
      () => __Unit
    ];
    var DeleteRecoveryPoint$ = [
      9,
      n0,
      _DRP,
      { [_h]: ["DELETE", "/backup-vaults/{BackupVaultName}/recovery-points/{RecoveryPointArn}", 200] },
      () => DeleteRecoveryPointInput$,
      () => __Unit
    ];
    var DeleteReportPlan$ = [
      9,
      n0,
      _DRPe,
      { [_h]: ["DELETE", "/audit/report-plans/{ReportPlanName}", 200] },
      () => DeleteReportPlanInput$,
      () => __Unit
    ];
    var DeleteRestoreTestingPlan$ = [
      9,
      n0,
      _DRTP,
      { [_h]: ["DELETE", "/restore-testing/plans/{RestoreTestingPlanName}", 204] },
      () => DeleteRestoreTestingPlanInput$,
      () => __Unit
    ];
    var DeleteRestoreTestingSelection$ = [
      9,
      n0,
      _DRTS,
      { [_h]: ["DELETE", "/restore-testing/plans/{RestoreTestingPlanName}/selections/{RestoreTestingSelectionName}", 204] },
      () => DeleteRestoreTestingSelectionInput$,
      () => __Unit
    ];
    var DeleteTieringConfiguration$ = [
      9,
      n0,
      _DTC,
      { [_h]: ["DELETE", "/tiering-configurations/{TieringConfigurationName}", 200] },
      () => DeleteTieringConfigurationInput$,
      () => DeleteTieringConfigurationOutput$
    ];
    var DescribeBackupJob$ = [
      9,
      n0,
      _DBJ,
      { [_h]: ["GET", "/backup-jobs/{BackupJobId}", 200] },
      () => DescribeBackupJobInput$,
      () => DescribeBackupJobOutput$
    ];
    var DescribeBackupVault$ = [
      9,
      n0,
      _DBVe,
      { [_h]: ["GET", "/backup-vaults/{BackupVaultName}", 200] },
      () => DescribeBackupVaultInput$,
      () => DescribeBackupVaultOutput$
    ];
    var DescribeCopyJob$ = [
      9,
      n0,
      _DCJ,
      { [_h]: ["GET", "/copy-jobs/{CopyJobId}", 200] },
      () => DescribeCopyJobInput$,
      () => DescribeCopyJobOutput$
    ];
    var DescribeFramework$ = [
      9,
      n0,
      _DFe,
      { [_h]: ["GET", "/audit/frameworks/{FrameworkName}", 200] },
      () => DescribeFrameworkInput$,
      () => DescribeFrameworkOutput$
    ];
    var DescribeGlobalSettings$ = [
      9,
      n0,
      _DGS,
      { [_h]: ["GET", "/global-settings", 200] },
      () => DescribeGlobalSettingsInput$,
      () => DescribeGlobalSettingsOutput$
    ];
    var DescribeProtectedResource$ = [
      9,
      n0,
      _DPR,
      { [_h]: ["GET", "/resources/{ResourceArn}", 200] },
      () => DescribeProtectedResourceInput$,
      () => DescribeProtectedResourceOutput$
    ];
    var DescribeRecoveryPoint$ = [
      9,
      n0,
      _DRPes,
      { [_h]: ["GET", "/backup-vaults/{BackupVaultName}/recovery-points/{RecoveryPointArn}", 200] },
      () => DescribeRecoveryPointInput$,
      () => DescribeRecoveryPointOutput$
    ];
    var DescribeRegionSettings$ = [
      9,
      n0,
      _DRS,
      { [_h]: ["GET", "/account-settings", 200] },
      () => DescribeRegionSettingsInput$,
      () => DescribeRegionSettingsOutput$
    ];
    var DescribeReportJob$ = [
      9,
      n0,
      _DRJ,
      { [_h]: ["GET", "/audit/report-jobs/{ReportJobId}", 200] },
      () => DescribeReportJobInput$,
      () => DescribeReportJobOutput$
    ];
    var DescribeReportPlan$ = [
      9,
      n0,
      _DRPesc,
      { [_h]: ["GET", "/audit/report-plans/{ReportPlanName}", 200] },
      () => DescribeReportPlanInput$,
      () => DescribeReportPlanOutput$
    ];
    var DescribeRestoreJob$ = [
      9,
      n0,
      _DRJe,
      { [_h]: ["GET", "/restore-jobs/{RestoreJobId}", 200] },
      () => DescribeRestoreJobInput$,
      () => DescribeRestoreJobOutput$
    ];
    var DescribeScanJob$ = [
      9,
      n0,
      _DSJ,
      { [_h]: ["GET", "/scan/jobs/{ScanJobId}", 200] },
      () => DescribeScanJobInput$,
      () => DescribeScanJobOutput$
    ];
    var DisassociateBackupVaultMpaApprovalTeam$ = [
      9,
      n0,
      _DBVMAT,
      { [_h]: ["POST", "/backup-vaults/{BackupVaultName}/mpaApprovalTeam?delete", 204] },
      () => DisassociateBackupVaultMpaApprovalTeamInput$,
      () => __Unit
    ];
    var DisassociateRecoveryPoint$ = [
      9,
      n0,
      _DRPi,
      { [_h]: ["POST", "/backup-vaults/{BackupVaultName}/recovery-points/{RecoveryPointArn}/disassociate", 200] },
      () => DisassociateRecoveryPointInput$,
      () => __Unit
    ];
    var DisassociateRecoveryPointFromParent$ = [
      9,
      n0,
      _DRPFP,
      { [_h]: ["DELETE", "/backup-vaults/{BackupVaultName}/recovery-points/{RecoveryPointArn}/parentAssociation", 204] },
      () => DisassociateRecoveryPointFromParentInput$,
      () => __Unit
    ];
    var ExportBackupPlanTemplate$ = [
      9,
      n0,
      _EBPT,
      { [_h]: ["GET", "/backup/plans/{BackupPlanId}/toTemplate", 200] },
      () => ExportBackupPlanTemplateInput$,
      () => ExportBackupPlanTemplateOutput$
    ];
    var GetBackupPlan$ = [
      9,
      n0,
      _GBP,
      { [_h]: ["GET", "/backup/plans/{BackupPlanId}", 200] },
      () => GetBackupPlanInput$,
      () => GetBackupPlanOutput$
    ];
    var GetBackupPlanFromJSON$ = [
      9,
      n0,
      _GBPFJSON,
      { [_h]: ["POST", "/backup/template/json/toPlan", 200] },
      () => GetBackupPlanFromJSONInput$,
      () => GetBackupPlanFromJSONOutput$
    ];
    var GetBackupPlanFromTemplate$ = [
      9,
      n0,
      _GBPFT,
      { [_h]: ["GET", "/backup/template/plans/{BackupPlanTemplateId}/toPlan", 200] },
      () => GetBackupPlanFromTemplateInput$,
      () => GetBackupPlanFromTemplateOutput$
    ];
    var GetBackupSelection$ = [
      9,
      n0,
      _GBS,
      { [_h]: ["GET", "/backup/plans/{BackupPlanId}/selections/{SelectionId}", 200] },
      () => GetBackupSelectionInput$,
      () => GetBackupSelectionOutput$
    ];
    var GetBackupVaultAccessPolicy$ = [
      9,
      n0,
      _GBVAP,
      { [_h]: ["GET", "/backup-vaults/{BackupVaultName}/access-policy", 200] },
      () => GetBackupVaultAccessPolicyInput$,
      () => GetBackupVaultAccessPolicyOutput$
    ];
    var GetBackupVaultNotifications$ = [
      9,
      n0,
      _GBVN,
      { [_h]: ["GET", "/backup-vaults/{BackupVaultName}/notification-configuration", 200] },
      () => GetBackupVaultNotificationsInput$,
      () => GetBackupVaultNotificationsOutput$
    ];
    var GetLegalHold$ = [
      9,
      n0,
      _GLH,
      { [_h]: ["GET", "/legal-holds/{LegalHoldId}", 200] },
      () => GetLegalHoldInput$,
      () => GetLegalHoldOutput$
    ];
    var GetPITRMalwareScanResults$ = [
      9,
      n0,
      _GPITRMSR,
      { [_h]: ["GET", "/scan/pitr-malware-scan-results", 200] },
      () => GetPITRMalwareScanResultsInput$,
      () => GetPITRMalwareScanResultsOutput$
    ];
    var GetRecoveryPointIndexDetails$ = [
      9,
      n0,
      _GRPID,
      { [_h]: ["GET", "/backup-vaults/{BackupVaultName}/recovery-points/{RecoveryPointArn}/index", 200] },
      () => GetRecoveryPointIndexDetailsInput$,
      () => GetRecoveryPointIndexDetailsOutput$
    ];
    var GetRecoveryPointRestoreMetadata$ = [
      9,
      n0,
      _GRPRM,
      { [_h]: ["GET", "/backup-vaults/{BackupVaultName}/recovery-points/{RecoveryPointArn}/restore-metadata", 200] },
      () => GetRecoveryPointRestoreMetadataInput$,
      () => GetRecoveryPointRestoreMetadataOutput$
    ];
    var GetRestoreJobMetadata$ = [
      9,
      n0,
      _GRJM,
      { [_h]: ["GET", "/restore-jobs/{RestoreJobId}/metadata", 200] },
      () => GetRestoreJobMetadataInput$,
      () => GetRestoreJobMetadataOutput$
    ];
    var GetRestoreTestingInferredMetadata$ = [
      9,
      n0,
      _GRTIM,
      { [_h]: ["GET", "/restore-testing/inferred-metadata", 200] },
      () => GetRestoreTestingInferredMetadataInput$,
      () => GetRestoreTestingInferredMetadataOutput$
    ];
    var GetRestoreTestingPlan$ = [
      9,
      n0,
      _GRTP,
      { [_h]: ["GET", "/restore-testing/plans/{RestoreTestingPlanName}", 200] },
      () => GetRestoreTestingPlanInput$,
      () => GetRestoreTestingPlanOutput$
    ];
    var GetRestoreTestingSelection$ = [
      9,
      n0,
      _GRTS,
      { [_h]: ["GET", "/restore-testing/plans/{RestoreTestingPlanName}/selections/{RestoreTestingSelectionName}", 200] },
      () => GetRestoreTestingSelectionInput$,
      () => GetRestoreTestingSelectionOutput$
    ];
    var GetSupportedResourceTypes$ = [
      9,
      n0,
      _GSRT,
      { [_h]: ["GET", "/supported-resource-types", 200] },
      () => __Unit,
      () => GetSupportedResourceTypesOutput$
    ];
    var GetTieringConfiguration$ = [
      9,
      n0,
      _GTC,
      { [_h]: ["GET", "/tiering-configurations/{TieringConfigurationName}", 200] },
      () => GetTieringConfigurationInput$,
      () => GetTieringConfigurationOutput$
    ];
    var ListBackupJobs$ = [
      9,
      n0,
      _LBJ,
      { [_h]: ["GET", "/backup-jobs", 200] },
      () => ListBackupJobsInput$,
      () => ListBackupJobsOutput$
    ];
    var ListBackupJobSummaries$ = [
      9,
      n0,
      _LBJS,
      { [_h]: ["GET", "/audit/backup-job-summaries", 200] },
      () => ListBackupJobSummariesInput$,
      () => ListBackupJobSummariesOutput$
    ];
    var ListBackupPlans$ = [
      9,
      n0,
      _LBP,
      { [_h]: ["GET", "/backup/plans", 200] },
      () => ListBackupPlansInput$,
      () => ListBackupPlansOutput$
    ];
    var ListBackupPlanTemplates$ = [
      9,
      n0,
      _LBPT,
      { [_h]: ["GET", "/backup/template/plans", 200] },
      () => ListBackupPlanTemplatesInput$,
      () => ListBackupPlanTemplatesOutput$
    ];
    var ListBackupPlanVersions$ = [
      9,
      n0,
      _LBPV,
      { [_h]: ["GET", "/backup/plans/{BackupPlanId}/versions", 200] },
      () => ListBackupPlanVersionsInput$,
      () => ListBackupPlanVersionsOutput$
    ];
    var ListBackupSelections$ = [
      9,
      n0,
      _LBS,
      { [_h]: ["GET", "/backup/plans/{BackupPlanId}/selections", 200] },
      () => ListBackupSelectionsInput$,
      () => ListBackupSelectionsOutput$
    ];
    var ListBackupVaults$ = [
      9,
      n0,
      _LBV,
      { [_h]: ["GET", "/backup-vaults", 200] },
      () => ListBackupVaultsInput$,
      () => ListBackupVaultsOutput$
    ];
    var ListCopyJobs$ = [
      9,
      n0,
      _LCJ,
      { [_h]: ["GET", "/copy-jobs", 200] },
      () => ListCopyJobsInput$,
      () => ListCopyJobsOutput$
    ];
    var ListCopyJobSummaries$ = [
      9,
      n0,
      _LCJS,
      { [_h]: ["GET", "/audit/copy-job-summaries", 200] },
      () => ListCopyJobSummariesInput$,
      () => ListCopyJobSummariesOutput$
    ];
    var ListFrameworks$ = [
      9,
      n0,
      _LF,
      { [_h]: ["GET", "/audit/frameworks", 200] },
      () => ListFrameworksInput$,
      () => ListFrameworksOutput$
    ];
    var ListIndexedRecoveryPoints$ = [
      9,
      n0,
      _LIRP,
      { [_h]: ["GET", "/indexes/recovery-point", 200] },
      () => ListIndexedRecoveryPointsInput$,
      () => ListIndexedRecoveryPointsOutput$
    ];
    var ListLegalHolds$ = [
      9,
      n0,
      _LLH,
      { [_h]: ["GET", "/legal-holds", 200] },
      () => ListLegalHoldsInput$,
      () => ListLegalHoldsOutput$
    ];
    var ListProtectedResources$ = [
      9,
      n0,
      _LPR,
      { [_h]: ["GET", "/resources", 200] },
      () => ListProtectedResourcesInput$,
      () => ListProtectedResourcesOutput$
    ];
    var ListProtectedResourcesByBackupVault$ = [
      9,
      n0,
      _LPRBBV,
      { [_h]: ["GET", "/backup-vaults/{BackupVaultName}/resources", 200] },
      () => ListProtectedResourcesByBackupVaultInput$,
      () => ListProtectedResourcesByBackupVaultOutput$
    ];
    var ListRecoveryPointsByBackupVault$ = [
      9,
      n0,
      _LRPBBV,
      { [_h]: ["GET", "/backup-vaults/{BackupVaultName}/recovery-points", 200] },
      () => ListRecoveryPointsByBackupVaultInput$,
      () => ListRecoveryPointsByBackupVaultOutput$
    ];
    var ListRecoveryPointsByLegalHold$ = [
      9,
      n0,
      _LRPBLH,
      { [_h]: ["GET", "/legal-holds/{LegalHoldId}/recovery-points", 200] },
      () => ListRecoveryPointsByLegalHoldInput$,
      () => ListRecoveryPointsByLegalHoldOutput$
    ];
    var ListRecoveryPointsByResource$ = [
      9,
      n0,
      _LRPBR,
      { [_h]: ["GET", "/resources/{ResourceArn}/recovery-points", 200] },
      () => ListRecoveryPointsByResourceInput$,
      () => ListRecoveryPointsByResourceOutput$
    ];
    var ListReportJobs$ = [
      9,
      n0,
      _LRJ,
      { [_h]: ["GET", "/audit/report-jobs", 200] },
      () => ListReportJobsInput$,
      () => ListReportJobsOutput$
    ];
    var ListReportPlans$ = [
      9,
      n0,
      _LRP,
      { [_h]: ["GET", "/audit/report-plans", 200] },
      () => ListReportPlansInput$,
      () => ListReportPlansOutput$
    ];
    var ListRestoreAccessBackupVaults$ = [
      9,
      n0,
      _LRABV,
      { [_h]: ["GET", "/logically-air-gapped-backup-vaults/{BackupVaultName}/restore-access-backup-vaults", 200] },
      () => ListRestoreAccessBackupVaultsInput$,
      () => ListRestoreAccessBackupVaultsOutput$
    ];
    var ListRestoreJobs$ = [
      9,
      n0,
      _LRJi,
      { [_h]: ["GET", "/restore-jobs", 200] },
      () => ListRestoreJobsInput$,
      () => ListRestoreJobsOutput$
    ];
    var ListRestoreJobsByProtectedResource$ = [
      9,
      n0,
      _LRJBPR,
      { [_h]: ["GET", "/resources/{ResourceArn}/restore-jobs", 200] },
      () => ListRestoreJobsByProtectedResourceInput$,
      () => ListRestoreJobsByProtectedResourceOutput$
    ];
    var ListRestoreJobSummaries$ = [
      9,
      n0,
      _LRJS,
      { [_h]: ["GET", "/audit/restore-job-summaries", 200] },
      () => ListRestoreJobSummariesInput$,
      () => ListRestoreJobSummariesOutput$
    ];
    var ListRestoreTestingPlans$ = [
      9,
      n0,
      _LRTP,
      { [_h]: ["GET", "/restore-testing/plans", 200] },
      () => ListRestoreTestingPlansInput$,
      () => ListRestoreTestingPlansOutput$
    ];
    var ListRestoreTestingSelections$ = [
      9,
      n0,
      _LRTS,
      { [_h]: ["GET", "/restore-testing/plans/{RestoreTestingPlanName}/selections", 200] },
      () => ListRestoreTestingSelectionsInput$,
      () => ListRestoreTestingSelectionsOutput$
    ];
    var ListScanJobs$ = [
      9,
      n0,
      _LSJ,
      { [_h]: ["GET", "/scan/jobs", 200] },
      () => ListScanJobsInput$,
      () => ListScanJobsOutput$
    ];
    var ListScanJobSummaries$ = [
      9,
      n0,
      _LSJS,
      { [_h]: ["GET", "/audit/scan-job-summaries", 200] },
      () => ListScanJobSummariesInput$,
      () => ListScanJobSummariesOutput$
    ];
    var ListTags$ = [
      9,
      n0,
      _LT,
      { [_h]: ["GET", "/tags/{ResourceArn}", 200] },
      () => ListTagsInput$,
      () => ListTagsOutput$
    ];
    var ListTieringConfigurations$ = [
      9,
      n0,
      _LTC,
      { [_h]: ["GET", "/tiering-configurations", 200] },
      () => ListTieringConfigurationsInput$,
      () => ListTieringConfigurationsOutput$
    ];
    var PutBackupVaultAccessPolicy$ = [
      9,
      n0,
      _PBVAP,
      { [_h]: ["PUT", "/backup-vaults/{BackupVaultName}/access-policy", 200] },
      () => PutBackupVaultAccessPolicyInput$,
      () => __Unit
    ];
    var PutBackupVaultLockConfiguration$ = [
      9,
      n0,
      _PBVLC,
      { [_h]: ["PUT", "/backup-vaults/{BackupVaultName}/vault-lock", 200] },
      () => PutBackupVaultLockConfigurationInput$,
      () => __Unit
    ];
    var PutBackupVaultNotifications$ = [
      9,
      n0,
      _PBVN,
      { [_h]: ["PUT", "/backup-vaults/{BackupVaultName}/notification-configuration", 200] },
      () => PutBackupVaultNotificationsInput$,
      () => __Unit
    ];
    var PutRestoreValidationResult$ = [
      9,
      n0,
      _PRVR,
      { [_h]: ["PUT", "/restore-jobs/{RestoreJobId}/validations", 204] },
      () => PutRestoreValidationResultInput$,
      () => __Unit
    ];
    var RevokeRestoreAccessBackupVault$ = [
      9,
      n0,
      _RRABV,
      { [_h]: ["DELETE", "/logically-air-gapped-backup-vaults/{BackupVaultName}/restore-access-backup-vaults/{RestoreAccessBackupVaultArn}", 200] },
      () => RevokeRestoreAccessBackupVaultInput$,
      () => __Unit
    ];
    var StartBackupJob$ = [
      9,
      n0,
      _SBJ,
      { [_h]: ["PUT", "/backup-jobs", 200] },
      () => StartBackupJobInput$,
      () => StartBackupJobOutput$
    ];
    var StartCopyJob$ = [
      9,
      n0,
      _SCJ,
      { [_h]: ["PUT", "/copy-jobs", 200] },
      () => StartCopyJobInput$,
      () => StartCopyJobOutput$
    ];
    var StartReportJob$ = [
      9,
      n0,
      _SRJ,
      { [_h]: ["POST", "/audit/report-jobs/{ReportPlanName}", 200] },
      () => StartReportJobInput$,
      () => StartReportJobOutput$
    ];
    var StartRestoreJob$ = [
      9,
      n0,
      _SRJt,
      { [_h]: ["PUT", "/restore-jobs", 200] },
      () => StartRestoreJobInput$,
      () => StartRestoreJobOutput$
    ];
    var StartScanJob$ = [
      9,
      n0,
      _SSJ,
      { [_h]: ["PUT", "/scan/job", 201] },
      () => StartScanJobInput$,
      () => StartScanJobOutput$
    ];
    var StopBackupJob$ = [
      9,
      n0,
      _SBJt,
      { [_h]: ["POST", "/backup-jobs/{BackupJobId}", 200] },
      () => StopBackupJobInput$,
      () => __Unit
    ];
    var TagResource$ = [
      9,
      n0,
      _TR,
      { [_h]: ["POST", "/tags/{ResourceArn}", 200] },
      () => TagResourceInput$,
      () => __Unit
    ];
    var UntagResource$ = [
      9,
      n0,
      _UR,
      { [_h]: ["POST", "/untag/{ResourceArn}", 200] },
      () => UntagResourceInput$,
      () => __Unit
    ];
    var UpdateBackupPlan$ = [
      9,
      n0,
      _UBP,
      { [_h]: ["POST", "/backup/plans/{BackupPlanId}", 200] },
      () => UpdateBackupPlanInput$,
      () => UpdateBackupPlanOutput$
    ];
    var UpdateFramework$ = [
      9,
      n0,
      _UF,
      { [_h]: ["PUT", "/audit/frameworks/{FrameworkName}", 200] },
      () => UpdateFrameworkInput$,
      () => UpdateFrameworkOutput$
    ];
    var UpdateGlobalSettings$ = [
      9,
      n0,
      _UGS,
      { [_h]: ["PUT", "/global-settings", 200] },
      () => UpdateGlobalSettingsInput$,
      () => __Unit
    ];
    var UpdateRecoveryPointIndexSettings$ = [
      9,
      n0,
      _URPIS,
      { [_h]: ["POST", "/backup-vaults/{BackupVaultName}/recovery-points/{RecoveryPointArn}/index", 200] },
      () => UpdateRecoveryPointIndexSettingsInput$,
      () => UpdateRecoveryPointIndexSettingsOutput$
    ];
    var UpdateRecoveryPointLifecycle$ = [
      9,
      n0,
      _URPL,
      { [_h]: ["POST", "/backup-vaults/{BackupVaultName}/recovery-points/{RecoveryPointArn}", 200] },
      () => UpdateRecoveryPointLifecycleInput$,
      () => UpdateRecoveryPointLifecycleOutput$
    ];
    var UpdateRegionSettings$ = [
      9,
      n0,
      _URS,
      { [_h]: ["PUT", "/account-settings", 200] },
      () => UpdateRegionSettingsInput$,
      () => __Unit
    ];
    var UpdateReportPlan$ = [
      9,
      n0,
      _URP,
      { [_h]: ["PUT", "/audit/report-plans/{ReportPlanName}", 200] },
      () => UpdateReportPlanInput$,
      () => UpdateReportPlanOutput$
    ];
    var UpdateRestoreTestingPlan$ = [
      9,
      n0,
      _URTP,
      { [_h]: ["PUT", "/restore-testing/plans/{RestoreTestingPlanName}", 200] },
      () => UpdateRestoreTestingPlanInput$,
      () => UpdateRestoreTestingPlanOutput$
    ];
    var UpdateRestoreTestingSelection$ = [
      9,
      n0,
      _URTS,
      { [_h]: ["PUT", "/restore-testing/plans/{RestoreTestingPlanName}/selections/{RestoreTestingSelectionName}", 200] },
      () => UpdateRestoreTestingSelectionInput$,
      () => UpdateRestoreTestingSelectionOutput$
    ];
    var UpdateTieringConfiguration$ = [
      9,
      n0,
      _UTC,
      { [_h]: ["PUT", "/tiering-configurations/{TieringConfigurationName}", 200] },
      () => UpdateTieringConfigurationInput$,
      () => UpdateTieringConfigurationOutput$
    ];
    var getRuntimeConfig$1 = (config) => {
      return {
        apiVersion: "2018-11-15",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultBackupHttpAuthSchemeProvider,
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
          defaultNamespace: "com.amazonaws.backup",
          errorTypeRegistries,
          version: "2018-11-15",
          serviceTarget: "CryoControllerUserManager"
        },
        serviceId: config?.serviceId ?? "Backup",
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
    var BackupClient = class extends Client {
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
          httpAuthSchemeParametersProvider: defaultBackupHttpAuthSchemeParametersProvider,
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
    var command = makeBuilder(commonParams, "CryoControllerUserManager", "BackupClient", getEndpointPlugin);
    var _ep0 = {};
    var _mw0 = (Command, cs, config, o) => [];
    var AssociateBackupVaultMpaApprovalTeamCommand = class extends command(_ep0, _mw0, "AssociateBackupVaultMpaApprovalTeam", AssociateBackupVaultMpaApprovalTeam$) {
    };
    var CancelLegalHoldCommand = class extends command(_ep0, _mw0, "CancelLegalHold", CancelLegalHold$) {
    };
    var CreateBackupPlanCommand = class extends command(_ep0, _mw0, "CreateBackupPlan", CreateBackupPlan$) {
    };
    var CreateBackupSelectionCommand = class extends command(_ep0, _mw0, "CreateBackupSelection", CreateBackupSelection$) {
    };
    var CreateBackupVaultCommand = class extends command(_ep0, _mw0, "CreateBackupVault", CreateBackupVault$) {
    };
    var CreateFrameworkCommand = class extends command(_ep0, _mw0, "CreateFramework", CreateFramework$) {
    };
    var CreateLegalHoldCommand = class extends command(_ep0, _mw0, "CreateLegalHold", CreateLegalHold$) {
    };
    var CreateLogicallyAirGappedBackupVaultCommand = class extends command(_ep0, _mw0, "CreateLogicallyAirGappedBackupVault", CreateLogicallyAirGappedBackupVault$) {
    };
    var CreateReportPlanCommand = class extends command(_ep0, _mw0, "CreateReportPlan", CreateReportPlan$) {
    };
    var CreateRestoreAccessBackupVaultCommand = class extends command(_ep0, _mw0, "CreateRestoreAccessBackupVault", CreateRestoreAccessBackupVault$) {
    };
    var CreateRestoreTestingPlanCommand = class extends command(_ep0, _mw0, "CreateRestoreTestingPlan", CreateRestoreTestingPlan$) {
    };
    var CreateRestoreTestingSelectionCommand = class extends command(_ep0, _mw0, "CreateRestoreTestingSelection", CreateRestoreTestingSelection$) {
    };
    var CreateTieringConfigurationCommand = class extends command(_ep0, _mw0, "CreateTieringConfiguration", CreateTieringConfiguration$) {
    };
    var DeleteBackupPlanCommand = class extends command(_ep0, _mw0, "DeleteBackupPlan", DeleteBackupPlan$) {
    };
    var DeleteBackupSelectionCommand = class extends command(_ep0, _mw0, "DeleteBackupSelection", DeleteBackupSelection$) {
    };
    var DeleteBackupVaultAccessPolicyCommand = class extends command(_ep0, _mw0, "DeleteBackupVaultAccessPolicy", DeleteBackupVaultAccessPolicy$) {
    };
    var DeleteBackupVaultCommand = class extends command(_ep0, _mw0, "DeleteBackupVault", DeleteBackupVault$) {
    };
    var DeleteBackupVaultLockConfigurationCommand = class extends command(_ep0, _mw0, "DeleteBackupVaultLockConfiguration", DeleteBackupVaultLockConfiguration$) {
    };
    var DeleteBackupVaultNotificationsCommand = class extends command(_ep0, _mw0, "DeleteBackupVaultNotifications", DeleteBackupVaultNotifications$) {
    };
    var DeleteFrameworkCommand = class extends command(_ep0, _mw0, "DeleteFramework", DeleteFramework$) {
    };
    var DeleteRecoveryPointCommand = class extends command(_ep0, _mw0, "DeleteRecoveryPoint", DeleteRecoveryPoint$) {
    };
    var DeleteReportPlanCommand = class extends command(_ep0, _mw0, "DeleteReportPlan", DeleteReportPlan$) {
    };
    var DeleteRestoreTestingPlanCommand = class extends command(_ep0, _mw0, "DeleteRestoreTestingPlan", DeleteRestoreTestingPlan$) {
    };
    var DeleteRestoreTestingSelectionCommand = class extends command(_ep0, _mw0, "DeleteRestoreTestingSelection", DeleteRestoreTestingSelection$) {
    };
    var DeleteTieringConfigurationCommand = class extends command(_ep0, _mw0, "DeleteTieringConfiguration", DeleteTieringConfiguration$) {
    };
    var DescribeBackupJobCommand = class extends command(_ep0, _mw0, "DescribeBackupJob", DescribeBackupJob$) {
    };
    var DescribeBackupVaultCommand = class extends command(_ep0, _mw0, "DescribeBackupVault", DescribeBackupVault$) {
    };
    var DescribeCopyJobCommand = class extends command(_ep0, _mw0, "DescribeCopyJob", DescribeCopyJob$) {
    };
    var DescribeFrameworkCommand = class extends command(_ep0, _mw0, "DescribeFramework", DescribeFramework$) {
    };
    var DescribeGlobalSettingsCommand = class extends command(_ep0, _mw0, "DescribeGlobalSettings", DescribeGlobalSettings$) {
    };
    var DescribeProtectedResourceCommand = class extends command(_ep0, _mw0, "DescribeProtectedResource", DescribeProtectedResource$) {
    };
    var DescribeRecoveryPointCommand = class extends command(_ep0, _mw0, "DescribeRecoveryPoint", DescribeRecoveryPoint$) {
    };
    var DescribeRegionSettingsCommand = class extends command(_ep0, _mw0, "DescribeRegionSettings", DescribeRegionSettings$) {
    };
    var DescribeReportJobCommand = class extends command(_ep0, _mw0, "DescribeReportJob", DescribeReportJob$) {
    };
    var DescribeReportPlanCommand = class extends command(_ep0, _mw0, "DescribeReportPlan", DescribeReportPlan$) {
    };
    var DescribeRestoreJobCommand = class extends command(_ep0, _mw0, "DescribeRestoreJob", DescribeRestoreJob$) {
    };
    var DescribeScanJobCommand = class extends command(_ep0, _mw0, "DescribeScanJob", DescribeScanJob$) {
    };
    var DisassociateBackupVaultMpaApprovalTeamCommand = class extends command(_ep0, _mw0, "DisassociateBackupVaultMpaApprovalTeam", DisassociateBackupVaultMpaApprovalTeam$) {
    };
    var DisassociateRecoveryPointCommand = class extends command(_ep0, _mw0, "DisassociateRecoveryPoint", DisassociateRecoveryPoint$) {
    };
    var DisassociateRecoveryPointFromParentCommand = class extends command(_ep0, _mw0, "DisassociateRecoveryPointFromParent", DisassociateRecoveryPointFromParent$) {
    };
    var ExportBackupPlanTemplateCommand = class extends command(_ep0, _mw0, "ExportBackupPlanTemplate", ExportBackupPlanTemplate$) {
    };
    var GetBackupPlanCommand = class extends command(_ep0, _mw0, "GetBackupPlan", GetBackupPlan$) {
    };
    var GetBackupPlanFromJSONCommand = class extends command(_ep0, _mw0, "GetBackupPlanFromJSON", GetBackupPlanFromJSON$) {
    };
    var GetBackupPlanFromTemplateCommand = class extends command(_ep0, _mw0, "GetBackupPlanFromTemplate", GetBackupPlanFromTemplate$) {
    };
    var GetBackupSelectionCommand = class extends command(_ep0, _mw0, "GetBackupSelection", GetBackupSelection$) {
    };
    var GetBackupVaultAccessPolicyCommand = class extends command(_ep0, _mw0, "GetBackupVaultAccessPolicy", GetBackupVaultAccessPolicy$) {
    };
    var GetBackupVaultNotificationsCommand = class extends command(_ep0, _mw0, "GetBackupVaultNotifications", GetBackupVaultNotifications$) {
    };
    var GetLegalHoldCommand = class extends command(_ep0, _mw0, "GetLegalHold", GetLegalHold$) {
    };
    var GetPITRMalwareScanResultsCommand = class extends command(_ep0, _mw0, "GetPITRMalwareScanResults", GetPITRMalwareScanResults$) {
    };
    var GetRecoveryPointIndexDetailsCommand = class extends command(_ep0, _mw0, "GetRecoveryPointIndexDetails", GetRecoveryPointIndexDetails$) {
    };
    var GetRecoveryPointRestoreMetadataCommand = class extends command(_ep0, _mw0, "GetRecoveryPointRestoreMetadata", GetRecoveryPointRestoreMetadata$) {
    };
    var GetRestoreJobMetadataCommand = class extends command(_ep0, _mw0, "GetRestoreJobMetadata", GetRestoreJobMetadata$) {
    };
    var GetRestoreTestingInferredMetadataCommand = class extends command(_ep0, _mw0, "GetRestoreTestingInferredMetadata", GetRestoreTestingInferredMetadata$) {
    };
    var GetRestoreTestingPlanCommand = class extends command(_ep0, _mw0, "GetRestoreTestingPlan", GetRestoreTestingPlan$) {
    };
    var GetRestoreTestingSelectionCommand = class extends command(_ep0, _mw0, "GetRestoreTestingSelection", GetRestoreTestingSelection$) {
    };
    var GetSupportedResourceTypesCommand = class extends command(_ep0, _mw0, "GetSupportedResourceTypes", GetSupportedResourceTypes$) {
    };
    var GetTieringConfigurationCommand = class extends command(_ep0, _mw0, "GetTieringConfiguration", GetTieringConfiguration$) {
    };
    var ListBackupJobsCommand = class extends command(_ep0, _mw0, "ListBackupJobs", ListBackupJobs$) {
    };
    var ListBackupJobSummariesCommand = class extends command(_ep0, _mw0, "ListBackupJobSummaries", ListBackupJobSummaries$) {
    };
    var ListBackupPlansCommand = class extends command(_ep0, _mw0, "ListBackupPlans", ListBackupPlans$) {
    };
    var ListBackupPlanTemplatesCommand = class extends command(_ep0, _mw0, "ListBackupPlanTemplates", ListBackupPlanTemplates$) {
    };
    var ListBackupPlanVersionsCommand = class extends command(_ep0, _mw0, "ListBackupPlanVersions", ListBackupPlanVersions$) {
    };
    var ListBackupSelectionsCommand = class extends command(_ep0, _mw0, "ListBackupSelections", ListBackupSelections$) {
    };
    var ListBackupVaultsCommand = class extends command(_ep0, _mw0, "ListBackupVaults", ListBackupVaults$) {
    };
    var ListCopyJobsCommand = class extends command(_ep0, _mw0, "ListCopyJobs", ListCopyJobs$) {
    };
    var ListCopyJobSummariesCommand = class extends command(_ep0, _mw0, "ListCopyJobSummaries", ListCopyJobSummaries$) {
    };
    var ListFrameworksCommand = class extends command(_ep0, _mw0, "ListFrameworks", ListFrameworks$) {
    };
    var ListIndexedRecoveryPointsCommand = class extends command(_ep0, _mw0, "ListIndexedRecoveryPoints", ListIndexedRecoveryPoints$) {
    };
    var ListLegalHoldsCommand = class extends command(_ep0, _mw0, "ListLegalHolds", ListLegalHolds$) {
    };
    var ListProtectedResourcesByBackupVaultCommand = class extends command(_ep0, _mw0, "ListProtectedResourcesByBackupVault", ListProtectedResourcesByBackupVault$) {
    };
    var ListProtectedResourcesCommand = class extends command(_ep0, _mw0, "ListProtectedResources", ListProtectedResources$) {
    };
    var ListRecoveryPointsByBackupVaultCommand = class extends command(_ep0, _mw0, "ListRecoveryPointsByBackupVault", ListRecoveryPointsByBackupVault$) {
    };
    var ListRecoveryPointsByLegalHoldCommand = class extends command(_ep0, _mw0, "ListRecoveryPointsByLegalHold", ListRecoveryPointsByLegalHold$) {
    };
    var ListRecoveryPointsByResourceCommand = class extends command(_ep0, _mw0, "ListRecoveryPointsByResource", ListRecoveryPointsByResource$) {
    };
    var ListReportJobsCommand = class extends command(_ep0, _mw0, "ListReportJobs", ListReportJobs$) {
    };
    var ListReportPlansCommand = class extends command(_ep0, _mw0, "ListReportPlans", ListReportPlans$) {
    };
    var ListRestoreAccessBackupVaultsCommand = class extends command(_ep0, _mw0, "ListRestoreAccessBackupVaults", ListRestoreAccessBackupVaults$) {
    };
    var ListRestoreJobsByProtectedResourceCommand = class extends command(_ep0, _mw0, "ListRestoreJobsByProtectedResource", ListRestoreJobsByProtectedResource$) {
    };
    var ListRestoreJobsCommand = class extends command(_ep0, _mw0, "ListRestoreJobs", ListRestoreJobs$) {
    };
    var ListRestoreJobSummariesCommand = class extends command(_ep0, _mw0, "ListRestoreJobSummaries", ListRestoreJobSummaries$) {
    };
    var ListRestoreTestingPlansCommand = class extends command(_ep0, _mw0, "ListRestoreTestingPlans", ListRestoreTestingPlans$) {
    };
    var ListRestoreTestingSelectionsCommand = class extends command(_ep0, _mw0, "ListRestoreTestingSelections", ListRestoreTestingSelections$) {
    };
    var ListScanJobsCommand = class extends command(_ep0, _mw0, "ListScanJobs", ListScanJobs$) {
    };
    var ListScanJobSummariesCommand = class extends command(_ep0, _mw0, "ListScanJobSummaries", ListScanJobSummaries$) {
    };
    var ListTagsCommand = class extends command(_ep0, _mw0, "ListTags", ListTags$) {
    };
    var ListTieringConfigurationsCommand = class extends command(_ep0, _mw0, "ListTieringConfigurations", ListTieringConfigurations$) {
    };
    var PutBackupVaultAccessPolicyCommand = class extends command(_ep0, _mw0, "PutBackupVaultAccessPolicy", PutBackupVaultAccessPolicy$) {
    };
    var PutBackupVaultLockConfigurationCommand = class extends command(_ep0, _mw0, "PutBackupVaultLockConfiguration", PutBackupVaultLockConfiguration$) {
    };
    var PutBackupVaultNotificationsCommand = class extends command(_ep0, _mw0, "PutBackupVaultNotifications", PutBackupVaultNotifications$) {
    };
    var PutRestoreValidationResultCommand = class extends command(_ep0, _mw0, "PutRestoreValidationResult", PutRestoreValidationResult$) {
    };
    var RevokeRestoreAccessBackupVaultCommand = class extends command(_ep0, _mw0, "RevokeRestoreAccessBackupVault", RevokeRestoreAccessBackupVault$) {
    };
    var StartBackupJobCommand = class extends command(_ep0, _mw0, "StartBackupJob", StartBackupJob$) {
    };
    var StartCopyJobCommand = class extends command(_ep0, _mw0, "StartCopyJob", StartCopyJob$) {
    };
    var StartReportJobCommand = class extends command(_ep0, _mw0, "StartReportJob", StartReportJob$) {
    };
    var StartRestoreJobCommand = class extends command(_ep0, _mw0, "StartRestoreJob", StartRestoreJob$) {
    };
    var StartScanJobCommand = class extends command(_ep0, _mw0, "StartScanJob", StartScanJob$) {
    };
    var StopBackupJobCommand = class extends command(_ep0, _mw0, "StopBackupJob", StopBackupJob$) {
    };
    var TagResourceCommand = class extends command(_ep0, _mw0, "TagResource", TagResource$) {
    };
    var UntagResourceCommand = class extends command(_ep0, _mw0, "UntagResource", UntagResource$) {
    };
    var UpdateBackupPlanCommand = class extends command(_ep0, _mw0, "UpdateBackupPlan", UpdateBackupPlan$) {
    };
    var UpdateFrameworkCommand = class extends command(_ep0, _mw0, "UpdateFramework", UpdateFramework$) {
    };
    var UpdateGlobalSettingsCommand = class extends command(_ep0, _mw0, "UpdateGlobalSettings", UpdateGlobalSettings$) {
    };
    var UpdateRecoveryPointIndexSettingsCommand = class extends command(_ep0, _mw0, "UpdateRecoveryPointIndexSettings", UpdateRecoveryPointIndexSettings$) {
    };
    var UpdateRecoveryPointLifecycleCommand = class extends command(_ep0, _mw0, "UpdateRecoveryPointLifecycle", UpdateRecoveryPointLifecycle$) {
    };
    var UpdateRegionSettingsCommand = class extends command(_ep0, _mw0, "UpdateRegionSettings", UpdateRegionSettings$) {
    };
    var UpdateReportPlanCommand = class extends command(_ep0, _mw0, "UpdateReportPlan", UpdateReportPlan$) {
    };
    var UpdateRestoreTestingPlanCommand = class extends command(_ep0, _mw0, "UpdateRestoreTestingPlan", UpdateRestoreTestingPlan$) {
    };
    var UpdateRestoreTestingSelectionCommand = class extends command(_ep0, _mw0, "UpdateRestoreTestingSelection", UpdateRestoreTestingSelection$) {
    };
    var UpdateTieringConfigurationCommand = class extends command(_ep0, _mw0, "UpdateTieringConfiguration", UpdateTieringConfiguration$) {
    };
    var paginateListBackupJobs = createPaginator(BackupClient, ListBackupJobsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListBackupJobSummaries = createPaginator(BackupClient, ListBackupJobSummariesCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListBackupPlans = createPaginator(BackupClient, ListBackupPlansCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListBackupPlanTemplates = createPaginator(BackupClient, ListBackupPlanTemplatesCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListBackupPlanVersions = createPaginator(BackupClient, ListBackupPlanVersionsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListBackupSelections = createPaginator(BackupClient, ListBackupSelectionsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListBackupVaults = createPaginator(BackupClient, ListBackupVaultsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListCopyJobs = createPaginator(BackupClient, ListCopyJobsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListCopyJobSummaries = createPaginator(BackupClient, ListCopyJobSummariesCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListFrameworks = createPaginator(BackupClient, ListFrameworksCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListIndexedRecoveryPoints = createPaginator(BackupClient, ListIndexedRecoveryPointsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListLegalHolds = createPaginator(BackupClient, ListLegalHoldsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListProtectedResourcesByBackupVault = createPaginator(BackupClient, ListProtectedResourcesByBackupVaultCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListProtectedResources = createPaginator(BackupClient, ListProtectedResourcesCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListRecoveryPointsByBackupVault = createPaginator(BackupClient, ListRecoveryPointsByBackupVaultCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListRecoveryPointsByLegalHold = createPaginator(BackupClient, ListRecoveryPointsByLegalHoldCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListRecoveryPointsByResource = createPaginator(BackupClient, ListRecoveryPointsByResourceCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListReportJobs = createPaginator(BackupClient, ListReportJobsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListReportPlans = createPaginator(BackupClient, ListReportPlansCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListRestoreAccessBackupVaults = createPaginator(BackupClient, ListRestoreAccessBackupVaultsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListRestoreJobsByProtectedResource = createPaginator(BackupClient, ListRestoreJobsByProtectedResourceCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListRestoreJobs = createPaginator(BackupClient, ListRestoreJobsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListRestoreJobSummaries = createPaginator(BackupClient, ListRestoreJobSummariesCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListRestoreTestingPlans = createPaginator(BackupClient, ListRestoreTestingPlansCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListRestoreTestingSelections = createPaginator(BackupClient, ListRestoreTestingSelectionsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListScanJobs = createPaginator(BackupClient, ListScanJobsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListScanJobSummaries = createPaginator(BackupClient, ListScanJobSummariesCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListTags = createPaginator(BackupClient, ListTagsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListTieringConfigurations = createPaginator(BackupClient, ListTieringConfigurationsCommand, "NextToken", "NextToken", "MaxResults");
    var commands = {
      AssociateBackupVaultMpaApprovalTeamCommand,
      CancelLegalHoldCommand,
      CreateBackupPlanCommand,
      CreateBackupSelectionCommand,
      CreateBackupVaultCommand,
      CreateFrameworkCommand,
      CreateLegalHoldCommand,
      CreateLogicallyAirGappedBackupVaultCommand,
      CreateReportPlanCommand,
      CreateRestoreAccessBackupVaultCommand,
      CreateRestoreTestingPlanCommand,
      CreateRestoreTestingSelectionCommand,
      CreateTieringConfigurationCommand,
      DeleteBackupPlanCommand,
      DeleteBackupSelectionCommand,
      DeleteBackupVaultCommand,
      DeleteBackupVaultAccessPolicyCommand,
      DeleteBackupVaultLockConfigurationCommand,
      DeleteBackupVaultNotificationsCommand,
      DeleteFrameworkCommand,
      DeleteRecoveryPointCommand,
      DeleteReportPlanCommand,
      DeleteRestoreTestingPlanCommand,
      DeleteRestoreTestingSelectionCommand,
      DeleteTieringConfigurationCommand,
      DescribeBackupJobCommand,
      DescribeBackupVaultCommand,
      DescribeCopyJobCommand,
      DescribeFrameworkCommand,
      DescribeGlobalSettingsCommand,
      DescribeProtectedResourceCommand,
      DescribeRecoveryPointCommand,
      DescribeRegionSettingsCommand,
      DescribeReportJobCommand,
      DescribeReportPlanCommand,
      DescribeRestoreJobCommand,
      DescribeScanJobCommand,
      DisassociateBackupVaultMpaApprovalTeamCommand,
      DisassociateRecoveryPointCommand,
      DisassociateRecoveryPointFromParentCommand,
      ExportBackupPlanTemplateCommand,
      GetBackupPlanCommand,
      GetBackupPlanFromJSONCommand,
      GetBackupPlanFromTemplateCommand,
      GetBackupSelectionCommand,
      GetBackupVaultAccessPolicyCommand,
      GetBackupVaultNotificationsCommand,
      GetLegalHoldCommand,
      GetPITRMalwareScanResultsCommand,
      GetRecoveryPointIndexDetailsCommand,
      GetRecoveryPointRestoreMetadataCommand,
      GetRestoreJobMetadataCommand,
      GetRestoreTestingInferredMetadataCommand,
      GetRestoreTestingPlanCommand,
      GetRestoreTestingSelectionCommand,
      GetSupportedResourceTypesCommand,
      GetTieringConfigurationCommand,
      ListBackupJobsCommand,
      ListBackupJobSummariesCommand,
      ListBackupPlansCommand,
      ListBackupPlanTemplatesCommand,
      ListBackupPlanVersionsCommand,
      ListBackupSelectionsCommand,
      ListBackupVaultsCommand,
      ListCopyJobsCommand,
      ListCopyJobSummariesCommand,
      ListFrameworksCommand,
      ListIndexedRecoveryPointsCommand,
      ListLegalHoldsCommand,
      ListProtectedResourcesCommand,
      ListProtectedResourcesByBackupVaultCommand,
      ListRecoveryPointsByBackupVaultCommand,
      ListRecoveryPointsByLegalHoldCommand,
      ListRecoveryPointsByResourceCommand,
      ListReportJobsCommand,
      ListReportPlansCommand,
      ListRestoreAccessBackupVaultsCommand,
      ListRestoreJobsCommand,
      ListRestoreJobsByProtectedResourceCommand,
      ListRestoreJobSummariesCommand,
      ListRestoreTestingPlansCommand,
      ListRestoreTestingSelectionsCommand,
      ListScanJobsCommand,
      ListScanJobSummariesCommand,
      ListTagsCommand,
      ListTieringConfigurationsCommand,
      PutBackupVaultAccessPolicyCommand,
      PutBackupVaultLockConfigurationCommand,
      PutBackupVaultNotificationsCommand,
      PutRestoreValidationResultCommand,
      RevokeRestoreAccessBackupVaultCommand,
      StartBackupJobCommand,
      StartCopyJobCommand,
      StartReportJobCommand,
      StartRestoreJobCommand,
      StartScanJobCommand,
      StopBackupJobCommand,
      TagResourceCommand,
      UntagResourceCommand,
      UpdateBackupPlanCommand,
      UpdateFrameworkCommand,
      UpdateGlobalSettingsCommand,
      UpdateRecoveryPointIndexSettingsCommand,
      UpdateRecoveryPointLifecycleCommand,
      UpdateRegionSettingsCommand,
      UpdateReportPlanCommand,
      UpdateRestoreTestingPlanCommand,
      UpdateRestoreTestingSelectionCommand,
      UpdateTieringConfigurationCommand
    };
    var paginators = {
      paginateListBackupJobs,
      paginateListBackupJobSummaries,
      paginateListBackupPlans,
      paginateListBackupPlanTemplates,
      paginateListBackupPlanVersions,
      paginateListBackupSelections,
      paginateListBackupVaults,
      paginateListCopyJobs,
      paginateListCopyJobSummaries,
      paginateListFrameworks,
      paginateListIndexedRecoveryPoints,
      paginateListLegalHolds,
      paginateListProtectedResources,
      paginateListProtectedResourcesByBackupVault,
      paginateListRecoveryPointsByBackupVault,
      paginateListRecoveryPointsByLegalHold,
      paginateListRecoveryPointsByResource,
      paginateListReportJobs,
      paginateListReportPlans,
      paginateListRestoreAccessBackupVaults,
      paginateListRestoreJobs,
      paginateListRestoreJobsByProtectedResource,
      paginateListRestoreJobSummaries,
      paginateListRestoreTestingPlans,
      paginateListRestoreTestingSelections,
      paginateListScanJobs,
      paginateListScanJobSummaries,
      paginateListTags,
      paginateListTieringConfigurations
    };
    var Backup = class extends BackupClient {
    };
    createAggregatedClient(commands, Backup, { paginators });
    var ScanFinding = {
      MALWARE: "MALWARE"
    };
    var AggregationPeriod = {
      FOURTEEN_DAYS: "FOURTEEN_DAYS",
      ONE_DAY: "ONE_DAY",
      SEVEN_DAYS: "SEVEN_DAYS"
    };
    var LifecycleDeleteAfterEvent = {
      DELETE_AFTER_COPY: "DELETE_AFTER_COPY"
    };
    var BackupJobState = {
      ABORTED: "ABORTED",
      ABORTING: "ABORTING",
      COMPLETED: "COMPLETED",
      CREATED: "CREATED",
      EXPIRED: "EXPIRED",
      FAILED: "FAILED",
      PARTIAL: "PARTIAL",
      PENDING: "PENDING",
      RUNNING: "RUNNING"
    };
    var BackupJobStatus = {
      ABORTED: "ABORTED",
      ABORTING: "ABORTING",
      AGGREGATE_ALL: "AGGREGATE_ALL",
      ANY: "ANY",
      COMPLETED: "COMPLETED",
      CREATED: "CREATED",
      EXPIRED: "EXPIRED",
      FAILED: "FAILED",
      PARTIAL: "PARTIAL",
      PENDING: "PENDING",
      RUNNING: "RUNNING"
    };
    var MalwareScanner = {
      GUARDDUTY: "GUARDDUTY"
    };
    var ScanMode = {
      FULL_SCAN: "FULL_SCAN",
      INCREMENTAL_SCAN: "INCREMENTAL_SCAN"
    };
    var ConditionType = {
      STRINGEQUALS: "STRINGEQUALS"
    };
    var BackupVaultEvent = {
      BACKUP_JOB_COMPLETED: "BACKUP_JOB_COMPLETED",
      BACKUP_JOB_EXPIRED: "BACKUP_JOB_EXPIRED",
      BACKUP_JOB_FAILED: "BACKUP_JOB_FAILED",
      BACKUP_JOB_STARTED: "BACKUP_JOB_STARTED",
      BACKUP_JOB_SUCCESSFUL: "BACKUP_JOB_SUCCESSFUL",
      BACKUP_PLAN_CREATED: "BACKUP_PLAN_CREATED",
      BACKUP_PLAN_MODIFIED: "BACKUP_PLAN_MODIFIED",
      CONTINUOUS_BACKUP_INTERRUPTED: "CONTINUOUS_BACKUP_INTERRUPTED",
      COPY_JOB_FAILED: "COPY_JOB_FAILED",
      COPY_JOB_STARTED: "COPY_JOB_STARTED",
      COPY_JOB_SUCCESSFUL: "COPY_JOB_SUCCESSFUL",
      EKS_BACKUP_OBJECT_FAILED: "EKS_BACKUP_OBJECT_FAILED",
      EKS_RESTORE_OBJECT_FAILED: "EKS_RESTORE_OBJECT_FAILED",
      EKS_RESTORE_OBJECT_SKIPPED: "EKS_RESTORE_OBJECT_SKIPPED",
      RECOVERY_POINT_INDEXING_FAILED: "RECOVERY_POINT_INDEXING_FAILED",
      RECOVERY_POINT_INDEX_COMPLETED: "RECOVERY_POINT_INDEX_COMPLETED",
      RECOVERY_POINT_INDEX_DELETED: "RECOVERY_POINT_INDEX_DELETED",
      RECOVERY_POINT_MODIFIED: "RECOVERY_POINT_MODIFIED",
      RESTORE_JOB_COMPLETED: "RESTORE_JOB_COMPLETED",
      RESTORE_JOB_FAILED: "RESTORE_JOB_FAILED",
      RESTORE_JOB_STARTED: "RESTORE_JOB_STARTED",
      RESTORE_JOB_SUCCESSFUL: "RESTORE_JOB_SUCCESSFUL",
      S3_BACKUP_OBJECT_FAILED: "S3_BACKUP_OBJECT_FAILED",
      S3_RESTORE_OBJECT_FAILED: "S3_RESTORE_OBJECT_FAILED"
    };
    var EncryptionKeyType = {
      AWS_OWNED_KMS_KEY: "AWS_OWNED_KMS_KEY",
      CUSTOMER_MANAGED_KMS_KEY: "CUSTOMER_MANAGED_KMS_KEY"
    };
    var VaultState = {
      AVAILABLE: "AVAILABLE",
      CREATING: "CREATING",
      FAILED: "FAILED"
    };
    var VaultType = {
      BACKUP_VAULT: "BACKUP_VAULT",
      LOGICALLY_AIR_GAPPED_BACKUP_VAULT: "LOGICALLY_AIR_GAPPED_BACKUP_VAULT",
      RESTORE_ACCESS_BACKUP_VAULT: "RESTORE_ACCESS_BACKUP_VAULT"
    };
    var CopyJobState = {
      COMPLETED: "COMPLETED",
      CREATED: "CREATED",
      FAILED: "FAILED",
      PARTIAL: "PARTIAL",
      RUNNING: "RUNNING"
    };
    var CopyJobStatus = {
      ABORTED: "ABORTED",
      ABORTING: "ABORTING",
      AGGREGATE_ALL: "AGGREGATE_ALL",
      ANY: "ANY",
      COMPLETED: "COMPLETED",
      COMPLETING: "COMPLETING",
      CREATED: "CREATED",
      FAILED: "FAILED",
      FAILING: "FAILING",
      PARTIAL: "PARTIAL",
      RUNNING: "RUNNING"
    };
    var LegalHoldStatus = {
      ACTIVE: "ACTIVE",
      CANCELED: "CANCELED",
      CANCELING: "CANCELING",
      CREATING: "CREATING"
    };
    var RestoreTestingRecoveryPointSelectionAlgorithm = {
      LATEST_WITHIN_WINDOW: "LATEST_WITHIN_WINDOW",
      RANDOM_WITHIN_WINDOW: "RANDOM_WITHIN_WINDOW"
    };
    var RestoreTestingRecoveryPointType = {
      CONTINUOUS: "CONTINUOUS",
      SNAPSHOT: "SNAPSHOT"
    };
    var MpaSessionStatus = {
      APPROVED: "APPROVED",
      FAILED: "FAILED",
      PENDING: "PENDING"
    };
    var IndexStatus = {
      ACTIVE: "ACTIVE",
      DELETING: "DELETING",
      FAILED: "FAILED",
      PENDING: "PENDING"
    };
    var ScanJobState = {
      CANCELED: "CANCELED",
      COMPLETED: "COMPLETED",
      COMPLETED_WITH_ISSUES: "COMPLETED_WITH_ISSUES",
      FAILED: "FAILED"
    };
    var RecoveryPointStatus = {
      AVAILABLE: "AVAILABLE",
      COMPLETED: "COMPLETED",
      CREATING: "CREATING",
      DELETING: "DELETING",
      EXPIRED: "EXPIRED",
      PARTIAL: "PARTIAL",
      STOPPED: "STOPPED"
    };
    var StorageClass = {
      COLD: "COLD",
      DELETED: "DELETED",
      WARM: "WARM"
    };
    var RestoreDeletionStatus = {
      DELETING: "DELETING",
      FAILED: "FAILED",
      SUCCESSFUL: "SUCCESSFUL"
    };
    var RestoreJobStatus = {
      ABORTED: "ABORTED",
      COMPLETED: "COMPLETED",
      FAILED: "FAILED",
      PENDING: "PENDING",
      RUNNING: "RUNNING"
    };
    var RestoreValidationStatus = {
      FAILED: "FAILED",
      SUCCESSFUL: "SUCCESSFUL",
      TIMED_OUT: "TIMED_OUT",
      VALIDATING: "VALIDATING"
    };
    var ScanResourceType = {
      EBS: "EBS",
      EC2: "EC2",
      S3: "S3"
    };
    var ScanResultStatus = {
      NO_THREATS_FOUND: "NO_THREATS_FOUND",
      THREATS_FOUND: "THREATS_FOUND",
      UNKNOWN: "UNKNOWN"
    };
    var ScanState = {
      CANCELED: "CANCELED",
      COMPLETED: "COMPLETED",
      COMPLETED_WITH_ISSUES: "COMPLETED_WITH_ISSUES",
      CREATED: "CREATED",
      FAILED: "FAILED",
      RUNNING: "RUNNING"
    };
    var RuleExecutionType = {
      CONTINUOUS: "CONTINUOUS",
      CONTINUOUS_AND_SNAPSHOTS: "CONTINUOUS_AND_SNAPSHOTS",
      SNAPSHOTS: "SNAPSHOTS"
    };
    var MpaRevokeSessionStatus = {
      FAILED: "FAILED",
      PENDING: "PENDING"
    };
    var RestoreJobState = {
      ABORTED: "ABORTED",
      AGGREGATE_ALL: "AGGREGATE_ALL",
      ANY: "ANY",
      COMPLETED: "COMPLETED",
      CREATED: "CREATED",
      FAILED: "FAILED",
      PENDING: "PENDING",
      RUNNING: "RUNNING"
    };
    var ScanJobStatus = {
      AGGREGATE_ALL: "AGGREGATE_ALL",
      ANY: "ANY",
      CANCELED: "CANCELED",
      COMPLETED: "COMPLETED",
      COMPLETED_WITH_ISSUES: "COMPLETED_WITH_ISSUES",
      CREATED: "CREATED",
      FAILED: "FAILED",
      RUNNING: "RUNNING"
    };
    var Index = {
      DISABLED: "DISABLED",
      ENABLED: "ENABLED"
    };
    exports.AdvancedBackupSetting$ = AdvancedBackupSetting$;
    exports.AggregatedScanResult$ = AggregatedScanResult$;
    exports.AggregationPeriod = AggregationPeriod;
    exports.AlreadyExistsException = AlreadyExistsException;
    exports.AlreadyExistsException$ = AlreadyExistsException$;
    exports.AssociateBackupVaultMpaApprovalTeam$ = AssociateBackupVaultMpaApprovalTeam$;
    exports.AssociateBackupVaultMpaApprovalTeamCommand = AssociateBackupVaultMpaApprovalTeamCommand;
    exports.AssociateBackupVaultMpaApprovalTeamInput$ = AssociateBackupVaultMpaApprovalTeamInput$;
    exports.Backup = Backup;
    exports.BackupClient = BackupClient;
    exports.BackupJob$ = BackupJob$;
    exports.BackupJobState = BackupJobState;
    exports.BackupJobStatus = BackupJobStatus;
    exports.BackupJobSummary$ = BackupJobSummary$;
    exports.BackupPlan$ = BackupPlan$;
    exports.BackupPlanInput$ = BackupPlanInput$;
    exports.BackupPlanTemplatesListMember$ = BackupPlanTemplatesListMember$;
    exports.BackupPlansListMember$ = BackupPlansListMember$;
    exports.BackupRule$ = BackupRule$;
    exports.BackupRuleInput$ = BackupRuleInput$;
    exports.BackupSelection$ = BackupSelection$;
    exports.BackupSelectionsListMember$ = BackupSelectionsListMember$;
    exports.BackupServiceException = BackupServiceException;
    exports.BackupServiceException$ = BackupServiceException$;
    exports.BackupVaultEvent = BackupVaultEvent;
    exports.BackupVaultListMember$ = BackupVaultListMember$;
    exports.CalculatedLifecycle$ = CalculatedLifecycle$;
    exports.CancelLegalHold$ = CancelLegalHold$;
    exports.CancelLegalHoldCommand = CancelLegalHoldCommand;
    exports.CancelLegalHoldInput$ = CancelLegalHoldInput$;
    exports.CancelLegalHoldOutput$ = CancelLegalHoldOutput$;
    exports.Condition$ = Condition$;
    exports.ConditionParameter$ = ConditionParameter$;
    exports.ConditionType = ConditionType;
    exports.Conditions$ = Conditions$;
    exports.ConflictException = ConflictException;
    exports.ConflictException$ = ConflictException$;
    exports.ControlInputParameter$ = ControlInputParameter$;
    exports.ControlScope$ = ControlScope$;
    exports.CopyAction$ = CopyAction$;
    exports.CopyJob$ = CopyJob$;
    exports.CopyJobState = CopyJobState;
    exports.CopyJobStatus = CopyJobStatus;
    exports.CopyJobSummary$ = CopyJobSummary$;
    exports.CreateBackupPlan$ = CreateBackupPlan$;
    exports.CreateBackupPlanCommand = CreateBackupPlanCommand;
    exports.CreateBackupPlanInput$ = CreateBackupPlanInput$;
    exports.CreateBackupPlanOutput$ = CreateBackupPlanOutput$;
    exports.CreateBackupSelection$ = CreateBackupSelection$;
    exports.CreateBackupSelectionCommand = CreateBackupSelectionCommand;
    exports.CreateBackupSelectionInput$ = CreateBackupSelectionInput$;
    exports.CreateBackupSelectionOutput$ = CreateBackupSelectionOutput$;
    exports.CreateBackupVault$ = CreateBackupVault$;
    exports.CreateBackupVaultCommand = CreateBackupVaultCommand;
    exports.CreateBackupVaultInput$ = CreateBackupVaultInput$;
    exports.CreateBackupVaultOutput$ = CreateBackupVaultOutput$;
    exports.CreateFramework$ = CreateFramework$;
    exports.CreateFrameworkCommand = CreateFrameworkCommand;
    exports.CreateFrameworkInput$ = CreateFrameworkInput$;
    exports.CreateFrameworkOutput$ = CreateFrameworkOutput$;
    exports.CreateLegalHold$ = CreateLegalHold$;
    exports.CreateLegalHoldCommand = CreateLegalHoldCommand;
    exports.CreateLegalHoldInput$ = CreateLegalHoldInput$;
    exports.CreateLegalHoldOutput$ = CreateLegalHoldOutput$;
    exports.CreateLogicallyAirGappedBackupVault$ = CreateLogicallyAirGappedBackupVault$;
    exports.CreateLogicallyAirGappedBackupVaultCommand = CreateLogicallyAirGappedBackupVaultCommand;
    exports.CreateLogicallyAirGappedBackupVaultInput$ = CreateLogicallyAirGappedBackupVaultInput$;
    exports.CreateLogicallyAirGappedBackupVaultOutput$ = CreateLogicallyAirGappedBackupVaultOutput$;
    exports.CreateReportPlan$ = CreateReportPlan$;
    exports.CreateReportPlanCommand = CreateReportPlanCommand;
    exports.CreateReportPlanInput$ = CreateReportPlanInput$;
    exports.CreateReportPlanOutput$ = CreateReportPlanOutput$;
    exports.CreateRestoreAccessBackupVault$ = CreateRestoreAccessBackupVault$;
    exports.CreateRestoreAccessBackupVaultCommand = CreateRestoreAccessBackupVaultCommand;
    exports.CreateRestoreAccessBackupVaultInput$ = CreateRestoreAccessBackupVaultInput$;
    exports.CreateRestoreAccessBackupVaultOutput$ = CreateRestoreAccessBackupVaultOutput$;
    exports.CreateRestoreTestingPlan$ = CreateRestoreTestingPlan$;
    exports.CreateRestoreTestingPlanCommand = CreateRestoreTestingPlanCommand;
    exports.CreateRestoreTestingPlanInput$ = CreateRestoreTestingPlanInput$;
    exports.CreateRestoreTestingPlanOutput$ = CreateRestoreTestingPlanOutput$;
    exports.CreateRestoreTestingSelection$ = CreateRestoreTestingSelection$;
    exports.CreateRestoreTestingSelectionCommand = CreateRestoreTestingSelectionCommand;
    exports.CreateRestoreTestingSelectionInput$ = CreateRestoreTestingSelectionInput$;
    exports.CreateRestoreTestingSelectionOutput$ = CreateRestoreTestingSelectionOutput$;
    exports.CreateTieringConfiguration$ = CreateTieringConfiguration$;
    exports.CreateTieringConfigurationCommand = CreateTieringConfigurationCommand;
    exports.CreateTieringConfigurationInput$ = CreateTieringConfigurationInput$;
    exports.CreateTieringConfigurationOutput$ = CreateTieringConfigurationOutput$;
    exports.DateRange$ = DateRange$;
    exports.DeleteBackupPlan$ = DeleteBackupPlan$;
    exports.DeleteBackupPlanCommand = DeleteBackupPlanCommand;
    exports.DeleteBackupPlanInput$ = DeleteBackupPlanInput$;
    exports.DeleteBackupPlanOutput$ = DeleteBackupPlanOutput$;
    exports.DeleteBackupSelection$ = DeleteBackupSelection$;
    exports.DeleteBackupSelectionCommand = DeleteBackupSelectionCommand;
    exports.DeleteBackupSelectionInput$ = DeleteBackupSelectionInput$;
    exports.DeleteBackupVault$ = DeleteBackupVault$;
    exports.DeleteBackupVaultAccessPolicy$ = DeleteBackupVaultAccessPolicy$;
    exports.DeleteBackupVaultAccessPolicyCommand = DeleteBackupVaultAccessPolicyCommand;
    exports.DeleteBackupVaultAccessPolicyInput$ = DeleteBackupVaultAccessPolicyInput$;
    exports.DeleteBackupVaultCommand = DeleteBackupVaultCommand;
    exports.DeleteBackupVaultInput$ = DeleteBackupVaultInput$;
    exports.DeleteBackupVaultLockConfiguration$ = DeleteBackupVaultLockConfiguration$;
    exports.DeleteBackupVaultLockConfigurationCommand = DeleteBackupVaultLockConfigurationCommand;
    exports.DeleteBackupVaultLockConfigurationInput$ = DeleteBackupVaultLockConfigurationInput$;
    exports.DeleteBackupVaultNotifications$ = DeleteBackupVaultNotifications$;
    exports.DeleteBackupVaultNotificationsCommand = DeleteBackupVaultNotificationsCommand;
    exports.DeleteBackupVaultNotificationsInput$ = DeleteBackupVaultNotificationsInput$;
    exports.DeleteFramework$ = DeleteFramework$;
    exports.DeleteFrameworkCommand = DeleteFrameworkCommand;
    exports.DeleteFrameworkInput$ = DeleteFrameworkInput$;
    exports.DeleteRecoveryPoint$ = DeleteRecoveryPoint$;
    exports.DeleteRecoveryPointCommand = DeleteRecoveryPointCommand;
    exports.DeleteRecoveryPointInput$ = DeleteRecoveryPointInput$;
    exports.DeleteReportPlan$ = DeleteReportPlan$;
    exports.DeleteReportPlanCommand = DeleteReportPlanCommand;
    exports.DeleteReportPlanInput$ = DeleteReportPlanInput$;
    exports.DeleteRestoreTestingPlan$ = DeleteRestoreTestingPlan$;
    exports.DeleteRestoreTestingPlanCommand = DeleteRestoreTestingPlanCommand;
    exports.DeleteRestoreTestingPlanInput$ = DeleteRestoreTestingPlanInput$;
    exports.DeleteRestoreTestingSelection$ = DeleteRestoreTestingSelection$;
    exports.DeleteRestoreTestingSelectionCommand = DeleteRestoreTestingSelectionCommand;
    exports.DeleteRestoreTestingSelectionInput$ = DeleteRestoreTestingSelectionInput$;
    exports.DeleteTieringConfiguration$ = DeleteTieringConfiguration$;
    exports.DeleteTieringConfigurationCommand = DeleteTieringConfigurationCommand;
    exports.DeleteTieringConfigurationInput$ = DeleteTieringConfigurationInput$;
    exports.DeleteTieringConfigurationOutput$ = DeleteTieringConfigurationOutput$;
    exports.DependencyFailureException = DependencyFailureException;
    exports.DependencyFailureException$ = DependencyFailureException$;
    exports.DescribeBackupJob$ = DescribeBackupJob$;
    exports.DescribeBackupJobCommand = DescribeBackupJobCommand;
    exports.DescribeBackupJobInput$ = DescribeBackupJobInput$;
    exports.DescribeBackupJobOutput$ = DescribeBackupJobOutput$;
    exports.DescribeBackupVault$ = DescribeBackupVault$;
    exports.DescribeBackupVaultCommand = DescribeBackupVaultCommand;
    exports.DescribeBackupVaultInput$ = DescribeBackupVaultInput$;
    exports.DescribeBackupVaultOutput$ = DescribeBackupVaultOutput$;
    exports.DescribeCopyJob$ = DescribeCopyJob$;
    exports.DescribeCopyJobCommand = DescribeCopyJobCommand;
    exports.DescribeCopyJobInput$ = DescribeCopyJobInput$;
    exports.DescribeCopyJobOutput$ = DescribeCopyJobOutput$;
    exports.DescribeFramework$ = DescribeFramework$;
    exports.DescribeFrameworkCommand = DescribeFrameworkCommand;
    exports.DescribeFrameworkInput$ = DescribeFrameworkInput$;
    exports.DescribeFrameworkOutput$ = DescribeFrameworkOutput$;
    exports.DescribeGlobalSettings$ = DescribeGlobalSettings$;
    exports.DescribeGlobalSettingsCommand = DescribeGlobalSettingsCommand;
    exports.DescribeGlobalSettingsInput$ = DescribeGlobalSettingsInput$;
    exports.DescribeGlobalSettingsOutput$ = DescribeGlobalSettingsOutput$;
    exports.DescribeProtectedResource$ = DescribeProtectedResource$;
    exports.DescribeProtectedResourceCommand = DescribeProtectedResourceCommand;
    exports.DescribeProtectedResourceInput$ = DescribeProtectedResourceInput$;
    exports.DescribeProtectedResourceOutput$ = DescribeProtectedResourceOutput$;
    exports.DescribeRecoveryPoint$ = DescribeRecoveryPoint$;
    exports.DescribeRecoveryPointCommand = DescribeRecoveryPointCommand;
    exports.DescribeRecoveryPointInput$ = DescribeRecoveryPointInput$;
    exports.DescribeRecoveryPointOutput$ = DescribeRecoveryPointOutput$;
    exports.DescribeRegionSettings$ = DescribeRegionSettings$;
    exports.DescribeRegionSettingsCommand = DescribeRegionSettingsCommand;
    exports.DescribeRegionSettingsInput$ = DescribeRegionSettingsInput$;
    exports.DescribeRegionSettingsOutput$ = DescribeRegionSettingsOutput$;
    exports.DescribeReportJob$ = DescribeReportJob$;
    exports.DescribeReportJobCommand = DescribeReportJobCommand;
    exports.DescribeReportJobInput$ = DescribeReportJobInput$;
    exports.DescribeReportJobOutput$ = DescribeReportJobOutput$;
    exports.DescribeReportPlan$ = DescribeReportPlan$;
    exports.DescribeReportPlanCommand = DescribeReportPlanCommand;
    exports.DescribeReportPlanInput$ = DescribeReportPlanInput$;
    exports.DescribeReportPlanOutput$ = DescribeReportPlanOutput$;
    exports.DescribeRestoreJob$ = DescribeRestoreJob$;
    exports.DescribeRestoreJobCommand = DescribeRestoreJobCommand;
    exports.DescribeRestoreJobInput$ = DescribeRestoreJobInput$;
    exports.DescribeRestoreJobOutput$ = DescribeRestoreJobOutput$;
    exports.DescribeScanJob$ = DescribeScanJob$;
    exports.DescribeScanJobCommand = DescribeScanJobCommand;
    exports.DescribeScanJobInput$ = DescribeScanJobInput$;
    exports.DescribeScanJobOutput$ = DescribeScanJobOutput$;
    exports.DisassociateBackupVaultMpaApprovalTeam$ = DisassociateBackupVaultMpaApprovalTeam$;
    exports.DisassociateBackupVaultMpaApprovalTeamCommand = DisassociateBackupVaultMpaApprovalTeamCommand;
    exports.DisassociateBackupVaultMpaApprovalTeamInput$ = DisassociateBackupVaultMpaApprovalTeamInput$;
    exports.DisassociateRecoveryPoint$ = DisassociateRecoveryPoint$;
    exports.DisassociateRecoveryPointCommand = DisassociateRecoveryPointCommand;
    exports.DisassociateRecoveryPointFromParent$ = DisassociateRecoveryPointFromParent$;
    exports.DisassociateRecoveryPointFromParentCommand = DisassociateRecoveryPointFromParentCommand;
    exports.DisassociateRecoveryPointFromParentInput$ = DisassociateRecoveryPointFromParentInput$;
    exports.DisassociateRecoveryPointInput$ = DisassociateRecoveryPointInput$;
    exports.EncryptionKeyType = EncryptionKeyType;
    exports.ExportBackupPlanTemplate$ = ExportBackupPlanTemplate$;
    exports.ExportBackupPlanTemplateCommand = ExportBackupPlanTemplateCommand;
    exports.ExportBackupPlanTemplateInput$ = ExportBackupPlanTemplateInput$;
    exports.ExportBackupPlanTemplateOutput$ = ExportBackupPlanTemplateOutput$;
    exports.Framework$ = Framework$;
    exports.FrameworkControl$ = FrameworkControl$;
    exports.GetBackupPlan$ = GetBackupPlan$;
    exports.GetBackupPlanCommand = GetBackupPlanCommand;
    exports.GetBackupPlanFromJSON$ = GetBackupPlanFromJSON$;
    exports.GetBackupPlanFromJSONCommand = GetBackupPlanFromJSONCommand;
    exports.GetBackupPlanFromJSONInput$ = GetBackupPlanFromJSONInput$;
    exports.GetBackupPlanFromJSONOutput$ = GetBackupPlanFromJSONOutput$;
    exports.GetBackupPlanFromTemplate$ = GetBackupPlanFromTemplate$;
    exports.GetBackupPlanFromTemplateCommand = GetBackupPlanFromTemplateCommand;
    exports.GetBackupPlanFromTemplateInput$ = GetBackupPlanFromTemplateInput$;
    exports.GetBackupPlanFromTemplateOutput$ = GetBackupPlanFromTemplateOutput$;
    exports.GetBackupPlanInput$ = GetBackupPlanInput$;
    exports.GetBackupPlanOutput$ = GetBackupPlanOutput$;
    exports.GetBackupSelection$ = GetBackupSelection$;
    exports.GetBackupSelectionCommand = GetBackupSelectionCommand;
    exports.GetBackupSelectionInput$ = GetBackupSelectionInput$;
    exports.GetBackupSelectionOutput$ = GetBackupSelectionOutput$;
    exports.GetBackupVaultAccessPolicy$ = GetBackupVaultAccessPolicy$;
    exports.GetBackupVaultAccessPolicyCommand = GetBackupVaultAccessPolicyCommand;
    exports.GetBackupVaultAccessPolicyInput$ = GetBackupVaultAccessPolicyInput$;
    exports.GetBackupVaultAccessPolicyOutput$ = GetBackupVaultAccessPolicyOutput$;
    exports.GetBackupVaultNotifications$ = GetBackupVaultNotifications$;
    exports.GetBackupVaultNotificationsCommand = GetBackupVaultNotificationsCommand;
    exports.GetBackupVaultNotificationsInput$ = GetBackupVaultNotificationsInput$;
    exports.GetBackupVaultNotificationsOutput$ = GetBackupVaultNotificationsOutput$;
    exports.GetLegalHold$ = GetLegalHold$;
    exports.GetLegalHoldCommand = GetLegalHoldCommand;
    exports.GetLegalHoldInput$ = GetLegalHoldInput$;
    exports.GetLegalHoldOutput$ = GetLegalHoldOutput$;
    exports.GetPITRMalwareScanResults$ = GetPITRMalwareScanResults$;
    exports.GetPITRMalwareScanResultsCommand = GetPITRMalwareScanResultsCommand;
    exports.GetPITRMalwareScanResultsInput$ = GetPITRMalwareScanResultsInput$;
    exports.GetPITRMalwareScanResultsOutput$ = GetPITRMalwareScanResultsOutput$;
    exports.GetRecoveryPointIndexDetails$ = GetRecoveryPointIndexDetails$;
    exports.GetRecoveryPointIndexDetailsCommand = GetRecoveryPointIndexDetailsCommand;
    exports.GetRecoveryPointIndexDetailsInput$ = GetRecoveryPointIndexDetailsInput$;
    exports.GetRecoveryPointIndexDetailsOutput$ = GetRecoveryPointIndexDetailsOutput$;
    exports.GetRecoveryPointRestoreMetadata$ = GetRecoveryPointRestoreMetadata$;
    exports.GetRecoveryPointRestoreMetadataCommand = GetRecoveryPointRestoreMetadataCommand;
    exports.GetRecoveryPointRestoreMetadataInput$ = GetRecoveryPointRestoreMetadataInput$;
    exports.GetRecoveryPointRestoreMetadataOutput$ = GetRecoveryPointRestoreMetadataOutput$;
    exports.GetRestoreJobMetadata$ = GetRestoreJobMetadata$;
    exports.GetRestoreJobMetadataCommand = GetRestoreJobMetadataCommand;
    exports.GetRestoreJobMetadataInput$ = GetRestoreJobMetadataInput$;
    exports.GetRestoreJobMetadataOutput$ = GetRestoreJobMetadataOutput$;
    exports.GetRestoreTestingInferredMetadata$ = GetRestoreTestingInferredMetadata$;
    exports.GetRestoreTestingInferredMetadataCommand = GetRestoreTestingInferredMetadataCommand;
    exports.GetRestoreTestingInferredMetadataInput$ = GetRestoreTestingInferredMetadataInput$;
    exports.GetRestoreTestingInferredMetadataOutput$ = GetRestoreTestingInferredMetadataOutput$;
    exports.GetRestoreTestingPlan$ = GetRestoreTestingPlan$;
    exports.GetRestoreTestingPlanCommand = GetRestoreTestingPlanCommand;
    exports.GetRestoreTestingPlanInput$ = GetRestoreTestingPlanInput$;
    exports.GetRestoreTestingPlanOutput$ = GetRestoreTestingPlanOutput$;
    exports.GetRestoreTestingSelection$ = GetRestoreTestingSelection$;
    exports.GetRestoreTestingSelectionCommand = GetRestoreTestingSelectionCommand;
    exports.GetRestoreTestingSelectionInput$ = GetRestoreTestingSelectionInput$;
    exports.GetRestoreTestingSelectionOutput$ = GetRestoreTestingSelectionOutput$;
    exports.GetSupportedResourceTypes$ = GetSupportedResourceTypes$;
    exports.GetSupportedResourceTypesCommand = GetSupportedResourceTypesCommand;
    exports.GetSupportedResourceTypesOutput$ = GetSupportedResourceTypesOutput$;
    exports.GetTieringConfiguration$ = GetTieringConfiguration$;
    exports.GetTieringConfigurationCommand = GetTieringConfigurationCommand;
    exports.GetTieringConfigurationInput$ = GetTieringConfigurationInput$;
    exports.GetTieringConfigurationOutput$ = GetTieringConfigurationOutput$;
    exports.Index = Index;
    exports.IndexAction$ = IndexAction$;
    exports.IndexStatus = IndexStatus;
    exports.IndexedRecoveryPoint$ = IndexedRecoveryPoint$;
    exports.InvalidParameterValueException = InvalidParameterValueException;
    exports.InvalidParameterValueException$ = InvalidParameterValueException$;
    exports.InvalidRequestException = InvalidRequestException;
    exports.InvalidRequestException$ = InvalidRequestException$;
    exports.InvalidResourceStateException = InvalidResourceStateException;
    exports.InvalidResourceStateException$ = InvalidResourceStateException$;
    exports.KeyValue$ = KeyValue$;
    exports.LatestMpaApprovalTeamUpdate$ = LatestMpaApprovalTeamUpdate$;
    exports.LatestRevokeRequest$ = LatestRevokeRequest$;
    exports.LegalHold$ = LegalHold$;
    exports.LegalHoldStatus = LegalHoldStatus;
    exports.Lifecycle$ = Lifecycle$;
    exports.LifecycleDeleteAfterEvent = LifecycleDeleteAfterEvent;
    exports.LimitExceededException = LimitExceededException;
    exports.LimitExceededException$ = LimitExceededException$;
    exports.ListBackupJobSummaries$ = ListBackupJobSummaries$;
    exports.ListBackupJobSummariesCommand = ListBackupJobSummariesCommand;
    exports.ListBackupJobSummariesInput$ = ListBackupJobSummariesInput$;
    exports.ListBackupJobSummariesOutput$ = ListBackupJobSummariesOutput$;
    exports.ListBackupJobs$ = ListBackupJobs$;
    exports.ListBackupJobsCommand = ListBackupJobsCommand;
    exports.ListBackupJobsInput$ = ListBackupJobsInput$;
    exports.ListBackupJobsOutput$ = ListBackupJobsOutput$;
    exports.ListBackupPlanTemplates$ = ListBackupPlanTemplates$;
    exports.ListBackupPlanTemplatesCommand = ListBackupPlanTemplatesCommand;
    exports.ListBackupPlanTemplatesInput$ = ListBackupPlanTemplatesInput$;
    exports.ListBackupPlanTemplatesOutput$ = ListBackupPlanTemplatesOutput$;
    exports.ListBackupPlanVersions$ = ListBackupPlanVersions$;
    exports.ListBackupPlanVersionsCommand = ListBackupPlanVersionsCommand;
    exports.ListBackupPlanVersionsInput$ = ListBackupPlanVersionsInput$;
    exports.ListBackupPlanVersionsOutput$ = ListBackupPlanVersionsOutput$;
    exports.ListBackupPlans$ = ListBackupPlans$;
    exports.ListBackupPlansCommand = ListBackupPlansCommand;
    exports.ListBackupPlansInput$ = ListBackupPlansInput$;
    exports.ListBackupPlansOutput$ = ListBackupPlansOutput$;
    exports.ListBackupSelections$ = ListBackupSelections$;
    exports.ListBackupSelectionsCommand = ListBackupSelectionsCommand;
    exports.ListBackupSelectionsInput$ = ListBackupSelectionsInput$;
    exports.ListBackupSelectionsOutput$ = ListBackupSelectionsOutput$;
    exports.ListBackupVaults$ = ListBackupVaults$;
    exports.ListBackupVaultsCommand = ListBackupVaultsCommand;
    exports.ListBackupVaultsInput$ = ListBackupVaultsInput$;
    exports.ListBackupVaultsOutput$ = ListBackupVaultsOutput$;
    exports.ListCopyJobSummaries$ = ListCopyJobSummaries$;
    exports.ListCopyJobSummariesCommand = ListCopyJobSummariesCommand;
    exports.ListCopyJobSummariesInput$ = ListCopyJobSummariesInput$;
    exports.ListCopyJobSummariesOutput$ = ListCopyJobSummariesOutput$;
    exports.ListCopyJobs$ = ListCopyJobs$;
    exports.ListCopyJobsCommand = ListCopyJobsCommand;
    exports.ListCopyJobsInput$ = ListCopyJobsInput$;
    exports.ListCopyJobsOutput$ = ListCopyJobsOutput$;
    exports.ListFrameworks$ = ListFrameworks$;
    exports.ListFrameworksCommand = ListFrameworksCommand;
    exports.ListFrameworksInput$ = ListFrameworksInput$;
    exports.ListFrameworksOutput$ = ListFrameworksOutput$;
    exports.ListIndexedRecoveryPoints$ = ListIndexedRecoveryPoints$;
    exports.ListIndexedRecoveryPointsCommand = ListIndexedRecoveryPointsCommand;
    exports.ListIndexedRecoveryPointsInput$ = ListIndexedRecoveryPointsInput$;
    exports.ListIndexedRecoveryPointsOutput$ = ListIndexedRecoveryPointsOutput$;
    exports.ListLegalHolds$ = ListLegalHolds$;
    exports.ListLegalHoldsCommand = ListLegalHoldsCommand;
    exports.ListLegalHoldsInput$ = ListLegalHoldsInput$;
    exports.ListLegalHoldsOutput$ = ListLegalHoldsOutput$;
    exports.ListProtectedResources$ = ListProtectedResources$;
    exports.ListProtectedResourcesByBackupVault$ = ListProtectedResourcesByBackupVault$;
    exports.ListProtectedResourcesByBackupVaultCommand = ListProtectedResourcesByBackupVaultCommand;
    exports.ListProtectedResourcesByBackupVaultInput$ = ListProtectedResourcesByBackupVaultInput$;
    exports.ListProtectedResourcesByBackupVaultOutput$ = ListProtectedResourcesByBackupVaultOutput$;
    exports.ListProtectedResourcesCommand = ListProtectedResourcesCommand;
    exports.ListProtectedResourcesInput$ = ListProtectedResourcesInput$;
    exports.ListProtectedResourcesOutput$ = ListProtectedResourcesOutput$;
    exports.ListRecoveryPointsByBackupVault$ = ListRecoveryPointsByBackupVault$;
    exports.ListRecoveryPointsByBackupVaultCommand = ListRecoveryPointsByBackupVaultCommand;
    exports.ListRecoveryPointsByBackupVaultInput$ = ListRecoveryPointsByBackupVaultInput$;
    exports.ListRecoveryPointsByBackupVaultOutput$ = ListRecoveryPointsByBackupVaultOutput$;
    exports.ListRecoveryPointsByLegalHold$ = ListRecoveryPointsByLegalHold$;
    exports.ListRecoveryPointsByLegalHoldCommand = ListRecoveryPointsByLegalHoldCommand;
    exports.ListRecoveryPointsByLegalHoldInput$ = ListRecoveryPointsByLegalHoldInput$;
    exports.ListRecoveryPointsByLegalHoldOutput$ = ListRecoveryPointsByLegalHoldOutput$;
    exports.ListRecoveryPointsByResource$ = ListRecoveryPointsByResource$;
    exports.ListRecoveryPointsByResourceCommand = ListRecoveryPointsByResourceCommand;
    exports.ListRecoveryPointsByResourceInput$ = ListRecoveryPointsByResourceInput$;
    exports.ListRecoveryPointsByResourceOutput$ = ListRecoveryPointsByResourceOutput$;
    exports.ListReportJobs$ = ListReportJobs$;
    exports.ListReportJobsCommand = ListReportJobsCommand;
    exports.ListReportJobsInput$ = ListReportJobsInput$;
    exports.ListReportJobsOutput$ = ListReportJobsOutput$;
    exports.ListReportPlans$ = ListReportPlans$;
    exports.ListReportPlansCommand = ListReportPlansCommand;
    exports.ListReportPlansInput$ = ListReportPlansInput$;
    exports.ListReportPlansOutput$ = ListReportPlansOutput$;
    exports.ListRestoreAccessBackupVaults$ = ListRestoreAccessBackupVaults$;
    exports.ListRestoreAccessBackupVaultsCommand = ListRestoreAccessBackupVaultsCommand;
    exports.ListRestoreAccessBackupVaultsInput$ = ListRestoreAccessBackupVaultsInput$;
    exports.ListRestoreAccessBackupVaultsOutput$ = ListRestoreAccessBackupVaultsOutput$;
    exports.ListRestoreJobSummaries$ = ListRestoreJobSummaries$;
    exports.ListRestoreJobSummariesCommand = ListRestoreJobSummariesCommand;
    exports.ListRestoreJobSummariesInput$ = ListRestoreJobSummariesInput$;
    exports.ListRestoreJobSummariesOutput$ = ListRestoreJobSummariesOutput$;
    exports.ListRestoreJobs$ = ListRestoreJobs$;
    exports.ListRestoreJobsByProtectedResource$ = ListRestoreJobsByProtectedResource$;
    exports.ListRestoreJobsByProtectedResourceCommand = ListRestoreJobsByProtectedResourceCommand;
    exports.ListRestoreJobsByProtectedResourceInput$ = ListRestoreJobsByProtectedResourceInput$;
    exports.ListRestoreJobsByProtectedResourceOutput$ = ListRestoreJobsByProtectedResourceOutput$;
    exports.ListRestoreJobsCommand = ListRestoreJobsCommand;
    exports.ListRestoreJobsInput$ = ListRestoreJobsInput$;
    exports.ListRestoreJobsOutput$ = ListRestoreJobsOutput$;
    exports.ListRestoreTestingPlans$ = ListRestoreTestingPlans$;
    exports.ListRestoreTestingPlansCommand = ListRestoreTestingPlansCommand;
    exports.ListRestoreTestingPlansInput$ = ListRestoreTestingPlansInput$;
    exports.ListRestoreTestingPlansOutput$ = ListRestoreTestingPlansOutput$;
    exports.ListRestoreTestingSelections$ = ListRestoreTestingSelections$;
    exports.ListRestoreTestingSelectionsCommand = ListRestoreTestingSelectionsCommand;
    exports.ListRestoreTestingSelectionsInput$ = ListRestoreTestingSelectionsInput$;
    exports.ListRestoreTestingSelectionsOutput$ = ListRestoreTestingSelectionsOutput$;
    exports.ListScanJobSummaries$ = ListScanJobSummaries$;
    exports.ListScanJobSummariesCommand = ListScanJobSummariesCommand;
    exports.ListScanJobSummariesInput$ = ListScanJobSummariesInput$;
    exports.ListScanJobSummariesOutput$ = ListScanJobSummariesOutput$;
    exports.ListScanJobs$ = ListScanJobs$;
    exports.ListScanJobsCommand = ListScanJobsCommand;
    exports.ListScanJobsInput$ = ListScanJobsInput$;
    exports.ListScanJobsOutput$ = ListScanJobsOutput$;
    exports.ListTags$ = ListTags$;
    exports.ListTagsCommand = ListTagsCommand;
    exports.ListTagsInput$ = ListTagsInput$;
    exports.ListTagsOutput$ = ListTagsOutput$;
    exports.ListTieringConfigurations$ = ListTieringConfigurations$;
    exports.ListTieringConfigurationsCommand = ListTieringConfigurationsCommand;
    exports.ListTieringConfigurationsInput$ = ListTieringConfigurationsInput$;
    exports.ListTieringConfigurationsOutput$ = ListTieringConfigurationsOutput$;
    exports.MalwareScanner = MalwareScanner;
    exports.MissingParameterValueException = MissingParameterValueException;
    exports.MissingParameterValueException$ = MissingParameterValueException$;
    exports.MpaRevokeSessionStatus = MpaRevokeSessionStatus;
    exports.MpaSessionStatus = MpaSessionStatus;
    exports.ProtectedResource$ = ProtectedResource$;
    exports.ProtectedResourceConditions$ = ProtectedResourceConditions$;
    exports.PutBackupVaultAccessPolicy$ = PutBackupVaultAccessPolicy$;
    exports.PutBackupVaultAccessPolicyCommand = PutBackupVaultAccessPolicyCommand;
    exports.PutBackupVaultAccessPolicyInput$ = PutBackupVaultAccessPolicyInput$;
    exports.PutBackupVaultLockConfiguration$ = PutBackupVaultLockConfiguration$;
    exports.PutBackupVaultLockConfigurationCommand = PutBackupVaultLockConfigurationCommand;
    exports.PutBackupVaultLockConfigurationInput$ = PutBackupVaultLockConfigurationInput$;
    exports.PutBackupVaultNotifications$ = PutBackupVaultNotifications$;
    exports.PutBackupVaultNotificationsCommand = PutBackupVaultNotificationsCommand;
    exports.PutBackupVaultNotificationsInput$ = PutBackupVaultNotificationsInput$;
    exports.PutRestoreValidationResult$ = PutRestoreValidationResult$;
    exports.PutRestoreValidationResultCommand = PutRestoreValidationResultCommand;
    exports.PutRestoreValidationResultInput$ = PutRestoreValidationResultInput$;
    exports.RecoveryPointByBackupVault$ = RecoveryPointByBackupVault$;
    exports.RecoveryPointByResource$ = RecoveryPointByResource$;
    exports.RecoveryPointCreator$ = RecoveryPointCreator$;
    exports.RecoveryPointMember$ = RecoveryPointMember$;
    exports.RecoveryPointSelection$ = RecoveryPointSelection$;
    exports.RecoveryPointStatus = RecoveryPointStatus;
    exports.ReportDeliveryChannel$ = ReportDeliveryChannel$;
    exports.ReportDestination$ = ReportDestination$;
    exports.ReportJob$ = ReportJob$;
    exports.ReportPlan$ = ReportPlan$;
    exports.ReportSetting$ = ReportSetting$;
    exports.ResourceNotFoundException = ResourceNotFoundException;
    exports.ResourceNotFoundException$ = ResourceNotFoundException$;
    exports.ResourceSelection$ = ResourceSelection$;
    exports.RestoreAccessBackupVaultListMember$ = RestoreAccessBackupVaultListMember$;
    exports.RestoreDeletionStatus = RestoreDeletionStatus;
    exports.RestoreJobCreator$ = RestoreJobCreator$;
    exports.RestoreJobState = RestoreJobState;
    exports.RestoreJobStatus = RestoreJobStatus;
    exports.RestoreJobSummary$ = RestoreJobSummary$;
    exports.RestoreJobsListMember$ = RestoreJobsListMember$;
    exports.RestoreTestingPlanForCreate$ = RestoreTestingPlanForCreate$;
    exports.RestoreTestingPlanForGet$ = RestoreTestingPlanForGet$;
    exports.RestoreTestingPlanForList$ = RestoreTestingPlanForList$;
    exports.RestoreTestingPlanForUpdate$ = RestoreTestingPlanForUpdate$;
    exports.RestoreTestingRecoveryPointSelection$ = RestoreTestingRecoveryPointSelection$;
    exports.RestoreTestingRecoveryPointSelectionAlgorithm = RestoreTestingRecoveryPointSelectionAlgorithm;
    exports.RestoreTestingRecoveryPointType = RestoreTestingRecoveryPointType;
    exports.RestoreTestingSelectionForCreate$ = RestoreTestingSelectionForCreate$;
    exports.RestoreTestingSelectionForGet$ = RestoreTestingSelectionForGet$;
    exports.RestoreTestingSelectionForList$ = RestoreTestingSelectionForList$;
    exports.RestoreTestingSelectionForUpdate$ = RestoreTestingSelectionForUpdate$;
    exports.RestoreValidationStatus = RestoreValidationStatus;
    exports.RevokeRestoreAccessBackupVault$ = RevokeRestoreAccessBackupVault$;
    exports.RevokeRestoreAccessBackupVaultCommand = RevokeRestoreAccessBackupVaultCommand;
    exports.RevokeRestoreAccessBackupVaultInput$ = RevokeRestoreAccessBackupVaultInput$;
    exports.RuleExecutionType = RuleExecutionType;
    exports.ScanAction$ = ScanAction$;
    exports.ScanFinding = ScanFinding;
    exports.ScanJob$ = ScanJob$;
    exports.ScanJobCreator$ = ScanJobCreator$;
    exports.ScanJobState = ScanJobState;
    exports.ScanJobStatus = ScanJobStatus;
    exports.ScanJobSummary$ = ScanJobSummary$;
    exports.ScanMode = ScanMode;
    exports.ScanResourceType = ScanResourceType;
    exports.ScanResult$ = ScanResult$;
    exports.ScanResultInfo$ = ScanResultInfo$;
    exports.ScanResultStatus = ScanResultStatus;
    exports.ScanSetting$ = ScanSetting$;
    exports.ScanState = ScanState;
    exports.ScheduledPlanExecutionMember$ = ScheduledPlanExecutionMember$;
    exports.ServiceUnavailableException = ServiceUnavailableException;
    exports.ServiceUnavailableException$ = ServiceUnavailableException$;
    exports.StartBackupJob$ = StartBackupJob$;
    exports.StartBackupJobCommand = StartBackupJobCommand;
    exports.StartBackupJobInput$ = StartBackupJobInput$;
    exports.StartBackupJobOutput$ = StartBackupJobOutput$;
    exports.StartCopyJob$ = StartCopyJob$;
    exports.StartCopyJobCommand = StartCopyJobCommand;
    exports.StartCopyJobInput$ = StartCopyJobInput$;
    exports.StartCopyJobOutput$ = StartCopyJobOutput$;
    exports.StartReportJob$ = StartReportJob$;
    exports.StartReportJobCommand = StartReportJobCommand;
    exports.StartReportJobInput$ = StartReportJobInput$;
    exports.StartReportJobOutput$ = StartReportJobOutput$;
    exports.StartRestoreJob$ = StartRestoreJob$;
    exports.StartRestoreJobCommand = StartRestoreJobCommand;
    exports.StartRestoreJobInput$ = StartRestoreJobInput$;
    exports.StartRestoreJobOutput$ = StartRestoreJobOutput$;
    exports.StartScanJob$ = StartScanJob$;
    exports.StartScanJobCommand = StartScanJobCommand;
    exports.StartScanJobInput$ = StartScanJobInput$;
    exports.StartScanJobOutput$ = StartScanJobOutput$;
    exports.StopBackupJob$ = StopBackupJob$;
    exports.StopBackupJobCommand = StopBackupJobCommand;
    exports.StopBackupJobInput$ = StopBackupJobInput$;
    exports.StorageClass = StorageClass;
    exports.TagResource$ = TagResource$;
    exports.TagResourceCommand = TagResourceCommand;
    exports.TagResourceInput$ = TagResourceInput$;
    exports.TieringConfiguration$ = TieringConfiguration$;
    exports.TieringConfigurationInputForCreate$ = TieringConfigurationInputForCreate$;
    exports.TieringConfigurationInputForUpdate$ = TieringConfigurationInputForUpdate$;
    exports.TieringConfigurationsListMember$ = TieringConfigurationsListMember$;
    exports.UntagResource$ = UntagResource$;
    exports.UntagResourceCommand = UntagResourceCommand;
    exports.UntagResourceInput$ = UntagResourceInput$;
    exports.UpdateBackupPlan$ = UpdateBackupPlan$;
    exports.UpdateBackupPlanCommand = UpdateBackupPlanCommand;
    exports.UpdateBackupPlanInput$ = UpdateBackupPlanInput$;
    exports.UpdateBackupPlanOutput$ = UpdateBackupPlanOutput$;
    exports.UpdateFramework$ = UpdateFramework$;
    exports.UpdateFrameworkCommand = UpdateFrameworkCommand;
    exports.UpdateFrameworkInput$ = UpdateFrameworkInput$;
    exports.UpdateFrameworkOutput$ = UpdateFrameworkOutput$;
    exports.UpdateGlobalSettings$ = UpdateGlobalSettings$;
    exports.UpdateGlobalSettingsCommand = UpdateGlobalSettingsCommand;
    exports.UpdateGlobalSettingsInput$ = UpdateGlobalSettingsInput$;
    exports.UpdateRecoveryPointIndexSettings$ = UpdateRecoveryPointIndexSettings$;
    exports.UpdateRecoveryPointIndexSettingsCommand = UpdateRecoveryPointIndexSettingsCommand;
    exports.UpdateRecoveryPointIndexSettingsInput$ = UpdateRecoveryPointIndexSettingsInput$;
    exports.UpdateRecoveryPointIndexSettingsOutput$ = UpdateRecoveryPointIndexSettingsOutput$;
    exports.UpdateRecoveryPointLifecycle$ = UpdateRecoveryPointLifecycle$;
    exports.UpdateRecoveryPointLifecycleCommand = UpdateRecoveryPointLifecycleCommand;
    exports.UpdateRecoveryPointLifecycleInput$ = UpdateRecoveryPointLifecycleInput$;
    exports.UpdateRecoveryPointLifecycleOutput$ = UpdateRecoveryPointLifecycleOutput$;
    exports.UpdateRegionSettings$ = UpdateRegionSettings$;
    exports.UpdateRegionSettingsCommand = UpdateRegionSettingsCommand;
    exports.UpdateRegionSettingsInput$ = UpdateRegionSettingsInput$;
    exports.UpdateReportPlan$ = UpdateReportPlan$;
    exports.UpdateReportPlanCommand = UpdateReportPlanCommand;
    exports.UpdateReportPlanInput$ = UpdateReportPlanInput$;
    exports.UpdateReportPlanOutput$ = UpdateReportPlanOutput$;
    exports.UpdateRestoreTestingPlan$ = UpdateRestoreTestingPlan$;
    exports.UpdateRestoreTestingPlanCommand = UpdateRestoreTestingPlanCommand;
    exports.UpdateRestoreTestingPlanInput$ = UpdateRestoreTestingPlanInput$;
    exports.UpdateRestoreTestingPlanOutput$ = UpdateRestoreTestingPlanOutput$;
    exports.UpdateRestoreTestingSelection$ = UpdateRestoreTestingSelection$;
    exports.UpdateRestoreTestingSelectionCommand = UpdateRestoreTestingSelectionCommand;
    exports.UpdateRestoreTestingSelectionInput$ = UpdateRestoreTestingSelectionInput$;
    exports.UpdateRestoreTestingSelectionOutput$ = UpdateRestoreTestingSelectionOutput$;
    exports.UpdateTieringConfiguration$ = UpdateTieringConfiguration$;
    exports.UpdateTieringConfigurationCommand = UpdateTieringConfigurationCommand;
    exports.UpdateTieringConfigurationInput$ = UpdateTieringConfigurationInput$;
    exports.UpdateTieringConfigurationOutput$ = UpdateTieringConfigurationOutput$;
    exports.VaultState = VaultState;
    exports.VaultType = VaultType;
    exports.errorTypeRegistries = errorTypeRegistries;
    exports.paginateListBackupJobSummaries = paginateListBackupJobSummaries;
    exports.paginateListBackupJobs = paginateListBackupJobs;
    exports.paginateListBackupPlanTemplates = paginateListBackupPlanTemplates;
    exports.paginateListBackupPlanVersions = paginateListBackupPlanVersions;
    exports.paginateListBackupPlans = paginateListBackupPlans;
    exports.paginateListBackupSelections = paginateListBackupSelections;
    exports.paginateListBackupVaults = paginateListBackupVaults;
    exports.paginateListCopyJobSummaries = paginateListCopyJobSummaries;
    exports.paginateListCopyJobs = paginateListCopyJobs;
    exports.paginateListFrameworks = paginateListFrameworks;
    exports.paginateListIndexedRecoveryPoints = paginateListIndexedRecoveryPoints;
    exports.paginateListLegalHolds = paginateListLegalHolds;
    exports.paginateListProtectedResources = paginateListProtectedResources;
    exports.paginateListProtectedResourcesByBackupVault = paginateListProtectedResourcesByBackupVault;
    exports.paginateListRecoveryPointsByBackupVault = paginateListRecoveryPointsByBackupVault;
    exports.paginateListRecoveryPointsByLegalHold = paginateListRecoveryPointsByLegalHold;
    exports.paginateListRecoveryPointsByResource = paginateListRecoveryPointsByResource;
    exports.paginateListReportJobs = paginateListReportJobs;
    exports.paginateListReportPlans = paginateListReportPlans;
    exports.paginateListRestoreAccessBackupVaults = paginateListRestoreAccessBackupVaults;
    exports.paginateListRestoreJobSummaries = paginateListRestoreJobSummaries;
    exports.paginateListRestoreJobs = paginateListRestoreJobs;
    exports.paginateListRestoreJobsByProtectedResource = paginateListRestoreJobsByProtectedResource;
    exports.paginateListRestoreTestingPlans = paginateListRestoreTestingPlans;
    exports.paginateListRestoreTestingSelections = paginateListRestoreTestingSelections;
    exports.paginateListScanJobSummaries = paginateListScanJobSummaries;
    exports.paginateListScanJobs = paginateListScanJobs;
    exports.paginateListTags = paginateListTags;
    exports.paginateListTieringConfigurations = paginateListTieringConfigurations;
  }
});
export default require_dist_cjs3();
//# sourceMappingURL=dist-cjs-IQEJ7IGR.js.map
