// QFA (Qualitative Feedback Analysis) - Azure infrastructure, resource-group scope.
//
//   az deployment group create -g <rg> -f infra/main.bicep -p infra/main.bicepparam \
//     -p environmentName=<env> postgresAdminObjectId=<oid> postgresAdminName=<name> postgresAdminType=Group
//
// Resource names are built from a resource token, uniqueString(resourceGroup().id, environmentName),
// so the same resource group and environment name always address the same resources and a
// re-deployment updates them in place. See docs/deploy.md for the full runbook.

targetScope = 'resourceGroup'

// ---------------------------------------------------------------------------------------------
// Parameters
// ---------------------------------------------------------------------------------------------

@description('Environment name (e.g. dev, test, prod). Part of the resource token, so it selects the set of resources.')
@minLength(1)
@maxLength(16)
param environmentName string = 'dev'

@description('Azure region of all resources. Must offer Flex Consumption and PostgreSQL Flexible Server.')
param location string = resourceGroup().location

@description('Tags applied to every resource (the environment tag is added).')
param tags object = {}

@description('LiteLLM model string (LLM_MODEL); the prefix picks the provider.')
param llmModel string = 'azure/gpt-5.4'

@description('Provider API version (LLM_API_VERSION, Azure OpenAI); empty lets LiteLLM pick its default.')
param llmApiVersion string = ''

@secure()
@description('LLM provider key, stored as Key Vault secret llm-api-key. Empty: set it after deployment (az keyvault secret set).')
param llmApiKey string = ''

@secure()
@description('LLM provider endpoint, stored as Key Vault secret llm-api-base. Empty: set it after deployment.')
param llmApiBase string = ''

@secure()
@description('JSON list of API keys (key_sha256 entries only), stored as Key Vault secret auth-api-keys. Empty: set it after deployment.')
param authApiKeys string = ''

@description('Object id of the Entra principal made PostgreSQL administrator (recommended: a group of operators). Empty: no administrator is created.')
param postgresAdminObjectId string = ''

@description('Display name of the PostgreSQL Entra administrator (group display name, user principal name or app name); it is the psql user name.')
param postgresAdminName string = ''

@description('Kind of the PostgreSQL Entra administrator.')
@allowed([
  'Group'
  'User'
  'ServicePrincipal'
])
param postgresAdminType string = 'Group'

@description('PostgreSQL major version.')
@allowed([
  '15'
  '16'
  '17'
])
param postgresVersion string = '16'

@description('PostgreSQL compute SKU.')
param postgresSkuName string = 'Standard_B1ms'

@description('PostgreSQL compute tier matching postgresSkuName.')
@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
param postgresSkuTier string = 'Burstable'

@description('PostgreSQL storage in GiB.')
@minValue(32)
param postgresStorageSizeGB int = 32

@description('PostgreSQL backup retention in days.')
@minValue(7)
@maxValue(35)
param postgresBackupRetentionDays int = 14

@description('PostgreSQL high availability mode (not available on Burstable).')
@allowed([
  'Disabled'
  'ZoneRedundant'
  'SameZone'
])
param postgresHighAvailabilityMode string = 'Disabled'

@description('Optional public IPv4 address of an operator allowed through the PostgreSQL firewall (for the role mapping with psql). Empty: no rule.')
param operatorIpAddress string = ''

@description('Optional object id of the deployer, granted Key Vault Secrets Officer to set the secrets. Empty: none.')
param deployerPrincipalId string = ''

@description('Kind of the deployer principal.')
@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
param deployerPrincipalType string = 'User'

@description('Memory per Flex Consumption instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Maximum number of instances the app scales out to (Flex Consumption limits apply; 40 is the spec default).')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Always-ready instances for HTTP functions (billed while idle); 0 = scale to zero.')
@minValue(0)
param alwaysReadyInstanceCount int = 0

@description('Concurrent HTTP requests per instance.')
@minValue(1)
@maxValue(1000)
param httpPerInstanceConcurrency int = 16

@description('Level of the app loggers (LOG_LEVEL).')
@allowed([
  'DEBUG'
  'INFO'
  'WARNING'
  'ERROR'
])
param logLevel string = 'INFO'

@description('Anonymiser executor (ANONYMIZER_EXECUTOR): auto (default) runs one worker process when the instance has 2+ CPUs (first answer sooner, ~60 MB more) and threads on 1 vCPU; thread always shares one engine in the app process; process runs one engine per worker.')
@allowed([
  'auto'
  'thread'
  'process'
])
param anonymizerExecutor string = 'auto'

@description('Additional plain (non-secret) app settings, e.g. {"LLM_MAX_CONCURRENCY": "16"}. They cannot replace the settings defined by the template.')
param extraAppSettings object = {}

