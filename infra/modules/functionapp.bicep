// Flex Consumption (FC1) plan and the Linux Python 3.13 function app (runtime versioning: the
// Functions Python runtime itself is pinned by azure-functions-runtime in requirements.txt).
// The app runs as the user-assigned identity only: host storage, the deployment container, Key
// Vault references (keyVaultReferenceIdentity), direct Key Vault reads, PostgreSQL and Application
// Insights all use it. No secret value is passed to this module: the three secrets appear as
// versionless Key Vault references.

@description('Name of the Flex Consumption plan.')
param planName string

@description('Name of the function app (also the host name prefix <name>.azurewebsites.net).')
param name string

@description('Azure region of the plan and the app.')
param location string

@description('Tags applied to the plan and the app.')
param tags object = {}

@description('Resource id of the user-assigned identity.')
param identityId string

@description('Client id of the user-assigned identity.')
param identityClientId string

@description('Name of the user-assigned identity (PostgreSQL role name, DB_USER).')
param identityName string

@description('Name of the storage account for the host and the deployment container.')
param storageAccountName string

@description('Blob endpoint of the storage account, ending with a slash.')
param storageBlobEndpoint string

@description('Name of the deployment container.')
param deploymentContainerName string

@description('Application Insights connection string.')
param appInsightsConnectionString string

@description('URI of the Key Vault, ending with a slash.')
param keyVaultUri string

@description('FQDN of the PostgreSQL server.')
param postgresFqdn string

@description('Name of the application database.')
param databaseName string = 'qfa'

@description('Entra token scope for PostgreSQL (DB_AAD_SCOPE).')
param dbAadScope string = 'https://ossrdbms-aad.database.windows.net/.default'

@description('LiteLLM model string (LLM_MODEL).')
param llmModel string = 'azure/gpt-5.4'

@description('Provider API version (LLM_API_VERSION); empty lets LiteLLM pick its default.')
param llmApiVersion string = ''

@description('Level of the app loggers (LOG_LEVEL).')
@allowed([
  'DEBUG'
  'INFO'
  'WARNING'
  'ERROR'
])
param logLevel string = 'INFO'

@description('Anonymiser executor (ANONYMIZER_EXECUTOR): auto picks one worker process on 2+ CPUs and threads on 1 vCPU; thread shares one spaCy engine in the app process; process runs one engine per worker.')
@allowed([
  'auto'
  'thread'
  'process'
])
param anonymizerExecutor string = 'auto'

@description('Memory per instance in MB.')
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

@description('Always-ready instances for the HTTP trigger group; 0 disables always-ready (pure scale to zero).')
@minValue(0)
param alwaysReadyInstanceCount int = 0

@description('Concurrent HTTP requests per instance (set explicitly: the platform default for Python is low).')
@minValue(1)
@maxValue(1000)
param httpPerInstanceConcurrency int = 16

@description('Additional plain (non-secret) app settings, e.g. {"LLM_MAX_CONCURRENCY": "16"}. They cannot override the settings defined here.')
param extraAppSettings object = {}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    publicNetworkAccess: 'Enabled'
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      remoteDebuggingEnabled: false
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storageBlobEndpoint}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
        alwaysReady: (alwaysReadyInstanceCount > 0) ? [
          {
            name: 'http'
            instanceCount: alwaysReadyInstanceCount
          }
        ] : []
        triggers: {
          http: {
            perInstanceConcurrency: httpPerInstanceConcurrency
          }
        }
      }
      runtime: {
        name: 'python'
        version: '3.13'
      }
    }
  }
}

// App settings. Flex Consumption sets the runtime in functionAppConfig, so FUNCTIONS_WORKER_RUNTIME,
// FUNCTIONS_EXTENSION_VERSION and WEBSITE_RUN_FROM_PACKAGE must not be set. The defined settings are
// the second argument of union(), so extraAppSettings can add settings but never replace them.
resource appSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: site
  name: 'appsettings'
  properties: union(extraAppSettings, {
    AzureWebJobsStorage__accountName: storageAccountName
    AzureWebJobsStorage__credential: 'managedidentity'
    AzureWebJobsStorage__clientId: identityClientId
    APPLICATIONINSIGHTS_CONNECTION_STRING: appInsightsConnectionString
    APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
    AZURE_CLIENT_ID: identityClientId
    KEY_VAULT_URL: keyVaultUri
    LLM_MODEL: llmModel
    LLM_API_VERSION: llmApiVersion
    LLM_API_KEY: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/llm-api-key)'
    LLM_API_BASE: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/llm-api-base)'
    AUTH_API_KEYS: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/auth-api-keys)'
    DB_HOST: postgresFqdn
    DB_PORT: '5432'
    DB_NAME: databaseName
    DB_USER: identityName
    DB_AUTH_MODE: 'entra'
    DB_AAD_SCOPE: dbAadScope
    DB_MIGRATE_ON_START: 'true'
    USAGE_TRACKING: 'on'
    LOG_LEVEL: logLevel
    ANONYMIZER_EXECUTOR: anonymizerExecutor
    LITELLM_LOCAL_MODEL_COST_MAP: 'True'
  })
}

// Basic (username/password) publishing credentials are disabled; publishing uses Entra ID.
resource ftpPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

@description('Name of the function app.')
output name string = site.name

@description('Default host name of the function app.')
output defaultHostName string = site.properties.defaultHostName

@description('Base URL of the function app (QFA_API_BASE_URL in EspoCRM).')
output url string = 'https://${site.properties.defaultHostName}'
