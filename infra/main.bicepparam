// Default parameter values for infra/main.bicep. Deploy with
//   az deployment group create -g <rg> -f infra/main.bicep -p infra/main.bicepparam \
//     -p environmentName=<env> postgresAdminObjectId=<oid> postgresAdminName=<name> postgresAdminType=Group
// (scripts/deploy.sh does this). Values given with -p on the command line override the ones here.
// Never put secret values in this file: the secrets are set in Key Vault (docs/deploy.md).
using 'main.bicep'

// environmentName is passed on the command line (it selects the set of resources).

param llmModel = 'azure/gpt-5.4'
param llmApiVersion = ''

// Entra administrator of PostgreSQL: normally passed on the command line.
param postgresAdminType = 'Group'

param postgresVersion = '16'
param postgresSkuName = 'Standard_B1ms'
param postgresSkuTier = 'Burstable'
param postgresStorageSizeGB = 32
param postgresBackupRetentionDays = 14
param postgresHighAvailabilityMode = 'Disabled'

param instanceMemoryMB = 2048
param maximumInstanceCount = 40
param alwaysReadyInstanceCount = 0
param httpPerInstanceConcurrency = 16

param logLevel = 'INFO'
param anonymizerExecutor = 'thread'
param logRetentionDays = 30

param alertEmail = ''
param alertHttp5xxPercent = 5
param alertP95DurationSeconds = 150
param alertLlmFailures = 10