@description('Log Analytics retention in days.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

@description('Optional e-mail address for alert notifications. Empty: alerts fire without notification.')
param alertEmail string = ''

@description('Alert when more than this percentage of requests fail with 5xx (evaluated with at least 10 requests).')
@minValue(1)
@maxValue(100)
param alertHttp5xxPercent int = 5

@description('Alert when the p95 request duration exceeds this many seconds (health excluded).')
@minValue(1)
param alertP95DurationSeconds int = 150

@description('Alert when more than this many LLM calls fail within 15 minutes.')
@minValue(0)
param alertLlmFailures int = 10

// ---------------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------------

var resourceToken = toLower(uniqueString(resourceGroup().id, environmentName))
var prefix = 'qfa'
var allTags = union(tags, {
  application: 'qfa'
  environment: environmentName
})
var databaseName = 'qfa'

var names = {
  identity: 'id-${prefix}-${resourceToken}'
  storage: 'st${prefix}${resourceToken}'
  logAnalytics: 'log-${prefix}-${resourceToken}'
  appInsights: 'appi-${prefix}-${resourceToken}'
  keyVault: 'kv-${prefix}-${resourceToken}'
  postgres: 'psql-${prefix}-${resourceToken}'
  plan: 'plan-${prefix}-${resourceToken}'
  functionApp: 'func-${prefix}-${resourceToken}'
  alerts: '${prefix}-${resourceToken}'
}

// ---------------------------------------------------------------------------------------------
// Modules
// ---------------------------------------------------------------------------------------------

module identity 'modules/identity.bicep' = {
  name: 'qfa-identity-${resourceToken}'
  params: {
    name: names.identity
    location: location
    tags: allTags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'qfa-storage-${resourceToken}'
  params: {
    name: names.storage
    location: location
    tags: allTags
    deploymentContainerName: 'deployments'
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'qfa-monitoring-${resourceToken}'
  params: {
    logAnalyticsName: names.logAnalytics
    appInsightsName: names.appInsights
    location: location
    tags: allTags
    retentionInDays: logRetentionDays
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'qfa-keyvault-${resourceToken}'
  params: {
    name: names.keyVault
    location: location
    tags: allTags
    llmApiKey: llmApiKey
    llmApiBase: llmApiBase
    authApiKeys: authApiKeys
  }
}

module postgres 'modules/postgres.bicep' = {
  name: 'qfa-postgres-${resourceToken}'
  params: {
    name: names.postgres
    location: location
    tags: allTags
    version: postgresVersion
    skuName: postgresSkuName
    skuTier: postgresSkuTier
    storageSizeGB: postgresStorageSizeGB
    backupRetentionDays: postgresBackupRetentionDays
    highAvailabilityMode: postgresHighAvailabilityMode
    databaseName: databaseName
    adminObjectId: postgresAdminObjectId
    adminPrincipalName: postgresAdminName
    adminPrincipalType: postgresAdminType
    operatorIpAddress: operatorIpAddress
  }
}

module roles 'modules/roles.bicep' = {
  name: 'qfa-roles-${resourceToken}'
  params: {
    principalId: identity.outputs.principalId
    storageAccountName: storage.outputs.name
    keyVaultName: keyVault.outputs.name
    appInsightsName: monitoring.outputs.appInsightsName
    deployerPrincipalId: deployerPrincipalId
    deployerPrincipalType: deployerPrincipalType
  }
}

module functionApp 'modules/functionapp.bicep' = {
  name: 'qfa-functionapp-${resourceToken}'
  params: {
    planName: names.plan
    name: names.functionApp
    location: location
    tags: allTags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    identityName: identity.outputs.name
    storageAccountName: storage.outputs.name
    storageBlobEndpoint: storage.outputs.blobEndpoint
    deploymentContainerName: storage.outputs.deploymentContainerName
    appInsightsConnectionString: monitoring.outputs.appInsightsConnectionString
    keyVaultUri: keyVault.outputs.uri
    postgresFqdn: postgres.outputs.fqdn
    databaseName: postgres.outputs.databaseName
    llmModel: llmModel
    llmApiVersion: llmApiVersion
    logLevel: logLevel
    anonymizerExecutor: anonymizerExecutor
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    alwaysReadyInstanceCount: alwaysReadyInstanceCount
    httpPerInstanceConcurrency: httpPerInstanceConcurrency
    extraAppSettings: extraAppSettings
  }
  // The identity must hold its storage and Key Vault roles before the host starts.
  dependsOn: [
    roles
  ]
}

module alerts 'modules/alerts.bicep' = {
  name: 'qfa-alerts-${resourceToken}'
  params: {
    namePrefix: names.alerts
    location: location
    tags: allTags
    appInsightsId: monitoring.outputs.appInsightsId
    alertEmail: alertEmail
    http5xxPercentThreshold: alertHttp5xxPercent
    http5xxMinRequests: 10
    p95DurationSecondsThreshold: alertP95DurationSeconds
    llmFailureThreshold: alertLlmFailures
  }
}

// ---------------------------------------------------------------------------------------------
// Outputs (read by scripts/deploy.sh)
// ---------------------------------------------------------------------------------------------

@description('Name of the function app (func azure functionapp publish <name> --python).')
output functionAppName string = functionApp.outputs.name

@description('Base URL of the function app (EspoCRM App Secret QFA_API_BASE_URL).')
output functionAppUrl string = functionApp.outputs.url

@description('Name of the Key Vault.')
output keyVaultName string = keyVault.outputs.name

@description('URI of the Key Vault.')
output keyVaultUri string = keyVault.outputs.uri

@description('Name of the PostgreSQL server.')
output postgresServerName string = postgres.outputs.name

@description('FQDN of the PostgreSQL server.')
output postgresFqdn string = postgres.outputs.fqdn

@description('Name of the application database.')
output postgresDatabaseName string = postgres.outputs.databaseName

@description('Name of the app identity (its PostgreSQL role name).')
output identityName string = identity.outputs.name

@description('Client id of the app identity.')
output identityClientId string = identity.outputs.clientId

@description('Principal (object) id of the app identity.')
output identityPrincipalId string = identity.outputs.principalId

@description('Name of the storage account.')
output storageAccountName string = storage.outputs.name

@description('Name of the Application Insights component.')
output appInsightsName string = monitoring.outputs.appInsightsName
